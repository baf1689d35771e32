package org.privacyrequests.references;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a reference when it comes from outside: exactly DSR-yyyy-nnnnnn or PC-yyyy-nnnnnn, nothing else. */
class ReferencesTest {

    @Test
    void only_the_exact_format_is_a_reference() {
        assertThat(References.isReference("DSR-2026-000001")).isTrue();
        assertThat(References.isReference("PC-2026-000042")).isTrue();
        assertThat(References.isRequest("DSR-2026-000001")).isTrue();
        assertThat(References.isRequest("PC-2026-000042")).isFalse();
        assertThat(References.isComplaint("PC-2026-000042")).isTrue();
        for (String no : new String[] {null, "", "DSR-2026-000001-extension", "PC-2026-000001-reply", "dsr-2026-000001",
                "DSR-2026-0000001", "DSR-26-000001", " DSR-2026-000001", "DSR-2026-000001\n", "DSR-2026-%", "MAIL-0123456789ab",
                "DSR-2026-000001' OR '1'='1"}) {
            assertThat(References.isReference(no)).as(String.valueOf(no)).isFalse();
        }
    }

    @Test
    void a_reference_quoted_in_a_subject_is_found_as_a_word_of_its_own() {
        assertThat(References.findIn("Re: uw verzoek DSR-2026-000123.")).contains("DSR-2026-000123");
        assertThat(References.findIn("[PC-2026-000042] Klacht")).contains("PC-2026-000042");
        assertThat(References.findIn("Re: DSR-2026-0001234")).isEmpty();
        assertThat(References.findIn("XDSR-2026-000123")).isEmpty();
        assertThat(References.findIn(null)).isEmpty();
    }
}
