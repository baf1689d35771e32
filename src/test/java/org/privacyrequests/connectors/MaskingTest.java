package org.privacyrequests.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the anonymise words of the connector configuration mean, and what each masking writes and looks for. */
class MaskingTest {

    private final Anonymiser anonymiser = new Anonymiser(new org.privacyrequests.company.KeyedHash("test-key"));

    @Test
    void the_configuration_words_are_read_into_their_masking() {
        assertThat(Masking.parse("null")).isEqualTo(new Masking.Nullify());
        assertThat(Masking.parse("hash")).isEqualTo(new Masking.Hash());
        assertThat(Masking.parse("placeholder:verwijderd")).isEqualTo(new Masking.Placeholder("verwijderd"));
        assertThat(Masking.parse("placeholder:")).isEqualTo(new Masking.Placeholder(""));
    }

    @Test
    void an_unknown_word_is_refused_with_what_is_allowed() {
        for (String unknown : new String[] {"erase", "NULL", "Hash", "placeholder", "", null}) {
            assertThatThrownBy(() -> Masking.parse(unknown)).as(String.valueOf(unknown))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be null, hash or placeholder:<text>, not '" + unknown + "'");
        }
    }

    @Test
    void nullify_empties_the_column_and_a_row_still_needs_it_while_the_column_holds_a_value() {
        Masking nullify = new Masking.Nullify();
        assertThat(nullify.replacement("Jan", anonymiser)).isNull();
        List<Object> values = new ArrayList<>();
        assertThat(nullify.stillPersonal("\"ip\"", values)).isEqualTo("\"ip\" IS NOT NULL");
        assertThat(values).isEmpty();
    }

    @Test
    void hash_writes_the_keyed_stand_in_once_and_leaves_stand_ins_and_empty_columns_alone() {
        Masking hash = new Masking.Hash();
        Object standIn = hash.replacement("jan@example.nl", anonymiser);
        assertThat(standIn).isEqualTo(anonymiser.hash("jan@example.nl")).asString().startsWith(Anonymiser.PREFIX);
        assertThat(hash.replacement(standIn, anonymiser)).isEqualTo(standIn);
        assertThat(hash.replacement(null, anonymiser)).isNull();
        List<Object> values = new ArrayList<>();
        assertThat(hash.stillPersonal("\"email\"", values))
                .isEqualTo("(\"email\" IS NOT NULL AND \"email\" NOT LIKE '" + Anonymiser.PREFIX + "%')");
        assertThat(values).isEmpty();
    }

    @Test
    void a_placeholder_writes_its_text_and_binds_it_when_looking_for_rows_that_still_need_it() {
        Masking placeholder = new Masking.Placeholder("verwijderd");
        assertThat(placeholder.replacement("Sanne de Vries", anonymiser)).isEqualTo("verwijderd");
        assertThat(placeholder.replacement(null, anonymiser)).isEqualTo("verwijderd");
        List<Object> values = new ArrayList<>();
        assertThat(placeholder.stillPersonal("`naam`", values)).isEqualTo("(`naam` IS NOT NULL AND `naam` <> ?)");
        assertThat(values).containsExactly("verwijderd");
    }
}
