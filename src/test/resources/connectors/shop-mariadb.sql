-- A small webshop (bicycle parts) on MariaDB, for ShopDatabaseOnMariaDbTest and shop-mariadb.yml: Dutch names,
-- an invoice number that is text, dates and date-times, and a customer relationship that ends (opgezegd).
-- Every statement ends with a semicolon at the end of a line, so a test can split the file on that.
-- Load it by hand: mariadb -h 127.0.0.1 -u root privacy_shop_test < shop-mariadb.sql

SET NAMES utf8mb4;

DROP TABLE IF EXISTS nieuwsbrief_inschrijving;
DROP TABLE IF EXISTS factuur;
DROP TABLE IF EXISTS bestelregel;
DROP TABLE IF EXISTS bestelling;
DROP TABLE IF EXISTS klant;

CREATE TABLE klant (
    klantnummer   INT UNSIGNED NOT NULL AUTO_INCREMENT,
    voornaam      VARCHAR(100) NULL,
    achternaam    VARCHAR(100) NULL,
    emailadres    VARCHAR(255) NULL,
    telefoon      VARCHAR(30) NULL,
    straat        VARCHAR(200) NULL,
    postcode      VARCHAR(10) NULL,
    plaats        VARCHAR(100) NULL,
    aangemaakt_op DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status        VARCHAR(20) NOT NULL DEFAULT 'actief',
    opgezegd_op   DATE NULL,
    PRIMARY KEY (klantnummer),
    UNIQUE KEY uk_klant_emailadres (emailadres),
    CONSTRAINT ck_klant_status CHECK (status IN ('actief', 'opgezegd'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bestelling (
    bestelnummer INT UNSIGNED NOT NULL AUTO_INCREMENT,
    klantnummer  INT UNSIGNED NOT NULL,
    besteld_op   DATETIME NOT NULL,
    afleveradres VARCHAR(255) NULL,
    totaal       DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (bestelnummer),
    KEY ix_bestelling_klant (klantnummer),
    CONSTRAINT fk_bestelling_klant FOREIGN KEY (klantnummer) REFERENCES klant (klantnummer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bestelregel (
    id           INT UNSIGNED NOT NULL AUTO_INCREMENT,
    bestelnummer INT UNSIGNED NOT NULL,
    product      VARCHAR(200) NOT NULL,
    aantal       SMALLINT UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    KEY ix_bestelregel_bestelling (bestelnummer),
    CONSTRAINT fk_bestelregel_bestelling FOREIGN KEY (bestelnummer) REFERENCES bestelling (bestelnummer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE factuur (
    factuurnummer   VARCHAR(20) NOT NULL,
    klantnummer     INT UNSIGNED NOT NULL,
    factuurdatum    DATE NOT NULL,
    bedrag          DECIMAL(10, 2) NOT NULL,
    naam_op_factuur VARCHAR(200) NULL,
    PRIMARY KEY (factuurnummer),
    KEY ix_factuur_klant (klantnummer),
    CONSTRAINT fk_factuur_klant FOREIGN KEY (klantnummer) REFERENCES klant (klantnummer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nieuwsbrief_inschrijving (
    id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
    emailadres      VARCHAR(255) NULL,
    ingeschreven_op DATETIME NOT NULL,
    ip_adres        VARCHAR(45) NULL,
    PRIMARY KEY (id),
    KEY ix_nieuwsbrief_emailadres (emailadres)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sanne is an active customer, Siobhan O'Brien ended her account on 30 June 2023, Jan is someone else.
INSERT INTO klant (klantnummer, voornaam, achternaam, emailadres, telefoon, straat, postcode, plaats, aangemaakt_op, status, opgezegd_op) VALUES
    (10001, 'Sanne', 'de Vries', 'sanne.devries@example.nl', '+31 6 1234 5678', 'Keizersgracht 12', '1015 CS', 'Amsterdam', '2021-03-04 10:15:00', 'actief', NULL),
    (10002, 'Siobhan', 'O''Brien', 'siobhan.o''brien@example.org', '+353 87 123 4567', 'Oudegracht 200', '3511 NR', 'Utrecht', '2020-09-17 21:40:12', 'opgezegd', '2023-06-30'),
    (10003, 'Jan', 'Jansen', 'jan.jansen@example.nl', '+31 20 555 0101', 'Dorpsstraat 1', '9999 ZZ', 'Ergens', '2022-01-08 08:00:00', 'actief', NULL);

INSERT INTO bestelling (bestelnummer, klantnummer, besteld_op, afleveradres, totaal) VALUES
    (50001, 10001, '2024-01-15 14:02:11', 'Keizersgracht 12, 1015 CS Amsterdam', 59.95),
    (50002, 10001, '2024-05-02 09:30:00', 'Keizersgracht 12, 1015 CS Amsterdam', 12.50),
    (50003, 10002, '2023-02-10 19:45:33', 'Oudegracht 200, 3511 NR Utrecht', 149.00),
    (50004, 10003, '2024-03-03 11:11:11', 'Dorpsstraat 1, 9999 ZZ Ergens', 25.00);

INSERT INTO bestelregel (id, bestelnummer, product, aantal) VALUES
    (1, 50001, 'Fietsbel chroom', 1),
    (2, 50001, 'Binnenband 28 inch', 2),
    (3, 50002, 'Bandenplakset', 1),
    (4, 50003, 'Fietstas waterdicht', 1),
    (5, 50004, 'Fietslamp LED', 1);

INSERT INTO factuur (factuurnummer, klantnummer, factuurdatum, bedrag, naam_op_factuur) VALUES
    ('F2024-0001', 10001, '2024-01-15', 59.95, 'S. de Vries'),
    ('F2024-0007', 10001, '2024-05-02', 12.50, 'S. de Vries'),
    ('F2023-0042', 10002, '2023-02-10', 149.00, 'Siobhan O''Brien'),
    ('F2024-0003', 10003, '2024-03-03', 25.00, 'J. Jansen');

-- Sanne signed up with capitals in her address; Lotte only reads the newsletter and is no customer.
INSERT INTO nieuwsbrief_inschrijving (id, emailadres, ingeschreven_op, ip_adres) VALUES
    (1, 'Sanne.deVries@example.nl', '2021-03-04 10:20:00', '192.0.2.10'),
    (2, 'siobhan.o''brien@example.org', '2022-11-01 07:05:00', '2001:db8::7'),
    (3, 'lotte@example.com', '2023-08-19 16:00:00', '203.0.113.5');
