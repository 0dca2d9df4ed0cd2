"""Showing an attached file inside the app (images, PDFs, text) without writing it to disk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSaveFile, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.gui.widgets.field_errors import ErrorLabel
from victimcare.services import care

MAX_TEXT_PREVIEW = 2_000_000


class AttachmentViewer(QDialog):
    """The bytes stay in memory: images through QPixmap, PDFs through QtPdf reading from a
    QBuffer. "Save a copy…" exists only for roles allowed to export, warns that the copy is
    not encrypted, and is audited by reading the file again with purpose "export"."""

    def __init__(self, ctx: AppContext, attachment: dict[str, Any], data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attachment = attachment
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("File: %1").replace("%1", attachment["file_name"]))
        self._pixmap: QPixmap | None = None
        self._buffer: QBuffer | None = None
        self.pdf_document: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._content(attachment["media_type"], data), 1)
        self.message = ErrorLabel(self)
        self.message.setObjectName("viewerMessage")
        layout.addWidget(self.message)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("viewerSaved")
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        self.save_copy = QPushButton(self.tr("Save a &copy…"), self)
        self.save_copy.setObjectName("saveCopyButton")
        self.save_copy.clicked.connect(self._save_copy)
        buttons.addButton(self.save_copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_copy.setVisible(ctx.can(Action.ATTACHMENT_EXPORT))  # after: adding shows it
        layout.addWidget(buttons)
        self.resize(900, 680)

    def _content(self, media_type: str, data: bytes) -> QWidget:
        if media_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self._pixmap = pixmap
                self.image = QLabel(self)
                self.image.setObjectName("attachmentImage")
                self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.image.setAccessibleName(self.attachment["file_name"])
                scroll = QScrollArea(self)
                scroll.setWidget(self.image)
                scroll.setWidgetResizable(True)
                self._scroll = scroll
                self._fit_image()
                return scroll
        elif media_type == "application/pdf":
            return self._pdf(data)
        elif media_type.startswith("text/") and len(data) <= MAX_TEXT_PREVIEW:
            text = QPlainTextEdit(self)
            text.setObjectName("attachmentText")
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            return text
        label = QLabel(self.tr("This kind of file (%1) cannot be shown inside VictimCare.")
                       .replace("%1", media_type), self)
        label.setObjectName("attachmentUnsupported")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _pdf(self, data: bytes) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document = QPdfDocument(self)
        self.pdf_document.load(self._buffer)
        view = QPdfView(self)
        view.setObjectName("attachmentPdf")
        view.setDocument(self.pdf_document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        room = self._scroll.viewport().size()
        pixmap = self._pixmap
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_image()

    # -- save a copy ---------------------------------------------------------------------
    def _save_copy(self) -> None:
        save_copy(self.ctx, self, self.attachment, self._report)

    def _report(self, error: str, saved: str) -> None:
        self.message.set_message(error)
        self.saved_label.setText(saved)
        self.saved_label.setVisible(bool(saved))

    def done(self, result: int) -> None:
        # Let go of the file's bytes as soon as the viewer closes.
        if self.pdf_document is not None:
            self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self._pixmap = None
        super().done(result)


def _viewer_tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentViewer", text)


def save_copy(ctx: AppContext, parent: QWidget, attachment: dict[str, Any],
              report: Callable[[str, str], None]) -> None:
    """Warn, ask where, read the file again for export (audited), write it with QSaveFile.
    `report(error, saved)` receives one sentence for the user (the other one empty)."""
    answer = QMessageBox.warning(
        parent, _viewer_tr("Save an unencrypted copy?"),
        _viewer_tr("The copy will NOT be encrypted: anyone who can open the folder you choose "
                  "can read it. Saving it is recorded in the case history. Save a copy?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Save:
        return
    path, _filter = QFileDialog.getSaveFileName(parent, _viewer_tr("Save a copy"),
                                                attachment["file_name"])
    if not path:
        return

    def write(result: tuple[dict[str, Any], bytes]) -> None:
        out = QSaveFile(path)  # written whole or not at all
        if out.open(QIODevice.OpenModeFlag.WriteOnly) and \
                out.write(QByteArray(result[1])) >= 0 and out.commit():
            report("", _viewer_tr("Saved a copy to %1").replace("%1", path))
        else:
            error = out.errorString()
            out.cancelWriting()
            report(_viewer_tr("The copy could not be saved: %1").replace("%1", error), "")

    ctx.call(care.read_attachment, attachment["id"], purpose="export", on_done=write,
             on_error=lambda error: report(describe(error), ""))
