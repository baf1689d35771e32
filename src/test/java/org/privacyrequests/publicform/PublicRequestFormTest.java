package org.privacyrequests.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProcessScenario;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The public request form over real HTTP: a request starts only from a confirmed link, once, within 48 hours. */
@ProductTest
class PublicRequestFormTest extends ProcessScenario {

    private static final Pattern LINK = Pattern.compile("http://\\S+/privacy-request/confirm\\?token=([A-Za-z0-9_-]+)");

    @Autowired TestRestTemplate http;

    @BeforeEach
    void noEarlierSubmissions() {
        jdbc.update("DELETE FROM web_request_confirmation");
    }

    @AfterEach
    void mailServerBackUp() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @Test
    void a_requester_files_the_form_confirms_the_link_and_only_then_the_request_starts() {
        int earlier = requestsFrom("sanne@fietsenjansen.nl");
        ResponseEntity<String> sent = submit("Sanne Jansen", "sanne@fietsenjansen.nl", List.of("access", "erasure"), "Wat heeft u van mij?", "nl");

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).contains("Kijk in uw e-mail", "sanne@fietsenjansen.nl");
        assertThat(requestsFrom("sanne@fietsenjansen.nl")).as("nothing is filed before the link is confirmed").isEqualTo(earlier);
        Mail mail = onlyMailTo("sanne@fietsenjansen.nl");
        assertThat(mail.subject()).isEqualTo("Bevestig uw privacyverzoek");
        assertThat(mail.body()).contains("Goedendag", "inzage", "verwijder", "tot 28 november 2026, 10:00")
                .as("no text typed into the form goes to the address").doesNotContain("Sanne Jansen");
        String token = tokenIn(mail);

        ResponseEntity<String> check = http.getForEntity("/privacy-request/confirm?token=" + token, String.class);
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).contains("Bevestig uw privacyverzoek", "Mijn verzoek bevestigen", "sanne@fietsenjansen.nl");
        assertThat(requestsFrom("sanne@fietsenjansen.nl")).as("opening the link (or a mail scanner doing so) files nothing").isEqualTo(earlier);

        ResponseEntity<String> confirmed = confirm(token);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String reference = referenceIn(confirmed.getBody());
        assertThat(jdbc.queryForMap("SELECT channel, requester_name, request_types, received_at FROM data_subject_request WHERE reference = ?", reference))
                .containsEntry("CHANNEL", "web").containsEntry("REQUESTER_NAME", "Sanne Jansen").containsEntry("REQUEST_TYPES", "access,erasure");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT requester_email, request_text, reference FROM web_request_confirmation"))
                .as("the waiting copy keeps no personal data once filed")
                .containsEntry("REQUESTER_EMAIL", null).containsEntry("REQUEST_TEXT", null).containsEntry("REFERENCE", reference);

        ResponseEntity<String> again = confirm(token);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("Deze link is al gebruikt");
        assertThat(requestsFrom("sanne@fietsenjansen.nl")).as("a link files one request, however often it is used").isEqualTo(earlier + 1);
    }

    @Test
    void a_link_works_for_48_hours_and_not_a_minute_longer() {
        submit("Jan de Vries", "jan@bakkerijdevries.nl", List.of("access"), "", "en");
        String token = tokenIn(onlyMailTo("jan@bakkerijdevries.nl"));

        moveClockTo(NOW.plus(Duration.ofHours(48)).minusSeconds(60));
        assertThat(http.getForEntity("/privacy-request/confirm?token=" + token, String.class).getStatusCode())
                .as("a minute before the end").isEqualTo(HttpStatus.OK);
        moveClockTo(NOW.plus(Duration.ofHours(48)));
        ResponseEntity<String> expired = confirm(token);

        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(expired.getBody()).contains("This link has expired", "Fill in the form again");
        assertThat(requestsFrom("jan@bakkerijdevries.nl")).isZero();
    }

    @Test
    void an_unknown_link_says_so_in_dutch_and_english_without_a_trace() {
        ResponseEntity<String> unknown = http.getForEntity("/privacy-request/confirm?token=made-up", String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("Deze link is niet geldig", "We do not know this link").doesNotContain("Exception", "at org.");
        assertThat(confirm("").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void wrong_input_is_named_next_to_each_field_kept_in_the_form_and_nothing_is_sent() {
        ResponseEntity<String> refused = submit("<b>Piet</b>", "piet@", List.of(), "", "en");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("Your request was not sent. Please correct the fields marked below.")
                .contains("This is not a valid e-mail address", "Please choose at least one option.")
                .contains("value=\"&lt;b&gt;Piet&lt;/b&gt;\"").doesNotContain("<b>Piet</b>")
                .contains("value=\"piet@\"");
        assertThat(submit("", "", List.of("teleport"), "", "nl").getBody())
                .contains("Vul uw naam in.", "Vul uw e-mailadres in.", "Een van de gekozen mogelijkheden kennen wij niet.");
        assertThat(submit("Piet", "piet@example.com", List.of("unclear"), " ", "nl").getBody())
                .contains("Leg in een paar woorden uit wat u van ons vraagt.");
        assertThat(submit("Piet", "piet@example.com", List.of("access"), "x".repeat(5001), "nl").getBody())
                .contains("Uw toelichting mag hoogstens 5.000 tekens lang zijn.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM web_request_confirmation", Integer.class)).isZero();
        assertThat(mailsTo("piet@example.com")).isEmpty();
    }

    @Test
    void one_address_may_file_three_times_a_day_and_one_client_ten_times_an_hour() {
        for (int i = 0; i < 3; i++) {
            assertThat(submit("Anna", "Anna@Example.com", List.of("access"), "", "nl").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> fourth = submit("Anna", "anna@example.com", List.of("access"), "", "nl");
        assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(fourth.getBody()).contains("Met dit e-mailadres zijn kort geleden al meerdere verzoeken ingediend");
        assertThat(mailsTo("anna@example.com")).hasSize(3);

        for (int i = 0; i < 7; i++) {
            assertThat(submit("Bob", "bob" + i + "@example.com", List.of("access"), "", "en").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> eleventh = submit("Bob", "bob99@example.com", List.of("access"), "", "en");
        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(eleventh.getBody()).contains("Too many requests were sent from your connection in the last hour.");

        moveClockTo(NOW.plus(Duration.ofMinutes(61)));
        assertThat(submit("Bob", "bob99@example.com", List.of("access"), "", "en").getStatusCode())
                .as("an hour later the client may file again").isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_mail_server_that_is_down_keeps_nothing_and_asks_to_try_again() {
        mailServer.stop();

        ResponseEntity<String> answer = submit("Karin", "karin@example.com", List.of("objection"), "", "nl");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody()).contains("Wij konden de bevestigingsmail nu niet versturen", "value=\"karin@example.com\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM web_request_confirmation", Integer.class)).isZero();
    }

    @Test
    void the_page_speaks_the_language_asked_for_or_the_browsers() {
        assertThat(http.getForObject("/privacy-request?lang=en", String.class)).contains("<html lang=\"en\"", "Privacy request", "Send request");
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,nl;q=0.5");
        assertThat(http.exchange("/privacy-request", org.springframework.http.HttpMethod.GET, new HttpEntity<>(english), String.class).getBody())
                .contains("Send request");
        assertThat(http.getForObject("/privacy-request", String.class)).contains("<html lang=\"nl\"", "Verzoek versturen");
    }

    private ResponseEntity<String> submit(String name, String email, List<String> rights, String text, String lang) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("email", email);
        rights.forEach(r -> form.add("rights", r));
        form.add("text", text);
        form.add("lang", lang);
        return post("/privacy-request", form);
    }

    private ResponseEntity<String> confirm(String token) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        return post("/privacy-request/confirm", form);
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }

    private int requestsFrom(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email = ?", Integer.class, email);
    }

    private static String tokenIn(Mail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("a confirmation link in: " + mail.body()).isTrue();
        return link.group(1);
    }

    private static String referenceIn(String page) {
        Matcher reference = Pattern.compile("DSR-\\d{4}-\\d+").matcher(page);
        assertThat(reference.find()).as("a reference on the page").isTrue();
        return reference.group();
    }
}
