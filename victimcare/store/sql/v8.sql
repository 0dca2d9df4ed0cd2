-- VictimCare schema version 8: dashboard facts (store/report_facts.py). Frozen once released.

-- Derived from the case tables, local, never synced: one narrow row per case, victim, need,
-- referral and open deadline, carrying the columns of its case that decide who may see it,
-- in which period and area it falls (named as in vc_case, so that the scope SQL of
-- services/scope.py applies to them unchanged; `id` is the case's id). Each table has an
-- index that holds everything one dashboard count reads at the hub (where every user who
-- sees dashboards may see restricted cases and a case always shows its own status), in the
-- order it groups by: a count is one pass over a narrow index, with no join and no sort,
-- whatever the period. An office's few thousand cases also read their rows.

-- Cases changed since their facts were last written (the write hooks add to it; the first
-- dashboard afterwards rewrites their facts and empties it).
CREATE TABLE report_dirty (
    case_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TABLE report_case (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT, status TEXT, deleted TEXT, sensitivity TEXT, case_worker TEXT,
    day TEXT,            -- the incident's date, else the day the case opened (ages count on it)
    opened_on TEXT, district TEXT,
    attack TEXT          -- the first type of attack recorded, or 'unknown'
);
CREATE INDEX report_case_count ON report_case(district, attack, status, day, opened_on, office,
    deleted);

CREATE TABLE report_victim (
    id TEXT NOT NULL, office TEXT, status TEXT, deleted TEXT, sensitivity TEXT,
    case_worker TEXT, day TEXT, opened_on TEXT, district TEXT, attack TEXT,
    sex TEXT,            -- 'not_stated' when not recorded
    age INTEGER,         -- whole years on `day`, NULL when nobody knows
    category TEXT
);
CREATE INDEX report_victim_case ON report_victim(id);
CREATE INDEX report_victim_area ON report_victim(district, attack, sex, status, day, opened_on,
    office, deleted);
CREATE INDEX report_victim_kind ON report_victim(category, age, sex, status, day, opened_on,
    district, office, deleted);

CREATE TABLE report_need (
    id TEXT NOT NULL, office TEXT, status TEXT, deleted TEXT, sensitivity TEXT,
    case_worker TEXT, day TEXT, opened_on TEXT, district TEXT,
    domain TEXT, need_status TEXT
);
CREATE INDEX report_need_case ON report_need(id);
CREATE INDEX report_need_count ON report_need(domain, need_status, status, day, opened_on,
    district, office, deleted);

CREATE TABLE report_referral (
    id TEXT NOT NULL, office TEXT, status TEXT, deleted TEXT, sensitivity TEXT,
    case_worker TEXT, day TEXT, opened_on TEXT, district TEXT,
    service TEXT, referral_status TEXT, urgency TEXT,
    days INTEGER         -- whole days from the letter being sent to the first answer
);
CREATE INDEX report_referral_case ON report_referral(id);
CREATE INDEX report_referral_count ON report_referral(service, referral_status, urgency, days,
    status, day, opened_on, district, office, deleted);

-- Follow-ups not done and referrals waiting for an answer, with the day each falls due.
CREATE TABLE report_due (
    id TEXT NOT NULL, office TEXT, status TEXT, deleted TEXT, sensitivity TEXT,
    case_worker TEXT, district TEXT,
    kind TEXT,           -- 'follow_ups' or 'referrals'
    due_on TEXT
);
CREATE INDEX report_due_case ON report_due(id);
CREATE INDEX report_due_count ON report_due(kind, district, due_on, status, office, deleted);

-- Every case already here gets its facts at the first dashboard (in the background there).
INSERT INTO report_dirty (case_id) SELECT id FROM vc_case;
