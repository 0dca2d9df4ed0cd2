"""A supervisor adds and edits directory entries with their services from the directory page;
case workers only read it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from victimcare.domain.errors import ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.provider_edit import ServiceRowsModel
from victimcare.gui.pages.directory import DirectoryPage
from victimcare.gui.tasks import TaskRunner
from victimcare.services import directory


def _page(qtbot, installation, session) -> DirectoryPage:
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(session)
    page = DirectoryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.findChild(object, "directoryList").topLevelItemCount() == 2)
    return page


def _tick_area(dialog, text: str) -> None:
    dialog.areas.search.setText(text)
    shown = [dialog.areas.list.item(r) for r in range(dialog.areas.list.count())
             if not dialog.areas.list.item(r).isHidden()]
    assert len(shown) == 1, [i.text() for i in shown]
    shown[0].setCheckState(Qt.CheckState.Checked)


def _choose_service(dialog, row: int, service_type: str, description: str) -> None:
    """What the table's editors do: a service type from its list, a typed description."""
    model = dialog.services.model
    assert model.setData(model.index(row, ServiceRowsModel.COL_TYPE), service_type)
    assert model.setData(model.index(row, ServiceRowsModel.COL_DESCRIPTION), description)


def test_a_supervisor_adds_a_provider_with_two_services(qtbot, installation, seeded):
    page = _page(qtbot, installation, seeded.sup)
    add = page.findChild(object, "addProviderButton")
    assert add.isVisible()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_en, "Shifa Trauma Centre")
    dialog.name_ur.setText("شفا ٹراما سینٹر")
    dialog.provider_type.set_code("health")
    qtbot.keyClicks(dialog.focal_person, "Dr Imran Qureshi")
    qtbot.keyClicks(dialog.phone, "051-8463000")
    qtbot.keyClicks(dialog.email, "trauma@shifa")
    email_error = dialog.findChild(object, "providerEmailError")
    assert email_error.isVisible()  # said while typing, before OK
    qtbot.keyClicks(dialog.email, ".example.pk")
    assert not email_error.isVisible()
    dialog.languages.set_codes(["en", "ur"])
    _tick_area(dialog, "rawalp")
    _tick_area(dialog, "Islamabad Capital Territory (whole")
    assert "Rawalpindi" in dialog.areas.summary.text()
    qtbot.mouseClick(dialog.services.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.services.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the two rows have no service type yet
    assert dialog.findChild(object, "providerServicesError").isVisible()
    _choose_service(dialog, 0, "medical_emergency", "24-hour trauma unit")
    _choose_service(dialog, 1, "rehabilitation", "Prosthetics workshop")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    found = directory.list_providers(seeded.cw, text="shifa")
    assert [p.name_en for p in found] == ["Shifa Trauma Centre"]
    p = found[0]
    assert (p.name_ur, p.provider_type, p.focal_person, p.email, p.languages) == (
        "شفا ٹراما سینٹر", "health", "Dr Imran Qureshi", "trauma@shifa.example.pk",
        ("en", "ur"))
    assert set(p.districts) == {"PB-RWP", "IS"}
    assert {(s["service_type"], s["description"]) for s in p.services} == {
        ("medical_emergency", "24-hour trauma unit"), ("rehabilitation", "Prosthetics workshop")}
    tree = page.findChild(object, "directoryList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    assert "Shifa Trauma Centre" in [tree.topLevelItem(i).text(0) for i in range(3)]


def test_editing_keeps_changed_services_and_removes_dropped_ones(qtbot, installation, seeded):
    directory.add_service(seeded.sup, seeded.hospital, "psychosocial", description="Old")
    page = _page(qtbot, installation, seeded.sup)
    tree = page.findChild(object, "directoryList")
    names = [tree.topLevelItem(i).text(0) for i in range(2)]
    tree.setCurrentItem(tree.topLevelItem(names.index("Mayo Hospital Lahore")))
    qtbot.mouseClick(page.findChild(object, "editProviderButton"), Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog.name_en.text() == "Mayo Hospital Lahore" and dialog.dsa.isChecked()
    assert dialog.areas.codes() == ["PB-LHR"]
    model = dialog.services.model
    rows = model.rows()
    kept = next(r for r in rows if r["service_type"] == "medical_ongoing")
    row = rows.index(kept)
    model.setData(model.index(row, ServiceRowsModel.COL_DESCRIPTION), "Wards 3 and 4")
    dialog.services.table.setCurrentIndex(model.index(1 - row, 0))
    qtbot.mouseClick(dialog.services.remove_button, Qt.MouseButton.LeftButton)
    dialog.dsa.setChecked(False)
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    p = directory.get_provider(seeded.sup, seeded.hospital)
    assert [(s["id"], s["description"]) for s in p.services] == [(kept["id"], "Wards 3 and 4")]
    assert not p.data_sharing_agreement and p.dsa_expires_on == "" and not p.active
    # An inactive entry leaves the list unless the keeper asks to see it.
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    page.findChild(object, "directoryShowInactive").setChecked(True)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    assert "Mayo Hospital Lahore (inactive)" in [tree.topLevelItem(i).text(0) for i in range(2)]


def test_case_workers_and_office_coordinators_do_not_edit(qtbot, installation, seeded, login):
    for session in (seeded.cw, login("coord")):
        page = _page(qtbot, installation, session)
        for name in ("addProviderButton", "editProviderButton", "verifyButton"):
            assert not page.findChild(object, name).isVisible(), name
        assert page.add_provider() is None


def test_save_provider_refuses_foreign_services_and_bad_email(seeded):
    legal_service = directory.get_provider(seeded.sup, seeded.legal).services[0]["id"]
    with pytest.raises(ValidationError) as e:
        directory.save_provider(seeded.sup, seeded.hospital, {"email": "not an address"},
                                [{"service_type": "legal_aid"}])
    assert [(f.field, f.code) for f in e.value.errors] == [("email", "email_format")]
    with pytest.raises(ValidationError) as e:
        directory.save_provider(seeded.sup, seeded.hospital, {},
                                [{"id": legal_service, "service_type": "legal_aid"}])
    assert (e.value.errors[0].field, e.value.errors[0].row) == ("service", 1)
    assert directory.get_provider(seeded.sup, seeded.hospital).service_types == (
        "medical_ongoing",)


def test_the_service_rows_model(qtmodeltester):
    model = ServiceRowsModel()
    model.set_rows([{"id": "s1", "service_type": "legal_aid", "description": "Court visits"}])
    model.add_row("shelter", "Women's shelter")
    model.add_row()
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Legal aid and information on proceedings"
    assert not model.setData(model.index(2, 0), "spa")  # not a service type
    assert model.removeRows(1, 1) and model.rowCount() == 2
    assert [r["id"] for r in model.rows()] == ["s1", None]
