-- VictimCare schema version 5: case transfers between offices. Frozen once released.

-- A synced record like any other: the case's own rows keep their office column, and sync
-- scoping (services/scope.py) sends them to the office a transfer names.
CREATE TABLE case_transfer (
    id TEXT PRIMARY KEY NOT NULL,
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    deleted TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    case_id TEXT,
    from_office TEXT,
    to_office TEXT,
    reason TEXT,
    status TEXT,
    requested_by TEXT,
    requested_at TEXT,
    decided_by TEXT,
    decided_at TEXT,
    comment TEXT,
    FOREIGN KEY (case_id) REFERENCES vc_case(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (requested_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (decided_by) REFERENCES user_account(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX case_transfer_case ON case_transfer(case_id, status);
-- Which cases an office holds through transfers: the scoping of every case query there.
CREATE INDEX case_transfer_to ON case_transfer(to_office, status);
CREATE INDEX case_transfer_from ON case_transfer(from_office, status);

-- The dashboard counts claims by status.
CREATE INDEX compensation_claim_status ON compensation_claim(status);

-- Transfers the hub has put in a return bundle for the receiving office's device (local, not
-- synced): a transfer withdrawn before that never reaches the office it was meant for.
CREATE TABLE transfer_delivery (
    transfer_id TEXT NOT NULL,
    device TEXT NOT NULL,
    PRIMARY KEY (transfer_id, device)
) WITHOUT ROWID;
