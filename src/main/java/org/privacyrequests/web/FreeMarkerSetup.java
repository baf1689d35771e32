package org.privacyrequests.web;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;

/**
 * The one FreeMarker set-up of the product, for mails ({@code mail/<language>/}) and web pages ({@code web/}):
 * templates from the classpath in UTF-8, a mistake in a template thrown rather than printed into a mail or page,
 * and {@code .ftlh} files HTML with every value escaped.
 */
public final class FreeMarkerSetup {

    private FreeMarkerSetup() {
    }

    /** A configuration reading the templates under {@code directory} on the classpath. */
    public static Configuration templatesUnder(String directory) {
        // 2.3.34: a Java record's components read like properties (overview.open.overdue).
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassLoaderForTemplateLoading(FreeMarkerSetup.class.getClassLoader(), directory);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        return configuration;
    }
}
