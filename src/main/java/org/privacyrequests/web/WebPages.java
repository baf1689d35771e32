package org.privacyrequests.web;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.privacyrequests.company.CompanyFolder;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.springframework.stereotype.Component;

/**
 * The product's own web pages (the public request form, the managers' SLA overview, the staff pages of a case): FreeMarker templates
 * under {@code web/} with every value HTML-escaped, and their texts in Dutch and English from
 * {@code web/texts_<language>.properties}. A company changes single texts in the same files of its company folder
 * ({@code web/texts_<language>.properties}, {@code web/staff-texts_<language>.properties}): a key given there replaces
 * the product's text, every other key keeps it.
 */
@Component
public class WebPages {

    /** The page texts: the public pages' and the staff pages'. */
    private static final List<String> TEXT_FILES = List.of("web/texts", "web/staff-texts");

    private final Configuration configuration;
    private final CompanyProperties company;
    private final CompanyFolder companyFolder;
    /** Per language: read once, so a changed file in the company folder counts from the next start. */
    private final Map<String, Map<String, String>> texts = new ConcurrentHashMap<>();

    public WebPages(CompanyProperties company, CompanyFolder companyFolder) {
        this.company = company;
        this.companyFolder = companyFolder;
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

    /**
     * The page texts of one language: the public pages' ({@code web/texts}) and the staff pages' ({@code web/staff-texts}),
     * each key as the company folder gives it, else the product's.
     */
    public Map<String, String> texts(String language) {
        return texts.computeIfAbsent(language, this::readTexts);
    }

    private Map<String, String> readTexts(String language) {
        Map<String, String> read = new HashMap<>();
        for (String name : TEXT_FILES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.forLanguageTag(language),
                    WebPages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle.keySet().forEach(k -> read.put(k, bundle.getString(k)));
            companyFolder.find(name + "_" + language + ".properties").ifPresent(file -> read.putAll(companyTexts(file)));
        }
        return Map.copyOf(read);
    }

    /** A company's texts file, in UTF-8 as the product's own are. */
    private static Map<String, String> companyTexts(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The company folder's texts " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
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
