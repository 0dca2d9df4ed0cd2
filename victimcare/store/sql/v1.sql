-- VictimCare schema version 1. Frozen: later versions change it only through new steps.

CREATE TABLE admin_unit (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    level TEXT,
    parent TEXT,
    name_en TEXT,
    name_ur TEXT,
    FOREIGN KEY (parent) REFERENCES admin_unit(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE office (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    code TEXT,
    name_en TEXT,
    name_ur TEXT,
    office_type TEXT,
    admin_unit TEXT,
    FOREIGN KEY (admin_unit) REFERENCES admin_unit(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE user_account (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    username TEXT,
    full_name TEXT,
    roles TEXT,
    active INTEGER,
    must_change_password INTEGER,
    work_phone TEXT,
    work_email TEXT
);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    given_name TEXT,
    family_name TEXT,
    name_ur TEXT,
    guardian_name TEXT,
    guardian_name_ur TEXT,
    guardian_relation TEXT,
    sex TEXT,
    date_of_birth TEXT,
    age_estimate INTEGER,
    age_estimated_on TEXT,
    cnic TEXT,
    other_id_type TEXT,
    other_id_number TEXT,
    preferred_language TEXT,
    interpreter_needed INTEGER,
    disability TEXT,
    breadwinner INTEGER,
    deceased INTEGER,
    date_of_death TEXT,
    district TEXT
);

CREATE TABLE contact_point (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    person TEXT,
    kind TEXT,
    value TEXT,
    safe_to_contact TEXT,
    safe_via TEXT,
    safe_times TEXT,
    restricted INTEGER,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE relationship (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    person_a TEXT,
    person_b TEXT,
    kind TEXT,
    dependant INTEGER,
    legal_heir INTEGER,
    primary_caregiver INTEGER,
    FOREIGN KEY (person_a) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person_b) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE incident (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    occurred_on TEXT,
    date_precision TEXT,
    district TEXT,
    tehsil TEXT,
    place_type TEXT,
    place_description TEXT,
    attack_types TEXT,
    weapon_types TEXT,
    suicide_attack INTEGER,
    fir_reference TEXT,
    verification_status TEXT,
    reported_deaths INTEGER,
    reported_injuries INTEGER,
    summary TEXT
);

CREATE TABLE vc_case (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_number TEXT,
    incident TEXT,
    principal_person TEXT,
    case_worker TEXT,
    supervisor TEXT,
    status TEXT,
    risk_level TEXT,
    next_review_on TEXT,
    sensitivity TEXT,
    fir_registered INTEGER,
    witness INTEGER,
    court_case_ref TEXT,
    protection_concern INTEGER,
    referral_source TEXT,
    opened_on TEXT,
    FOREIGN KEY (incident) REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (principal_person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (case_worker) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (supervisor) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE case_member (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    victim_category TEXT,
    harms TEXT,
    principal INTEGER,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE needs_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    assessed_on TEXT,
    assessed_by TEXT,
    summary TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (assessed_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE need_item (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    assessment TEXT,
    case_id TEXT,
    domain TEXT,
    severity TEXT,
    status TEXT,
    notes TEXT,
    FOREIGN KEY (assessment) REFERENCES needs_assessment(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE risk_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    assessed_on TEXT,
    assessed_by TEXT,
    factors TEXT,
    level TEXT,
    rationale TEXT,
    next_review_on TEXT,
    review_status TEXT,
    reviewed_by TEXT,
    reviewed_at TEXT,
    review_comment TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (assessed_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (reviewed_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE consent (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    given_by TEXT,
    given_by_name TEXT,
    child_assent INTEGER,
    consent_type TEXT,
    provider TEXT,
    provider_type TEXT,
    data_categories TEXT,
    purpose TEXT,
    method TEXT,
    witness_name TEXT,
    given_on TEXT,
    expires_on TEXT,
    withdrawn_on TEXT,
    withdrawn_reason TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (provider) REFERENCES service_provider(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE service_provider (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    name_en TEXT,
    name_ur TEXT,
    provider_type TEXT,
    districts TEXT,
    focal_person TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    languages TEXT,
    data_sharing_agreement INTEGER,
    dsa_expires_on TEXT,
    last_verified_on TEXT,
    active INTEGER
);

CREATE TABLE service (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    provider TEXT,
    service_type TEXT,
    description TEXT,
    eligibility TEXT,
    FOREIGN KEY (provider) REFERENCES service_provider(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE referral (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    need_item TEXT,
    provider TEXT,
    service TEXT,
    urgency TEXT,
    consent TEXT,
    data_categories TEXT,
    status TEXT,
    respond_by TEXT,
    reason TEXT,
    status_comment TEXT,
    letter_no TEXT,
    print_count INTEGER,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (need_item) REFERENCES need_item(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (provider) REFERENCES service_provider(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (service) REFERENCES service(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (consent) REFERENCES consent(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE referral_event (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    referral TEXT,
    from_status TEXT,
    to_status TEXT,
    at TEXT,
    by_user TEXT,
    comment TEXT,
    FOREIGN KEY (referral) REFERENCES referral(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (by_user) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE follow_up (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    due_on TEXT,
    kind TEXT,
    assigned_to TEXT,
    purpose TEXT,
    done INTEGER,
    done_on TEXT,
    outcome TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (assigned_to) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE case_note (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    body TEXT,
    restricted INTEGER,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    person TEXT,
    file_name TEXT,
    media_type TEXT,
    size INTEGER,
    sha256 TEXT,
    description TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (person) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE closure (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    reason TEXT,
    comment TEXT,
    status TEXT,
    decided_by TEXT,
    decided_at TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (decided_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE compensation_claim (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    claimant TEXT,
    scheme TEXT,
    category TEXT,
    heirs TEXT,
    status TEXT,
    amount_claimed INTEGER,
    amount_paid INTEGER,
    reference TEXT,
    submitted_on TEXT,
    decided_on TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (claimant) REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX office_code ON office(code);
CREATE UNIQUE INDEX user_account_username ON user_account(username);
CREATE INDEX person_cnic ON person(cnic) WHERE cnic IS NOT NULL;
CREATE INDEX contact_point_person ON contact_point(person);
CREATE INDEX relationship_a ON relationship(person_a);
CREATE INDEX relationship_b ON relationship(person_b);
CREATE INDEX incident_district ON incident(district, occurred_on);
CREATE UNIQUE INDEX vc_case_number ON vc_case(case_number);
CREATE INDEX vc_case_incident ON vc_case(incident);
CREATE INDEX vc_case_principal ON vc_case(principal_person);
CREATE INDEX vc_case_worker ON vc_case(case_worker, status);
CREATE INDEX vc_case_status_opened ON vc_case(status, opened_on);
CREATE INDEX vc_case_opened ON vc_case(opened_on);
CREATE INDEX vc_case_review ON vc_case(next_review_on) WHERE next_review_on IS NOT NULL;
CREATE INDEX case_member_case ON case_member(case_id);
CREATE INDEX case_member_person ON case_member(person);
CREATE INDEX needs_assessment_case ON needs_assessment(case_id);
CREATE INDEX need_item_case ON need_item(case_id);
CREATE INDEX need_item_assessment ON need_item(assessment);
CREATE INDEX risk_assessment_case ON risk_assessment(case_id, assessed_on);
CREATE INDEX risk_assessment_review ON risk_assessment(review_status);
CREATE INDEX consent_case ON consent(case_id);
CREATE INDEX consent_person ON consent(person);
CREATE INDEX service_provider_type ON service_provider(provider_type);
CREATE INDEX service_provider_idx ON service(provider);
CREATE INDEX referral_case ON referral(case_id);
CREATE INDEX referral_status ON referral(status);
CREATE INDEX referral_event_referral ON referral_event(referral);
CREATE INDEX follow_up_case ON follow_up(case_id);
CREATE INDEX follow_up_due ON follow_up(done, due_on);
CREATE INDEX case_note_case ON case_note(case_id, created_at);
CREATE INDEX attachment_case ON attachment(case_id);
CREATE INDEX closure_case ON closure(case_id);
CREATE INDEX compensation_claim_case ON compensation_claim(case_id);

-- Local tables: not synced as rows.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Every write to a synced table appends here (SYNC.md): changes is a JSON object
-- {field: [value, hlc, base_hlc]}; origin is the device whose write it was.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    changes TEXT NOT NULL,
    origin TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log(tbl, row_id);

CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    entity TEXT,
    entity_id TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event(entity_id);
CREATE INDEX audit_event_device ON audit_event(device, seq);

-- Attachment contents, addressed by SHA-256 (inside the encrypted database, never on disk).
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

-- Sync: devices we know, bundles we took in, clashes to review, people who may be the same.
CREATE TABLE device (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT,
    kind TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    kx_public BLOB NOT NULL,
    sign_private BLOB,
    kx_private BLOB,
    status TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
);

CREATE TABLE bundle_receipt (
    bundle_id TEXT PRIMARY KEY NOT NULL,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    received_at TEXT NOT NULL,
    seq_from INTEGER,
    seq_to INTEGER,
    sha256 TEXT NOT NULL
);

CREATE TABLE conflict (
    id TEXT PRIMARY KEY NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT,
    local_hlc TEXT,
    remote_value TEXT,
    remote_hlc TEXT,
    winner TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    resolved_by TEXT,
    resolved_at TEXT,
    comment TEXT
);
CREATE INDEX conflict_open ON conflict(status);

CREATE TABLE duplicate_candidate (
    id TEXT PRIMARY KEY NOT NULL,
    person_a TEXT NOT NULL,
    person_b TEXT NOT NULL,
    score REAL NOT NULL,
    reasons TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    UNIQUE (person_a, person_b)
);

-- Person search: names in both scripts, father's name, CNIC and phone digits, case numbers.
CREATE VIRTUAL TABLE person_search USING fts5(
    person_id UNINDEXED, office UNINDEXED, names, guardian, identifiers, tokenize = 'trigram'
);
