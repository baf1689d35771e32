package org.privacyrequests.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.privacyrequests.company.CompanyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The default profile's own mail server (GreenMail on 127.0.0.1): every mail the product sends lands
 * here, readable over IMAP, so a new user sees each answer and no run fails for want of a mail server.
 * Each recipient gets a mailbox whose login and password are the address itself.
 */
@Component
@ConditionalOnProperty(name = "privacy.mail.embedded-server.enabled", havingValue = "true")
public class EmbeddedMailServer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final CompanyProperties company;
    private final int smtpPort;
    private final int imapPort;

    public EmbeddedMailServer(CompanyProperties company,
                              @Value("${privacy.mail.embedded-server.smtp-port}") int smtpPort,
                              @Value("${privacy.mail.embedded-server.imap-port}") int imapPort) {
        this.company = company;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    }

    @Override
    public void start() {
        greenMail.start();
        greenMail.setUser(company.supportEmail(), company.supportEmail(), company.supportEmail());
        LOG.info("Embedded mail server: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{} (log in with the recipient's address as user and password)",
                smtpPort, imapPort);
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    @Override
    public boolean isRunning() {
        return greenMail.isRunning();
    }

    /** Before the engine's job executor, so that mails sent at start-up find the server. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    public GreenMail greenMail() {
        return greenMail;
    }
}
