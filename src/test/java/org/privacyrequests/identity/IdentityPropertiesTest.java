package org.privacyrequests.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity settings a company may leave out, and the one combination it may not configure. */
class IdentityPropertiesTest {

    @Test
    void without_settings_a_confirmation_link_is_valid_a_week_with_a_reminder_after_three_days_and_no_mail_server_is_trusted() {
        IdentityProperties defaults = new IdentityProperties(null, null, null);
        assertThat(defaults.linkValidFor()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.remindAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(defaults.trustedAuthservIds()).isEmpty();
    }

    @Test
    void a_reminder_that_would_come_when_the_link_has_already_expired_is_refused_at_start_up() {
        assertThatThrownBy(() -> new IdentityProperties(Duration.ofDays(2), Duration.ofDays(3), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy.identity.remind-after (PT72H)")
                .hasMessageContaining("privacy.identity.link-valid-for (PT48H)");
    }

    @Test
    void a_reminder_at_the_very_moment_the_link_expires_is_refused_too() {
        assertThatThrownBy(() -> new IdentityProperties(Duration.ofDays(3), Duration.ofDays(3), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_shorter_link_alone_is_refused_when_the_default_reminder_comes_later() {
        assertThatThrownBy(() -> new IdentityProperties(Duration.ofDays(1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_trusted_mail_servers_cannot_be_changed_after_start_up() {
        List<String> configured = new ArrayList<>(List.of("mx.example.nl"));
        IdentityProperties properties = new IdentityProperties(Duration.ofHours(48), Duration.ofHours(24), configured);
        configured.add("mx.attacker.example");
        assertThat(properties.trustedAuthservIds()).containsExactly("mx.example.nl");
        assertThatThrownBy(() -> properties.trustedAuthservIds().add("mx.attacker.example"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
