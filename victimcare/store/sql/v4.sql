-- VictimCare schema version 4: duplicate people. Frozen once released.

-- A person merged into another (DOMAIN.md: one id points to the other). A plain column, not a
-- foreign key: the surviving person may live at an office that never receives this row's
-- neighbours, and the office must still take the change in.
ALTER TABLE person ADD COLUMN merged_into TEXT;
CREATE INDEX person_merged_into ON person(merged_into) WHERE merged_into IS NOT NULL;

-- Blocking keys (CNIC, phone, name shapes with the father's name, birth years): the people who
-- could be the same as a new one are an index lookup away, whatever the size of the database.
CREATE TABLE person_block (
    key TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_block_person ON person_block(person_id);

-- People written or changed since duplicates were last looked for (local, not synced).
CREATE TABLE person_block_dirty (
    person_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

-- A candidate pair's life: when it was found, who decided, which person survived a merge and
-- which links the merge moved ([[table, row id, field], ...]) so that undo puts them back.
ALTER TABLE duplicate_candidate ADD COLUMN detected_at TEXT;
ALTER TABLE duplicate_candidate ADD COLUMN decided_by TEXT;
ALTER TABLE duplicate_candidate ADD COLUMN decided_at TEXT;
ALTER TABLE duplicate_candidate ADD COLUMN winner TEXT;
ALTER TABLE duplicate_candidate ADD COLUMN moved TEXT;
CREATE INDEX duplicate_candidate_status ON duplicate_candidate(status, score);
CREATE INDEX duplicate_candidate_b ON duplicate_candidate(person_b);
