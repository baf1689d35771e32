package org.privacyrequests.company;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Puts the company folder's settings ({@link CompanyFolder}) among the product's, right after Spring has read its own
 * files. From weakest to strongest:
 * <ol>
 * <li>the product's {@code application.yml} (the demo company's values),</li>
 * <li>the company's {@code application.yml},</li>
 * <li>the product's {@code application-<profile>.yml} ({@code prod}, {@code postgres}): a profile keeps its safety rails
 *     (no demo, no embedded mail server, secure cookies) whatever the company's file says,</li>
 * <li>the company's {@code application-<profile>.yml}, for what the company wants different in one profile,</li>
 * <li>environment variables, Java system properties, command-line arguments, as always.</li>
 * </ol>
 * A relative path in the company's files ({@code ./...}, {@code file:...}, or a plain file name for
 * {@code privacy.connectors.config}) counts from the folder, so the folder can be moved as a whole.
 *
 * <p>Also decides which systems the product searches when nothing names them: the folder's {@code connectors.yml},
 * else the demo company's while the demo is on, else none.
 */
public class CompanyFolderSettings implements EnvironmentPostProcessor, Ordered {

    /** Right after Spring Boot's own files are read (ConfigDataEnvironmentPostProcessor), before the production check. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 11;

    static final String CONNECTORS = "privacy.connectors.config";
    static final String DEMO_CONNECTORS = "classpath:connectors/demo-company.yml";
    static final String NO_CONNECTORS = "classpath:connectors/none.yml";

    /** A Spring Boot config file's property source: {@code [application.yml]}, {@code [application-prod.yml] (document #1)}. */
    private static final Pattern SPRING_FILE = Pattern.compile("\\[application(?:-([^\\]]+))?\\.(?:yml|yaml|properties)]");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Optional<Path> folder = CompanyFolder.of(environment.getProperty(CompanyFolder.SETTING));
        folder.ifPresent(f -> addCompanySettings(environment, f));
        environment.getPropertySources().addLast(new MapPropertySource("privacy defaults (connectors)",
                Map.of(CONNECTORS, connectorsByDefault(environment, folder))));
    }

    /** Used only where nothing (company file, profile, environment, argument) names the connectors. */
    static String connectorsByDefault(ConfigurableEnvironment environment, Optional<Path> folder) {
        Optional<Path> companyConnectors = folder.map(f -> f.resolve("connectors.yml")).filter(Files::isRegularFile);
        if (companyConnectors.isPresent()) {
            return "file:" + companyConnectors.get();
        }
        return Boolean.parseBoolean(environment.getProperty("privacy.demo.enabled", "false")) ? DEMO_CONNECTORS : NO_CONNECTORS;
    }

    private static void addCompanySettings(ConfigurableEnvironment environment, Path folder) {
        MutablePropertySources sources = environment.getPropertySources();
        String above = load(folder, "application.yml").map(company -> {
            insertAbove(sources, strongestSpringFile(sources, null), company);
            return company.getName();
        }).orElse(null);
        for (String profile : environment.getActiveProfiles()) {
            Optional<PropertySource<?>> companyProfile = load(folder, "application-" + profile + ".yml");
            if (companyProfile.isPresent()) {
                String builtIn = strongestSpringFile(sources, profile);
                insertAbove(sources, builtIn != null ? builtIn : above, companyProfile.get());
                above = companyProfile.get().getName();
            }
        }
    }

    /** The name of the strongest of Spring's own config files for this profile (null: the plain ones); null when none. */
    private static String strongestSpringFile(MutablePropertySources sources, String profile) {
        for (PropertySource<?> source : sources) {
            Matcher m = SPRING_FILE.matcher(source.getName());
            if (m.find() && java.util.Objects.equals(m.group(1), profile)) {
                return source.getName();
            }
        }
        return null;
    }

    private static void insertAbove(MutablePropertySources sources, String name, PropertySource<?> source) {
        if (name != null) {
            sources.addBefore(name, source);
        } else {
            sources.addLast(source);
        }
    }

    /** A file of the folder as one property source (a later YAML document overrides an earlier one), its paths resolved. */
    private static Optional<PropertySource<?>> load(Path folder, String fileName) {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<PropertySource<?>> documents;
        try {
            documents = new YamlPropertySourceLoader().load(fileName, new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The company folder's " + file + " cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The company folder's " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertySource<?> document : documents) {
            if (document instanceof OriginTrackedMapPropertySource map) {
                map.getSource().forEach((key, value) -> values.put(key, resolvePath(folder, key, value)));
            }
        }
        return Optional.of(new OriginTrackedMapPropertySource("company folder [" + file + "]", values, true));
    }

    /** A relative path in the company's settings, read from the folder. */
    static Object resolvePath(Path folder, String key, Object value) {
        Object raw = value instanceof OriginTrackedValue tracked ? tracked.getValue() : value;
        if (!(raw instanceof CharSequence text)) {
            return value;
        }
        String resolved = resolvePath(folder, key, text.toString());
        return value instanceof OriginTrackedValue tracked ? OriginTrackedValue.of(resolved, tracked.getOrigin()) : resolved;
    }

    static String resolvePath(Path folder, String key, String value) {
        if (value.startsWith("./") || value.startsWith("../")) {
            return folder.resolve(value).normalize().toString();
        }
        if (value.startsWith("file:") && !value.startsWith("file:/")) {
            return "file:" + folder.resolve(value.substring("file:".length())).normalize();
        }
        if (key.equals(CONNECTORS) && !value.isBlank() && !SCHEME.matcher(value).find() && !Path.of(value).isAbsolute()) {
            return "file:" + folder.resolve(value).normalize();
        }
        return value;
    }
}
