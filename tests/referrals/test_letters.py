"""Referral letters read back from the PDF: what must be there is, what must never be there is
not (the case below has every forbidden item filled in), fonts are embedded, one page."""

from __future__ import annotations

import io

import pypdf
import pytest

from victimcare.domain.errors import ConsentMissing, PermissionDenied
from victimcare.services import care, cases, directory, people, referrals
from victimcare.services.letters import layout
from victimcare.services.letters import referral_letter as rl

FORBIDDEN = [
    "STORY-MARKER", "attacker", "canal", "FIR 112/26", "IED", "bombing",  # the attack
    "Naseem", "Bibi", "نسیم",                                               # other family
    "NOTE-MARKER", "RISK-MARKER", "SAFETY-PLAN",                            # notes, risk
    "witness", "COURT-7788",                                                # investigation
    "987654", "987,654",                                                    # compensation
    "OTHER-REFERRAL", "Legal Aid Society",                                  # other referrals
    "photo-marker.jpg",                                                     # photos, ids
    "35202", "1234567-1",                                                   # CNIC not needed
    "House 77", "MARKER Street",                                            # address
    "via-brother-MARKER",
]


def _text(pdf: bytes) -> tuple[str, pypdf.PdfReader]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages), reader


def _embedded_fonts(reader: pypdf.PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            for d in f.get("/DescendantFonts", [f]):
                desc = d.get_object().get("/FontDescriptor")
                if desc and "/FontFile2" in desc.get_object():
                    names.add(str(f["/BaseFont"]).split("+")[-1])
    return names


@pytest.fixture
def loaded(seeded):
    """Everything a letter must leave out, filled in, and an approved referral."""
    s = seeded
    cases.update_case(s.sup, s.case_id, {"witness": True, "court_case_ref": "COURT-7788",
                                         "protection_concern": True})
    care.add_note(s.cw, s.case_id, "NOTE-MARKER he fears the attacker's family")
    care.assess_risk(s.cw, s.case_id, "high", rationale="RISK-MARKER threats; SAFETY-PLAN")
    care.add_attachment(s.cw, s.case_id, "photo-marker.jpg", "image/jpeg", b"\xff\xd8 jpeg")
    people.add_contact(s.cw, s.person_id, "address", "House 77, MARKER Street, Lahore",
                       restricted=True)
    people.add_contact(s.cw, s.person_id, "mobile", "0345-7654321",
                       safe_to_contact="via_someone", safe_via="via-brother-MARKER")
    with s.sup.unit(None) as unit:  # no compensation service yet: seed the claim directly
        unit.records.insert("compensation_claim", {
            "case_id": s.case_id, "claimant": s.person_id, "scheme": _scheme(),
            "category": "grievous_injury", "status": "submitted", "amount_claimed": 987654})
    s.consent(data_categories=referrals.default_categories("health"))
    s.consent(provider=s.legal, data_categories=["name", "contact_phone"])
    other = s.draft(s.legal, data_categories=["name"], reason="OTHER-REFERRAL legal help")
    referrals.submit(s.cw, other)
    rid = s.draft(urgency="urgent", reason="Needs follow-up care for a leg wound.")
    referrals.submit(s.cw, rid)
    s.extra["letter_no"] = referrals.approve(s.sup, rid)
    s.extra["rid"] = rid
    return s


def _scheme() -> str:
    from victimcare.domain import reference
    return sorted(reference.codes("compensation_schemes"))[0]


def test_the_english_letter_has_what_the_provider_needs_and_nothing_else(loaded):
    s = loaded
    pdf = rl.letter_pdf(s.sup, s.extra["rid"], "en")
    text, reader = _text(pdf)
    assert len(reader.pages) == 1
    for needed in (s.extra["letter_no"], "Urgent", "Please respond by", "Mayo Hospital Lahore",
                   "Dr Sana Javed", "Muhammad Aslam", "S/o Ghulam Rasool", "42 years, male",
                   "0300-1234567", "Ongoing medical treatment", "Grievous injury",
                   "Needs follow-up care for a leg wound.", "thumb-printed", "C-",
                   "Please acknowledge", "User cw", "User sup", "Signature and stamp",
                   "CONFIDENTIAL"):
        assert needed in text, needed
    for secret in FORBIDDEN:
        assert secret not in text, secret
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= _embedded_fonts(reader)
    assert reader.metadata.title == f"Referral letter {s.extra['letter_no']}"


def test_urdu_and_bilingual_letters_are_one_page_in_nastaliq(loaded):
    s = loaded
    for lang in ("ur", "both"):
        pdf = rl.letter_pdf(s.sup, s.extra["rid"], lang)
        text, reader = _text(pdf)
        assert len(reader.pages) == 1
        assert {"NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"} <= _embedded_fonts(reader)
        assert s.extra["letter_no"] in text and "0300-1234567" in text
        for secret in FORBIDDEN:
            assert secret not in text, secret
        # Shaped Nastaliq does not extract as text, so check every string that was placed.
        with s.sup.reading(None) as unit:
            doc = rl.document(rl.compose(unit, s.extra["rid"], lang, final=True))
        layout.render(doc)
        drawn = "\n".join(doc.drawn)
        assert "محمد اسلم" in drawn and "میو ہسپتال لاہور" in drawn and "ولد" in drawn
        for secret in FORBIDDEN:
            assert secret not in drawn, secret


def test_health_details_and_witness_status_go_only_where_they_belong(loaded):
    s = loaded
    police = directory.add_provider(s.sup, {"name_en": "CTD Protection Cell",
                                            "provider_type": "police_ctd", "languages": ["en"]},
                                    [{"service_type": "protection"}])
    s.consent(provider=police, data_categories=["name", "contact_phone"])
    rid = s.draft(police, data_categories=["name", "contact_phone"])
    referrals.submit(s.cw, rid)
    referrals.approve(s.sup, rid)
    text, _ = _text(rl.letter_pdf(s.sup, rid))
    assert "Witness status" in text and "Grievous injury" not in text
    assert "Protection and safety" in text


def test_a_case_worker_previews_a_draft_marked_draft_without_unconsented_data(seeded):
    s = seeded
    s.consent(data_categories=["name", "age_sex"])  # less than the letter wants
    rid = s.draft()
    text, reader = _text(rl.preview_letter(s.cw, rid, "en"))
    assert "DRAFT" in text and len(reader.pages) == 1
    assert "Muhammad Aslam" in text and "42 years" in text
    assert "0300-1234567" not in text and "Ghulam Rasool" not in text
    assert "Grievous injury" not in text
    assert "only through the case worker" in text
    with pytest.raises(PermissionDenied):
        rl.letter_pdf(s.cw, rid)
    actions = [a for (a,) in s.cw.db.query("SELECT action FROM audit_event"
                                          " WHERE action = 'referral.letter_preview'")]
    assert actions == ["referral.letter_preview"]


def test_the_supervisor_saves_the_final_letter_and_it_is_counted(loaded, tmp_path):
    s = loaded
    text, _ = _text(rl.preview_letter(s.sup, s.extra["rid"]))
    assert "DRAFT" not in text
    out = tmp_path / "out" / "letter.pdf"
    assert rl.save_letter(s.sup, s.extra["rid"], out) == 1
    assert out.read_bytes().startswith(b"%PDF") and (out.stat().st_mode & 0o777) == 0o600
    assert list(out.parent.iterdir()) == [out]  # no temp file left behind
    row = referrals.get_referral(s.sup, s.extra["rid"]).row
    assert (row.status, row.print_count) == ("sent", 1)
    care.withdraw_consent(s.cw, row_consent(s), "Withdrawn")
    with pytest.raises(ConsentMissing):
        rl.letter_pdf(s.sup, s.extra["rid"])
    with pytest.raises(ConsentMissing):
        rl.save_letter(s.sup, s.extra["rid"], tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()


def row_consent(s) -> str:
    return referrals.get_referral(s.sup, s.extra["rid"]).referral["consent"]


def test_language_follows_the_provider(loaded):
    assert rl.letter_language(["en", "ur"]) == "both"
    assert rl.letter_language(["ur"]) == "ur"
    assert rl.letter_language([]) == "en"
    with loaded.sup.reading(None) as unit:
        assert rl.compose(unit, loaded.extra["rid"], None, final=True).langs == ("en", "ur")
