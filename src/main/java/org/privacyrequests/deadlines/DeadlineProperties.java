package org.privacyrequests.deadlines;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of GDPR Art. 12(3) as the company promises them: answer within four weeks of receipt,
 * a reminder before that, how long a requester has to send identity information, and how far an extension
 * may go (it is granted only before the deadline passes).
 */
@ConfigurationProperties("privacy.deadlines")
public record DeadlineProperties(
        Period answerWithin,
        Period remindBefore,
        Period identityAnswerWithin,
        int maxExtensionMonths) {
}
