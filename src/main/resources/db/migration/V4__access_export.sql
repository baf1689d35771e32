-- The machine-readable package sent with an access answer (JSON and one CSV per table, zipped; base64).
ALTER TABLE access_answer ADD COLUMN export_zip TEXT;
ALTER TABLE access_answer ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
