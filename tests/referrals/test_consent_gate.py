"""Approval is refused unless a current consent covers the provider and every data category;
the refusal says exactly what is missing."""

from __future__ import annotations

import pytest

from victimcare.domain.errors import ConsentMissing
from victimcare.services import care, referrals


def _submitted(seeded, **kw):
    rid = seeded.draft(**kw)
    referrals.submit(seeded.cw, rid)
    return rid


def _refusal(seeded, rid) -> ConsentMissing:
    with pytest.raises(ConsentMissing) as e:
        referrals.approve(seeded.sup, rid)
    assert referrals.get_referral(seeded.sup, rid).row.status == "submitted"
    return e.value


def test_no_consent(seeded):
    rid = _submitted(seeded)
    err = _refusal(seeded, rid)
    assert err.params["gap"] == "no_consent"
    assert err.params["provider"] == seeded.hospital and err.params["case_id"] == seeded.case_id


def test_expired_consent(seeded):
    seeded.consent(given_on="2024-01-01", expires_on="2024-12-31")
    assert _refusal(seeded, _submitted(seeded)).params["gap"] == "expired"


def test_withdrawn_consent(seeded):
    cid = seeded.consent()
    care.withdraw_consent(seeded.cw, cid, "Changed her mind")
    assert _refusal(seeded, _submitted(seeded)).params["gap"] == "withdrawn"


def test_consent_for_another_provider(seeded):
    seeded.consent(provider=seeded.legal)
    assert _refusal(seeded, _submitted(seeded)).params["gap"] == "wrong_provider"


def test_consent_missing_a_category(seeded):
    seeded.consent(data_categories=["name", "age_sex", "contact_phone"])
    err = _refusal(seeded, _submitted(seeded))
    assert err.params["gap"] == "missing_categories"
    assert err.params["missing"] == ["disability", "father_name", "incident_summary_minimal",
                                     "language_needs", "medical_information"]
    assert referrals.consent_check(seeded.cw, _submitted(seeded)).missing == tuple(
        err.params["missing"])


def test_consent_for_a_provider_type_is_enough(seeded):
    seeded.consent(provider=None, provider_type="health")
    rid = _submitted(seeded)
    referrals.approve(seeded.sup, rid)
    assert referrals.get_referral(seeded.sup, rid).referral["consent"]


def test_consent_for_another_person_in_the_case_does_not_count(seeded):
    seeded.consent(person=seeded.family_member_id)
    assert _refusal(seeded, _submitted(seeded)).params["gap"] == "no_consent"


def test_a_letter_is_not_printed_after_consent_is_withdrawn(seeded):
    cid = seeded.consent()
    rid = _submitted(seeded)
    referrals.approve(seeded.sup, rid)
    care.withdraw_consent(seeded.cw, cid, "Withdrawn by phone")
    with pytest.raises(ConsentMissing) as e:
        referrals.record_output(seeded.sup, rid, "print")
    assert e.value.params["gap"] == "withdrawn"
    assert referrals.get_referral(seeded.sup, rid).row.print_count == 0
