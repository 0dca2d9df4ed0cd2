"""A case worker drafts a referral from a need; the supervisor approves it from the queue,
previews and prints it; a referral without consent is refused and the screen says why."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.referral_draft import ReferralDraftDialog
from victimcare.gui.pages.referrals import ReferralsPage
from victimcare.gui.tasks import TaskRunner
from victimcare.services import referrals


def _ctx(installation, session) -> AppContext:
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(session)
    return ctx


def _draft_in_dialog(qtbot, installation, seeded) -> str:
    dialog = ReferralDraftDialog(_ctx(installation, seeded.cw), seeded.case_id,
                                 {"id": seeded.need_id, "domain": "ongoing_medical"}, "PB-LHR")
    qtbot.addWidget(dialog)
    provider = dialog.findChild(object, "referralProvider")
    assert provider.currentText() == "Mayo Hospital Lahore"  # the best suggestion first
    assert "medical_information" in dialog.findChild(object, "referralCategories").codes()
    dialog.findChild(object, "referralUrgency").set_code("urgent")
    dialog.findChild(object, "referralReason").setPlainText("Needs follow-up for a leg wound.")
    qtbot.mouseClick(dialog.findChild(object, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog.result_value


def test_draft_approve_preview_and_print(qtbot, installation, seeded, tmp_path):
    seeded.consent()
    rid = _draft_in_dialog(qtbot, installation, seeded)
    assert referrals.get_referral(seeded.cw, rid).row.status == "submitted"

    page = ReferralsPage(_ctx(installation, seeded.sup))
    qtbot.addWidget(page)
    page.show()
    queue = page.findChild(object, "approvalQueue")
    qtbot.waitUntil(lambda: queue.topLevelItemCount() == 1)
    assert queue.topLevelItem(0).text(2) == "Mayo Hospital Lahore"
    assert queue.topLevelItem(0).text(4) == "Urgent"
    qtbot.mouseClick(page.findChild(object, "approveButton"), Qt.MouseButton.LeftButton)

    preview = page.preview
    assert preview is not None and preview.isVisible()
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 1
    assert "DRAFT" not in "".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(preview.pdf)).pages)
    target = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    preview.choose_printer = pdf_printer
    with qtbot.waitSignal(preview.printed):
        qtbot.mouseClick(preview.findChild(object, "printButton"), Qt.MouseButton.LeftButton)
    assert len(pypdf.PdfReader(target).pages) == 1
    row = referrals.get_referral(seeded.sup, rid).row
    assert (row.status, row.print_count) == ("sent", 1)
    assert "1 time" in preview.findChild(object, "letterMessage").text()


def test_an_empty_approval_queue_says_so_and_leaves_its_room(qtbot, installation, seeded):
    page = ReferralsPage(_ctx(installation, seeded.sup))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "Nothing" in page.queue_title.text())
    assert page.queue_title.text() == "Nothing is waiting for your approval."
    assert not page.queue.isVisible() and not page.approve_button.isVisible()
    assert page.all.isVisible()


def test_without_consent_approval_is_refused_and_explained(qtbot, installation, seeded):
    seeded.consent(data_categories=["name", "age_sex"])
    rid = _draft_in_dialog(qtbot, installation, seeded)
    page = ReferralsPage(_ctx(installation, seeded.sup))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.findChild(object, "approvalQueue").topLevelItemCount() == 1)
    qtbot.mouseClick(page.findChild(object, "approveButton"), Qt.MouseButton.LeftButton)
    problem = page.findChild(object, "consentProblem")
    assert problem.isVisible()
    assert "does not cover" in problem.text() and "Medical information" in problem.text()
    assert page.preview is None
    with qtbot.waitSignal(page.record_consent_requested) as signal:
        qtbot.mouseClick(page.findChild(object, "recordConsentButton"),
                         Qt.MouseButton.LeftButton)
    assert signal.args[:3] == [seeded.case_id, seeded.person_id, seeded.hospital]
    assert "medical_information" in signal.args[3]
    assert referrals.get_referral(seeded.sup, rid).row.status == "submitted"


def test_a_case_worker_preview_is_marked_draft_and_cannot_print(qtbot, installation, seeded):
    from victimcare.gui.letter_preview import LetterPreview
    rid = seeded.draft()
    preview = LetterPreview(_ctx(installation, seeded.cw), rid)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.document.pageCount() == 1
    assert not preview.findChild(object, "printButton").isVisible()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(preview.pdf)).pages)
    assert "DRAFT" in text


def test_the_directory_page_marks_stale_entries_and_records_a_check(qtbot, installation,
                                                                    seeded):
    from victimcare.gui.pages.directory import DirectoryPage
    from victimcare.services import directory
    directory.update_provider(seeded.sup, seeded.hospital, {"last_verified_on": "2024-01-01"})
    page = DirectoryPage(_ctx(installation, seeded.sup))
    qtbot.addWidget(page)
    page.show()
    tree = page.findChild(object, "directoryList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    names = [tree.topLevelItem(i).text(0) for i in range(2)]
    stale = tree.topLevelItem(names.index("Mayo Hospital Lahore"))
    assert "over a year" in stale.toolTip(7)
    tree.setCurrentItem(stale)
    qtbot.mouseClick(page.findChild(object, "verifyButton"), Qt.MouseButton.LeftButton)
    assert directory.stale_providers(seeded.sup) == []
