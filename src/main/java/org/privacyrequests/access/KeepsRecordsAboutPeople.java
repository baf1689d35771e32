package org.privacyrequests.access;

import java.util.List;

/**
 * A feature that keeps records of its own about people (complaints, mails, legal holds): it tells the access
 * answer what it holds about a person, so that the copy includes what the product itself holds (Art. 15(3)).
 * Implemented in the feature that owns the records, which may depend on this package; this package never reaches
 * into theirs.
 */
public interface KeepsRecordsAboutPeople {

    /** What this feature holds about the person with this address, oldest first. */
    List<ProductRecord> recordsAbout(String email);
}
