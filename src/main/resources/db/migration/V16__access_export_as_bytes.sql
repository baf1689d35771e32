-- The zip sent with an access answer, kept as bytes and streamed in and out (BYTEA: PostgreSQL's type, which H2 reads as
-- BINARY VARYING), no longer as base64 text. An answer built before keeps its export_zip until it is sent and forgotten.
-- The JSON copy is in the zip; it is not kept a second time.
ALTER TABLE access_answer ADD COLUMN export BYTEA;
ALTER TABLE access_answer DROP COLUMN machine_readable_json;
