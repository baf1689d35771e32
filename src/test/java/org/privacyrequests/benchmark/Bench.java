package org.privacyrequests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.privacyrequests.PrivacyRequestsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every benchmark shares: a product node started on a database of its own, min/median/max over
 * several runs, and one results table ({@code target/benchmark/results.md}) that every benchmark adds its
 * rows to, each a ratio against a baseline measured in the same run.
 */
final class Bench {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final Path RESULTS = Path.of("target", "benchmark", "results.md");

    private Bench() {
    }

    /** A node on a fresh in-memory H2 (demo data, demo users), its own mail server ports, quiet logs. */
    static ConfigurableApplicationContext nodeOnH2(String name, boolean jobExecutor, String... extra) {
        return node(new String[0], concat(new String[] {"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"}, extra),
                jobExecutor);
    }

    /** A node on a PostgreSQL database of the machine's server (made afresh by {@link #freshPostgresDatabase}). */
    static ConfigurableApplicationContext nodeOnPostgres(String database, boolean jobExecutor, String... extra) {
        return node(new String[] {"postgres"}, concat(new String[] {"--PRIVACY_DB_URL=" + POSTGRES + database, "--PRIVACY_DB_USER=postgres",
                "--PRIVACY_DB_PASSWORD="}, extra), jobExecutor);
    }

    private static ConfigurableApplicationContext node(String[] profiles, String[] args, boolean jobExecutor) {
        String[] common = {
                "--server.port=0",
                "--privacy.mail.embedded-server.smtp-port=23025", "--privacy.mail.embedded-server.imap-port=23143",
                "--privacy.intake.mailbox.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                "--logging.level.root=WARN", "--logging.level.org.privacyrequests=WARN"};
        // A setting a benchmark gives itself replaces the common one (a command line does not take a key twice).
        String[] kept = java.util.Arrays.stream(common)
                .filter(c -> java.util.Arrays.stream(args).noneMatch(a -> a.startsWith(c.substring(0, c.indexOf('=') + 1))))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PrivacyRequestsApplication.class).profiles(profiles).run(concat(kept, args));
    }

    /** An access request by mail to the support mailbox, as a requester writes it. */
    static jakarta.mail.internet.MimeMessage accessRequestMail(String from, String messageId) throws Exception {
        var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setFrom(new jakarta.mail.internet.InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "support@picqer.com");
        message.setSubject("Inzageverzoek", "UTF-8");
        message.setText("Graag wil ik inzage in mijn persoonsgegevens.", "UTF-8");
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }

    /** Whether the machine's PostgreSQL answers; drops and creates the database when it does. */
    static boolean freshPostgresDatabase(String database) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "test", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            c.createStatement().execute("CREATE DATABASE " + database);
            return true;
        } catch (SQLException e) {
            System.out.println("SKIPPED on PostgreSQL: no server at 127.0.0.1:5432 (" + e.getMessage() + ")");
            return false;
        }
    }

    static void waitUntil(long limitMillis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + limitMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Not reached within " + limitMillis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Several measurements of one figure. */
    record Stats(double min, double median, double max) {

        static Stats of(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            return new Stats(sorted[0], median, sorted[sorted.length - 1]);
        }

        static double percentile(List<Double> values, double p) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        String format(String unit) {
            return String.format(Locale.ROOT, "%s / %s / %s%s", round(min), round(median), round(max), unit);
        }

        private static String round(double v) {
            if (v < 0.01) {
                return String.format(Locale.ROOT, "%.4f", v);
            }
            return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                    : String.format(Locale.ROOT, "%.2f", v);
        }
    }

    /** Adds a row to the results table and prints it: what, the baseline, ours, the ratio (min / median / max), the goal. */
    static void report(String what, String baseline, String ours, Stats ratio, String goal, boolean met) {
        String row = "| " + what + " | " + baseline + " | " + ours + " | " + ratio.format("") + " | " + goal + " | "
                + (met ? "met" : "**missed**") + " |";
        System.out.println("BENCHMARK " + row);
        try {
            Files.createDirectories(RESULTS.getParent());
            if (!Files.exists(RESULTS)) {
                Files.writeString(RESULTS, "| figure | baseline (min / median / max) | ours (min / median / max) | ratio (min / median / max) | goal | |\n"
                        + "|---|---|---|---|---|---|\n");
            }
            Files.writeString(RESULTS, row + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Double> ratios(List<Double> ours, List<Double> baseline) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(ours.get(i) / baseline.get(i));
        }
        return ratios;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
