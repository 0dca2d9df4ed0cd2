"""The synced entities and their fields: one declaration used by validation, storage and sync."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from victimcare.domain import enums as E

TEXT, INT, BOOL, DATE, DATETIME, LIST = "text", "int", "bool", "date", "datetime", "list"


@dataclass(frozen=True)
class Field:
    """One synced column: `choices` is an enum, `reference` a list in resources/reference,
    `ref` the entity a foreign key points to."""

    name: str
    kind: str = TEXT
    required: bool = False
    choices: type[StrEnum] | None = None
    reference: str | None = None
    ref: str | None = None
    max_length: int = 2000


@dataclass(frozen=True)
class Entity:
    """A synced table. Append-only entities are never updated after insert, so never conflict."""

    table: str
    fields: tuple[Field, ...]
    append_only: bool = False

    def field(self, name: str) -> Field:
        return self._by_name[name]

    # Cached: validation and merging ask for these once per field of every imported row.
    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _f(name: str, kind: str = TEXT, **kw: object) -> Field:
    return Field(name, kind, **kw)  # type: ignore[arg-type]


# Columns every synced row has besides its fields; kept out of the per-field versions because
# they never change after insert (office moves are recorded as a transfer, not an edit).
ROW_COLUMNS = ("id", "office", "created_at", "created_by")

ENTITIES: tuple[Entity, ...] = (
    Entity("admin_unit", (
        _f("level", required=True), _f("parent", ref="admin_unit"),
        _f("name_en", required=True), _f("name_ur"),
    )),
    Entity("office", (
        _f("code", required=True, max_length=16), _f("name_en", required=True), _f("name_ur"),
        _f("office_type", required=True, choices=E.OfficeType),
        _f("admin_unit", ref="admin_unit"),
    )),
    Entity("user_account", (
        _f("username", required=True, max_length=64), _f("full_name", required=True),
        _f("roles", LIST, required=True), _f("active", BOOL),
        _f("must_change_password", BOOL), _f("work_phone"), _f("work_email"),
    )),
    Entity("person", (
        _f("given_name", required=True, max_length=200), _f("family_name", max_length=200),
        _f("name_ur", max_length=200),
        _f("guardian_name", max_length=200), _f("guardian_name_ur", max_length=200),
        _f("guardian_relation", choices=E.GuardianRelation),
        _f("sex", required=True, choices=E.Sex),
        _f("date_of_birth", DATE), _f("age_estimate", INT), _f("age_estimated_on", DATE),
        _f("cnic", max_length=13), _f("other_id_type", choices=E.OtherIdType),
        _f("other_id_number", max_length=64),
        _f("preferred_language", max_length=32), _f("interpreter_needed", BOOL),
        _f("disability", max_length=500), _f("breadwinner", BOOL),
        _f("deceased", BOOL), _f("date_of_death", DATE),
        _f("district", reference="admin_units"),
        # No `ref`: the surviving person may be held only at another office (services/dedupe).
        _f("merged_into", max_length=64),
    )),
    Entity("contact_point", (
        _f("person", required=True, ref="person"),
        _f("kind", required=True, choices=E.ContactKind), _f("value", required=True),
        _f("safe_to_contact", choices=E.SafeToContact), _f("safe_via"), _f("safe_times"),
        _f("restricted", BOOL),
    )),
    Entity("relationship", (
        _f("person_a", required=True, ref="person"), _f("person_b", required=True, ref="person"),
        _f("kind", required=True, reference="relationship_types"),
        _f("dependant", BOOL), _f("legal_heir", BOOL), _f("primary_caregiver", BOOL),
    )),
    Entity("incident", (
        _f("occurred_on", DATE, required=True),
        _f("date_precision", required=True, choices=E.DatePrecision),
        _f("district", required=True, reference="admin_units"), _f("tehsil", max_length=200),
        _f("place_type", reference="place_types"), _f("place_description", max_length=500),
        _f("attack_types", LIST, reference="attack_types"),
        _f("weapon_types", LIST, reference="weapon_types"),
        _f("suicide_attack", BOOL), _f("fir_reference", max_length=100),
        _f("verification_status", choices=E.VerificationStatus),
        _f("reported_deaths", INT), _f("reported_injuries", INT), _f("summary"),
    )),
    Entity("vc_case", (
        _f("case_number", required=True, max_length=40), _f("incident", ref="incident"),
        _f("principal_person", required=True, ref="person"),
        _f("case_worker", ref="user_account"), _f("supervisor", ref="user_account"),
        _f("status", required=True, choices=E.CaseStatus),
        _f("risk_level", choices=E.RiskLevel), _f("next_review_on", DATE),
        _f("sensitivity", required=True, choices=E.Sensitivity),
        _f("fir_registered", BOOL), _f("witness", BOOL), _f("court_case_ref", max_length=100),
        _f("protection_concern", BOOL), _f("referral_source", max_length=200),
        _f("opened_on", DATE, required=True),
    )),
    Entity("case_member", (
        _f("case_id", required=True, ref="vc_case"), _f("person", required=True, ref="person"),
        _f("victim_category", required=True, reference="victim_categories"),
        _f("harms", LIST, reference="harm_types"), _f("principal", BOOL),
    )),
    Entity("needs_assessment", (
        _f("case_id", required=True, ref="vc_case"), _f("person", ref="person"),
        _f("assessed_on", DATE, required=True), _f("assessed_by", ref="user_account"),
        _f("summary"),
    )),
    Entity("need_item", (
        _f("assessment", required=True, ref="needs_assessment"),
        _f("case_id", required=True, ref="vc_case"),
        _f("domain", required=True, reference="need_domains"),
        _f("severity", required=True, choices=E.Severity),
        _f("status", required=True, choices=E.NeedStatus), _f("notes"),
    )),
    Entity("risk_assessment", (
        _f("case_id", required=True, ref="vc_case"),
        _f("assessed_on", DATE, required=True), _f("assessed_by", ref="user_account"),
        _f("factors", LIST), _f("level", required=True, choices=E.RiskLevel),
        _f("rationale"), _f("next_review_on", DATE),
        _f("review_status", required=True, choices=E.ReviewStatus),
        _f("reviewed_by", ref="user_account"), _f("reviewed_at", DATETIME),
        _f("review_comment"),
    )),
    Entity("consent", (
        _f("case_id", required=True, ref="vc_case"), _f("person", required=True, ref="person"),
        _f("given_by", required=True, choices=E.ConsentGivenBy), _f("given_by_name"),
        _f("child_assent", BOOL),
        _f("consent_type", required=True, reference="consent_types"),
        _f("provider", ref="service_provider"),
        _f("provider_type", reference="provider_types"),
        _f("data_categories", LIST, reference="data_categories"),
        _f("purpose"), _f("method", required=True, choices=E.ConsentMethod),
        _f("witness_name"), _f("given_on", DATE, required=True), _f("expires_on", DATE),
        _f("withdrawn_on", DATE), _f("withdrawn_reason"),
    )),
    Entity("service_provider", (
        _f("name_en", required=True), _f("name_ur"),
        _f("provider_type", required=True, reference="provider_types"),
        _f("districts", LIST, reference="admin_units"), _f("focal_person"),
        _f("phone"), _f("email"), _f("address"), _f("languages", LIST),
        _f("data_sharing_agreement", BOOL), _f("dsa_expires_on", DATE),
        _f("last_verified_on", DATE), _f("active", BOOL),
    )),
    Entity("service", (
        _f("provider", required=True, ref="service_provider"),
        _f("service_type", required=True, reference="service_types"),
        _f("description"), _f("eligibility"),
    )),
    Entity("referral", (
        _f("case_id", required=True, ref="vc_case"), _f("person", required=True, ref="person"),
        _f("need_item", ref="need_item"), _f("provider", required=True, ref="service_provider"),
        _f("service", ref="service"), _f("urgency", required=True, choices=E.Urgency),
        _f("consent", ref="consent"), _f("data_categories", LIST, reference="data_categories"),
        _f("status", required=True, choices=E.ReferralStatus), _f("respond_by", DATE),
        _f("reason"), _f("status_comment"), _f("letter_no", max_length=40),
        _f("print_count", INT),
    )),
    Entity("referral_event", (
        _f("referral", required=True, ref="referral"),
        _f("from_status", choices=E.ReferralStatus),
        _f("to_status", required=True, choices=E.ReferralStatus),
        _f("at", DATETIME, required=True), _f("by_user", ref="user_account"), _f("comment"),
    ), append_only=True),
    Entity("follow_up", (
        _f("case_id", required=True, ref="vc_case"), _f("person", ref="person"),
        _f("due_on", DATE, required=True), _f("kind", required=True, choices=E.FollowUpKind),
        _f("assigned_to", ref="user_account"), _f("purpose"),
        _f("done", BOOL), _f("done_on", DATE), _f("outcome"),
    )),
    Entity("case_note", (
        _f("case_id", required=True, ref="vc_case"), _f("body", required=True, max_length=20000),
        _f("restricted", BOOL),
    ), append_only=True),
    Entity("attachment", (
        _f("case_id", required=True, ref="vc_case"), _f("person", ref="person"),
        _f("file_name", required=True, max_length=255), _f("media_type", required=True),
        _f("size", INT, required=True), _f("sha256", required=True, max_length=64),
        _f("description"),
    )),
    Entity("closure", (
        _f("case_id", required=True, ref="vc_case"),
        _f("reason", required=True, reference="closure_reasons"), _f("comment"),
        _f("status", required=True, choices=E.ClosureStatus),
        _f("decided_by", ref="user_account"), _f("decided_at", DATETIME),
    )),
    Entity("compensation_claim", (
        _f("case_id", required=True, ref="vc_case"), _f("claimant", ref="person"),
        _f("scheme", required=True, reference="compensation_schemes"),
        _f("category", required=True, reference="compensation_categories"),
        _f("heirs", LIST), _f("status", required=True, choices=E.ClaimStatus),
        _f("amount_claimed", INT), _f("amount_paid", INT), _f("reference"),
        _f("submitted_on", DATE), _f("decided_on", DATE),
    )),
    # A case moving to another office; the case's rows keep their office column (ROW_COLUMNS
    # never change), and sync scoping follows the transfer instead.
    Entity("case_transfer", (
        _f("case_id", required=True, ref="vc_case"),
        _f("from_office", required=True, max_length=16),
        _f("to_office", required=True, max_length=16),
        _f("reason", required=True, max_length=1000),
        _f("status", required=True, choices=E.TransferStatus),
        _f("requested_by", ref="user_account"), _f("requested_at", DATETIME, required=True),
        _f("decided_by", ref="user_account"), _f("decided_at", DATETIME), _f("comment"),
    )),
)

BY_TABLE: dict[str, Entity] = {e.table: e for e in ENTITIES}


def entity(table: str) -> Entity:
    try:
        return BY_TABLE[table]
    except KeyError:
        raise KeyError(f"unknown entity {table!r}") from None
