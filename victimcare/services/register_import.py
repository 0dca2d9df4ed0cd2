"""Importing a register of victims kept in a spreadsheet (CSV): all rows checked, all or none."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import GuardianRelation, Sex
from victimcare.domain.errors import FieldError, NotFound, StoreError, ValidationError
from victimcare.domain.permissions import Action
from victimcare.services.incidents import register_incident
from victimcare.services.session import Session

MAX_ROWS = 50_000
MAX_BYTES = 64 * 1024 * 1024

REQUIRED_COLUMNS = ("incident_ref", "incident_date", "district", "family_ref", "given_name",
                    "sex", "victim_category")
OPTIONAL_COLUMNS = ("place_type", "attack_type", "family_name", "name_ur", "guardian_name",
                    "guardian_relation", "date_of_birth", "age", "cnic", "mobile", "harm",
                    "relationship", "legal_heir")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
# Values every row of one incident must repeat (blank allowed for the optional ones).
INCIDENT_COLUMNS = ("incident_date", "district", "place_type", "attack_type")

# register_incident names fields after the data model; the report names the file's columns.
_COLUMN_OF = {"occurred_on": "incident_date", "attack_types": "attack_type", "harms": "harm",
              "age_estimate": "age"}

_SEX_ALIASES = {"f": Sex.FEMALE, "m": Sex.MALE, "t": Sex.TRANSGENDER,
                "not stated": Sex.NOT_STATED}
_GUARDIAN_ALIASES = {"s/o": GuardianRelation.SON_OF, "d/o": GuardianRelation.DAUGHTER_OF,
                     "w/o": GuardianRelation.WIFE_OF}
_YES, _NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0", ""}
# Several codes in one cell (attack types, harms) are separated by semicolons.
LIST_SEPARATOR = ";"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    incidents: int
    cases: int
    persons: int
    dry_run: bool = False


@dataclass
class _Row:
    line: int
    values: dict[str, str]


@dataclass
class _Incident:
    ref: str
    first: _Row
    families: dict[str, list[_Row]] = field(default_factory=dict)


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that everything written is rolled back."""


def import_register(session: Session, source: Path | bytes, *, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportSummary:
    """Check every row of the file, then write all its incidents in one transaction.

    Nothing is written when any row is wrong: the ValidationError lists every bad field with
    its CSV line number (the header is line 1). `dry_run` checks everything, including what
    only the database can check, and then rolls back.
    """
    if not session.is_open:
        raise StoreError("locked")
    session.require(Action.REGISTER_IMPORT)
    # Each incident goes through register_incident, which checks this permission itself.
    session.require(Action.INCIDENT_REGISTER)
    rows = parse_register(_read(source))
    incidents, errors = _group(rows)
    summary = ImportSummary(len(rows), 0, 0, 0, dry_run)
    try:
        with session.db.transaction():
            summary, errors = _write(session, incidents, errors, len(rows), progress, dry_run)
            if errors:
                raise ValidationError(sorted(errors, key=_order))
            session.audit_now("register.import", None, None, rows=summary.rows,
                              incidents=summary.incidents, cases=summary.cases,
                              persons=summary.persons)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return summary


def _order(e: FieldError) -> tuple[int, int]:
    position = COLUMNS.index(e.field) if e.field in COLUMNS else len(COLUMNS)
    return (e.row or 0, position)


def _read(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise _file_error("file_too_large", max_mib=MAX_BYTES // (1024 * 1024))
            data = path.read_bytes()
        except FileNotFoundError:
            raise NotFound(entity="file") from None
    if len(data) > MAX_BYTES:
        raise _file_error("file_too_large", max_mib=MAX_BYTES // (1024 * 1024))
    return data


def _file_error(code: str, **params: Any) -> ValidationError:
    return ValidationError([FieldError("file", code, params=params)])


def parse_register(data: bytes) -> list[_Row]:
    """Decode and split the file; refuse it as a whole for wrong encoding, columns or size."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _file_error("not_utf8") from None
    if not text.strip():
        raise _file_error("empty")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[_Row] = []
    errors: list[FieldError] = []
    last_line = 0
    try:
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _check_header(cells)
                continue
            if len(rows) >= MAX_ROWS:
                raise _file_error("too_many_rows", max=MAX_ROWS)
            values: dict[str, str] = {}
            for name, cell in zip(header, cells, strict=False):
                if name:
                    values[name] = cell.strip()
                elif cell.strip():
                    errors.append(FieldError("file", "extra_cells", line))
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                errors.append(FieldError("file", "extra_cells", line))
            rows.append(_Row(line, values))
    except csv.Error:
        raise ValidationError([FieldError("file", "csv_malformed", last_line + 1)]) from None
    if not rows:
        raise _file_error("no_rows")
    if errors:
        raise ValidationError(errors)
    return rows


def _check_header(cells: list[str]) -> list[str]:
    names = [c.strip().lower().replace(" ", "_") for c in cells]
    if len(names) == 1 and ";" in names[0]:
        raise _file_error("semicolons")
    errors: list[FieldError] = []
    present = [n for n in names if n]
    missing = [c for c in REQUIRED_COLUMNS if c not in present]
    unknown = [n for n in present if n not in COLUMNS]
    doubled = sorted({n for n in present if present.count(n) > 1})
    if missing:
        errors.append(FieldError("file", "missing_columns", params={"columns": missing}))
    if unknown:
        errors.append(FieldError("file", "unknown_columns", params={"columns": unknown}))
    if doubled:
        errors.append(FieldError("file", "duplicate_columns", params={"columns": doubled}))
    if errors:
        raise ValidationError(errors)
    return names


def _group(rows: list[_Row]) -> tuple[dict[str, _Incident], list[FieldError]]:
    """Rows with one incident_ref form an incident, rows with one family_ref in it a family."""
    incidents: dict[str, _Incident] = {}
    errors: list[FieldError] = []
    for row in rows:
        ref, family = row.values.get("incident_ref", ""), row.values.get("family_ref", "")
        for name, value in (("incident_ref", ref), ("family_ref", family)):
            if not value:
                errors.append(FieldError(name, "required", row.line))
        if not ref or not family:
            continue
        incident = incidents.setdefault(ref, _Incident(ref, row))
        if incident.first is not row:
            for name in INCIDENT_COLUMNS:
                mine, theirs = row.values.get(name, ""), incident.first.values.get(name, "")
                if mine and _same_value(name, mine) != _same_value(name, theirs):
                    errors.append(FieldError(name, "differs_within_incident", row.line,
                                             {"first_line": incident.first.line}))
        incident.families.setdefault(family, []).append(row)
    return incidents, errors


def _same_value(column: str, value: str) -> object:
    """What a cell means, so that "Lahore" and "PB-LHR" count as the same district."""
    if column == "district":
        return _lookup("admin_units", value, reference.districts())
    if column == "place_type":
        return _lookup("place_types", value)
    if column == "attack_type":
        return sorted(_codes("attack_types", value) or [])
    return value.casefold()


def _write(session: Session, incidents: Mapping[str, _Incident], errors: list[FieldError],
           total: int, progress: Progress | None,
           dry_run: bool) -> tuple[ImportSummary, list[FieldError]]:
    """Register each incident inside the caller's transaction, collecting every error."""
    errors = list(errors)
    counts = [0, 0, 0]
    done = 0
    for incident in incidents.values():
        families, lines = [], []
        for members in incident.families.values():
            family = []
            for position, row in enumerate(members):
                member, member_errors = _member_values(row, principal=position == 0)
                family.append(member)
                lines.append(row.line)
                errors += member_errors
            families.append({"members": family})
        try:
            registered = register_incident(session, _incident_values(incident.first), families)
        except ValidationError as e:
            errors += [_relocate(err, lines, incident.first.line) for err in e.errors]
        else:
            counts[0] += 1
            counts[1] += len(registered.case_ids)
            counts[2] += len(registered.person_ids)
        done += len(lines)
        if progress is not None:
            progress(done, total)
    return ImportSummary(total, counts[0], counts[1], counts[2], dry_run), _unique(errors)


def _unique(errors: list[FieldError]) -> list[FieldError]:
    # A value the file converter refused is blanked, so the service may add "required" too.
    seen: dict[tuple[int | None, str], FieldError] = {}
    for e in errors:
        seen.setdefault((e.row, e.field), e)
    return list(seen.values())


def _relocate(error: FieldError, lines: list[int], incident_line: int) -> FieldError:
    """Turn the service's victim number (1-based) into a CSV line, and its field into a column."""
    line = lines[error.row - 1] if error.row else incident_line
    return FieldError(_COLUMN_OF.get(error.field, error.field), error.code, line,
                      dict(error.params))


# -- turning cells into the structures register_incident takes ----------------------------------

def _lookup(list_name: str, value: str, items: tuple[reference.Item, ...] | None = None) -> str:
    """A code or an English label, in any case; an unknown value is returned unchanged so the
    service reports it as an invalid choice."""
    folded = value.casefold()
    for item in items if items is not None else reference.items(list_name):
        if folded in (item.code.casefold(), item.en.casefold()):
            return item.code
    return value


def _codes(list_name: str, value: str) -> list[str] | None:
    parts = [p.strip() for p in value.split(LIST_SEPARATOR) if p.strip()]
    return [_lookup(list_name, p) for p in parts] or None


def _incident_values(row: _Row) -> dict[str, Any]:
    v = row.values
    district = v.get("district", "")
    return {
        "occurred_on": v.get("incident_date") or None,
        "district": _lookup("admin_units", district, reference.districts()) if district else None,
        "place_type": _lookup("place_types", v["place_type"]) if v.get("place_type") else None,
        "attack_types": _codes("attack_types", v.get("attack_type", "")),
    }


def _member_values(row: _Row, *, principal: bool) -> tuple[dict[str, Any], list[FieldError]]:
    v, line = row.values, row.line
    errors: list[FieldError] = []
    age: int | None = None
    if v.get("age"):
        try:
            age = int(v["age"])
        except ValueError:
            errors.append(FieldError("age", "not_a_number", line))
    heir_text = v.get("legal_heir", "").casefold()
    if heir_text not in _YES | _NO:
        errors.append(FieldError("legal_heir", "yes_or_no", line))
    relationship = v.get("relationship", "")
    if principal and (relationship or heir_text in _YES):
        # The first member of a family is the one the others are related to.
        errors.append(FieldError("relationship" if relationship else "legal_heir",
                                 "not_for_principal", line))
    sex = v.get("sex", "").casefold()
    guardian = v.get("guardian_relation", "").casefold()
    member = {
        "given_name": v.get("given_name", ""), "family_name": v.get("family_name", ""),
        "name_ur": v.get("name_ur", ""), "guardian_name": v.get("guardian_name", ""),
        "guardian_relation": (_GUARDIAN_ALIASES.get(guardian) or guardian.replace("/", "_"))
        or None,
        "sex": str(_SEX_ALIASES.get(sex, sex)) or None,
        "date_of_birth": v.get("date_of_birth") or None, "age_estimate": age,
        "cnic": v.get("cnic", ""), "mobile": v.get("mobile") or None,
        "victim_category": (_lookup("victim_categories", v["victim_category"])
                            if v.get("victim_category") else None),
        "harms": _codes("harm_types", v.get("harm", "")),
        "legal_heir": heir_text in _YES,
    }
    if not principal:
        member["relationship"] = (_lookup("relationship_types", relationship)
                                  if relationship else None)
    return member, errors
