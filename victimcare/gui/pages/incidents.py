"""Incidents: the attacks registered in this office, newest first, and the way to register one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.permissions import Action
from victimcare.gui import messages
from victimcare.gui.context import AppContext
from victimcare.gui.models import ID_ROLE
from victimcare.gui.models.incident_table import IncidentTableModel
from victimcare.gui.pages import Page, heading, hint, list_table
from victimcare.gui.style import SPACING, icon, set_primary, set_role

_COLUMN_WIDTHS = {IncidentTableModel.COL_DATE: 15, IncidentTableModel.COL_DISTRICT: 18,
                  IncidentTableModel.COL_PLACE: 34, IncidentTableModel.COL_CASES: 10,
                  IncidentTableModel.COL_PEOPLE: 10}  # × SPACING


class IncidentsPage(Page):
    register_requested = Signal()
    show_cases = Signal(str)  # incident id: the case list filtered to it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("incidentsPage")
        self.model = IncidentTableModel(ctx, self)
        self.model.total_changed.connect(self._show_total)
        self.model.page_loaded.connect(self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.failed.connect(self._show_error)
        self.title = heading()
        self.total = QLabel()
        self.total.setObjectName("incidentCount")
        set_role(self.total, "hint")
        self.register = QPushButton()
        self.register.setObjectName("registerIncident")
        self.register.setIcon(icon("plus", "#ffffff"))
        set_primary(self.register)
        self.register.clicked.connect(self.register_requested)
        self.intro = hint()
        self.table = list_table(self.model, "incidentTable")
        header = self.table.horizontalHeader()
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width * SPACING)
        self.table.activated.connect(self._open)
        self.empty = hint()
        self.empty.setObjectName("incidentsEmpty")
        self.empty.hide()
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(2 * SPACING)
        top.addWidget(self.total, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.register)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Incidents"))
        self.register.setText(self.tr("Register incident"))
        self.register.setToolTip(self.tr("Register an attack and all its victims (Ctrl+N)"))
        self.intro.setText(self.tr("Double-click an incident, or select it and press Enter, "
                                   "to see its cases."))
        self.table.setAccessibleName(self.tr("Incidents"))
        self.empty.setText(self.tr("No incident is registered yet. Use “Register incident” to "
                                   "enter the first attack and its victims."))
        self._show_total(self.model.total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.register.setVisible(self.ctx.can(Action.INCIDENT_REGISTER))
        self.error.hide()
        self.model.reload()

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.total.setText("")
        else:
            self.total.setText(self.tr("1 incident") if total == 1 else
                               self.tr("%1 incidents").replace("%1", str(total)))

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.loaded_once and self.model.rowCount() == 0)

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(messages.describe(error))
        self.error.show()

    def _open(self, index: QModelIndex) -> None:
        incident_id = index.data(ID_ROLE)
        if incident_id:
            self.show_cases.emit(str(incident_id))
