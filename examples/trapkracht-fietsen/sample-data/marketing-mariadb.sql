-- Trapkracht Fietsen's marketing database (MariaDB): the newsletter and the prize draws in the shops. Load it into an
-- empty database to try the example:
--   mariadb -h 127.0.0.1 -u root -e 'CREATE DATABASE trapkracht_marketing' && mariadb -h 127.0.0.1 -u root trapkracht_marketing < marketing-mariadb.sql

CREATE TABLE nieuwsbrief_abonnee (
    id             INT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    voornaam       VARCHAR(80),
    aangemeld_op   DATETIME NOT NULL,
    aangemeld_via  VARCHAR(40) NOT NULL,
    INDEX abonnee_email (email)
);

CREATE TABLE winactie_deelname (
    id              INT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    actie           VARCHAR(80) NOT NULL,
    deelgenomen_op  DATETIME NOT NULL,
    gewonnen        BOOLEAN NOT NULL DEFAULT FALSE,
    INDEX deelname_email (email)
);

INSERT INTO nieuwsbrief_abonnee VALUES (301, 'sanne.dewit@example.net', 'Sanne', '2023-04-01 10:15:00', 'winkel Utrecht');
INSERT INTO nieuwsbrief_abonnee VALUES (302, 'daan.verhoef@example.net', 'Daan', '2021-02-15 16:40:00', 'website');
INSERT INTO winactie_deelname VALUES (9001, 'daan.verhoef@example.net', 'Voorjaarsbeurt gewonnen', '2026-03-20 12:00:00', FALSE);
INSERT INTO winactie_deelname VALUES (9002, 'sanne.dewit@example.net', 'Voorjaarsbeurt gewonnen', '2026-03-21 09:30:00', TRUE);
