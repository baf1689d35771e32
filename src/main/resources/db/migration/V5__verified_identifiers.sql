-- Identifiers other than the address (customer number, phone) that support verified for a request: used to
-- find the person's data, and cleared with the rest of the gathered data.
ALTER TABLE data_subject_request ADD COLUMN other_identifiers VARCHAR(1000);
