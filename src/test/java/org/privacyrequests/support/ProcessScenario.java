package org.privacyrequests.support;

import org.privacyrequests.audit.AuditTrail;
import org.privacyrequests.audit.AuditEvent;
import org.privacyrequests.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.privacyrequests.notifications.EmbeddedMailServer;
import org.privacyrequests.requests.NewRequest;
import org.privacyrequests.requests.RequestIntake;
import org.privacyrequests.requests.RequestProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scenario through the request process on the real engine: file a request, act as support or manager
 * in the user tasks, run the engine's jobs, move the engine clock, and read what arrived on the real
 * (GreenMail) mail server.
 */
@ProductTest
public abstract class ProcessScenario {

    /** The tests run on a fixed date, so that retention dates and deadlines are the same every day. */
    protected static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    /** The company's support mailbox on the embedded mail server, which the intake reads. */
    protected static final String SUPPORT_MAILBOX = "support@picqer.com";

    @Autowired protected ProcessEngine engine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected IdentityService identityService;
    @Autowired protected RequestIntake intake;
    @Autowired protected EmbeddedMailServer mailServer;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired private AuditTrail auditTrail;

    protected TestCompany company;

    @BeforeEach
    void startScenario() throws Exception {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        mailServer.greenMail().purgeEmailFromAllMailboxes();
        company = new TestCompany(jdbc);
    }

    @AfterEach
    void endScenario() {
        identityService.clearAuthentication();
        // Requests left open would fire their timers in the next scenario, which moves the clock too.
        runtimeService.createProcessInstanceQuery().list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "scenario ended", true, true));
        ClockUtil.reset();
    }

    protected ProcessInstance fileRequest(String email, String language, String... rights) {
        var request = intake.file(new NewRequest(email, null, Arrays.asList(rights), "Request text from " + email,
                language, null), "api");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.reference()).singleResult();
        runJobs();
        return instance;
    }

    /** Runs every job that is due on the engine clock, as the job executor would, until none is left. */
    protected void runJobs() {
        JobExecutorStandIn.runDueJobs(managementService);
    }

    protected void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Completes the request's open task with this key as the given user, then runs what follows. */
    protected void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> form) {
        Task task = task(instance, taskKey);
        actAs(user);
        try {
            taskService.complete(task.getId(), form);
        } finally {
            identityService.clearAuthentication();
        }
        runJobs();
    }

    protected Task task(ProcessInstance instance, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        return task;
    }

    protected void actAs(String user) {
        var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
    }

    protected String reference(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    /** The facts of each step of this kind in a case's audit trail, in the order they were recorded. */
    protected List<Map<String, String>> recorded(String reference, AuditAction action) {
        return auditTrail.of(reference).stream().flatMap(entry -> entry.event().stream()).filter(event -> event.action() == action)
                .map(AuditEvent::facts).toList();
    }

    /** The kinds of step in a case's audit trail, in the order they were recorded. */
    protected List<AuditAction> recordedActions(String reference) {
        return auditTrail.of(reference).stream().flatMap(entry -> entry.event().stream()).map(AuditEvent::action).toList();
    }

    protected void deliverIdentityInformation(ProcessInstance instance) {
        runtimeService.createMessageCorrelation(RequestProcess.MESSAGE_IDENTITY_INFORMATION)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();
        runJobs();
    }

    /** A plain-text mail to the support mailbox, sent now, with this Message-ID. */
    protected static MimeMessage mail(String from, String subject, String text, String messageId) throws Exception {
        MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setFrom(new jakarta.mail.internet.InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, SUPPORT_MAILBOX);
        message.setSubject(subject, "UTF-8");
        if (text != null) {
            message.setText(text, "UTF-8");
        }
        message.setSentDate(Date.from(NOW));
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }

    /** Puts the mail in the support mailbox, as the company's mail server does on arrival: now, on the scenario's clock. */
    protected void deliver(MimeMessage message) throws Exception {
        deliver(message, ClockUtil.getCurrentTime().toInstant());
    }

    /** Puts the mail in the support mailbox with this arrival time (the server's INTERNALDATE). */
    protected void deliver(MimeMessage message, Instant arrivedAt) throws Exception {
        var greenMail = mailServer.greenMail();
        var mailbox = greenMail.getUserManager().getUser(SUPPORT_MAILBOX);
        greenMail.getManagers().getImapHostManager().getInbox(mailbox)
                .appendMessage(message, new jakarta.mail.Flags(), Date.from(arrivedAt));
    }

    /** Every mail that reached this address on the mail server, as subject + body text. */
    protected List<Mail> mailsTo(String address) {
        return Arrays.stream(mailServer.greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .map(Mail::of).toList();
    }

    protected Mail onlyMailTo(String address) {
        List<Mail> mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients()).toLowerCase();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received mail, readable in assertions. */
    public record Mail(String subject, String body, List<String> attachments) {

        public static Mail of(MimeMessage m) {
            try {
                Object content = m.getContent();
                if (content instanceof String text) {
                    return new Mail(m.getSubject(), text, List.of());
                }
                var multipart = (jakarta.mail.Multipart) content;
                StringBuilder body = new StringBuilder();
                List<String> files = new java.util.ArrayList<>();
                collect(multipart, body, files);
                return new Mail(m.getSubject(), body.toString(), files);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(jakarta.mail.Multipart multipart, StringBuilder body, List<String> files) throws Exception {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    files.add(part.getFileName());
                } else if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                    collect(nested, body, files);
                } else if (part.getContent() instanceof String text) {
                    body.append(text);
                }
            }
        }
    }
}
