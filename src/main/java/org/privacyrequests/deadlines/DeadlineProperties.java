package org.privacyrequests.deadlines;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of GDPR Art. 12(3) as the company promises them: answer within four weeks of receipt,
 * a reminder before that, how long a requester has to send identity information, and how far and how
 * late an extension may be granted.
 */
@ConfigurationProperties("privacy.deadlines")
public record DeadlineProperties(
        Period answerWithin,
        Period remindBefore,
        Period identityAnswerWithin,
        Period extensionAllowedWithin,
        int maxExtensionMonths) {
}
