-- Demo data for the demo company's own systems (tables in V1000__demo_company_systems.sql).
-- Only the default (demo) profile loads this. All people, companies, addresses, phone numbers,
-- carriers and tracking codes are fictional; IP addresses come from the documentation ranges
-- (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
--
-- "Today" in the demo is 2026-11-26. Each block below is one scenario that support staff can try
-- by sending a request from the address in its heading. The webshop-owning customers (scenario 6)
-- come before scenarios 3 and 4 because the consumer orders refer to their webshops.
-- Ids are explicit; within each table they follow the order in which the rows came to exist.


-- =====================================================================================
-- Scenario 1: jan@bakkerijdevries.nl - Jan de Vries, contact of an active customer.
-- Customer since 2021-02-01, account user, 8 invoices (the newest, of November 2026, unpaid),
-- 2 e-mails to support, 3 recent website visits.
-- Erasure ends in a partial erasure: invoices are kept 7 years after the relationship ends,
-- the contact details as long as Bakkerij De Vries is a customer; the visits may go.
-- =====================================================================================

INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                      subscription, status, customer_since, cancelled_on)
VALUES (1, 'Bakkerij De Vries', 'Jan de Vries', 'jan@bakkerijdevries.nl', '+31 6 1234 5678',
        'Grotestraat 41', '6711 AK', 'Ede', 'NL', 'Professional', 'active', DATE '2021-02-01', NULL);

INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES
    (1, 1, 'Jan de Vries', 'jan@bakkerijdevries.nl', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-24 07:58:00+01'),
    (2, 1, 'Marieke de Vries', 'marieke@bakkerijdevries.nl', 'warehouse', TIMESTAMP WITH TIME ZONE '2026-11-25 06:12:00+01');

INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address) VALUES
    (1, 1, 'PQ-2021-00142', DATE '2021-02-01', 1292.28, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (2, 1, 'PQ-2022-00163', DATE '2022-02-01', 1292.28, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (3, 1, 'PQ-2022-01044', DATE '2022-09-14',  145.20, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (4, 1, 'PQ-2023-00177', DATE '2023-02-01', 1437.48, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (5, 1, 'PQ-2024-00189', DATE '2024-02-01', 1437.48, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (6, 1, 'PQ-2025-00201', DATE '2025-02-01', 1582.68, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (7, 1, 'PQ-2026-00214', DATE '2026-02-01', 1582.68, TRUE,  'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede'),
    (8, 1, 'PQ-2026-01388', DATE '2026-11-03',  181.50, FALSE, 'Bakkerij De Vries t.a.v. Jan de Vries', 'Grotestraat 41, 6711 AK Ede');

INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES
    (10, 'jan@bakkerijdevries.nl', '198.51.100.23', '/nl/blog/pakbonnen-printen',    TIMESTAMP WITH TIME ZONE '2026-09-15 07:50:00+02'),
    (11, 'jan@bakkerijdevries.nl', '198.51.100.23', '/nl/prijzen/modules',           TIMESTAMP WITH TIME ZONE '2026-10-22 14:10:00+02'),
    (15, 'jan@bakkerijdevries.nl', '198.51.100.23', '/nl/support/facturen',          TIMESTAMP WITH TIME ZONE '2026-11-18 06:45:00+01');

INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES
    (1, 'jan@bakkerijdevries.nl', 'Vraag over factuur PQ-2023-00177',
     'Hallo,

Op de factuur van februari staat een hoger bedrag dan vorig jaar. Klopt het dat de prijs van het Professional-abonnement is verhoogd? Ik kan er in mijn mail niets over terugvinden.

Met vriendelijke groet,
Jan de Vries
Bakkerij De Vries
Grotestraat 41, Ede
06 1234 5678',
     TIMESTAMP WITH TIME ZONE '2023-03-08 10:15:00+01'),
    (6, 'jan@bakkerijdevries.nl', 'Factuur module Meerdere magazijnen',
     'Goedemorgen,

We hebben factuur PQ-2026-01388 voor de module Meerdere magazijnen ontvangen. We gebruiken die module pas sinds half november; kunnen jullie de factuur naar rato aanpassen? Tot die tijd wacht ik even met betalen.

Groet,
Jan de Vries
Bakkerij De Vries',
     TIMESTAMP WITH TIME ZONE '2026-11-10 08:32:00+01');


-- =====================================================================================
-- Scenario 2: sanne@fietsenjansen.nl - Sanne Jansen, contact of a former customer.
-- Customer from 2019-05-01 until the cancellation on 2024-03-31; account user; 5 invoices
-- 2019-2024, all paid; 1 e-mail to support (the cancellation).
-- Erasure: contact details and account user go; the invoices are kept until 2031-03-31
-- (7 years after the relationship ended).
-- =====================================================================================

INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                      subscription, status, customer_since, cancelled_on)
VALUES (2, 'Fietsen Jansen', 'Sanne Jansen', 'sanne@fietsenjansen.nl', '+31 6 2345 6789',
        'Brinkstraat 19', '7411 BW', 'Deventer', 'NL', 'Starter', 'cancelled', DATE '2019-05-01', DATE '2024-03-31');

-- The second login is the shop's shared workbench account, not a person.
INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES
    (3, 2, 'Sanne Jansen', 'sanne@fietsenjansen.nl', 'admin', TIMESTAMP WITH TIME ZONE '2024-03-28 17:05:00+01'),
    (4, 2, 'Werkplaats', 'werkplaats@fietsenjansen.nl', 'warehouse', TIMESTAMP WITH TIME ZONE '2024-03-29 12:40:00+01');

-- Yearly Starter invoices; in 2022 two years were paid in advance, and the last invoice settles
-- the extra orders of the final period.
INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address) VALUES
    (9,  2, 'PQ-2019-00412', DATE '2019-05-01',  566.28, TRUE, 'Fietsen Jansen t.a.v. S. Jansen', 'Brinkstraat 19, 7411 BW Deventer'),
    (10, 2, 'PQ-2020-00488', DATE '2020-05-01',  566.28, TRUE, 'Fietsen Jansen t.a.v. S. Jansen', 'Brinkstraat 19, 7411 BW Deventer'),
    (11, 2, 'PQ-2021-00517', DATE '2021-05-01',  566.28, TRUE, 'Fietsen Jansen t.a.v. S. Jansen', 'Brinkstraat 19, 7411 BW Deventer'),
    (12, 2, 'PQ-2022-00561', DATE '2022-05-01', 1280.66, TRUE, 'Fietsen Jansen t.a.v. S. Jansen', 'Brinkstraat 19, 7411 BW Deventer'),
    (13, 2, 'PQ-2024-00455', DATE '2024-03-31',  102.85, TRUE, 'Fietsen Jansen t.a.v. S. Jansen', 'Brinkstraat 19, 7411 BW Deventer');

INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES
    (2, 'sanne@fietsenjansen.nl', 'Opzegging abonnement Fietsen Jansen',
     'Beste Picqer,

Hierbij zeggen wij ons abonnement op per 31 maart 2024. We stoppen met de webwinkel en verkopen alleen nog in onze winkel in Deventer. Bedankt voor de fijne samenwerking de afgelopen jaren.

Kunnen jullie bevestigen dat onze gegevens na de opzegging worden verwijderd?

Met vriendelijke groet,
Sanne Jansen
Fietsen Jansen
06 2345 6789',
     TIMESTAMP WITH TIME ZONE '2024-02-26 16:47:00+01');


-- =====================================================================================
-- Scenario 6: the webshop-owning customers and their webshops.
-- Koffie & Co (customer 5, webshop 1), Buitensport Direct (customer 6, webshop 2),
-- Green Garden Supplies (customer 7, webshop 3, an English-language shop).
-- Their contacts are ordinary controller data; the consumers who order at their webshops
-- (scenarios 3, 4 and 7) are processor data, and a request about those goes to the webshop's
-- privacy contact.
-- =====================================================================================

INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                      subscription, status, customer_since, cancelled_on) VALUES
    (5, 'Koffie & Co', 'Thomas Mulder', 'thomas@koffieenco.example.nl', '+31 6 5678 9012',
     'Diezerstraat 88', '8011 RK', 'Zwolle', 'NL', 'Business', 'active', DATE '2020-06-15', NULL),
    (6, 'Buitensport Direct', 'Fleur de Boer', 'fleur@buitensportdirect.example.nl', '+31 6 6789 0123',
     'Industrieweg 17', '7324 AB', 'Apeldoorn', 'NL', 'Professional', 'active', DATE '2022-01-10', NULL),
    (7, 'Green Garden Supplies', 'Daan Hendriks', 'daan@greengarden.example.com', '+31 6 7890 1234',
     'Schiehaven 12', '3024 EC', 'Rotterdam', 'NL', 'Professional', 'active', DATE '2024-04-01', NULL);

-- 'Inpaktafel 1' is a shared packing-station login, not a person.
INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES
    (7,  5, 'Thomas Mulder', 'thomas@koffieenco.example.nl', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-23 20:31:00+01'),
    (8,  5, 'Yara Bos', 'yara@koffieenco.example.nl', 'warehouse', TIMESTAMP WITH TIME ZONE '2026-11-25 08:02:00+01'),
    (9,  5, 'Inpaktafel 1', 'inpak@koffieenco.example.nl', 'warehouse', TIMESTAMP WITH TIME ZONE '2026-11-25 08:05:00+01'),
    (10, 6, 'Fleur de Boer', 'fleur@buitensportdirect.example.nl', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-19 10:44:00+01'),
    (11, 6, 'Mohamed El Amrani', 'mohamed@buitensportdirect.example.nl', 'warehouse', TIMESTAMP WITH TIME ZONE '2026-11-25 07:30:00+01'),
    (12, 7, 'Daan Hendriks', 'daan@greengarden.example.com', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-20 16:15:00+01'),
    (13, 7, 'Sophie Meijer', 'sophie@greengarden.example.com', 'user', TIMESTAMP WITH TIME ZONE '2026-11-24 11:03:00+01'),
    (14, 7, 'Lucas Peters', 'lucas@greengarden.example.com', 'warehouse', NULL);

INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address) VALUES
    (18, 5, 'PQ-2023-00702', DATE '2023-06-15', 2889.48, TRUE, 'Koffie & Co B.V.', 'Diezerstraat 88, 8011 RK Zwolle'),
    (19, 5, 'PQ-2024-00733', DATE '2024-06-15', 2889.48, TRUE, 'Koffie & Co B.V.', 'Diezerstraat 88, 8011 RK Zwolle'),
    (20, 5, 'PQ-2025-00749', DATE '2025-06-15', 3179.88, TRUE, 'Koffie & Co B.V.', 'Diezerstraat 88, 8011 RK Zwolle'),
    (21, 5, 'PQ-2026-00766', DATE '2026-06-15', 3179.88, TRUE, 'Koffie & Co B.V.', 'Diezerstraat 88, 8011 RK Zwolle'),
    (22, 6, 'PQ-2024-00041', DATE '2024-01-10', 1437.48, TRUE, 'Buitensport Direct t.a.v. F. de Boer', 'Industrieweg 17, 7324 AB Apeldoorn'),
    (23, 6, 'PQ-2025-00038', DATE '2025-01-10', 1582.68, TRUE, 'Buitensport Direct t.a.v. F. de Boer', 'Industrieweg 17, 7324 AB Apeldoorn'),
    (24, 6, 'PQ-2026-00035', DATE '2026-01-10', 1582.68, TRUE, 'Buitensport Direct t.a.v. F. de Boer', 'Industrieweg 17, 7324 AB Apeldoorn'),
    (25, 7, 'PQ-2024-00461', DATE '2024-04-01', 1437.48, TRUE, 'Green Garden Supplies B.V.', 'Schiehaven 12, 3024 EC Rotterdam'),
    (26, 7, 'PQ-2025-00476', DATE '2025-04-01', 1582.68, TRUE, 'Green Garden Supplies B.V.', 'Schiehaven 12, 3024 EC Rotterdam'),
    (27, 7, 'PQ-2026-00490', DATE '2026-04-01', 1582.68, TRUE, 'Green Garden Supplies B.V.', 'Schiehaven 12, 3024 EC Rotterdam');

INSERT INTO webshop (id, customer_id, name, domain, privacy_contact_email, language) VALUES
    (1, 5, 'Koffie & Co', 'koffieenco.example.nl', 'privacy@koffieenco.example.nl', 'nl'),
    (2, 6, 'Buitensport Direct', 'buitensportdirect.example.nl', 'privacy@buitensportdirect.example.nl', 'nl'),
    (3, 7, 'Green Garden Supplies', 'greengarden.example.com', 'privacy@greengarden.example.com', 'en');

INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES
    (3, 'fleur@buitensportdirect.example.nl', 'Retouren komen niet meer binnen',
     'Hoi,

Wij zijn overgestapt op een nieuw webshopplatform. Sinds de koppeling opnieuw is ingesteld komen retouren niet meer automatisch in Picqer binnen. Kunnen jullie meekijken?

Groeten,
Fleur de Boer
Buitensport Direct',
     TIMESTAMP WITH TIME ZONE '2026-02-14 11:05:00+01'),
    (4, 'thomas@koffieenco.example.nl', 'Labelprinter drukt maar half af',
     'Goedemorgen,

Sinds gisteren drukt onze labelprinter bij de inpaktafel de verzendlabels maar half af. De printer zelf werkt gewoon. Moeten we iets aanpassen in de printinstellingen?

Met vriendelijke groet,
Thomas Mulder
Koffie & Co',
     TIMESTAMP WITH TIME ZONE '2026-06-03 09:20:00+02');


-- =====================================================================================
-- Scenario 3: piet.bakker@example.org - Piet Bakker, a consumer, not a customer.
-- 3 orders: 2 at Koffie & Co (webshop 1), 1 at Buitensport Direct (webshop 2), with order lines
-- and shipments (the Buitensport order went out in two parcels).
-- The company is only the processor: the request is forwarded to both webshops.
-- =====================================================================================

INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, consumer_phone,
                            delivery_address, postal_code, city, country, ordered_at, status) VALUES
    (4,  1, 'KC-21905', 'Piet Bakker', 'piet.bakker@example.org', '+31 6 1357 2468',
     'Lindenlaan 7', '3818 LK', 'Amersfoort', 'NL', TIMESTAMP WITH TIME ZONE '2025-12-03 21:17:00+01', 'delivered'),
    (8,  2, 'BD-58812', 'Piet Bakker', 'piet.bakker@example.org', '+31 6 1357 2468',
     'Lindenlaan 7', '3818 LK', 'Amersfoort', 'NL', TIMESTAMP WITH TIME ZONE '2026-06-20 13:42:00+02', 'delivered'),
    (13, 1, 'KC-24102', 'Piet Bakker', 'piet.bakker@example.org', NULL,
     'Lindenlaan 7', '3818 LK', 'Amersfoort', 'NL', TIMESTAMP WITH TIME ZONE '2026-10-14 19:05:00+02', 'delivered');

INSERT INTO order_line (id, order_id, product_name, quantity) VALUES
    (5,  4,  'Espressobonen Santos 1 kg', 1),
    (6,  4,  'Handmolen keramisch', 1),
    (7,  4,  'Cadeaubon 25 euro', 1),
    (14, 8,  'Tent Trekker 2-persoons', 1),
    (15, 8,  'Opvouwbare kampeerstoel', 2),
    (22, 13, 'Filterkoffie Yirgacheffe 250 g', 2);

INSERT INTO shipment (id, order_id, carrier, tracking_code, shipped_at) VALUES
    (3,  4,  'PakketDirect', 'PD2512040317NL', TIMESTAMP WITH TIME ZONE '2025-12-04 15:30:00+01'),
    (7,  8,  'SnelKoerier',  'SK6022814571',   TIMESTAMP WITH TIME ZONE '2026-06-22 16:10:00+02'),
    (8,  8,  'SnelKoerier',  'SK6023809214',   TIMESTAMP WITH TIME ZONE '2026-06-23 15:55:00+02'),
    (13, 13, 'PakketDirect', 'PD2610150288NL', TIMESTAMP WITH TIME ZONE '2026-10-15 15:20:00+02');


-- =====================================================================================
-- Scenario 4: lisa@visserdesign.nl - Lisa Visser, contact of an active customer (Visser Design,
-- since 2023-09-01) AND a consumer with 1 order at Green Garden Supplies (webshop 3), under the
-- same e-mail address but delivered to her home address.
-- Mixed routing: the customer data is answered by the company (controller), the order is
-- forwarded to Green Garden Supplies (processor).
-- =====================================================================================

INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                      subscription, status, customer_since, cancelled_on)
VALUES (3, 'Visser Design', 'Lisa Visser', 'lisa@visserdesign.nl', '+31 6 3456 7890',
        'Oudegracht 210', '3511 NR', 'Utrecht', 'NL', 'Starter', 'active', DATE '2023-09-01', NULL);

INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES
    (5, 3, 'Lisa Visser', 'lisa@visserdesign.nl', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-20 09:37:00+01');

INSERT INTO invoice (id, customer_id, invoice_number, invoice_date, amount_eur, paid, billing_name, billing_address) VALUES
    (14, 3, 'PQ-2023-00968', DATE '2023-09-01', 711.48, TRUE, 'Visser Design t.a.v. Lisa Visser', 'Oudegracht 210, 3511 NR Utrecht'),
    (15, 3, 'PQ-2024-01012', DATE '2024-09-01', 711.48, TRUE, 'Visser Design t.a.v. Lisa Visser', 'Oudegracht 210, 3511 NR Utrecht'),
    (16, 3, 'PQ-2025-01040', DATE '2025-09-01', 711.48, TRUE, 'Visser Design t.a.v. Lisa Visser', 'Oudegracht 210, 3511 NR Utrecht'),
    (17, 3, 'PQ-2026-01071', DATE '2026-09-01', 856.68, TRUE, 'Visser Design t.a.v. Lisa Visser', 'Oudegracht 210, 3511 NR Utrecht');

INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, consumer_phone,
                            delivery_address, postal_code, city, country, ordered_at, status)
VALUES (6, 3, 'GGS-2961', 'Lisa Visser', 'lisa@visserdesign.nl', '+31 6 3456 7890',
        'Merelstraat 22', '3514 CN', 'Utrecht', 'NL', TIMESTAMP WITH TIME ZONE '2026-04-18 10:26:00+02', 'delivered');

INSERT INTO order_line (id, order_id, product_name, quantity) VALUES
    (10, 6, 'Pruning shears', 1),
    (11, 6, 'Garden gloves size M', 1),
    (12, 6, 'Organic tomato seeds (mixed)', 2);

INSERT INTO shipment (id, order_id, carrier, tracking_code, shipped_at)
VALUES (5, 6, 'ParcelLink Europe', 'PLE260420118', TIMESTAMP WITH TIME ZONE '2026-04-20 14:45:00+02');


-- =====================================================================================
-- Scenario 5: emma.smit@example.com - Emma Smit applied for a trial account on 2026-11-02
-- (customer 4, status trial, no invoices yet) and has a login for it. She visited the website
-- three times with her e-mail known: once on 2025-06-10 (downloading the e-book), which is older
-- than the 14 months visitor data may be kept, and twice recently.
-- =====================================================================================

INSERT INTO customer (id, company_name, contact_name, email, phone, billing_address, postal_code, city, country,
                      subscription, status, customer_since, cancelled_on)
VALUES (4, 'Kaarsenatelier Smit', 'Emma Smit', 'emma.smit@example.com', '+31 6 4567 8901',
        NULL, NULL, NULL, 'NL', 'Trial', 'trial', DATE '2026-11-02', NULL);

INSERT INTO account_user (id, customer_id, name, email, role, last_login_at) VALUES
    (6, 4, 'Emma Smit', 'emma.smit@example.com', 'admin', TIMESTAMP WITH TIME ZONE '2026-11-05 20:48:00+01');

INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES
    (2,  'emma.smit@example.com', '203.0.113.57', '/nl/e-book/magazijn-inrichten', TIMESTAMP WITH TIME ZONE '2025-06-10 10:22:00+02'),
    (12, 'emma.smit@example.com', '203.0.113.57', '/nl/prijzen',                   TIMESTAMP WITH TIME ZONE '2026-10-30 19:40:00+01'),
    (13, 'emma.smit@example.com', '203.0.113.57', '/nl/proefaccount-aanvragen',    TIMESTAMP WITH TIME ZONE '2026-11-02 09:15:00+01');


-- =====================================================================================
-- Scenario 7: background data, so that the data set does not look made for the scenarios.
-- 12 orders by 11 other consumers at the three webshops (Ingrid Hoekstra ordered twice; one order
-- still being picked, one cancelled before shipping), 10 website visits known only by IP address
-- (three of them older than 14 months), and an e-mail from a consumer who wrote to the company
-- about her return at Buitensport Direct.
-- =====================================================================================

INSERT INTO consumer_order (id, webshop_id, order_number, consumer_name, consumer_email, consumer_phone,
                            delivery_address, postal_code, city, country, ordered_at, status) VALUES
    (1,  2, 'BD-48120', 'Anouk Vermeulen', 'anouk.vermeulen@example.com', '+31 6 5566 7788',
     'Beukenhof 15', '5616 AA', 'Eindhoven', 'NL', TIMESTAMP WITH TIME ZONE '2024-11-29 22:04:00+01', 'delivered'),
    (2,  1, 'KC-18342', 'Ingrid Hoekstra', 'ingrid.hoekstra@example.com', '+31 6 3141 5926',
     'Wilhelminastraat 56', '8911 EK', 'Leeuwarden', 'NL', TIMESTAMP WITH TIME ZONE '2025-03-11 08:47:00+01', 'delivered'),
    (3,  3, 'GGS-1877', 'Tim de Graaf', 'tim.degraaf@example.org', '+31 6 9988 7766',
     'Molenweg 2', '3401 AB', 'IJsselstein', 'NL', TIMESTAMP WITH TIME ZONE '2025-05-17 17:33:00+02', 'cancelled'),
    (5,  3, 'GGS-2904', 'Hannah Weber', 'hannah.weber@example.com', '+49 151 2345 6789',
     'Lindenstrasse 8', '52062', 'Aachen', 'DE', TIMESTAMP WITH TIME ZONE '2026-03-30 12:10:00+02', 'delivered'),
    (7,  2, 'BD-57233', 'Willem Koster', 'willem.koster@example.org', '+31 6 2718 2818',
     'Dorpsweg 9', '7251 AB', 'Vorden', 'NL', TIMESTAMP WITH TIME ZONE '2026-05-06 20:55:00+02', 'delivered'),
    (9,  2, 'BD-60147', 'Fatima Ouali', 'fatima.ouali@example.com', '+31 6 8765 4321',
     'Vechtstraat 21-2', '1078 RD', 'Amsterdam', 'NL', TIMESTAMP WITH TIME ZONE '2026-07-22 11:18:00+02', 'returned'),
    (10, 1, 'KC-23380', 'Ingrid Hoekstra', 'ingrid.hoekstra@example.com', '+31 6 3141 5926',
     'Wilhelminastraat 56', '8911 EK', 'Leeuwarden', 'NL', TIMESTAMP WITH TIME ZONE '2026-08-19 07:59:00+02', 'delivered'),
    (11, 1, 'KC-23611', 'Noor van den Berg', 'noor.vandenberg@example.com', '+31 6 2468 1357',
     'Kastanjelaan 3', '8031 AB', 'Zwolle', 'NL', TIMESTAMP WITH TIME ZONE '2026-09-02 13:36:00+02', 'delivered'),
    (12, 3, 'GGS-3391', 'Sean Murphy', 'sean.murphy@example.org', '+353 87 765 4321',
     '27 Oak Park Avenue', 'D09 K2X7', 'Dublin', 'IE', TIMESTAMP WITH TIME ZONE '2026-10-05 18:21:00+02', 'delivered'),
    (14, 3, 'GGS-3620', 'Elise Claes', 'elise.claes@example.com', '+32 470 12 34 56',
     'Kortrijksesteenweg 310', '9000', 'Gent', 'BE', TIMESTAMP WITH TIME ZONE '2026-11-12 09:02:00+01', 'shipped'),
    (15, 2, 'BD-63309', 'Joost van Leeuwen', 'joost.vanleeuwen@example.org', '+31 6 1122 3344',
     'Havenkade 44', '2311 AA', 'Leiden', 'NL', TIMESTAMP WITH TIME ZONE '2026-11-20 22:40:00+01', 'shipped'),
    (16, 1, 'KC-24817', 'Bram Dekker', 'bram.dekker@example.org', '+31 6 9753 1864',
     'Spoorstraat 112', '6811 KN', 'Arnhem', 'NL', TIMESTAMP WITH TIME ZONE '2026-11-24 16:03:00+01', 'processing');

INSERT INTO order_line (id, order_id, product_name, quantity) VALUES
    (1,  1,  'Slaapzak Comfort -5 graden', 2),
    (2,  1,  'Opblaasbare slaapmat', 2),
    (3,  2,  'Espressobonen Santos 1 kg', 2),
    (4,  3,  'Compost bin 300 l', 1),
    (8,  5,  'Raised bed kit cedar 120 x 60 cm', 1),
    (9,  5,  'Organic potting soil 40 l', 3),
    (13, 7,  'Wandelschoenen Terra maat 44', 1),
    (16, 9,  'Regenjas Storm dames M', 1),
    (17, 10, 'Filterkoffie Yirgacheffe 250 g', 3),
    (18, 10, 'Decafe Colombia 500 g', 1),
    (19, 11, 'Cold brew fles 1 l', 1),
    (20, 11, 'Espressobonen Santos 1 kg', 1),
    (21, 12, 'Watering can 10 l', 1),
    (23, 14, 'Bird feeder oak', 1),
    (24, 14, 'Bird seed mix 2 kg', 2),
    (25, 15, 'Gasbrander compact', 1),
    (26, 15, 'Gasbus 450 g', 4),
    (27, 16, 'Melkopschuimkan 350 ml', 1),
    (28, 16, 'Espressobonen Santos 1 kg', 2);

-- No shipment for order 3 (cancelled) and order 16 (still being picked).
INSERT INTO shipment (id, order_id, carrier, tracking_code, shipped_at) VALUES
    (1,  1,  'SnelKoerier',       'SK4113007782',   TIMESTAMP WITH TIME ZONE '2024-11-30 16:20:00+01'),
    (2,  2,  'PakketDirect',      'PD2503120094NL', TIMESTAMP WITH TIME ZONE '2025-03-12 15:05:00+01'),
    (4,  5,  'ParcelLink Europe', 'PLE260331052',   TIMESTAMP WITH TIME ZONE '2026-03-31 14:30:00+02'),
    (6,  7,  'SnelKoerier',       'SK6050731906',   TIMESTAMP WITH TIME ZONE '2026-05-07 16:40:00+02'),
    (9,  9,  'SnelKoerier',       'SK6072316650',   TIMESTAMP WITH TIME ZONE '2026-07-23 15:50:00+02'),
    (10, 10, 'PakketDirect',      'PD2608200151NL', TIMESTAMP WITH TIME ZONE '2026-08-20 15:15:00+02'),
    (11, 11, 'PakketDirect',      'PD2609030206NL', TIMESTAMP WITH TIME ZONE '2026-09-03 15:25:00+02'),
    (12, 12, 'ParcelLink Europe', 'PLE261006233',   TIMESTAMP WITH TIME ZONE '2026-10-06 14:10:00+02'),
    (14, 14, 'ParcelLink Europe', 'PLE261113071',   TIMESTAMP WITH TIME ZONE '2026-11-13 14:35:00+01'),
    (15, 15, 'SnelKoerier',       'SK6112340018',   TIMESTAMP WITH TIME ZONE '2026-11-21 16:05:00+01');

INSERT INTO website_visit (id, visitor_email, ip_address, page, visited_at) VALUES
    (1,  NULL, '192.0.2.14',         '/nl/functies/pakbonnen',           TIMESTAMP WITH TIME ZONE '2025-04-22 09:41:00+02'),
    (3,  NULL, '2001:db8:4f2a::17',  '/en/pricing',                      TIMESTAMP WITH TIME ZONE '2025-07-03 14:05:00+02'),
    (4,  NULL, '203.0.113.201',      '/nl/blog/retouren-verwerken',      TIMESTAMP WITH TIME ZONE '2025-08-30 20:12:00+02'),
    (5,  NULL, '198.51.100.77',      '/nl/integraties/woocommerce',      TIMESTAMP WITH TIME ZONE '2025-11-14 11:30:00+01'),
    (6,  NULL, '192.0.2.88',         '/nl/prijzen',                      TIMESTAMP WITH TIME ZONE '2026-01-19 16:48:00+01'),
    (7,  NULL, '203.0.113.9',        '/nl/klantverhalen',                TIMESTAMP WITH TIME ZONE '2026-03-05 10:02:00+01'),
    (8,  NULL, '2001:db8:91c::4',    '/en/features/multiple-warehouses', TIMESTAMP WITH TIME ZONE '2026-06-11 13:27:00+02'),
    (9,  NULL, '198.51.100.140',     '/nl/vacatures',                    TIMESTAMP WITH TIME ZONE '2026-09-08 08:55:00+02'),
    (14, NULL, '192.0.2.203',        '/nl/functies/magazijnbeheer',      TIMESTAMP WITH TIME ZONE '2026-11-09 15:16:00+01'),
    (16, NULL, '203.0.113.66',       '/nl/proefaccount-aanvragen',       TIMESTAMP WITH TIME ZONE '2026-11-25 21:03:00+01');

INSERT INTO support_email (id, from_address, subject, body, received_at) VALUES
    (5, 'fatima.ouali@example.com', 'Terugbetaling retour BD-60147',
     'Goedenavond,

Op 24 juli heb ik een regenjas teruggestuurd naar Buitensport Direct (bestelling BD-60147). In de track-en-trace-mail stond jullie naam, daarom mail ik jullie. Ik heb mijn geld nog niet terug. Kunnen jullie zien of het pakket is aangekomen?

Groet,
Fatima Ouali
06 8765 4321',
     TIMESTAMP WITH TIME ZONE '2026-08-05 20:14:00+02');


-- =====================================================================================
-- Scenario 8: "nothing held". The address used for this scenario (nieuw.persoon at example.org)
-- is deliberately absent from every table: a request from it must find nothing and get the
-- "we hold no personal data about you" answer.
-- =====================================================================================
