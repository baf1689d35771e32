package org.privacyrequests.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one FreeMarker set-up of the product, for mails ({@code mail/<language>/}) and web pages ({@code web/}):
 * templates from the classpath (a company's own first, from its company folder) in UTF-8, a mistake in a template thrown rather than printed into a mail or page,
 * and {@code .ftlh} files HTML with every value escaped.
 */
public final class FreeMarkerSetup {

    private FreeMarkerSetup() {
    }

    /** A configuration reading the templates under {@code directory} on the classpath. */
    public static Configuration templatesUnder(String directory) {
        return templatesUnder(directory, Optional.empty());
    }

    /**
     * A configuration reading the templates under {@code directory}: from the company's own folder of that name first
     * (when there is one), then from the classpath. A company's template replaces the product's of the same name, and
     * an include or import ({@code common.ftl}) is looked up the same way.
     */
    public static Configuration templatesUnder(String directory, Optional<Path> companyDirectory) {
        // 2.3.34: a Java record's components read like properties (overview.open.overdue).
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(FreeMarkerSetup.class.getClassLoader(), directory);
        Optional<Path> company = companyDirectory.filter(Files::isDirectory);
        configuration.setTemplateLoader(company.isEmpty() ? builtIn
                : new MultiTemplateLoader(new TemplateLoader[] {fileLoader(company.get()), builtIn}));
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        return configuration;
    }

    private static TemplateLoader fileLoader(Path directory) {
        try {
            return new FileTemplateLoader(directory.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Templates in " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }
}
