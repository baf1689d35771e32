package org.privacyrequests.connectors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.LegalBasis;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.lookup.Recipient;
import org.privacyrequests.lookup.TransferSafeguard;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the connector configuration file into {@link ConnectorsSpec}: Spring binds the YAML straight to the
 * records, and the configuration's words to their types (role, category code, erase, identity-match, on-objection,
 * and each column's {@link Masking}). A word that is not allowed stops start-up naming the file, the source and the field;
 * so does a table whose category is not one of the file's {@code categories}.
 */
final class ConnectorsFile {

    private ConnectorsFile() {
    }

    static ConnectorsSpec read(String location, ResourceLoader resources) {
        List<PropertySource<?>> yaml;
        try {
            yaml = new YamlPropertySourceLoader().load(location, resources.getResource(location));
        } catch (IOException e) {
            throw new ConnectorConfigurationError("Connector configuration " + location + " cannot be read: " + e.getMessage());
        }
        if (yaml.isEmpty()) {
            throw new ConnectorConfigurationError("Connector configuration " + location + " is empty or missing");
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(yaml.get(0));
        Binder binder = new Binder(ConfigurationPropertySources.get(environment), new PropertySourcesPlaceholdersResolver(environment),
                words());
        ConnectorsSpec spec;
        try {
            spec = binder.bind("privacy.connectors", ConnectorsSpec.class)
                    .orElseThrow(() -> new ConnectorConfigurationError("Connector configuration " + location + " has no privacy.connectors"));
        } catch (BindException e) {
            throw unknownWord(location, yaml.get(0), e);
        }
        CategoryList.of(spec.categories(), location).checkTables(spec, location);
        return spec;
    }

    /** The file's categories, checked, with their words for the mails, the access answer and the staff pages. */
    static CategoryList categories(ConnectorsSpec spec, String location) {
        return CategoryList.of(spec.categories(), location);
    }

    /** The conversions of the configuration's words, each refusing an unknown word with what is allowed. */
    private static ApplicationConversionService words() {
        ApplicationConversionService words = new ApplicationConversionService();
        words.addConverter(String.class, ErasureMode.class, ErasureMode::parse);
        words.addConverter(String.class, IdentityMatch.class, IdentityMatch::parse);
        words.addConverter(String.class, Masking.class, Masking::parse);
        words.addConverter(String.class, ConnectorsSpec.OnObjection.class, ConnectorsSpec.OnObjection::parse);
        words.addConverter(String.class, ProcessingRole.class, ConnectorsFile::role);
        words.addConverter(String.class, DataCategory.class, ConnectorsFile::category);
        words.addConverter(String.class, LegalBasis.class, value -> ConfigurationWords.parse(LegalBasis.class, value));
        words.addConverter(String.class, Recipient.Kind.class, value -> ConfigurationWords.parse(Recipient.Kind.class, value));
        words.addConverter(String.class, TransferSafeguard.class, value -> ConfigurationWords.parse(TransferSafeguard.class, value));
        return words;
    }

    static ProcessingRole role(String value) {
        try {
            return ProcessingRole.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be controller or processor, not '" + value + "'");
        }
    }

    /** A category's code as written; whether the file's categories name it is checked with the tables (TableResolver). */
    static DataCategory category(String value) {
        return new DataCategory(value.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The binding failure in the configuration's own terms: {@code privacy.connectors.sources[0].tables[2].erase}
     * becomes source 'Shop', field {@code tables.invoice.erase}.
     */
    private static ConnectorConfigurationError unknownWord(String location, PropertySource<?> yaml, BindException failure) {
        ConfigurationPropertyName name = failure.getName();
        List<String> field = new ArrayList<>();
        String source = null;
        String sourcePath = null;
        String tablePath = null;
        for (int i = 0; i < name.getNumberOfElements(); i++) {
            String element = name.getElement(i, ConfigurationPropertyName.Form.ORIGINAL);
            boolean index = name.isNumericIndex(i);
            if (index && sourcePath == null && i > 0 && "sources".equals(name.getElement(i - 1, ConfigurationPropertyName.Form.ORIGINAL))) {
                sourcePath = "privacy.connectors.sources[" + element + "]";
                source = String.valueOf(yaml.getProperty(sourcePath + ".name"));
                field.clear();
            } else if (index && sourcePath != null && tablePath == null && field.equals(List.of("tables"))) {
                tablePath = sourcePath + ".tables[" + element + "]";
                field.add(String.valueOf(yaml.getProperty(tablePath + ".table")));
            } else if (sourcePath != null) {
                field.add(index ? "[" + element + "]" : element);
            }
        }
        String where = String.join(".", field).replace(".[", "[");
        String problem = problem(failure);
        ConnectorConfigurationError error = source == null
                ? new ConnectorConfigurationError("Connector configuration " + location + ", " + name + ": " + problem)
                : new ConfigurationProblems(location, source).error(where, problem);
        error.initCause(failure);
        return error;
    }

    /** What the converter said about the word (the innermost IllegalArgumentException), else the innermost cause. */
    private static String problem(Throwable failure) {
        String word = null;
        String innermost = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            word = cause instanceof IllegalArgumentException ? cause.getMessage() : word;
            innermost = cause.getMessage();
        }
        return word != null ? word : innermost;
    }
}
