"""De-identified statistics files: CSV, XLSX and the quarterly PDF report, each one audited.

Only the protected tables (services/reports.report) reach a file: counts by category with
small counts hidden, category names, the period, the area and the office. Nothing about a
person does: no names, identity numbers, dates of birth, phone numbers, addresses or record
ids. Files are built in memory and written atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from victimcare.domain import reference
from victimcare.domain.errors import ValidationError
from victimcare.domain.permissions import Action
from victimcare.domain.reference import resources_dir
from victimcare.domain.statistics import Protected
from victimcare.services import reports
from victimcare.services.reports import SPEC, Filters, Report, label
from victimcare.services.session import Session
from victimcare.store.atomic import atomic_write

FORMATS = ("csv", "xlsx", "pdf")
TITLE = "VictimCare: de-identified statistics"
ACCENT = colors.HexColor("#1d6a86")
_BAR = colors.HexColor("#5b9bb3")
_ROW_NAMES = {"area": "Area", "age_band": "Age band", "victim_category": "Category",
              "incident_type": "Type of attack", "need_domain": "Need", "service_type": "Service",
              "response_band": "Days to answer", "scheme": "Scheme"}
_SHEET_NAMES = {"victims_by_area": "Victims by area", "victims_by_age": "Victims by age",
                "victims_by_category": "Victims by category",
                "victims_by_incident_type": "Victims by attack",
                "cases_by_area": "Cases by area", "cases_by_incident_type": "Cases by attack",
                "needs_by_domain": "Needs", "referrals_by_service": "Referrals",
                "response_days": "Days to answer", "overdue_by_area": "Overdue",
                "claims_by_scheme": "Compensation claims"}
_ROW_CHARTS = {"victims_by_area": "Victims by area", "victims_by_age": "Victims by age band",
               "victims_by_category": "Victims by category",
               "victims_by_incident_type": "Victims by type of attack",
               "cases_by_area": "Cases by area",
               "cases_by_incident_type": "Cases by type of attack",
               "needs_by_domain": "Needs by domain",
               "referrals_by_service": "Referrals by service",
               "response_days": "Referrals answered, by days to the first answer",
               "overdue_by_area": "Overdue items by area",
               "claims_by_scheme": "Compensation claims by scheme"}
# Charts of the column totals too, where the columns are what readers ask about first.
_COLUMN_CHARTS = {"victims_by_area": "Victims by sex", "needs_by_domain": "Needs by status",
                  "referrals_by_service": "Referrals by outcome",
                  "claims_by_scheme": "Compensation claims by status"}


@dataclass(frozen=True)
class Exported:
    path: Path
    format: str
    tables: tuple[str, ...]
    size: int


def export(session: Session, filters: Filters, path: Path, fmt: str,
           today: dt.date | None = None) -> Exported:
    """Write the statistics as `fmt` (csv, xlsx or pdf) to `path` and audit the export (the
    audit names the format, tables and filters; never the file's contents)."""
    if fmt not in FORMATS:
        raise ValidationError.single("format", "invalid_choice")
    session.require(Action.REPORT_EXPORT)
    rep = reports.report(session, filters, today)
    data = render(rep, fmt, _scope_text(session, rep))
    path = Path(path)
    keys = tuple(p.table.key for p in rep.tables)
    with session.unit(Action.REPORT_EXPORT) as unit:
        atomic_write(path, data)
        f = rep.dashboard.filters
        unit.audit("report.export", None, None, format=fmt, tables=list(keys),
                   start=f.start.isoformat() if f.start else None,
                   end=f.end.isoformat() if f.end else None, basis=f.basis,
                   province=f.province, district=f.district, threshold=rep.threshold,
                   office=rep.dashboard.office or None)
    return Exported(path, fmt, keys, len(data))


def render(rep: Report, fmt: str, scope: str) -> bytes:
    if fmt == "csv":
        return to_csv(rep, scope)
    if fmt == "xlsx":
        return to_xlsx(rep, scope)
    return to_pdf(rep, scope)


def _scope_text(session: Session, rep: Report) -> str:
    office = rep.dashboard.office
    if not office:
        return "All offices"
    name = reference.label("admin_units", office) if office in reference.codes("admin_units") \
        else ""
    return f"Office {office}" + (f" ({name})" if name else "")


def about(rep: Report, scope: str) -> list[tuple[str, str]]:
    """The cover facts every format carries, in words."""
    period, area = rep.dashboard.filters.describe()
    t = rep.threshold
    return [
        ("Cases of", scope), ("Period", period), ("Area", area),
        ("Areas shown as", f"{rep.dashboard.area_level}s"),
        ("Generated on", rep.dashboard.today.isoformat()),
        ("Smallest count shown", str(t)),
        ("Hidden counts", f"'<{t}' is a count from 1 to {t - 1}. 'x' is a count of {t} or "
                          "more hidden so that a smaller one cannot be worked out from the "
                          "totals. Zeros are shown."),
        ("Personal data", "None: no names, identity numbers, dates of birth, phone numbers, "
                          "addresses or record numbers. Ages are in bands."),
    ]


def _headers(p: Protected) -> tuple[str, list[str]]:
    spec = SPEC[p.table.key]
    return _ROW_NAMES.get(spec.rows, spec.rows), [label(spec.cols, c) for c in p.cols]


def _row_label(p: Protected, i: int) -> str:
    return "Total" if i == len(p.rows) else label(SPEC[p.table.key].rows, p.rows[i])


def _caption(p: Protected) -> str:
    spec = SPEC[p.table.key]
    if p.withheld:
        return f"Counts of {spec.unit}. Withheld: too few to show without giving a count away."
    return f"Counts of {spec.unit}."


# -- CSV ------------------------------------------------------------------------------------
def _cell(text: str) -> str:
    # A spreadsheet would run a cell starting like a formula.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def to_csv(rep: Report, scope: str) -> bytes:
    """One long table: table, title, row code and name, column code and name, value (a count,
    '<5' or 'x'); the first rows (table "about") say what the file covers."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["table", "table_title", "row_code", "row", "column_code", "column", "value"])
    for key, text in about(rep, scope):
        w.writerow(["about", "About this file", key.lower().replace(" ", "_"), key, "", "",
                    _cell(text)])
    for p in rep.tables:
        spec = SPEC[p.table.key]
        cols = [*p.cols, "total"]
        for i in range(len(p.rows) + 1):
            for j, col in enumerate(cols):
                w.writerow([p.table.key, spec.title,
                            "total" if i == len(p.rows) else p.rows[i], _cell(_row_label(p, i)),
                            col, "Total" if col == "total" else label(spec.cols, col),
                            p.text(i, j)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM lets Excel read UTF-8


# -- XLSX -----------------------------------------------------------------------------------
def to_xlsx(rep: Report, scope: str) -> bytes:
    """A cover sheet, then one sheet per table; counts are numbers, hidden ones text."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})  # no temp files on disk
    book.set_properties({"title": TITLE, "author": "", "company": "", "comments": ""})
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    head = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom",
                            "align": "center"})
    number = book.add_format({"num_format": "#,##0"})
    hidden = book.add_format({"align": "right", "font_color": "#555555"})
    total = book.add_format({"bold": True, "num_format": "#,##0", "top": 1})
    total_hidden = book.add_format({"bold": True, "align": "right", "top": 1})
    total_label = book.add_format({"bold": True, "top": 1})

    cover = book.add_worksheet("About")
    cover.set_column(0, 0, 24)
    cover.set_column(1, 1, 90)
    cover.write(0, 0, TITLE, title)
    for n, (key, text) in enumerate(about(rep, scope), start=2):
        cover.write(n, 0, key, bold)
        cover.write(n, 1, text, wrap)
    first = len(about(rep, scope)) + 3
    cover.write(first, 0, "Tables", bold)
    for n, p in enumerate(rep.tables, start=first + 1):
        cover.write(n, 0, _SHEET_NAMES[p.table.key])
        cover.write(n, 1, SPEC[p.table.key].title)

    for p in rep.tables:
        sheet = book.add_worksheet(_SHEET_NAMES[p.table.key])
        row_name, col_names = _headers(p)
        sheet.write(0, 0, SPEC[p.table.key].title, title)
        sheet.write(1, 0, _caption(p))
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, len(col_names) + 1, 13)
        sheet.set_row(3, 32)
        for j, text in enumerate([row_name, *col_names, "Total"]):
            sheet.write(3, j, text, head)
        for i in range(len(p.rows) + 1):
            last = i == len(p.rows)
            sheet.write(4 + i, 0, _row_label(p, i), total_label if last else None)
            for j in range(len(p.cols) + 1):
                shown = p.shown(i, j)
                if shown is None:
                    sheet.write_string(4 + i, 1 + j, p.text(i, j),
                                       total_hidden if last else hidden)
                else:
                    sheet.write_number(4 + i, 1 + j, shown, total if last else number)
        sheet.freeze_panes(4, 1)
        sheet.write(6 + len(p.rows), 0, f"<{rep.threshold}: a count from 1 to "
                                        f"{rep.threshold - 1}. x: hidden to protect a small "
                                        "count.")
    book.close()
    return buffer.getvalue()


# -- PDF ------------------------------------------------------------------------------------
@functools.cache
def _fonts() -> tuple[str, str]:
    """The shipped Noto Sans (embedded, subset): the same look on every machine."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont("VCStats", str(folder / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("VCStats-Bold", str(folder / "NotoSans-Bold.ttf")))
    return "VCStats", "VCStats-Bold"


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=20, leading=26,
                                textColor=ACCENT, spaceAfter=6 * mm),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=12.5, leading=16,
                             textColor=ACCENT, spaceBefore=2 * mm, spaceAfter=1.5 * mm),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#444444")),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=7.5, leading=9,
                               alignment=TA_RIGHT),
        "head_left": ParagraphStyle("head_left", base, fontName=bold, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "key": ParagraphStyle("key", base, fontName=bold),
    }


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_table(p: Protected, st: dict[str, ParagraphStyle], width: float) -> PdfTable:
    row_name, col_names = _headers(p)
    n_cols = len(col_names) + 1
    first = min(60 * mm, max(34 * mm, width - n_cols * 18 * mm))
    other = (width - first) / n_cols
    # Nine columns of counts leave 16 mm each: a smaller heading keeps "Completed:" whole.
    head = st["head"] if n_cols <= 8 else ParagraphStyle("head_small", st["head"], fontSize=6.5,
                                                          leading=8)
    data: list[list[object]] = [[Paragraph(_xml(row_name), st["head_left"]),
                                 *(Paragraph(_xml(c), head) for c in [*col_names, "Total"])]]
    for i in range(len(p.rows) + 1):
        data.append([Paragraph(_xml(_row_label(p, i)), st["cell"]),
                     *(p.text(i, j) for j in range(len(p.cols) + 1))])
    regular, bold = _fonts()
    table = PdfTable(data, colWidths=[first, *([other] * n_cols)], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("FONT", (0, -1), (-1, -1), bold, 8),
        ("FONT", (-1, 1), (-1, -1), bold, 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f6f8")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        # Narrow side padding: eight columns of counts leave 16 mm each, and a heading such
        # as "Documents collected" must break between its words, not inside them.
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def bar_chart(names: Sequence[str], values: Sequence[int | None], hidden: Sequence[str],
              width: float, title: str) -> Drawing:
    """Horizontal bars of the shown counts only: a hidden count gets no bar, only its mark,
    so no bar length can give it away."""
    regular, bold = _fonts()
    rows = max(1, len(names))
    bar_h = 11
    height = rows * bar_h + 34
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_w = 55 * mm
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 12 * mm, rows * bar_h
    chart.data = [[v or 0 for v in reversed(values)]] if values else [[0]]
    chart.categoryAxis.categoryNames = [
        f"{_short(n)} ({h})" if h else _short(n)
        for n, h in zip(reversed(names), reversed(hidden), strict=True)] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    top = max((v for v in values if v is not None), default=0)
    if top < 5:  # whole numbers on the axis, never 0.002 steps for a chart of zeros
        chart.valueAxis.valueMax = max(top, 1)
        chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barLabels.visible = True
    drawing.add(chart)
    drawing.add(String(0, height - 10, title, fontName=bold, fontSize=8.5))
    return drawing


_CHART_LABEL = 40  # characters of a bar's name that fit beside it (the tables show it whole)


def _short(name: str) -> str:
    return name if len(name) <= _CHART_LABEL else name[:_CHART_LABEL - 1].rstrip() + "…"


def _charts(p: Protected, width: float) -> list[Drawing]:
    """The rows' totals; for some tables the columns' totals as well."""
    n, m = len(p.rows), len(p.cols)
    spec = SPEC[p.table.key]
    out = []
    if n and not p.withheld:
        out.append(bar_chart([label(spec.rows, r) for r in p.rows],
                             [p.shown(i, m) for i in range(n)],
                             ["" if p.shown(i, m) is not None else p.text(i, m)
                              for i in range(n)],
                             width, _ROW_CHARTS[p.table.key]))
    if p.table.key in _COLUMN_CHARTS and n and not p.withheld:
        out.append(bar_chart([label(spec.cols, c) for c in p.cols],
                             [p.shown(n, j) for j in range(m)],
                             ["" if p.shown(n, j) is not None else p.text(n, j)
                              for j in range(m)], width, _COLUMN_CHARTS[p.table.key]))
    return out


def to_pdf(rep: Report, scope: str) -> bytes:
    """The quarterly report: a title page with what it covers and how to read it, a summary,
    then every table with its chart."""
    st = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=TITLE,
                            author="", subject="De-identified statistics", creator="VictimCare")
    width = A4[0] - 32 * mm
    story: list[object] = [Spacer(1, 30 * mm), Paragraph(_xml(TITLE), st["title"])]
    period, area = rep.dashboard.filters.describe()
    story.append(Paragraph(_xml(f"{scope} · {area} · {period}"), st["h2"]))
    facts = [[Paragraph(_xml(k), st["key"]), Paragraph(_xml(v), st["base"])]
             for k, v in about(rep, scope)]
    cover = PdfTable(facts, colWidths=[45 * mm, width - 45 * mm])
    cover.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#cccccc")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [Spacer(1, 6 * mm), cover, Spacer(1, 8 * mm),
              Paragraph("Summary", st["h2"]), _summary(rep, st, width), PageBreak()]
    for p in rep.tables:
        spec = SPEC[p.table.key]
        block: list[object] = [Paragraph(_xml(spec.title), st["h2"]),
                               Paragraph(_xml(_caption(p)), st["small"]), Spacer(1, 2 * mm),
                               _pdf_table(p, st, width)]
        charts = _charts(p, width)
        story.append(KeepTogether(block))
        for chart in charts:
            story += [Spacer(1, 4 * mm), chart]
        story.append(Spacer(1, 8 * mm))
    doc.build(story, onFirstPage=_footer(rep), onLaterPages=_footer(rep))
    return buffer.getvalue()


def _summary(rep: Report, st: dict[str, ParagraphStyle], width: float) -> PdfTable:
    """Headline figures, taken from the protected tables (a hidden total stays hidden)."""
    def grand(key: str) -> str:
        p = rep.table(key)
        return p.text(len(p.rows), len(p.cols))

    def column(key: str, code: str) -> str:
        p = rep.table(key)
        return p.text(len(p.rows), p.cols.index(code))

    rows = [("Victims", grand("victims_by_area")), ("Cases", grand("cases_by_area")),
            ("Needs identified", grand("needs_by_domain")),
            ("Needs met", column("needs_by_domain", "met")),
            ("Referrals", grand("referrals_by_service")),
            ("Referrals answered by the provider", grand("response_days")),
            (f"Follow-ups overdue on {rep.dashboard.today.isoformat()}",
             column("overdue_by_area", "follow_ups")),
            (f"Referrals overdue on {rep.dashboard.today.isoformat()}",
             column("overdue_by_area", "referrals")),
            ("Compensation claims", grand("claims_by_scheme")),
            ("Compensation claims paid", column("claims_by_scheme", "paid"))]
    table = PdfTable([[Paragraph(_xml(k), st["base"]), v] for k, v in rows],
                     colWidths=[90 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (1, 0), (1, -1), _fonts()[1], 10),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#cccccc"))]))
    return table


def _footer(rep: Report) -> Callable[[Canvas, Any], None]:
    text = (f"{TITLE} · generated {rep.dashboard.today.isoformat()} · counts under "
            f"{rep.threshold} hidden")

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(_fonts()[0], 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(16 * mm, 9 * mm, text)
        canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, f"Page {doc.page}")
        canvas.restoreState()
    return draw
