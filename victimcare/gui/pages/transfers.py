"""Transfers: cases offered to this office (accept or decline) and cases it offered away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.enums import TransferStatus
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.transfer import TransferAnswerDialog, status_label
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import format_date, mark_icon, set_primary
from victimcare.services import transfers
from victimcare.services.transfers import INCOMING, TransferRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class TransfersPage(Page):
    """Supervisors answer the offers here; answering a case opens it to the office (accept)
    or leaves it where it was (decline). At the hub, every transfer is listed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("transfersPage")
        self.dialog: QDialog | None = None
        self.incoming = self._tree("incomingTransfers", [
            self.tr("Case"), self.tr("Person"), self.tr("From"), self.tr("Reason"),
            self.tr("Asked by"), self.tr("Asked on"), self.tr("State")], stretch=3)
        self.outgoing = self._tree("outgoingTransfers", [
            self.tr("Case"), self.tr("Person"), self.tr("From"), self.tr("To"),
            self.tr("Reason"), self.tr("State"), self.tr("Answer")], stretch=4)
        self.accept_button = self._button(self.tr("&Accept…"), "acceptTransferButton",
                                          lambda: self._answer(self.incoming, "accept"))
        set_primary(self.accept_button)
        self.decline_button = self._button(self.tr("&Decline…"), "declineTransferButton",
                                           lambda: self._answer(self.incoming, "decline"))
        self.open_in = self._button(self.tr("&Open case"), "openIncomingCase",
                                    lambda: self._open(self.incoming))
        self.cancel_button = self._button(self.tr("&Withdraw…"), "withdrawTransferButton",
                                          lambda: self._answer(self.outgoing, "cancel"))
        self.open_out = self._button(self.tr("O&pen case"), "openOutgoingCase",
                                     lambda: self._open(self.outgoing))
        self.status = QLabel(self)
        self.status.setObjectName("transfersStatus")
        self.status.setWordWrap(True)
        for tree in (self.incoming, self.outgoing):
            tree.itemSelectionChanged.connect(self._selection)
            tree.itemActivated.connect(lambda item, _c: self._open_item(item))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Transfers")))
        self.incoming_title = hint(self.tr(
            "Cases offered to your office. You can open a case to read it before you answer."))
        layout.addWidget(self.incoming_title)
        layout.addWidget(self.incoming, 1)
        row = QHBoxLayout()
        for b in (self.accept_button, self.decline_button, self.open_in):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.outgoing_title = hint(self.tr("Cases your office offered to another office"))
        layout.addWidget(self.outgoing_title)
        layout.addWidget(self.outgoing, 1)
        row = QHBoxLayout()
        for b in (self.cancel_button, self.open_out):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        # Takes the room only when both lists are empty (hidden): the lines stay at the top.
        layout.addStretch()
        self._selection()

    def _tree(self, name: str, headers: list[str], stretch: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setHeaderLabels(headers)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return tree

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        hub = self.ctx.session.is_hub
        for w in (self.incoming_title, self.incoming, self.accept_button, self.decline_button,
                  self.open_in):
            w.setVisible(not hub)
        self._show_empty()  # the hub's titles at once, whatever the lists hold yet
        self.ctx.call(transfers.list_transfers, on_done=self._fill, on_error=self._error)

    def _fill(self, rows: list[TransferRow]) -> None:
        self.incoming.clear()
        self.outgoing.clear()
        for r in rows:
            waiting = r.status == TransferStatus.REQUESTED
            if r.direction == INCOMING:
                item = QTreeWidgetItem([r.case_number, r.name, r.from_office, r.reason,
                                        r.requested_by, format_date(r.requested_at),
                                        status_label(r.status)])
                tree = self.incoming
                state_column = 6
            else:
                answer = " · ".join(x for x in (r.decided_by, format_date(r.decided_at),
                                                r.comment) if x)
                item = QTreeWidgetItem([r.case_number, r.name, r.from_office, r.to_office,
                                        r.reason, status_label(r.status), answer])
                tree = self.outgoing
                state_column = 5
            item.setData(0, ROW_ROLE, r)
            item.setToolTip(3 if tree is self.incoming else 4, r.reason)
            if waiting:
                item.setIcon(state_column, mark_icon("due"))
            tree.addTopLevelItem(item)
        for tree in (self.incoming, self.outgoing):
            first = tree.topLevelItem(0)
            if first is not None:
                tree.setCurrentItem(first)
        self._show_empty()
        self._selection()

    def _show_empty(self) -> None:
        """An empty list says so in its title line and hides its table and buttons."""
        hub = self.ctx.session.is_hub
        no_in = self.incoming.topLevelItemCount() == 0
        no_out = self.outgoing.topLevelItemCount() == 0
        if not hub:
            for w in (self.incoming, self.accept_button, self.decline_button, self.open_in):
                w.setVisible(not no_in)
            self.incoming_title.setText(
                self.tr("No case is offered to your office.") if no_in else self.tr(
                    "Cases offered to your office. You can open a case to read it before you"
                    " answer."))
        for w in (self.outgoing, self.cancel_button, self.open_out):
            w.setVisible(not no_out)
        if hub:
            self.outgoing_title.setText(self.tr("No case has moved between offices yet.")
                                        if no_out else self.tr("All transfers between offices"))
        else:
            self.outgoing_title.setText(
                self.tr("Your office has offered no case to another office.") if no_out
                else self.tr("Cases your office offered to another office"))

    def _error(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    @staticmethod
    def _selected(tree: QTreeWidget) -> TransferRow | None:
        item = tree.currentItem()
        return item.data(0, ROW_ROLE) if item else None

    def _selection(self) -> None:
        incoming = self._selected(self.incoming)
        waiting_in = incoming is not None and incoming.status == TransferStatus.REQUESTED
        self.accept_button.setEnabled(waiting_in)
        self.decline_button.setEnabled(waiting_in)
        self.open_in.setEnabled(incoming is not None and incoming.status in (
            TransferStatus.REQUESTED, TransferStatus.ACCEPTED))
        outgoing = self._selected(self.outgoing)
        self.cancel_button.setEnabled(outgoing is not None
                                      and outgoing.status == TransferStatus.REQUESTED)
        self.open_out.setEnabled(outgoing is not None)

    # -- actions -------------------------------------------------------------------------
    def _answer(self, tree: QTreeWidget, action: str) -> None:
        row = self._selected(tree)
        if row is None or row.status != TransferStatus.REQUESTED:
            return
        dialog = TransferAnswerDialog(self.ctx, row, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._answered(row, action))
        self.dialog = dialog
        dialog.open()

    def _answered(self, row: TransferRow, action: str) -> None:
        self.dialog = None
        self.ctx.data_changed.emit(row.case_id)
        self.status.setText({
            "accept": self.tr("Accepted: case %1 is now worked by your office."),
            "decline": self.tr("Declined: case %1 stays with the other office."),
            "cancel": self.tr("Withdrawn: case %1 stays with your office."),
        }[action].replace("%1", row.case_number))

    def _open(self, tree: QTreeWidget) -> None:
        row = self._selected(tree)
        if row is not None:
            self.ctx.open_case_requested.emit(row.case_id)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        row = item.data(0, ROW_ROLE)
        if row is not None:
            self.ctx.open_case_requested.emit(row.case_id)
