package org.privacyrequests.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyrequests.company.CompanyFolder;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.web.WebPages;

/**
 * A company's columns may be shorter than the correction form allows: a corrected value that does not fit the shortest
 * column it goes to, in any system, is refused with the field, the system and the most it holds, in the staff language.
 */
class CorrectionLengthsTest {

    private final PersonalDataSource shop = source("the shop", Map.of("contactName", 120, "city", 60));
    private final PersonalDataSource newsletter = source("Newsletter", Map.of("contactName", 80));
    private final PersonalDataSource down = new System("Archive", null);

    @Test
    void a_name_longer_than_the_shortest_column_is_refused_naming_the_field_the_system_and_its_maximum() {
        CorrectionLengths lengths = lengths("en", shop, newsletter);

        assertThat(lengths.tooLong(Map.of("correctedContactName", "N".repeat(81)), true)).hasValue(
                "Contact name: the Newsletter system holds at most 80 characters. "
                        + "Shorten the corrected value, or tick the field as not corrected and say why.");
        assertThat(lengths.tooLong(Map.of("correctedContactName", "N".repeat(80), "correctedCity", "C".repeat(60)), true))
                .as("at the limit it fits").isEmpty();
        assertThat(lengths.tooLong(Map.of("correctedPhone", "+31 6 1234 5678 9999"), true)).as("no system limits the phone").isEmpty();
    }

    @Test
    void the_message_is_in_the_staff_language() {
        assertThat(lengths("nl", shop).tooLong(Map.of("correctedContactName", "N".repeat(121)), true)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Naam contactpersoon: het systeem the shop bewaart hooguit 120 tekens."));
    }

    @Test
    void a_system_that_cannot_be_reached_is_left_out_while_the_task_is_open_but_not_just_before_writing() {
        CorrectionLengths lengths = lengths("en", down, shop);
        assertThat(lengths.tooLong(Map.of("correctedCity", "C".repeat(61)), true)).hasValueSatisfying(message ->
                assertThat(message).startsWith("City: the the shop system holds at most 60 characters."));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lengths.tooLong(Map.of("correctedCity", "C"), false))
                .isInstanceOf(IllegalStateException.class);
    }

    private static CorrectionLengths lengths(String staffLanguage, PersonalDataSource... sources) {
        CompanyProperties company = new CompanyProperties("Test B.V.", "privacy@test.example", null, null, staffLanguage, null,
                ZoneId.of("Europe/Amsterdam"));
        return new CorrectionLengths(new PersonalDataSearch(() -> List.of(sources), null, null), new WebPages(company, CompanyFolder.none()),
                company);
    }

    private static PersonalDataSource source(String name, Map<String, Integer> limits) {
        return new System(name, limits);
    }

    /** A system with column lengths; without them, one whose database does not answer. */
    private record System(String name, Map<String, Integer> limits) implements PersonalDataSource {

        @Override
        public Map<String, Integer> correctionLimits() {
            if (limits == null) {
                throw new IllegalStateException("Source '" + name + "' cannot be reached");
            }
            return limits;
        }

        @Override
        public SourceDescription description() {
            return null;
        }

        @Override
        public List<org.privacyrequests.lookup.PersonalRecord> find(Identity identity) {
            return List.of();
        }

        @Override
        public boolean holdsAddress(String email) {
            return false;
        }

        @Override
        public int apply(ErasureAction action, String recordType, String recordId) {
            return 0;
        }
    }
}
