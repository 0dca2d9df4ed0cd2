"""The case list as a table model: pages of `cases.list_cases`, sorted and filtered in SQL."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, RiskLevel
from victimcare.gui.context import AppContext
from victimcare.gui.models import PagedTableModel
from victimcare.gui.style import format_date, icon
from victimcare.gui.widgets.labels import enum_label
from victimcare.gui.widgets.lang import ui_lang
from victimcare.gui.widgets.marks import risk_icon
from victimcare.services import cases
from victimcare.services.cases import CaseQuery, CaseRow
from victimcare.services.session import Session


def status_label(code: str) -> str:
    return enum_label(CaseStatus, code)


def risk_label(code: str) -> str:
    """A risk level as a word; an unrated case says so rather than showing nothing."""
    return enum_label(RiskLevel, code) if code else \
        QCoreApplication.translate("CaseLabels", "Not assessed")


def district_label(code: str) -> str:
    return reference.label("admin_units", code, ui_lang())


class CaseTableModel(PagedTableModel):
    COL_NUMBER, COL_NAME, COL_NAME_UR, COL_DISTRICT, COL_STATUS, COL_RISK, COL_WORKER, \
        COL_OPENED, COL_REVIEW = range(9)
    # Columns the database can sort by (the Urdu name has no collation worth sorting on).
    SORT_KEYS: ClassVar[dict[int, str]] = {
        COL_NUMBER: "case_number", COL_NAME: "name", COL_DISTRICT: "district",
        COL_STATUS: "status", COL_RISK: "risk_level", COL_WORKER: "case_worker",
        COL_OPENED: "opened_on", COL_REVIEW: "next_review_on"}

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = CaseQuery()

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Name"), self.tr("Name (Urdu)"),
                self.tr("District"), self.tr("Status"), self.tr("Risk"),
                self.tr("Case worker"), self.tr("Opened"), self.tr("Next review")]

    def set_query(self, query: CaseQuery) -> None:
        self.query = query
        self.reload()

    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key == self.query.sort:
                return column
        return self.COL_OPENED

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    def current_query(self) -> CaseQuery:
        return self.query

    def _load_page(self, session: Session, query: CaseQuery, offset: int,
                   limit: int) -> list[CaseRow]:
        return cases.list_cases(session, query, offset, limit)

    def _count(self, session: Session, query: CaseQuery) -> int:
        return cases.count_cases(session, query)

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.COL_RISK and row.risk_level:
                return risk_icon(row.risk_level)
            if column == self.COL_NUMBER and row.restricted:
                return icon("restricted")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NUMBER and row.restricted:
            return self.tr("Restricted case: only its case worker and supervisors see it.")
        return None

    def _text(self, row: CaseRow, column: int, spoken: bool) -> str:
        if column == self.COL_NUMBER:
            if spoken and row.restricted:
                return self.tr("%1, restricted").replace("%1", row.case_number)
            return row.case_number
        if column == self.COL_RISK and spoken:
            return self.tr("Risk: %1").replace("%1", risk_label(row.risk_level))
        values = {
            self.COL_NAME: row.name, self.COL_NAME_UR: row.name_ur,
            self.COL_DISTRICT: district_label(row.district),
            self.COL_STATUS: status_label(row.status), self.COL_RISK: risk_label(row.risk_level),
            self.COL_WORKER: row.case_worker, self.COL_OPENED: format_date(row.opened_on),
            self.COL_REVIEW: format_date(row.next_review_on),
        }
        return values.get(column, "")
