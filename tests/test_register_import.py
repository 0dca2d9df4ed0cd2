"""Register import: a spreadsheet of victims becomes incidents and cases, all rows or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from victimcare.domain.errors import FieldError, PermissionDenied, ValidationError
from victimcare.services import cases
from victimcare.services.register_import import MAX_ROWS, import_register

FIXTURES = Path(__file__).parent / "fixtures" / "register"
GOOD = FIXTURES / "good.csv"
BAD = FIXTURES / "bad.csv"
HEADER = ("incident_ref,incident_date,district,place_type,attack_type,family_ref,given_name,"
          "family_name,name_ur,guardian_name,guardian_relation,sex,date_of_birth,age,cnic,"
          "mobile,victim_category,harm,relationship,legal_heir")
TABLES = ("incident", "vc_case", "person", "case_member", "relationship", "contact_point",
          "change_log", "audit_event", "person_search")


def row(ref: str = "INC-1", family: str = "F1", given: str = "Asad", **over: str) -> str:
    values = {"incident_ref": ref, "incident_date": "2025-02-10", "district": "PB-LHR",
              "place_type": "market", "attack_type": "bombing", "family_ref": family,
              "given_name": given, "family_name": "Mehmood", "name_ur": "", "guardian_name": "",
              "guardian_relation": "", "sex": "male", "date_of_birth": "", "age": "30",
              "cnic": "", "mobile": "", "victim_category": "direct_injured", "harm": "",
              "relationship": "", "legal_heir": "", **over}
    return ",".join(values[c] for c in HEADER.split(","))


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def counts(session) -> dict[str, int]:
    return {t: session.db.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def problems(error: ValidationError) -> set[tuple[int | None, str, str]]:
    return {(e.row, e.field, e.code) for e in error.errors}


@pytest.fixture
def sup(login):
    return login("sup")


def test_good_register_becomes_incidents_and_one_case_per_family(sup):
    summary = import_register(sup, GOOD)
    assert (summary.incidents, summary.cases, summary.persons, summary.rows) == (2, 3, 5, 5)

    found = {f.name: f for f in cases.find(sup, "Aslam")}
    assert found["Muhammad Aslam"].name_ur == "محمد اسلم"
    spouse = cases.find(sup, "نسیم")[0]
    assert spouse.name == "Naseem Bibi"
    # Both members of family F1 share one case; the first row is its principal.
    assert spouse.case_number == found["Muhammad Aslam"].case_number
    principal = sup.db.scalar(
        "SELECT p.given_name FROM vc_case c JOIN person p ON p.id = c.principal_person"
        " WHERE c.case_number = ?", (spouse.case_number,))
    assert principal == "Muhammad"
    rel = sup.db.query_one("SELECT kind, legal_heir FROM relationship r JOIN person p"
                           " ON p.id = r.person_a WHERE p.given_name = 'Naseem'")
    assert (rel["kind"], rel["legal_heir"]) == ("spouse", 1)

    # District names, labels in any case and several attack types in one cell are understood.
    incidents = {r["district"]: r for r in sup.db.query("SELECT * FROM incident")}
    assert set(incidents) == {"PB-LHR", "KP-PEW"}
    assert json.loads(incidents["KP-PEW"]["attack_types"]) == ["armed_assault",
                                                                 "targeted_killing"]
    assert incidents["PB-LHR"]["place_type"] == "market"
    assert sup.db.scalar("SELECT value FROM contact_point WHERE kind = 'mobile'"
                         " ORDER BY value LIMIT 1") == "+923001234567"


def test_import_is_audited_once_with_counts_and_no_names(sup):
    import_register(sup, GOOD)
    events = sup.db.query("SELECT * FROM audit_event WHERE action = 'register.import'")
    assert len(events) == 1
    details = json.loads(events[0]["details"])
    assert details == {"rows": 5, "incidents": 2, "cases": 3, "persons": 5}
    assert "Aslam" not in events[0]["details"]


def test_bad_register_reports_every_bad_row_and_imports_nothing(sup):
    before = counts(sup)
    with pytest.raises(ValidationError) as caught:
        import_register(sup, BAD)
    assert {(line, field) for line, field, _ in problems(caught.value)} == {
        (3, "sex"), (3, "age"),
        (4, "incident_date"), (4, "given_name"), (4, "cnic"), (4, "mobile"),
        (5, "incident_date"), (5, "district"),
        (6, "victim_category"),
        (7, "relationship"), (7, "legal_heir"),
    }
    codes = {(line, field): code for line, field, code in problems(caught.value)}
    assert codes[(4, "incident_date")] == "differs_within_incident"
    assert codes[(5, "incident_date")] == "date_format"
    assert codes[(3, "age")] == "not_a_number"
    assert counts(sup) == before


def test_a_bad_last_incident_rolls_back_the_incidents_already_written(sup):
    before = counts(sup)
    data = csv_bytes(row("A"), row("B"), row("C", given="", sex="male"))
    with pytest.raises(ValidationError) as caught:
        import_register(sup, data)
    assert problems(caught.value) == {(4, "given_name", "required")}
    assert counts(sup) == before


def test_a_failure_in_the_middle_of_writing_leaves_nothing_behind(sup):
    before = counts(sup)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 2:  # two incidents are written by now
            raise RuntimeError("disk unplugged")

    with pytest.raises(RuntimeError):
        import_register(sup, csv_bytes(row("A"), row("B"), row("C")), progress=progress)
    assert counts(sup) == before
    summary = import_register(sup, csv_bytes(row("A"), row("B"), row("C")))
    assert summary.incidents == 3


def test_dry_run_checks_everything_and_writes_nothing(sup):
    before = counts(sup)
    summary = import_register(sup, GOOD, dry_run=True)
    assert (summary.incidents, summary.cases, summary.persons, summary.dry_run) == (2, 3, 5,
                                                                                   True)
    assert counts(sup) == before


def test_file_without_bom_and_with_crlf_line_ends_is_accepted(sup):
    text = GOOD.read_bytes().removeprefix(b"\xef\xbb\xbf").replace(b"\n", b"\r\n")
    assert import_register(sup, text).persons == 5


@pytest.mark.parametrize(("data", "expected"), [
    (b"", FieldError("file", "empty")),
    (b"  \n\n", FieldError("file", "empty")),
    (HEADER.encode() + b"\n", FieldError("file", "no_rows")),
    (row().replace("Mehmood", "Mu\u00f1oz").encode("cp1252"), FieldError("file", "not_utf8")),
    (HEADER.replace(",", ";").encode() + b"\n", FieldError("file", "semicolons")),
    (csv_bytes(row(), '"INC-2,2025'), FieldError("file", "csv_malformed", 3)),
])
def test_unreadable_files_are_refused_as_a_whole(sup, data, expected):
    with pytest.raises(ValidationError) as caught:
        import_register(sup, data)
    assert caught.value.errors == (expected,)


def test_missing_and_unknown_columns_are_named(sup):
    header = HEADER.replace("sex,", "").replace("district", "distrct")
    with pytest.raises(ValidationError) as caught:
        import_register(sup, csv_bytes("x", header=header + ",notes"))
    by_code = {e.code: e.params["columns"] for e in caught.value.errors}
    assert by_code == {"missing_columns": ["district", "sex"],
                       "unknown_columns": ["distrct", "notes"]}


def test_more_than_the_row_limit_is_refused(sup):
    data = csv_bytes(*[row()] * (MAX_ROWS + 1))
    with pytest.raises(ValidationError) as caught:
        import_register(sup, data)
    assert [e.code for e in caught.value.errors] == ["too_many_rows"]


def test_first_row_of_a_family_cannot_be_related_to_itself(sup):
    with pytest.raises(ValidationError) as caught:
        import_register(sup, csv_bytes(row(relationship="spouse")))
    assert problems(caught.value) == {(2, "relationship", "not_for_principal")}


@pytest.mark.parametrize("user", ["cw", "admin"])
def test_only_a_role_that_registers_incidents_and_imports_may_import(login, user):
    # Case workers lack register.import; admins lack incident.register (need-to-know).
    session = login(user)
    with pytest.raises(PermissionDenied):
        import_register(session, GOOD)
