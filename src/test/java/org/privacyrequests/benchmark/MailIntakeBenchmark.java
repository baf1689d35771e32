package org.privacyrequests.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailboxPoller;
import org.privacyrequests.notifications.EmbeddedMailServer;
import org.privacyrequests.requests.RequestIntake;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, figure 2: 1,000 mails in the support mailbox (IMAP) to 1,000 started requests, against starting
 * the same requests through the Java API. The job executor is off: both sides measure starting requests.
 */
class MailIntakeBenchmark {

    static final int RUNS = 3;
    static final int MAILS = 1000;
    static final String MAILBOX = "support@picqer.com";

    @Test
    void thousand_mails_against_the_java_api() throws Exception {
        try (ConfigurableApplicationContext node = Bench.nodeOnH2("bench-intake", false)) {
            MailboxPoller poller = node.getBean(MailboxPoller.class);
            RequestIntake intake = node.getBean(RequestIntake.class);
            JdbcTemplate jdbc = new JdbcTemplate(node.getBean(javax.sql.DataSource.class));
            var greenMail = node.getBean(EmbeddedMailServer.class).greenMail();
            var mailbox = greenMail.getUserManager().getUser(MAILBOX);
            List<Double> api = new ArrayList<>();
            List<Double> mail = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                for (int i = 0; i < MAILS; i++) {
                    intake.fileFromMail("api" + run + "-" + i + "@intake.example", null, List.of("access"), "Graag inzage in mijn gegevens.",
                            "nl", Instant.now(), "<api-" + run + "-" + i + "@intake.example>");
                }
                api.add(MAILS / ((System.nanoTime() - start) / 1e9));

                greenMail.purgeEmailFromAllMailboxes();
                for (int i = 0; i < MAILS; i++) {
                    mailbox.deliver(Bench.accessRequestMail("mail" + run + "-" + i + "@intake.example", "<mail-" + run + "-" + i + "@intake.example>"));
                }
                start = System.nanoTime();
                while (poller.poll().values().stream().mapToInt(Integer::intValue).sum() > 0) {
                    // Each poll takes up to the configured number of messages.
                }
                mail.add(MAILS / ((System.nanoTime() - start) / 1e9));
                Integer started = jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE requester_email LIKE ?",
                        Integer.class, "mail" + run + "-%@intake.example");
                assertThat(started).as("requests from run " + run + "'s mails").isEqualTo(MAILS);
                System.out.println("BENCHMARK intake run " + run + ": " + started + " requests from " + MAILS + " mails");
            }
            Bench.Stats ratio = Bench.Stats.of(Bench.ratios(mail, api));
            Bench.report("Mail intake: 1,000 mails to 1,000 requests (exactly 1,000 each run), requests per second",
                    Bench.Stats.of(api).format("/s"), Bench.Stats.of(mail).format("/s"), ratio, "≥ 0.5", ratio.median() >= 0.5);
        }
    }
}
