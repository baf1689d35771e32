package org.privacyrequests.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyrequests.PrivacyRequestsApplication;
import org.privacyrequests.connectors.ConnectorCatalog;
import org.privacyrequests.engine.ProcessModelDeployment;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.ProcessingRole;
import org.privacyrequests.notifications.EmbeddedMailServer;
import org.privacyrequests.policy.RetentionPolicy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A second company adopts the product by configuration alone: one company folder (written here, under target/) with its
 * settings, a mail template, a page text and its own retention table, and the product started on it as the default
 * profile starts, demo off. Its own mail server ports are the only mail setting it changes: the intake reads the mail
 * sent to it and the answer goes out through the same server. Then the same start again, as after a restart.
 */
class AnotherCompanyByConfigurationTest {

    static final Path FOLDER = Path.of("target/company-folder-test").toAbsolutePath();
    static final int SMTP_PORT = 14025;
    static final int IMAP_PORT = 14143;
    static final String MAILBOX = "privacy@bakkerij-test.example";

    static ConfigurableApplicationContext product;

    @BeforeAll
    static void writeTheCompanyFolderAndStart() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        write("application.yml", """
                spring:
                  datasource:
                    url: jdbc:h2:mem:another-company;DB_CLOSE_DELAY=-1
                privacy:
                  company:
                    name: Bakkerij Test B.V.
                    support-email: %1$s
                    support-team-email: %1$s
                    managers-email: managers@bakkerij-test.example
                  demo:
                    enabled: false
                  mail:
                    embedded-server:
                      smtp-port: %2$d
                      imap-port: %3$d
                  intake:
                    mailbox:
                      username: %1$s
                      password: %1$s
                """.formatted(MAILBOX, SMTP_PORT, IMAP_PORT));
        // The company's own acknowledgement: an import from its folder, and one from the product (common.ftl).
        write("mail/nl/request-received.ftl", """
                Subject: De bakkerij heeft uw verzoek ${request.reference}

                <#import "bakkerij.ftl" as b>
                <#import "common.ftl" as c>
                <@b.groet/>

                Uw verzoek is binnen; u hoort uiterlijk op ${request.deadline} van ons.

                <@c.signature reference=request.reference/>
                """);
        write("mail/nl/bakkerij.ftl", """
                <#macro groet>Goedemorgen van de bakkers,</#macro>
                """);
        write("web/texts_nl.properties", "form.title=Uw privacyverzoek aan de bakkerij\n");
        // Financial records kept 10 years instead of 7 (a different country's fiscal duty, say).
        String policy = Files.readString(Path.of("processes/retention-policy.dmn"));
        assertThat(policy).contains("<text>\"P7Y\"</text>");
        write("processes/retention-policy.dmn", policy.replace("<text>\"P7Y\"</text>", "<text>\"P10Y\"</text>")
                .replace("erased 7 years after", "erased 10 years after"));
        product = start();
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PrivacyRequestsApplication.class)
                .run("--privacy.company-dir=" + FOLDER,
                        "--server.port=0",
                        // An engine of its own name: closing it must not unregister the other tests' engine.
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200");
    }

    @Test
    void a_mail_to_the_companys_mailbox_is_answered_with_the_companys_own_template_through_its_own_ports() throws Exception {
        assertThat(product.getEnvironment().getProperty("spring.mail.port")).as("follows the embedded server").isEqualTo("" + SMTP_PORT);
        assertThat(product.getEnvironment().getProperty("privacy.intake.mailbox.port")).isEqualTo("" + IMAP_PORT);
        var greenMail = product.getBean(EmbeddedMailServer.class).greenMail();
        GreenMailUtil.sendTextEmail(MAILBOX, "klant@example.org", "Inzageverzoek",
                "Graag wil ik inzage in mijn persoonsgegevens.", greenMail.getSmtp().getServerSetup());

        MimeMessage answer = waitFor(Duration.ofSeconds(30), () -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains("klant@example.org")).findFirst().orElse(null));

        assertThat(answer.getSubject()).startsWith("De bakkerij heeft uw verzoek ");
        assertThat(GreenMailUtil.getBody(answer)).contains("Goedemorgen van de bakkers,", "Uw verzoek is binnen",
                "Bakkerij Test B.V.", MAILBOX);
    }

    @Test
    void a_text_of_the_public_form_is_the_companys_and_the_others_stay_the_products() throws Exception {
        String port = product.getEnvironment().getProperty("local.server.port");
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/privacy-request?lang=nl"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Uw privacyverzoek aan de bakkerij", "Verzoek versturen", "Bakkerij Test B.V.");
    }

    @Test
    void the_companys_retention_table_decides_how_long_invoices_are_kept() {
        var rule = product.getBean(RetentionPolicy.class).sweptBy(ProcessingRole.CONTROLLER, new DataCategory("financial"), null, null);

        assertThat(rule.period()).isEqualTo(Period.ofYears(10));
        assertThat(rule.rule()).contains("10 years");
    }

    @Test
    void with_the_demo_off_there_are_no_demo_tables_users_history_or_systems() {
        JdbcTemplate jdbc = product.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE UPPER(table_name) IN ('CUSTOMER', "
                + "'INVOICE', 'CONSUMER_ORDER', 'WEBSHOP')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" LIKE '10__'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject_request WHERE reference LIKE 'DEMO-%'", Integer.class)).isZero();
        var identity = product.getBean(ProcessEngine.class).getIdentityService();
        assertThat(identity.createUserQuery().userIdIn("support", "support2", "manager", "manager2").count()).isZero();
        assertThat(product.getBean(ConnectorCatalog.class).sources()).as("connectors/none.yml").isEmpty();
    }

    @Test
    void a_restart_with_the_same_folder_deploys_no_new_versions() {
        var repository = product.getBean(ProcessEngine.class).getRepositoryService();
        long deployments = repository.createDeploymentQuery().deploymentName(ProcessModelDeployment.DEPLOYMENT_NAME).count();
        long decisions = repository.createDecisionDefinitionQuery().decisionDefinitionKey(RetentionPolicy.DECISION_KEY).count();
        long processes = repository.createProcessDefinitionQuery().count();
        assertThat(deployments).isEqualTo(1);

        product.close();
        product = start();

        var again = product.getBean(ProcessEngine.class).getRepositoryService();
        assertThat(again.createDeploymentQuery().deploymentName(ProcessModelDeployment.DEPLOYMENT_NAME).count()).isEqualTo(deployments);
        assertThat(again.createDecisionDefinitionQuery().decisionDefinitionKey(RetentionPolicy.DECISION_KEY).count()).isEqualTo(decisions);
        assertThat(again.createProcessDefinitionQuery().count()).isEqualTo(processes);
        assertThat(product.getBean(RetentionPolicy.class).sweptBy(ProcessingRole.CONTROLLER, new DataCategory("financial"), null, null).period())
                .isEqualTo(Period.ofYears(10));
    }

    private static void write(String relative, String text) throws IOException {
        Path file = FOLDER.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T waitFor(Duration limit, Supplier<T> found) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        for (T value = found.get(); ; value = found.get()) {
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Nothing arrived within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
