"""PDF previews: any rendered document (consent form, case summary) with Print and Save, and
the referral letter, whose prints and saves are counted on the referral."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
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
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.services import referrals
from victimcare.services.letters import case_summary, consent_form, referral_letter
from victimcare.services.session import Session
from victimcare.store.atomic import atomic_write

PRINT_DPI = 300
RenderFn = Callable[[Session, str | None], bytes]         # (session, language) → PDF
SaveFn = Callable[[Session, Path, str | None], Any]       # writes the PDF to a file


_LANGUAGE_NAMES = {
    "": QT_TRANSLATE_NOOP("PdfPreviewDialog", "As the provider reads"),
    "en": QT_TRANSLATE_NOOP("PdfPreviewDialog", "English"),
    "ur": QT_TRANSLATE_NOOP("PdfPreviewDialog", "Urdu"),
    "both": QT_TRANSLATE_NOOP("PdfPreviewDialog", "English and Urdu"),
}


def _languages(*codes: str) -> list[tuple[str, str]]:
    return [(c, QCoreApplication.translate("PdfPreviewDialog", str(_LANGUAGE_NAMES[c])))
            for c in codes]


def _write_pdf(_session: Session, path: Path, pdf: bytes) -> None:
    atomic_write(path, pdf)


class PdfPreviewDialog(QDialog):
    """Shows a PDF made by `render_fn` on the worker thread, in the language chosen in the
    Language box (shown when `languages` are given). Print renders the document again (the
    service audits each one) and prints it through the system dialog; Save writes it to a
    file with `save_fn`, or writes the shown PDF when there is none."""

    printed = Signal(int)  # how many times it was printed or saved (for a letter: in total)

    def __init__(self, ctx: AppContext, title: str, render_fn: RenderFn | None,
                 save_name: str, parent: QWidget | None = None, *,
                 save_fn: SaveFn | None = None,
                 languages: Sequence[tuple[str, str]] = (), lang: str | None = None,
                 may_print: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.render_fn = render_fn
        self.save_fn = save_fn
        self.save_name = save_name
        self.outputs = 0
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.pdf = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.language = QComboBox(self)
        self.language.setObjectName("pdfLanguage")
        for code, text in languages:
            self.language.addItem(text, code)
        if lang:
            self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        for w in (language_label, self.language):
            w.setVisible(bool(languages))
        self.message = QLabel(self)
        self.message.setObjectName("pdfMessage")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        for b in (self.print_button, self.save_button):
            b.setVisible(may_print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        bar = QHBoxLayout()
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    @property
    def lang(self) -> str | None:
        return self.language.currentData() or None

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.message.setText(self.tr("Preparing the document…"))
        assert self.render_fn is not None
        self.ctx.call(self.render_fn, self.lang, on_done=self._show, on_error=self._failed)

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

    # -- choosing (tests replace these) --------------------------------------------------
    def choose_printer(self) -> QPrinter | None:
        """The system print dialog; tests replace this with a PDF printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.save_name,
                                              self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    # -- printing and saving -------------------------------------------------------------
    def print_document(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        assert self.render_fn is not None
        self.ctx.call(self.render_fn, self.lang,
                      on_done=lambda pdf: self._print_and_count(printer, pdf),
                      on_error=self._failed)

    def _print_and_count(self, printer: QPrinter, pdf: bytes) -> None:
        if self._print(printer, pdf):
            self._output()

    def _print(self, printer: QPrinter, pdf: bytes) -> bool:
        """Draw each page at PRINT_DPI; False (and a message) when the printer failed."""
        doc = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be opened. Nothing was "
                                         "printed."))
            doc.close()
            return False
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
        return True

    def _target(self) -> Path | None:
        path = self.choose_file()
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        return path

    def save_document(self) -> None:
        path = self._target()
        if path is None:
            return
        if self.save_fn is not None:
            self.ctx.call(self.save_fn, path, self.lang, on_done=lambda _r: self._output(),
                          on_error=self._failed)
        else:
            self.ctx.call(_write_pdf, path, self.pdf, on_done=lambda _r: self._output(),
                          on_error=self._failed)

    def _output(self) -> None:
        self.outputs += 1
        self.message.setText(self.tr("Done."))
        self.printed.emit(self.outputs)


class LetterPreview(PdfPreviewDialog):
    """The referral letter (marked DRAFT for anyone who may not print it yet); a supervisor
    prints the final letter or saves it as a PDF. Each print and save is counted on the
    referral and audited by the service."""

    def __init__(self, ctx: AppContext, referral_id: str, parent: QWidget | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("PdfPreviewDialog", "Referral letter"), None,
            "letter.pdf", parent, languages=_languages("", "en", "ur", "both"), lang=lang,
            may_print=ctx.can(Action.REFERRAL_PRINT))
        self.referral_id = referral_id
        self.setObjectName("letterPreview")
        self.view.setObjectName("letterView")
        self.language.setObjectName("letterLanguage")
        self.message.setObjectName("letterMessage")
        self.load()

    def load(self) -> None:
        self.message.setText(self.tr("Preparing the letter…"))
        self.ctx.call(referral_letter.preview_letter, self.referral_id, self.lang,
                      on_done=self._show, on_error=self._failed)

    def print_document(self) -> None:
        """Print the final letter (never the preview bytes: those may be a draft)."""
        printer = self.choose_printer()
        if printer is None:
            return
        self.ctx.call(referral_letter.letter_pdf, self.referral_id, self.lang,
                      on_done=lambda pdf: self._printed(printer, pdf), on_error=self._failed)

    def _printed(self, printer: QPrinter, pdf: bytes) -> None:
        if self._print(printer, pdf):
            self.ctx.call(referrals.record_output, self.referral_id, "print",
                          on_done=self._counted, on_error=self._failed)

    def save_document(self) -> None:
        path = self._target()
        if path is not None:
            self.ctx.call(referral_letter.save_letter, self.referral_id, path, self.lang,
                          on_done=self._counted, on_error=self._failed)

    def _counted(self, count: int) -> None:
        self.outputs = count
        self.message.setText(self.tr("Done. This letter has been printed or saved %n time(s).",
                                     "", count))
        self.printed.emit(count)
        self.ctx.data_changed.emit("")


# -- entry points for the case view --------------------------------------------------------
def show_consent_form(ctx: AppContext, case_id: str, person_id: str,
                      consent_id: str | None = None,
                      parent: QWidget | None = None) -> PdfPreviewDialog:
    """The consent form to print for signature or thumbprint: ticked as the consent with
    `consent_id` was recorded, or blank to fill in by hand."""

    def render(session: Session, lang: str | None) -> bytes:
        return consent_form.render_consent_form(session, case_id, person_id,
                                                consent_id=consent_id, lang=lang or "both")

    def save(session: Session, path: Path, lang: str | None) -> None:
        consent_form.save_consent_form(session, path, case_id, person_id,
                                       consent_id=consent_id, lang=lang or "both")

    title = QCoreApplication.translate("PdfPreviewDialog", "Consent form")
    dialog = PdfPreviewDialog(ctx, title, render, "consent-form.pdf", parent, save_fn=save,
                              languages=_languages("both", "en", "ur"),
                              may_print=ctx.can(Action.CONSENT_RECORD))
    dialog.setObjectName("consentFormPreview")
    dialog.load()
    dialog.show()
    return dialog


def show_case_summary(ctx: AppContext, case_id: str,
                      parent: QWidget | None = None) -> PdfPreviewDialog:
    """The confidential case summary for supervision (supervisors and coordinators)."""

    def render(session: Session, _lang: str | None) -> bytes:
        return case_summary.render_case_summary(session, case_id)

    def save(session: Session, path: Path, _lang: str | None) -> None:
        case_summary.save_case_summary(session, path, case_id)

    title = QCoreApplication.translate("PdfPreviewDialog", "Case summary (confidential)")
    dialog = PdfPreviewDialog(ctx, title, render, "case-summary.pdf", parent, save_fn=save,
                              may_print=ctx.can(Action.CASE_VIEW_RESTRICTED))
    dialog.setObjectName("caseSummaryPreview")
    dialog.load()
    dialog.show()
    return dialog
