package org.privacyrequests.web;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.springframework.stereotype.Component;

/**
 * The product's own web pages (the public request form, the managers' SLA overview, the staff pages of a case): FreeMarker templates
 * under {@code web/} with every value HTML-escaped, and their texts in Dutch and English from
 * {@code web/texts_<language>.properties}.
 */
@Component
public class WebPages {

    private final Configuration configuration;
    private final CompanyProperties company;

    public WebPages(CompanyProperties company) {
        this.company = company;
        configuration = FreeMarkerSetup.templatesUnder("web");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    }

    /** Renders {@code web/<page>.ftlh}; the model gets {@code t} (the texts), {@code lang} and {@code companyName}. */
    public String render(String page, String language, Map<String, Object> model) {
        String lang = Languages.supportedOrDefault(language);
        Map<String, Object> full = new HashMap<>(model);
        full.put("t", texts(lang));
        full.put("lang", lang);
        full.put("companyName", company.name());
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(page + ".ftlh", Locale.forLanguageTag(lang)).process(full, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Page " + page + " cannot be rendered: " + e.getMessage(), e);
        }
    }

    /** The page texts of one language: the public pages' ({@code web/texts}) and the staff pages' ({@code web/staff-texts}). */
    public Map<String, String> texts(String language) {
        Map<String, String> texts = new HashMap<>();
        for (String name : List.of("web/texts", "web/staff-texts")) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.forLanguageTag(language),
                    WebPages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle.keySet().forEach(k -> texts.put(k, bundle.getString(k)));
        }
        return texts;
    }

    /** The page language: asked for explicitly, else the browser's first of Dutch and English, else Dutch. */
    public static String languageOf(String asked, String acceptLanguage) {
        if (Languages.supported(asked)) {
            return asked;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (Languages.supported(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Languages.DEFAULT;
            }
        }
        return Languages.DEFAULT;
    }
}
