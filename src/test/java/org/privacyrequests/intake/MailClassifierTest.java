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

    // Round 3: kinds of mistakes found with heldout-3.mails (see the corpus README).

    @Test
    void a_confidentiality_disclaimer_under_a_helpdesk_question_does_not_make_it_a_privacy_matter() {
        var nl = classifier.classify("Inloggen", "Hoi,\n\nIk kan niet inloggen sinds de update. Kunnen jullie kijken?\n\nGroet,\nFemke\n\n"
                + "Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\nHeeft u het ten onrechte ontvangen, verwijder het dan.\n"
                + "Wij verwerken persoonsgegevens conform de AVG.");
        var en = classifier.classify("Shipping rules", "Hello,\n\nCan shipping rules depend on the weight of an order?\n\nBest,\nOwen\n"
                + "This email and any files transmitted with it are confidential. If you are not the intended recipient,\n"
                + "please erase it. We process personal data in accordance with the GDPR; you have the right to access, rectify and erase it.");
        assertThat(nl.kind()).isEqualTo(Kind.NOT_PRIVACY);
        assertThat(en.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_privacy_notice_in_a_signature_adds_no_rights_to_a_request() {
        var delimited = classifier.classify("Adresse", "Bitte ändern Sie meine Adresse in Hauptstraße 5, Bonn.\n\nGruß\nEva\n-- \n"
                + "Eva Roth Versand\nWir verarbeiten Ihre Daten nach DSGVO. Sie haben ein Recht auf Auskunft, Löschung und Widerspruch.");
        var labelled = classifier.classify("Typo", "Hi, my first name is spelled Jonh in your system, please correct it to John.\n\nJohn Baker\n"
                + "Privacy notice: we process your personal data under the GDPR. You may request access to or erasure of it at any time.");
        assertThat(delimited.rights()).containsExactly("rectification");
        assertThat(labelled.rights()).containsExactly("rectification");
    }

    @Test
    void a_newsletter_with_an_unsubscribe_footer_is_no_privacy_matter() {
        var c = classifier.classify("Black Friday bij Labelshop", "Alle etiketten 30% goedkoper, alleen dit weekend!\n\n"
                + "Je ontvangt deze nieuwsbrief omdat je bij ons hebt besteld. Geen mails meer? Je kunt je hier afmelden. Privacybeleid");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void an_automatic_reply_that_echoes_a_privacy_subject_is_no_privacy_matter() {
        assertThat(classifier.classify("Automatische Antwort: Löschung Ihrer Daten nach Art. 17 DSGVO",
                "Ich bin bis zum 3. Januar nicht erreichbar.").kind()).isEqualTo(Kind.NOT_PRIVACY);
        assertThat(classifier.classify("Re: Verzoek tot inzage persoonsgegevens",
                "Dit is een automatisch antwoord. Ik ben met vakantie tot en met 5 januari.").kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_quoted_line_of_our_earlier_answer_adds_no_right() {
        var c = classifier.classify("Re: uw verzoek", "Jullie antwoordden: \"Uw gegevens kunt u inzien en downloaden in het portaal.\" "
                + "Maar mijn telefoonnummer daar klopt niet, graag aanpassen naar 06 12345678.");
        assertThat(c.rights()).containsExactly("rectification");
    }

    @Test
    void rights_reserved_or_listed_as_what_the_writer_wants_to_be_told_are_not_asked() {
        var reserved = classifier.classify("Inzageverzoek", "Op grond van art. 15 AVG verzoek ik om een kopie van mijn persoonsgegevens. "
                + "Dit verzoek doet niets af aan mijn recht op rectificatie en verwijdering.");
        var listed = classifier.classify("Subject access request", "Please confirm whether you process my personal data and provide a copy, together with:\n"
                + "- the purposes and the recipients;\n- the existence of the right to request rectification, erasure or restriction, or to object;\n"
                + "- the right to lodge a complaint with a supervisory authority;\n- the source of the data.");
        var german = classifier.classify("Auskunft", "Bitte erteilen Sie mir Auskunft nach Art. 15 DSGVO, auch darüber, ob mir ein Recht auf Löschung "
                + "oder ein Beschwerderecht bei der Aufsichtsbehörde zusteht.");
        assertThat(reserved.rights()).containsExactly("access");
        assertThat(listed.kind()).isEqualTo(Kind.REQUEST);
        assertThat(listed.rights()).containsExactly("access");
        assertThat(german.kind()).isEqualTo(Kind.REQUEST);
        assertThat(german.rights()).containsExactly("access");
    }

    @Test
    void withdrawing_consent_is_an_objection_and_also_erasure_when_deletion_is_asked() {
        assertThat(classifier.classify("", "Ik trek bij deze mijn toestemming voor jullie marketingmails in.").rights()).containsExactly("objection");
        assertThat(classifier.classify("", "Please treat this as the withdrawal of my consent to the use of my data.").kind()).isEqualTo(Kind.REQUEST);
        assertThat(classifier.classify("Consent", "I hereby withdraw my consent, effective today.").rights()).containsExactly("objection");
        assertThat(classifier.classify("", "Ich widerrufe meine Einwilligung und bitte um Löschung meiner Daten.").rights())
                .containsExactlyInAnyOrder("objection", "erasure");
    }

    @Test
    void asking_where_the_data_came_from_who_got_it_and_how_long_it_is_kept_is_an_access_request() {
        assertThat(classifier.classify("", "Waar hebben jullie mijn e-mailadres vandaan?").rights()).containsExactly("access");
        assertThat(classifier.classify("", "Please tell me who you passed my phone number to and how long you will keep it.").rights()).containsExactly("access");
        assertThat(classifier.classify("", "Wie lange speichern Sie meine Anschrift noch?").rights()).containsExactly("access");
    }

    @Test
    void an_indignant_where_did_you_get_my_address_next_to_a_deletion_demand_is_the_deletion() {
        var c = classifier.classify("", "Where did you even get my address? Delete my details right now.");
        assertThat(c.rights()).containsExactly("erasure");
    }

    @Test
    void a_parent_asking_about_their_childs_data_files_an_access_request() {
        assertThat(classifier.classify("", "My daughter made an account last year. What information do you hold about her?").rights()).containsExactly("access");
        assertThat(classifier.classify("", "Mijn zoon heeft bij jullie een account. Welke gegevens hebben jullie van hem?").rights()).containsExactly("access");
    }

    @Test
    void an_ask_only_in_the_subject_over_an_empty_body_is_read_as_the_writers_own() {
        var en = classifier.classify("remove account", "Sent from my Android phone");
        var de = classifier.classify("Konto löschen", "Siehe Betreff. Danke");
        assertThat(en.rights()).containsExactly("erasure");
        assertThat(de.rights()).containsExactly("erasure");
        assertThat(classifier.classify("Delete account", "How do I delete the account of a user who left? She still appears in the picklist screen.").kind())
                .as("with a message of its own, the subject is not read on its own").isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_detail_in_another_clause_is_not_the_object_of_the_verb() {
        var c = classifier.classify("Password", "I wanted to change my password, but the reset link never arrives at my e-mail address.");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_phone_number_is_a_detail_and_being_called_is_marketing_to_object_to() {
        var c = classifier.classify("", "Ik wil niet meer gebeld worden. Verwijder mijn nummer uit jullie bestand.");
        assertThat(c.rights()).containsExactlyInAnyOrder("objection", "erasure");
        assertThat(classifier.classify("", "Please replace my mobile number with 07700 900456.").rights()).containsExactly("rectification");
    }

    @Test
    void a_breach_told_in_other_words_is_a_complaint_but_a_supposed_disclosure_in_an_access_letter_is_not() {
        assertThat(classifier.classify("", "Your letter says an unauthorised party accessed customer records, including mine. I am furious.").kind())
                .isEqualTo(Kind.COMPLAINT);
        assertThat(classifier.classify("", "Bei Ihnen gab es einen Sicherheitsvorfall und meine Bankdaten waren betroffen.").kind()).isEqualTo(Kind.COMPLAINT);
        var access = classifier.classify("Art. 15 GDPR", "Please send me a copy of my personal data. If you have shared my data with third parties, "
                + "tell me which. Have you sold my data to third parties?");
        assertThat(access.kind()).isEqualTo(Kind.REQUEST);
        assertThat(access.rights()).containsExactly("access");
    }

    @Test
    void a_complaint_about_marketing_calls_nobody_agreed_to_is_a_privacy_complaint() {
        var c = classifier.classify("Complaint", "I want to complain about your cold calls. I never gave you my number.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
    }

    @Test
    void a_right_asked_for_in_the_simple_past_is_what_a_complaint_is_about() {
        var nl = classifier.classify("Termijn", "Op 1 oktober vroeg ik om verwijdering van mijn account. De termijn is inmiddels verstreken.");
        var de = classifier.classify("Frist", "Am 2. Mai bat ich um Löschung meines Kontos. Die Frist ist abgelaufen.");
        assertThat(nl.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(de.kind()).isEqualTo(Kind.COMPLAINT);
    }

    @Test
    void a_right_to_complain_pointed_out_in_a_request_is_no_complaint() {
        var c = classifier.classify("Verwijderen", "Verwijder al mijn persoonsgegevens. Ik wijs u op mijn recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.");
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.rights()).containsExactly("erasure");
    }

    // Found with heldout-5.mails, written after the fixes above.

    @Test
    void keep_my_data_but_do_not_delete_it_yet_is_restriction_not_erasure() {
        assertThat(classifier.classify("", "Bitte meine Daten noch nicht löschen, ich brauche sie für einen Rechtsstreit.").rights()).containsExactly("restriction");
        assertThat(classifier.classify("", "Please do not delete my account data until my dispute is settled.").rights()).containsExactly("restriction");
    }

    @Test
    void two_asks_joined_by_then_are_both_read() {
        var c = classifier.classify("", "Please take me off your mailing list and then delete my personal details.");
        assertThat(c.rights()).containsExactlyInAnyOrder("objection", "erasure");
    }

    @Test
    void a_new_address_or_number_given_is_a_rectification() {
        assertThat(classifier.classify("Verhuisd", "Mijn nieuwe adres is Dorpsstraat 1, Putten.").rights()).containsExactly("rectification");
        assertThat(classifier.classify("", "My new phone number is 07700 900321.").rights()).containsExactly("rectification");
    }

    @Test
    void personal_data_laid_open_to_other_recipients_is_a_complaint() {
        var c = classifier.classify("CC", "Jullie stuurden een mailing met alle ontvangers in de cc, nu kan iedereen mijn e-mailadres zien.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
    }

    @Test
    void marketing_to_someone_who_never_registered_is_a_complaint_in_german_too() {
        var c = classifier.classify("Werbung", "Ich bekomme ständig Ihre Angebote, dabei habe ich mich nie registriert. Eine Frechheit.");
        assertThat(c.kind()).isEqualTo(Kind.COMPLAINT);
    }

    @Test
    void an_automatic_reply_under_a_reply_subject_is_known_by_its_opening_words() {
        var c = classifier.classify("AW: Auskunftsersuchen nach Art. 15 DSGVO", "Guten Tag, ich befinde mich bis 4. März im Urlaub und lese keine E-Mails.");
        assertThat(c.kind()).isEqualTo(Kind.NOT_PRIVACY);
    }

    @Test
    void a_person_who_writes_from_their_holiday_is_not_taken_for_an_automatic_reply() {
        var c = classifier.classify("Account", "I am on holiday until the 5th, but please delete my account and all my personal data now.");
        assertThat(c.kind()).as("support looks rather than the mail being dropped").isEqualTo(Kind.UNSURE);
        assertThat(c.because()).contains("opens like an automatic reply");
    }

    @Test
    void a_forwarded_request_under_the_forwarders_disclaimer_is_still_read() {
        var c = classifier.classify("FW: verzoek", "Zie hieronder, graag oppakken.\n\nPiet\nDit bericht is vertrouwelijk en alleen bestemd voor de geadresseerde.\n\n"
                + "Van: Anna de Wit <anna@example.nl>\nVerzonden: maandag 1 december 2026 09:00\nAan: shop@example.nl\nOnderwerp: verzoek\n\n"
                + "Verwijder alstublieft al mijn persoonsgegevens.");
        assertThat(c.rights()).containsExactly("erasure");
    }
}
