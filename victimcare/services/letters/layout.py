"""Page layout for letters, forms and reports: fonts, templates, blocks in one or two language
columns (or across both), shrink-to-fit onto one page or paged, letterhead, watermark, header
and footer."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from victimcare.domain import reference
from victimcare.domain.reference import resources_dir
from victimcare.services.letters import urdu
from victimcare.services.session import Unit

LANGS = ("en", "ur")
_FONT_FILES = {
    "VC-Sans": "NotoSans-Regular.ttf", "VC-Sans-Bold": "NotoSans-Bold.ttf",
    "VC-Nastaliq": "NotoNastaliqUrdu-Regular.ttf",
    "VC-Nastaliq-Bold": "NotoNastaliqUrdu-Bold.ttf",
}
PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
COLUMN_GAP = 8 * mm
BASE_SIZE = {"en": 9.5, "ur": 10.0}
# Nastaliq climbs and descends far more than Latin: lines need about twice the leading.
LEADING = {"en": 1.3, "ur": 2.05}
SCALES = (1.0, 0.94, 0.88, 0.82, 0.77, 0.72)
GREY = Color(0.45, 0.45, 0.45)
WATERMARK = Color(0.8, 0.1, 0.1, alpha=0.18)
LIGHT_WATERMARK = Color(0.5, 0.5, 0.5, alpha=0.13)
HEADER = Color(0.6, 0.05, 0.05)
# {"name_en", "name_ur", "address", "phone", "email", "logo_png" (base64 PNG)}, all optional
LETTERHEAD_SETTING = "letterhead"


@functools.cache
def register_fonts() -> None:
    """Register the shipped Noto fonts once (embedded and subset in every PDF)."""
    folder = resources_dir() / "fonts"
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))


def font(lang: str, bold: bool = False) -> str:
    base = "VC-Nastaliq" if lang == "ur" else "VC-Sans"
    return f"{base}-Bold" if bold else base


@functools.cache
def template(name: str, lang: str) -> dict[str, Any]:
    """A letter's texts in one language, from resources/templates/{name}.{lang}.json."""
    path = resources_dir() / "templates" / f"{name}.{lang}.json"
    return dict(json.loads(path.read_text("utf-8")))


def date_text(iso: str | None) -> str:
    """A stored date as letters show it (dd-mm-yyyy), or "" for none."""
    return dt.date.fromisoformat(iso[:10]).strftime("%d-%m-%Y") if iso else ""


def fill(text: str, **values: Any) -> str:
    """Put values into a template text; a missing value leaves a dash, never a brace."""
    class _Dash(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return "—"
    return text.format_map(_Dash({k: ("—" if v in (None, "") else v)
                                  for k, v in values.items()}))


# -- blocks --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    size: float = 1.0   # relative to the language's base size
    gap: float = 4.0    # points above
    center: bool = False
    grey: bool = False
    keep_with_next: bool = False  # a heading: never the last thing on a page


@dataclass(frozen=True)
class Fields:
    """Label/value rows; the label column is `label_share` of the width. With `write_in`, an
    empty value is a line to write on by hand instead of a dash."""

    rows: tuple[tuple[str, str], ...]
    gap: float = 3.0
    label_share: float = 0.34
    write_in: bool = False


@dataclass(frozen=True)
class Rule:
    gap: float = 4.0


@dataclass(frozen=True)
class Space:
    height: float


@dataclass(frozen=True)
class Checks:
    """Tick boxes with their labels, `columns` side by side (row by row, so that item k sits
    in the same row in every language); a ticked box holds an X."""

    items: tuple[tuple[bool, str], ...]
    columns: int = 1
    gap: float = 3.0


@dataclass(frozen=True)
class Boxes:
    """Empty boxes side by side (signature, thumbprint), each with a caption under it; a
    caption's lines may be in different languages, each set in its own direction."""

    captions: tuple[str, ...]
    height: float = 62.0
    gap: float = 6.0


@dataclass(frozen=True)
class Row:
    """One table row: cells share the width as `shares` say; a header row is bold."""

    cells: tuple[str, ...]
    shares: tuple[float, ...]
    bold: bool = False
    rule: bool = True   # a thin line under the row
    gap: float = 2.0
    grey: bool = False


@dataclass(frozen=True)
class BiChecks:
    """Tick boxes of a bilingual form, across both columns: one box per item between its
    English and its Urdu label, so that nothing can be ticked in one language only."""

    items: tuple[tuple[bool, str, str], ...]  # (ticked, English, Urdu)
    columns: int = 1
    gap: float = 3.0


@dataclass(frozen=True)
class BiFields:
    """Rows of a bilingual form, across both columns: the English label on the left, the
    Urdu label on the right, and between them the value or (`write_in`) a line to write on."""

    rows: tuple[tuple[str, str, str], ...]  # (English label, value, Urdu label)
    gap: float = 3.0
    write_in: bool = True
    label_share: float = 0.27


Block = Para | Fields | Rule | Space | Checks | Boxes | Row | BiChecks | BiFields
SPAN = "span"  # a Document row {SPAN: block} runs across both language columns
Draw = Callable[[Canvas, float, float], None]  # (canvas, x_left, y_top)


@dataclass
class Typeset:
    height: float
    draw: Draw
    texts: list[str] = field(default_factory=list)  # every string placed, in logical order
    keep_with_next: bool = False


def _wrap(text: str, lang: str, bold: bool, size: float,
          width: float) -> tuple[list[Any], float]:
    """Lines of one paragraph and its line height."""
    leading = size * LEADING[lang]
    if lang == "ur":
        return urdu.break_lines(text, width, font("ur", bold), font("en", bold), size), leading
    if any(urdu.is_arabic(ch) for ch in text):  # Urdu typed into an English letter
        return urdu.break_lines(text, width, font("ur", bold), font("en", bold), size,
                                base=urdu.base_level(text)), size * LEADING["ur"]
    out: list[str] = []
    for part in text.split("\n"):
        out += simpleSplit(part, font("en", bold), size, width) or [""]
    return out, leading


def _baseline_drop(lines: Sequence[Any], lang: str, size: float) -> float:
    """How far below a block's top its first baseline sits (as _draw_lines places it)."""
    nastaliq = any(isinstance(ln, urdu.Line) and not ln.latin for ln in lines)
    return size * (1.15 if lang == "ur" or nastaliq else 1.0)


def _draw_lines(c: Canvas, lines: Sequence[Any], lang: str, bold: bool, size: float,
                leading: float, x: float, y: float, width: float, center: bool) -> None:
    baseline = y - _baseline_drop(lines, lang, size)
    for line in lines:
        if isinstance(line, urdu.Line):
            drawn = line.drawn_width
            start = x + (width - drawn) / 2 if center else \
                (x + width - drawn if line.base else x)
            for run in line.runs:
                c.setFont(run.font, run.size)
                c.drawString(start, baseline, run.text)
                start += run.width
        else:
            c.setFont(font("en", bold), size)
            if center:
                c.drawCentredString(x + width / 2, baseline, line)
            else:
                c.drawString(x, baseline, line)
        baseline -= leading


def typeset(block: Block, lang: str, width: float, scale: float) -> Typeset:
    """Measure one block in one language column and return how to draw it."""
    base = BASE_SIZE[lang] * scale
    if isinstance(block, Space):
        return Typeset(block.height * scale, lambda c, x, y: None)
    if isinstance(block, Rule):
        def rule(c: Canvas, x: float, y: float) -> None:
            c.setLineWidth(0.5)
            c.line(x, y - block.gap * scale / 2, x + width, y - block.gap * scale / 2)
        return Typeset(block.gap * scale, rule)
    if isinstance(block, Para):
        size = base * block.size
        lines, leading = _wrap(block.text, lang, block.bold, size, width)
        gap = block.gap * scale

        def para(c: Canvas, x: float, y: float) -> None:
            c.setFillColor(GREY if block.grey else black)
            _draw_lines(c, lines, lang, block.bold, size, leading, x, y - gap, width,
                        block.center)
            c.setFillColor(black)
        return Typeset(gap + leading * len(lines), para, [block.text], block.keep_with_next)
    if isinstance(block, Checks):
        return _checks(block, lang, width, scale, base)
    if isinstance(block, Boxes):
        return _boxes(block, lang, width, scale, base)
    if isinstance(block, Row):
        return _row(block, lang, width, scale, base)
    if isinstance(block, BiChecks):
        return _bi_checks(block, width, scale)
    if isinstance(block, BiFields):
        return _bi_fields(block, width, scale)
    return _fields(block, lang, width, scale, base)


def _fields(block: Fields, lang: str, width: float, scale: float, base: float) -> Typeset:
    label_w = width * block.label_share
    value_w = width - label_w - 4
    write_h = base * 2.4  # room for a hand-written line
    rows = []
    total = block.gap * scale
    for label, value in block.rows:
        l_lines, l_lead = _wrap(label, lang, True, base, label_w)
        blank = block.write_in and not value
        v_lines, v_lead = ([], 0.0) if blank else _wrap(value or "—", lang, False, base,
                                                       value_w)
        height = max(l_lead * len(l_lines), write_h if blank else v_lead * len(v_lines))
        rows.append((l_lines, l_lead, v_lines, v_lead, height, blank))
        total += height

    def fields(c: Canvas, x: float, y: float) -> None:
        y -= block.gap * scale
        for l_lines, l_lead, v_lines, v_lead, height, blank in rows:
            label_x, value_x = (x + width - label_w, x) if lang == "ur" else \
                (x, x + label_w + 4)  # in Urdu the label is on the right, its value to the left
            if blank:  # the label sits on the line to write on
                top = y - height + l_lead * len(l_lines)
                _draw_lines(c, l_lines, lang, True, base, l_lead, label_x, top, label_w, False)
                line_y = top - (len(l_lines) - 1) * l_lead - \
                    _baseline_drop(l_lines, lang, base) - base * 0.25
                c.setLineWidth(0.4)
                c.setStrokeColor(GREY)
                c.line(value_x, line_y, value_x + value_w, line_y)
                c.setStrokeColor(black)
            else:
                _draw_lines(c, l_lines, lang, True, base, l_lead, label_x, y, label_w, False)
                _draw_lines(c, v_lines, lang, False, base, v_lead, value_x, y, value_w, False)
            y -= height
    return Typeset(total, fields, [t for pair in block.rows for t in pair])


def _checks(block: Checks, lang: str, width: float, scale: float, base: float) -> Typeset:
    box = base * 0.85
    col_gap = 4 * mm * scale
    col_w = (width - col_gap * (block.columns - 1)) / block.columns
    text_w = col_w - box - base * 0.5
    cells = []
    for ticked, label in block.items:
        lines, leading = _wrap(label, lang, False, base, text_w)
        cells.append((ticked, lines, leading))
    grid = [cells[i:i + block.columns] for i in range(0, len(cells), block.columns)]
    heights = [max(len(lines) * leading for _t, lines, leading in row) + 2 * scale
               for row in grid]
    gap = block.gap * scale

    def checks(c: Canvas, x: float, y: float) -> None:
        y -= gap
        for row, height in zip(grid, heights, strict=True):
            for k, (ticked, lines, leading) in enumerate(row):
                left = x + k * (col_w + col_gap)
                if lang == "ur":  # columns and boxes from the right
                    left = x + width - (k + 1) * col_w - k * col_gap
                    box_x, text_x = left + col_w - box, left
                else:
                    box_x, text_x = left, left + box + base * 0.5
                bottom = y - _baseline_drop(lines, lang, base) - box * 0.08
                c.setLineWidth(0.7)
                c.rect(box_x, bottom, box, box)
                if ticked:
                    c.setFont(font("en", True), box * 0.95)
                    c.drawCentredString(box_x + box / 2, bottom + box * 0.14, "X")
                _draw_lines(c, lines, lang, False, base, leading, text_x, y, text_w, False)
            y -= height
    return Typeset(gap + sum(heights), checks, [label for _t, label in block.items])


def _boxes(block: Boxes, lang: str, width: float, scale: float, base: float) -> Typeset:
    n = len(block.captions)
    gap = block.gap * mm * scale / 2
    box_w = (width - gap * (n - 1)) / n
    box_h = block.height * scale
    size = base * 0.9
    between = 2 * scale  # Latin descenders and Nastaliq ascenders need room
    captions = []
    for caption in block.captions:
        parts = [_wrap(part, lang, False, size, box_w) for part in caption.split("\n")]
        captions.append((parts, sum(len(lines) * leading + between for lines, leading
                                    in parts)))
    top_gap = 4 * scale
    below = 2.5 * scale  # between a box and its caption
    height = top_gap + box_h + below + max(h for _p, h in captions) + 2 * scale

    def boxes(c: Canvas, x: float, y: float) -> None:
        for k, (parts, _h) in enumerate(captions):
            left = x + width - (k + 1) * box_w - k * gap if lang == "ur" else \
                x + k * (box_w + gap)
            c.setLineWidth(0.7)
            c.rect(left, y - top_gap - box_h, box_w, box_h)
            line_y = y - top_gap - box_h - below
            for lines, leading in parts:
                _draw_lines(c, lines, lang, False, size, leading, left, line_y, box_w, True)
                line_y -= len(lines) * leading + between
    return Typeset(height, boxes, list(block.captions))


def _row(block: Row, lang: str, width: float, scale: float, base: float) -> Typeset:
    pad = 2.5 * scale
    total = sum(block.shares)
    widths = [width * share / total for share in block.shares]
    cells = [_wrap(text or "", lang, block.bold, base, w - pad)
             for text, w in zip(block.cells, widths, strict=True)]
    gap = block.gap * scale
    # Every cell on the first baseline of the lowest-set one (Nastaliq sits lower than Latin).
    drops = [_baseline_drop(lines, lang, base) for lines, _lead in cells]
    shifts = [max(drops) - d for d in drops]
    height = gap + max(s + len(lines) * leading for s, (lines, leading)
                       in zip(shifts, cells, strict=True)) + 1.5 * scale

    def row(c: Canvas, x: float, y: float) -> None:
        c.setFillColor(GREY if block.grey else black)
        left = x + width if lang == "ur" else x
        for (lines, leading), w, shift in zip(cells, widths, shifts, strict=True):
            cell_x = left - w + pad if lang == "ur" else left
            _draw_lines(c, lines, lang, block.bold, base, leading, cell_x, y - gap - shift,
                        w - pad, False)
            left = left - w if lang == "ur" else left + w
        c.setFillColor(black)
        if block.rule:
            c.setLineWidth(0.6 if block.bold else 0.3)
            c.setStrokeColor(black if block.bold else GREY)
            c.line(x, y - height + 0.5, x + width, y - height + 0.5)
            c.setStrokeColor(black)
    return Typeset(height, row, list(block.cells), keep_with_next=block.bold)


def _bi_sizes(scale: float) -> tuple[float, float, float]:
    """English size, Urdu size, and how much lower English starts so both share a baseline."""
    en, ur = BASE_SIZE["en"] * scale, BASE_SIZE["ur"] * scale
    return en, ur, ur * 1.15 - en


def _bi_checks(block: BiChecks, width: float, scale: float) -> Typeset:
    en_size, ur_size, shift = _bi_sizes(scale)
    box = ur_size * 0.85
    cell_gap = 6 * mm * scale
    cell_w = (width - cell_gap * (block.columns - 1)) / block.columns
    # In one column the box sits in the gap between the document's two language columns.
    pad = (COLUMN_GAP - box) / 2 if block.columns == 1 else 1.8 * mm * scale
    label_w = (cell_w - box - 2 * pad) / 2
    cells = []
    for ticked, en, ur in block.items:
        en_lines, en_lead = _wrap(en, "en", False, en_size, label_w)
        ur_lines, ur_lead = _wrap(ur, "ur", False, ur_size, label_w)
        cells.append((ticked, en_lines, en_lead, ur_lines, ur_lead))
    grid = [cells[i:i + block.columns] for i in range(0, len(cells), block.columns)]
    heights = [max(max(shift + len(e) * el, len(u) * ul) for _t, e, el, u, ul in row)
               + 2 * scale for row in grid]
    gap = block.gap * scale

    def checks(c: Canvas, x: float, y: float) -> None:
        y -= gap
        for row, height in zip(grid, heights, strict=True):
            for k, (ticked, en_lines, en_lead, ur_lines, ur_lead) in enumerate(row):
                left = x + k * (cell_w + cell_gap)
                box_x = left + label_w + pad
                _draw_lines(c, en_lines, "en", False, en_size, en_lead, left, y - shift,
                            label_w, False)
                _draw_lines(c, ur_lines, "ur", False, ur_size, ur_lead, box_x + box + pad, y,
                            label_w, False)
                bottom = y - ur_size * 1.15 - box * 0.08
                c.setLineWidth(0.7)
                c.rect(box_x, bottom, box, box)
                if ticked:
                    c.setFont(font("en", True), box * 0.95)
                    c.drawCentredString(box_x + box / 2, bottom + box * 0.14, "X")
            y -= height
    return Typeset(gap + sum(heights), checks,
                   [t for _k, en, ur in block.items for t in (en, ur)])


def _bi_fields(block: BiFields, width: float, scale: float) -> Typeset:
    en_size, ur_size, shift = _bi_sizes(scale)
    label_w = width * block.label_share
    pad = 2 * mm * scale
    value_w = width - 2 * label_w - 2 * pad
    write_h = en_size * 2.6
    rows = []
    total = block.gap * scale
    for en, value, ur in block.rows:
        en_lines, en_lead = _wrap(en, "en", True, en_size, label_w)
        ur_lines, ur_lead = _wrap(ur, "ur", True, ur_size, label_w)
        blank = block.write_in and not value
        v_lines, v_lead = ([], 0.0) if blank else _wrap(value or "—", "en", False, en_size,
                                                       value_w)
        # Urdu in the value (a name in both scripts) sets its baseline lower: match the labels.
        v_shift = ur_size * 1.15 - _baseline_drop(v_lines, "en", en_size)
        height = max(shift + len(en_lines) * en_lead, len(ur_lines) * ur_lead,
                     write_h if blank else v_shift + len(v_lines) * v_lead)
        rows.append((en_lines, en_lead, ur_lines, ur_lead, v_lines, v_lead, v_shift, blank,
                     height))
        total += height

    def fields(c: Canvas, x: float, y: float) -> None:
        y -= block.gap * scale
        value_x = x + label_w + pad
        for en_lines, en_lead, ur_lines, ur_lead, v_lines, v_lead, v_shift, blank, height \
                in rows:
            labels_h = max(shift + len(en_lines) * en_lead, len(ur_lines) * ur_lead)
            top = y - height + labels_h if blank else y  # labels sit on the line to write on
            _draw_lines(c, en_lines, "en", True, en_size, en_lead, x, top - shift, label_w,
                        False)
            _draw_lines(c, ur_lines, "ur", True, ur_size, ur_lead, x + width - label_w, top,
                        label_w, False)
            if blank:
                line_y = top - ur_size * 1.15 - en_size * 0.25
                c.setLineWidth(0.4)
                c.setStrokeColor(GREY)
                c.line(value_x, line_y, value_x + value_w, line_y)
                c.setStrokeColor(black)
            else:
                _draw_lines(c, v_lines, "en", False, en_size, v_lead, value_x, y - v_shift,
                            value_w, False)
            y -= height
    return Typeset(total, fields, [t for row in block.rows for t in row])


# -- documents -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Letterhead:
    name_en: str
    name_ur: str
    lines_en: tuple[str, ...] = ()
    logo_png: bytes | None = None


@dataclass
class Document:
    """Rows of blocks, one block per language in each row (side by side when bilingual), or
    one block across both columns ({SPAN: block})."""

    langs: tuple[str, ...]
    rows: list[dict[str, Block]]
    title: str
    letterhead: Letterhead | None = None
    footer: str = ""
    watermark: str = ""
    one_page: bool = True
    header: str = ""      # on top of every page (e.g. CONFIDENTIAL)
    page_label: str = ""  # e.g. "Page {page} of {pages}"; the bare number when empty
    watermark_color: Color = WATERMARK
    drawn: list[str] = field(default_factory=list)  # filled by render(): every text placed
    pages: int = 0                                  # filled by render()


def logo_from_setting(value: Any) -> bytes | None:
    """The letterhead logo as stored in settings (base64 PNG), or None when unusable."""
    if not value:
        return None
    try:
        return base64.b64decode(str(value), validate=True)
    except ValueError:
        return None


def office_letterhead(unit: Unit) -> Letterhead:
    """The office's letterhead: setting `letterhead` (name_en, name_ur, address, phone, email,
    logo_png as base64 PNG, all optional) over the office record and its district's name."""
    head = unit.session.setting(LETTERHEAD_SETTING, {}) or {}
    office = unit.db.query_one("SELECT name_en, name_ur FROM office WHERE code = ?",
                               (unit.session.office,))
    code = unit.session.office
    unit_ur = reference.label("admin_units", code, "ur") \
        if code in reference.codes("admin_units") else ""
    return Letterhead(
        name_en=head.get("name_en") or (office["name_en"] if office else "") or code,
        name_ur=head.get("name_ur") or (office["name_ur"] if office else "") or unit_ur,
        lines_en=tuple(str(head[k]) for k in ("address", "phone", "email") if head.get(k)),
        logo_png=logo_from_setting(head.get("logo_png")))


def _columns(langs: Sequence[str]) -> list[tuple[str, float, float]]:
    inner = PAGE_W - 2 * MARGIN
    if len(langs) == 1:
        return [(langs[0], MARGIN, inner)]
    half = (inner - COLUMN_GAP) / 2
    return [("en", MARGIN, half), ("ur", MARGIN + half + COLUMN_GAP, half)]


def _letterhead_height(doc: Document) -> float:
    return 0.0 if doc.letterhead is None else 27 * mm


def _draw_letterhead(c: Canvas, head: Letterhead) -> None:
    top = PAGE_H - MARGIN
    if head.logo_png:
        with contextlib.suppress(OSError, ValueError):  # a broken logo must not stop a letter
            c.drawImage(ImageReader(io.BytesIO(head.logo_png)), MARGIN, top - 20 * mm,
                        20 * mm, 20 * mm, preserveAspectRatio=True, mask="auto")
    c.setFont(font("en", True), 13)
    c.drawCentredString(PAGE_W / 2, top - 5 * mm, head.name_en)
    if head.name_ur:
        line = urdu.single_line(head.name_ur, font("ur", True), font("en", True), 12)
        x = (PAGE_W - line.width) / 2
        for run in line.runs:
            c.setFont(run.font, run.size)
            c.drawString(x, top - 14 * mm, run.text)
            x += run.width
    c.setFont(font("en"), 8)
    for i, text in enumerate(head.lines_en[:2]):
        c.drawCentredString(PAGE_W / 2, top - (19 + 3.5 * i) * mm, text)
    c.setLineWidth(0.8)
    c.line(MARGIN, top - 25 * mm, PAGE_W - MARGIN, top - 25 * mm)


def _decorate(c: Canvas, doc: Document, page: int, pages: int) -> None:
    if doc.watermark:
        c.saveState()
        c.setFillColor(doc.watermark_color)
        # As large as fits along the page's diagonal, at most 110 pt.
        bold = font("en", True)
        size = min(110.0, 0.72 * (PAGE_W ** 2 + PAGE_H ** 2) ** 0.5 /
                   pdfmetrics.stringWidth(doc.watermark, bold, 1))
        c.setFont(bold, size)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(45)
        c.drawCentredString(0, -size * 0.32, doc.watermark)
        c.restoreState()
    if doc.header:
        c.setFont(font("en", True), 8)
        c.setFillColor(HEADER)
        c.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN / 2 - 3, doc.header)
    c.setFont(font("en"), 7)
    c.setFillColor(GREY)
    c.drawString(MARGIN, MARGIN / 2, doc.footer)
    label = fill(doc.page_label, page=page, pages=pages) if doc.page_label else str(page)
    c.drawRightString(PAGE_W - MARGIN, MARGIN / 2, label)
    c.setFillColor(black)


Laid = list[tuple[float, list[tuple[float, Typeset]]]]


def _layout(doc: Document, scale: float) -> Laid:
    cols = _columns(doc.langs)
    span_lang = "en" if "en" in doc.langs else "ur"
    out = []
    for row in doc.rows:
        if SPAN in row:
            cells = [(MARGIN, typeset(row[SPAN], span_lang, PAGE_W - 2 * MARGIN, scale))]
        else:
            cells = [(x, typeset(row[lang], lang, w, scale)) for lang, x, w in cols
                     if lang in row]
        out.append((max((t.height for _, t in cells), default=0.0), cells))
    return out


def _paginate(laid: Laid, first_top: float) -> list[Laid]:
    """Rows on pages: a row that does not fit starts a new page, and a heading (or a table's
    header) moves with the row after it."""
    pages: list[Laid] = [[]]
    y = first_top
    for i, (height, cells) in enumerate(laid):
        needed, k = height, i
        while any(t.keep_with_next for _, t in laid[k][1]) and k + 1 < len(laid):
            k += 1
            needed += laid[k][0]
        if y - needed < MARGIN and pages[-1]:
            pages.append([])
            y = PAGE_H - MARGIN
        pages[-1].append((height, cells))
        y -= height
    return pages


def render(doc: Document) -> bytes:
    """The PDF: shrunk step by step to fit one page when `one_page`, else paged."""
    register_fonts()
    body_top = PAGE_H - MARGIN - _letterhead_height(doc)
    available = body_top - MARGIN
    laid = _layout(doc, SCALES[0])
    height = sum(h for h, _ in laid)
    if doc.one_page and height > available:
        # Height shrinks between linearly and quadratically with the type size, so start at
        # the square-root guess instead of trying every step from the top.
        guess = (available / height) ** 0.5
        for scale in [sc for sc in SCALES[1:] if sc <= guess + 0.03] or SCALES[-1:]:
            laid = _layout(doc, scale)
            if sum(h for h, _ in laid) <= available:
                break
    pages = _paginate(laid, body_top)
    doc.pages = len(pages)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor("VictimCare")
    c.setCreator("VictimCare")
    for number, rows in enumerate(pages, 1):
        if number > 1:
            c.showPage()
        if number == 1 and doc.letterhead:
            _draw_letterhead(c, doc.letterhead)
        _decorate(c, doc, number, len(pages))
        y = body_top if number == 1 else PAGE_H - MARGIN
        for height, cells in rows:
            for x, t in cells:
                t.draw(c, x, y)
                doc.drawn.extend(t.texts)
            y -= height
    c.save()
    return buf.getvalue()
