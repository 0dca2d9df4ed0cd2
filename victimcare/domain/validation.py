"""Field rules shared by every path that accepts input: forms, CSV import, the CLI and sync."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import BOOL, DATE, DATETIME, INT, LIST, TEXT, Entity

_CNIC = re.compile(r"^\d{5}-?\d{7}-?\d$")
_MOBILE_LOCAL = re.compile(r"^03\d{9}$")
_MOBILE_INTL = re.compile(r"^(?:\+|00)?923\d{9}$")
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def normalise_cnic(text: str) -> str:
    """Return the 13 digits of a CNIC typed with or without dashes, or raise ValueError."""
    text = text.strip()
    if not _CNIC.match(text):
        raise ValueError("cnic_format")
    return text.replace("-", "")


def format_cnic(digits: str) -> str:
    return f"{digits[:5]}-{digits[5:12]}-{digits[12:]}" if len(digits) == 13 else digits


def normalise_mobile(text: str) -> str:
    """Return a Pakistani mobile number as +923XXXXXXXXX, or raise ValueError."""
    compact = re.sub(r"[\s\-()]", "", text)
    if _MOBILE_LOCAL.match(compact):
        return "+92" + compact[1:]
    if _MOBILE_INTL.match(compact):
        return "+92" + compact[-10:]
    raise ValueError("mobile_format")


def format_mobile(e164: str) -> str:
    """Show +923001234567 as 0300-1234567, the way people in Pakistan write it."""
    if e164.startswith("+92") and len(e164) == 13:
        local = "0" + e164[3:]
        return f"{local[:4]}-{local[4:]}"
    return e164


def valid_username(text: str) -> bool:
    return bool(_USERNAME.match(text))


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError("date_format") from None


def _check(entity: Entity, name: str, value: Any, today: dt.date,
           reference: Mapping[str, frozenset[str]] | None) -> str | None:
    """Return an error code for one field value, or None when it is acceptable."""
    f = entity.field(name)
    if value is None or value == "" or value == []:
        return "required" if f.required else None
    if f.kind == TEXT:
        if not isinstance(value, str):
            return "type"
        if len(value) > f.max_length:
            return "too_long"
    elif f.kind == INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return "type"
        if value < 0:
            return "negative"
    elif f.kind == BOOL:
        if not isinstance(value, bool):
            return "type"
    elif f.kind in (DATE, DATETIME):
        if not isinstance(value, str):
            return "type"
        try:
            (dt.date if f.kind == DATE else dt.datetime).fromisoformat(value)
        except ValueError:
            return "date_format"
    elif f.kind == LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "type"
        if len(value) > 200:
            return "too_long"
    if f.choices is not None:
        values = value if isinstance(value, list) else [value]
        if not all(_in_enum(f.choices, v) for v in values):
            return "invalid_choice"
    if f.reference is not None and reference is not None and f.reference in reference:
        values = value if isinstance(value, list) else [value]
        if not all(v in reference[f.reference] for v in values):
            return "invalid_choice"
    return None


def _in_enum(enum: type[StrEnum], value: str) -> bool:
    return value in enum._value2member_map_


def validate_fields(entity: Entity, values: Mapping[str, Any], *, partial: bool = False,
                    today: dt.date | None = None,
                    reference: Mapping[str, frozenset[str]] | None = None,
                    row: int | None = None) -> list[FieldError]:
    """Check every field of a new row (or only the given ones when `partial`); list all errors."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    for name in values:
        if name not in entity.field_names:
            errors.append(FieldError(name, "unknown_field", row))
    names = [n for n in entity.field_names if not partial or n in values]
    for name in names:
        code = _check(entity, name, values.get(name), today, reference)
        if code:
            errors.append(FieldError(name, code, row))
    return errors


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def not_in_future(name: str, value: str | None, today: dt.date) -> FieldError | None:
    if value and dt.date.fromisoformat(value[:10]) > today:
        return FieldError(name, "in_future")
    return None
