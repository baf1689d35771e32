package org.privacyrequests.notifications;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.privacyrequests.company.DataCategories;
import org.privacyrequests.company.CompanyFolder;
import org.privacyrequests.company.Languages;
import org.privacyrequests.web.FreeMarkerSetup;
import org.springframework.stereotype.Component;

/**
 * The texts of every mail, in Dutch and English, from FreeMarker files under {@code mail/<language>/}.
 * A mail template's first line is {@code Subject: ...}, then an empty line, then the body; documents
 * attached to mails ({@code .ftlh}) are HTML with every value escaped. The company's data categories read in every
 * template as the shared variable {@code categories}, in the mail's language (see {@code common.ftl}). A company's own
 * template of the same name, in {@code mail/<language>/} of its company folder, is used instead of the product's.
 */
@Component
public class MailTemplates {

    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();
    private final DataCategories categories;
    private final CompanyFolder companyFolder;

    public MailTemplates(DataCategories categories, CompanyFolder companyFolder) {
        this.categories = categories;
        this.companyFolder = companyFolder;
    }

    public RenderedMail render(String template, String language, Map<String, Object> model) {
        return RenderedMail.parse(process(template + ".ftl", language, model));
    }

    /** A document sent with a mail, such as the access overview ({@code .ftlh}: HTML with every value escaped). */
    public String renderDocument(String fileName, String language, Map<String, Object> model) {
        return process(fileName, language, model);
    }

    private String process(String fileName, String language, Map<String, Object> model) {
        String lang = Languages.supportedOrDefault(language);
        try {
            Template t = configuration(lang).getTemplate(fileName);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Template " + lang + "/" + fileName + " cannot be rendered: " + e.getMessage(), e);
        }
    }

    private Configuration configuration(String language) {
        return configurations.computeIfAbsent(language, lang -> {
            Configuration c = FreeMarkerSetup.templatesUnder("mail/" + lang, companyFolder.find("mail/" + lang));
            c.setLocale(java.util.Locale.forLanguageTag(lang));
            try {
                c.setSharedVariable("categories", categories.texts(lang));
            } catch (freemarker.template.TemplateModelException e) {
                throw new IllegalStateException("The data categories cannot be handed to the " + lang + " mail templates", e);
            }
            return c;
        });
    }

    /** A mail's subject and plain-text body. */
    public record RenderedMail(String subject, String body) {

        static RenderedMail parse(String text) {
            String normalised = text.replace("\r\n", "\n");
            int firstLineEnd = normalised.indexOf('\n');
            String first = firstLineEnd < 0 ? normalised : normalised.substring(0, firstLineEnd);
            if (!first.startsWith("Subject:")) {
                throw new IllegalStateException("A mail template must start with 'Subject:'");
            }
            String body = firstLineEnd < 0 ? "" : normalised.substring(firstLineEnd + 1).replaceFirst("^\n", "");
            return new RenderedMail(first.substring("Subject:".length()).trim(), body.strip() + "\n");
        }
    }
}
