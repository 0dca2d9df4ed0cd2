"""The audit trail: every change and every view leaves an event; tampering breaks the chain."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import PASSWORD, sample_families, sample_incident

from victimcare.domain.errors import ValidationError
from victimcare.services import accounts, care, casefile, cases, incidents, people
from victimcare.services.installation import create_installation, recover, sign_in
from victimcare.services.session import Session
from victimcare.store import audit
from victimcare.store.audit import ChainBreak
from victimcare.store.keyslots import FAST_KDF


def _events(session: Session, after: int = 0) -> list[dict[str, Any]]:
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in session.db.query(
        "SELECT * FROM audit_event WHERE seq > ? ORDER BY seq", (after,))]


def _last_seq(session: Session) -> int:
    return int(session.db.scalar("SELECT coalesce(max(seq), 0) FROM audit_event"))


@pytest.fixture
def world(login) -> dict[str, Any]:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), sample_families())
    case = reg.case_ids[0]
    return {
        "cw": cw, "sup": login("sup"), "admin": login("admin"), "reg": reg, "case": case,
        "assessment": care.assess_risk(cw, case, "high", rationale="Threat"),
        "attachment": care.add_attachment(cw, case, "a.pdf", "application/pdf", b"%PDF"),
        "consent": care.record_consent(cw, case, {
            "person": reg.person_ids[0], "given_by": "self", "consent_type": "case_registration",
            "method": "signed", "given_on": "2026-03-20"}),
        "follow_up": care.add_follow_up(cw, case, "2026-04-01", "call"),
        "need": (care.record_needs(cw, case, [{"domain": "cash", "severity": "low"}]),
                 cw.db.scalar("SELECT id FROM need_item"))[1],
    }


W = dict[str, Any]
WRITES: list[tuple[str, str, str, Callable[[W], object]]] = [
    # (name, who, audit action expected, call)
    ("register_incident", "cw", "incident.register",
     lambda w: incidents.register_incident(w["cw"], sample_incident(), sample_families())),
    ("open_case", "cw", "case.open",
     lambda w: cases.open_case(w["cw"], w["reg"].person_ids[2], "direct_injured")),
    ("update_case", "cw", "case.update",
     lambda w: cases.update_case(w["cw"], w["case"], {"witness": True})),
    ("update_person", "cw", "person.update",
     lambda w: people.update_person(w["cw"], w["reg"].person_ids[0], {"disability": "leg"})),
    ("add_contact", "cw", "contact.add",
     lambda w: people.add_contact(w["cw"], w["reg"].person_ids[0], "address", "House 1")),
    ("add_relationship", "cw", "relationship.add",
     lambda w: people.add_relationship(w["cw"], w["reg"].person_ids[2],
                                       w["reg"].person_ids[0], "sibling")),
    ("record_needs", "cw", "needs.record",
     lambda w: care.record_needs(w["cw"], w["case"], [{"domain": "shelter", "severity": "high"}])),
    ("update_need", "cw", "needs.update",
     lambda w: care.update_need(w["cw"], w["need"], {"status": "met"})),
    ("assess_risk", "cw", "risk.assess",
     lambda w: care.assess_risk(w["cw"], w["case"], "medium", rationale="Calmer")),
    ("review_risk", "sup", "risk.review",
     lambda w: care.review_risk(w["sup"], w["assessment"], True)),
    ("record_consent", "cw", "consent.record",
     lambda w: care.record_consent(w["cw"], w["case"], {
         "person": w["reg"].person_ids[0], "given_by": "self",
         "consent_type": "follow_up_contact", "method": "signed", "given_on": "2026-03-21"})),
    ("withdraw_consent", "cw", "consent.withdraw",
     lambda w: care.withdraw_consent(w["cw"], w["consent"], "Moved away")),
    ("add_note", "cw", "note.add", lambda w: care.add_note(w["cw"], w["case"], "Called.")),
    ("add_follow_up", "cw", "followup.add",
     lambda w: care.add_follow_up(w["cw"], w["case"], "2026-05-01", "visit")),
    ("complete_follow_up", "cw", "followup.done",
     lambda w: care.complete_follow_up(w["cw"], w["follow_up"], "Spoke to her")),
    ("add_attachment", "cw", "attachment.add",
     lambda w: care.add_attachment(w["cw"], w["case"], "b.png", "image/png", b"\x89PNG")),
    ("read_attachment", "cw", "attachment.view",
     lambda w: care.read_attachment(w["cw"], w["attachment"])),
    ("export_attachment", "sup", "attachment.export",
     lambda w: care.read_attachment(w["sup"], w["attachment"], purpose="export")),
    ("get_case", "cw", "case.view", lambda w: casefile.get_case(w["cw"], w["case"])),
    ("find", "cw", "search", lambda w: cases.find(w["cw"], "Aslam")),
    ("create_user", "admin", "user.create",
     lambda w: accounts.create_user(w["admin"], "newbie", "New Person", ["caseworker"])),
    ("reset_password", "admin", "user.reset",
     lambda w: accounts.reset_password(w["admin"], "cw2")),
    ("set_roles", "admin", "user.roles",
     lambda w: accounts.set_roles(w["admin"], "cw2", ["supervisor"])),
    ("remove_user", "admin", "user.remove", lambda w: accounts.remove_user(w["admin"], "cw2")),
    ("change_password", "cw", "password.change",
     lambda w: accounts.change_password(w["cw"], PASSWORD, "another-secret-99")),
    ("rotate_database_key", "admin", "key.rotate",
     lambda w: accounts.rotate_database_key(w["admin"], "office-keys-2026")),
]


@pytest.mark.parametrize(("name", "who", "action", "call"), WRITES, ids=[x[0] for x in WRITES])
def test_every_service_call_leaves_an_event(world, name: str, who: str, action: str,
                                            call: Callable[[W], object]) -> None:
    session: Session = world[who]
    seq = _last_seq(session)
    call(world)
    new = _events(session, seq)
    assert action in [e["action"] for e in new]
    mine = next(e for e in new if e["action"] == action)
    assert mine["actor"] == session.user_id and mine["device"] == session.device
    assert audit.verify(session.db)[1] is None


def test_sign_in_is_audited(installation: Path, login) -> None:
    admin = login("admin")
    first = _last_seq(admin)
    sign_in(installation, "cw", PASSWORD).close()
    assert [e["action"] for e in _events(admin, first)] == ["login"]
    assert _events(admin)[0]["action"] == "installation.create"


def test_recovery_is_audited(tmp_path: Path) -> None:
    created = create_installation(tmp_path / "d", office_code="PB-LHR", admin_username="admin",
                                  admin_password="office-keys-2026", kdf=FAST_KDF)
    recover(tmp_path / "d", created.recovery_key, "admin", "recovered-pw-77", kdf=FAST_KDF)
    admin = sign_in(tmp_path / "d", "admin", "recovered-pw-77")
    assert "account.recovered" in [e["action"] for e in _events(admin)]
    admin.close()


def test_a_refused_call_leaves_no_event(world) -> None:
    cw: Session = world["cw"]
    seq = _last_seq(cw)
    with pytest.raises(ValidationError):  # nobody reviews their own rating
        care.review_risk(world["sup"], care.assess_risk(world["sup"], world["case"], "high",
                                                        rationale="x"), True)
    with pytest.raises(ValidationError):
        care.add_note(cw, world["case"], "   ")
    assert [e["action"] for e in _events(cw, seq)] == ["risk.assess"]


def test_case_history_shows_the_events_of_the_case(world) -> None:
    history = casefile.get_case(world["cw"], world["case"]).history
    actions = [h["action"] for h in history]
    assert actions[:2] == ["case.open", "risk.assess"]
    assert {"attachment.add", "consent.record", "followup.add", "needs.record"} <= set(actions)


# -- the hash chain ------------------------------------------------------------------------
def test_intact_chain_verifies(world) -> None:
    db = world["cw"].db
    count, broken = audit.verify(db)
    assert broken is None and count == db.scalar("SELECT count(*) FROM audit_event") > 10


@pytest.mark.parametrize(("column", "value"), [
    ("action", "note.add"), ("details", '{"restricted": true}'), ("actor", "someone-else"),
    ("entity_id", "another-case"), ("at", "2020-01-01T00:00:00.000+00:00"),
])
def test_altered_event_is_reported_where_it_was_altered(world, column: str, value: str) -> None:
    db = world["cw"].db
    seq = db.scalar("SELECT seq FROM audit_event ORDER BY seq LIMIT 1 OFFSET 5")
    db.execute(f"UPDATE audit_event SET {column} = ? WHERE seq = ?", (value, seq))
    count, broken = audit.verify(db)
    assert isinstance(broken, ChainBreak)
    assert (broken.seq, broken.reason) == (seq, "altered")
    assert count == 6  # it stops at the first break


def test_deleted_event_breaks_the_link_of_the_next(world) -> None:
    db = world["cw"].db
    seqs = [r[0] for r in db.query("SELECT seq FROM audit_event ORDER BY seq")]
    victim = seqs[len(seqs) // 2]
    db.execute("DELETE FROM audit_event WHERE seq = ?", (victim,))
    _, broken = audit.verify(db)
    assert broken is not None
    assert (broken.seq, broken.reason) == (seqs[len(seqs) // 2 + 1], "relinked")


def test_rewriting_one_event_with_a_fresh_hash_is_still_caught(world) -> None:
    """A forger who recomputes the altered event's own hash breaks the next event's link."""
    db = world["cw"].db
    rows = db.query("SELECT * FROM audit_event ORDER BY seq")
    target = rows[3]
    event = {k: target[k] for k in ("id", "device", "at", "actor", "action", "entity",
                                    "entity_id", "details")}
    event["action"] = "case.view"
    forged = audit.digest(target["prev_hash"], event)
    db.execute("UPDATE audit_event SET action = ?, hash = ? WHERE seq = ?",
               ("case.view", forged, target["seq"]))
    _, broken = audit.verify(db)
    assert broken is not None and (broken.seq, broken.reason) == (rows[4]["seq"], "relinked")


# -- what events must not carry --------------------------------------------------------------
SECRET_WORDS = ["ZQXAUDITNAME", "ZQXAUDITFATHER", "ZQXAUDITNOTE", "ZQXAUDITPLACE",
                "ZQXAUDITWHY", "ZQXAUDITFILE", "عائشہزیڈ"]


def test_events_carry_no_names_and_no_free_text(login) -> None:
    cw, sup = login("cw"), login("sup")
    families = sample_families()
    families[0]["members"][0].update(given_name="ZQXAUDITNAME", name_ur="عائشہزیڈ",
                                     guardian_name="ZQXAUDITFATHER")
    reg = incidents.register_incident(cw, sample_incident(place_description="ZQXAUDITPLACE",
                                                          summary="ZQXAUDITPLACE"), families)
    case = reg.case_ids[0]
    care.add_note(cw, case, "ZQXAUDITNOTE")
    a = care.assess_risk(cw, case, "high", rationale="ZQXAUDITWHY")
    care.review_risk(sup, a, False, "ZQXAUDITWHY rejected")
    care.add_attachment(cw, case, "ZQXAUDITFILE.pdf", "application/pdf", b"ZQXAUDITNOTE",
                        description="ZQXAUDITNOTE")
    care.add_follow_up(cw, case, "2026-04-01", "call", purpose="ZQXAUDITWHY")
    people.update_person(cw, reg.person_ids[0], {"family_name": "ZQXAUDITNAME"})
    cases.find(cw, "ZQXAUDITNAME")
    cases.update_case(cw, case, {"referral_source": "ZQXAUDITWHY"})
    casefile.get_case(cw, case)
    events = _events(cw)
    assert len(events) > 10
    text = json.dumps(events, ensure_ascii=False)
    for word in SECRET_WORDS:
        assert word not in text
    for e in events:  # details are ids, codes, counts and field names only
        for value in json.loads(e["details"]).values():
            assert isinstance(value, (bool, int, type(None))) or _is_code(value), value


def _is_code(value: object) -> bool:
    if isinstance(value, list):
        return all(_is_code(v) for v in value)
    return isinstance(value, str) and len(value) <= 64 and " " not in value
