"""The Sync page: export a bundle, import several with a preview first, enrol new devices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.errors import BundleRejected
from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.tasks import Progress
from victimcare.services.session import Session
from victimcare.services.sync import devices, export, importer
from victimcare.services.sync.importer import ImportResult


def _export(session: Session, recipient: str, folder: Path, progress: Progress) -> Any:
    return export.export_bundle(session, recipient, out_dir=folder, progress=progress.report,
                                cancel=lambda: progress.cancelled)


def _import(session: Session, files: list[Path], preview: bool, progress: Progress) -> Any:
    return importer.import_bundles(session, files, preview=preview, progress=progress.report,
                                   cancel=lambda: progress.cancelled)


class SyncPage(Page):
    """`choose_folder`, `choose_files` and `ask_fingerprint` are the dialogs; tests replace them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("syncPage")
        self.choose_folder: Callable[[], Path | None] = self._folder_dialog
        self.choose_files: Callable[[], list[Path]] = self._files_dialog
        self.ask_fingerprint: Callable[[str], str | None] = self._fingerprint_dialog
        self._files: list[Path] = []
        self._progress: Progress | None = None
        self._rejected: list[BundleRejected] = []

        self.recipient = QComboBox(self)
        self.recipient.setObjectName("syncRecipient")
        self.export_button = QPushButton(self.tr("&Export bundle…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.start_export)
        self.import_button = QPushButton(self.tr("&Import bundles…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        self.apply_button = QPushButton(self.tr("&Apply these bundles"), self)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self.apply_import)
        self.trust_button = QPushButton(self.tr("&Trust new device…"), self)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.clicked.connect(self.trust_device)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.status = QLabel(self)
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview = QTreeWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([self.tr("File"), self.tr("From"), self.tr("Result"),
                                      self.tr("New"), self.tr("Updated"), self.tr("Conflicts"),
                                      self.tr("Possible duplicates")])
        self.history = QTreeWidget(self)
        self.history.setObjectName("bundleHistory")
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Direction"), self.tr("Peer"),
                                      self.tr("Changes"), self.tr("File")])

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Send to:"), self))
        row.addWidget(self.recipient, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.apply_button)
        actions.addWidget(self.trust_button)
        actions.addStretch(1)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync")))
        layout.addWidget(hint(self.tr("Bundles carry changes between this installation and the "
                                      "hub on a USB stick or by e-mail. They are encrypted for "
                                      "their recipient and signed; a damaged or forged bundle "
                                      "is refused and changes nothing.")))
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Bundle history"), self))
        layout.addWidget(self.history, 1)
        self._busy(False)
        self.apply_button.setEnabled(False)
        self.trust_button.setVisible(False)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.export_button.setEnabled(self.ctx.can(Action.BUNDLE_EXPORT))
        self.import_button.setEnabled(self.ctx.can(Action.BUNDLE_IMPORT))
        self.ctx.call(export.recipients, on_done=self._fill_recipients,
                      on_error=self._show_error)
        self.ctx.call(export.history, on_done=self._fill_history, on_error=self._show_error)

    def _fill_recipients(self, found: list[Any]) -> None:
        self.recipient.clear()
        for d in found:
            label = (self.tr("Hub (%1)").replace("%1", d.office or "") if d.kind == "hub"
                     else d.office or d.id)
            self.recipient.addItem(label, d.id)

    def _fill_history(self, rows: list[dict[str, Any]]) -> None:
        self.history.clear()
        for r in rows:
            direction = self.tr("sent") if r["direction"] == "export" else self.tr("received")
            changes = "" if r["changes"] is None else str(r["changes"])
            QTreeWidgetItem(self.history, [r["at"][:16].replace("T", " "), direction,
                                           self._peer_name(r["peer"]), changes,
                                           r["file_name"] or ""])

    def _peer_name(self, device_id: str) -> str:
        for i in range(self.recipient.count()):
            if self.recipient.itemData(i) == device_id:
                return self.recipient.itemText(i)
        return device_id[:8]

    # -- export --------------------------------------------------------------------------------
    def start_export(self) -> None:
        recipient = self.recipient.currentData()
        if recipient is None:
            self.status.setText(self.tr("No recipient yet: set up sync with the hub first."))
            return
        folder = self.choose_folder()
        if folder is None:
            return
        self._busy(True)
        self._progress = self.ctx.tasks.run(
            _export, self.ctx.session, recipient, folder, with_progress=True,
            on_done=self._exported, on_error=self._show_error, on_progress=self._step)

    def _exported(self, result: export.Exported) -> None:
        self._busy(False)
        self.status.setText(self.tr("Wrote %1: %2 changes.").replace(
            "%1", result.path.name).replace("%2", str(result.changes)))
        self.ctx.data_changed.emit("")

    # -- import --------------------------------------------------------------------------------
    def start_import(self) -> None:
        files = self.choose_files()
        if not files:
            return
        self._files = files
        self._run_import(preview=True)

    def apply_import(self) -> None:
        if self._files:
            self._run_import(preview=False)

    def _run_import(self, *, preview: bool) -> None:
        self._busy(True)
        self.apply_button.setEnabled(False)
        self._progress = self.ctx.tasks.run(
            _import, self.ctx.session, self._files, preview, with_progress=True,
            on_done=lambda r: self._imported(r, preview), on_error=self._show_error,
            on_progress=self._step)

    def _imported(self, results: list[ImportResult | BundleRejected], preview: bool) -> None:
        self._busy(False)
        self.preview.clear()
        self._rejected = [r for r in results if isinstance(r, BundleRejected)]
        for r in results:
            if isinstance(r, BundleRejected):
                item = QTreeWidgetItem(self.preview, [str(r.params.get("file", "")),
                                                      str(r.params.get("office", "")),
                                                      self.tr("Refused")])
                item.setToolTip(2, describe(r))
                continue
            state = {importer.PREVIEW: self.tr("Ready to apply"),
                     importer.APPLIED: self.tr("Applied"),
                     importer.ALREADY: self.tr("Already imported")}[r.status]
            QTreeWidgetItem(self.preview, [r.path.name, r.sender_office, state,
                                           str(r.new_rows), str(r.updated_rows),
                                           str(r.conflicts), str(r.duplicates_suspected)])
        good = [r for r in results if isinstance(r, ImportResult)]
        unknown = [r for r in self._rejected if r.code == "unknown_sender"]
        self.trust_button.setVisible(bool(unknown))
        lines = [f"{r.params.get('file', '')}: {describe(r)}" for r in self._rejected]
        if preview:
            self.apply_button.setEnabled(any(r.status == importer.PREVIEW for r in good))
            lines.insert(0, self.tr("Preview: nothing has been changed yet."))
        else:
            self._files = []
            lines.insert(0, self.tr("%1 bundles applied: %2 new, %3 updated, %4 conflicts.")
                         .replace("%1", str(sum(r.status == importer.APPLIED for r in good)))
                         .replace("%2", str(sum(r.new_rows for r in good)))
                         .replace("%3", str(sum(r.updated_rows for r in good)))
                         .replace("%4", str(sum(r.conflicts for r in good))))
            for r in good:
                if r.audit_break:
                    lines.append(self.tr("Warning: the audit trail of %1 is broken; report "
                                         "it.").replace("%1", r.sender_office))
            self.ctx.data_changed.emit("")
        self.status.setText("\n".join(lines))

    # -- enrolment -----------------------------------------------------------------------------
    def trust_device(self) -> None:
        for r in self._rejected:
            if r.code != "unknown_sender":
                continue
            path = next((f for f in self._files if f.name == r.params.get("file")), None)
            if path is None:
                continue
            typed = self.ask_fingerprint(str(r.params.get("office", "")))
            if not typed:
                return
            self.ctx.tasks.run(lambda p=path, t=typed: devices.trust(
                self.ctx.session, devices.candidate_from_bundle(p), t),
                on_done=lambda _info: (self.refresh(), self._run_import(preview=True)),
                on_error=self._show_error)
            return

    def _fingerprint_dialog(self, office: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Trust new device"),
            self.tr("Phone the office %1 and ask them to read the fingerprint shown on their "
                    "Sync page. Type it here:").replace("%1", office))
        return text if ok else None

    # -- shared --------------------------------------------------------------------------------
    def _folder_dialog(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundle"))
        return Path(folder) if folder else None

    def _files_dialog(self) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Bundles to import"), "",
                                                self.tr("VictimCare bundles (*.vcbundle)"))
        return [Path(f) for f in files]

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setDisabled(busy)
        self.import_button.setDisabled(busy)

    def _show_error(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText(describe(error))
