package org.privacyrequests.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention sweep: when it runs (a cron expression, seconds first), how many rows it may erase or
 * anonymise without a manager's approval, and how many rows each step of the execution changes at once.
 */
@ConfigurationProperties("privacy.retention")
public record RetentionProperties(String schedule, long autoRunLimit, int batchSize) {
}
