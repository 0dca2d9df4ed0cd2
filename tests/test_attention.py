"""Home's "waiting for you" counts: each person sees the work their role has, nobody else's."""

from __future__ import annotations

from factories import sample_families, sample_incident

from victimcare.services import care, directory, incidents, referrals
from victimcare.services.attention import attention

HOSPITAL = {"name_en": "Mayo Hospital Lahore", "provider_type": "health",
            "districts": ["PB-LHR"], "languages": ["en"]}


def test_a_submitted_referral_waits_for_the_supervisor_and_a_returned_one_for_the_worker(login):
    cw, sup = login("cw"), login("sup")
    case_id = incidents.register_incident(cw, sample_incident(), sample_families()).case_ids[0]
    care.record_needs(cw, case_id, [{"domain": "ongoing_medical", "severity": "high"}])
    need = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ?", (case_id,))
    provider = directory.add_provider(sup, HOSPITAL, [{"service_type": "medical_ongoing"}])
    referral = referrals.draft_referral(cw, need, provider)
    referrals.submit(cw, referral)

    assert attention(sup).awaiting_approval == 1
    assert attention(cw).awaiting_approval == 0  # not a case worker's work
    assert attention(cw).returned_referrals == 0

    referrals.return_referral(sup, referral, "Please add the reason for the referral.")
    assert attention(cw).returned_referrals == 1
    assert attention(sup).awaiting_approval == 0


def test_roles_without_casework_see_no_counts(login):
    assert attention(login("admin")) == attention(login("aud"))
    assert attention(login("admin")).returned_referrals == 0
