-- Trapkracht Fietsen's shop system (PostgreSQL): customers with a bike subscription, repairs in the workshop and
-- invoices. This is the company's own database, as it was before the privacy product came; the product only reads
-- it and, for an approved erasure or correction, changes it. Load it into an empty database to try the example:
--   createdb -h 127.0.0.1 -U postgres trapkracht_winkel && psql -h 127.0.0.1 -U postgres trapkracht_winkel -f winkel-postgresql.sql

CREATE TABLE klant (
    klantnummer        integer PRIMARY KEY,
    naam               varchar(120),
    email              varchar(254),
    telefoon           varchar(30),
    straat_huisnummer  varchar(160),
    postcode           varchar(10),
    woonplaats         varchar(80),
    klant_sinds        date NOT NULL,
    -- The bike subscription runs until it is cancelled: no status column, only this date.
    opgezegd_op        date
);
CREATE INDEX klant_email ON klant (lower(email));

CREATE TABLE reparatie (
    id                 integer PRIMARY KEY,
    klantnummer        integer NOT NULL REFERENCES klant (klantnummer),
    framenummer        varchar(40),
    omschrijving       varchar(500) NOT NULL,
    monteursnotitie    varchar(500),
    binnengebracht_op  date NOT NULL,
    klaar_op           date
);
CREATE INDEX reparatie_klant ON reparatie (klantnummer);

CREATE TABLE factuur (
    factuurnummer      varchar(20) PRIMARY KEY,
    klantnummer        integer NOT NULL REFERENCES klant (klantnummer),
    factuurdatum       date NOT NULL,
    bedrag             numeric(10, 2) NOT NULL,
    naam_op_factuur    varchar(120),
    adres_op_factuur   varchar(200)
);
CREATE INDEX factuur_klant ON factuur (klantnummer);

-- Sanne rides a subscription bike since 2023 and had two repairs; her subscription runs.
INSERT INTO klant VALUES (5001, 'Sanne de Wit', 'sanne.dewit@example.net', '+31 6 12345678', 'Lindelaan 4', '3511 AB', 'Utrecht', DATE '2023-04-01', NULL);
INSERT INTO reparatie VALUES (71001, 5001, 'TK-2023-88412', 'Achterband vervangen', 'Klant meldt vaak lekke banden', DATE '2024-09-12', DATE '2024-09-13');
INSERT INTO reparatie VALUES (71002, 5001, 'TK-2023-88412', 'Versnellingskabel afgesteld', NULL, DATE '2026-10-02', DATE '2026-10-02');
INSERT INTO factuur VALUES ('F2026-0412', 5001, DATE '2026-10-01', 24.50, 'Sanne de Wit', 'Lindelaan 4, 3511 AB Utrecht');

-- Daan cancelled his subscription in 2025; one repair from 2022 and invoices remain.
INSERT INTO klant VALUES (5002, 'Daan Verhoef', 'daan.verhoef@example.net', '+31 6 87654321', 'Kanaalweg 19', '2011 CD', 'Haarlem', DATE '2021-02-15', DATE '2025-06-30');
INSERT INTO reparatie VALUES (71003, 5002, 'TK-2021-10077', 'Nieuwe ketting en tandwielen', 'Ketting was sterk uitgerekt', DATE '2022-05-03', DATE '2022-05-04');
INSERT INTO reparatie VALUES (71004, 5002, 'TK-2021-10077', 'Remblokken vervangen', NULL, DATE '2025-03-10', DATE '2025-03-11');
INSERT INTO factuur VALUES ('F2024-0170', 5002, DATE '2024-03-01', 24.50, 'Daan Verhoef', 'Kanaalweg 19, 2011 CD Haarlem');
INSERT INTO factuur VALUES ('F2025-0301', 5002, DATE '2025-06-01', 24.50, 'Daan Verhoef', 'Kanaalweg 19, 2011 CD Haarlem');
