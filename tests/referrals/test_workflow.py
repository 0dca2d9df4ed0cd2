"""The referral workflow through the service: every legal step works and is recorded, every
illegal one is refused, and only the right role may take each step."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from victimcare.domain.enums import ReferralStatus as S
from victimcare.domain.errors import PermissionDenied, ValidationError, WorkflowError
from victimcare.domain.referral_flow import is_legal
from victimcare.gui.app import create_window
from victimcare.gui.context import AppContext
from victimcare.gui.tasks import TaskRunner
from victimcare.services import referrals

# The steps that bring a new draft into each status.
PATHS: dict[S, list[S]] = {
    S.DRAFT: [],
    S.SUBMITTED: [S.SUBMITTED],
    S.RETURNED: [S.SUBMITTED, S.RETURNED],
    S.APPROVED: [S.SUBMITTED, S.APPROVED],
    S.SENT: [S.SUBMITTED, S.APPROVED, S.SENT],
    S.ACKNOWLEDGED: [S.SUBMITTED, S.APPROVED, S.SENT, S.ACKNOWLEDGED],
    S.ACCEPTED: [S.SUBMITTED, S.APPROVED, S.SENT, S.ACCEPTED],
    S.DECLINED: [S.SUBMITTED, S.APPROVED, S.SENT, S.DECLINED],
    S.COMPLETED_SUCCESSFUL: [S.SUBMITTED, S.APPROVED, S.SENT, S.ACCEPTED,
                             S.COMPLETED_SUCCESSFUL],
    S.COMPLETED_UNSUCCESSFUL: [S.SUBMITTED, S.APPROVED, S.SENT, S.ACCEPTED,
                               S.COMPLETED_UNSUCCESSFUL],
    S.CANCELLED: [S.CANCELLED],
    S.EXPIRED: [S.SUBMITTED, S.APPROVED, S.SENT, S.EXPIRED],
}
SUPERVISOR_STEPS = {S.APPROVED, S.RETURNED, S.SENT}


def _go(seeded, referral_id: str, target: S, current: S) -> None:
    if target == S.APPROVED:
        referrals.approve(seeded.sup, referral_id)
    elif target == S.SENT:
        referrals.record_output(seeded.sup, referral_id, "print")
    else:
        # Cancelling an approved referral is the supervisor's call (referral_flow.STEPS).
        who = seeded.sup if target == S.RETURNED or (
            target == S.CANCELLED and current == S.APPROVED) else seeded.cw
        referrals.transition(who, referral_id, target.value, "a reason")


def test_every_transition_is_allowed_or_refused_as_the_workflow_says(seeded):
    seeded.consent()
    checked = 0
    for current, path in PATHS.items():
        for target in S:
            rid = seeded.draft()
            state = S.DRAFT
            for nxt in path:
                _go(seeded, rid, nxt, state)
                state = nxt
            if target == S.SENT and current in referrals.PRINTABLE - {S.APPROVED}:
                _go(seeded, rid, target, current)  # a reprint: counted, status unchanged
                row = referrals.get_referral(seeded.cw, rid).row
                assert (row.status, row.print_count) == (current.value, 2)
            elif is_legal(current, target):
                _go(seeded, rid, target, current)
                assert referrals.get_referral(seeded.cw, rid).row.status == target.value
            else:
                with pytest.raises(WorkflowError):
                    _go(seeded, rid, target, current)
                assert referrals.get_referral(seeded.cw, rid).row.status == current.value
            checked += 1
    assert checked == len(S) ** 2


def test_each_step_records_who_and_when(seeded):
    seeded.consent()
    rid = seeded.draft()
    referrals.submit(seeded.cw, rid)
    referrals.return_referral(seeded.sup, rid, "Say which clinic")
    referrals.submit(seeded.cw, rid)
    referrals.approve(seeded.sup, rid)
    events = referrals.get_referral(seeded.cw, rid).events
    assert [(e["from_status"], e["to_status"]) for e in events] == [
        (None, "draft"), ("draft", "submitted"), ("submitted", "returned"),
        ("returned", "submitted"), ("submitted", "approved")]
    assert [e["by_name"] for e in events] == ["User cw", "User cw", "User sup", "User cw",
                                              "User sup"]
    assert events[2]["comment"] == "Say which clinic"
    assert all(dt.datetime.fromisoformat(e["at"]) for e in events)
    actions = [a for (a,) in seeded.sup.db.query(
        "SELECT action FROM audit_event WHERE action LIKE 'referral.%' ORDER BY seq")]
    assert actions == ["referral.draft", "referral.submitted", "referral.returned",
                       "referral.submitted", "referral.approved"]


def test_roles_and_reasons(seeded):
    seeded.consent()
    rid = seeded.draft()
    referrals.submit(seeded.cw, rid)
    with pytest.raises(PermissionDenied):
        referrals.approve(seeded.cw, rid)
    with pytest.raises(PermissionDenied):
        referrals.return_referral(seeded.cw, rid, "no")
    with pytest.raises(ValidationError) as e:
        referrals.return_referral(seeded.sup, rid, "  ")
    assert e.value.errors[0].field == "comment"
    referrals.approve(seeded.sup, rid)
    with pytest.raises(PermissionDenied):
        referrals.record_output(seeded.cw, rid, "print")
    with pytest.raises(WorkflowError):
        referrals.transition(seeded.cw, rid, "sent")  # sending is printing, nothing else
    referrals.record_output(seeded.sup, rid, "print")
    with pytest.raises(ValidationError):
        referrals.transition(seeded.cw, rid, "declined")  # a decline needs its reason
    referrals.transition(seeded.cw, rid, "declined", "No beds")
    assert referrals.get_referral(seeded.cw, rid).row.status_comment == "No beds"


def test_a_supervisor_does_not_approve_their_own_referral(seeded):
    seeded.consent()
    rid = referrals.draft_referral(seeded.sup, seeded.need_id, seeded.hospital)
    referrals.submit(seeded.sup, rid)
    with pytest.raises(ValidationError) as e:
        referrals.approve(seeded.sup, rid)
    assert e.value.errors[0].code == "cannot_review_own"


def test_urgency_sets_respond_by_from_settings(seeded):
    today = dt.date.today()
    rid = seeded.draft(urgency="emergency")
    assert referrals.get_referral(seeded.cw, rid).row.respond_by == \
        (today + dt.timedelta(days=1)).isoformat()
    with seeded.sup.db.transaction():
        seeded.sup.db.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                              (referrals.RESPONSE_DAYS_SETTING, json.dumps({"routine": 30})))
    rid = seeded.draft(urgency="routine")
    assert referrals.get_referral(seeded.cw, rid).row.respond_by == \
        (today + dt.timedelta(days=30)).isoformat()
    referrals.update_draft(seeded.cw, rid, {"urgency": "urgent"})
    assert referrals.get_referral(seeded.cw, rid).row.respond_by == \
        (today + dt.timedelta(days=3)).isoformat()


def test_draft_defaults_and_need_status(seeded):
    rid = seeded.draft()
    ref = referrals.get_referral(seeded.cw, rid)
    assert ref.referral["data_categories"] == referrals.default_categories("health")
    assert ref.row.service_type == "medical_ongoing"
    assert ref.referral["person"] == seeded.person_id
    need = seeded.cw.db.scalar("SELECT status FROM need_item WHERE id = ?", (seeded.need_id,))
    assert need == "referral_planned"
    with pytest.raises(ValidationError) as e:
        seeded.draft(seeded.legal, data_categories=["name", "medical_information"])
    assert e.value.errors[0].code == "medical_only_health"
    with pytest.raises(ValidationError):
        seeded.draft(reason="x" * 400)


def test_queues_letter_numbers_and_overdue(seeded):
    seeded.consent()
    a, b, c = seeded.draft(), seeded.draft(urgency="emergency"), seeded.draft()
    for rid in (a, b, c):
        referrals.submit(seeded.cw, rid)
    assert [r.id for r in referrals.approval_queue(seeded.sup)] == [b, a, c]
    with pytest.raises(PermissionDenied):
        referrals.approval_queue(seeded.cw)
    referrals.return_referral(seeded.sup, c, "Add the clinic")
    assert [r.id for r in referrals.returned_referrals(seeded.cw)] == [c]
    assert referrals.returned_referrals(seeded.sup) == []
    year = dt.date.today().year
    assert referrals.approve(seeded.sup, a) == f"PB-LHR/{year}/0001"
    assert referrals.approve(seeded.sup, b) == f"PB-LHR/{year}/0002"
    assert referrals.find_by_letter_no(seeded.sup, f"PB-LHR/{year}/0002") == b
    assert referrals.record_output(seeded.sup, b, "print") == 1
    assert referrals.record_output(seeded.sup, b, "save") == 2
    later = dt.date.today() + dt.timedelta(days=2)
    assert [r.id for r in referrals.overdue_referrals(seeded.cw, later)] == [b]
    assert referrals.overdue_referrals(seeded.cw) == []
    row = referrals.list_referrals(seeded.cw, case_id=seeded.case_id, statuses=["sent"])[0]
    assert row.print_count == 2 and row.status == "sent"
    assert seeded.cw.db.scalar("SELECT status FROM need_item WHERE id = ?",
                               (seeded.need_id,)) == "referred"


def _sent(seeded, urgency: str, *, then: S | None = None) -> str:
    rid = seeded.draft(urgency=urgency)
    for step in (S.SUBMITTED, S.APPROVED, S.SENT, *([then] if then else [])):
        _go(seeded, rid, step, S.DRAFT)
    return rid


def test_unanswered_referrals_expire_after_the_grace_days(seeded):
    seeded.consent()
    today = dt.date.today()
    routine = _sent(seeded, "routine")                      # respond by today + 14
    urgent = _sent(seeded, "urgent", then=S.ACKNOWLEDGED)   # today + 3, acknowledged only
    emergency = _sent(seeded, "emergency")                  # today + 1
    answered = _sent(seeded, "emergency", then=S.ACCEPTED)  # the provider said yes
    approved = seeded.draft(urgency="emergency")            # approved, never sent
    _go(seeded, approved, S.SUBMITTED, S.DRAFT)
    _go(seeded, approved, S.APPROVED, S.SUBMITTED)
    # 18 days on, with the default 14 days' grace: respond-by dates before today + 4 expire.
    later = today + dt.timedelta(days=18)
    assert referrals.expire_overdue(seeded.cw, later) == 2
    status = {rid: referrals.get_referral(seeded.cw, rid).row.status
              for rid in (routine, urgent, emergency, answered, approved)}
    assert status == {routine: "sent", urgent: "expired", emergency: "expired",
                      answered: "accepted", approved: "approved"}
    last = referrals.get_referral(seeded.cw, urgent).events[-1]
    assert (last["from_status"], last["to_status"], last["by_name"]) == (
        "acknowledged", "expired", "User cw")
    assert "14 days" in last["comment"]
    actions = [a for (a,) in seeded.cw.db.query(
        "SELECT action FROM audit_event WHERE action LIKE 'referral.expire%' ORDER BY seq")]
    assert actions == ["referral.expired", "referral.expired", "referral.expire_overdue"]
    assert referrals.expire_overdue(seeded.cw, later) == 0  # nothing twice
    with seeded.sup.db.transaction():
        seeded.sup.db.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                              (referrals.EXPIRY_GRACE_SETTING, "0"))
    assert referrals.expire_overdue(seeded.cw, today + dt.timedelta(days=15)) == 1
    assert referrals.get_referral(seeded.cw, routine).row.status == "expired"
    assert referrals.expire_overdue(seeded.cw) == 0  # today nothing is overdue


def test_signing_in_at_the_office_expires_referrals_nobody_answered(seeded, login, installation,
                                                                    qtbot):
    seeded.consent()
    late = _sent(seeded, "emergency")
    waiting = _sent(seeded, "routine")  # respond by two weeks from now: stays
    with seeded.cw.db.transaction():  # sent long ago: its respond-by date is well past
        seeded.cw.db.execute("UPDATE referral SET respond_by = '2025-01-10' WHERE id = ?",
                             (late,))
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(login("cw"))
    window = create_window(ctx)
    qtbot.addWidget(window)
    assert referrals.get_referral(seeded.cw, late).row.status == "expired"
    assert referrals.get_referral(seeded.cw, waiting).row.status == "sent"
    # Said once the window shows, in place of the office and user names (not over them).
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage() == \
        "1 referral(s) expired: the provider did not answer in time."
    assert not window.office_label.isVisible()
    ctx.session.close()
