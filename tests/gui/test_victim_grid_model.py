"""The victims grid model on its own: typing, pasting, checking and grouping into families."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from victimcare.domain.errors import FieldError
from victimcare.gui.models.victim_grid import COL, ERRORS_ROLE, VictimGridModel

pytestmark = pytest.mark.usefixtures("qapp")  # marks are drawn into pixmaps: a GUI app is needed

THREE_ROWS = (
    "1\t\tMuhammad\tAslam\tمحمد اسلم\tGhulam Rasool\tS/o\tMale\t42\t3520212345671\t"
    "03001234567\tDirect victim – injured\tGrievous injury\n"
    "1\tSpouse\tNaseem\tBibi\tنسیم بی بی\tMuhammad Aslam\tW/o\tfemale\t38\t\t\t"
    "indirect_family\t\tyes\tno\n"
    "2\t\tAyesha\tKhan\tعائشہ خان\tImran Khan\tD/o\tFemale\t02/05/2001\t\t\t"
    "Direct victim – psychological harm\tPsychological harm; Displacement\n"
)


def _set(model: VictimGridModel, row: int, key: str, value: object) -> None:
    assert model.setData(model.index(row, COL[key]), value, Qt.ItemDataRole.EditRole)


def test_models_pass_qt_model_tester(qtmodeltester) -> None:
    empty = VictimGridModel(lang="en")
    qtmodeltester.check(empty, force_py=True)
    filled = VictimGridModel(lang="en")
    filled.paste(0, 0, THREE_ROWS)
    filled.show_all_problems()
    qtmodeltester.check(filled, force_py=True)


def test_typing_in_the_last_row_adds_a_new_empty_row() -> None:
    model = VictimGridModel(lang="en")
    assert model.rowCount() == 1
    _set(model, 0, "given_name", "Muhammad")
    assert model.rowCount() == 2
    assert model.typed_rows() == [0]
    assert model.value(0, "family") == 1  # a new row joins the family above (or family 1)
    assert model.index(0, COL["relationship"]).data() == "Principal"


def test_pasting_three_spreadsheet_rows_fills_three_rows() -> None:
    model = VictimGridModel(lang="en")
    assert model.paste(0, 0, THREE_ROWS) == 3
    assert model.typed_rows() == [0, 1, 2]
    assert model.rowCount() == 4  # plus the empty row to type into
    assert model.value(0, "cnic") == "35202-1234567-1"
    assert model.value(0, "mobile") == "0300-1234567"
    assert model.value(1, "sex") == "female"
    assert model.value(1, "victim_category") == "indirect_family"
    assert model.value(1, "dependant") is True
    assert model.value(2, "age") == "2001-05-02"  # day/month/year as Pakistanis write it
    assert model.value(2, "harms") == ["psychological", "displacement"]
    assert model.problems() == []


def test_families_group_rows_and_name_rows_in_the_order_sent() -> None:
    model = VictimGridModel(lang="en")
    model.paste(0, 0, THREE_ROWS)
    _set(model, 3, "family", "1")  # a late addition to family 1, typed after family 2
    _set(model, 3, "given_name", "Hamza")
    _set(model, 3, "sex", "male")
    _set(model, 3, "victim_category", "indirect_family")
    _set(model, 3, "relationship", "Child")
    families, sent = model.families()
    assert [len(f["members"]) for f in families] == [3, 1]
    assert sent == [0, 1, 3, 2]
    principal, spouse, child = families[0]["members"]
    assert "relationship" not in principal
    assert spouse["relationship"] == "spouse" and spouse["dependant"] is True
    assert child["relationship"] == "child"
    assert principal["age_estimate"] == 42
    assert families[1]["members"][0]["date_of_birth"] == "2001-05-02"


def test_problems_show_as_you_type_and_missing_fields_once_the_row_is_left() -> None:
    model = VictimGridModel(lang="en")
    _set(model, 0, "given_name", "Muhammad")
    _set(model, 0, "cnic", "3520-99")
    cnic = model.index(0, COL["cnic"])
    assert "13 digits" in cnic.data(ERRORS_ROLE)[0]
    assert cnic.data(Qt.ItemDataRole.DecorationRole) is not None  # a mark, not only colour
    assert "13 digits" in cnic.data(Qt.ItemDataRole.ToolTipRole)
    sex = model.index(0, COL["sex"])
    assert sex.data(ERRORS_ROLE) == []  # not nagging while the row is being typed
    model.mark_visited(0)
    assert sex.data(ERRORS_ROLE) == ["This is required."]
    _set(model, 0, "cnic", "35202-1234567-1")
    assert cnic.data(ERRORS_ROLE) == []


def test_delete_clears_cells_and_a_row_can_be_removed() -> None:
    model = VictimGridModel(lang="en")
    model.paste(0, 0, THREE_ROWS)
    model.clear_cells([model.index(0, COL["mobile"]), model.index(1, COL["dependant"])])
    assert model.value(0, "mobile") == ""
    assert model.value(1, "dependant") is False
    model.remove_row(0)
    assert model.typed_rows() == [0, 1]
    assert model.value(0, "given_name") == "Naseem"
    assert model.index(0, COL["relationship"]).data() == "Principal"  # first of family 1 now


def test_service_errors_land_on_the_row_they_came_from() -> None:
    model = VictimGridModel(lang="en")
    model.paste(0, 0, THREE_ROWS)
    _families, sent = model.families()
    model.set_server_errors([FieldError("date_of_birth", "in_future", 3)], sent)
    assert model.index(2, COL["age"]).data(ERRORS_ROLE) == ["This date is in the future."]
    assert model.problems() == [(2, FieldError("date_of_birth", "in_future", 3))]
    _set(model, 2, "age", "24")
    assert model.problems() == []
