"""Working on one case in the case view: consent, needs, follow-ups, risk review, notes, files."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import sample_families, sample_incident
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from victimcare.gui.case_view import CaseViewPage
from victimcare.gui.context import AppContext
from victimcare.gui.tasks import TaskRunner
from victimcare.gui.widgets.choices import CheckList, ChoiceCombo
from victimcare.services import care, casefile, incidents
from victimcare.services.session import Session


@pytest.fixture
def case_id(login: Callable[[str], Session]) -> str:
    registered = incidents.register_incident(login("cw"), sample_incident(), sample_families())
    return registered.case_ids[0]


@pytest.fixture
def open_case(qtbot, installation: Path, login: Callable[[str], Session], case_id: str
              ) -> Iterator[Callable[[str], CaseViewPage]]:
    """open_case("sup") → that user's case view showing the case (one AppContext each)."""

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


def _click(qtbot, parent: QWidget, name: str) -> None:
    button = _child(parent, QAbstractButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(page: QWidget, name: str) -> QDialog:
    """The open dialog of that name (closed ones may linger until deleted later)."""
    shown = [d for d in page.findChildren(QDialog, name) if d.isVisible()]
    assert len(shown) == 1, name
    return shown[0]


def _tab(page: CaseViewPage, widget: QWidget) -> None:
    page.tabs.setCurrentWidget(widget)


def _texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_worker_records_consent_a_need_and_a_follow_up(qtbot, open_case, case_id):
    page = open_case("cw")
    assert "Muhammad Aslam" in _child(page, QLabel, "caseName").text()

    _tab(page, page.consent)
    _click(qtbot, page, "recordConsentButton")
    dialog = _dialog(page, "consentDialog")
    _child(dialog, ChoiceCombo, "consentMethod").set_code("verbal_witnessed")
    _click(qtbot, dialog, "okButton")  # refused: no type chosen and no witness named
    assert dialog.isVisible()
    assert "This is required." in _child(dialog, QLabel, "consentTypeError").text()
    assert "This is required." in _child(dialog, QLabel, "consentWitnessError").text()
    _child(dialog, ChoiceCombo, "consentType").set_code("share_with_provider")
    _child(dialog, ChoiceCombo, "consentProviderType").set_code("health")
    _child(dialog, CheckList, "consentCategories").set_codes(["name", "age_sex"])
    qtbot.keyClicks(_child(dialog, QLineEdit, "consentWitness"), "Ghulam Rasool")
    qtbot.keyClicks(_child(dialog, QLineEdit, "consentPurpose"), "Medical referral")
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    consents = _child(page, QTableWidget, "consentTable")
    assert consents.rowCount() == 1
    assert _texts(consents, 0) == ["Muhammad Aslam"]
    assert _texts(consents, 5)[0].startswith("Valid until ")
    assert "witness: Ghulam Rasool" in _texts(consents, 3)[0]

    _tab(page, page.needs)
    _click(qtbot, page, "recordNeedsButton")
    dialog = _dialog(page, "needsDialog")
    _child(dialog, ChoiceCombo, "needDomain0").set_code("ongoing_medical")
    qtbot.keyClicks(_child(dialog, QLineEdit, "needNotes0"), "Weekly dressing of the leg wound")
    _click(qtbot, dialog, "addNeedButton")
    _child(dialog, ChoiceCombo, "needDomain1").set_code("compensation_claim")
    _child(dialog, ChoiceCombo, "needSeverity1").set_code("high")
    qtbot.keyClick(_child(dialog, QLineEdit, "needNotes0"), Qt.Key.Key_Return)  # Enter = OK
    assert not dialog.isVisible()
    tree = _child(page, QTreeWidget, "needsTree")
    needs = tree.topLevelItem(0)
    assert [needs.child(i).text(0) for i in range(needs.childCount())] == [
        "Ongoing medical care", "Compensation claim"]
    assert needs.child(1).text(1) == "High"

    _tab(page, page.follow_ups)
    _click(qtbot, page, "addFollowUpButton")
    dialog = _dialog(page, "followUpDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels, nothing is written
    assert not dialog.isVisible()
    assert _child(page, QTableWidget, "followUpTable").rowCount() == 0
    _click(qtbot, page, "addFollowUpButton")
    dialog = _dialog(page, "followUpDialog")
    _child(dialog, ChoiceCombo, "followUpKind").set_code("visit")
    qtbot.keyClicks(_child(dialog, QLineEdit, "followUpPurpose"), "Check the wound")
    _click(qtbot, dialog, "okButton")
    follow_ups = _child(page, QTableWidget, "followUpTable")
    assert _texts(follow_ups, 1) == ["Home visit"]
    assert _texts(follow_ups, 3) == ["Check the wound"]
    # Dates read as on every other screen (14 Mar 2026), not as stored (2026-03-14).
    due = _texts(follow_ups, 0)[0]
    assert re.fullmatch(r"\d{1,2} \w{3,4} \d{4}", due), due
    assert page.tabs.tabText(page.tabs.indexOf(page.follow_ups)) == "Follow-ups (1)"

    _tab(page, page.history)
    what = _texts(_child(page, QTableWidget, "historyTable"), 2)
    assert what[:3] == ["Follow-up planned", "Needs recorded", "Consent recorded"]
    assert "Muhammad" not in page.windowTitle()


def test_a_follow_up_is_marked_done_with_its_outcome(qtbot, open_case, case_id, login):
    last_week = (dt.date.today() - dt.timedelta(days=7)).isoformat()
    care.add_follow_up(login("cw"), case_id, last_week, "call", purpose="Ask about forms")
    page = open_case("cw")
    _tab(page, page.follow_ups)
    table = _child(page, QTableWidget, "followUpTable")
    assert "Overdue" in _texts(table, 5)[0]
    table.selectRow(0)
    _click(qtbot, page, "completeFollowUpButton")
    dialog = _dialog(page, "completeFollowUpDialog")
    _click(qtbot, dialog, "okButton")
    assert "This is required." in _child(dialog, QLabel, "followUpOutcomeError").text()
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "followUpOutcome"), "Forms handed in")
    _click(qtbot, dialog, "okButton")
    assert _texts(table, 5)[0].endswith(": Forms handed in")


def test_a_need_changes_status_and_a_consent_is_withdrawn(qtbot, open_case, case_id, login):
    cw = login("cw")
    care.record_needs(cw, case_id, [{"domain": "legal_aid", "severity": "medium"}])
    principal = casefile.get_case(cw, case_id).case["principal_person"]
    care.record_consent(cw, case_id, {"person": principal, "given_by": "self",
                                      "consent_type": "case_registration", "method": "signed",
                                      "given_on": dt.date.today().isoformat()})
    page = open_case("cw")
    _tab(page, page.needs)
    tree = _child(page, QTreeWidget, "needsTree")
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    _click(qtbot, page, "changeNeedButton")
    dialog = _dialog(page, "needItemDialog")
    _child(dialog, ChoiceCombo, "needItemStatus").set_code("referred")
    _click(qtbot, dialog, "okButton")
    assert tree.topLevelItem(0).child(0).text(2) == "Referred"

    _tab(page, page.consent)
    table = _child(page, QTableWidget, "consentTable")
    table.selectRow(0)
    _click(qtbot, page, "withdrawConsentButton")
    dialog = _dialog(page, "withdrawConsentDialog")
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "withdrawReason"), "Family asked to stop")
    _click(qtbot, dialog, "okButton")
    assert _texts(table, 5)[0].startswith("Withdrawn on ")
    assert not _child(page, QAbstractButton, "withdrawConsentButton").isEnabled()


def test_supervisor_approves_a_risk_downgrade_from_the_risk_tab(qtbot, open_case, case_id,
                                                                  login):
    cw, sup = login("cw"), login("sup")
    care.assess_risk(cw, case_id, "high", rationale="Threatening calls after the blast")
    care.review_risk(sup, care.pending_risk_reviews(sup)[0]["id"], True, "Agreed")
    care.assess_risk(cw, case_id, "low", rationale="Calls stopped; family moved")

    worker = open_case("cw")
    assert not _child(worker, QAbstractButton, "reviewRiskButton").isVisibleTo(worker)

    page = open_case("sup")
    assert "High" in _child(page, QLabel, "caseRisk").text()
    _tab(page, page.risk)
    table = _child(page, QTableWidget, "riskTable")
    assert _texts(table, 4)[0] == "Waiting for a supervisor"
    table.selectRow(0)
    _click(qtbot, page, "reviewRiskButton")
    dialog = _dialog(page, "riskReviewDialog")
    _click(qtbot, dialog, "okButton")  # Approve is the default choice
    assert not dialog.isVisible()
    assert "Low" in _child(page, QLabel, "caseRisk").text()
    assert _texts(table, 4)[0] == "Approved by User sup"
    assert casefile.get_case(sup, case_id).case["risk_level"] == "low"


def test_rejecting_a_rating_needs_a_reason(qtbot, open_case, case_id, login):
    care.assess_risk(login("cw"), case_id, "high", rationale="Threats")
    page = open_case("sup")
    _tab(page, page.risk)
    _child(page, QTableWidget, "riskTable").selectRow(0)
    _click(qtbot, page, "reviewRiskButton")
    dialog = _dialog(page, "riskReviewDialog")
    _child(dialog, QAbstractButton, "reviewReject").setChecked(True)
    _click(qtbot, dialog, "okButton")
    assert dialog.isVisible()
    assert "This is required." in _child(dialog, QLabel, "reviewCommentError").text()


def test_a_worker_does_not_see_the_restricted_note_a_supervisor_wrote(qtbot, open_case):
    page = open_case("sup")
    _tab(page, page.notes)
    _click(qtbot, page, "addNoteButton")
    dialog = _dialog(page, "noteDialog")
    qtbot.keyClicks(_child(dialog, QPlainTextEdit, "noteBody"), "Brother is a CTD witness.")
    _child(dialog, QCheckBox, "noteRestricted").setChecked(True)
    dialog.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(_child(dialog, QPlainTextEdit, "noteBody"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves from a text box
    assert not dialog.isVisible()
    assert "Brother is a CTD witness." in _child(page, QTextBrowser, "notesView").toPlainText()

    worker = open_case("cw")
    _tab(worker, worker.notes)
    assert "CTD witness" not in _child(worker, QTextBrowser, "notesView").toPlainText()
    assert worker.tabs.tabText(worker.tabs.indexOf(worker.notes)) == "Notes"


def test_case_flags_are_edited_and_saved_from_the_overview(qtbot, open_case, case_id, login):
    page = open_case("cw")
    assert not page.has_unsaved_changes()
    _child(page, QCheckBox, "caseWitness").setChecked(True)
    assert page.has_unsaved_changes()
    _click(qtbot, page, "saveCaseButton")
    assert not page.has_unsaved_changes()
    assert casefile.get_case(login("cw"), case_id).case["witness"] is True


def _png() -> bytes:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6a86"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Medical certificate")
    pdf.save()
    return out.getvalue()


def test_files_open_inside_the_app_and_nothing_lands_in_the_temp_folder(
        qtbot, open_case, case_id, login, tmp_path, monkeypatch):
    scratch = tmp_path / "temp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    picked = tmp_path / "picked" / "xray.png"
    picked.parent.mkdir()
    picked.write_bytes(_png())
    care.add_attachment(login("cw"), case_id, "certificate.pdf", "application/pdf", _pdf())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(picked), "")))

    page = open_case("cw")
    _tab(page, page.attachments)
    assert not _child(page, QAbstractButton, "saveCopyButton").isVisibleTo(page)
    _click(qtbot, page, "addFileButton")
    table = _child(page, QTableWidget, "attachmentTable")
    assert _texts(table, 0) == ["certificate.pdf", "xray.png"]
    assert _texts(table, 1) == ["application/pdf", "image/png"]

    table.selectRow(1)
    _click(qtbot, page, "viewFileButton")
    viewer = _dialog(page, "attachmentViewer")
    image = _child(viewer, QLabel, "attachmentImage")
    assert not image.pixmap().isNull()
    assert not _child(viewer, QAbstractButton, "saveCopyButton").isVisibleTo(viewer)
    _click(qtbot, viewer, "closeButton")

    table.selectRow(0)
    _click(qtbot, page, "viewFileButton")
    viewer = _dialog(page, "attachmentViewer")
    from PySide6.QtPdf import QPdfDocument

    document = viewer.pdf_document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 1
    viewer.close()

    assert os.listdir(scratch) == []
    assert picked.exists()  # the original is only read, not moved or copied


def test_a_supervisor_saves_a_copy_after_a_warning_and_it_is_audited(
        qtbot, open_case, case_id, login, tmp_path, monkeypatch):
    care.add_attachment(login("cw"), case_id, "xray.png", "image/png", _png())
    target = tmp_path / "export" / "copy.png"
    target.parent.mkdir()
    warned: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_a: Any) -> Any:
        warned.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page = open_case("sup")
    _tab(page, page.attachments)
    _child(page, QTableWidget, "attachmentTable").selectRow(0)
    _click(qtbot, page, "viewFileButton")
    viewer = _dialog(page, "attachmentViewer")
    _click(qtbot, viewer, "saveCopyButton")
    assert "NOT be encrypted" in warned[0]
    assert target.read_bytes() == _png()
    assert "Saved a copy" in _child(viewer, QLabel, "viewerSaved").text()
    actions = [h["action"] for h in casefile.get_case(login("sup"), case_id).history]
    assert "attachment.export" in actions


def test_an_unknown_case_says_so_without_a_traceback(qtbot, installation, login):
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(login("cw"))
    page = CaseViewPage(ctx)
    qtbot.addWidget(page)
    page.load("0190a000-0000-7000-8000-000000000000")
    assert "does not exist or is not visible" in _child(page, QLabel, "caseMessage").text()
    assert not page.tabs.isEnabled()
