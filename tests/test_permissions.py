"""Who may do what: the whole role × action table, every service path, and case scoping."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import ADMIN_PASSWORD, PASSWORD, USERS, sample_families, sample_incident

from victimcare.domain.enums import Role
from victimcare.domain.errors import NotFound, PermissionDenied
from victimcare.domain.permissions import PERMISSIONS, Action, allowed, require
from victimcare.services import accounts, care, casefile, cases, incidents, people
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session
from victimcare.store.keyslots import FAST_KDF

# The table as the design states it (SECURITY.md, DOMAIN.md), written out independently of
# domain/permissions.py so that a change there is a visible, reviewed change here too.
CASEWORK = {
    "case.view", "case.create", "case.update", "incident.register", "person.edit", "needs.edit",
    "risk.assess", "consent.record", "note.add", "followup.edit", "attachment.add",
    "attachment.view", "referral.draft", "closure.request", "search",
}
EXPECTED: dict[str, set[str]] = {
    "caseworker": CASEWORK,
    "supervisor": CASEWORK | {
        "case.assign", "case.view_restricted", "case.transfer", "risk.review",
        "note.view_restricted", "attachment.export", "referral.approve", "referral.print",
        "closure.approve", "directory.manage", "register.import", "bundle.export", "bundle.import",
        "conflict.resolve",
        "report.export", "audit.view",
    },
    "coordinator": {
        "case.view", "case.view_restricted", "case.transfer", "attachment.view", "search",
        "directory.manage", "bundle.export", "bundle.import", "conflict.resolve",
        "duplicate.merge", "report.export", "audit.view", "audit.verify",
    },
    # Not register.import: importing registers victims, which needs incident.register too.
    "admin": {"user.manage", "settings.manage", "key.rotate", "backup", "audit.view",
              "audit.verify", "bundle.export"},
    "auditor": {"audit.view", "audit.verify"},
}
# Nobody who handles cases may also manage keys and accounts (need-to-know, SECURITY.md).
NEVER_TOGETHER = [("case.view", "user.manage"), ("case.view", "key.rotate")]


# -- the table itself ----------------------------------------------------------------------
def test_every_role_is_in_the_table() -> None:
    assert {r.value for r in Role} == set(EXPECTED) == {r.value for r in PERMISSIONS}


def test_every_action_is_known() -> None:
    mentioned = set().union(*EXPECTED.values())
    assert mentioned <= {a.value for a in Action}


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_whole_matrix(role: str) -> None:
    wrong = []
    for action in Action:
        expected = action.value in EXPECTED[role]
        if allowed([role], action) != expected or (action in PERMISSIONS[Role(role)]) != expected:
            wrong.append(f"{role} {'should' if expected else 'must not'} {action.value}")
    assert wrong == []


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_require_raises_with_the_action_named(role: str) -> None:
    for action in Action:
        if action.value in EXPECTED[role]:
            require([role], action)
        else:
            with pytest.raises(PermissionDenied) as info:
                require([role], action)
            assert info.value.params == {"action": action.value}


def test_roles_add_up_and_no_role_separates_duties() -> None:
    assert allowed(["caseworker", "auditor"], Action.AUDIT_VERIFY)
    assert allowed(["caseworker", "auditor"], Action.CASE_CREATE)
    assert not allowed([], Action.CASE_VIEW)
    for role, actions in EXPECTED.items():
        for a, b in NEVER_TOGETHER:
            assert not (a in actions and b in actions), role


# -- a world to act on, built once, copied for every test ----------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    data_dir = tmp_path_factory.mktemp("perm") / "data"
    create_installation(data_dir, office_code="PB-LHR", admin_username="admin",
                        admin_password=ADMIN_PASSWORD, kdf=FAST_KDF)
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    for name, roles in USERS.items():
        accounts.create_user(admin, name, f"User {name}", roles, password=PASSWORD)
    ids = {u.username: u.id for u in accounts.list_users(admin)}
    admin.close()

    cw = sign_in(data_dir, "cw", PASSWORD)
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    case = reg.case_ids[0]
    w: dict[str, Any] = {
        "case": case, "case_b": reg.case_ids[1], "person": reg.person_ids[0],
        "spouse": reg.person_ids[1], "person_b": reg.person_ids[2], "users": ids,
        "note": care.add_note(cw, case, "Visited the family."),
        "restricted_note": care.add_note(cw, case, "Threat by phone.", restricted=True),
        "assessment": care.assess_risk(cw, case, "high", rationale="Threat by phone"),
        "attachment": care.add_attachment(cw, case, "slip.pdf", "application/pdf", b"%PDF-1"),
        "consent": care.record_consent(cw, case, {
            "person": reg.person_ids[0], "given_by": "self",
            "consent_type": "share_with_provider", "provider_type": "health",
            "data_categories": ["name", "contact_phone"], "method": "signed",
            "given_on": "2026-03-20", "purpose": "Referral to hospital"}),
        "follow_up": care.add_follow_up(cw, case, "2026-04-01", "call"),
    }
    care.record_needs(cw, case, [{"domain": "ongoing_medical", "severity": "high"}])
    w["need_item"] = cw.db.scalar("SELECT id FROM need_item")
    cw.close()
    return data_dir, w


@pytest.fixture
def world(template, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    source, w = template
    target = tmp_path / "data"
    shutil.copytree(source, target)
    return target, w


@pytest.fixture
def as_user(world) -> Iterator[Callable[[str], Session]]:
    data_dir, _ = world
    opened: list[Session] = []

    def _as(username: str) -> Session:
        s = sign_in(data_dir, username, ADMIN_PASSWORD if username == "admin" else PASSWORD)
        opened.append(s)
        return s

    yield _as
    for s in opened:
        s.close()


def _password(username: str) -> str:
    return ADMIN_PASSWORD if username == "admin" else PASSWORD


Call = Callable[[Session, dict[str, Any]], object]
CALLS: list[tuple[str, Action, Call]] = [
    ("register_incident", Action.INCIDENT_REGISTER,
     lambda s, w: incidents.register_incident(s, sample_incident(), sample_families())),
    ("open_case", Action.CASE_CREATE,
     lambda s, w: cases.open_case(s, w["person_b"], "direct_injured")),
    ("update_case", Action.CASE_UPDATE,
     lambda s, w: cases.update_case(s, w["case"], {"witness": True})),
    ("update_case(assign)", Action.CASE_ASSIGN,
     lambda s, w: cases.update_case(s, w["case"], {"supervisor": w["users"]["sup"]})),
    ("update_person", Action.PERSON_EDIT,
     lambda s, w: people.update_person(s, w["person"], {"disability": "hearing"})),
    ("add_contact", Action.PERSON_EDIT,
     lambda s, w: people.add_contact(s, w["person"], "mobile", "0321-7654321")),
    ("add_relationship", Action.PERSON_EDIT,
     lambda s, w: people.add_relationship(s, w["person_b"], w["person"], "sibling")),
    ("add_note", Action.NOTE_ADD, lambda s, w: care.add_note(s, w["case"], "Called again.")),
    ("notes", Action.CASE_VIEW, lambda s, w: care.notes(s, w["case"])),
    ("record_needs", Action.NEEDS_EDIT,
     lambda s, w: care.record_needs(s, w["case"], [{"domain": "cash", "severity": "low"}])),
    ("update_need", Action.NEEDS_EDIT,
     lambda s, w: care.update_need(s, w["need_item"], {"status": "referral_planned"})),
    ("assess_risk", Action.RISK_ASSESS,
     lambda s, w: care.assess_risk(s, w["case_b"], "medium", rationale="Neighbours talk")),
    ("review_risk", Action.RISK_REVIEW,
     lambda s, w: care.review_risk(s, w["assessment"], True)),
    ("pending_risk_reviews", Action.RISK_REVIEW, lambda s, w: care.pending_risk_reviews(s)),
    ("record_consent", Action.CONSENT_RECORD,
     lambda s, w: care.record_consent(s, w["case"], {
         "person": w["person"], "given_by": "self", "consent_type": "follow_up_contact",
         "method": "verbal_witnessed", "witness_name": "Neighbour", "given_on": "2026-03-21"})),
    ("withdraw_consent", Action.CONSENT_RECORD,
     lambda s, w: care.withdraw_consent(s, w["consent"], "Changed mind")),
    ("add_follow_up", Action.FOLLOWUP_EDIT,
     lambda s, w: care.add_follow_up(s, w["case"], "2026-05-01", "visit")),
    ("complete_follow_up", Action.FOLLOWUP_EDIT,
     lambda s, w: care.complete_follow_up(s, w["follow_up"], "Reached by phone")),
    ("add_attachment", Action.ATTACHMENT_ADD,
     lambda s, w: care.add_attachment(s, w["case"], "x.jpg", "image/jpeg", b"\xff\xd8")),
    ("read_attachment(view)", Action.ATTACHMENT_VIEW,
     lambda s, w: care.read_attachment(s, w["attachment"])),
    ("read_attachment(export)", Action.ATTACHMENT_EXPORT,
     lambda s, w: care.read_attachment(s, w["attachment"], purpose="export")),
    ("find", Action.SEARCH, lambda s, w: cases.find(s, "Aslam")),
    ("list_cases", Action.CASE_VIEW, lambda s, w: cases.list_cases(s, cases.CaseQuery())),
    ("count_cases", Action.CASE_VIEW, lambda s, w: cases.count_cases(s, cases.CaseQuery())),
    ("home", Action.CASE_VIEW, lambda s, w: cases.home(s)),
    ("get_case", Action.CASE_VIEW, lambda s, w: casefile.get_case(s, w["case"])),
    ("possible_duplicates", Action.CASE_VIEW,
     lambda s, w: people.possible_duplicates(s, cnic="35202-1234567-1")),
    ("list_users", Action.USER_MANAGE, lambda s, w: accounts.list_users(s)),
    ("create_user", Action.USER_MANAGE,
     lambda s, w: accounts.create_user(s, "newbie", "New Person", ["caseworker"])),
    ("reset_password", Action.USER_MANAGE, lambda s, w: accounts.reset_password(s, "cw2")),
    ("set_roles", Action.USER_MANAGE,
     lambda s, w: accounts.set_roles(s, "cw2", ["caseworker", "auditor"])),
    ("remove_user", Action.USER_MANAGE, lambda s, w: accounts.remove_user(s, "cw2")),
    ("rotate_database_key", Action.KEY_ROTATE,
     lambda s, w: accounts.rotate_database_key(s, _password(s.username))),
]
ACTORS = ["admin", "cw", "sup", "coord", "aud"]


def _footprint(session: Session, data_dir: Path) -> tuple[int, int, int, bytes]:
    db = session.db
    return (db.scalar("SELECT count(*) FROM change_log"),
            db.scalar("SELECT count(*) FROM audit_event"),
            db.scalar("SELECT coalesce(max(seq), 0) FROM audit_event"),
            InstallationPaths(data_dir).keyslots.read_bytes())


@pytest.mark.parametrize("username", ACTORS)
@pytest.mark.parametrize(("name", "action", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_service_enforces_the_table(world, as_user, username: str, name: str, action: Action,
                                    call: Call) -> None:
    data_dir, w = world
    session = as_user(username)
    if session.can(action):
        call(session, w)  # allowed: it simply works
        return
    before = _footprint(session, data_dir)
    with pytest.raises(PermissionDenied) as info:
        call(session, w)
    assert info.value.params == {"action": action.value}
    assert _footprint(session, data_dir) == before  # nothing written, not even an audit event


def test_every_user_has_the_roles_of_the_table(as_user) -> None:
    for username in ACTORS:
        session = as_user(username)
        for action in Action:
            assert session.can(action) == (action.value in EXPECTED[session.roles[0].value])


# -- restricted notes ----------------------------------------------------------------------
@pytest.mark.parametrize(("username", "sees_restricted"),
                         [("cw", False), ("cw2", False), ("sup", True), ("coord", False)])
def test_restricted_notes_only_for_roles_allowed_to_read_them(world, as_user, username: str,
                                                              sees_restricted: bool) -> None:
    _, w = world
    session = as_user(username)
    expected = {w["note"], w["restricted_note"]} if sees_restricted else {w["note"]}
    assert {n["id"] for n in care.notes(session, w["case"])} == expected
    assert {n["id"] for n in casefile.get_case(session, w["case"]).notes} == expected


# -- scoping: restricted cases and other offices -------------------------------------------
@pytest.fixture
def restricted(world, as_user) -> dict[str, Any]:
    """Case "case" flagged restricted by its own case worker (cw); cw2 is not assigned."""
    _, w = world
    cases.update_case(as_user("cw"), w["case"], {"sensitivity": "restricted"})
    return w


def _visible_everywhere(session: Session, w: dict[str, Any]) -> dict[str, bool]:
    case = w["case"]
    return {
        "list": case in {r.id for r in cases.list_cases(session, cases.CaseQuery())},
        "list_text": case in {r.id for r in cases.list_cases(session,
                                                             cases.CaseQuery(text="Aslam"))},
        "find_name": case in {f.case_id for f in cases.find(session, "Aslam")},
        "find_cnic": case in {f.case_id for f in cases.find(session, "35202-1234567-1")},
        "home": case in {r.id for r in cases.home(session).recent}
                or case in {r.id for r in cases.home(session).high_risk},
    }


def test_restricted_case_is_invisible_to_an_unassigned_caseworker(restricted, as_user) -> None:
    w = restricted
    cw2 = as_user("cw2")
    assert not any(_visible_everywhere(cw2, w).values())
    assert cases.count_cases(cw2, cases.CaseQuery()) == 1
    # Nothing about the person leaks through search either: not even without a case.
    assert {f.person_id for f in cases.find(cw2, "Aslam")} & {w["person"], w["spouse"]} == set()
    for attempt in (
        lambda: casefile.get_case(cw2, w["case"]),
        lambda: care.notes(cw2, w["case"]),
        lambda: care.add_note(cw2, w["case"], "peek"),
        lambda: care.read_attachment(cw2, w["attachment"]),
        lambda: care.assess_risk(cw2, w["case"], "low", rationale="x"),
        lambda: care.add_follow_up(cw2, w["case"], "2026-05-01", "call"),
        lambda: care.withdraw_consent(cw2, w["consent"], "x"),
        lambda: cases.update_case(cw2, w["case"], {"sensitivity": "normal"}),
    ):
        with pytest.raises(NotFound) as info:
            attempt()
        assert info.value.code == "not_found"


def test_not_found_looks_the_same_for_hidden_and_missing_cases(restricted, as_user) -> None:
    cw2 = as_user("cw2")
    with pytest.raises(NotFound) as hidden:
        casefile.get_case(cw2, restricted["case"])
    with pytest.raises(NotFound) as missing:
        casefile.get_case(cw2, "01900000-0000-7000-8000-000000000000")
    assert (hidden.value.code, hidden.value.params) == (missing.value.code, missing.value.params)


@pytest.mark.parametrize("username", ["cw", "sup", "coord"])
def test_restricted_case_is_visible_to_its_worker_and_supervisors(restricted, as_user,
                                                                  username: str) -> None:
    session = as_user(username)
    assert all(_visible_everywhere(session, restricted).values())
    assert casefile.get_case(session, restricted["case"]).case["sensitivity"] == "restricted"


def test_supervisor_sees_pending_reviews_of_restricted_cases(restricted, as_user) -> None:
    assert restricted["assessment"] in {r["id"] for r in care.pending_risk_reviews(as_user("sup"))}


def test_duplicate_warning_does_not_reveal_a_restricted_case(restricted, as_user) -> None:
    dups = people.possible_duplicates(as_user("cw2"), cnic="35202-1234567-1")
    shown = " ".join(f"{d.name} {d.guardian_name} {' '.join(d.case_numbers)}" for d in dups)
    assert "Aslam" not in shown and "PB-LHR-2026-00001" not in shown


def test_people_of_a_restricted_case_cannot_be_edited_by_others(restricted, as_user) -> None:
    cw2 = as_user("cw2")
    w = restricted
    leaked = []
    for name, attempt in (
        ("update_person", lambda: people.update_person(cw2, w["person"], {"disability": "x"})),
        ("add_contact", lambda: people.add_contact(cw2, w["person"], "address", "Street 1")),
        ("add_relationship", lambda: people.add_relationship(cw2, w["person_b"], w["person"],
                                                             "sibling")),
        ("open_case", lambda: cases.open_case(cw2, w["person"], "direct_injured")),
    ):
        try:
            attempt()
            leaked.append(name)
        except NotFound:
            pass
    assert leaked == []


def _case_in_other_office(session: Session) -> tuple[str, str]:
    """A case of another office, as a hub's return bundle would bring it (no service does yet)."""
    with session.unit(None) as unit:
        r = unit.records
        person = r.insert("person", {"given_name": "Faraz", "family_name": "Aslam",
                                     "guardian_name": "Karim", "sex": "male"}, office="KP-PEW")
        case = r.insert("vc_case", {
            "case_number": "KP-PEW-2026-00001", "principal_person": person, "status": "open",
            "sensitivity": "normal", "opened_on": "2026-03-01"}, office="KP-PEW")
        r.insert("case_member", {"case_id": case, "person": person,
                                 "victim_category": "direct_injured", "principal": True},
                 office="KP-PEW")
    return case, person


@pytest.mark.parametrize("username", ["cw", "sup", "coord"])
def test_cases_of_another_office_are_out_of_scope(as_user, username: str) -> None:
    case, person = _case_in_other_office(as_user("sup"))
    session = as_user(username)
    assert case not in {r.id for r in cases.list_cases(session, cases.CaseQuery())}
    assert person not in {f.person_id for f in cases.find(session, "Faraz")}
    with pytest.raises(NotFound):
        casefile.get_case(session, case)
    if session.can(Action.PERSON_EDIT):
        with pytest.raises(NotFound):
            people.update_person(session, person, {"disability": "x"})
