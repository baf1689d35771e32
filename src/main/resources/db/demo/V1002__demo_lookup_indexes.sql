-- Look-ups by identity and by link stay indexed, also with the large demo data set.
CREATE INDEX customer_by_email ON customer (email);
CREATE INDEX account_user_by_email ON account_user (email);
CREATE INDEX account_user_by_customer ON account_user (customer_id);
CREATE INDEX invoice_by_customer ON invoice (customer_id);
CREATE INDEX consumer_order_by_email ON consumer_order (consumer_email);
CREATE INDEX consumer_order_by_webshop ON consumer_order (webshop_id);
CREATE INDEX order_line_by_order ON order_line (order_id);
CREATE INDEX shipment_by_order ON shipment (order_id);
CREATE INDEX website_visit_by_email ON website_visit (visitor_email);
CREATE INDEX support_email_by_sender ON support_email (from_address);
