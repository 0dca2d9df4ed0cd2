"""Closed code lists the program's own rules depend on (open lists live in resources/reference)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    COORDINATOR = "coordinator"
    ADMIN = "admin"
    AUDITOR = "auditor"


class InstallationKind(StrEnum):
    OFFICE = "office"
    HUB = "hub"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    TRANSGENDER = "transgender"  # khwaja sira
    NOT_STATED = "not_stated"


class GuardianRelation(StrEnum):
    SON_OF = "s_o"
    DAUGHTER_OF = "d_o"
    WIFE_OF = "w_o"


class OtherIdType(StrEnum):
    B_FORM = "b_form"
    POR_CARD = "por_card"
    PASSPORT = "passport"
    OTHER = "other"


class ContactKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    ADDRESS = "address"


class SafeToContact(StrEnum):
    YES = "yes"
    NO = "no"
    VIA_SOMEONE = "via_someone"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class VerificationStatus(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class CaseStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    PENDING_CLOSURE = "pending_closure"
    CLOSED = "closed"
    TRANSFERRED = "transferred"
    MERGED = "merged"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return ("low", "medium", "high").index(self.value)


class Sensitivity(StrEnum):
    NORMAL = "normal"
    RESTRICTED = "restricted"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class NeedStatus(StrEnum):
    IDENTIFIED = "identified"
    REFERRAL_PLANNED = "referral_planned"
    REFERRED = "referred"
    BEING_MET = "being_met"
    MET = "met"
    DECLINED_BY_CLIENT = "declined_by_client"
    NO_SERVICE_AVAILABLE = "no_service_available"


class ReviewStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ConsentGivenBy(StrEnum):
    SELF = "self"
    PARENT = "parent"
    GUARDIAN = "guardian"
    CAREGIVER = "caregiver"


class ConsentMethod(StrEnum):
    SIGNED = "signed"
    THUMBPRINT = "thumbprint"
    VERBAL_WITNESSED = "verbal_witnessed"


class FollowUpKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    OFFICE = "office"


class Urgency(StrEnum):
    ROUTINE = "routine"
    URGENT = "urgent"
    EMERGENCY = "emergency"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED_SUCCESSFUL = "completed_successful"
    COMPLETED_UNSUCCESSFUL = "completed_unsuccessful"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class ClosureStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"


class ClaimStatus(StrEnum):
    NOT_STARTED = "not_started"
    DOCUMENTS_COLLECTED = "documents_collected"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    PAID = "paid"
    REJECTED = "rejected"


class OfficeType(StrEnum):
    DISTRICT = "district"
    PROVINCIAL = "provincial"
    NATIONAL = "national"


class TransferStatus(StrEnum):
    """A case transfer between offices: asked for, then taken, refused or withdrawn."""

    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"
