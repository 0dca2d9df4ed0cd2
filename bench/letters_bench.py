"""Referral letters: one letter in English, Urdu and both (goal ≤ 150 ms), and 100 in a batch.

    .venv/bin/python bench/letters_bench.py            # timings
    .venv/bin/python bench/letters_bench.py --docs docs/letters   # also the sample PNGs
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from victimcare.services import accounts, care, directory, incidents, referrals
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.letters import referral_letter
from victimcare.services.session import Session
from victimcare.store.keyslots import FAST_KDF

PASSWORD = "a-good-bench-password-1"
INCIDENT = {"occurred_on": "2026-03-14", "district": "KP-PEW", "place_type": "market",
            "attack_types": ["bombing"], "summary": "Never printed in a letter."}
PRINCIPAL = {"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
             "guardian_name": "Ghulam Rasool", "guardian_name_ur": "غلام رسول",
             "guardian_relation": "s_o", "sex": "male", "age_estimate": 42,
             "mobile": "0300-1234567", "preferred_language": "ps", "interpreter_needed": True,
             "disability": "Walks with crutches; needs a ground-floor room.",
             "victim_category": "direct_injured", "harms": ["grievous_injury"]}
HOSPITAL = {"name_en": "Lady Reading Hospital, Peshawar", "name_ur": "لیڈی ریڈنگ ہسپتال، پشاور",
            "provider_type": "health", "districts": ["KP-PEW"], "focal_person": "Dr Sana Javed",
            "phone": "091-9211430", "languages": ["en", "ur"], "data_sharing_agreement": True,
            "dsa_expires_on": "2030-12-31"}
REASON = ("زخمی ٹانگ کے مسلسل علاج اور فزیوتھراپی کی ضرورت ہے؛ اب تک 2 آپریشن ہو چکے ہیں "
          "اور مریض بیساکھیوں سے چلتے ہیں۔")


def seed(data_dir: Path, letters: int) -> tuple[Session, list[str]]:
    """A fresh office (KP-PEW) with `letters` approved referrals to one hospital."""
    create_installation(data_dir, office_code="KP-PEW", admin_username="admin",
                        admin_password=PASSWORD, kdf=FAST_KDF,
                        office_name="Victim Support Office, Peshawar")
    admin = sign_in(data_dir, "admin", PASSWORD)
    accounts.create_user(admin, "cw", "Farah Naz", ["caseworker"], password=PASSWORD)
    accounts.create_user(admin, "sup", "Tariq Mehmood", ["supervisor"], password=PASSWORD)
    admin.close()
    cw, sup = sign_in(data_dir, "cw", PASSWORD), sign_in(data_dir, "sup", PASSWORD)
    with sup.db.transaction():
        sup.db.execute("INSERT INTO setting (key, value) VALUES ('letterhead', ?)", (
            '{"name_ur": "دفتر برائے معاونتِ متاثرین، پشاور",'
            ' "address": "Office 4, Khyber Road, Peshawar Cantt", "phone": "091-5550100"}',))
    reg = incidents.register_incident(cw, INCIDENT, [{"members": [PRINCIPAL]}])
    case_id, person = reg.case_ids[0], reg.person_ids[0]
    care.record_needs(cw, case_id, [{"domain": "ongoing_medical", "severity": "high"}],
                      person=person)
    need = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ?", (case_id,))
    hospital = directory.add_provider(sup, HOSPITAL, [{"service_type": "medical_ongoing"}])
    care.record_consent(cw, case_id, {
        "person": person, "given_by": "self", "consent_type": "share_with_provider",
        "provider": hospital, "data_categories": referrals.default_categories("health"),
        "purpose": "علاج اور بحالی", "method": "thumbprint", "given_on": "2026-03-20"})
    ids = []
    for _ in range(letters):
        rid = referrals.draft_referral(cw, need, hospital, urgency="urgent", reason=REASON)
        referrals.submit(cw, rid)
        referrals.approve(sup, rid)
        ids.append(rid)
    cw.close()
    return sup, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=Path, help="write the sample letters as 100 dpi PNGs here")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vc-letters-"))
    try:
        sup, ids = seed(folder / "data", 100)
        referral_letter.letter_pdf(sup, ids[0], "both")  # fonts load once per process
        print("one letter (median of", args.repeat, "runs, warm):")
        for lang in ("en", "ur", "both"):
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                referral_letter.letter_pdf(sup, ids[0], lang)
                times.append((time.perf_counter() - start) * 1000)
            print(f"  {lang:5s} {statistics.median(times):6.1f} ms  (max {max(times):.1f})")
        start = time.perf_counter()
        for i, rid in enumerate(ids):
            referral_letter.save_letter(sup, rid, folder / "batch" / f"{i:03d}.pdf", "both")
        total = time.perf_counter() - start
        print(f"batch: {len(ids)} bilingual letters saved in {total:.2f} s "
              f"({total / len(ids) * 1000:.0f} ms each, counted and audited)")
        if args.docs:
            args.docs.mkdir(parents=True, exist_ok=True)
            for lang in ("en", "ur", "both"):
                pdf = folder / f"referral-letter-{lang}.pdf"
                pdf.write_bytes(referral_letter.letter_pdf(sup, ids[1], lang))
                subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf),
                                str(args.docs / pdf.stem)], check=True)
            print("sample letters written to", args.docs)
        sup.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
