package org.privacyrequests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrequests.identity.IdentityProperties;

/** A DMARC pass counts only when the company's own mail server wrote it, on top, for the From address's domain. */
class SenderAuthenticationTest {

    private final SenderAuthentication trustingMx = new SenderAuthentication(
            new IdentityProperties(Duration.ofDays(7), Duration.ofDays(3), List.of("mx.picqer.example")));

    @Test
    void a_pass_from_our_own_server_for_the_senders_domain_counts() {
        assertThat(trustingMx.dmarcPassBy(List.of(
                "mx.picqer.example; spf=pass smtp.mailfrom=bakkerijdevries.nl; dkim=pass header.d=bakkerijdevries.nl;\r\n"
                        + "  dmarc=pass (p=reject dis=none) header.from=bakkerijdevries.nl"), "jan@bakkerijdevries.nl"))
                .contains("mx.picqer.example");
    }

    @Test
    void a_pass_written_by_anyone_else_or_for_another_domain_or_below_our_own_header_does_not() {
        String forgedBelow = "mx.picqer.example; dmarc=pass header.from=bakkerijdevries.nl";
        assertThat(trustingMx.dmarcPassBy(List.of("evil.example; dmarc=pass header.from=bakkerijdevries.nl"), "jan@bakkerijdevries.nl")).isEmpty();
        assertThat(trustingMx.dmarcPassBy(List.of("mx.picqer.example; dmarc=pass header.from=evil.example"), "jan@bakkerijdevries.nl")).isEmpty();
        assertThat(trustingMx.dmarcPassBy(List.of("mx.picqer.example; dmarc=fail header.from=bakkerijdevries.nl", forgedBelow),
                "jan@bakkerijdevries.nl")).isEmpty();
        assertThat(trustingMx.dmarcPassBy(List.of("mx.picqer.example (dmarc=pass header.from=bakkerijdevries.nl); dmarc=none"),
                "jan@bakkerijdevries.nl")).as("a comment is not a result").isEmpty();
    }

    @Test
    void a_blank_trusted_server_from_an_unset_variable_trusts_nothing() {
        var blank = new SenderAuthentication(new IdentityProperties(null, null, List.of("")));
        assertThat(blank.dmarcPassBy(List.of("; dmarc=pass header.from=bakkerijdevries.nl"), "jan@bakkerijdevries.nl")).isEmpty();
    }

    @Test
    void with_no_trusted_server_configured_no_mail_counts_as_authenticated() {
        var trustingNobody = new SenderAuthentication(new IdentityProperties(null, null, null));
        assertThat(trustingNobody.dmarcPassBy(List.of("mx.picqer.example; dmarc=pass header.from=bakkerijdevries.nl"),
                "jan@bakkerijdevries.nl")).isEmpty();
    }
}
