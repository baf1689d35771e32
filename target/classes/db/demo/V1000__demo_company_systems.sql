-- The demo company's own systems (a warehouse-software SaaS): what the demo personal data sources read and erase.
-- Only the default (demo) profile creates these; a real company describes its own databases.

CREATE TABLE customer (
    id               BIGINT       PRIMARY KEY,
    company_name     VARCHAR(200) NOT NULL,
    contact_name     VARCHAR(200),
    email            VARCHAR(320),
    phone            VARCHAR(40),
    billing_address  VARCHAR(300),
    postal_code      VARCHAR(20),
    city             VARCHAR(100),
    country          VARCHAR(2),
    subscription     VARCHAR(40)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,   -- trial, active, cancelled
    customer_since   DATE         NOT NULL,
    cancelled_on     DATE
);

CREATE TABLE account_user (
    id             BIGINT       PRIMARY KEY,
    customer_id    BIGINT       NOT NULL REFERENCES customer (id),
    name           VARCHAR(200),
    email          VARCHAR(320),
    role           VARCHAR(40)  NOT NULL,
    last_login_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE invoice (
    id               BIGINT        PRIMARY KEY,
    customer_id      BIGINT        NOT NULL REFERENCES customer (id),
    invoice_number   VARCHAR(30)   NOT NULL,
    invoice_date     DATE          NOT NULL,
    amount_eur       DECIMAL(10,2) NOT NULL,
    paid             BOOLEAN       NOT NULL,
    billing_name     VARCHAR(200),
    billing_address  VARCHAR(300)
);

CREATE TABLE webshop (
    id                     BIGINT       PRIMARY KEY,
    customer_id            BIGINT       NOT NULL REFERENCES customer (id),
    name                   VARCHAR(200) NOT NULL,
    domain                 VARCHAR(200) NOT NULL,
    privacy_contact_email  VARCHAR(320) NOT NULL,
    language               VARCHAR(2)   NOT NULL
);

CREATE TABLE consumer_order (
    id                BIGINT       PRIMARY KEY,
    webshop_id        BIGINT       NOT NULL REFERENCES webshop (id),
    order_number      VARCHAR(30)  NOT NULL,
    consumer_name     VARCHAR(200),
    consumer_email    VARCHAR(320),
    consumer_phone    VARCHAR(40),
    delivery_address  VARCHAR(300),
    postal_code       VARCHAR(20),
    city              VARCHAR(100),
    country           VARCHAR(2),
    ordered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)  NOT NULL
);

CREATE TABLE order_line (
    id            BIGINT       PRIMARY KEY,
    order_id      BIGINT       NOT NULL REFERENCES consumer_order (id),
    product_name  VARCHAR(200) NOT NULL,
    quantity      INT          NOT NULL
);

CREATE TABLE shipment (
    id             BIGINT      PRIMARY KEY,
    order_id       BIGINT      NOT NULL REFERENCES consumer_order (id),
    carrier        VARCHAR(40) NOT NULL,
    tracking_code  VARCHAR(60),
    shipped_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE website_visit (
    id             BIGINT       PRIMARY KEY,
    visitor_email  VARCHAR(320),
    ip_address     VARCHAR(45),
    page           VARCHAR(300) NOT NULL,
    visited_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE support_email (
    id            BIGINT       PRIMARY KEY,
    from_address  VARCHAR(320) NOT NULL,
    subject       VARCHAR(300),
    body          VARCHAR(4000),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
