"""A supervisor offers a case to another office from the dialog; that office's supervisor
accepts it on the Transfers page, and the case then opens there, ready for work."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sync.synclib import HUB, Net, build_network, sample_families, sample_incident

from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.transfer import TransferDialog
from victimcare.gui.pages.transfers import TransfersPage
from victimcare.gui.tasks import TaskRunner
from victimcare.services import care, casefile, incidents, transfers
from victimcare.services.session import Session

LHR, PEW = "PB-LHR", "KP-PEW"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gui-transfers") / "net"
    build_network(root)
    net = Net(root)
    net.round()  # the offices learn each other's names from the hub's directory
    net.close()
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    shutil.copytree(template, tmp_path / "net")
    n = Net(tmp_path / "net")
    yield n
    n.close()


def _ctx(net: Net, session: Session) -> AppContext:
    ctx = AppContext(net.dir(session.office), TaskRunner(synchronous=True))
    ctx.set_session(session)
    return ctx


def test_request_in_the_dialog_and_accept_on_the_page(qtbot, net: Net) -> None:
    reg = incidents.register_incident(net.cw(LHR), sample_incident(LHR), sample_families())
    case = reg.case_ids[0]
    lahore = net.login(LHR, "sup")

    dialog = TransferDialog(_ctx(net, lahore), case, reg.case_numbers[0])
    qtbot.addWidget(dialog)
    office = dialog.findChild(object, "transferOffice")
    assert [office.itemData(i) for i in range(office.count())] == [None, PEW]
    qtbot.mouseClick(dialog.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted  # nothing chosen yet
    assert dialog.findChild(object, "transferReasonError").message() == "This is required."
    office.set_code(PEW)
    dialog.findChild(object, "transferReason").setPlainText("The family moved to Peshawar.")
    dialog.grab().save(str(Path(net.root) / "transfer-dialog.png"))
    qtbot.mouseClick(dialog.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    [asked] = transfers.list_transfers(lahore)
    assert (asked.to_office, asked.status) == (PEW, "requested")

    net.round()
    peshawar = net.login(PEW, "sup")
    page = TransfersPage(_ctx(net, peshawar))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    incoming = page.findChild(object, "incomingTransfers")
    qtbot.waitUntil(lambda: incoming.topLevelItemCount() == 1)
    item = incoming.topLevelItem(0)
    assert (item.text(0), item.text(2), item.text(3)) == (
        reg.case_numbers[0], LHR, "The family moved to Peshawar.")
    assert item.text(6) == "Waiting for an answer"
    opened: list[str] = []
    page.ctx.open_case_requested.connect(opened.append)
    qtbot.mouseClick(page.findChild(object, "openIncomingCase"), Qt.MouseButton.LeftButton)
    assert opened == [case]
    page.grab().save(str(Path(net.root) / "transfers-page.png"))

    qtbot.mouseClick(page.findChild(object, "acceptTransferButton"), Qt.MouseButton.LeftButton)
    answer = page.dialog
    assert answer is not None and answer.isVisible()
    answer.findChild(object, "transferComment").setPlainText("Welcome")
    qtbot.mouseClick(answer.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: incoming.topLevelItem(0).text(6) == "Accepted")
    assert "now worked by your office" in page.findChild(object, "transfersStatus").text()
    assert not page.findChild(object, "acceptTransferButton").isEnabled()
    care.add_note(peshawar, case, "Taken over by Peshawar.")

    net.round()
    net.round()
    assert casefile.get_case(lahore, case).case["status"] == "transferred"
    lahore_page = TransfersPage(_ctx(net, lahore))
    qtbot.addWidget(lahore_page)
    lahore_page.show()
    outgoing = lahore_page.findChild(object, "outgoingTransfers")
    qtbot.waitUntil(lambda: outgoing.topLevelItemCount() == 1)
    assert outgoing.topLevelItem(0).text(5) == "Accepted"
    assert "Welcome" in outgoing.topLevelItem(0).text(6)
    assert not lahore_page.findChild(object, "withdrawTransferButton").isEnabled()
    assert net.s(HUB).db.scalar("SELECT count(*) FROM case_note WHERE case_id = ?",
                                (case,)) == 1


def test_declining_needs_a_reason(qtbot, net: Net) -> None:
    reg = incidents.register_incident(net.cw(LHR), sample_incident(LHR), sample_families())
    transfers.request_transfer(net.login(LHR, "sup"), reg.case_ids[1], PEW, "Closer to family")
    net.round()
    page = TransfersPage(_ctx(net, net.login(PEW, "sup")))
    qtbot.addWidget(page)
    page.show()
    incoming = page.findChild(object, "incomingTransfers")
    qtbot.waitUntil(lambda: incoming.topLevelItemCount() == 1)
    qtbot.mouseClick(page.findChild(object, "declineTransferButton"),
                     Qt.MouseButton.LeftButton)
    answer = page.dialog
    assert answer is not None
    qtbot.mouseClick(answer.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    assert answer.isVisible()
    assert answer.findChild(object, "transferCommentError").message() == "This is required."
    answer.findChild(object, "transferComment").setPlainText("Not our district")
    qtbot.mouseClick(answer.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    # Declined: the case is no longer this office's to see, so it leaves the list.
    qtbot.waitUntil(lambda: incoming.topLevelItemCount() == 0)
    assert "stays with the other office" in page.findChild(object, "transfersStatus").text()


def test_empty_lists_say_so_instead_of_showing_empty_tables(qtbot, net: Net) -> None:
    page = TransfersPage(_ctx(net, net.login(PEW, "sup")))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.incoming_title.text() == "No case is offered to your office."
    assert page.outgoing_title.text() == "Your office has offered no case to another office."
    assert not page.incoming.isVisible() and not page.accept_button.isVisible()
    assert not page.outgoing.isVisible() and not page.cancel_button.isVisible()
