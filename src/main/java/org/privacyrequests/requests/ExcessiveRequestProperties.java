package org.privacyrequests.requests;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Art. 12(5) GDPR as the company applies it: how far back support is shown a requester's earlier requests (a repeat
 * may make a request excessive), the reasonable fee for a further copy of the data (Art. 15(3)), and how long the
 * requester has to accept that fee before the copy is not made.
 */
@ConfigurationProperties("privacy.excessive-requests")
public record ExcessiveRequestProperties(Period repeatWithin, String furtherCopyFee, Period feeAnswerWithin) {
}
