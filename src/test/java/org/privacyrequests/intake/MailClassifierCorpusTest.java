package org.privacyrequests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.privacyrequests.intake.MailClassification.Kind;

/**
 * The classifier over the intake corpus ({@code src/test/resources/intake-corpus}): mails in Dutch, English and
 * German as they reach the support mailbox, each with the outcome a person would give it. Prints precision and
 * recall per outcome, and the held-out part (written after tuning) separately, as a whole and per file; fails below 95% right, or when
 * any privacy mail would be dropped as no privacy matter.
 */
class MailClassifierCorpusTest {

    private static final List<String> TUNED = List.of("nl.mails", "en.mails", "de.mails", "mixed.mails");
    /** Each written after the classifier was tuned on what came before; each is also scored on its own, so its first score can be read. */
    private static final List<String> HELD_OUT = List.of("heldout.mails", "heldout-2.mails", "heldout-3.mails", "heldout-4.mails", "heldout-5.mails");

    final MailClassifier classifier = new MailClassifier();

    @Test
    void the_classifier_reads_the_corpus_right_and_drops_no_privacy_mail() throws IOException {
        List<Mail> tuned = new ArrayList<>();
        for (String file : TUNED) {
            tuned.addAll(read(file));
        }
        List<Mail> heldOut = new ArrayList<>();
        for (String file : HELD_OUT) {
            List<Mail> set = read(file);
            score("held-out set " + file, set);
            heldOut.addAll(set);
        }

        Score tunedScore = score("tuned corpus", tuned);
        Score heldOutScore = score("held-out corpus", heldOut);
        List<Mail> all = new ArrayList<>(tuned);
        all.addAll(heldOut);
        Score overall = score("whole corpus", all);

        assertThat(all.size()).as("mails in the corpus").isGreaterThanOrEqualTo(150);
        assertThat(overall.dropped).as("privacy mails classified as not-privacy").isEmpty();
        assertThat(overall.accuracy()).as("share of mails classified right (outcome and rights)").isGreaterThanOrEqualTo(0.95);
        assertThat(tunedScore.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOutScore.dropped).isEmpty();
    }

    private Score score(String name, List<Mail> mails) {
        Score score = new Score();
        Map<String, int[]> counts = new LinkedHashMap<>(); // per outcome: true positives, predicted, expected
        for (Kind kind : Kind.values()) {
            counts.put(kind.name(), new int[3]);
        }
        StringBuilder misses = new StringBuilder();
        for (Mail mail : mails) {
            MailClassification c = classifier.classify(mail.subject, mail.body);
            counts.get(c.kind().name())[1]++;
            counts.get(mail.kind.name())[2]++;
            boolean kindRight = c.kind() == mail.kind;
            if (kindRight) {
                counts.get(c.kind().name())[0]++;
                score.kindRight++;
            }
            boolean right = kindRight && (mail.kind != Kind.REQUEST || new TreeSet<>(c.rights()).equals(mail.rights));
            if (right) {
                score.right++;
            } else {
                misses.append(String.format("  MISS %-12s expected %s %s, got %s%n", mail.where, mail.kind, mail.kind == Kind.REQUEST ? mail.rights : "",
                        c.summary()));
            }
            if (mail.kind != Kind.NOT_PRIVACY && c.kind() == Kind.NOT_PRIVACY) {
                score.dropped.add(mail.where);
            }
            score.total++;
        }
        StringBuilder report = new StringBuilder(String.format("%nIntake classifier on the %s (%d mails): %.1f%% right (outcome and rights), %.1f%% right outcome%n",
                name, score.total, 100 * score.accuracy(), 100.0 * score.kindRight / Math.max(1, score.total)));
        counts.forEach((kind, n) -> report.append(String.format("  %-12s precision %5.1f%%  recall %5.1f%%  (expected %d, predicted %d)%n",
                kind, n[1] == 0 ? 100.0 : 100.0 * n[0] / n[1], n[2] == 0 ? 100.0 : 100.0 * n[0] / n[2], n[2], n[1])));
        System.out.print(report.append(misses));
        return score;
    }

    private static List<Mail> read(String file) throws IOException {
        String text;
        try (InputStream in = MailClassifierCorpusTest.class.getResourceAsStream("/intake-corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        List<Mail> mails = new ArrayList<>();
        String[] parts = text.split("(?m)^=== ");
        for (int i = 1; i < parts.length; i++) {
            String[] lines = parts[i].split("\n", -1);
            String[] expected = lines[0].trim().split("\\s+", 2);
            Kind kind = Kind.valueOf(expected[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            Set<String> rights = kind == Kind.REQUEST ? new TreeSet<>(Arrays.asList(expected[1].split(","))) : Set.of();
            String subject = "";
            boolean html = false;
            int line = 1;
            for (; line < lines.length && !lines[line].isBlank(); line++) {
                if (lines[line].startsWith("Subject:")) {
                    subject = lines[line].substring("Subject:".length()).trim();
                } else if (lines[line].equalsIgnoreCase("Content-Type: text/html")) {
                    html = true;
                }
            }
            String body = String.join("\n", Arrays.copyOfRange(lines, Math.min(line + 1, lines.length), lines.length)).strip();
            // As IncomingMailParser reads an HTML-only mail.
            mails.add(new Mail(file + "#" + i, kind, rights, subject, html ? Jsoup.parse(body).wholeText() : body));
        }
        return mails;
    }

    private record Mail(String where, Kind kind, Set<String> rights, String subject, String body) {
    }

    private static final class Score {
        int total;
        int right;
        int kindRight;
        final List<String> dropped = new ArrayList<>();

        double accuracy() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }
}
