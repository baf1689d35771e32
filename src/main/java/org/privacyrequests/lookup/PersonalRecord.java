package org.privacyrequests.lookup;

import java.time.LocalDate;
import java.util.Map;

/**
 * One record about a data subject in one of the company's systems, with what the routing and the
 * retention rules need to know about it.
 *
 * @param source              the system's name, as the requester reads it ("Customer accounts")
 * @param recordType          the kind of record within the system ("customer", "invoice")
 * @param recordId            the record's key in that system
 * @param webshopId           for processor data: the webshop (controller) on whose behalf it is held
 * @param fields              the personal data itself, by field name, for the access overview
 * @param relationshipActive  whether the customer relationship this record belongs to still runs
 * @param relationshipEndedOn when it ended, if it did
 * @param recordDate          the record's own date (invoice date, visit, e-mail received)
 */
public record PersonalRecord(
        String source,
        String recordType,
        String recordId,
        DataCategory category,
        ProcessingRole role,
        Long webshopId,
        Map<String, Object> fields,
        boolean relationshipActive,
        LocalDate relationshipEndedOn,
        LocalDate recordDate) {
}
