package org.privacyrequests.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default set-up, with its demo logins and its open mailboxes, is reachable from this machine only: the
 * web server and the embedded mail server answer on 127.0.0.1 and on none of the machine's network
 * addresses.
 */
@ProductTest
class LoopbackOnlyTest {

    @LocalServerPort int webPort;
    @Value("${privacy.mail.embedded-server.smtp-port}") int smtpPort;
    @Value("${privacy.mail.embedded-server.imap-port}") int imapPort;

    @Test
    void the_web_server_and_the_embedded_mail_server_answer_on_loopback_only() throws Exception {
        List<InetAddress> network = networkAddresses();
        for (int port : List.of(webPort, smtpPort, imapPort)) {
            assertThat(answers(InetAddress.getByName("127.0.0.1"), port)).as("port " + port + " on 127.0.0.1").isTrue();
        }
        assumeThat(network).as("this machine has a network address besides loopback").isNotEmpty();
        for (InetAddress address : network) {
            for (int port : List.of(webPort, smtpPort, imapPort)) {
                assertThat(answers(address, port)).as("port " + port + " on " + address.getHostAddress()).isFalse();
            }
        }
    }

    private static List<InetAddress> networkAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }

    private static boolean answers(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
