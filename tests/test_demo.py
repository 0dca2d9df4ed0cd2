"""The demo installation: logins that work, and made-up casework that looks and reads right."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest

from victimcare.domain import reference
from victimcare.domain.validation import normalise_cnic, normalise_mobile
from victimcare.services import (
    care,
    casefile,
    cases,
    compensation,
    directory,
    referrals,
    reports,
)
from victimcare.services.demo import DEMO_PASSWORD, DemoResult, create_demo
from victimcare.services.installation import sign_in
from victimcare.services.session import Session
from victimcare.store import audit
from victimcare.store.keyslots import FAST_KDF

CASES = 12
LATIN = re.compile(r"^[A-Za-z][A-Za-z' .-]*$")
# Urdu in Arabic script, written with the Urdu letters (never Arabic kaf, yeh, heh, alef maksura).
URDU = re.compile(r"^[\u0600-\u06FF]+( [\u0600-\u06FF]+)*$")
ARABIC_NOT_URDU = set("كيهىة")
AsUser = Callable[[str], Session]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    steps: list[tuple[int, int]] = []
    result = create_demo(tmp_path_factory.mktemp("demo") / "data", cases=CASES, kdf=FAST_KDF,
                         progress=lambda done, total: steps.append((done, total)))
    assert steps[-1][0] == steps[-1][1], "progress ends at its total"
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    return result


@pytest.fixture
def as_user(demo: DemoResult) -> Iterator[AsUser]:
    opened: list[Session] = []

    def _as(username: str) -> Session:
        session = sign_in(demo.data_dir, username, DEMO_PASSWORD)
        opened.append(session)
        return session

    yield _as
    for s in opened:
        s.close()


def _rows(session: Session, sql: str, params: tuple[object, ...] = ()) -> list[dict[str, object]]:
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in session.db.query(sql, params)]


def _age_on(person: dict[str, object], day: dt.date) -> float:
    if person["date_of_birth"]:
        born = dt.date.fromisoformat(str(person["date_of_birth"]))
    else:
        estimated_on = dt.date.fromisoformat(str(person["age_estimated_on"]))
        born = estimated_on - dt.timedelta(days=int(person["age_estimate"]) * 365.25)
    return (day - born).days / 365.25


def test_every_printed_login_signs_in_with_its_role(demo: DemoResult, as_user: AsUser) -> None:
    assert [role for role, _, _ in demo.logins] == ["caseworker", "supervisor", "coordinator",
                                                     "admin"]
    for role, username, password in demo.logins:
        assert len(password) >= 10 and username not in password.lower()
        assert [r.value for r in as_user(username).roles] == [role]
    # A second case worker and an auditor exist too, without a password change pending.
    for username in ("bilal", "farhan"):
        assert not as_user(username).must_change_password
    assert demo.recovery_key


def test_it_makes_as_many_cases_as_asked_each_with_its_family(demo: DemoResult,
                                                               as_user: AsUser) -> None:
    sup = as_user("tariq")
    assert demo.cases == CASES
    assert cases.count_cases(sup, cases.CaseQuery()) == CASES
    for row in cases.list_cases(sup, cases.CaseQuery(), limit=CASES):
        file = casefile.get_case(sup, row.id)
        assert file.members and file.incident is not None
        assert re.fullmatch(r"KP-PEW-\d{4}-\d{5}", row.case_number)
        assert row.case_number[7:11] == row.opened_on[:4], "numbered in the year it was opened"
        assert 1 <= len(file.assessments[0]["items"]) <= 4
        assert file.risks and file.follow_ups and file.notes
    assert len(_rows(sup, "SELECT id FROM incident")) < CASES, "an attack has several families"


def test_every_person_has_a_latin_name_and_an_urdu_name(demo: DemoResult, as_user: AsUser) -> None:
    people = _rows(as_user("tariq"), "SELECT * FROM person")
    assert len(people) > CASES
    for p in people:
        latin = " ".join(str(x) for x in (p["given_name"], p["family_name"]) if x)
        assert LATIN.match(latin), latin
        assert URDU.match(str(p["name_ur"])), p["name_ur"]
        assert not ARABIC_NOT_URDU & set(str(p["name_ur"]))
        assert p["guardian_name"] and URDU.match(str(p["guardian_name_ur"]))
        expected = {"male": {"s_o"}, "female": {"d_o", "w_o"}}[str(p["sex"])]
        assert p["guardian_relation"] in expected, (latin, p["guardian_relation"])


def test_identity_numbers_and_phones_have_the_right_shape(demo: DemoResult,
                                                           as_user: AsUser) -> None:
    sup = as_user("tariq")
    digit = {i.code: str(i.extra["cnic_digit"]) for i in reference.items("admin_units")
             if i.extra.get("level") == "province"}
    people = _rows(sup, "SELECT * FROM person")
    with_cnic = [p for p in people if p["cnic"]]
    assert with_cnic and len(with_cnic) < len(people), "some people have no CNIC"
    for p in with_cnic + [p for p in people if p["other_id_type"] == "b_form"]:
        number = normalise_cnic(str(p["cnic"] or p["other_id_number"]))
        province = reference.district_province(str(p["district"]))
        allowed = {digit[province]} | ({"2"} if province == "KP" else set())  # former FATA
        assert number[0] in allowed
        assert int(number[-1]) % 2 == (1 if p["sex"] == "male" else 0), "odd for men"
    for p in with_cnic:
        assert _age_on(p, dt.date.today()) >= 18
    phones = _rows(sup, "SELECT value FROM contact_point WHERE kind = 'mobile'")
    assert phones and len(phones) < len(people), "some people have no phone"
    for phone in phones:
        assert re.fullmatch(r"\+923\d{9}", str(phone["value"]))
        assert normalise_mobile(str(phone["value"])) == phone["value"]


def test_ages_and_names_fit_each_family(demo: DemoResult, as_user: AsUser) -> None:
    sup = as_user("tariq")
    people = {p["id"]: p for p in _rows(sup, "SELECT * FROM person")}
    relationships = _rows(sup, "SELECT * FROM relationship")
    assert {r["kind"] for r in relationships} >= {"spouse", "child"}
    today = dt.date.today()
    for r in relationships:
        a, b = people[r["person_a"]], people[r["person_b"]]  # a is the <kind> of b
        gap = _age_on(b, today) - _age_on(a, today)
        if r["kind"] == "child":
            assert gap >= 17
            father = b if b["sex"] == "male" else None
            if father:
                full = " ".join(str(x) for x in (father["given_name"], father["family_name"])
                                if x)
                assert a["guardian_name"] == full
        elif r["kind"] == "parent":
            assert gap <= -17
        elif r["kind"] == "spouse":
            assert min(_age_on(a, today), _age_on(b, today)) >= 17
            assert {a["sex"], b["sex"]} == {"male", "female"}
            wife, husband = (a, b) if a["sex"] == "female" else (b, a)
            assert wife["guardian_relation"] == "w_o"
            assert wife["guardian_name"] == " ".join(
                str(x) for x in (husband["given_name"], husband["family_name"]) if x)
    # Brothers and sisters never share a first name (children of one parent, and a sibling
    # and the victim).
    children: dict[str, list[str]] = {}
    for r in relationships:
        if r["kind"] == "child":
            children.setdefault(r["person_b"], []).append(people[r["person_a"]]["given_name"])
        elif r["kind"] == "sibling":
            a, b = people[r["person_a"]], people[r["person_b"]]
            assert a["given_name"] != b["given_name"]
    assert any(len(names) > 1 for names in children.values())
    for names in children.values():
        assert len(names) == len(set(names)), names


def test_nothing_happened_in_the_future(demo: DemoResult, as_user: AsUser) -> None:
    sup = as_user("tariq")
    today = dt.date.today().isoformat()
    now = dt.datetime.now(dt.UTC).isoformat()
    past = {"incident": ["occurred_on"], "person": ["date_of_birth", "date_of_death"],
            "vc_case": ["opened_on"], "needs_assessment": ["assessed_on"],
            "risk_assessment": ["assessed_on"], "consent": ["given_on", "withdrawn_on"],
            "follow_up": ["done_on"], "compensation_claim": ["submitted_on", "decided_on"]}
    for table, columns in past.items():
        for column in columns:
            latest = sup.db.scalar(f"SELECT max({column}) FROM {table}")
            assert latest is None or latest <= today, (table, column, latest)
    for table in ("person", "vc_case", "case_note", "follow_up", "consent", "attachment"):
        assert sup.db.scalar(f"SELECT max(created_at) FROM {table}") <= now
    for table in ("vc_case", "case_note", "follow_up"):
        first = sup.db.scalar(f"SELECT min(created_at) FROM {table}")
        assert first < (dt.date.today() - dt.timedelta(days=60)).isoformat(), \
            "the history goes back in time"
    assert sup.db.scalar("SELECT max(at) FROM audit_event") <= now
    deaths = _rows(sup, "SELECT p.date_of_death, i.occurred_on FROM person p"
                        " JOIN case_member m ON m.person = p.id JOIN vc_case c ON c.id = m.case_id"
                        " JOIN incident i ON i.id = c.incident WHERE p.deceased = 1")
    assert deaths and all(d["date_of_death"] == d["occurred_on"] for d in deaths)


def test_the_case_worker_has_overdue_follow_ups_on_her_home(demo: DemoResult,
                                                             as_user: AsUser) -> None:
    home = cases.home(as_user("amina"))
    assert any(f.overdue for f in home.follow_ups)
    assert home.recent


def test_the_supervisor_has_risk_ratings_to_review(demo: DemoResult, as_user: AsUser) -> None:
    sup = as_user("tariq")
    assert cases.home(sup).pending_risk_reviews > 0
    pending = care.pending_risk_reviews(sup)
    assert pending and all(p["assessed_by_name"] in ("Amina Yousafzai", "Bilal Khattak")
                           for p in pending)
    reviewed = _rows(sup, "SELECT reviewed_by FROM risk_assessment WHERE reviewed_by IS NOT NULL")
    assert all(r["reviewed_by"] == sup.user_id for r in reviewed)


def test_restricted_cases_are_hidden_from_the_other_case_worker(demo: DemoResult,
                                                               as_user: AsUser) -> None:
    sup = as_user("tariq")
    restricted = [r for r in cases.list_cases(sup, cases.CaseQuery(), limit=CASES)
                  if r.restricted]
    assert restricted
    for row in restricted:
        worker = "amina" if row.case_worker == "Amina Yousafzai" else "bilal"
        other = "bilal" if worker == "amina" else "amina"
        assert row.id in {r.id for r in cases.list_cases(as_user(worker), cases.CaseQuery(),
                                                         limit=CASES)}
        assert row.id not in {r.id for r in cases.list_cases(as_user(other), cases.CaseQuery(),
                                                             limit=CASES)}
        assert any(n["restricted"] for n in care.notes(sup, row.id))


def test_claims_for_deaths_and_injuries_are_under_way_or_settled(demo: DemoResult,
                                                                  as_user: AsUser) -> None:
    """Victims who need compensation have a claim under their province's scheme, at every
    stage from papers being collected to paid, with the heirs of the dead named."""
    sup = as_user("tariq")
    claims = _rows(sup, "SELECT * FROM compensation_claim")
    assert claims and {c["status"] for c in claims} >= {"paid"}
    for claim in claims:
        listed = compensation.list_claims(sup, str(claim["case_id"]))
        assert claim["id"] in {c.id for c in listed}
        schemes = {i.code for i in compensation.schemes_for_case(sup, str(claim["case_id"]))}
        assert claim["scheme"] in schemes
        if claim["status"] == "paid":
            assert claim["amount_paid"] == claim["amount_claimed"] and claim["decided_on"]
        if claim["category"] == "death":
            assert claim["heirs"], "a death claim names the heirs"
    dash = reports.dashboard(sup)
    assert dash.claims == len(claims)


def test_referrals_go_to_the_office_directory_and_through_the_workflow(
        demo: DemoResult, as_user: AsUser) -> None:
    """The directory holds verified providers of each kind the office refers to; referrals
    were drafted by a case worker, approved and printed by the supervisor under a consent,
    and answered by the providers (or not yet)."""
    sup = as_user("tariq")
    providers = directory.list_providers(sup)
    assert len(providers) >= 5 and not any(p.stale or p.dsa_expired for p in providers)
    rows = referrals.list_referrals(sup)
    assert rows and len({r.status for r in rows}) >= 2
    for row in rows:
        detail = referrals.get_referral(sup, row.id)
        by = {e["to_status"]: e["by_user"] for e in detail.events}
        assert row.created_by_name in ("Amina Yousafzai", "Bilal Khattak")
        if "approved" in by:
            assert by["approved"] == sup.user_id and detail.referral["consent"]
            assert row.letter_no and row.print_count >= 1
    assert any(r.status in ("accepted", "completed_successful") for r in rows)
    # The history already holds what signing in would do: nothing is left to expire.
    assert [referrals.expire_overdue(as_user(u)) for u in ("amina", "bilal")] == [0, 0]


def test_consents_cover_registration_and_sharing(demo: DemoResult, as_user: AsUser) -> None:
    consents = _rows(as_user("tariq"), "SELECT * FROM consent")
    kinds = {c["consent_type"] for c in consents}
    assert "case_registration" in kinds
    sharing = [c for c in consents if c["consent_type"] == "share_with_provider"]
    assert sharing and all(c["provider_type"] and c["data_categories"] for c in sharing)


def test_attachments_are_real_files(demo: DemoResult, as_user: AsUser) -> None:
    sup = as_user("tariq")
    attachments = _rows(sup, "SELECT id FROM attachment")
    assert attachments
    for a in attachments:
        meta, data = care.read_attachment(sup, str(a["id"]))
        if meta["media_type"] == "application/pdf":
            text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
            assert "DEMO" in text
        else:
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", data[16:24])
            body = data[data.index(b"IDAT") + 4:data.index(b"IEND") - 8]
            assert len(zlib.decompress(body)) == height * (width + 1)


def test_the_audit_chain_verifies(demo: DemoResult, as_user: AsUser) -> None:
    checked, broken = audit.verify(as_user("farhan").db)
    assert broken is None and checked > CASES * 5


def test_the_same_seed_gives_the_same_people(demo: DemoResult, as_user: AsUser,
                                             tmp_path: Path) -> None:
    again = create_demo(tmp_path / "again", cases=CASES, kdf=FAST_KDF)
    query = "SELECT given_name, family_name, name_ur FROM person ORDER BY 1, 2, 3"
    other = sign_in(again.data_dir, "tariq", DEMO_PASSWORD)
    try:
        assert _rows(other, query) == _rows(as_user("tariq"), query)
    finally:
        other.close()


def test_a_failed_demo_leaves_no_half_made_installation(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(care, "add_note", broken)
    with pytest.raises(RuntimeError):
        create_demo(tmp_path / "demo", cases=2, kdf=FAST_KDF)
    monkeypatch.undo()
    assert create_demo(tmp_path / "demo", cases=2, kdf=FAST_KDF).cases == 2
