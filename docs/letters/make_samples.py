"""The sample consent forms and case summary in this folder, as 80 dpi PNGs, from an invented
office (KP-PEW) and invented people:

    .venv/bin/python docs/letters/make_samples.py            # writes docs/letters/*.png

Needs `pdftoppm` (poppler-utils). The referral letters come from bench/letters_bench.py --docs.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from victimcare.services import accounts, care, directory, incidents, referrals
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.letters import case_summary, consent_form
from victimcare.store.keyslots import FAST_KDF

HERE = Path(__file__).resolve().parent
PASSWORD = "a-good-sample-password-1"
INCIDENT = {"occurred_on": "2026-03-14", "district": "KP-PEW", "place_type": "market",
            "attack_types": ["bombing"], "summary": "Never printed on a form."}
FAMILY = [
    {"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
     "guardian_name": "Ghulam Rasool", "guardian_name_ur": "غلام رسول",
     "guardian_relation": "s_o", "sex": "male", "age_estimate": 42, "mobile": "0300-1234567",
     "victim_category": "direct_injured", "harms": ["grievous_injury"]},
    {"given_name": "Naseem", "family_name": "Bibi", "name_ur": "نسیم بی بی",
     "guardian_name": "Muhammad Aslam", "guardian_name_ur": "محمد اسلم",
     "guardian_relation": "w_o", "sex": "female", "age_estimate": 38,
     "victim_category": "indirect_family", "relationship": "spouse", "dependant": True},
]
HOSPITAL = {"name_en": "Lady Reading Hospital, Peshawar", "name_ur": "لیڈی ریڈنگ ہسپتال، پشاور",
            "provider_type": "health", "districts": ["KP-PEW"], "focal_person": "Dr Sana Javed",
            "phone": "091-9211430", "languages": ["en", "ur"]}
NOTES = [
    ("First meeting at the hospital. Mr Aslam's left leg was operated on twice; he walks with "
     "crutches. His wife Naseem Bibi asks how to claim compensation.", False),
    ("He says two men asked neighbours where the family now lives. He asks that nobody visits "
     "the house; phone only in the evening.", True),
    ("Called Lady Reading Hospital: the physiotherapy slot is on Tuesdays. Mr Aslam agreed to "
     "the referral and thumb-printed the consent form.", False),
]


def _png(pdf: bytes, name: str, folder: Path, *, one_page: bool = True) -> None:
    """name.png for a one-page form; name-1.png, name-2.png, ... for a longer document."""
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    single = ["-singlefile"] if one_page else []
    subprocess.run(["pdftoppm", "-png", "-r", "80", *single, str(path), str(HERE / name)],
                   check=True)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="vc-samples-"))
    try:
        data = folder / "data"
        create_installation(data, office_code="KP-PEW", admin_username="admin",
                            admin_password=PASSWORD, kdf=FAST_KDF,
                            office_name="Victim Support Office, Peshawar")
        admin = sign_in(data, "admin", PASSWORD)
        accounts.create_user(admin, "cw", "Farah Naz", ["caseworker"], password=PASSWORD)
        accounts.create_user(admin, "sup", "Tariq Mehmood", ["supervisor"], password=PASSWORD)
        admin.close()
        cw, sup = sign_in(data, "cw", PASSWORD), sign_in(data, "sup", PASSWORD)
        with sup.db.transaction():
            sup.db.execute("INSERT INTO setting (key, value) VALUES ('letterhead', ?)", (
                '{"name_ur": "دفتر برائے معاونتِ متاثرین، پشاور",'
                ' "address": "Office 4, Khyber Road, Peshawar Cantt", "phone": "091-5550100"}',))
        reg = incidents.register_incident(cw, INCIDENT, [{"members": FAMILY}])
        case_id, person = reg.case_ids[0], reg.person_ids[0]
        care.record_needs(cw, case_id, [{"domain": "ongoing_medical", "severity": "high"},
                                        {"domain": "compensation_claim", "severity": "medium"}],
                          person=person)
        need = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ? AND domain = ?",
                            (case_id, "ongoing_medical"))
        hospital = directory.add_provider(sup, HOSPITAL, [{"service_type": "medical_ongoing"}])
        consent = care.record_consent(cw, case_id, {
            "person": person, "given_by": "self", "consent_type": "share_with_provider",
            "provider": hospital, "data_categories": referrals.default_categories("health"),
            "purpose": "علاج اور بحالی", "method": "thumbprint", "given_on": "2026-03-20",
            "expires_on": "2027-03-19"})
        care.assess_risk(cw, case_id, "high", rationale="Threats reported by neighbours.")
        rid = referrals.draft_referral(cw, need, hospital, urgency="urgent")
        referrals.submit(cw, rid)
        referrals.approve(sup, rid)
        referrals.record_output(sup, rid, "print")
        care.add_follow_up(cw, case_id, (dt.date.today() + dt.timedelta(days=7)).isoformat(),
                           "call", purpose="Ask how the physiotherapy goes")
        for body, restricted in NOTES:
            care.add_note(cw, case_id, body, restricted=restricted)
        for lang in ("ur", "both"):
            _png(consent_form.render_consent_form(cw, case_id, person, consent_id=consent,
                                                  lang=lang), f"consent-form-{lang}", folder)
        _png(consent_form.render_consent_form(cw, case_id, reg.person_ids[1], lang="both"),
             "consent-form-both-blank", folder)
        _png(case_summary.render_case_summary(sup, case_id), "case-summary", folder,
             one_page=False)
        cw.close()
        sup.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("samples written to", HERE)


if __name__ == "__main__":
    main()
