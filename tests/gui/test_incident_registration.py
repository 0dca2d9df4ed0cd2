"""A case worker registers an attack with its victims on the incident registration page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from factories import sample_families, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from victimcare.gui.context import AppContext
from victimcare.gui.incident_registration import IncidentRegistrationPage
from victimcare.gui.models.victim_grid import COL, ERRORS_ROLE
from victimcare.gui.tasks import TaskRunner
from victimcare.services import cases, incidents
from victimcare.services.session import Session


@pytest.fixture
def ctx(installation: Path, login: Callable[[str], Session]) -> AppContext:
    context = AppContext(installation, TaskRunner(synchronous=True))
    context.set_session(login("cw"))
    return context


@pytest.fixture
def page(qtbot, ctx: AppContext) -> Iterator[IncidentRegistrationPage]:
    p = IncidentRegistrationPage(ctx)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    yield p


def _count(ctx: AppContext) -> int:
    return cases.count_cases(ctx.session, cases.CaseQuery())


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot, page: IncidentRegistrationPage, text: str) -> None:
    """Type into the current cell like a person: unless Tab already opened the cell's editor,
    the first key opens it (and is typed into it)."""
    if page.grid.state() != QAbstractItemView.State.EditingState:
        qtbot.keyClick(page.grid, text[0])
        text = text[1:]
    qtbot.keyClicks(_focus(), text)


def _tab(qtbot) -> None:
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)


def _fill(page: IncidentRegistrationPage, row: int, **values: object) -> None:
    for key, value in values.items():
        index = page.model.index(row, COL[key])
        assert page.model.setData(index, value, Qt.ItemDataRole.EditRole), key


def test_worker_types_three_victims_in_two_families_and_gets_two_cases(qtbot, page, ctx):
    grid, model = page.grid, page.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, COL["family"]))
    # Row 1 by keyboard: Tab moves across (and opens the next cell for typing).
    _type(qtbot, page, "1")
    _tab(qtbot)
    assert grid.currentIndex().column() == COL["relationship"]
    _tab(qtbot)                              # the principal has no relation to fill in
    _type(qtbot, page, "Muhammad")
    _tab(qtbot)
    _type(qtbot, page, "Aslam")
    _tab(qtbot)
    _tab(qtbot)                              # no Urdu name typed here
    _type(qtbot, page, "Ghulam Rasool")
    _tab(qtbot)
    _type(qtbot, page, "S")                  # S/o, picked by its first letter
    _tab(qtbot)
    _type(qtbot, page, "M")                  # Male
    _tab(qtbot)
    _type(qtbot, page, "42")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    # Enter moves down, like a spreadsheet (the editor closes on the next event-loop turn).
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 1)
    assert grid.currentIndex().column() == COL["age"]
    assert model.value(0, "given_name") == "Muhammad"
    assert model.value(0, "family_name") == "Aslam"
    assert model.value(0, "guardian_relation") == "s_o"
    assert model.value(0, "sex") == "male"
    assert model.value(0, "age") == "42"
    assert model.rowCount() == 2  # a fresh row appeared under the filled one

    _fill(page, 0, name_ur="محمد اسلم", cnic="35202-1234567-1", mobile="0300-1234567",
          victim_category="direct_injured", harms=["grievous_injury"])
    _fill(page, 1, family_name="Bibi", given_name="Naseem", relationship="spouse",
          guardian_name="Muhammad Aslam", guardian_relation="w_o", sex="female", age="38",
          victim_category="indirect_family", dependant=True)
    _fill(page, 2, family="2", given_name="Ayesha", family_name="Khan", sex="female",
          age="2001-05-02", victim_category="direct_psychological")
    page.attack_types.set_codes(["bombing"])
    page.place_type.set_code("market")
    assert page.has_unsaved_changes()

    with qtbot.waitSignal(page.registered) as signal:
        qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(signal.args[0]) == 2
    assert _count(ctx) == 2
    assert "Registered 2 cases" in page.status.text()
    assert model.typed_rows() == [] and not page.has_unsaved_changes()  # ready for the next


def test_a_bad_cnic_in_row_two_blocks_save_and_nothing_is_written(qtbot, page, ctx):
    _fill(page, 0, given_name="Muhammad", sex="male", victim_category="direct_injured")
    _fill(page, 1, given_name="Naseem", sex="female", victim_category="indirect_family",
          relationship="spouse", cnic="35202-12345")
    assert page.model.index(1, COL["cnic"]).data(ERRORS_ROLE)  # marked while typing
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    summary = page.problem_summary.text()
    assert page.problem_summary.isVisible()
    assert "Nothing was saved" in summary
    assert "Row 2, CNIC: A CNIC has 13 digits" in summary
    assert _count(ctx) == 0
    assert page.grid.currentIndex().row() == 1  # the cursor waits on the problem
    assert page.has_unsaved_changes()


def test_missing_fields_are_named_by_row_when_saving(qtbot, page, ctx):
    _fill(page, 0, given_name="Muhammad")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Row 1, Sex: This is required." in page.problem_summary.text()
    assert page.model.index(0, COL["sex"]).data(ERRORS_ROLE) == ["This is required."]
    assert _count(ctx) == 0


def test_a_cnic_already_registered_gives_a_warning_that_does_not_block(qtbot, page, ctx):
    earlier = incidents.register_incident(ctx.session, sample_incident(), sample_families())
    _fill(page, 0, given_name="Aslam", sex="male", victim_category="direct_injured",
          cnic="35202-1234567-1")
    qtbot.waitUntil(page.duplicate_warning.isVisible)
    warning = page.duplicate_warning.text()
    assert "Row 1" in warning and "CNIC" in warning and earlier.case_numbers[0] in warning
    with qtbot.waitSignal(page.registered):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _count(ctx) == 3


def test_the_same_name_and_fathers_name_also_warns(qtbot, page, ctx):
    incidents.register_incident(ctx.session, sample_incident(), sample_families())
    _fill(page, 0, given_name="ayesha", family_name="Khan", guardian_name="Imran Khan")
    qtbot.waitUntil(page.duplicate_warning.isVisible)
    assert "same name" in page.duplicate_warning.text()
    _fill(page, 0, guardian_name="Tariq Khan")
    qtbot.waitUntil(lambda: not page.duplicate_warning.isVisible())


def test_ctrl_v_pastes_three_rows_from_a_spreadsheet(qtbot, page, ctx):
    QGuiApplication.clipboard().setText(
        "1\t\tMuhammad\tAslam\tمحمد اسلم\tGhulam Rasool\tS/o\tMale\t42\t35202-1234567-1\t"
        "0300-1234567\tDirect victim – injured\tGrievous injury\n"
        "1\tSpouse\tNaseem\tBibi\tنسیم بی بی\tMuhammad Aslam\tW/o\tFemale\t38\t\t\t"
        "Indirect victim – family member\n"
        "2\t\tAyesha\tKhan\tعائشہ خان\tImran Khan\tD/o\tFemale\t2001-05-02\t\t\t"
        "Direct victim – psychological harm\n")
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.typed_rows() == [0, 1, 2]
    assert page.model.index(2, COL["name_ur"]).data() == "عائشہ خان"
    assert page.status.text() == "Pasted 3 rows."
    with qtbot.waitSignal(page.registered) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(signal.args[0]) == 2


def test_delete_clears_a_cell_and_remove_row_takes_the_row_away(qtbot, page):
    _fill(page, 0, given_name="Muhammad", cnic="35202-1234567-1")
    _fill(page, 1, given_name="Naseem")
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, COL["cnic"]))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert page.model.value(0, "cnic") == ""
    page.grid.setCurrentIndex(page.model.index(0, COL["given_name"]))
    qtbot.mouseClick(page.remove_row, Qt.MouseButton.LeftButton)
    assert page.model.typed_rows() == [0]
    assert page.model.value(0, "given_name") == "Naseem"


def test_a_date_in_the_future_is_refused_for_the_incident(qtbot, page, ctx):
    page.date.set_value("2999-01-01")
    _fill(page, 0, given_name="Muhammad", sex="male", victim_category="direct_injured")
    assert "This date is in the future." in page.findChild(QWidget, "incidentDateRowError").text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Incident, Date of incident: This date is in the future." in \
        page.problem_summary.text()
    assert _count(ctx) == 0
    page.reset()
    assert not page.has_unsaved_changes()
