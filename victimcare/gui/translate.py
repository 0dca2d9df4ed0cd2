"""Qt's marker for text translated later, typed: PySide's own says it returns object."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for the translation files of `context`; translated where it is shown."""
    return source
