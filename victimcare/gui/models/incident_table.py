"""The incident list as a table model: pages of `overview.list_incidents`, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from victimcare.domain import reference
from victimcare.gui.models import PagedTableModel
from victimcare.gui.style import format_date
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import overview
from victimcare.services.overview import IncidentRow
from victimcare.services.session import Session


def incident_summary(row: IncidentRow) -> str:
    """One line naming an incident without any person: date, district, place."""
    lang = ui_lang()
    parts = [format_date(row.occurred_on), reference.label("admin_units", row.district, lang),
             reference.label("place_types", row.place_type, lang)]
    return " · ".join(p for p in parts if p)


class IncidentTableModel(PagedTableModel):
    COL_DATE, COL_DISTRICT, COL_PLACE, COL_CASES, COL_PEOPLE, COL_ATTACK = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("District"), self.tr("Place"), self.tr("Cases"),
                self.tr("People"), self.tr("Attack")]

    def _load_page(self, session: Session, _query: None, offset: int,
                   limit: int) -> list[IncidentRow]:
        return overview.list_incidents(session, offset, limit)

    def _count(self, session: Session, _query: None) -> int:
        return overview.count_incidents(session)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.COL_CASES,
                                                                     self.COL_PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def cell(self, row: IncidentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            lang = ui_lang()
            values = {
                self.COL_DATE: format_date(row.occurred_on),
                self.COL_DISTRICT: reference.label("admin_units", row.district, lang),
                self.COL_PLACE: reference.label("place_types", row.place_type, lang),
                self.COL_ATTACK: ("، " if lang == "ur" else ", ").join(
                    reference.label("attack_types", a, lang) for a in row.attack_types),
                self.COL_CASES: str(row.cases),
                self.COL_PEOPLE: str(row.people),
            }
            return values.get(column, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_CASES,
                                                                     self.COL_PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
