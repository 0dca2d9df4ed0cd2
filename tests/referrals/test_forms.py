"""The consent form and the supervisor's case summary, read back from the PDF: what a person
signs, what is ticked, who may print what; and their previews with Print and Save."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from victimcare.domain.errors import NotFound, PermissionDenied, ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.letter_preview import show_case_summary, show_consent_form
from victimcare.gui.tasks import TaskRunner
from victimcare.services import care, cases, people, referrals
from victimcare.services.letters import case_summary, consent_form, layout

NASTALIQ = {"NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"}


def _pages(pdf: bytes) -> list[str]:
    """Each page's text laid out as printed (a tick box's X stays on its label's line)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [p.extract_text(extraction_mode="layout") for p in reader.pages]


def _ticked(text: str) -> set[str]:
    """The labels with an X in their box (boxes can sit side by side on one line)."""
    return {m.strip() for line in text.splitlines()
            for m in re.findall(r"(?:^|\s)X\s{1,4}(\S.*?)(?=\s{3,}|$)", line)}


def _embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            for d in f.get("/DescendantFonts", [f]):
                desc = d.get_object().get("/FontDescriptor")
                if desc and "/FontFile2" in desc.get_object():
                    names.add(str(f["/BaseFont"]).split("+")[-1])
    return names


def _audits(session, action: str) -> int:
    return int(session.db.scalar("SELECT count(*) FROM audit_event WHERE action = ?",
                                 (action,)))


def _ctx(installation, session) -> AppContext:
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(session)
    return ctx


# -- the consent form ----------------------------------------------------------------------
def test_a_recorded_consent_prints_ticked_with_the_persons_rights(seeded):
    s = seeded
    people.add_contact(s.cw, s.person_id, "address", "House 77, MARKER Street, Lahore")
    cid = s.consent(data_categories=["name", "father_name", "contact_phone"],
                    expires_on="2027-01-09")
    pages = _pages(consent_form.render_consent_form(s.cw, s.case_id, s.person_id,
                                                    consent_id=cid, lang="en"))
    assert len(pages) == 1
    text = pages[0]
    flat = " ".join(text.split())
    for needed in ("Informed consent", "Muhammad Aslam", "S/o Ghulam Rasool", s.case_number,
                   "C-" + cid[-8:].upper(), "My consent is voluntary",
                   "It is never a condition of receiving help",
                   "I can withdraw this consent at any time",
                   "by telling my case worker or the office",
                   "This consent lasts until 09-01-2027", "Signature or thumbprint",
                   "Witness (verbal consent)", "User cw", "10-01-2026"):
        assert needed in flat, needed
    assert _ticked(text) == {
        "Sharing the information ticked below with this service provider: Mayo Hospital "
        "Lahore", "Name", "Father's or husband's name", "Contact phone",
        "the person named above", "thumbprint"}
    # The person's name, father's name and case number, and nothing else about anybody.
    for secret in ("35202", "1234567-1", "0300-1234567", "House 77", "STORY-MARKER",
                   "Naseem", "Ayesha", "42 years", "Grievous"):
        assert secret not in flat, secret
    assert _audits(s.cw, "consent.form_print") == 1


def test_a_blank_form_has_nothing_ticked_and_lines_to_write_on(seeded):
    s = seeded
    text = _pages(consent_form.render_consent_form(s.cw, s.case_id, s.person_id,
                                                   lang="en"))[0]
    assert _ticked(text) == set()
    flat = " ".join(text.split())
    assert "Muhammad Aslam" in flat and s.case_number in flat
    assert "This consent lasts until ____" in flat and "consent reference" not in flat
    for label in ("Registration of my case", "Medical information", "a guardian", "verbal"):
        assert label.lower() in flat.lower()


def test_urdu_and_bilingual_forms_fit_one_page_in_nastaliq(seeded):
    s = seeded
    cid = s.consent()
    for lang in ("ur", "both"):
        for consent_id in (cid, None):
            pdf = consent_form.render_consent_form(s.cw, s.case_id, s.person_id,
                                                   consent_id=consent_id, lang=lang)
            assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1, (lang, consent_id)
            assert _embedded_fonts(pdf) >= NASTALIQ
    # Shaped Nastaliq does not extract as text: check the strings placed on the page.
    with s.cw.reading(None) as unit:
        doc = consent_form.document(consent_form.compose(unit, s.case_id, s.person_id, cid,
                                                         "both"))
    layout.render(doc)
    drawn = "\n".join(doc.drawn)
    for needed in ("محمد اسلم", "میو ہسپتال لاہور", "اپنی مرضی سے", "واپس لی جا سکتی ہے",
                   "My consent is voluntary", s.case_number):
        assert needed in drawn, needed
    assert doc.pages == 1


def test_who_may_print_a_form_for_whom(seeded, login):
    s = seeded
    with pytest.raises(PermissionDenied):  # a hub coordinator records no consent
        consent_form.render_consent_form(login("coord"), s.case_id, s.person_id)
    other = cases.find(s.cw, "Ayesha")[0]
    with pytest.raises(ValidationError) as e:
        consent_form.render_consent_form(s.cw, s.case_id, other.person_id)
    assert e.value.errors[0].code == "not_in_case"
    theirs = care.record_consent(s.cw, s.case_id, {
        "person": s.family_member_id, "given_by": "self", "consent_type": "follow_up_contact",
        "method": "signed", "given_on": "2026-01-10"})
    with pytest.raises(NotFound):  # a consent of someone else is not this person's form
        consent_form.render_consent_form(s.cw, s.case_id, s.person_id, consent_id=theirs)
    with pytest.raises(ValidationError):
        consent_form.render_consent_form(s.cw, s.case_id, s.person_id, lang="fr")


# -- the case summary ----------------------------------------------------------------------
@pytest.fixture
def full_case(seeded):
    """A case with something in every section, and notes enough for several pages."""
    s = seeded
    s.consent()
    care.assess_risk(s.cw, s.case_id, "high", rationale="threats")
    rid = s.draft(urgency="urgent")
    referrals.submit(s.cw, rid)
    referrals.approve(s.sup, rid)
    care.add_follow_up(s.cw, s.case_id, "2026-01-05", "call", purpose="Check the wound")
    care.add_note(s.cw, s.case_id, "First visit at the hospital with the family.")
    care.add_note(s.cw, s.case_id, "RESTRICTED-MARKER he asks that no one visits the house.",
                  restricted=True)
    for i in range(12):
        care.add_note(s.cw, s.case_id, f"Call {i}: " + "spoke about school fees and rent. " * 20)
    return s


def test_the_case_summary_shows_everything_restricted_included_marked_confidential(full_case):
    s = full_case
    pdf = case_summary.render_case_summary(s.sup, s.case_id)
    pages = [" ".join(p.split()) for p in _pages(pdf)]
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"CONFIDENTIAL - case summary {s.case_number}" in page      # header
        assert f"CONFIDENTIAL - {s.case_number} - printed" in page          # footer
        assert page.count("CONFIDENTIAL") >= 3                              # and watermark
        assert f"Page {number} of {len(pages)}" in page
    text = " ".join(pages)
    for needed in (s.case_number, "Muhammad Aslam", "Naseem Bibi", "principal",
                   "Direct victim", "Grievous injury", "Lahore", "Market", "Bombing",
                   "Ongoing medical", "referral planned", "high", "review pending",
                   "Mayo Hospital Lahore", "approved", "current", "Check the wound", "overdue",
                   "RESTRICTED-MARKER", "RESTRICTED", "First visit at the hospital"):
        assert needed in text, needed
    assert _audits(s.sup, "case.summary_print") == 1


def test_a_case_worker_may_not_print_the_case_summary(full_case):
    with pytest.raises(PermissionDenied):
        case_summary.render_case_summary(full_case.cw, full_case.case_id)
    assert _audits(full_case.sup, "case.summary_print") == 0


# -- previews ------------------------------------------------------------------------------
def _pdf_printer(target):
    def choose() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer
    return choose


def test_a_supervisor_previews_prints_and_saves_the_case_summary(qtbot, installation,
                                                                 full_case, tmp_path):
    s = full_case
    dialog = show_case_summary(_ctx(installation, s.sup), s.case_id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.document.pageCount() >= 2
    dialog.choose_printer = _pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(dialog.printed):
        dialog.print_button.click()
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount()
    saved = tmp_path / "summary"  # the .pdf is added
    dialog.choose_file = lambda: saved
    with qtbot.waitSignal(dialog.printed):
        dialog.save_button.click()
    out = saved.with_suffix(".pdf")
    assert "RESTRICTED-MARKER" in " ".join(" ".join(p.split()) for p in
                                           _pages(out.read_bytes()))
    assert out.stat().st_mode & 0o777 == 0o600
    assert (_audits(s.sup, "case.summary_print"), _audits(s.sup, "case.summary_save")) == (2, 1)


def test_a_case_worker_prints_a_consent_form_but_sees_no_case_summary(qtbot, installation,
                                                                     seeded, tmp_path):
    s = seeded
    ctx = _ctx(installation, s.cw)
    cid = s.consent()
    form = show_consent_form(ctx, s.case_id, s.person_id, cid)
    qtbot.addWidget(form)
    assert form.lang == "both" and form.print_button.isVisible()
    assert form.document.pageCount() == 1
    form.language.setCurrentIndex(form.language.findData("en"))
    assert "Contact phone" in _ticked(_pages(form.pdf)[0])
    form.choose_file = lambda: tmp_path / "form.pdf"
    with qtbot.waitSignal(form.printed):
        form.save_button.click()
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    assert _audits(s.cw, "consent.form_save") == 1

    summary = show_case_summary(ctx, s.case_id)
    qtbot.addWidget(summary)
    assert not summary.print_button.isVisible() and summary.pdf == b""
    assert "role does not allow" in summary.message.text()
