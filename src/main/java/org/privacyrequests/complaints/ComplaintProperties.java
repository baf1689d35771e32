package org.privacyrequests.complaints;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of complaint handling: answer within four weeks of receipt, remind support a week before,
 * and how long a complainant has to say they are not satisfied before the complaint counts as resolved.
 */
@ConfigurationProperties("privacy.complaints")
public record ComplaintProperties(Period answerWithin, Period remindBefore, Period replyWithin) {
}
