"""Compensation claims: the scheme of the incident's province, heirs, the status steps, counts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from factories import sample_incident

from victimcare.domain import compensation_flow as flow
from victimcare.domain.errors import PermissionDenied, ValidationError, WorkflowError
from victimcare.services import casefile, compensation, incidents, reports

PB = "pb_victims_of_terrorism_compensation"
KP = "kp_shuhada_package"
TODAY = dt.date.today()


def _family() -> list[dict[str, Any]]:
    """A man killed in the attack, his widow and son (legal heirs) and his brother."""
    return [{"members": [
        {"given_name": "Tariq", "family_name": "Mehmood", "sex": "male", "age_estimate": 45,
         "deceased": True, "date_of_death": "2026-03-14", "victim_category": "direct_deceased"},
        {"given_name": "Shazia", "family_name": "Tariq", "sex": "female", "age_estimate": 40,
         "victim_category": "indirect_family", "relationship": "spouse", "legal_heir": True,
         "dependant": True},
        {"given_name": "Bilal", "family_name": "Tariq", "sex": "male", "age_estimate": 17,
         "victim_category": "indirect_dependant", "relationship": "child", "legal_heir": True},
        {"given_name": "Khalid", "family_name": "Mehmood", "sex": "male", "age_estimate": 50,
         "victim_category": "indirect_family", "relationship": "sibling"},
    ]}]


@pytest.fixture
def case(login) -> dict[str, Any]:
    cw = login("cw")
    reg = incidents.register_incident(cw, sample_incident(), _family())
    tariq, shazia, bilal, khalid = reg.person_ids
    return {"cw": cw, "id": reg.case_ids[0], "tariq": tariq, "shazia": shazia, "bilal": bilal,
            "khalid": khalid}


def _codes(error: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in error.errors}


def test_only_the_schemes_of_the_incidents_province(case) -> None:
    cw = case["cw"]
    assert [s.code for s in compensation.schemes_for_case(cw, case["id"])] == [PB]
    with pytest.raises(ValidationError) as info:
        compensation.create_claim(cw, case["id"], scheme=KP, category="death",
                                  claimant=case["shazia"])
    assert _codes(info.value) == {("scheme", "wrong_province")}
    assert info.value.errors[0].params["province"] == "PB"
    with pytest.raises(ValidationError) as missing:
        compensation.create_claim(cw, case["id"], scheme="", category="spaceship",
                                  claimant=None)
    assert _codes(missing.value) == {("scheme", "required"), ("claimant", "required"),
                                     ("category", "invalid_choice")}
    assert compensation.list_claims(cw, case["id"]) == []


def test_heirs_come_from_the_legal_heir_relationships(case) -> None:
    cw = case["cw"]
    heirs = compensation.suggested_heirs(cw, case["id"])
    assert [(h.name, h.relationship) for h in heirs] == [("Shazia Tariq", "spouse"),
                                                         ("Bilal Tariq", "child")]
    claim = compensation.create_claim(cw, case["id"], scheme=PB, category="death",
                                      claimant=case["shazia"], amount_claimed=1_000_000)
    [c] = compensation.list_claims(cw, case["id"])
    assert (c.id, c.status, c.claimant_name, c.heir_names, c.amount_claimed) == (
        claim, "not_started", "Shazia Tariq", ("Shazia Tariq", "Bilal Tariq"), 1_000_000)
    # The case worker may name the heirs differently, but only people of the case.
    compensation.update_claim(cw, claim, {"heirs": [case["bilal"]]})
    assert compensation.list_claims(cw, case["id"])[0].heir_names == ("Bilal Tariq",)
    with pytest.raises(ValidationError) as outsider:
        compensation.create_claim(cw, case["id"], scheme=PB, category="house",
                                  claimant=case["khalid"], heirs=["someone-else"])
    assert _codes(outsider.value) == {("heirs", "not_in_case")}
    with pytest.raises(ValidationError) as twice:
        compensation.create_claim(cw, case["id"], scheme=PB, category="death",
                                  claimant=case["shazia"])
    assert _codes(twice.value) == {("category", "duplicate_claim")}
    assert flow.legal_heirs("x", [{"person_a": "y", "person_b": "x", "legal_heir": False}]) == []


def test_a_claim_goes_step_by_step_from_not_started_to_paid(case, login) -> None:
    cw = case["cw"]
    claim = compensation.create_claim(cw, case["id"], scheme=PB, category="death",
                                      claimant=case["shazia"])
    with pytest.raises(WorkflowError):
        compensation.move_claim(cw, claim, "paid", amount_paid=5)
    with pytest.raises(WorkflowError):
        compensation.move_claim(cw, claim, "rejected")
    compensation.move_claim(cw, claim, "documents_collected")
    with pytest.raises(ValidationError) as future:
        compensation.move_claim(cw, claim, "submitted",
                                on=(TODAY + dt.timedelta(days=3)).isoformat())
    assert _codes(future.value) == {("submitted_on", "in_future")}
    compensation.move_claim(cw, claim, "submitted", on=TODAY.isoformat(),
                            reference_no="PB-VT/2026/118")
    compensation.move_claim(cw, claim, "under_review")
    compensation.move_claim(cw, claim, "approved")
    with pytest.raises(WorkflowError):
        compensation.move_claim(cw, claim, "rejected")
    with pytest.raises(ValidationError) as unpaid:
        compensation.move_claim(cw, claim, "paid")
    assert _codes(unpaid.value) == {("amount_paid", "required")}
    compensation.move_claim(cw, claim, "paid", amount_paid=1_000_000)
    [c] = compensation.list_claims(cw, case["id"])
    assert (c.status, c.reference, c.submitted_on, c.decided_on, c.amount_paid,
            c.next_steps) == ("paid", "PB-VT/2026/118", TODAY.isoformat(),
                              TODAY.isoformat(), 1_000_000, ())
    with pytest.raises(WorkflowError):
        compensation.move_claim(cw, claim, "under_review")
    with pytest.raises(ValidationError) as closed:
        compensation.update_claim(cw, claim, {"amount_claimed": 1})
    assert _codes(closed.value) == {("status", "claim_closed")}
    steps = [json.loads(r["details"])["previous"] for r in cw.db.query(
        "SELECT details FROM audit_event WHERE action LIKE 'compensation.%'"
        " AND action NOT IN ('compensation.create', 'compensation.update') ORDER BY seq")]
    assert steps == ["not_started", "documents_collected", "submitted", "under_review",
                     "approved"]


def test_rejection_only_once_lodged(case) -> None:
    cw = case["cw"]
    claim = compensation.create_claim(cw, case["id"], scheme=PB, category="house",
                                      claimant=case["shazia"])
    for target in ("documents_collected", "submitted"):
        compensation.move_claim(cw, claim, target)
    assert compensation.list_claims(cw, case["id"])[0].next_steps == ("under_review",
                                                                      "rejected")
    compensation.move_claim(cw, claim, "rejected")
    assert compensation.list_claims(cw, case["id"])[0].decided_on == TODAY.isoformat()
    # A rejected claim does not block a new one for the same loss.
    compensation.create_claim(cw, case["id"], scheme=PB, category="house",
                              claimant=case["shazia"])


def test_dashboard_counts_claims_by_scheme_and_status_and_who_may_record(case, login) -> None:
    """The dashboard lists the claims of the cases in view by scheme and status (every
    status a column, in the order of the flow); the auditor sees no dashboard."""
    cw = case["cw"]
    first = compensation.create_claim(cw, case["id"], scheme=PB, category="death",
                                      claimant=case["shazia"])
    compensation.create_claim(cw, case["id"], scheme=PB, category="house",
                              claimant=case["shazia"])
    compensation.create_claim(cw, case["id"], scheme=PB, category="minor_injury",
                              claimant=case["bilal"])
    compensation.move_claim(cw, first, "documents_collected")
    dash = reports.dashboard(login("sup"))
    table = dash.tables["claims_by_scheme"]
    assert table.cols == ("not_started", "documents_collected", "submitted", "under_review",
                          "approved", "paid", "rejected")
    assert table.rows == (PB,)
    assert table.cells == ((2, 1, 0, 0, 0, 0, 0),)
    assert (dash.claims, dash.claims_paid) == (3, 0)
    with pytest.raises(PermissionDenied):
        reports.dashboard(login("aud"))
    with pytest.raises(PermissionDenied):
        compensation.create_claim(login("coord"), case["id"], scheme=PB, category="vehicle",
                                  claimant=case["shazia"])


# -- on screen ------------------------------------------------------------------------------
class _Host:
    """What the case view gives its tabs: the context, the case, and a way to open dialogs."""

    def __init__(self, ctx: Any, case_id: str) -> None:
        self.ctx, self.case_id, self.dialog = ctx, case_id, None
        self.tab: Any = None

    def run_dialog(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.wrote)
        dialog.open()

    def user_name(self, user_id: str | None) -> str:
        return ""

    def wrote(self) -> None:
        self.tab.fill(casefile.get_case(self.ctx.session, self.case_id))

    def report(self, text: str) -> None:
        pass


def test_claims_on_the_case_view_tab(qtbot, case, installation, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from victimcare.gui.context import AppContext
    from victimcare.gui.tasks import TaskRunner
    from victimcare.gui.widgets.compensation_tab import CompensationTab

    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(case["cw"])
    host = _Host(ctx, case["id"])
    tab = host.tab = CompensationTab(host)
    qtbot.addWidget(tab)
    tab.resize(900, 300)
    tab.show()
    host.wrote()
    table = tab.findChild(object, "claimTable")
    assert table.rowCount() == 0 and not tab.findChild(object, "claimStepButton").isEnabled()

    qtbot.mouseClick(tab.findChild(object, "newClaimButton"), Qt.MouseButton.LeftButton)
    dialog = host.dialog
    assert dialog.findChild(object, "claimScheme").code() == PB  # the only scheme of Punjab
    dialog.findChild(object, "claimCategory").set_code("death")
    assert sorted(dialog.findChild(object, "claimHeirs").codes()) == sorted(
        [case["shazia"], case["bilal"]])
    dialog.findChild(object, "claimClaimant").set_code(case["shazia"])
    dialog.findChild(object, "claimAmount").setText("1000000")
    dialog.grab().save(str(tmp_path / "claim-dialog.png"))
    qtbot.mouseClick(dialog.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 4).text() == "Not started"
    assert table.item(0, 3).text() == "Shazia Tariq, Bilal Tariq"
    assert table.item(0, 5).text() == "Rs 1,000,000"

    for target in ("documents_collected", "submitted"):
        table.selectRow(0)
        qtbot.mouseClick(tab.findChild(object, "claimStepButton"), Qt.MouseButton.LeftButton)
        step = host.dialog
        step.findChild(object, "claimTarget").set_code(target)
        if target == "submitted":
            step.findChild(object, "claimStepReference").setText("PB-VT/2026/7")
            step.grab().save(str(tmp_path / "claim-step.png"))
        qtbot.mouseClick(step.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
        assert step.result() == step.DialogCode.Accepted
    qtbot.waitUntil(lambda: table.item(0, 4).text().startswith("Submitted"))
    assert table.item(0, 7).text() == "PB-VT/2026/7"
    tab.grab().save(str(tmp_path / "claims-tab.png"))
