package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The erase and identity-match words of the connector configuration, read into their enums. */
class ConfigurationWordsTest {

    @Test
    void erase_is_delete_or_nullify() {
        assertThat(ErasureMode.parse("delete")).isEqualTo(ErasureMode.DELETE);
        assertThat(ErasureMode.parse("nullify")).isEqualTo(ErasureMode.NULLIFY);
        assertThatThrownBy(() -> ErasureMode.parse("anonymise")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be delete or nullify, not 'anonymise'");
        assertThatThrownBy(() -> ErasureMode.parse("DELETE")).hasMessage("must be delete or nullify, not 'DELETE'");
    }

    @Test
    void identity_match_is_case_insensitive_or_exact() {
        assertThat(IdentityMatch.parse("case-insensitive")).isEqualTo(IdentityMatch.CASE_INSENSITIVE);
        assertThat(IdentityMatch.parse("exact")).isEqualTo(IdentityMatch.EXACT);
        assertThatThrownBy(() -> IdentityMatch.parse("case_insensitive")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be case-insensitive or exact, not 'case_insensitive'");
        assertThatThrownBy(() -> IdentityMatch.parse(null)).hasMessage("must be case-insensitive or exact, not 'null'");
    }

    @Test
    void an_unknown_word_names_the_file_the_source_and_the_field() {
        var problems = new ConfigurationProblems("file:/etc/shop.yml", "Webshop");
        assertThat(problems.error("tables.klant.erase", "must be delete or nullify, not 'wipe'"))
                .isInstanceOf(ConnectorConfigurationError.class)
                .hasMessage("Connector configuration file:/etc/shop.yml, source 'Webshop', tables.klant.erase: must be delete or nullify, not 'wipe'");
    }
}
