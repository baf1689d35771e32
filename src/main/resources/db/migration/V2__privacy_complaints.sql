-- Privacy complaints: the record kept for accountability, linked to a request where there is one.
CREATE TABLE privacy_complaint (
    reference          VARCHAR(32)  PRIMARY KEY,
    complainant_email  VARCHAR(320) NOT NULL,
    complainant_name   VARCHAR(200),
    complaint_text     TEXT,
    language           VARCHAR(2)   NOT NULL,
    channel            VARCHAR(20)  NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline           TIMESTAMP WITH TIME ZONE NOT NULL,
    category           VARCHAR(30),
    related_request    VARCHAR(32),
    status             VARCHAR(20)  NOT NULL,
    outcome            VARCHAR(30),
    closed_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX privacy_complaint_by_received ON privacy_complaint (received_at);
