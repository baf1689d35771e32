package org.privacyrequests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyrequests.complaints.ComplainantReply;

/** Which replies are only thanks, and which replies to a complaint answer clearly say the complainant is satisfied. */
class ReplyTextTest {

    @Test
    void short_thanks_in_three_languages_are_only_thanks() {
        for (String thanks : new String[] {"Bedankt!", "Dank je wel, groet Jan", "Thanks", "Thank you very much.", "Danke!",
                "Hartelijk dank\n\nOp 26 nov. 2026 schreef Picqer:\n> Wilt u nog iets weten? Verwijderen kan ook."}) {
            assertThat(ReplyText.onlyThanks(ReplyText.ownWords(thanks))).as(thanks).isTrue();
        }
    }

    @Test
    void thanks_that_ask_something_more_are_not_only_thanks() {
        for (String more : new String[] {"Bedankt. Wilt u nu ook alles verwijderen?", "Thanks, but please erase everything too",
                "Danke, bitte löschen Sie auch meine Daten.", "Dank je wel maar ik mis mijn facturen", "Mijn adres is veranderd.", ""}) {
            assertThat(ReplyText.onlyThanks(ReplyText.ownWords(more))).as(more).isFalse();
        }
    }

    @Test
    void a_reply_to_a_complaint_answer_is_satisfied_only_when_it_clearly_says_so() {
        for (String satisfied : new String[] {"Akkoord.", "Agreed, thanks", "Einverstanden", "Opgelost, bedankt!", "Resolved, thank you."}) {
            assertThat(ComplainantReply.readsAsSatisfied(satisfied)).as(satisfied).isTrue();
        }
        for (String not : new String[] {"Onvoldoende.", "Daar ben ik het niet mee eens.", "Not good enough.", "Nicht einverstanden!",
                "Niet akkoord", "Bedankt, maar ik wil weten waarom dit gebeurde.", "Hmm.", "Is het nu opgelost?", ""}) {
            assertThat(ComplainantReply.readsAsSatisfied(not)).as(not).isFalse();
        }
    }
}
