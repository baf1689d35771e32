package org.privacyrequests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailClassification.Kind;

/** What the classifier makes of the ways people write to a support mailbox, in Dutch, English and German. */
class MailClassifierTest {

    final MailClassifier classifier = new MailClassifier();

    @Test
    void dutch_access_request_in_everyday_words() {
        var c = classifier.classify("Inzageverzoek", "Beste Picqer, graag wil ik weten welke gegevens u van mij heeft. Groet, Jan");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("access");
        assertThat(c.language()).isEqualTo("nl");
    }

    @Test
    void dutch_erasure_by_article_of_the_avg() {
        var c = classifier.classify("AVG", "Op grond van artikel 17 AVG verzoek ik u mijn persoonsgegevens te verwijderen.");
        assertThat(c.rights()).containsExactly("erasure");
    }

    @Test
    void english_mail_with_several_rights() {
        var c = classifier.classify("My data", "Hi, please send me a copy of my data and then delete my account. Thanks");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactlyInAnyOrder("access", "erasure");
        assertThat(c.language()).isEqualTo("en");
    }

    @Test
    void german_requests_are_understood_and_answered_in_english() {
        var c = classifier.classify("Auskunft nach Art. 15 DSGVO", "Sehr geehrte Damen und Herren, bitte löschen Sie danach meine Daten.");
        assertThat(c.rights()).containsExactlyInAnyOrder("access", "erasure");
        assertThat(c.language()).isEqualTo("en");
    }

    @Test
    void objection_restriction_portability_and_rectification() {
        assertThat(classifier.classify("", "I object to the use of my data for marketing").rights()).containsExactly("objection");
        assertThat(classifier.classify("", "Please restrict the processing of my personal data").rights()).containsExactly("restriction");
        assertThat(classifier.classify("", "Ik wil mijn gegevens in een machineleesbaar formaat").rights()).containsExactly("portability");
        assertThat(classifier.classify("", "Mijn adres klopt niet, wilt u het corrigeren?").rights()).containsExactly("rectification");
    }

    @Test
    void a_privacy_complaint() {
        var c = classifier.classify("Klacht", "Ik ben ontevreden over hoe jullie met mijn persoonsgegevens omgaan.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
    }

    @Test
    void a_privacy_mail_without_a_clear_right_is_an_unclear_request() {
        var c = classifier.classify("Privacy", "Ik heb een vraag over de privacy van mijn klanten.");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("unclear");
    }

    @Test
    void an_ordinary_support_question_is_not_a_privacy_matter() {
        var c = classifier.classify("Koppeling", "Hoe koppel ik mijn webshop aan de pakbonprinter?");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_complaint_about_how_personal_data_was_handled_is_a_complaint_even_when_it_names_a_right() {
        var c = classifier.classify("Klacht", "Ik heb gevraagd mijn persoonsgegevens te verwijderen en jullie hebben niets gedaan.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(c.rights()).isEmpty();
        assertThat(c.language()).isEqualTo("nl");
    }

    @Test
    void a_grumble_that_asks_for_a_right_without_mentioning_privacy_is_handled_as_the_request() {
        var c = classifier.classify("Not happy", "I want to complain about your service, please delete my account.");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("erasure");
    }

    @Test
    void a_german_complaint_to_the_supervisory_authority_is_a_complaint_answered_in_english() {
        var c = classifier.classify("Beschwerde", "Sehr geehrte Damen und Herren, ich wende mich an die Datenschutzbehörde.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(c.language()).isEqualTo("en");
    }

    @Test
    void german_rectification_and_objection_and_an_english_article_number_are_understood() {
        assertThat(classifier.classify("", "Bitte berichtigen Sie meine Adresse").rights()).containsExactly("rectification");
        assertThat(classifier.classify("Widerspruch", "Ich widerspreche der Werbung").rights()).containsExactly("objection");
        assertThat(classifier.classify("Article 20 request", "Please send it to me").rights()).containsExactly("portability");
    }

    @Test
    void a_question_about_a_product_article_whose_number_starts_like_a_gdpr_article_is_not_a_request() {
        var c = classifier.classify("Vraag over artikel 150", "Is artikel 171 weer op voorraad?");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_mail_without_subject_or_text_is_no_privacy_matter_and_is_answered_in_dutch() {
        var c = classifier.classify(null, null);
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
        assertThat(c.rights()).isEmpty();
        assertThat(c.language()).isEqualTo("nl");
    }

    @Test
    void a_request_that_reserves_the_right_to_complain_to_the_authority_is_a_request_in_each_language() {
        var nl = classifier.classify("Verzoek om inzage", "Op grond van artikel 15 AVG verzoek ik om een kopie van mijn persoonsgegevens. "
                + "Indien u niet binnen een maand reageert, behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.");
        var en = classifier.classify("Erasure request", "Please erase my personal data under Article 17 GDPR. "
                + "I reserve the right to lodge a complaint with the supervisory authority.");
        var de = classifier.classify("Widerspruch", "Ich widerspreche der Verarbeitung meiner Daten nach Art. 21 DSGVO. "
                + "Ich behalte mir vor, Beschwerde bei der Aufsichtsbehörde einzulegen.");
        assertThat(nl.kind()).isEqualTo(Kind.REQUEST);
        assertThat(nl.rights()).containsExactly("access");
        assertThat(en.rights()).containsExactly("erasure");
        assertThat(de.kind()).isEqualTo(Kind.REQUEST);
        assertThat(de.rights()).containsExactly("objection");
    }

    @Test
    void a_two_line_german_question_about_stored_data_is_an_access_request() {
        var c = classifier.classify("Frage", "Hallo,\nwelche Daten haben Sie über mich gespeichert?");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("access");
    }

    @Test
    void a_complaint_about_an_unanswered_access_request_is_a_complaint_though_it_cites_article_15() {
        var c = classifier.classify("Geen reactie", "Op 3 maart heb ik op grond van artikel 15 AVG om inzage gevraagd. "
                + "Ik heb nog steeds geen antwoord ontvangen.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(c.because()).isNotEmpty();
    }

    @Test
    void a_quoted_reply_does_not_decide_only_the_new_words_do() {
        var c = classifier.classify("Re: labels", "Thanks, it works now.\n\nOn Tue, 4 Nov 2026 at 10:00, Support <support@picqer.com> wrote:\n"
                + "> You can complain to the supervisory authority about your personal data.");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_lawyer_writing_for_a_client_files_the_clients_request() {
        var c = classifier.classify("Cliënt", "Namens mijn cliënt verzoek ik u alle persoonsgegevens van cliënt te verwijderen.");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("erasure");
    }

    @Test
    void privacy_words_without_an_ask_are_unsure_and_name_the_words() {
        var c = classifier.classify("", "Ik kreeg een brief over mijn persoonsgegevens en jullie naam stond erin.");
        assertThat(c.kind()).isEqualTo(Kind.UNSURE);
        assertThat(c.summary()).isEqualTo("unsure: privacy words 'persoonsgegevens', no clear ask");
    }

    @Test
    void ordinary_helpdesk_questions_about_product_data_are_no_privacy_matter() {
        assertThat(classifier.classify("Import", "How do I import my product data?").kind()).isEqualTo(Kind.NOT_PRIVACY);
        assertThat(classifier.classify("Export", "Kan ik mijn bestellingen exporteren naar CSV?").kind()).isEqualTo(Kind.NOT_PRIVACY);
        assertThat(classifier.classify("Artikel", "Wie lösche ich einen Artikel aus meinem Shop?").kind()).isEqualTo(Kind.NOT_PRIVACY);
    }
}
