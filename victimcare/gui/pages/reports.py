"""Reports: dashboards of victims, cases, needs, referrals and overdue work, with period and
area filters, the tables as exports show them, and the de-identified exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.statistics import UNKNOWN, Mark, Protected, Table
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import ACCENT, SPACING, set_primary, set_role
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.lang import office_name, ui_lang
from victimcare.services import reports, stats_export
from victimcare.services.reports import SPEC, Dashboard, Filters, Report

_CTX = "ReportLabels"
_Index = QModelIndex | QPersistentModelIndex
# Words for the categories that are not reference lists (those come in Urdu from resources).
_WORDS: dict[str, dict[str, str]] = {
    "sex": {"female": QT_TRANSLATE_NOOP("ReportLabels", "Female"),
            "male": QT_TRANSLATE_NOOP("ReportLabels", "Male"),
            "transgender": QT_TRANSLATE_NOOP("ReportLabels", "Transgender (khwaja sira)"),
            "not_stated": QT_TRANSLATE_NOOP("ReportLabels", "Not stated")},
    "case_status": {"open": QT_TRANSLATE_NOOP("ReportLabels", "Open"),
                    "on_hold": QT_TRANSLATE_NOOP("ReportLabels", "On hold"),
                    "pending_closure": QT_TRANSLATE_NOOP("ReportLabels", "Closure requested"),
                    "closed": QT_TRANSLATE_NOOP("ReportLabels", "Closed")},
    "need_status": {"identified": QT_TRANSLATE_NOOP("ReportLabels", "Identified"),
                    "referred": QT_TRANSLATE_NOOP("ReportLabels", "Referred or being met"),
                    "met": QT_TRANSLATE_NOOP("ReportLabels", "Met"),
                    "declined": QT_TRANSLATE_NOOP("ReportLabels", "Declined by the client"),
                    "no_service": QT_TRANSLATE_NOOP("ReportLabels", "No service available")},
    "outcome": {"not_sent": QT_TRANSLATE_NOOP("ReportLabels", "Not sent yet"),
                "awaiting": QT_TRANSLATE_NOOP("ReportLabels", "Waiting for an answer"),
                "accepted": QT_TRANSLATE_NOOP("ReportLabels", "Accepted"),
                "declined": QT_TRANSLATE_NOOP("ReportLabels", "Declined"),
                "completed_successful": QT_TRANSLATE_NOOP("ReportLabels",
                                                          "Completed: successful"),
                "completed_unsuccessful": QT_TRANSLATE_NOOP("ReportLabels",
                                                            "Completed: not successful"),
                "expired": QT_TRANSLATE_NOOP("ReportLabels", "Expired"),
                "cancelled": QT_TRANSLATE_NOOP("ReportLabels", "Cancelled")},
    "urgency": {"emergency": QT_TRANSLATE_NOOP("ReportLabels", "Emergency"),
                "urgent": QT_TRANSLATE_NOOP("ReportLabels", "Urgent"),
                "routine": QT_TRANSLATE_NOOP("ReportLabels", "Routine")},
    "overdue": {"follow_ups": QT_TRANSLATE_NOOP("ReportLabels", "Follow-ups"),
                "referrals": QT_TRANSLATE_NOOP("ReportLabels", "Referrals")},
    "claim_status": {"not_started": QT_TRANSLATE_NOOP("ReportLabels", "Not started"),
                     "documents_collected": QT_TRANSLATE_NOOP("ReportLabels",
                                                              "Documents collected"),
                     "submitted": QT_TRANSLATE_NOOP("ReportLabels", "Submitted"),
                     "under_review": QT_TRANSLATE_NOOP("ReportLabels", "Under review"),
                     "approved": QT_TRANSLATE_NOOP("ReportLabels", "Approved"),
                     "paid": QT_TRANSLATE_NOOP("ReportLabels", "Paid"),
                     "rejected": QT_TRANSLATE_NOOP("ReportLabels", "Rejected")},
    "response_band": {"0_1": QT_TRANSLATE_NOOP("ReportLabels", "0–1 days"),
                      "2_3": QT_TRANSLATE_NOOP("ReportLabels", "2–3 days"),
                      "4_7": QT_TRANSLATE_NOOP("ReportLabels", "4–7 days"),
                      "8_14": QT_TRANSLATE_NOOP("ReportLabels", "8–14 days"),
                      "15_30": QT_TRANSLATE_NOOP("ReportLabels", "15–30 days"),
                      "over_30": QT_TRANSLATE_NOOP("ReportLabels", "Over 30 days")},
    "age_band": {"unknown": QT_TRANSLATE_NOOP("ReportLabels", "Age not recorded")},
}
_TITLES = {
    "victims_by_area": QT_TRANSLATE_NOOP("ReportLabels", "Victims by area and sex"),
    "victims_by_age": QT_TRANSLATE_NOOP("ReportLabels", "Victims by age band and sex"),
    "victims_by_category": QT_TRANSLATE_NOOP("ReportLabels", "Victims by category and sex"),
    "victims_by_incident_type": QT_TRANSLATE_NOOP("ReportLabels",
                                                  "Victims by type of attack and sex"),
    "cases_by_area": QT_TRANSLATE_NOOP("ReportLabels", "Cases by area and status"),
    "cases_by_incident_type": QT_TRANSLATE_NOOP("ReportLabels",
                                                "Cases by type of attack and status"),
    "needs_by_domain": QT_TRANSLATE_NOOP("ReportLabels", "Needs by domain and how far met"),
    "referrals_by_service": QT_TRANSLATE_NOOP("ReportLabels",
                                              "Referrals by service type and outcome"),
    "response_days": QT_TRANSLATE_NOOP("ReportLabels", "Days to the provider's first answer"),
    "overdue_by_area": QT_TRANSLATE_NOOP("ReportLabels", "Overdue follow-ups and referrals"),
    "claims_by_scheme": QT_TRANSLATE_NOOP("ReportLabels",
                                          "Compensation claims by scheme and status"),
}
# Chart colours: the accent and calm companions; every series is named in the legend.
_SERIES_COLOURS = ("#1d6a86", "#7fb3c8", "#c9a227", "#9e9e9e")
_TOP = 6  # bars per chart at most, the largest: more would not fit a laptop screen's labels
_LABEL = 28  # characters of a category name on a chart (the tables show it whole)


def category_label(dimension: str, code: str) -> str:
    """A row or column category in the interface language."""
    word = _WORDS.get(dimension, {}).get(code)
    if word:
        return QCoreApplication.translate(_CTX, word)
    if dimension == "age_band":
        return reports.label(dimension, code)  # digits and dashes read the same in Urdu
    if code in (UNKNOWN, reports.NOT_RECORDED) and dimension != "incident_type":
        return QCoreApplication.translate(_CTX, "Not recorded")
    return reports.label(dimension, code, ui_lang())


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _short(name: str) -> str:
    return name if len(name) <= _LABEL else name[:_LABEL - 1].rstrip() + "…"


def table_title(key: str) -> str:
    return QCoreApplication.translate(_CTX, _TITLES[key])


class StatsTableModel(QAbstractTableModel):
    """One protected table: its categories as rows, then the total row; the columns' words
    as headers, then Total. Hidden counts read "<5" or "x", with a tooltip saying why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Protected | None = None

    def set_table(self, table: Protected | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.cols) + 1

    def data(self, index: _Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        if t is None or not index.isValid():
            return None
        i, j = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = t.shown(i, j)
            return t.text(i, j) if shown is None else f"{shown:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (i == len(t.rows) or j == len(t.cols)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._why(t.marks[i][j], t.threshold)
        return None

    def _why(self, mark: Mark, limit: int) -> str | None:
        if mark == Mark.SMALL:
            return self.tr("A count from 1 to %1: too small to show.").replace(
                "%1", str(limit - 1))
        if mark == Mark.COMPLEMENT:
            return self.tr("Hidden so that a small count cannot be worked out from the totals.")
        if mark == Mark.WITHHELD:
            return self.tr("The whole table is too small to show without giving a count away.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        # A long row name (a compensation scheme) is cut short in the header: its tooltip
        # holds it whole.
        if t is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        spec = SPEC[t.table.key]
        if orientation == Qt.Orientation.Horizontal:
            if section == len(t.cols):
                return self.tr("Total")
            return category_label(spec.cols, t.cols[section]) \
                if 0 <= section < len(t.cols) else None
        if section == len(t.rows):
            return self.tr("Total")
        return category_label(spec.rows, t.rows[section]) if 0 <= section < len(t.rows) \
            else None


def _quarters(today: dt.date, count: int = 8) -> list[tuple[int, int]]:
    year, q = reports.quarter_of(today)
    out = []
    for _ in range(count):
        out.append((year, q))
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return out


class ChartBox(QFrame):
    """A card holding one chart, with an optional chooser above it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        set_role(self.title, "section")
        self.name = name
        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{name}View")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        # Urdu bar names need a taller chart to all be shown (show_bars: smaller Naskh too);
        # a change of language builds the pages again.
        self.view.setMinimumHeight((30 if ui_lang() == "ur" else 24) * SPACING)
        self.top = QHBoxLayout()
        self.top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, SPACING, 2 * SPACING, SPACING)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setObjectName(self.name)
        chart.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def show_bars(self, names: Sequence[str], sets: Sequence[tuple[str, Sequence[int]]], *,
                  horizontal: bool = True, stacked: bool = False) -> None:
        """Bars for `names` (top to bottom), one series per (legend word, values)."""
        # A fresh chart each time: axes removed from a chart stay painted in its scene.
        old, chart = self.chart, self._new_chart()
        self.chart = chart
        self.view.setChart(chart)
        old.deleteLater()
        series: QAbstractBarSeries
        if horizontal:
            series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
            order = list(reversed(range(len(names))))  # the first name at the top
        else:
            series = QBarSeries()
            order = list(range(len(names)))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for n, (word, values) in enumerate(sets):
            colour = QColor(_SERIES_COLOURS[n % len(_SERIES_COLOURS)])
            bar = QBarSet(word)
            bar.setColor(colour)
            bar.setBorderColor(colour)
            bar.setLabelColor(text)
            bar.append([float(values[i]) for i in order])
            series.append(bar)
        series.setBarWidth(0.7)
        if len(sets) == 1 and not stacked:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        chart.addSeries(series)
        small = QFont()
        # Naskh letters stand taller than Latin ones: a bar's Urdu name at the interface size
        # overlaps its neighbour's, and Qt then hides every other name. Smaller letters and a
        # taller chart (the page scrolls) keep every name.
        small.setPointSizeF(max(7.0, small.pointSizeF() - (2.5 if ui_lang() == "ur" else 1)))
        categories = QBarCategoryAxis()
        categories.append([_short(names[i]) for i in order] or [""])
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)
        categories.setGridLineVisible(False)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setLabelsFont(small)
        top = max((sum(v[i] for _w, v in sets) if stacked else max(v[i] for _w, v in sets)
                   for i in range(len(names))), default=0)
        counts.setRange(0, max(4, top * 1.15))
        counts.setTickCount(5)
        counts.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setFont(small)
        chart.legend().setLabelColor(text)
        categories.setLabelsColor(text)
        counts.setLabelsColor(text)


class ReportsPage(Page):
    """`choose_path(format, suggested name)` asks where to save; tests replace it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsPage")
        self.choose_path: Callable[[str, str], Path | None] = self._save_dialog
        self.dashboard: Dashboard | None = None
        self.report: Report | None = None
        self._today = dt.date.today()

        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        for year, q in _quarters(self._today):
            self.period.addItem(self.tr("%1 Q%2").replace("%1", str(year))
                                .replace("%2", str(q)), ("quarter", year, q))
        self.period.addItem(self.tr("This year"), ("year", self._today.year, 0))
        self.period.addItem(self.tr("All dates"), ("all", 0, 0))
        self.period.addItem(self.tr("Choose dates…"), ("dates", 0, 0))
        self.start = self._date_edit("reportStart")
        self.end = self._date_edit("reportEnd")
        self.basis = QComboBox(self)
        self.basis.setObjectName("reportBasis")
        self.basis.addItem(self.tr("by date of the incident"), "incident")
        self.basis.addItem(self.tr("by date the case opened"), "opened")
        self.province = QComboBox(self)
        self.province.setObjectName("reportProvince")
        self.district = QComboBox(self)
        self.district.setObjectName("reportDistrict")
        self._fill_areas()
        # Long names (Azad Jammu and Kashmir) must not widen the page past a laptop screen.
        for combo, letters in ((self.period, 10), (self.basis, 16), (self.province, 16),
                               (self.district, 14)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)

        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        set_primary(self.export_button)
        menu = QMenu(self.export_button)
        self.export_actions = {
            "pdf": menu.addAction(self.tr("Quarterly report (PDF)…")),
            "xlsx": menu.addAction(self.tr("Tables for a spreadsheet (XLSX)…")),
            "csv": menu.addAction(self.tr("Tables as CSV…")),
        }
        for fmt, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("reportsBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(16 * SPACING)
        self.busy.setTextVisible(False)
        self.busy.hide()
        ctx.tasks.busy_changed.connect(self.busy.setVisible)
        self.status = QLabel(self)
        self.status.setObjectName("reportsStatus")
        self.status.setWordWrap(True)

        self.figures = QLabel(self)
        self.figures.setObjectName("reportFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)

        self.victims_chart = ChartBox("victimsChart")
        self.victims_by = QComboBox(self)
        self.victims_by.setObjectName("victimsBy")
        for key, word in (("victims_by_area", self.tr("area")),
                          ("victims_by_area:sex", self.tr("sex")),
                          ("victims_by_age", self.tr("age band")),
                          ("victims_by_category", self.tr("category")),
                          ("victims_by_incident_type", self.tr("type of attack"))):
            self.victims_by.addItem(word, key)
        self.victims_chart.top.addWidget(QLabel(self.tr("by"), self))
        self.victims_chart.top.addWidget(self.victims_by)
        self.victims_by.currentIndexChanged.connect(lambda _i: self._draw_victims())
        self.needs_chart = ChartBox("needsChart")
        self.referrals_chart = ChartBox("referralsChart")
        self.days_chart = ChartBox("daysChart")
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        for n, box in enumerate((self.victims_chart, self.needs_chart, self.referrals_chart,
                                 self.days_chart)):
            grid.addWidget(box, n // 2, n % 2)
        charts = QScrollArea()
        charts.setObjectName("chartsArea")
        charts.setWidgetResizable(True)
        charts.setFrameShape(QFrame.Shape.NoFrame)
        charts.setWidget(grid_widget)

        self.table_choice = QComboBox(self)
        self.table_choice.setObjectName("tableChoice")
        for spec in reports.SPECS:
            self.table_choice.addItem(table_title(spec.key), spec.key)
        self.table_choice.currentIndexChanged.connect(lambda _i: self._show_table())
        self.model = StatsTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("statsTable")
        self.table_view.setModel(self.model)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # Row names wider than this are elided, so the counts and their total stay in view.
        self.table_view.verticalHeader().setMaximumWidth(40 * SPACING)
        self.table_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table_note = hint()
        self.table_note.setObjectName("tableNote")
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, SPACING, 0, 0)
        tables_layout.addWidget(self.table_choice)
        tables_layout.addWidget(self.table_view, 1)
        tables_layout.addWidget(self.table_note)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(tables, self.tr("Tables as exported"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tables())

        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        self.dash = QLabel("–", self)
        for w in (QLabel(self.tr("Period"), self), self.period, self.start, self.dash,
                  self.end, self.basis, QLabel(self.tr("Area"), self),
                  self.province, self.district):
            filters.addWidget(w)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, SPACING)
        layout.setSpacing(SPACING)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Reports")))
        self.scope = hint()
        self.scope.setObjectName("reportScope")
        title_row.addWidget(self.scope, 1)
        title_row.addWidget(self.busy)
        title_row.addWidget(self.export_button)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self._sync_dates()
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        for combo in (self.basis, self.district):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.province.currentIndexChanged.connect(lambda _i: self._province_chosen())
        self.start.dateChanged.connect(lambda _d: self._dates_edited())
        self.end.dateChanged.connect(lambda _d: self._dates_edited())

    # -- filters ---------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(self._today.year + 1, 12, 31))
        return edit

    def _fill_areas(self) -> None:
        lang = ui_lang()
        self.province.addItem(self.tr("All provinces"), None)
        for item in reference.items("admin_units"):
            if item.extra.get("level") == "province":
                self.province.addItem(item.label(lang), item.code)
        self._fill_districts()

    def _fill_districts(self) -> None:
        province = self.province.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        for item in reference.districts():
            if item.extra.get("parent") == province:
                self.district.addItem(item.label(ui_lang()), item.code)
        self.district.setEnabled(province is not None)
        self.district.blockSignals(False)

    def _province_chosen(self) -> None:
        self._fill_districts()
        self.refresh()

    def _period_chosen(self) -> None:
        self._sync_dates()
        self.refresh()

    def _sync_dates(self) -> None:
        """Show the chosen period's dates; they are editable only for "Choose dates"."""
        kind, year, q = self.period.currentData()
        start, end = None, None
        if kind == "quarter":
            start, end = reports.quarter_dates(year, q)
        elif kind == "year":
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        custom = kind == "dates"
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(custom)
            edit.setVisible(kind != "all")
            edit.blockSignals(False)
        self.dash.setVisible(kind != "all")

    def _dates_edited(self) -> None:
        if self.end.date() < self.start.date():
            self.end.blockSignals(True)
            self.end.setDate(self.start.date())
            self.end.blockSignals(False)
        self.refresh()

    def filters(self) -> Filters:
        kind = self.period.currentData()[0]
        start = end = None
        if kind != "all":
            start, end = _day(self.start.date()), _day(self.end.date())
        return Filters(start=start, end=end, basis=self.basis.currentData(),
                       province=self.province.currentData(),
                       district=self.district.currentData())

    def set_quarter(self, year: int, quarter: int) -> None:
        """Choose a quarter from the list (the last eight are offered)."""
        self.choose_period("quarter", year, quarter)

    def choose_period(self, kind: str, year: int = 0, quarter: int = 0) -> None:
        """kind: quarter, year, all or dates (the year of "year" is this one)."""
        for i in range(self.period.count()):
            k, y, q = self.period.itemData(i)
            if k == kind and (kind != "quarter" or (y, q) == (year, quarter)):
                self.period.setCurrentIndex(i)
                return
        raise ValueError("period not offered")

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        filters = self.filters()
        self.ctx.call(reports.dashboard, filters, on_done=self._show, on_error=self._error)
        if self.tabs.currentIndex() == 1:
            self._load_tables()

    def _error(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def _show(self, dash: Dashboard) -> None:
        self.status.setText("")
        self.dashboard = dash
        self.report = None
        self.scope.setText(self.tr("Every office's cases") if not dash.office else
                           self.tr("Cases of the %1 office").replace(
                               "%1", office_name(dash.office)))
        self._show_figures(dash)
        self._draw_victims()
        self._draw_needs(dash.tables["needs_by_domain"])
        self._draw_referrals(dash.tables["referrals_by_service"])
        self._draw_days(dash.tables["response_days"])

    def _show_figures(self, d: Dashboard) -> None:
        def fig(value: str, word: str) -> str:
            return (f"<span style='font-size:15pt; font-weight:600; color:{ACCENT}'>{value}"
                    f"</span>&nbsp;{word}")

        median = "–" if d.median_days is None else f"{d.median_days:g}"
        parts = [fig(f"{d.victims:,}", self.tr("victims")), fig(f"{d.cases:,}", self.tr("cases")),
                 fig(f"{d.needs_met:,}", self.tr("of %1 needs met").replace(
                     "%1", f"{d.needs:,}")),
                 fig(f"{d.referrals:,}", self.tr("referrals")),
                 fig(median, self.tr("days to answer (median)")),
                 fig(f"{d.overdue_follow_ups:,}", self.tr("follow-ups overdue today")),
                 fig(f"{d.overdue_referrals:,}", self.tr("referrals overdue today")),
                 fig(f"{d.claims_paid:,}", self.tr("of %1 claims paid").replace(
                     "%1", f"{d.claims:,}"))]
        self.figures.setText("&nbsp;&nbsp; ".join(parts))

    # -- charts ----------------------------------------------------------------------------
    @staticmethod
    def _top(names: list[str], rows: list[list[int]]) -> tuple[list[str], list[list[int]], bool]:
        """The largest rows (by their sum) in their own order; True when some were left out
        (the tables show every row)."""
        if len(rows) <= _TOP:
            return names, rows, False
        keep = sorted(sorted(range(len(rows)), key=lambda i: -sum(rows[i]))[:_TOP])
        return [names[i] for i in keep], [rows[i] for i in keep], True

    def _draw_victims(self) -> None:
        if self.dashboard is None:
            return
        key = self.victims_by.currentData()
        box = self.victims_chart
        box.title.setText(self.tr("Victims"))
        if key == "victims_by_area:sex":
            t = self.dashboard.tables["victims_by_area"]
            names = [category_label("sex", c) for c in t.cols]
            box.show_bars(names, [(self.tr("Victims"), list(t.col_totals))])
            return
        t = self.dashboard.tables[key]
        spec = SPEC[key]
        names = [category_label(spec.rows, r) for r in t.rows]
        names, rows, cut = self._top(names, [[v] for v in t.row_totals])
        if cut:
            box.title.setText(self.tr("Victims (the %1 largest)").replace("%1", str(_TOP)))
        box.show_bars(names, [(self.tr("Victims"), [r[0] for r in rows])])

    def _draw_needs(self, t: Table) -> None:
        box = self.needs_chart
        box.title.setText(self.tr("Needs: met and not yet met"))
        col = {c: j for j, c in enumerate(t.cols)}
        rows = [[r[col["met"]], r[col["identified"]] + r[col["referred"]],
                 r[col["declined"]] + r[col["no_service"]]] for r in t.cells]
        names, rows, cut = self._top([category_label("need_domain", c) for c in t.rows], rows)
        if cut:
            box.title.setText(self.tr("Needs: met and not yet met (the %1 most common)")
                              .replace("%1", str(_TOP)))
        box.show_bars(names, [(self.tr("Met"), [r[0] for r in rows]),
                              (self.tr("Being worked on"), [r[1] for r in rows]),
                              (self.tr("Declined or no service"), [r[2] for r in rows])],
                      stacked=True)

    def _draw_referrals(self, t: Table) -> None:
        box = self.referrals_chart
        box.title.setText(self.tr("Referrals by service type and outcome"))
        col = {c: j for j, c in enumerate(t.cols)}

        def add(r: Sequence[int], *codes: str) -> int:
            return sum(r[col[c]] for c in codes)

        rows = [[add(r, "accepted", "completed_successful", "completed_unsuccessful"),
                 add(r, "not_sent", "awaiting"), add(r, "declined"),
                 add(r, "expired", "cancelled")] for r in t.cells]
        names, rows, cut = self._top([category_label("service_type", c) for c in t.rows], rows)
        if cut:
            box.title.setText(self.tr("Referrals by outcome (the %1 most used services)")
                              .replace("%1", str(_TOP)))
        box.show_bars(names, [(self.tr("Accepted or completed"), [r[0] for r in rows]),
                              (self.tr("Waiting"), [r[1] for r in rows]),
                              (self.tr("Declined"), [r[2] for r in rows]),
                              (self.tr("Expired or cancelled"), [r[3] for r in rows])],
                      stacked=True)

    def _draw_days(self, t: Table) -> None:
        box = self.days_chart
        box.title.setText(self.tr("Days from letter to the provider's first answer"))
        names = [category_label("response_band", c) for c in t.rows]
        box.show_bars(names, [(self.tr("Referrals"), list(t.row_totals))], horizontal=False)

    # -- tables as exported ----------------------------------------------------------------
    def _load_tables(self) -> None:
        if self.tabs.currentIndex() != 1 or not self.ctx.signed_in:
            return
        self.ctx.call(reports.report, self.filters(), on_done=self._tables_ready,
                      on_error=self._error)

    def _tables_ready(self, rep: Report) -> None:
        self.report = rep
        self._show_table()

    def _show_table(self) -> None:
        if self.report is None:
            self.model.set_table(None)
            return
        table = self.report.table(self.table_choice.currentData())
        self.model.set_table(table)
        limit = self.report.threshold
        note = self.tr("Exports show the tables like this: “<%1” is a count from 1 to %2; “x” "
                       "is hidden so that a small count cannot be worked out from the totals. "
                       "The figures and charts use the full counts.")
        note = note.replace("%1", str(limit)).replace("%2", str(limit - 1))
        if table.withheld:
            note = self.tr("This table is too small to show without giving a count away: "
                           "exports leave every number out.") + " " + note
        self.table_note.setText(note)

    # -- export ----------------------------------------------------------------------------
    def suggested_name(self, fmt: str) -> str:
        kind, year, q = self.period.currentData()
        when = {"quarter": f"{year}-Q{q}", "year": str(year), "all": "all-dates"}.get(
            kind, f"{self.start.date().toString('yyyyMMdd')}-"
                  f"{self.end.date().toString('yyyyMMdd')}")
        area = self.district.currentData() or self.province.currentData() or "all-areas"
        return f"victimcare-statistics-{when}-{area}.{fmt}"

    def _save_dialog(self, fmt: str, suggested: str) -> Path | None:
        kinds = {"pdf": self.tr("PDF report (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                 "csv": self.tr("CSV file (*.csv)")}
        name, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the statistics"), str(Path.home() / suggested), kinds[fmt])
        return Path(name) if name else None

    def export(self, fmt: str) -> None:
        path = self.choose_path(fmt, self.suggested_name(fmt))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self.ctx.call(stats_export.export, self.filters(), path, fmt,
                      on_done=self._exported, on_error=self._export_failed)

    def _exported(self, done: stats_export.Exported) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved %1: %2 tables, small counts hidden.").replace(
            "%1", done.path.name).replace("%2", str(len(done.tables))))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._error(error)
