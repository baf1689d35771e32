package org.privacyrequests.company;

import java.time.ZoneId;

/**
 * The time zone the company's dates and deadlines are counted in (the Netherlands): a date received, a
 * deadline's day, a reference's year. One place, so that no two parts of the product disagree about a day.
 */
public final class CompanyTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CompanyTime() {
    }
}
