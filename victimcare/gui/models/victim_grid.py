"""The victims grid of incident registration: rows as typed, checked as typed, sent as families."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from victimcare.domain.enums import GuardianRelation, Sex
from victimcare.domain.errors import FieldError
from victimcare.domain.validation import (
    format_cnic,
    format_mobile,
    normalise_cnic,
    normalise_mobile,
)
from victimcare.gui.messages import field_message
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.choices import items_for
from victimcare.gui.widgets.lang import ltr, ui_lang
from victimcare.gui.widgets.marks import warning_icon
from victimcare.services.people import MAX_AGE

_CTX = "VictimGrid"
Index = QModelIndex | QPersistentModelIndex

# Roles the grid's delegate reads to pick an editor; ERRORS_ROLE lists the shown messages.
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
ERRORS_ROLE = Qt.ItemDataRole.UserRole + 3

FAMILY, TEXT, URDU, CHOICE, MULTI, CNIC, MOBILE, AGE, BOOL = (
    "family", "text", "urdu", "choice", "multi", "cnic", "mobile", "age", "bool")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT
    source: str | type[StrEnum] | None = None
    fields: tuple[str, ...] = ()   # service field names whose errors belong in this column
    tip: str = ""
    width: int = 100

    @property
    def field_names(self) -> tuple[str, ...]:
        return self.fields or (self.key,)


COLUMNS: tuple[Column, ...] = (
    Column("family", QT_TRANSLATE_NOOP("VictimGrid", "Family no."), FAMILY, width=70,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Family number. Rows with the same number are one "
                                 "family and become one case; the family's first row is its "
                                 "principal person.")),
    Column("relationship", QT_TRANSLATE_NOOP("VictimGrid", "Relation"), CHOICE,
           "relationship_types", width=88,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Relationship to the family's principal person")),
    Column("given_name", QT_TRANSLATE_NOOP("VictimGrid", "Given name"), width=96),
    Column("family_name", QT_TRANSLATE_NOOP("VictimGrid", "Family name"), width=92),
    Column("name_ur", QT_TRANSLATE_NOOP("VictimGrid", "Name in Urdu"), URDU, width=96),
    Column("guardian_name", QT_TRANSLATE_NOOP("VictimGrid", "Father/husband"), width=104,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Father's or husband's name")),
    Column("guardian_relation", QT_TRANSLATE_NOOP("VictimGrid", "S/D/W of"), CHOICE,
           GuardianRelation, width=64,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Son of, daughter of or wife of")),
    Column("sex", QT_TRANSLATE_NOOP("VictimGrid", "Sex"), CHOICE, Sex, width=66),
    Column("age", QT_TRANSLATE_NOOP("VictimGrid", "Age / born"), AGE,
           fields=("age_estimate", "date_of_birth", "age_estimated_on"), width=80,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Age in years, or date of birth as YYYY-MM-DD")),
    Column("cnic", QT_TRANSLATE_NOOP("VictimGrid", "CNIC"), CNIC, width=112),
    Column("mobile", QT_TRANSLATE_NOOP("VictimGrid", "Mobile"), MOBILE, width=96),
    Column("victim_category", QT_TRANSLATE_NOOP("VictimGrid", "Category"), CHOICE,
           "victim_categories", width=128,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Victim category")),
    Column("harms", QT_TRANSLATE_NOOP("VictimGrid", "Harm"), MULTI, "harm_types", width=104),
    Column("dependant", QT_TRANSLATE_NOOP("VictimGrid", "Dep."), BOOL, width=40,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Dependant of the principal person")),
    Column("legal_heir", QT_TRANSLATE_NOOP("VictimGrid", "Heir"), BOOL, width=40,
           tip=QT_TRANSLATE_NOOP("VictimGrid", "Legal heir of the principal person")),
)
COL = {c.key: i for i, c in enumerate(COLUMNS)}
_COL_OF_FIELD = {f: i for i, c in enumerate(COLUMNS) for f in c.field_names}

# Messages for checks only the grid makes (a combined column, the family number).
_LOCAL_MESSAGES = {
    "age_or_date": QT_TRANSLATE_NOOP(
        "VictimGrid", "Enter an age in years (e.g. 42) or a date of birth (YYYY-MM-DD)."),
    "family_number": QT_TRANSLATE_NOOP("VictimGrid", "Enter a family number: 1, 2, 3 …"),
}
_TRUE = {"1", "x", "y", "yes", "true", "✓", "✔", "ہاں", "جی"}
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def message(error: FieldError) -> str:
    local = _LOCAL_MESSAGES.get(error.code)
    return _tr(local) if local else field_message(error)


def _blank() -> dict[str, Any]:
    return {c.key: (False if c.kind == BOOL else [] if c.kind == MULTI else None)
            for c in COLUMNS}


_uids = itertools.count(1)


class VictimGridModel(QAbstractTableModel):
    """One row per victim, always ending in one empty row to type into. Values are kept as
    typed (codes for list columns) so nothing is silently lost; problems are reported per
    cell. `required` problems show only for rows the user has left, or after a Save."""

    cell_edited = Signal(int, int)  # row, column: the user changed this cell

    def __init__(self, parent: QObject | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self._lang = lang or ui_lang()
        self._choices = {i: items_for(c.source, self._lang) for i, c in enumerate(COLUMNS)
                         if c.source is not None}
        self._labels = {i: dict(items) for i, items in self._choices.items()}
        self._lookup = {i: self._lookup_table(c.source, i) for i, c in enumerate(COLUMNS)
                        if c.source is not None}
        self._rows: list[dict[str, Any]] = []
        self._uid: list[int] = []
        self._server: dict[int, list[FieldError]] = {}
        self._visited: set[int] = set()
        self._check_all = False
        self._errors: list[list[FieldError]] = []
        self._principal: list[bool] = []
        self._append_blank()
        self._recheck()

    def _lookup_table(self, source: Any, col: int) -> dict[str, str]:
        """Codes and labels (both languages, any case) to codes, for pasted text."""
        table: dict[str, str] = {}
        for lang in ("en", "ur"):
            for code, text in items_for(source, lang):
                table.setdefault(text.casefold(), code)
        for code, text in self._choices[col]:
            table[text.casefold()] = code
            table[code.casefold()] = code
        return table

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            c = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(c.title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(c.tip or c.title)
        elif orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows) \
                and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        c = COLUMNS[index.column()]
        principal = self._principal[index.row()]
        if c.kind == BOOL:
            return base if principal else base | Qt.ItemFlag.ItemIsUserCheckable
        if c.key == "relationship" and principal:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = index.row(), index.column()
        c = COLUMNS[col]
        value = self._rows[r][c.key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(c, value)
        if role == Qt.ItemDataRole.CheckStateRole and c.kind == BOOL:
            if self._principal[r]:
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == ERRORS_ROLE:
            return self.cell_messages(r, col)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            text = "\n".join(self.cell_messages(r, col))
            if not text and c.kind == MULTI and value:
                return self._display(r, col, value)
            return text or None
        if role == Qt.ItemDataRole.DecorationRole:
            return warning_icon() if self.cell_messages(r, col) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if c.kind == URDU:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c.kind == FAMILY:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and c.key == "relationship" \
                and self._principal[r]:
            return QColor("#5f6368")
        if role == Qt.ItemDataRole.FontRole and c.key == "relationship" and self._principal[r]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == EDITOR_ROLE:
            return c.kind
        if role == CHOICES_ROLE:
            return self._choices.get(col)
        return None

    def _display(self, r: int, col: int, value: Any) -> str:
        c = COLUMNS[col]
        if c.key == "relationship" and self._principal[r]:
            return _tr("Principal")
        if c.kind == CHOICE:
            return self._labels[col].get(value, value) if value else ""
        if c.kind == MULTI:
            return "; ".join(self._labels[col].get(v, v) for v in value)
        if c.kind == BOOL:
            return ""
        text = "" if value is None else str(value)
        return ltr(text) if c.kind in (FAMILY, CNIC, MOBILE, AGE) else text

    @staticmethod
    def _edit_value(c: Column, value: Any) -> Any:
        if c.kind == FAMILY:
            return "" if value is None else str(value)
        if c.kind == MULTI:
            return list(value)
        return value if value is not None else ("" if c.kind != CHOICE else None)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        c = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and c.kind == BOOL:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        self._set(index.row(), index.column(), value)
        self._after_change()
        self.cell_edited.emit(index.row(), index.column())
        return True

    # -- editing -------------------------------------------------------------------------
    def _parse(self, col: int, value: Any) -> Any:
        c = COLUMNS[col]
        if c.kind == BOOL:
            return value if isinstance(value, bool) else str(value).strip().casefold() in _TRUE
        if c.kind == MULTI:
            parts = value if isinstance(value, list) else re.split(r"[;|]", str(value or ""))
            out: list[str] = []
            for part in parts:
                code = self._to_code(col, str(part))
                if code and code not in out:
                    out.append(code)
            return out
        text = "" if value is None else str(value).strip()
        if c.kind == CHOICE:
            return self._to_code(col, text)
        if c.kind == FAMILY:
            return int(text) if text.isdigit() and int(text) > 0 else (text or None)
        if c.kind == CNIC:
            digits = re.sub(r"\D", "", text)
            return format_cnic(digits) if len(digits) == 13 else text
        if c.kind == MOBILE:
            try:
                return format_mobile(normalise_mobile(text))
            except ValueError:
                return text
        if c.kind == AGE:
            m = _DMY.match(text)
            if m:
                try:
                    return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
                except ValueError:
                    return text
        return text

    def _to_code(self, col: int, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        return self._lookup[col].get(text.casefold(), text)

    def _set(self, r: int, col: int, value: Any) -> None:
        c = COLUMNS[col]
        row = self._rows[r]
        was_blank = self.is_blank(r)
        row[c.key] = self._parse(col, value)
        uid = self._uid[r]
        if uid in self._server:
            self._server[uid] = [e for e in self._server[uid]
                                 if _COL_OF_FIELD.get(e.field) != col]
        if was_blank and not self.is_blank(r) and row["family"] is None:
            row["family"] = self._previous_family(r)

    def _previous_family(self, r: int) -> int:
        for prev in range(r - 1, -1, -1):
            family = self._rows[prev]["family"]
            if isinstance(family, int) and not self.is_blank(prev):
                return family
        return 1

    def _append_blank(self) -> None:
        self._rows.append(_blank())
        self._uid.append(next(_uids))

    def _after_change(self) -> None:
        if not self.is_blank(len(self._rows) - 1):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._append_blank()
            self._recheck()
            self.endInsertRows()
        else:
            self._recheck()
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def is_blank(self, r: int) -> bool:
        """A row with nothing typed (the family number alone does not count)."""
        row = self._rows[r]
        return not any(row[c.key] for c in COLUMNS if c.kind != FAMILY)

    def clear_cells(self, indexes: Iterable[Index]) -> None:
        """Delete key: empty the selected cells (the principal's fixed cells stay as they are)."""
        changed = False
        for index in indexes:
            if index.isValid() and self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                        | Qt.ItemFlag.ItemIsUserCheckable):
                kind = COLUMNS[index.column()].kind
                self._set(index.row(), index.column(),
                          False if kind == BOOL else [] if kind == MULTI else "")
                changed = True
        if changed:
            self._after_change()

    def paste(self, row: int, col: int, text: str) -> int:
        """Fill cells from tab-separated lines (a spreadsheet copy) starting at row, col;
        rows are added as needed. Returns how many rows were filled."""
        lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return 0
        needed = row + len(lines) + 1 - len(self._rows)
        if needed > 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + needed - 1)
            for _ in range(needed):
                self._append_blank()
            self._recheck()
            self.endInsertRows()
        for i, line in enumerate(lines):
            for j, cell in enumerate(line.split("\t")):
                target = col + j
                if target < len(COLUMNS) and (cell.strip() or COLUMNS[target].kind == BOOL):
                    self._set(row + i, target, cell)
            self._recheck()
        self._trim_tail()
        self._after_change()
        return len(lines)

    def _trim_tail(self) -> None:
        """Keep exactly one empty row at the end (pasting may have added spares)."""
        last = len(self._rows) - 1
        first_spare = last
        while first_spare > 0 and self.is_blank(first_spare - 1):
            first_spare -= 1
        if first_spare < last:
            self.beginRemoveRows(QModelIndex(), first_spare, last - 1)
            del self._rows[first_spare:last]
            del self._uid[first_spare:last]
            self._recheck()
            self.endRemoveRows()

    def remove_row(self, r: int) -> None:
        if not (0 <= r < len(self._rows)):
            return
        if len(self._rows) == 1:
            self.reset()
            return
        self.beginRemoveRows(QModelIndex(), r, r)
        self._server.pop(self._uid[r], None)
        del self._rows[r]
        del self._uid[r]
        self._recheck()
        self.endRemoveRows()
        self._after_change()

    def reset(self) -> None:
        self.beginResetModel()
        self._rows, self._uid = [], []
        self._server.clear()
        self._visited.clear()
        self._check_all = False
        self._append_blank()
        self._recheck()
        self.endResetModel()

    # -- checking ------------------------------------------------------------------------
    def mark_visited(self, r: int) -> None:
        """The user left this row: from now on missing fields in it are shown."""
        if 0 <= r < len(self._rows) and self._uid[r] not in self._visited:
            self._visited.add(self._uid[r])
            self._all_changed()

    def show_all_problems(self) -> None:
        self._check_all = True
        self._all_changed()

    def _recheck(self) -> None:
        self._principal = [False] * len(self._rows)
        seen: set[Any] = set()
        for r, row in enumerate(self._rows):
            if not self.is_blank(r) and row["family"] not in seen:
                seen.add(row["family"])
                self._principal[r] = True
        self._errors = [self._check_row(r) for r in range(len(self._rows))]

    def _check_row(self, r: int) -> list[FieldError]:
        if self.is_blank(r):
            return []
        row, n = self._rows[r], r + 1
        errors: list[FieldError] = []

        def bad(field: str, code: str) -> None:
            errors.append(FieldError(field, code, n))

        if not isinstance(row["family"], int):
            bad("family", "family_number")
        for key in ("given_name", "sex", "victim_category"):
            if not row[key]:
                bad(key, "required")
        for key in ("given_name", "family_name", "name_ur", "guardian_name"):
            if row[key] and len(row[key]) > 200:
                bad(key, "too_long")
        for i, c in enumerate(COLUMNS):
            value = row[c.key]
            if c.kind == CHOICE and value and value not in self._labels[i]:
                bad(c.field_names[0], "invalid_choice")
            if c.kind == MULTI and any(v not in self._labels[i] for v in value):
                bad(c.field_names[0], "invalid_choice")
        if not self._principal[r] and not row["relationship"]:
            bad("relationship", "required")
        if row["cnic"]:
            try:
                normalise_cnic(row["cnic"])
            except ValueError:
                bad("cnic", "cnic_format")
        if row["mobile"]:
            try:
                normalise_mobile(row["mobile"])
            except ValueError:
                bad("mobile", "mobile_format")
        age = row["age"]
        if age:
            field, code = _check_age(age)
            if code:
                bad(field, code)
        return errors

    def problems(self) -> list[tuple[int, FieldError]]:
        """Every problem in every typed row (as row index, error), required ones included."""
        out = []
        for r in range(len(self._rows)):
            out += [(r, e) for e in self._errors[r]]
            out += [(r, e) for e in self._server.get(self._uid[r], [])]
        return out

    def cell_messages(self, r: int, col: int) -> list[str]:
        uid = self._uid[r]
        show_required = self._check_all or uid in self._visited
        found = [e for e in (*self._errors[r], *self._server.get(uid, []))
                 if _COL_OF_FIELD.get(e.field) == col
                 and (show_required or e.code != "required")]
        return list(dict.fromkeys(message(e) for e in found))

    def set_server_errors(self, errors: Sequence[FieldError], sent_rows: Sequence[int]) -> None:
        """Put the service's row errors (row = position in `sent_rows`, 1-based) on cells."""
        self._server.clear()
        for e in errors:
            if e.row is not None and 1 <= e.row <= len(sent_rows):
                uid = self._uid[sent_rows[e.row - 1]]
                self._server.setdefault(uid, []).append(e)
        self._check_all = True
        self._all_changed()

    @staticmethod
    def column_of(field: str) -> int | None:
        return _COL_OF_FIELD.get(field)

    # -- reading -------------------------------------------------------------------------
    def value(self, r: int, key: str) -> Any:
        return self._rows[r][key]

    def uid(self, r: int) -> int:
        return self._uid[r]

    def row_of(self, uid: int) -> int | None:
        try:
            return self._uid.index(uid)
        except ValueError:
            return None

    def typed_rows(self) -> list[int]:
        return [r for r in range(len(self._rows)) if not self.is_blank(r)]

    def is_principal(self, r: int) -> bool:
        return self._principal[r]

    def families(self) -> tuple[list[dict[str, Any]], list[int]]:
        """The service's `families` argument (in order of first appearance) and, for each
        victim in the order sent, the grid row it came from."""
        groups: dict[Any, list[int]] = {}
        for r in self.typed_rows():
            groups.setdefault(self._rows[r]["family"], []).append(r)
        families, sent = [], []
        for rows in groups.values():
            families.append({"members": [self._member(r) for r in rows]})
            sent += rows
        return families, sent

    def _member(self, r: int) -> dict[str, Any]:
        row = self._rows[r]
        m: dict[str, Any] = {k: row[k] for k in (
            "given_name", "family_name", "name_ur", "guardian_name", "guardian_relation",
            "sex", "cnic", "mobile", "victim_category") if row[k]}
        if row["harms"]:
            m["harms"] = list(row["harms"])
        if row["age"]:
            field, code = _check_age(row["age"])
            m[field] = int(row["age"]) if field == "age_estimate" and not code else row["age"]
        if not self._principal[r]:
            m["relationship"] = row["relationship"]
            m["dependant"] = bool(row["dependant"])
            m["legal_heir"] = bool(row["legal_heir"])
        return m

    def duplicate_query(self, r: int) -> dict[str, str] | None:
        """What to ask services.people.possible_duplicates about this row, if anything."""
        row = self._rows[r]
        query: dict[str, str] = {}
        if row["cnic"]:
            with contextlib.suppress(ValueError):
                query["cnic"] = normalise_cnic(row["cnic"])
        if row["given_name"] and row["guardian_name"]:
            query.update(given_name=row["given_name"], family_name=row["family_name"] or "",
                         guardian_name=row["guardian_name"])
        return query or None


def _check_age(text: str) -> tuple[str, str | None]:
    """Which field the age column holds, and its problem if any."""
    if text.isdigit():
        return "age_estimate", ("too_large" if int(text) > MAX_AGE else None)
    try:
        born = dt.date.fromisoformat(text)
    except ValueError:
        return "age_estimate", "age_or_date"
    return "date_of_birth", ("in_future" if born > dt.date.today() else None)
