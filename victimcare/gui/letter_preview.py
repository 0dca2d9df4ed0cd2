"""The letter preview: the PDF as it will print, with Print and Save for those allowed to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.services import referrals
from victimcare.services.letters import referral_letter

PRINT_DPI = 300


class LetterPreview(QDialog):
    """Shows the referral letter (marked DRAFT for anyone who may not print it yet); a
    supervisor prints it through the system dialog or saves it as a PDF. Each print and save
    is counted on the referral and audited by the service."""

    printed = Signal(int)  # the referral's output count after a print or save

    def __init__(self, ctx: AppContext, referral_id: str, parent: QWidget | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral_id = referral_id
        self.setObjectName("letterPreview")
        self.setWindowTitle(self.tr("Referral letter"))
        self.resize(760, 900)
        self.pdf = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("letterView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        for code, text in (("", self.tr("As the provider reads")), ("en", self.tr("English")),
                           ("ur", self.tr("Urdu")), ("both", self.tr("English and Urdu"))):
            self.language.addItem(text, code)
        if lang:
            self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.message = QLabel(self)
        self.message.setObjectName("letterMessage")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        may_print = ctx.can(Action.REFERRAL_PRINT)
        for b in (self.print_button, self.save_button):
            b.setVisible(may_print)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Language:"), self, buddy=self.language))
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.load()

    @property
    def lang(self) -> str | None:
        return self.language.currentData() or None

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.message.setText(self.tr("Preparing the letter…"))
        self.ctx.call(referral_letter.preview_letter, self.referral_id, self.lang,
                      on_done=self._show, on_error=self._failed)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.message.setText("")

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    # -- printing ------------------------------------------------------------------------
    def choose_printer(self) -> QPrinter | None:
        """The system print dialog; tests replace this with a PDF printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save letter"), "",
                                              self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def print_letter(self) -> None:
        """Print the final letter (never the preview bytes: those may be a draft)."""
        printer = self.choose_printer()
        if printer is None:
            return
        self.ctx.call(referral_letter.letter_pdf, self.referral_id, self.lang,
                      on_done=lambda pdf: self._print(printer, pdf), on_error=self._failed)

    def _print(self, printer: QPrinter, pdf: bytes) -> None:
        doc = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be opened. Nothing was "
                                         "printed."))
            return
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            size = doc.pagePointSize(page)
            image = doc.render(page, QSize(int(size.width() * PRINT_DPI / 72),
                                           int(size.height() * PRINT_DPI / 72)))
            target: QRect = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        painter.end()
        doc.close()
        self.ctx.call(referrals.record_output, self.referral_id, "print",
                      on_done=self._counted, on_error=self._failed)

    def save_letter(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.ctx.call(referral_letter.save_letter, self.referral_id, path, self.lang,
                      on_done=self._counted, on_error=self._failed)

    def _counted(self, count: int) -> None:
        self.message.setText(self.tr("Done. This letter has been printed or saved %n time(s).",
                                     "", count))
        self.printed.emit(count)
        self.ctx.data_changed.emit("")
