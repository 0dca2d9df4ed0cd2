"""Closing a case: a worker asks, another supervisor decides; reopening; the audit trail."""

from __future__ import annotations

import pytest
from factories import sample_families, sample_incident

from victimcare.domain.errors import PermissionDenied, ValidationError, WorkflowError
from victimcare.services import care, cases, closures, incidents
from victimcare.services.attention import attention


@pytest.fixture
def case_id(login) -> str:
    return incidents.register_incident(login("cw"), sample_incident(),
                                       sample_families()).case_ids[0]


def _status(session, case_id: str) -> str:
    return str(session.db.scalar("SELECT status FROM vc_case WHERE id = ?", (case_id,)))


def _events(session, case_id: str) -> list[str]:
    return [r[0] for r in session.db.query(
        "SELECT action FROM audit_event WHERE entity_id = ? AND action LIKE 'closure.%'"
        " ORDER BY seq", (case_id,))]


def _codes(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in error.value.errors}


def test_request_then_approval_closes_the_case(login, case_id):
    cw, sup = login("cw"), login("sup")
    request = closures.request_closure(cw, case_id, "goals_met", "All needs met.")
    assert _status(cw, case_id) == "pending_closure"
    with pytest.raises(WorkflowError):
        closures.request_closure(cw, case_id, "death")
    assert [r["id"] for r in closures.pending_closures(sup)] == [request]
    assert attention(sup).closures_to_decide == 1
    assert attention(cw).closures_to_decide == 0

    with pytest.raises(PermissionDenied):
        closures.decide_closure(cw, request, True)
    closures.decide_closure(sup, request, True)
    assert _status(sup, case_id) == "closed"
    assert closures.pending_closures(sup) == []
    assert attention(sup).closures_to_decide == 0
    assert _events(sup, case_id) == ["closure.request", "closure.approve"]
    with pytest.raises(WorkflowError):
        closures.decide_closure(sup, request, False, "again")


def test_a_supervisor_cannot_approve_their_own_request(login, case_id):
    sup = login("sup")
    request = closures.request_closure(sup, case_id, "no_further_action")
    assert closures.pending_closures(sup) == []  # not in their own queue
    with pytest.raises(ValidationError) as refused:
        closures.decide_closure(sup, request, True)
    assert _codes(refused) == {("decided_by", "cannot_review_own")}
    assert _status(sup, case_id) == "pending_closure"


def test_rejecting_needs_a_reason_and_opens_the_case_again(login, case_id):
    cw, sup = login("cw"), login("sup")
    request = closures.request_closure(cw, case_id, "not_contactable")
    with pytest.raises(ValidationError) as refused:
        closures.decide_closure(sup, request, False, "  ")
    assert _codes(refused) == {("comment", "required")}
    closures.decide_closure(sup, request, False, "Try the brother's number once more.")
    assert _status(cw, case_id) == "open"
    assert [n["body"] for n in care.notes(cw, case_id)] == ["Try the brother's number once more."]
    assert _events(sup, case_id) == ["closure.request", "closure.reject"]
    closures.request_closure(cw, case_id, "not_contactable")  # may ask again
    assert _status(cw, case_id) == "pending_closure"


def test_a_request_needs_a_known_reason(login, case_id):
    cw = login("cw")
    with pytest.raises(ValidationError) as refused:
        closures.request_closure(cw, case_id, "")
    assert _codes(refused) == {("reason", "required")}
    with pytest.raises(ValidationError):
        closures.request_closure(cw, case_id, "bored")
    assert _status(cw, case_id) == "open"


def test_status_changes_go_through_the_workflow_and_a_supervisor_reopens(login, case_id):
    cw, sup = login("cw"), login("sup")
    with pytest.raises(ValidationError) as refused:
        cases.update_case(cw, case_id, {"status": "closed"})
    assert _codes(refused) == {("status", "use_workflow")}
    closures.decide_closure(sup, closures.request_closure(cw, case_id, "goals_met"), True)
    for status in ("closed", "pending_closure"):
        with pytest.raises(ValidationError):
            cases.update_case(sup, case_id, {"status": status})
    with pytest.raises(PermissionDenied):
        closures.reopen_case(cw, case_id, "New threat reported.")
    with pytest.raises(ValidationError):
        closures.reopen_case(sup, case_id, " ")
    closures.reopen_case(sup, case_id, "New threat reported.")
    assert _status(sup, case_id) == "open"
    assert sup.db.scalar("SELECT count(*) FROM audit_event WHERE action = 'case.reopen'"
                         " AND entity_id = ?", (case_id,)) == 1
    with pytest.raises(WorkflowError):
        closures.reopen_case(sup, case_id, "Again.")


def test_a_closed_case_cannot_be_reopened_by_editing_its_status(login, case_id):
    cw, sup = login("cw"), login("sup")
    closures.decide_closure(sup, closures.request_closure(cw, case_id, "goals_met"), True)
    with pytest.raises(ValidationError):
        cases.update_case(sup, case_id, {"status": "open"})
