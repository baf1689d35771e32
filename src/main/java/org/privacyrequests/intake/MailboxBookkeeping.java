package org.privacyrequests.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where the intake is in each mailbox folder ({@code mailbox_bookkeeping}): the folder's UIDVALIDITY and the highest
 * UID it has handled. It keeps this itself so that the helpdesk's read markers stay the helpdesk's.
 */
@Repository
class MailboxBookkeeping {

    /** The intake's place in one folder: mails with a higher UID are new to it, as long as the UIDVALIDITY holds. */
    record Place(long uidValidity, long lastUid) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailboxBookkeeping(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Place> placeIn(String mailbox, String folder) {
        return jdbc.query("SELECT uid_validity, last_uid FROM mailbox_bookkeeping WHERE mailbox = ? AND folder = ?",
                (rs, n) -> new Place(rs.getLong("uid_validity"), rs.getLong("last_uid")), mailbox, folder).stream().findFirst();
    }

    /**
     * Moves the place forward; never back within the same UIDVALIDITY, so a slower second node cannot make the
     * first read mails again.
     */
    void handledUpTo(String mailbox, String folder, Place place) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("""
                UPDATE mailbox_bookkeeping SET uid_validity = ?, last_uid = ?, updated_at = ?
                WHERE mailbox = ? AND folder = ? AND (uid_validity <> ? OR last_uid < ?)""",
                place.uidValidity(), place.lastUid(), now, mailbox, folder, place.uidValidity(), place.lastUid());
        if (updated == 0 && placeIn(mailbox, folder).isEmpty()) {
            try {
                jdbc.update("INSERT INTO mailbox_bookkeeping (mailbox, folder, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?, ?)",
                        mailbox, folder, place.uidValidity(), place.lastUid(), now);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                handledUpTo(mailbox, folder, place);
            }
        }
    }
}
