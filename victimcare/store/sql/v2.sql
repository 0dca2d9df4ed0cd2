-- VictimCare schema version 2: sync bookkeeping. Frozen once released.

-- Accounts travel to the hub with the cases that name them, so usernames are unique per office.
DROP INDEX user_account_username;
CREATE UNIQUE INDEX user_account_username ON user_account(office, username);

-- What each peer device and this one know of each other's change logs (SYNC.md: cumulative
-- until acknowledged). acked: highest of my seqs the peer has confirmed; received: highest of
-- the peer's seqs applied here without a gap. The same pair for audit events.
CREATE TABLE sync_peer (
    device TEXT PRIMARY KEY NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    audit_acked INTEGER NOT NULL DEFAULT 0,
    audit_received INTEGER NOT NULL DEFAULT 0,
    bundles_sent INTEGER NOT NULL DEFAULT 0
);

-- Bundles written here (history shown on the Sync page; receipts are in bundle_receipt).
CREATE TABLE bundle_export (
    bundle_id TEXT PRIMARY KEY NOT NULL,
    recipient TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    changes INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL
);

-- What kind of clash a conflict row is: a field edited on both sides, an edit of a row the
-- other side deleted, or a workflow status the winner could not legally reach.
ALTER TABLE conflict ADD COLUMN kind TEXT NOT NULL DEFAULT 'field';
ALTER TABLE conflict ADD COLUMN detected_at TEXT;
CREATE INDEX conflict_row ON conflict(tbl, row_id, field);
