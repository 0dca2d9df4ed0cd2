"""Schema versions: a real v1 database (tests/fixtures/v1) opens, upgrades and matches a new one."""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import PASSWORD, sample_families, sample_incident

from victimcare.domain.errors import StoreError
from victimcare.services import care, casefile, cases, incidents, reports
from victimcare.services.installation import recover, sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session
from victimcare.store import person_blocks, report_facts, schema
from victimcare.store.db import Database, open_database
from victimcare.store.keyslots import FAST_KDF
from victimcare.store.schema import CURRENT_VERSION, backup_path, schema_version

FIXTURE = Path(__file__).parent / "fixtures" / "v1"
FIXTURE_VERSION = 1


def _documented() -> tuple[dict[str, str], str]:
    """The passwords and recovery key exactly as the fixture's README states them."""
    text = (FIXTURE / "README.md").read_text("utf-8")
    passwords = dict(re.findall(r"^\s*- `([a-z0-9]+)` \([a-z, ]+\): `([^`]+)`", text, re.M))
    recovery = re.search(r"Recovery key: `([^`]+)`", text)
    assert passwords and recovery, "fixtures/v1/README.md no longer lists its secrets"
    return passwords, recovery.group(1)


PASSWORDS, RECOVERY_KEY = _documented()


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    """A working copy of the v1 fixture (the committed files are never opened directly)."""
    target = tmp_path / "v1"
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def _schema(db: Database) -> list[tuple[str, str, str, str]]:
    return sorted((r["type"], r["name"], r["tbl_name"], r["sql"] or "")
                  for r in db.query("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _backups(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if p.name.endswith(".bak"))


def test_fresh_database_is_at_the_current_version(login) -> None:
    assert schema_version(login("cw").db) == CURRENT_VERSION


def test_fixture_is_a_real_encrypted_v1_installation() -> None:
    names = sorted(p.name for p in FIXTURE.iterdir())
    assert names == ["README.md", "keyslots.json", "victimcare.db"]  # no stray -wal or -shm
    assert not (FIXTURE / "victimcare.db").read_bytes().startswith(b"SQLite format 3\x00")
    # Every table and index takes at least one 4 KiB page: ~500 KiB is the floor for v1.
    assert (FIXTURE / "victimcare.db").stat().st_size < 600 * 1024


def test_v1_fixture_opens_with_its_documented_passwords_and_reads_back(v1: Path) -> None:
    cw = sign_in(v1, "cw", PASSWORDS["cw"])
    try:
        assert schema_version(cw.db) == CURRENT_VERSION
        found = cases.find(cw, "Aslam")
        assert found[0].name == "Muhammad Aslam"
        case_id = found[0].case_id
        assert found[0].case_number == "PB-LHR-2026-00001"
        cf = casefile.get_case(cw, case_id)
        names = sorted(m["person_row"]["given_name"] for m in cf.members)
        assert names == ["Muhammad", "Naseem"]
        assert cf.principal["cnic"] == "3520212345671" and cf.principal["name_ur"] == "محمد اسلم"
        assert [m["contacts"][0]["value"] for m in cf.members if m["contacts"]] == [
            "+923001234567"]
        assert [n["body"] for n in cf.notes] == [
            "First visit: family at home, needs medical follow-up."]
        assert cf.case["risk_level"] == "high" and cf.risks[0]["review_status"] == "pending"
        assert len(cf.consents) == 1 and len(cf.follow_ups) == 1 and len(cf.assessments) == 1
        meta, data = care.read_attachment(cw, cf.attachments[0]["id"])
        assert meta["file_name"] == "medical-report.pdf" and data.startswith(b"%PDF-1.4")
        assert len(cases.list_cases(cw, cases.CaseQuery())) == 2
    finally:
        cw.close()
    sup = sign_in(v1, "sup", PASSWORDS["sup"])
    assert len(care.notes(sup, case_id)) == 2  # the restricted note is there for a supervisor
    sup.close()
    sign_in(v1, "admin", PASSWORDS["admin"]).close()
    # A backup copy is made only when a step runs, once, named after the version it holds.
    upgraded = CURRENT_VERSION > FIXTURE_VERSION
    expected = [backup_path(InstallationPaths(v1).database, FIXTURE_VERSION).name]
    assert _backups(v1) == (expected if upgraded else [])


def test_v1_fixture_recovery_key_works(v1: Path) -> None:
    recover(v1, RECOVERY_KEY, "cw", "recovered-pass-42", kdf=FAST_KDF)
    sign_in(v1, "cw", "recovered-pass-42").close()


def test_v1_schema_equals_a_fresh_database_schema(v1: Path, login) -> None:
    """Guards schema drift: a database upgraded step by step must equal a new one."""
    fresh = _schema(login("cw").db)
    old = sign_in(v1, "cw", PASSWORDS["cw"])
    try:
        assert _schema(old.db) == fresh
        assert schema_version(old.db) == CURRENT_VERSION
    finally:
        old.close()


def test_database_from_a_newer_version_is_refused_and_left_alone(v1: Path) -> None:
    session = sign_in(v1, "cw", PASSWORDS["cw"])
    session.db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    session.close()
    db_file = InstallationPaths(v1).database
    before = db_file.read_bytes()
    files_before = sorted(p.name for p in v1.iterdir())

    with pytest.raises(StoreError) as info:
        sign_in(v1, "cw", PASSWORDS["cw"])
    assert info.value.code == "database_too_new"
    assert (info.value.params["found"], info.value.params["supported"]) == (
        CURRENT_VERSION + 1, CURRENT_VERSION)
    assert db_file.read_bytes() == before
    assert sorted(p.name for p in v1.iterdir()) == files_before


# -- the upgrade machinery, exercised with one more (test-only) step -----------------------
def _add_step(monkeypatch, step) -> int:
    new = CURRENT_VERSION + 1
    monkeypatch.setitem(schema.STEPS, new, step)
    monkeypatch.setattr(schema, "CURRENT_VERSION", new)
    return new


def test_an_upgrade_step_runs_once_after_an_encrypted_backup(v1: Path, monkeypatch) -> None:
    """One more step than the code has today, run on the real v1 file."""
    runs = []

    def add_column(db: Database) -> None:
        runs.append(1)
        db.execute("ALTER TABLE person ADD COLUMN nickname TEXT")

    new = _add_step(monkeypatch, add_column)
    session = sign_in(v1, "cw", PASSWORDS["cw"])
    dek = bytes(session.dek)
    assert schema_version(session.db) == new
    assert "nickname" in {r["name"] for r in session.db.query("PRAGMA table_info(person)")}
    people = session.db.scalar("SELECT count(*) FROM person")
    session.close()

    backup = backup_path(InstallationPaths(v1).database, FIXTURE_VERSION)
    assert _backups(v1) == [backup.name]
    assert not backup.read_bytes().startswith(b"SQLite format 3\x00")
    copy = open_database(backup, dek)
    assert schema_version(copy) == FIXTURE_VERSION
    assert copy.scalar("SELECT count(*) FROM person") == people == 3
    copy.close()

    sign_in(v1, "cw", PASSWORDS["cw"]).close()
    assert runs == [1] and _backups(v1) == [backup.name]


def test_a_failing_upgrade_step_is_rolled_back(v1: Path, monkeypatch) -> None:
    def half_done(db: Database) -> None:
        db.execute("ALTER TABLE person ADD COLUMN nickname TEXT")
        db.execute("UPDATE person SET given_name = 'overwritten'")
        raise RuntimeError("step failed half-way")

    _add_step(monkeypatch, half_done)
    with pytest.raises(StoreError, match="migration_failed"):
        sign_in(v1, "cw", PASSWORDS["cw"])
    monkeypatch.undo()

    session = sign_in(v1, "cw", PASSWORDS["cw"])
    try:
        assert schema_version(session.db) == CURRENT_VERSION
        assert "nickname" not in {r["name"] for r in session.db.query("PRAGMA table_info(person)")}
        assert session.db.scalar(
            "SELECT count(*) FROM person WHERE given_name = 'overwritten'") == 0
    finally:
        session.close()


def test_step_7_gives_name_keys_the_year_of_birth_and_leaves_unscored_people_alone(
        installation: Path, login) -> None:
    """Version 7 changed the name keys from 20-year periods to years of birth: a database
    written at version 6 has its stored keys rewritten, and people no scan has looked at yet
    keep no keys, so that the next scan still finds them."""
    cw = login("cw")
    aslam, naseem, _ayesha = incidents.register_incident(
        cw, sample_incident(), sample_families()).person_ids
    db = cw.db
    with db.transaction():  # as version 6 stored them
        db.execute("DELETE FROM person_block WHERE person_id = ? AND key LIKE 'g:%'", (aslam,))
        db.execute("INSERT INTO person_block (key, person_id) VALUES ('g:aslm/rsl/m/99', ?)",
                   (aslam,))
        db.execute("DELETE FROM person_block WHERE person_id = ?", (naseem,))
        _drop_report_facts(db)
        db.execute("PRAGMA user_version = 6")
    cw.close()

    with _upgraded(installation, "cw") as again:
        born = int(again.db.scalar("SELECT substr(age_estimated_on, 1, 4) FROM person"
                                   " WHERE id = ?", (aslam,))) - 42
        # Aslam (Muhammad is no distinctive word) son of Ghulam Rasool, a man, born then
        # (and, since version 10, holding a CNIC, a son, no date of birth).
        assert _name_keys(again.db, aslam) == {f"g:aslm/rsl/m/{born}/cs-"}
        assert again.db.scalar("SELECT count(*) FROM person_block WHERE person_id = ?",
                               (naseem,)) == 0
        assert naseem in person_blocks.unblocked(again.db)


@contextlib.contextmanager
def _upgraded(installation: Path, username: str) -> Iterator[Session]:
    """Sign in again after a test set the schema version back: the upgrade runs."""
    session = sign_in(installation, username, PASSWORD)
    try:
        assert schema_version(session.db) == CURRENT_VERSION
        yield session
    finally:
        session.close()


def _name_keys(db: Database, person_id: str) -> set[str]:
    return {k for (k,) in db.query("SELECT key FROM person_block WHERE person_id = ?"
                                   " AND key LIKE 'g:%'", (person_id,))}


def _drop_report_facts(db: Database) -> None:
    """What version 8 added, taken away again (a database as version 7 left it)."""
    for table in (*report_facts.TABLES, "report_dirty"):
        db.execute(f"DROP TABLE {table}")


def test_step_8_gives_every_case_its_dashboard_facts(installation: Path, login) -> None:
    """A database from before the dashboard facts counts its cases at the first dashboard
    after the upgrade, as if they had been written since."""
    cw = login("cw")
    incidents.register_incident(cw, sample_incident(), sample_families())
    db = cw.db
    cases_here = db.scalar("SELECT count(*) FROM vc_case")
    members = db.scalar("SELECT count(*) FROM case_member")
    assert cases_here >= 2 and members >= 3
    with db.transaction():
        _drop_report_facts(db)
        db.execute("PRAGMA user_version = 7")
    cw.close()

    with _upgraded(installation, "sup") as sup:
        assert sup.db.scalar("SELECT count(*) FROM report_dirty") == cases_here
        dash = reports.dashboard(sup)
        assert (dash.cases, dash.victims) == (cases_here, members)
        assert sup.db.scalar("SELECT count(*) FROM report_dirty") == 0


def test_step_9_rekeys_names_that_were_read_as_one_word(installation: Path, login) -> None:
    """Version 9 stopped reading "Muhammad Hassan" as the compound "Muhammad-ul-Hassan": a
    person keyed that way at version 8 gets the key a new "Mohd Hassan" looks up."""
    cw = login("cw")
    aslam = incidents.register_incident(cw, sample_incident(), sample_families()).person_ids[0]
    with cw.unit(None) as unit:
        unit.records.update("person", aslam, {"given_name": "Muhammad Hassan"})
    db = cw.db
    now = _name_keys(db, aslam)
    hassan = {k for k in now if k.startswith("g:hsn/")}
    assert hassan
    with db.transaction():  # as version 8 stored them
        db.execute("DELETE FROM person_block WHERE person_id = ? AND key LIKE 'g:hsn/%'",
                   (aslam,))
        db.executemany("INSERT INTO person_block (key, person_id) VALUES (?, ?)",
                       [(k.replace("g:hsn/", "g:mhmlhsn/"), aslam) for k in hassan])
        person_blocks.take_dirty(db)  # as after a scan: nobody waits to be scored
        db.execute("PRAGMA user_version = 8")
    cw.close()

    with _upgraded(installation, "cw") as again:
        assert _name_keys(again.db, aslam) == now
        # Scored again at the next import or scan; people whose keys stayed are not.
        assert set(person_blocks.take_dirty(again.db)) == {aslam}


def test_step_10_ends_name_keys_with_the_traits_that_rule_pairs_out(installation: Path,
                                                                     login) -> None:
    """Version 10 ends each name key with whether the person holds a CNIC, how they relate to
    their guardian and whether their date of birth is known: keys stored by version 9 get
    them, and nobody is queued for scoring again (no pair can be found that was not)."""
    cw = login("cw")
    aslam, naseem, _ayesha = incidents.register_incident(
        cw, sample_incident(), sample_families()).person_ids
    db = cw.db
    now = {p: _name_keys(db, p) for p in (aslam, naseem)}
    with db.transaction():  # as version 9 stored them
        for person, keys in now.items():
            db.execute("DELETE FROM person_block WHERE person_id = ? AND key LIKE 'g:%'",
                       (person,))
            db.executemany("INSERT INTO person_block (key, person_id) VALUES (?, ?)",
                           [(k.rsplit("/", 1)[0], person) for k in keys])
        person_blocks.take_dirty(db)
        db.execute("PRAGMA user_version = 9")
    cw.close()

    with _upgraded(installation, "cw") as again:
        assert {p: _name_keys(again.db, p) for p in now} == now
        assert {k.rsplit("/", 1)[1] for k in now[naseem]} == {"-w-"}  # Aslam's wife, no CNIC
        assert person_blocks.take_dirty(again.db) == []
