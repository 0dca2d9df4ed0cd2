"""A case worker keeps the people of a case up to date from the "People and family" tab."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import sample_families, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QLabel, QLineEdit, QTableWidget

from victimcare.gui.case_view import CaseViewPage
from victimcare.gui.context import AppContext
from victimcare.gui.tasks import TaskRunner
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.inputs import CnicEdit, MobileEdit
from victimcare.services import casefile, cases, incidents
from victimcare.services.session import Session


@pytest.fixture
def page(qtbot, installation: Path, login: Callable[[str], Session]) -> CaseViewPage:
    cw = login("cw")
    case_id = incidents.register_incident(cw, sample_incident(), sample_families()).case_ids[0]
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(cw)
    view = CaseViewPage(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.load(case_id)
    view.tabs.setCurrentWidget(view.people)
    return view


def _child(parent: Any, kind: type, name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _click(qtbot, parent: Any, name: str) -> None:
    button = _child(parent, QAbstractButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(page: CaseViewPage, name: str) -> QDialog:
    shown = [d for d in page.findChildren(QDialog, name) if d.isVisible()]
    assert len(shown) == 1, name
    return shown[0]


def _column(table: QTableWidget, column: int) -> list[str]:
    """The texts a user reads (without the invisible direction marks)."""
    return [re.sub("[\u200e\u200f\u2066-\u2069]", "", table.item(r, column).text())
            for r in range(table.rowCount())]


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    edit.setCursorPosition(0)
    qtbot.keyClicks(edit, text)


def test_case_worker_corrects_a_cnic_and_adds_a_mobile(qtbot, page: CaseViewPage) -> None:
    members = _child(page, QTableWidget, "membersTable")
    assert not _child(page, QAbstractButton, "editPersonButton").isEnabled()
    members.selectRow(1)  # Naseem Bibi, the wife: no CNIC yet
    assert _column(members, 0)[1] == "Naseem Bibi"
    _click(qtbot, page, "editPersonButton")
    dialog = _dialog(page, "personDialog")
    assert _child(dialog, QLineEdit, "personNameUr").layoutDirection() == \
        Qt.LayoutDirection.RightToLeft
    cnic = _child(dialog, CnicEdit, "personCnic")
    _type(qtbot, cnic, "35202")
    _click(qtbot, dialog, "okButton")  # refused: only part of a CNIC
    assert dialog.isVisible()
    assert "CNIC" in _child(dialog, QLabel, "personCnicError").text()
    assert "not" in _child(dialog, QLabel, "dialogSummary").text().lower()
    cf = casefile.get_case(page.ctx.session, page.case_id)
    assert [m["person_row"]["cnic"] for m in cf.members if not m["principal"]] == [None]
    _type(qtbot, cnic, "3520276543212")
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    row = _column(members, 0).index("Naseem Bibi")
    assert _column(members, 6)[row] == "35202-7654321-2"
    assert members.selectionModel().selectedRows()[0].row() == row

    _click(qtbot, page, "addContactButton")
    dialog = _dialog(page, "contactDialog")
    _child(dialog, ChoiceCombo, "contactSafe").set_code("via_someone")
    _type(qtbot, _child(dialog, MobileEdit, "contactMobile"), "03017654321")
    _click(qtbot, dialog, "okButton")  # refused: through whom?
    assert dialog.isVisible()
    qtbot.keyClicks(_child(dialog, QLineEdit, "contactVia"), "her brother Tariq")
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    assert "0301-7654321 (only through someone)" in _column(members, 7)[row]


def test_case_worker_adds_a_child_to_the_family(qtbot, page: CaseViewPage) -> None:
    _click(qtbot, page, "addMemberButton")
    dialog = _dialog(page, "familyMemberDialog")
    qtbot.keyClicks(_child(dialog, QLineEdit, "personGivenName"), "Bilal")
    qtbot.keyClicks(_child(dialog, QLineEdit, "personFamilyName"), "Aslam")
    _child(dialog, ChoiceCombo, "personSex").set_code("male")
    _child(dialog, ChoiceCombo, "memberRelationship").set_code("child")
    _click(qtbot, dialog, "okButton")  # refused: no victim category
    assert dialog.isVisible()
    assert _child(dialog, QLabel, "memberCategoryError").text()
    _child(dialog, ChoiceCombo, "memberCategory").set_code("indirect_family")
    _child(dialog, QCheckBox, "memberDependant").setChecked(True)
    _click(qtbot, dialog, "okButton")
    assert not dialog.isVisible()
    members = _child(page, QTableWidget, "membersTable")
    assert "Bilal Aslam" in _column(members, 0)
    assert _column(members, 2)[_column(members, 0).index("Bilal Aslam")] == "Child"
    relations = _child(page, QTableWidget, "relationshipsTable")
    assert ["Bilal Aslam", "Child", "Muhammad Aslam", "dependant"] in [
        [relations.item(r, c).text() for c in range(4)] for r in range(relations.rowCount())]
    found = cases.find(page.ctx.session, "Bilal")
    assert [f.case_id for f in found] == [page.case_id]


def test_auditor_sees_no_edit_buttons(qtbot, installation: Path,
                                      login: Callable[[str], Session], page: CaseViewPage
                                      ) -> None:
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(login("aud"))
    view = CaseViewPage(ctx)
    qtbot.addWidget(view)
    view.load(page.case_id)
    for name in ("editPersonButton", "addContactButton", "addMemberButton"):
        assert not _child(view, QAbstractButton, name).isVisibleTo(view)


def test_the_dead_keep_the_age_they_died_at(qtbot, installation: Path,
                                            login: Callable[[str], Session]) -> None:
    cw = login("cw")
    registered = incidents.register_incident(cw, sample_incident(), sample_families())
    with cw.unit(None) as unit:
        unit.records.update("person", registered.person_ids[0], {
            "date_of_birth": "1990-03-01", "deceased": True, "date_of_death": "2025-02-01"})
        unit.records.update("person", registered.person_ids[1], {"date_of_birth": "1990-03-01"})
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(cw)
    view = CaseViewPage(ctx)
    qtbot.addWidget(view)
    view.load(registered.case_ids[0])
    ages = _column(_child(view, QTableWidget, "membersTable"), 5)
    assert ages[0] == "34 at death (born 1 Mar 1990)"
    assert ages[1].endswith("(born 1 Mar 1990)") and "death" not in ages[1]
