"""Reports: the dashboard counts a known set of cases right (scope, period, area, bands), and the
CSV, XLSX and PDF exports carry no identifier and no small count, and are audited."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdf
import pytest
from factories import ADMIN_PASSWORD, PASSWORD

from victimcare.domain.enums import InstallationKind
from victimcare.domain.errors import PermissionDenied
from victimcare.domain.permissions import Action
from victimcare.domain.statistics import age_band, age_on
from victimcare.services import accounts, care, incidents, reports, stats_export
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.reports import Filters
from victimcare.services.session import Session, Unit
from victimcare.store import audit, report_facts
from victimcare.store.keyslots import FAST_KDF

TODAY = dt.date(2026, 6, 30)
Q1 = reports.quarter_dates(2026, 1)
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# -- a hub with a known set of cases from two offices ---------------------------------------
@dataclass
class Seeded:
    """What was written, for the identifier scan: every personal value of every person."""

    secrets: set[str] = field(default_factory=set)
    case_numbers: list[str] = field(default_factory=list)

    def person(self, unit: Unit, office: str, n: int, sex: str, *, age: int | None = None,
               dob: str | None = None, on: str = "2026-01-20") -> str:
        given, family = f"Zarghuna{n}", f"Marwat{n}"
        cnic = f"1730{n:02d}12345{n % 10}"[:13].ljust(13, "7")
        mobile = f"+92301{n:07d}"
        values: dict[str, Any] = {"given_name": given, "family_name": family,
                                  "name_ur": f"زرغونہ{n}", "guardian_name": f"Gulab Khan{n}",
                                  "sex": sex, "cnic": cnic}
        if dob:
            values["date_of_birth"] = dob
            self.secrets.add(dob)
        if age is not None:
            values.update(age_estimate=age, age_estimated_on=on)
        person = unit.records.insert("person", values, office=office)
        unit.records.insert("contact_point", {"person": person, "kind": "mobile",
                                              "value": mobile}, office=office)
        unit.records.insert("contact_point", {"person": person, "kind": "address",
                                              "value": f"House {n}, Street 9, Hayatabad"},
                            office=office)
        self.secrets |= {given, family, values["name_ur"], values["guardian_name"], cnic,
                         f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}", mobile, "0" + mobile[3:],
                         f"0{mobile[3:6]}-{mobile[6:]}", f"House {n}, Street 9"}
        return person

    def case(self, unit: Unit, office: str, incident: str | None, members: list[str],
             categories: list[str], *, status: str = "open", opened: str = "2026-01-20") -> str:
        number = f"{office}-2026-{len(self.case_numbers) + 1:05d}"
        self.case_numbers.append(number)
        case = unit.records.insert("vc_case", {
            "case_number": number, "incident": incident, "principal_person": members[0],
            "status": status, "sensitivity": "normal", "opened_on": opened}, office=office)
        for i, (person, category) in enumerate(zip(members, categories, strict=True)):
            unit.records.insert("case_member", {"case_id": case, "person": person,
                                                "victim_category": category,
                                                "principal": i == 0}, office=office)
        return case


def _incident(unit: Unit, office: str, district: str, day: str, attack: str) -> str:
    return unit.records.insert("incident", {
        "occurred_on": day, "date_precision": "day", "district": district,
        "attack_types": [attack], "verification_status": "verified",
        "summary": "SUMMARY-MARKER the attacker came by motorbike"}, office=office)


def _referral(unit: Unit, office: str, case: str, person: str, service: str, provider: str,
              status: str, events: list[tuple[str, str]], respond_by: str | None) -> None:
    ref = unit.records.insert("referral", {
        "case_id": case, "person": person, "provider": provider, "service": service,
        "urgency": "routine", "status": status, "respond_by": respond_by,
        "data_categories": ["name"], "print_count": 1}, office=office)
    before = None
    for to, at in events:
        unit.records.insert("referral_event", {"referral": ref, "from_status": before,
                                               "to_status": to, "at": at}, office=office)
        before = to


def seed_hub(data_dir: Path) -> Seeded:
    """KP-PEW: 12 cases (Peshawar, 15 Jan 2026, bombing) of a man of 30, four with a girl
    of 10 and one with a transgender intervener; 3 cases in Swat (Nov 2025) of a man of 50.
    PB-LHR: 7 cases (Lahore, 10 Feb 2026, armed assault) of a woman of 25; one case without
    an incident (opened 1 Mar 2026) of a man of 40. Not counted: a merged case and a deleted
    one. Needs, referrals (6 answered in 2 days, 2 overdue) and follow-ups (3 overdue)."""
    create_installation(data_dir, office_code="PK-HUB", admin_username="admin",
                        admin_password=ADMIN_PASSWORD, kind=InstallationKind.HUB, kdf=FAST_KDF)
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    for name, roles in (("coord", ["coordinator"]), ("sup", ["supervisor"]),
                        ("cw", ["caseworker"])):
        accounts.create_user(admin, name, f"Hub {name}", roles, password=PASSWORD)
    admin.close()
    seeded = Seeded()
    coord = sign_in(data_dir, "coord", PASSWORD)
    n = iter(range(1, 1000))
    with coord.unit(Action.REPORT_EXPORT) as unit:
        provider = unit.records.insert("service_provider", {
            "name_en": "PROVIDER-MARKER Legal Aid", "provider_type": "legal_aid"})
        service = unit.records.insert("service", {"provider": provider,
                                                  "service_type": "legal_aid"})
        pew = _incident(unit, "KP-PEW", "KP-PEW", "2026-01-15", "bombing")
        pew_cases = []
        for k in range(12):
            members = [seeded.person(unit, "KP-PEW", next(n), "male", age=30)]
            categories = ["direct_injured"]
            if k < 4:
                members.append(seeded.person(unit, "KP-PEW", next(n), "female",
                                             dob="2015-06-01"))
                categories.append("indirect_family")
            if k == 4:
                members.append(seeded.person(unit, "KP-PEW", next(n), "transgender"))
                categories.append("intervener")
            case = seeded.case(unit, "KP-PEW", pew, members, categories)
            pew_cases.append((case, members[0]))
            unit.records.insert("needs_assessment", {"case_id": case,
                                                     "assessed_on": "2026-01-20"},
                                office="KP-PEW")
            assessment = unit.db.scalar("SELECT id FROM needs_assessment WHERE case_id = ?",
                                        (case,))
            unit.records.insert("need_item", {"assessment": assessment, "case_id": case,
                                              "domain": "legal_aid", "severity": "high",
                                              "status": "met"}, office="KP-PEW")
            if k < 4:
                unit.records.insert("need_item", {"assessment": assessment, "case_id": case,
                                                  "domain": "mhpss", "severity": "medium",
                                                  "status": "identified"}, office="KP-PEW")
        for case, person in pew_cases[:6]:
            _referral(unit, "KP-PEW", case, person, service, provider, "accepted",
                      [("draft", "2026-01-18T08:00:00.000+00:00"),
                       ("sent", "2026-01-20T09:00:00.000+00:00"),
                       ("accepted", "2026-01-22T10:00:00.000+00:00")], "2026-02-03")
        for case, person in pew_cases[6:8]:
            _referral(unit, "KP-PEW", case, person, service, provider, "sent",
                      [("draft", "2026-01-18T08:00:00.000+00:00"),
                       ("sent", "2026-01-20T09:00:00.000+00:00")], "2026-02-01")
        for k, (case, _person) in enumerate(pew_cases[:5]):
            unit.records.insert("follow_up", {"case_id": case, "due_on": "2026-05-01",
                                              "kind": "call", "done": k >= 3}, office="KP-PEW")
        swat = _incident(unit, "KP-PEW", "KP-SWT", "2025-11-20", "targeted_killing")
        for _ in range(3):
            seeded.case(unit, "KP-PEW", swat,
                        [seeded.person(unit, "KP-PEW", next(n), "male", age=50,
                                       on="2025-11-25")], ["direct_injured"],
                        opened="2025-11-25")
        lhr = _incident(unit, "PB-LHR", "PB-LHR", "2026-02-10", "armed_assault")
        for _ in range(7):
            seeded.case(unit, "PB-LHR", lhr,
                        [seeded.person(unit, "PB-LHR", next(n), "female", age=25,
                                       on="2026-02-12")], ["direct_psychological"],
                        opened="2026-02-12")
        seeded.case(unit, "PB-LHR", None,
                    [seeded.person(unit, "PB-LHR", next(n), "male", dob="1985-09-17")],
                    ["direct_injured"], opened="2026-03-01")
        seeded.case(unit, "PB-LHR", lhr, [seeded.person(unit, "PB-LHR", next(n), "female",
                                                        age=25)],
                    ["direct_injured"], status="merged", opened="2026-02-12")
        gone = seeded.case(unit, "PB-LHR", lhr, [seeded.person(unit, "PB-LHR", next(n),
                                                               "female", age=25)],
                           ["direct_injured"], opened="2026-02-12")
        unit.records.delete("vc_case", gone)
    coord.close()
    return seeded


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    data_dir = tmp_path_factory.mktemp("reports") / "hub"
    return data_dir, seed_hub(data_dir)


@pytest.fixture
def hub_login(hub: tuple[Path, Seeded]) -> Iterator[Callable[[str], Session]]:
    opened: list[Session] = []

    def _login(username: str) -> Session:
        s = sign_in(hub[0], username, PASSWORD)
        opened.append(s)
        return s

    yield _login
    for s in opened:
        s.close()


def _cells(table: Any) -> dict[tuple[str, str], int]:
    return {(r, c): table.cells[i][j] for i, r in enumerate(table.rows)
            for j, c in enumerate(table.cols) if table.cells[i][j]}


# -- the dashboard ------------------------------------------------------------------------------
def test_coordinator_at_the_hub_counts_every_office(hub_login: Callable[[str], Session]) -> None:
    d = reports.dashboard(hub_login("coord"), Filters(), TODAY)
    assert d.office == "" and d.area_level == "province"
    assert (d.victims, d.cases) == (28, 23)
    assert _cells(d.tables["victims_by_area"]) == {
        ("KP", "male"): 15, ("KP", "female"): 4, ("KP", "transgender"): 1,
        ("PB", "female"): 7, ("unknown", "male"): 1}
    assert _cells(d.tables["victims_by_age"]) == {
        ("5_11", "female"): 4, ("18_29", "female"): 7, ("30_44", "male"): 13,
        ("45_59", "male"): 3, ("unknown", "transgender"): 1}
    assert _cells(d.tables["victims_by_category"]) == {
        ("direct_injured", "male"): 16, ("indirect_family", "female"): 4,
        ("intervener", "transgender"): 1, ("direct_psychological", "female"): 7}
    assert _cells(d.tables["victims_by_incident_type"]) == {
        ("bombing", "male"): 12, ("bombing", "female"): 4, ("bombing", "transgender"): 1,
        ("targeted_killing", "male"): 3, ("armed_assault", "female"): 7,
        ("unknown", "male"): 1}
    assert _cells(d.tables["cases_by_area"]) == {("KP", "open"): 15, ("PB", "open"): 7,
                                                 ("unknown", "open"): 1}
    assert _cells(d.tables["needs_by_domain"]) == {("legal_aid", "met"): 12,
                                                   ("mhpss", "identified"): 4}
    assert (d.needs, d.needs_met) == (16, 12)
    assert _cells(d.tables["referrals_by_service"]) == {("legal_aid", "accepted"): 6,
                                                        ("legal_aid", "awaiting"): 2}
    assert _cells(d.tables["response_days"]) == {("2_3", "routine"): 6}
    assert (d.answered, d.median_days) == (6, 2)
    assert _cells(d.tables["overdue_by_area"]) == {("KP", "follow_ups"): 3,
                                                   ("KP", "referrals"): 2}
    assert (d.overdue_follow_ups, d.overdue_referrals) == (3, 2)


def test_period_and_area_narrow_the_cases(hub_login: Callable[[str], Session]) -> None:
    coord = hub_login("coord")
    q1 = reports.dashboard(coord, Filters(start=Q1[0], end=Q1[1]), TODAY)
    assert (q1.victims, q1.cases) == (25, 20)  # Swat (November 2025) falls outside
    kp = reports.dashboard(coord, Filters(province="KP"), TODAY)
    assert kp.area_level == "district"
    assert {r: kp.tables["victims_by_area"].row_totals[i]
            for i, r in enumerate(kp.tables["victims_by_area"].rows)} == {"KP-PEW": 17,
                                                                         "KP-SWT": 3}
    swat_q1 = reports.dashboard(coord, Filters(start=Q1[0], end=Q1[1], district="KP-SWT"),
                                TODAY)
    assert swat_q1.victims == 0 and swat_q1.tables["victims_by_area"].rows == ()
    # By the day the case opened: the case without an incident counts in March, Swat not.
    opened = reports.dashboard(coord, Filters(start=dt.date(2026, 3, 1),
                                              end=dt.date(2026, 3, 31), basis="opened"), TODAY)
    assert opened.victims == 1
    # Overdue work is counted on the day, whatever the period.
    assert q1.overdue_follow_ups == reports.dashboard(
        coord, Filters(start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31)),
        TODAY).overdue_follow_ups == 3


def test_a_supervisor_at_the_hub_sees_their_own_office(
        hub_login: Callable[[str], Session]) -> None:
    d = reports.dashboard(hub_login("sup"), Filters(), TODAY)
    assert d.office == "PK-HUB" and d.victims == 0


def test_a_case_worker_may_not_see_or_export_statistics(
        hub_login: Callable[[str], Session], tmp_path: Path) -> None:
    cw = hub_login("cw")
    before = cw.db.scalar("SELECT count(*) FROM audit_event")
    with pytest.raises(PermissionDenied):
        reports.dashboard(cw, Filters())
    for fmt in stats_export.FORMATS:
        with pytest.raises(PermissionDenied):
            stats_export.export(cw, Filters(), tmp_path / f"out.{fmt}", fmt)
    assert list(tmp_path.iterdir()) == []
    assert cw.db.scalar("SELECT count(*) FROM audit_event") == before


def test_a_refresh_with_nothing_changed_is_not_counted_again(
        hub_login: Callable[[str], Session]) -> None:
    coord = hub_login("coord")
    first = reports.dashboard(coord, Filters(), TODAY)
    assert reports.dashboard(coord, Filters(), TODAY) is first
    with coord.unit(Action.REPORT_EXPORT) as unit:
        added = unit.records.insert("follow_up", {"case_id": unit.db.scalar(
            "SELECT id FROM vc_case WHERE deleted IS NULL AND status = 'open'"),
            "due_on": "2026-06-01", "kind": "call", "done": False}, office="KP-PEW")
    again = reports.dashboard(coord, Filters(), TODAY)
    assert again is not first and again.overdue_follow_ups == first.overdue_follow_ups + 1
    with coord.unit(Action.REPORT_EXPORT) as unit:
        unit.records.delete("follow_up", added)
    assert reports.dashboard(coord, Filters(), TODAY).overdue_follow_ups == \
        first.overdue_follow_ups


def test_sql_age_bands_agree_with_the_domain(hub_login: Callable[[str], Session]) -> None:
    """Ages around birthdays and from estimates made on other days, as the dashboard facts
    store them, land in the same band as statistics.age_on says."""
    coord = hub_login("coord")
    day = "2026-03-14"
    cases = [("2008-03-14", None, None), ("2008-03-15", None, None), ("1966-03-14", None, None),
             ("1966-03-15", None, None), (None, 17, "2026-05-01"), (None, 18, "2027-03-15"),
             (None, 4, "2026-03-14"), (None, 5, "2026-03-13"), (None, 18, "2026-04-01"),
             (None, 59, "2025-03-14"), ("2021-03-15", None, None),
             ("2030-01-01", None, None)]
    got = [age_band(coord.db.scalar(
        f"SELECT {report_facts.AGE_SQL} FROM (SELECT ? AS date_of_birth, ? AS age_estimate,"
        " ? AS age_estimated_on) p, (SELECT ? AS day) f", (dob, est, on, day)))
        for dob, est, on in cases]
    want = [age_band(age_on(dt.date.fromisoformat(day),
                            dt.date.fromisoformat(dob) if dob else None, est,
                            dt.date.fromisoformat(on) if on else None)) for dob, est, on in cases]
    assert got == want
    assert want[:4] == ["18_29", "12_17", "60_plus", "45_59"]


# -- exports -----------------------------------------------------------------------------------
def _csv_values(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _xlsx(data: bytes) -> tuple[dict[str, str], list[str], list[tuple[str, str]]]:
    """(every XML member as text, shared strings, (sheet, cell value) of every number)."""
    members, strings, numbers = {}, [], []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            members[name] = z.read(name).decode("utf-8")
    strings = [html.unescape(t) for t in re.findall(
        r"<t[^>]*>([^<]*)</t>", members.get("xl/sharedStrings.xml", ""))]
    for name, text in members.items():
        if name.startswith("xl/worksheets/sheet"):
            for cell in re.finditer(r"<c ([^>]*)>(.*?)</c>", text):
                if 't="s"' not in cell.group(1):
                    value = re.search(r"<v>([^<]*)</v>", cell.group(2))
                    if value:
                        numbers.append((name, value.group(1)))
    return members, strings, numbers


def _pdf_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            texts.append(contents.get_data().decode("latin-1"))
    texts.append(str(reader.metadata))
    return texts


def _assert_no_identifier(blobs: list[bytes], seeded: Seeded) -> None:
    for blob in blobs:
        for secret in seeded.secrets | set(seeded.case_numbers):
            assert secret.encode("utf-8") not in blob, secret
        assert not UUID.search(blob), "a record id"
        for marker in (b"SUMMARY-MARKER", b"PROVIDER-MARKER", b"Hub coord"):
            assert marker not in blob


def _assert_no_small_count(value: str, threshold: int = 5) -> None:
    if value in ("<5", "x"):
        return
    number = int(float(value))
    assert number == 0 or number >= threshold, value


def test_exports_carry_no_identifier_and_no_small_count(
        hub: tuple[Path, Seeded], hub_login: Callable[[str], Session], tmp_path: Path) -> None:
    coord = hub_login("coord")
    seeded = hub[1]
    before = coord.db.scalar("SELECT count(*) FROM audit_event WHERE action = 'report.export'")
    filters = Filters(start=Q1[0], end=Q1[1])
    written = {fmt: stats_export.export(coord, filters, tmp_path / f"q1.{fmt}", fmt, TODAY)
               for fmt in stats_export.FORMATS}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q1.csv", "q1.pdf", "q1.xlsx"]

    data = (tmp_path / "q1.csv").read_bytes()
    rows = _csv_values(data)
    assert {r["table"] for r in rows} == {"about", *(s.key for s in reports.SPECS)}
    for r in rows:
        if r["table"] != "about":
            _assert_no_small_count(r["value"])
    transgender_kp = [r for r in rows if r["table"] == "victims_by_area"
                      and r["row_code"] == "KP" and r["column_code"] == "transgender"]
    assert transgender_kp[0]["value"] in ("<5", "x")   # the one transgender victim is hidden
    _assert_no_identifier([data, data.decode("utf-8-sig").encode("utf-8")], seeded)

    data = (tmp_path / "q1.xlsx").read_bytes()
    members, strings, numbers = _xlsx(data)
    assert "About" in members["xl/workbook.xml"]
    assert any("2026-01-01 to 2026-03-31" in s for s in strings)
    for _sheet, value in numbers:
        _assert_no_small_count(value)
    assert {s for s in strings if re.fullmatch(r"<\d+", s)} == {"<5"}
    _assert_no_identifier([data, *(m.encode("utf-8") for m in members.values())], seeded)

    data = (tmp_path / "q1.pdf").read_bytes()
    texts = _pdf_texts(data)
    joined = "\n".join(texts[:len(pypdf.PdfReader(io.BytesIO(data)).pages)])
    assert "Victims by area and sex" in joined and "<5" in joined
    assert "no names, identity numbers, dates of birth" in joined.replace("\n", " ")
    _assert_no_identifier([data, *(t.encode("utf-8") for t in texts)], seeded)

    events = coord.db.query("SELECT * FROM audit_event WHERE action = 'report.export'"
                            " ORDER BY seq")
    assert len(events) == before + 3
    details = [json.loads(e["details"]) for e in events[-3:]]
    assert [d["format"] for d in details] == ["csv", "xlsx", "pdf"]
    assert all(d["tables"] == list(written["pdf"].tables) for d in details)
    assert details[0]["start"] == "2026-01-01" and details[0]["threshold"] == 5
    assert audit.verify(coord.db)[1] is None


def test_the_threshold_is_a_setting(hub_login: Callable[[str], Session], tmp_path: Path) -> None:
    coord = hub_login("coord")
    with coord.db.transaction():
        coord.db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, '10')",
                         (reports.THRESHOLD_SETTING,))
    try:
        stats_export.export(coord, Filters(), tmp_path / "t.csv", "csv", TODAY)
        rows = _csv_values((tmp_path / "t.csv").read_bytes())
        values = {r["value"] for r in rows if r["table"] != "about"}
        assert "<10" in values and "<5" not in values
        for v in values - {"<10", "x"}:
            assert int(v) == 0 or int(v) >= 10
    finally:
        with coord.db.transaction():
            coord.db.execute("DELETE FROM setting WHERE key = ?", (reports.THRESHOLD_SETTING,))


# -- an office: a supervisor's own cases, seeded through the services -------------------------
FAMILY_NAMES = ("Aslam", "Bibi", "Qureshi", "Malik", "Shah", "Iqbal", "Bhatti", "Butt")


def test_supervisor_at_an_office_reports_on_registered_cases(
        login: Callable[[str], Session], tmp_path: Path) -> None:
    cw, sup = login("cw"), login("sup")
    families, secrets = [], set()
    for n, family in enumerate(FAMILY_NAMES):
        cnic = f"35202{n:07d}1"
        mobile = f"0300-77766{n:02d}"
        families.append({"members": [
            {"given_name": f"Nargis{n}", "family_name": family, "sex": "female",
             "date_of_birth": "1990-07-0" + str(n + 1), "cnic": cnic, "mobile": mobile,
             "victim_category": "direct_injured"}]})
        secrets |= {f"Nargis{n}", cnic, f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}", mobile,
                    "+92" + mobile[1:].replace("-", ""), f"1990-07-0{n + 1}"}
    reg = incidents.register_incident(cw, {"occurred_on": "2026-03-14", "district": "PB-LHR",
                                           "attack_types": ["bombing"]}, families)
    care.record_needs(cw, reg.case_ids[0], [{"domain": "legal_aid", "severity": "high"}])
    care.add_follow_up(cw, reg.case_ids[1], "2026-03-20", "call")
    d = reports.dashboard(sup, Filters(start=Q1[0], end=Q1[1]), TODAY)
    assert d.office == "PB-LHR" and d.area_level == "district"
    assert (d.victims, d.cases, d.needs, d.overdue_follow_ups) == (8, 8, 1, 1)
    assert _cells(d.tables["victims_by_age"]) == {("30_44", "female"): 8}
    out = tmp_path / "out"
    out.mkdir()
    path = out / "office.csv"
    stats_export.export(sup, Filters(start=Q1[0], end=Q1[1]), path, "csv", TODAY)
    blob = path.read_bytes()
    for secret in secrets | set(reg.case_numbers):
        assert secret.encode() not in blob
    rows = _csv_values(blob)
    by_sex = {r["column_code"]: r["value"] for r in rows
              if r["table"] == "victims_by_area" and r["row_code"] == "total"}
    assert by_sex == {"female": "8", "male": "0", "transgender": "0", "not_stated": "0",
                      "total": "8"}
    # One need in all: the whole table is withheld.
    assert {r["value"] for r in rows if r["table"] == "needs_by_domain"} == {"x"}
    assert [p.name for p in out.iterdir()] == ["office.csv"]  # no temp file left beside it
