-- The intake's own place in each mailbox folder it reads, so that it never needs the helpdesk's read markers: the
-- folder's UIDVALIDITY and the highest UID it has handled there. A mail above that UID is new to the intake whether
-- or not a person opened it first; when the server hands out a new UIDVALIDITY, the intake reads the folder again
-- from the start and recognises what it handled before by Message-ID (incoming_mail).
CREATE TABLE mailbox_bookkeeping (
    mailbox        VARCHAR(400) NOT NULL,
    folder         VARCHAR(200) NOT NULL,
    uid_validity   BIGINT       NOT NULL,
    last_uid       BIGINT       NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mailbox, folder)
);
