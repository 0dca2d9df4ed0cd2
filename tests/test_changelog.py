"""Change tracking for sync: every write is logged per field with its version and its base."""

from __future__ import annotations

import json
from typing import Any

import pytest
from factories import ADMIN_PASSWORD, PASSWORD, sample_families, sample_incident

from victimcare.domain import hlc as hlc_module
from victimcare.domain.errors import NotFound
from victimcare.domain.model import ENTITIES, ROW_COLUMNS, entity
from victimcare.services import accounts, care, cases, incidents, people
from victimcare.services.session import Session
from victimcare.store.records import decode_row


def _log(session: Session, table: str | None = None, row_id: str | None = None,
         after: int = 0) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM change_log WHERE seq > ?", [after]
    if table:
        sql += " AND tbl = ?"
        params.append(table)
    if row_id:
        sql += " AND row_id = ?"
        params.append(row_id)
    rows = session.db.query(sql + " ORDER BY seq", params)
    return [{**dict(zip(r.keys(), tuple(r), strict=True)), "changes": json.loads(r["changes"])}
            for r in rows]


def _seq(session: Session) -> int:
    return int(session.db.scalar("SELECT coalesce(max(seq), 0) FROM change_log"))


def _row(session: Session, table: str, row_id: str) -> dict[str, Any]:
    row = session.db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    return decode_row(entity(table), row)


@pytest.fixture
def office(login) -> dict[str, Any]:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    return {"cw": cw, "reg": reg, "case": reg.case_ids[0], "aslam": reg.person_ids[0]}


# -- single writes -------------------------------------------------------------------------
def test_insert_logs_every_given_field_with_one_version(office) -> None:
    cw, aslam = office["cw"], office["aslam"]
    [entry] = _log(cw, "person", aslam)
    assert (entry["op"], entry["origin"]) == ("insert", cw.device)
    changes = entry["changes"]
    versions = {v[1] for v in changes.values()}
    assert len(versions) == 1 and all(v[2] is None for v in changes.values())
    assert changes["given_name"][0] == "Muhammad" and changes["cnic"][0] == "3520212345671"
    assert changes["created_by"][0] == cw.user_id and changes["office"][0] == "PB-LHR"
    assert "date_of_birth" not in changes  # never given, never logged
    row = _row(cw, "person", aslam)
    assert json.loads(row["versions"]) == {
        k: entry["changes"][k][1] for k in changes if k not in ROW_COLUMNS}


def test_update_logs_only_changed_fields_with_their_previous_version_as_base(office) -> None:
    cw, aslam = office["cw"], office["aslam"]
    before = json.loads(_row(cw, "person", aslam)["versions"])
    seq = _seq(cw)
    people.update_person(cw, aslam, {"given_name": "Muhammad", "family_name": "Aslam Khan",
                                     "disability": "leg"})
    [entry] = _log(cw, "person", aslam, after=seq)
    assert entry["op"] == "update"
    assert set(entry["changes"]) == {"family_name", "disability"}
    value, version, base = entry["changes"]["family_name"]
    assert (value, base) == ("Aslam Khan", before["family_name"]) and version > base
    assert entry["changes"]["disability"][2] is None  # the field had no version before
    after = json.loads(_row(cw, "person", aslam)["versions"])
    assert after["family_name"] == after["disability"] == version
    assert after["given_name"] == before["given_name"]

    seq = _seq(cw)
    people.update_person(cw, aslam, {"family_name": "Aslam", "disability": ""})
    [second] = _log(cw, "person", aslam, after=seq)
    assert second["changes"]["family_name"][2] == version  # base is the last version
    assert second["changes"]["disability"][0] is None  # clearing a field is a change too
    assert _row(cw, "person", aslam)["disability"] is None


def test_an_update_that_changes_nothing_writes_nothing(office) -> None:
    cw, aslam = office["cw"], office["aslam"]
    row = _row(cw, "person", aslam)
    seq = _seq(cw)
    people.update_person(cw, aslam, {"given_name": "Muhammad", "cnic": "35202-1234567-1",
                                     "age_estimate": 42})
    cases.update_case(cw, office["case"], {"sensitivity": "normal", "fir_registered": True})
    assert _log(cw, after=seq) == []
    assert _row(cw, "person", aslam)["versions"] == row["versions"]


def test_delete_is_a_logged_tombstone(office) -> None:
    cw = office["cw"]
    contact = cw.db.scalar("SELECT id FROM contact_point WHERE person = ?", (office["aslam"],))
    with cw.unit(None) as unit:
        unit.records.delete("contact_point", contact)
    [entry] = _log(cw, "contact_point", contact, after=_seq(cw) - 1)
    stamp, version, base = entry["changes"]["deleted"]
    assert (entry["op"], stamp, base) == ("delete", version, None)
    assert _row(cw, "contact_point", contact)["deleted"] == version  # the row stays
    with cw.unit(None) as unit:
        with pytest.raises(NotFound):
            unit.records.get("contact_point", contact)
        assert unit.records.select("contact_point", "id = ?", [contact]) == []


@pytest.mark.parametrize("table", [e.table for e in ENTITIES if e.append_only])
def test_append_only_tables_refuse_updates(office, table: str) -> None:
    cw = office["cw"]
    note = care.add_note(cw, office["case"], "Original")
    row_id = note if table == "case_note" else "any"
    seq = _seq(cw)
    with cw.unit(None) as unit, pytest.raises(PermissionError):
        unit.records.update(table, row_id, {"body": "Changed"} if table == "case_note"
                            else {"comment": "Changed"})
    assert _log(cw, after=seq) == []


def test_unknown_fields_are_refused_before_anything_is_written(office) -> None:
    cw = office["cw"]
    seq = _seq(cw)
    with pytest.raises(KeyError), cw.unit(None) as unit:
        unit.records.insert("case_note", {"case_id": office["case"], "body": "x", "mood": "sad"})
    with pytest.raises(KeyError), cw.unit(None) as unit:
        unit.records.update("person", office["aslam"], {"nickname": "Ali"})
    assert _log(cw, after=seq) == []


# -- versions (HLC) ------------------------------------------------------------------------
def test_versions_strictly_increase_within_a_session(office) -> None:
    cw = office["cw"]
    for i in range(20):
        care.add_note(cw, office["case"], f"note {i}")
    versions = [max(v[1] for v in e["changes"].values()) for e in _log(cw)]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)


def test_versions_continue_after_sign_in_again(office, login) -> None:
    cw = office["cw"]
    last = max(v[1] for e in _log(cw) for v in e["changes"].values())
    cw.close()
    again = login("cw")
    care.add_note(again, office["case"], "next day")
    newest = _log(again)[-1]["changes"]["body"][1]
    assert newest > last


def test_versions_increase_across_two_sessions_of_one_installation(office, login,
                                                                   monkeypatch) -> None:
    cw, sup = office["cw"], login("sup")

    class _StillClock:  # the wall clock does not move between the two writes
        @staticmethod
        def time_ns() -> int:
            return 1_900_000_000_000 * 1_000_000

    monkeypatch.setattr(hlc_module, "time", _StillClock)
    seq = _seq(cw)
    care.add_note(sup, office["case"], "first")
    care.add_note(cw, office["case"], "second")
    first, second = (e["changes"]["body"][1] for e in _log(cw, "case_note", after=seq))
    assert second > first


# -- nothing bypasses the log --------------------------------------------------------------
def _broad_casework(login) -> Session:
    cw, sup, admin = login("cw"), login("sup"), login("admin")
    reg = incidents.register_incident(cw, sample_incident(summary="Blast"), sample_families())
    case, other = reg.case_ids
    aslam, naseem, ayesha = reg.person_ids
    people.update_person(cw, aslam, {"disability": "leg", "preferred_language": "pa"})
    people.update_person(cw, aslam, {"disability": None})
    contact = people.add_contact(cw, ayesha, "address", "Street 4", safe_to_contact="via_someone",
                                 safe_via="Her uncle", safe_times="Evenings", restricted=True)
    people.add_relationship(cw, ayesha, aslam, "sibling", legal_heir=True)
    cases.open_case(cw, naseem, "indirect_family")
    cases.update_case(cw, case, {"witness": True, "referral_source": "Police"})
    cases.update_case(sup, other, {"supervisor": sup.user_id, "sensitivity": "restricted"})
    care.record_needs(cw, case, [{"domain": "cash", "severity": "high"},
                                 {"domain": "shelter", "severity": "low"}], summary="Needs")
    care.update_need(cw, cw.db.scalar("SELECT id FROM need_item LIMIT 1"), {"status": "met"})
    care.review_risk(sup, care.assess_risk(cw, case, "high", rationale="Threat"), True)
    care.review_risk(sup, care.assess_risk(cw, case, "low", rationale="Moved"), True, "ok")
    consent = care.record_consent(cw, case, {
        "person": aslam, "given_by": "self", "consent_type": "share_with_provider",
        "provider_type": "health", "data_categories": ["name"], "method": "signed",
        "given_on": "2026-03-20", "expires_on": "2027-01-01"})
    care.withdraw_consent(cw, consent, "Changed mind")
    care.add_note(cw, case, "Note")
    care.add_note(cw, case, "Secret", restricted=True)
    follow = care.add_follow_up(cw, case, "2026-04-01", "call", purpose="Check")
    care.complete_follow_up(cw, follow, "Fine")
    care.add_attachment(cw, case, "a.pdf", "application/pdf", b"%PDF", description="Slip")
    with cw.unit(None) as unit:
        unit.records.delete("contact_point", contact)
    accounts.create_user(admin, "newbie", "New", ["caseworker"])
    accounts.set_roles(admin, "newbie", ["caseworker", "auditor"])
    accounts.reset_password(admin, "cw2")
    accounts.remove_user(admin, "coord")
    accounts.change_password(login("aud"), PASSWORD, "fresh-pass-word-1")
    accounts.rotate_database_key(admin, ADMIN_PASSWORD)
    return admin


def _mismatches(db: Any) -> tuple[int, list[str]]:
    """Rows checked, and every row or field whose value is not the last one logged for it."""
    checked, wrong = 0, []
    for ent in ENTITIES:
        log: dict[str, dict[str, list[Any]]] = {}
        for r in db.query("SELECT row_id, changes FROM change_log WHERE tbl = ? ORDER BY seq",
                          (ent.table,)):
            log.setdefault(r["row_id"], {}).update(json.loads(r["changes"]))
        for raw in db.query(f"SELECT * FROM {ent.table}"):
            checked += 1
            row = decode_row(ent, raw)
            if row["id"] not in log:
                wrong.append(f"{ent.table} {row['id']}: no log entry")
                continue
            logged = log[row["id"]]
            for name in (*ROW_COLUMNS[1:], "deleted", *ent.field_names):
                expected = logged[name][0] if name in logged else None
                if row[name] != expected:
                    wrong.append(f"{ent.table}.{name}: {row[name]!r} but logged {expected!r}")
            if json.loads(row["versions"]) != {
                    k: v[1] for k, v in logged.items() if k not in ROW_COLUMNS}:
                wrong.append(f"{ent.table} {row['id']}: versions differ from the log")
    return checked, wrong


def test_every_row_of_every_synced_table_matches_its_log(login) -> None:
    db = _broad_casework(login).db
    checked, wrong = _mismatches(db)
    assert wrong == [] and checked >= 30
    tables = {r[0] for r in db.query("SELECT DISTINCT tbl FROM change_log")}
    assert {"person", "contact_point", "relationship", "incident", "vc_case", "case_member",
            "needs_assessment", "need_item", "risk_assessment", "consent", "case_note",
            "follow_up", "attachment", "user_account", "office"} <= tables


def test_the_log_check_catches_a_write_that_bypassed_records(office) -> None:
    db = office["cw"].db
    assert _mismatches(db)[1] == []
    db.execute("UPDATE person SET family_name = 'Sneaky' WHERE id = ?", (office["aslam"],))
    db.execute("INSERT INTO case_note (id, office, created_at, body) VALUES"
               " ('n1', 'PB-LHR', '2026-01-01', 'unlogged')")
    assert sorted(_mismatches(db)[1]) == [
        "case_note n1: no log entry", "person.family_name: 'Sneaky' but logged 'Aslam'"]
