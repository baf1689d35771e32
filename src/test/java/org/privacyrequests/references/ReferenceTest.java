package org.privacyrequests.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A reference is exactly DSR-yyyy-nnnnnn or PC-yyyy-nnnnnn, read and written in one place. */
class ReferenceTest {

    @Test
    void a_request_reference_is_read_and_written_back_the_same() {
        Reference reference = Reference.parse("DSR-2026-000123").orElseThrow();
        assertThat(reference.isRequest()).isTrue();
        assertThat(reference.year()).isEqualTo(2026);
        assertThat(reference.number()).isEqualTo(123);
        assertThat(reference).hasToString("DSR-2026-000123");
        assertThat(new Reference(Reference.Kind.COMPLAINT, 2027, 42)).hasToString("PC-2027-000042");
    }

    @Test
    void anything_around_or_instead_of_the_format_is_no_reference() {
        assertThat(Reference.parse("DSR-2026-000123-extension")).isEmpty();
        assertThat(Reference.parse(" DSR-2026-000123")).isEmpty();
        assertThat(Reference.parse("dsr-2026-000123")).isEmpty();
        assertThat(Reference.parse("DSR-2026-%")).isEmpty();
        assertThat(Reference.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Reference(Reference.Kind.REQUEST, 2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reference_quoted_in_a_subject_is_found_as_a_word_of_its_own() {
        assertThat(Reference.findIn("Re: uw verzoek (PC-2026-000042)")).map(Reference::isComplaint).contains(true);
        assertThat(Reference.findIn("XDSR-2026-0001234")).isEmpty();
    }
}
