-- The audit trail as data: the action column holds a code (request-received) and the new facts column its named values
-- as a JSON object; the staff pages word both in the staff language. Entries recorded before keep their English action
-- and detail, and are shown as recorded.
ALTER TABLE audit_entry ADD facts TEXT;
