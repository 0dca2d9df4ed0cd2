"""A coordinator at the hub imports three offices' bundles, settles a conflict and sends return
bundles; an office imports its return bundle and sees that the hub has its changes."""

from __future__ import annotations

from pathlib import Path

from synclib import HUB, PW, USER_PW, Net, edit, sample_families, sample_incident

from victimcare.gui.context import AppContext
from victimcare.gui.pages.conflicts import ConflictsPage
from victimcare.gui.pages.sync import SyncPage
from victimcare.gui.tasks import TaskRunner
from victimcare.services import accounts, incidents
from victimcare.services.installation import sign_in
from victimcare.services.sync import export
from victimcare.services.sync.setup import init_join
from victimcare.store.keyslots import FAST_KDF

OFFICES3 = ("PB-LHR", "KP-PEW", "SD-KHS")


def _page(qtbot, cls, session):
    ctx = AppContext(Path(session.paths.data_dir), tasks=TaskRunner(synchronous=True))
    ctx.set_session(session)
    page = cls(ctx)
    qtbot.addWidget(page)
    page.refresh_now()
    return page


def test_coordinator_imports_settles_and_returns(qtbot, net: Net, tmp_path: Path) -> None:
    init_join(net.dir("SD-KHS"), net.root / "org.vcprofile", office_code="SD-KHS",
              admin_username="admin", admin_password=PW, kdf=FAST_KDF)
    admin = sign_in(net.dir("SD-KHS"), "admin", PW)
    for user, roles in (("cw", ["caseworker"]), ("coord", ["coordinator"])):
        accounts.create_user(admin, user, user, roles, password=USER_PW)
    admin.close()
    regs = {o: incidents.register_incident(net.cw(o), sample_incident(o), sample_families())
            for o in OFFICES3}
    # A case the hub already holds is edited at the hub and, meanwhile, at the office.
    net.imp(HUB, net.export("PB-LHR"))
    case_id = regs["PB-LHR"].case_ids[0]
    edit(net.s(HUB), "vc_case", case_id, court_case_ref="ATC-1 (hub)")
    edit(net.cw("PB-LHR"), "vc_case", case_id, court_case_ref="ATC-1 (office)")
    files = [net.export(o) for o in OFFICES3]

    page = _page(qtbot, SyncPage, net.s(HUB))
    page.choose_files = lambda: files
    qtbot.mouseClick(page.import_button, qtbot_left())
    # The new office is not trusted yet: its fingerprint is confirmed by phone first.
    assert page.trust_button.isVisible() or not page.isVisible()
    assert "fingerprint" in page.status.text()
    from victimcare.services.sync import devices
    fingerprint = devices.candidate_from_bundle(files[2]).fingerprint
    page.ask_fingerprint = lambda office: fingerprint
    page.trust_device()
    rows = [page.preview.topLevelItem(i) for i in range(page.preview.topLevelItemCount())]
    assert [r.text(2) for r in rows] == ["Ready to apply"] * 3
    assert rows[0].text(5) == "1"          # the clash, shown before anything is applied
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, qtbot_left())
    assert "3 bundles applied" in page.status.text()
    assert page.history.topLevelItemCount() >= 3

    conflicts_page = _page(qtbot, ConflictsPage, net.s(HUB))
    assert conflicts_page.tree.topLevelItemCount() == 1
    assert "1 open" in conflicts_page.count.text()
    item = conflicts_page.tree.topLevelItem(0)
    assert {item.text(2), item.text(4)} == {"ATC-1 (hub)", "ATC-1 (office)"}
    conflicts_page.select_first()
    conflicts_page.comment.setText("Office confirmed the court reference by phone")
    other = item.text(4)
    qtbot.mouseClick(conflicts_page.other_button, qtbot_left())
    assert conflicts_page.tree.topLevelItemCount() == 0

    out = tmp_path / "out"
    out.mkdir()
    page.choose_folder = lambda: out
    written = []
    for i in range(page.recipient.count()):
        page.recipient.setCurrentIndex(i)
        qtbot.mouseClick(page.export_button, qtbot_left())
        written.append(page.status.text())
    assert len(list(out.glob("PK-HUB-to-*.vcbundle"))) == 3
    lahore_file = next(out.glob("PK-HUB-to-PB-LHR-*.vcbundle"))

    office_page = _page(qtbot, SyncPage, net.s("PB-LHR"))
    office_page.choose_files = lambda: [lahore_file]
    qtbot.mouseClick(office_page.import_button, qtbot_left())
    qtbot.mouseClick(office_page.apply_button, qtbot_left())
    assert "1 bundles applied" in office_page.status.text()
    assert net.s("PB-LHR").db.scalar("SELECT court_case_ref FROM vc_case WHERE id = ?",
                                     (case_id,)) == other
    # The acknowledgement: the office's next bundle no longer carries what the hub has.
    assert export.export_bundle(net.s("PB-LHR"), out_dir=tmp_path).changes == 0
    page.grab().save(str(tmp_path / "sync.png"))


def qtbot_left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
