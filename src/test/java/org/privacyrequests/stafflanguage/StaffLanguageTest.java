package org.privacyrequests.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import java.util.List;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The product as the support team (Dutch, the default staff language) meets it: the forms deployed in Dutch with
 * their structure unchanged, a restart that deploys nothing new, and Camunda's webapps told to speak Dutch, with
 * the product's translation laid over Camunda's English so that an untranslated Cockpit text stays readable.
 */
@ProductTest
class StaffLanguageTest extends ProcessScenario {

    @Autowired RepositoryService repository;
    @Autowired StaffForms staffForms;
    @Autowired TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_forms_are_deployed_in_dutch_with_the_same_keys_and_a_restart_deploys_nothing_new() throws Exception {
        JsonNode form = deployed("verify-identity");
        assertThat(form.at("/components/0/text").asText()).startsWith("### De identiteit van de verzoeker controleren")
                .contains("**Verzoek:** {{reference}}", "<a href=\"/api/requests/{{reference}}\" target=\"_blank\">Gegevens van het verzoek</a>");
        JsonNode decision = form.at("/components/2");
        assertThat(decision.path("key").asText()).isEqualTo("identityDecision");
        assertThat(decision.path("label").asText()).isEqualTo("Besluit");
        assertThat(decision.at("/values/0/value").asText()).isEqualTo("verified");
        assertThat(decision.at("/values/0/label").asText()).isEqualTo("Identiteit vastgesteld");
        assertThat(decision.at("/validate/required").asBoolean()).isTrue();

        long deployments = repository.createDeploymentQuery().deploymentName(StaffForms.DEPLOYMENT_NAME).count();
        long versions = versions("verify-identity.form");
        staffForms.run(null);

        assertThat(versions("verify-identity.form")).as("versions of the form after a restart with the same texts").isEqualTo(versions);
        assertThat(repository.createDeploymentQuery().deploymentName(StaffForms.DEPLOYMENT_NAME).count())
                .as("deployments of the forms; an unchanged one is filtered out, or holds no new form").isBetween(deployments, deployments + 1);
    }

    @Test
    void the_webapps_speak_the_staff_language_and_cockpit_falls_back_to_english_where_it_is_not_translated() throws Exception {
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/staff-language.js", String.class)).contains("export default 'nl';");
        assertThat(http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
                .contains("import staffLanguage from './staff-language.js'", "availableLocales: [staffLanguage]");

        JsonNode tasklist = json.readTree(http.getForObject("/camunda/app/tasklist/locales/nl.json", String.class));
        assertThat(tasklist.at("/labels/COMPLETE").asText()).isEqualTo("Afronden");
        assertThat(tasklist.at("/labels/CLAIM_TASK").asText()).isEqualTo("Oppakken");
        assertThat(tasklist.at("/dateLocales/months/0").asText()).isEqualTo("januari");

        JsonNode cockpit = json.readTree(http.getForObject("/camunda/app/cockpit/locales/nl.json", String.class));
        assertThat(cockpit.at("/labels/PLUGIN_INCIDENTS_LABEL").asText()).isEqualTo("Incidenten");
        assertThat(cockpit.at("/labels/COCKPIT_PROCESSES").asText()).isEqualTo("Processen");
        assertThat(cockpit.at("/labels/PLGN_BTCH_ACTIVATE").asText()).as("a Cockpit text not translated: Camunda's English")
                .isEqualTo(english("cockpit").at("/labels/PLGN_BTCH_ACTIVATE").asText());

        JsonNode welcome = json.readTree(http.getForObject("/camunda/app/welcome/locales/nl.json", String.class));
        assertThat(welcome.at("/labels/CHANGE_PASSWORD").asText()).isEqualTo("Wachtwoord wijzigen");
        assertThat(http.getForEntity("/camunda/app/tasklist/locales/xx.json", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.OK);
    }

    /** The form as last deployed (the engine's API has no query for form definitions; their deployments do). */
    private JsonNode deployed(String formKey) throws Exception {
        String resource = formKey + ".form";
        Deployment latest = formDeployments().stream().filter(d -> repository.getDeploymentResourceNames(d.getId()).contains(resource))
                .findFirst().orElseThrow();
        try (var in = repository.getResourceAsStream(latest.getId(), resource)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private long versions(String resource) {
        return formDeployments().stream().filter(d -> repository.getDeploymentResourceNames(d.getId()).contains(resource)).count();
    }

    private List<Deployment> formDeployments() {
        return repository.createDeploymentQuery().deploymentName(StaffForms.DEPLOYMENT_NAME).orderByDeploymentTime().desc().list();
    }

    private JsonNode english(String app) throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
