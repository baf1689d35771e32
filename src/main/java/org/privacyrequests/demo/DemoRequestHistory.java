package org.privacyrequests.demo;

import org.privacyrequests.requests.RequestOutcome;
import org.privacyrequests.requests.RequestType;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.privacyrequests.company.Languages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A year of handled requests and complaints for the demo, so the managers' SLA overview has handling times
 * and outcomes to show on first start. Records only (references {@code DEMO-…}, addresses
 * {@code history<n>@example.com}); they have no process. Dates run back from the day the demo first starts;
 * the same every time (fixed seed). Never in production.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
class DemoRequestHistory implements ApplicationRunner {

    private static final int REQUESTS = 120;
    private static final int COMPLAINTS = 14;
    /** Rights asked and how they ended, as the request process records them. */
    /** Rights asked, then the outcomes (codes of {@link RequestOutcome}). */
    private static final String[][] CASES = {
            {"access", "ACCESS_ANSWERED"}, {"access", "ACCESS_ANSWERED"}, {"access", "ACCESS_ANSWERED"},
            {"access", "NO_DATA_HELD"}, {"erasure", "ERASED"}, {"erasure", "PARTIALLY_ERASED"},
            {"erasure", "ERASURE_REFUSED"}, {"access,erasure", "ACCESS_ANSWERED", "ERASED"},
            {"rectification", "RECTIFIED"}, {"rectification", "RECTIFICATION_REFUSED"},
            {"objection", "RESTRICTION_OBJECTION_GRANTED"}, {"restriction", "RESTRICTION_OBJECTION_REFUSED"},
            {"portability", "ACCESS_ANSWERED"}, {"access", "CLOSED_IDENTITY_NOT_CONFIRMED"},
            {"erasure", "FORWARDED_TO_WEBSHOPS"}};
    private static final String[] COMPLAINT_OUTCOMES = {"upheld", "partlyUpheld", "notUpheld", "notUpheld", "forwarded"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoRequestHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE reference LIKE 'DEMO-%'", Integer.class);
        if (present != null && present > 0) {
            return;
        }
        Instant now = clock.instant();
        Random random = new Random(2026);
        List<Object[]> requests = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        for (int i = 1; i <= REQUESTS; i++) {
            String[] kind = CASES[random.nextInt(CASES.length)];
            Instant received = now.minus(Duration.ofHours(48 + random.nextInt(360 * 24)));
            // Most within two weeks, some near the deadline, a few after an extension.
            int days = random.nextInt(10) < 7 ? 1 + random.nextInt(14) : (random.nextInt(4) == 0 ? 29 + random.nextInt(30) : 15 + random.nextInt(13));
            Instant closed = received.plus(Duration.ofDays(days)).plus(Duration.ofHours(random.nextInt(9)));
            if (closed.isAfter(now)) {
                closed = now.minus(Duration.ofHours(1));
            }
            Instant deadline = received.plus(Duration.ofDays(days > 28 ? 90 : 28));
            String reference = String.format("DEMO-R-%03d", i);
            List<String> text = new ArrayList<>();
            for (int o = 1; o < kind.length; o++) {
                RequestOutcome outcome = RequestOutcome.valueOf(kind[o]);
                text.add(outcome == RequestOutcome.FORWARDED_TO_WEBSHOPS ? "forwarded to 1 webshop(s) as processor" : outcome.label());
                List<String> rights = outcome.rights().stream().map(RequestType::code).filter(List.of(kind[0].split(","))::contains).toList();
                for (String right : rights.isEmpty() ? java.util.Collections.<String>singletonList(null) : rights) {
                    outcomes.add(new Object[] {reference, right, outcome.name(), Timestamp.from(closed)});
                }
            }
            requests.add(new Object[] {reference, "history" + i + "@example.com", kind[0],
                    random.nextBoolean() ? Languages.DUTCH : Languages.ENGLISH, random.nextInt(3) == 0 ? "web" : "email", Timestamp.from(received),
                    Timestamp.from(deadline), days > 28 ? "Many systems to search (demo)" : null, String.join("; ", text), Timestamp.from(closed)});
        }
        jdbc.batchUpdate("INSERT INTO data_subject_request (reference, requester_email, request_types, language, channel, "
                + "received_at, deadline, extension_reason, status, outcome, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, ?)", requests);
        jdbc.batchUpdate("INSERT INTO request_outcome (reference, right_code, outcome, recorded_at) VALUES (?, ?, ?, ?)", outcomes);
        List<Object[]> complaints = new ArrayList<>();
        for (int i = 1; i <= COMPLAINTS; i++) {
            Instant received = now.minus(Duration.ofHours(48 + random.nextInt(360 * 24)));
            Instant closed = received.plus(Duration.ofDays(3 + random.nextInt(25)));
            if (closed.isAfter(now)) {
                closed = now.minus(Duration.ofHours(1));
            }
            complaints.add(new Object[] {String.format("DEMO-C-%03d", i), "history-complaint" + i + "@example.com",
                    Timestamp.from(received), Timestamp.from(received.plus(Duration.ofDays(28))),
                    COMPLAINT_OUTCOMES[random.nextInt(COMPLAINT_OUTCOMES.length)], Timestamp.from(closed)});
        }
        jdbc.batchUpdate("INSERT INTO privacy_complaint (reference, complainant_email, language, channel, received_at, deadline, "
                + "status, outcome, closed_at) VALUES (?, ?, 'nl', 'email', ?, ?, 'CLOSED', ?, ?)", complaints);
    }
}
