-- The managers' SLA overview reads open cases by deadline and closed cases by month: indexes for both,
-- so the overview costs the same with a hundred or a hundred thousand open requests.
CREATE INDEX data_subject_request_open_by_deadline ON data_subject_request (status, deadline);
CREATE INDEX data_subject_request_by_closed ON data_subject_request (closed_at);
CREATE INDEX data_subject_request_by_received ON data_subject_request (received_at);
CREATE INDEX privacy_complaint_open_by_deadline ON privacy_complaint (status, deadline);
CREATE INDEX privacy_complaint_by_closed ON privacy_complaint (closed_at);
