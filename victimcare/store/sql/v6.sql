-- VictimCare schema version 6: indexes measured in bench/ (case list, search, dashboards).

-- Case list: newest first, by status, by risk and by name, each answered from an index.
DROP INDEX vc_case_opened;
CREATE INDEX vc_case_opened ON vc_case(opened_on, case_number);
DROP INDEX vc_case_status_opened;
CREATE INDEX vc_case_status_opened ON vc_case(status, opened_on, case_number);
CREATE INDEX vc_case_risk ON vc_case((CASE risk_level WHEN 'high' THEN 3 WHEN 'medium' THEN 2
    WHEN 'low' THEN 1 ELSE 0 END), case_number);
CREATE INDEX person_name ON person(given_name COLLATE NOCASE, family_name COLLATE NOCASE);

-- A whole mobile number typed into search is a lookup, not a scan.
CREATE INDEX contact_point_value ON contact_point(value) WHERE deleted IS NULL;

-- Dashboards: covering indexes, so counting reads indexes instead of whole rows.
CREATE INDEX vc_case_report ON vc_case(deleted, office, opened_on, status, incident, id,
    sensitivity, case_worker);
CREATE INDEX incident_report ON incident(id, deleted, occurred_on, district, attack_types);
CREATE INDEX case_member_report ON case_member(case_id, deleted, person, victim_category);
CREATE INDEX person_report ON person(id, sex, date_of_birth, age_estimate, age_estimated_on);
CREATE INDEX need_item_report ON need_item(case_id, deleted, domain, status);
CREATE INDEX referral_report ON referral(case_id, deleted, status, urgency, service, id,
    respond_by);
CREATE INDEX referral_event_report ON referral_event(referral, to_status, deleted, at);
CREATE INDEX follow_up_report ON follow_up(case_id, deleted, done, due_on);

-- Without statistics SQLite ignores some of these; sessions refresh them with PRAGMA optimize.
ANALYZE;
