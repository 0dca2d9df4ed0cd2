"""Registering an attack and all its victims on one keyboard-first page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import DatePrecision
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe, field_label, field_message
from victimcare.gui.models.victim_grid import COL, COLUMNS, VictimGridModel, message
from victimcare.gui.widgets.choices import CheckableCombo, ChoiceCombo
from victimcare.gui.widgets.date_field import DateField
from victimcare.gui.widgets.field_errors import ErrorLabel, FieldErrors
from victimcare.gui.widgets.marks import WARNING_COLOUR
from victimcare.gui.widgets.spreadsheet import SpreadsheetView
from victimcare.services import incidents, people

# Columns whose change may reveal someone already registered.
_DUPLICATE_COLUMNS = {COL["given_name"], COL["family_name"], COL["guardian_name"], COL["cnic"]}
DUPLICATE_DELAY_MS = 400


class IncidentRegistrationPage(QWidget):
    """The incident once, then every victim in a grid; one Save registers it all (or nothing)."""

    registered = Signal(list)  # ids of the new cases

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incidentRegistrationPage")
        self._errors = FieldErrors()
        self._duplicates: dict[int, tuple[dict[str, str], list[Any]]] = {}
        self._pending_checks: set[int] = set()
        self._saving = False
        self._saving_tried = False
        self._build()
        self._defaults = self._incident_values()
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        title = QLabel(self.tr("Register an incident"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(title.text())
        outer.addWidget(title)
        outer.addWidget(self._incident_box())
        outer.addWidget(self._victims_box(), 1)
        self.duplicate_warning = QLabel(self)
        self.duplicate_warning.setObjectName("duplicateWarning")
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.duplicate_warning.hide()
        outer.addWidget(self.duplicate_warning)
        self.problem_summary = ErrorLabel(self)
        self.problem_summary.setObjectName("problemSummary")
        outer.addWidget(self.problem_summary)
        outer.addLayout(self._buttons())
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    def _field(self, grid: QGridLayout, row: int, col: int, label: str, widget: QWidget,
               name: str, object_name: str, span: int = 1) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setObjectName(object_name)
        widget.setAccessibleName(caption.text().replace("&", ""))
        error = ErrorLabel(self)
        error.setObjectName(object_name + "Error")
        grid.addWidget(caption, row * 2, col * 2, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(widget, row * 2, col * 2 + 1, 1, span * 2 - 1)
        grid.addWidget(error, row * 2 + 1, col * 2 + 1, 1, span * 2 - 1)
        self._errors.bind(name, widget, error)

    def _incident_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Incident"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

        date_row = QWidget(self)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(8)
        self.date = DateField(date_row)
        self.date.setObjectName("incidentDate")
        self.precision = ChoiceCombo.of(DatePrecision, date_row)
        self.precision.setObjectName("incidentPrecision")
        self.precision.setAccessibleName(self.tr("How exact the date is"))
        self.precision.currentIndexChanged.connect(
            lambda _i: self.date.set_precision(self.precision.code() or "day"))
        date_layout.addWidget(self.date, 3)
        date_layout.addWidget(self.precision, 2)
        date_row.setFocusProxy(self.date)
        self._field(grid, 0, 0, self.tr("&Date"), date_row, "occurred_on", "incidentDateRow")
        self.date.setAccessibleName(self.tr("Date of incident"))

        self.district = ChoiceCombo.of("districts", self, blank="", searchable=True)
        self.district.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self._field(grid, 0, 1, self.tr("Dis&trict"), self.district, "district",
                    "incidentDistrict")
        self.tehsil = QLineEdit(self)
        self._field(grid, 0, 2, self.tr("T&ehsil"), self.tehsil, "tehsil", "incidentTehsil")

        self.place_type = ChoiceCombo.of("place_types", self, blank="")
        self._field(grid, 1, 0, self.tr("&Place"), self.place_type, "place_type",
                    "incidentPlaceType")
        self.attack_types = CheckableCombo.of("attack_types", self,
                                              placeholder=self.tr("Choose one or more"))
        self._field(grid, 1, 1, self.tr("&Attack"), self.attack_types, "attack_types",
                    "incidentAttackTypes")
        self.weapon_types = CheckableCombo.of("weapon_types", self,
                                              placeholder=self.tr("Choose one or more"))
        self._field(grid, 1, 2, self.tr("&Weapons"), self.weapon_types, "weapon_types",
                    "incidentWeaponTypes")

        self.fir = QLineEdit(self)
        self.fir.setPlaceholderText(self.tr("e.g. FIR 112/26"))
        self._field(grid, 2, 0, self.tr("&FIR / CTD ref."), self.fir, "fir_reference",
                    "incidentFir")
        counts = QWidget(self)
        counts_layout = QHBoxLayout(counts)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.setSpacing(8)
        self.deaths = self._count_box("incidentDeaths", self.tr("Reported deaths"))
        self.injuries = self._count_box("incidentInjuries", self.tr("Reported injuries"))
        injured_caption = QLabel(self.tr("&Injured"), counts)
        injured_caption.setBuddy(self.injuries)
        counts_layout.addWidget(self.deaths, 1)
        counts_layout.addWidget(injured_caption)
        counts_layout.addWidget(self.injuries, 1)
        counts.setFocusProxy(self.deaths)
        self._field(grid, 2, 1, self.tr("Dea&ths"), counts, "reported_deaths", "incidentCounts")
        self.deaths.setAccessibleName(self.tr("Reported deaths"))
        self.suicide = QCheckBox(self.tr("S&uicide attack"), self)
        self.suicide.setObjectName("incidentSuicide")
        self.suicide.setAccessibleName(self.tr("Suicide attack"))
        grid.addWidget(self.suicide, 4, 5)

        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(
            self.tr("What happened, in a few words (no names of victims)"))
        self._field(grid, 3, 0, self.tr("Su&mmary"), self.summary, "summary",
                    "incidentSummary", span=3)

        self.date.changed.connect(self._incident_edited)
        self.district.currentTextChanged.connect(lambda _t: self._incident_edited())
        for w in (self.tehsil, self.fir, self.summary):
            w.textChanged.connect(lambda _t: self._incident_edited())
        for combo in (self.attack_types, self.weapon_types):
            combo.changed.connect(self._incident_edited)
        self.place_type.currentIndexChanged.connect(lambda _i: self._incident_edited())
        self._set_default_district()
        return box

    def _count_box(self, name: str, accessible: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(-1, 100000)
        box.setSpecialValueText(self.tr("Not known"))  # shown for -1: no figure yet
        box.setValue(-1)
        box.setAccessibleName(accessible)
        return box

    def _victims_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Victims"), self)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        hint = QLabel(self.tr(
            "One row per person. Rows with the same family number become one case; a "
            "family's first row is its principal person. Tab moves across, Enter moves down, "
            "Ctrl+V pastes rows copied from a spreadsheet."), box)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = VictimGridModel(self)
        self.grid = SpreadsheetView(box)
        self.grid.setObjectName("victimGrid")
        self.grid.setAccessibleName(self.tr("Victims"))
        self.grid.setModel(self.model)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # Widths are tuned for Noto Sans 10 pt; the larger Urdu interface font needs more.
        scale = max(1.0, self.grid.fontMetrics().horizontalAdvance("0300-1234567") / 86)
        for i, c in enumerate(COLUMNS):
            self.grid.setColumnWidth(i, round(c.width * scale))
        self.grid.verticalHeader().setDefaultSectionSize(
            self.grid.fontMetrics().height() + 10)
        self.grid.verticalHeader().setMinimumWidth(28)
        self.grid.row_left.connect(self.model.mark_visited)
        self.grid.pasted.connect(self._pasted)
        self.model.cell_edited.connect(self._cell_edited)
        self.model.rowsRemoved.connect(lambda *_a: self._render_duplicates())
        layout.addWidget(self.grid, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.remove_row = QPushButton(self.tr("&Remove row"), self)
        self.remove_row.setObjectName("removeRowButton")
        self.remove_row.setToolTip(self.tr("Remove the row the cursor is in (Ctrl+Delete)"))
        self.remove_row.clicked.connect(self.grid.remove_current_row)
        self.status = QLabel(self)
        self.status.setObjectName("statusMessage")
        self.status.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Start &over"), self)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.clicked.connect(self.reset)
        self.save_button = QPushButton(self.tr("&Save incident"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Register the incident and its victims (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.remove_row)
        row.addWidget(self.status, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.save_button)
        return row

    def _set_default_district(self) -> None:
        office = self.ctx.session.office if self.ctx.signed_in else ""
        self.district.set_code(office if reference.district_province(office) else None)

    # -- state ---------------------------------------------------------------------------
    def _incident_values(self) -> dict[str, Any]:
        def count(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return {
            "occurred_on": self.date.value(), "date_precision": self.precision.code() or "day",
            "district": self.district.code() or self.district.currentText().strip(),
            "tehsil": self.tehsil.text().strip(), "place_type": self.place_type.code(),
            "attack_types": self.attack_types.codes(),
            "weapon_types": self.weapon_types.codes(), "suicide_attack": self.suicide.isChecked(),
            "fir_reference": self.fir.text().strip(), "reported_deaths": count(self.deaths),
            "reported_injuries": count(self.injuries), "summary": self.summary.text().strip(),
        }

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.typed_rows()) or self._incident_values() != self._defaults

    def reset(self) -> None:
        self._dup_timer.stop()
        self._pending_checks.clear()
        self._duplicates.clear()
        self.date.set_value(dt.date.today().isoformat())
        self.precision.set_code("day")
        self._set_default_district()
        for w in (self.tehsil, self.fir, self.summary):
            w.clear()
        self.place_type.set_code(None)
        self.attack_types.set_codes([])
        self.weapon_types.set_codes([])
        self.suicide.setChecked(False)
        self.deaths.setValue(-1)
        self.injuries.setValue(-1)
        self.model.reset()
        self._errors.clear()
        self.problem_summary.set_message("")
        self.status.clear()
        self._render_duplicates()
        self._defaults = self._incident_values()
        self.grid.setCurrentIndex(self.model.index(0, 0))

    def _incident_errors(self) -> list[FieldError]:
        _values, errors = incidents.clean_incident(self._incident_values(), dt.date.today())
        return errors

    def _incident_edited(self) -> None:
        # As-you-type: show format problems at once, "required" only after a Save attempt.
        self._errors.show(self._incident_errors(), hide_required=not self._saving_tried)

    # -- duplicates ----------------------------------------------------------------------
    def _cell_edited(self, row: int, col: int) -> None:
        self.status.clear()
        if col in _DUPLICATE_COLUMNS:
            self._pending_checks.add(self.model.uid(row))
            self._dup_timer.start()

    def _check_duplicates(self) -> None:
        if not self.ctx.signed_in:
            return  # locked: the rows are checked again after the next edit
        pending, self._pending_checks = self._pending_checks, set()
        for uid in pending:
            row = self.model.row_of(uid)
            query = self.model.duplicate_query(row) if row is not None else None
            if query is None:
                self._duplicates.pop(uid, None)
                continue
            self.ctx.call(people.possible_duplicates, **query,
                          on_done=lambda found, u=uid, q=query: self._duplicates_found(u, q, found),
                          on_error=lambda _e: None)  # a hint only: never block typing
        self._render_duplicates()

    def _duplicates_found(self, uid: int, query: dict[str, str], found: list[Any]) -> None:
        row = self.model.row_of(uid)
        if row is None or self.model.duplicate_query(row) != query:
            return  # typed on since the question was asked
        if found:
            self._duplicates[uid] = (query, found)
        else:
            self._duplicates.pop(uid, None)
        self._render_duplicates()

    def _render_duplicates(self) -> None:
        lines = []
        for uid, (_query, found) in sorted(self._duplicates.items(),
                                           key=lambda kv: self.model.row_of(kv[0]) or 0):
            row = self.model.row_of(uid)
            if row is None:
                continue
            for dup in found:
                cases = ", ".join(dup.case_numbers) or self.tr("no case yet")
                if dup.reason == "cnic":
                    text = self.tr("Row %1: a person with this CNIC is already registered "
                                   "(case %2). Check before saving.")
                else:
                    text = self.tr("Row %1: a person with the same name and father's or "
                                   "husband's name is already registered (case %2). "
                                   "Check before saving.")
                lines.append("⚠ " + text.replace("%1", str(row + 1)).replace("%2", cases))
        self.duplicate_warning.setText("\n".join(dict.fromkeys(lines)))
        self.duplicate_warning.setAccessibleName(self.duplicate_warning.text())
        self.duplicate_warning.setVisible(bool(lines))

    # -- paste ---------------------------------------------------------------------------
    def _pasted(self, rows: int) -> None:
        self.status.setText(self.tr("Pasted 1 row.") if rows == 1 else
                            self.tr("Pasted %1 rows.").replace("%1", str(rows)))
        for r in self.model.typed_rows():
            self._pending_checks.add(self.model.uid(r))
        self._dup_timer.start()

    # -- save ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or not self.ctx.signed_in:
            return
        self.grid.commit_editor()
        self._saving_tried = True
        self.status.clear()
        incident_errors = self._incident_errors()
        self._errors.show(incident_errors)
        self.model.show_all_problems()
        problems = self.model.problems()
        lines = [self._incident_line(e) for e in incident_errors]
        lines += [self._row_line(r, e) for r, e in problems]
        if not self.model.typed_rows():
            lines.append(self.tr("Enter at least one victim in the grid."))
        if lines:
            self._refuse(lines)
            if problems:
                r, e = problems[0]
                col = self.model.column_of(e.field)
                self.grid.setCurrentIndex(self.model.index(r, col or 0))
            return
        families, sent = self.model.families()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.ctx.call(incidents.register_incident, self._incident_values(), families,
                      on_done=self._saved,
                      on_error=lambda error: self._save_failed(error, sent))

    def _incident_line(self, e: FieldError) -> str:
        return self.tr("Incident, %1: %2").replace("%1", field_label(e.field)).replace(
            "%2", field_message(e))

    def _row_line(self, r: int, e: FieldError) -> str:
        col = self.model.column_of(e.field)
        name = self.model.headerData(col, Qt.Orientation.Horizontal) if col is not None \
            else field_label(e.field)
        return self.tr("Row %1, %2: %3").replace("%1", str(r + 1)).replace(
            "%2", str(name)).replace("%3", message(e))

    def _refuse(self, lines: list[str]) -> None:
        shown = lines[:6]
        if len(lines) > len(shown):
            shown.append(self.tr("… and %1 more.").replace("%1", str(len(lines) - len(shown))))
        self.problem_summary.set_message(
            self.tr("Nothing was saved. Correct the marked fields:") + "\n" + "\n".join(shown))

    def _saved(self, result: incidents.Registered) -> None:
        self._saving = False
        self._saving_tried = False
        self.save_button.setEnabled(True)
        case_ids = list(result.case_ids)
        self.reset()
        numbers = ", ".join(result.case_numbers)
        self.status.setText(
            self.tr("Registered 1 case: %1").replace("%1", numbers) if len(case_ids) == 1
            else self.tr("Registered %1 cases: %2").replace("%1", str(len(case_ids))).replace(
                "%2", numbers))
        self.ctx.data_changed.emit("")
        self.registered.emit(case_ids)

    def _save_failed(self, error: BaseException, sent: list[int]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.clear()
        if not isinstance(error, ValidationError):
            self.problem_summary.set_message(describe(error))
            return
        incident_errors = [e for e in error.errors if e.row is None and e.field != "victims"]
        self._errors.show(incident_errors)
        self.model.set_server_errors(error.errors, sent)
        lines = [self._incident_line(e) for e in incident_errors]
        for e in error.errors:
            if e.row is not None and 1 <= e.row <= len(sent):
                lines.append(self._row_line(sent[e.row - 1], e))
            elif e.field == "victims":
                lines.append(self.tr("Enter at least one victim in the grid."))
        self._refuse(lines or [describe(error)])

    def focus_first(self) -> None:
        self.date.setFocus()
