"""Cases: every case this user may see, filtered and sorted in the database, a page at a time."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, RiskLevel
from victimcare.gui import messages
from victimcare.gui.context import AppContext
from victimcare.gui.models import ID_ROLE
from victimcare.gui.models.case_table import CaseTableModel
from victimcare.gui.models.incident_table import incident_summary
from victimcare.gui.pages import Page, heading, hint, list_table
from victimcare.gui.style import SPACING, icon, set_role
from victimcare.gui.widgets.labels import enum_items
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import cases, overview
from victimcare.services.cases import CaseQuery
from victimcare.services.overview import IncidentRow, Worker

INCIDENT_CHOICES = 200  # the incident filter offers the most recent ones


class CaseListPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 debounce_ms: int = 250) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("caseListPage")
        self.model = CaseTableModel(ctx, self)
        self.model.total_changed.connect(self._show_total)
        self.model.page_loaded.connect(self._update_empty)
        self.model.page_loaded.connect(self._first_page)
        self._fitted = False
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._update_empty)
        self._workers: list[Worker] = []
        self._incidents: list[IncidentRow] = []

        self.title = heading()
        self.total = QLabel()
        self.total.setObjectName("caseCount")
        set_role(self.total, "hint")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(debounce_ms)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.status = self._combo("statusFilter")
        self.risk = self._combo("riskFilter")
        self.district = self._combo("districtFilter")
        self.worker = self._combo("workerFilter")
        self.incident = self._combo("incidentFilter")
        self.incident.setMinimumContentsLength(24)
        self.labels = {name: QLabel() for name in ("search", "status", "risk", "district",
                                                    "worker", "incident")}
        for name, widget in (("search", self.search), ("status", self.status),
                             ("risk", self.risk), ("district", self.district),
                             ("worker", self.worker), ("incident", self.incident)):
            self.labels[name].setBuddy(widget)

        self.table = list_table(self.model, "caseTable")
        header = self.table.horizontalHeader()
        header.setSortIndicator(CaseTableModel.COL_OPENED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open)
        self.empty = hint()
        self.empty.setObjectName("caseListEmpty")
        self.empty.hide()
        self.error = QLabel()
        self.error.setObjectName("caseListError")
        set_role(self.error, "error")
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(2 * SPACING)
        top.addWidget(self.total, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        filters = QGridLayout()
        filters.setHorizontalSpacing(SPACING)
        filters.setVerticalSpacing(SPACING // 2)
        for column, name in enumerate(("search", "status", "risk", "district", "worker",
                                       "incident")):
            filters.addWidget(self.labels[name], 0, column)
        inputs: tuple[QWidget, ...] = (self.search, self.status, self.risk, self.district,
                                       self.worker, self.incident)
        for column, field in enumerate(inputs):
            filters.addWidget(field, 1, column)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(5, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    # -- texts and choices -----------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title.setText(self.tr("Cases"))
        self.labels["search"].setText(self.tr("&Search"))
        self.labels["status"].setText(self.tr("S&tatus"))
        self.labels["risk"].setText(self.tr("&Risk"))
        self.labels["district"].setText(self.tr("&District"))
        self.labels["worker"].setText(self.tr("Case &worker"))
        self.labels["incident"].setText(self.tr("&Incident"))
        self.search.setPlaceholderText(self.tr("Name, CNIC, phone or case number"))
        self.search.setAccessibleName(self.tr("Search in cases"))
        for name, combo in (("status", self.status), ("risk", self.risk),
                            ("district", self.district), ("worker", self.worker),
                            ("incident", self.incident)):
            combo.setAccessibleName(self.labels[name].text().replace("&", ""))
        self.table.setAccessibleName(self.tr("Cases"))
        self.empty.setText(self.tr("No cases match. Clear the search or set a filter back to "
                                   "“All” to see more."))
        self._fill_choices()
        self._show_total(self.model.total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _set_items(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace a combo's items, keeping the chosen code, without firing a query per item."""
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for code, text in items:
            combo.addItem(text, code)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_choices(self) -> None:
        lang = ui_lang()
        self._set_items(self.status, enum_items(CaseStatus))
        self._set_items(self.risk, list(reversed(enum_items(RiskLevel))))
        districts = sorted(reference.districts(), key=lambda d: d.label(lang))
        self._set_items(self.district, [(d.code, d.label(lang)) for d in districts])
        self._set_items(self.worker, [(w.id, w.full_name) for w in self._workers])
        self._set_items(self.incident, [(i.id, incident_summary(i)) for i in self._incidents])

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.error.hide()
        self.ctx.call(overview.case_workers, on_done=self._got_workers)
        self.ctx.call(overview.list_incidents, 0, INCIDENT_CHOICES,
                      on_done=self._got_incidents)
        self.model.reload()

    def _got_workers(self, workers: list[Worker]) -> None:
        self._workers = workers
        self._set_items(self.worker, [(w.id, w.full_name) for w in workers])

    def _got_incidents(self, incidents: list[IncidentRow]) -> None:
        self._incidents = incidents
        self._set_items(self.incident, [(i.id, incident_summary(i)) for i in incidents])

    def query(self) -> CaseQuery:
        return dataclasses.replace(
            self.model.query, status=self.status.currentData(), risk_level=self.risk.currentData(),
            district=self.district.currentData(), case_worker=self.worker.currentData(),
            incident=self.incident.currentData(), text=self.search.text().strip())

    def _apply_filters(self, *_: object) -> None:
        self._search_timer.stop()
        query = self.query()
        if query != self.model.query or not self.model.loaded_once:
            self.error.hide()
            self.model.set_query(query)

    def show_incident(self, incident_id: str) -> None:
        """Only the cases of one incident (from the incident list)."""
        if self.incident.findData(incident_id) < 0:
            self.incident.blockSignals(True)
            self.incident.addItem(self.tr("The chosen incident"), incident_id)
            self.incident.blockSignals(False)
        self.incident.setCurrentIndex(self.incident.findData(incident_id))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in CaseTableModel.SORT_KEYS:
            # Not sortable (the Urdu name): put the arrow back where the rows really are.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.total.setText("")
        else:
            if total > cases.COUNT_CAP:
                self.total.setText(self.tr("more than %1 cases").replace(
                    "%1", f"{cases.COUNT_CAP:,}"))
            else:
                self.total.setText(self.tr("1 case") if total == 1 else
                                   self.tr("%1 cases").replace("%1", str(total)))

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.loaded_once and self.model.rowCount() == 0)

    def _first_page(self) -> None:
        # Fit the columns to the first rows once; later the user's own widths are kept.
        if self._fitted or not self.model.rowCount():
            return
        self._fitted = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(max(header.sectionSize(column), 12 * SPACING),
                                             30 * SPACING))

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(messages.describe(error))
        self.error.show()

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(ID_ROLE)
        if case_id:
            self.ctx.open_case_requested.emit(str(case_id))
