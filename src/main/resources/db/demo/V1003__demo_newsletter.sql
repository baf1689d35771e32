-- The demo company's newsletter: who subscribed (direct marketing). An objection to direct marketing
-- (Art. 21(3)) removes the subscription, as the connector configuration's on-objection says.
CREATE TABLE newsletter_subscriber (
    id              BIGINT       PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    name            VARCHAR(200),
    subscribed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_up_via   VARCHAR(200)
);
CREATE INDEX newsletter_subscriber_by_email ON newsletter_subscriber (email);

-- Emma Smit signed up when she downloaded the e-book, before she applied for a trial account.
INSERT INTO newsletter_subscriber (id, email, name, subscribed_at, signed_up_via) VALUES
    (1, 'emma.smit@example.com', 'Emma Smit', TIMESTAMP WITH TIME ZONE '2025-06-10 10:23:00+02', '/nl/e-book/magazijn-inrichten');
