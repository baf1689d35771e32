package org.privacyrequests.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyrequests.company.CompanyProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * A company's own folder (privacy.company-dir) changes the forms without touching the product: a form of the same
 * file name replaces the built-in one, a text file replaces single Dutch texts and leaves the others; without the
 * folder the built-in forms are deployed, in the staff language or in the English they are written in.
 */
class CompanyFormsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_company_folder_replaces_a_form_and_single_texts(@TempDir Path companyDir) throws Exception {
        Files.createDirectories(companyDir.resolve("forms/nl"));
        Files.writeString(companyDir.resolve("forms/start-retention-sweep.form"), """
                {"id": "start-retention-sweep", "type": "default", "components": [
                  {"id": "Field_dryRun", "type": "checkbox", "key": "dryRun", "label": "Dry run only", "defaultValue": true}]}""");
        Files.writeString(companyDir.resolve("forms/nl/verify-identity.properties"),
                "Field_identityDecision.label=Uitkomst van de controle\n", StandardCharsets.UTF_8);

        Map<String, String> forms = staffForms("nl", companyDir.toString()).translatedForms();

        JsonNode sweep = json.readTree(forms.get("start-retention-sweep.form"));
        assertThat(sweep.path("components")).hasSize(1);
        assertThat(sweep.at("/components/0/label").asText()).isEqualTo("Proefronde: laat het plan zien, verander niets");
        JsonNode identity = json.readTree(forms.get("verify-identity.form"));
        assertThat(identity.at("/components/2/label").asText()).isEqualTo("Uitkomst van de controle");
        assertThat(identity.at("/components/2/description").asText()).isEqualTo("Kies de uitkomst van de identiteitscontrole.");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(28);
    }

    @Test
    void without_a_company_folder_the_built_in_forms_are_deployed_in_the_staff_language() throws Exception {
        JsonNode dutch = json.readTree(staffForms("nl", null).translatedForms().get("verify-identity.form"));
        JsonNode english = json.readTree(staffForms("en", null).translatedForms().get("verify-identity.form"));

        assertThat(dutch.at("/components/2/label").asText()).isEqualTo("Besluit");
        assertThat(english.at("/components/2/label").asText()).isEqualTo("Decision");
        assertThat(dutch.at("/components/2/key")).isEqualTo(english.at("/components/2/key"));
    }

    private static StaffForms staffForms(String language, String companyDir) {
        MockEnvironment environment = new MockEnvironment();
        if (companyDir != null) {
            environment.setProperty("privacy.company-dir", companyDir);
        }
        CompanyProperties company = new CompanyProperties("Picqer B.V.", null, null, null, language, null, ZoneId.of("Europe/Amsterdam"));
        return new StaffForms(null, company, environment);
    }
}
