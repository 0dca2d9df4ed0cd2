"""Closing a case from its header: the worker asks, a supervisor decides, Home counts it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import sample_families, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QPlainTextEdit, QWidget

from victimcare.gui.case_view import CaseViewPage
from victimcare.gui.context import AppContext
from victimcare.gui.pages.home import HomePage
from victimcare.gui.tasks import TaskRunner
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.services import closures, incidents
from victimcare.services.session import Session


@pytest.fixture
def case_id(login: Callable[[str], Session]) -> str:
    return incidents.register_incident(login("cw"), sample_incident(),
                                       sample_families()).case_ids[0]


@pytest.fixture
def open_case(qtbot, installation: Path, login: Callable[[str], Session], case_id: str
              ) -> Iterator[Callable[[str], CaseViewPage]]:
    def _open(username: str) -> CaseViewPage:
        ctx = AppContext(installation, TaskRunner(synchronous=True))
        ctx.set_session(login(username))
        page = CaseViewPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        page.load(case_id)
        return page

    yield _open


def _child(parent: QWidget, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _button(page: QWidget, name: str) -> QAbstractButton:
    return _child(page, QAbstractButton, name)


def _click(qtbot, parent: QWidget, name: str) -> None:
    button = _button(parent, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(page: QWidget, name: str) -> QDialog:
    shown = [d for d in page.findChildren(QDialog, name) if d.isVisible()]
    assert len(shown) == 1, name
    return shown[0]


def _status(page: CaseViewPage) -> str:
    return _child(page, QLabel, "caseStatus").text()


def test_worker_asks_and_supervisor_rejects_then_approves(qtbot, open_case):
    worker = open_case("cw")
    assert _status(worker) == "Status: Open"
    assert not _button(worker, "caseDecideClosureButton").isVisible()  # not a worker's job
    _click(qtbot, worker, "caseCloseButton")
    dialog = _dialog(worker, "closureRequestDialog")
    _click(qtbot, dialog, "okButton")  # refused: no reason chosen
    assert dialog.isVisible()
    assert "This is required." in _child(dialog, QLabel, "closureReasonError").text()
    _child(dialog, ChoiceCombo, "closureReason").set_code("goals_met")
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "closureComment"), "Compensation received.")
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    assert _status(worker) == "Status: Closure requested"
    assert not _button(worker, "caseCloseButton").isVisible()

    supervisor = open_case("sup")
    home = HomePage(supervisor.ctx)
    qtbot.addWidget(home)
    home.refresh()
    assert "Case closures waiting for your decision: 1." in home.waiting.text()
    assert not _button(supervisor, "caseCloseButton").isVisible()
    _click(qtbot, supervisor, "caseDecideClosureButton")
    dialog = _dialog(supervisor, "closureDecisionDialog")
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Case goals met" in shown and "Compensation received." in shown
    _child(dialog, QAbstractButton, "closureReject").setChecked(True)
    _click(qtbot, dialog, "okButton")  # refused: a rejection needs a reason
    assert dialog.isVisible()
    assert "This is required." in _child(dialog, QLabel, "closureDecisionCommentError").text()
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "closureDecisionComment"),
                    "Please confirm the family got the payment.")
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    assert _status(supervisor) == "Status: Open"
    assert not _button(supervisor, "caseDecideClosureButton").isVisible()

    worker.reload()
    _click(qtbot, worker, "caseCloseButton")
    dialog = _dialog(worker, "closureRequestDialog")
    _child(dialog, ChoiceCombo, "closureReason").set_code("goals_met")
    _click(qtbot, dialog, "okButton")
    supervisor.reload()
    _click(qtbot, supervisor, "caseDecideClosureButton")
    _click(qtbot, _dialog(supervisor, "closureDecisionDialog"), "okButton")  # approve
    assert _status(supervisor) == "Status: Closed"
    assert not _button(supervisor, "caseCloseButton").isVisible()
    assert not _button(supervisor, "caseDecideClosureButton").isVisible()


def test_a_supervisor_is_told_another_must_decide_their_own_request(qtbot, open_case, login,
                                                                    case_id):
    closures.request_closure(login("sup"), case_id, "no_further_action")
    page = open_case("sup")
    _click(qtbot, page, "caseDecideClosureButton")
    dialog = _dialog(page, "closureDecisionDialog")
    assert "another supervisor must decide" in _child(dialog, QLabel, "dialogSummary").text()
    assert not _button(dialog, "okButton").isEnabled()
