package org.privacyrequests.stafflanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the Camunda Forms in the language the support team works in ({@code privacy.company.staff-language}),
 * so that Tasklist shows every step's form in Dutch or English. The forms in forms/ give the structure (and the
 * English); their texts in the staff language come from {@code forms/<language>/<form id>.properties}.
 *
 * <p>A company folder ({@code privacy.company-dir}, when set) may add or replace forms: its
 * {@code forms/<form id>.form} replaces the built-in form of that name, and its
 * {@code forms/<language>/<form id>.properties} replaces single texts of the built-in ones.
 *
 * <p>One deployment of its own name with duplicate filtering: a restart with the same forms and texts deploys
 * nothing, a changed text deploys a new version of that one form. Form keys stay the same and the processes bind
 * to the latest version, so a task opened after a change of language shows the form in the new language. It runs
 * before the other start-up work (demo data), so no task is shown before its form is there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffForms implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "privacy-requests-forms";
    private static final Logger log = LoggerFactory.getLogger(StaffForms.class);

    private final RepositoryService repository;
    private final String language;
    private final String companyDir;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    StaffForms(RepositoryService repository, CompanyProperties company, Environment environment) {
        this.repository = repository;
        this.language = Languages.supportedOrDefault(company.staffLanguage());
        // Read here rather than bound: the company folder is configured for the processes too.
        this.companyDir = environment.getProperty("privacy.company-dir");
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> forms = translatedForms();
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("forms in " + language)
                .enableDuplicateFiltering(true);
        forms.forEach(deployment::addString);
        deployment.deploy();
        log.info("Deployed {} forms in the staff language '{}' (unchanged ones are not deployed again)", forms.size(), language);
    }

    /** Every form (by file name) as it is deployed: in the staff language. */
    Map<String, String> translatedForms() {
        Map<String, String> translated = new TreeMap<>();
        formFiles().forEach((fileName, file) -> {
            String formId = fileName.substring(0, fileName.length() - ".form".length());
            translated.put(fileName, translate(formId, read(file)));
        });
        return translated;
    }

    private String translate(String formId, JsonNode form) {
        if (Languages.ENGLISH.equals(language)) {
            return write(form);
        }
        List<String> missing = new ArrayList<>();
        FormTexts.translate(form, texts(formId), (key, english) -> missing.add(key));
        if (!missing.isEmpty()) {
            log.warn("Form {} has no '{}' text for {}: these show in English", formId, language, missing);
        }
        return write(form);
    }

    /** The built-in forms, and the company folder's, which replace a built-in one of the same file name. */
    private Map<String, Resource> formFiles() {
        Map<String, Resource> files = new TreeMap<>();
        for (Resource form : find("classpath*:forms/*.form")) {
            files.put(form.getFilename(), form);
        }
        if (companyDir != null && !companyDir.isBlank()) {
            for (Resource form : find(companyFile("forms/*.form"))) {
                files.put(form.getFilename(), form);
            }
        }
        return files;
    }

    /** The form's texts in the staff language: the built-in ones, then the company folder's over them. */
    private Properties texts(String formId) {
        Properties texts = new Properties();
        String file = "forms/" + language + "/" + formId + ".properties";
        load(texts, resources.getResource("classpath:" + file));
        if (companyDir != null && !companyDir.isBlank()) {
            load(texts, new FileSystemResource(Path.of(companyDir, file)));
        }
        return texts;
    }

    private String companyFile(String pattern) {
        return "file:" + Path.of(companyDir).toAbsolutePath().normalize() + "/" + pattern;
    }

    private Resource[] find(String pattern) {
        try {
            return resources.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the forms at " + pattern, e);
        }
    }

    private static void load(Properties texts, Resource file) {
        if (!file.exists()) {
            return;
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form texts " + file, e);
        }
    }

    private JsonNode read(Resource file) {
        try (var in = file.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form " + file, e);
        }
    }

    private String write(JsonNode form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a form", e);
        }
    }
}
