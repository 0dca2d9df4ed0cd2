"""A seeded office for referral tests: one case with a need, providers, and a consent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from factories import sample_families, sample_incident

from victimcare.services import care, directory, incidents, referrals
from victimcare.services.session import Session

HOSPITAL = {"name_en": "Mayo Hospital Lahore", "name_ur": "میو ہسپتال لاہور",
            "provider_type": "health", "districts": ["PB-LHR"], "focal_person": "Dr Sana Javed",
            "phone": "042-99211100", "email": "referrals@mayo.example.pk",
            "languages": ["en", "ur"], "data_sharing_agreement": True,
            "dsa_expires_on": "2030-12-31"}
LEGAL = {"name_en": "Legal Aid Society", "name_ur": "لیگل ایڈ سوسائٹی",
         "provider_type": "legal_aid", "districts": ["PB"], "focal_person": "Ms Hira Malik",
         "phone": "042-35761999", "languages": ["ur"]}


INCIDENT = sample_incident(
    summary="STORY-MARKER blast near the fruit stalls, attacker ran towards the canal")
FAMILIES = sample_families()


@dataclass
class Seeded:
    cw: Session
    sup: Session
    case_id: str
    case_number: str
    person_id: str
    family_member_id: str
    need_id: str
    hospital: str
    legal: str
    consent_id: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def consent(self, **over: object) -> str:
        values = {"person": self.person_id, "given_by": "self",
                  "consent_type": "share_with_provider", "provider": self.hospital,
                  "data_categories": referrals.default_categories("health"),
                  "purpose": "Treatment of injuries", "method": "thumbprint",
                  "given_on": "2026-01-10", **over}
        return care.record_consent(self.cw, self.case_id, values)

    def draft(self, provider: str | None = None, **kw: object) -> str:
        return referrals.draft_referral(self.cw, self.need_id, provider or self.hospital,
                                        **kw)  # type: ignore[arg-type]


@pytest.fixture
def seeded(login: Callable[[str], Session]) -> Seeded:
    cw, sup = login("cw"), login("sup")
    reg = incidents.register_incident(cw, INCIDENT, FAMILIES)
    case_id = reg.case_ids[0]
    care.record_needs(cw, case_id, [{"domain": "ongoing_medical", "severity": "high"}],
                      person=reg.person_ids[0])
    need_id = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ?", (case_id,))
    hospital = directory.add_provider(sup, HOSPITAL, [{"service_type": "medical_ongoing"}])
    legal = directory.add_provider(sup, LEGAL, [{"service_type": "legal_aid"}])
    return Seeded(cw, sup, case_id, reg.case_numbers[0], reg.person_ids[0], reg.person_ids[1],
                  need_id, hospital, legal)
