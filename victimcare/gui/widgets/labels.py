"""Translated words for the closed code lists (enums) the screens show and let people pick."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from victimcare.domain import enums as E
from victimcare.gui.translate import QT_TRANSLATE_NOOP

_CTX = "Labels"

_LABELS: dict[type[StrEnum], dict[str, str]] = {
    E.Sex: {
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "transgender": QT_TRANSLATE_NOOP("Labels", "Transgender (khwaja sira)"),
        "not_stated": QT_TRANSLATE_NOOP("Labels", "Not stated"),
    },
    E.GuardianRelation: {
        "s_o": QT_TRANSLATE_NOOP("Labels", "S/o"),
        "d_o": QT_TRANSLATE_NOOP("Labels", "D/o"),
        "w_o": QT_TRANSLATE_NOOP("Labels", "W/o"),
    },
    E.DatePrecision: {
        "day": QT_TRANSLATE_NOOP("Labels", "Exact day"),
        "month": QT_TRANSLATE_NOOP("Labels", "Month only"),
        "year": QT_TRANSLATE_NOOP("Labels", "Year only"),
    },
    E.CaseStatus: {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
        "pending_closure": QT_TRANSLATE_NOOP("Labels", "Closure requested"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
        "merged": QT_TRANSLATE_NOOP("Labels", "Merged"),
    },
    E.RiskLevel: {
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
        "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
    },
    E.Sensitivity: {
        "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
        "restricted": QT_TRANSLATE_NOOP("Labels", "Restricted"),
    },
    E.Severity: {
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
        "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
        "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
    },
    E.NeedStatus: {
        "identified": QT_TRANSLATE_NOOP("Labels", "Identified"),
        "referral_planned": QT_TRANSLATE_NOOP("Labels", "Referral planned"),
        "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
        "being_met": QT_TRANSLATE_NOOP("Labels", "Being met"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met"),
        "declined_by_client": QT_TRANSLATE_NOOP("Labels", "Declined by the client"),
        "no_service_available": QT_TRANSLATE_NOOP("Labels", "No service available"),
    },
    E.ReviewStatus: {
        "not_needed": QT_TRANSLATE_NOOP("Labels", "No review needed"),
        "pending": QT_TRANSLATE_NOOP("Labels", "Waiting for a supervisor"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    },
    E.ConsentGivenBy: {
        "self": QT_TRANSLATE_NOOP("Labels", "The person themself"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "guardian": QT_TRANSLATE_NOOP("Labels", "Guardian"),
        "caregiver": QT_TRANSLATE_NOOP("Labels", "Caregiver"),
    },
    E.ConsentMethod: {
        "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
        "thumbprint": QT_TRANSLATE_NOOP("Labels", "Thumbprint"),
        "verbal_witnessed": QT_TRANSLATE_NOOP("Labels", "Verbal, with a witness"),
    },
    E.FollowUpKind: {
        "call": QT_TRANSLATE_NOOP("Labels", "Phone call"),
        "visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
        "office": QT_TRANSLATE_NOOP("Labels", "Office meeting"),
    },
    E.VerificationStatus: {
        "unverified": QT_TRANSLATE_NOOP("Labels", "Not verified"),
        "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
        "disputed": QT_TRANSLATE_NOOP("Labels", "Disputed"),
    },
    E.Urgency: {
        "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
        "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
        "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
    },
    E.ReferralStatus: {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
        "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
        "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "completed_successful": QT_TRANSLATE_NOOP("Labels", "Completed"),
        "completed_unsuccessful": QT_TRANSLATE_NOOP("Labels", "Completed, not successful"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
        "expired": QT_TRANSLATE_NOOP("Labels", "Expired without response"),
    },
}


def enum_label(enum: type[StrEnum], value: str | None) -> str:
    """The word for one enum value in the UI language ("" for none, the code if unknown)."""
    if not value:
        return ""
    text = _LABELS.get(enum, {}).get(value)
    return QCoreApplication.translate(_CTX, text) if text else value


def enum_items(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, word) pairs in declaration order, for pickers."""
    return [(m.value, enum_label(enum, m.value)) for m in enum]
