"""Password rules and one-time passwords."""

from __future__ import annotations

import secrets

from victimcare.domain.errors import FieldError

MIN_LENGTH = 10
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read out by phone


def check_new_password(password: str, username: str) -> list[FieldError]:
    if len(password) < MIN_LENGTH:
        return [FieldError("password", "password_too_short", params={"min": MIN_LENGTH})]
    if username and username.lower() in password.lower():
        return [FieldError("password", "password_contains_username")]
    return []


def one_time_password() -> str:
    raw = "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
