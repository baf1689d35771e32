-- Whether our own mail server authenticated the sender of a kept mail (the trusted server that recorded a DMARC
-- pass for the From domain), so that a later step asks this record rather than trusting the From header.
ALTER TABLE correspondence ADD COLUMN sender_authenticated_by VARCHAR(255);

-- A webshop (the controller) instructs us, its processor, to erase or correct its consumer's data
-- (Art. 28(3)(a) GDPR). It is carried out as a request record of its own (the reference), scoped to that
-- webshop's data, about the consumer of the request we had forwarded to the webshop (about_reference). Who
-- instructed and whether the mail proved it are copied here when it is filed: the mail itself goes with the
-- forwarded request's correspondence.
CREATE TABLE webshop_instruction (
    reference                VARCHAR(32)  PRIMARY KEY,
    webshop_id               BIGINT       NOT NULL,
    about_reference          VARCHAR(32)  NOT NULL,
    instruction_message_id   VARCHAR(500),
    instruction_from         VARCHAR(320) NOT NULL,
    sender_authenticated_by  VARCHAR(255),
    received_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
