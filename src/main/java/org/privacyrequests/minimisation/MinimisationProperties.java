package org.privacyrequests.minimisation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the product itself keeps what it gathered: the personal data found to answer a request (and the
 * mails about it) only briefly after the request closes; the request record and its audit trail for the
 * accountability period. When the nightly clean-up runs is a cron expression.
 */
@ConfigurationProperties("privacy.minimisation")
public record MinimisationProperties(Period gatheredDataKeptFor, Period requestRecordsKeptFor, String cron) {
}
