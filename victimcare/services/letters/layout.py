"""Page layout for letters and forms: fonts, templates, blocks in one or two language columns,
shrink-to-fit onto one page, letterhead, watermark and footer."""

from __future__ import annotations

import base64
import contextlib
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

from victimcare.domain.reference import resources_dir
from victimcare.services.letters import urdu

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


@dataclass(frozen=True)
class Fields:
    """Label/value rows; the label column is `label_share` of the width."""

    rows: tuple[tuple[str, str], ...]
    gap: float = 3.0
    label_share: float = 0.34


@dataclass(frozen=True)
class Rule:
    gap: float = 4.0


@dataclass(frozen=True)
class Space:
    height: float


Block = Para | Fields | Rule | Space
Draw = Callable[[Canvas, float, float], None]  # (canvas, x_left, y_top)


@dataclass
class Typeset:
    height: float
    draw: Draw
    texts: list[str] = field(default_factory=list)  # every string placed, in logical order


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


def _draw_lines(c: Canvas, lines: Sequence[Any], lang: str, bold: bool, size: float,
                leading: float, x: float, y: float, width: float, center: bool) -> None:
    nastaliq = any(isinstance(ln, urdu.Line) and not ln.latin for ln in lines)
    baseline = y - size * (1.15 if lang == "ur" or nastaliq else 1.0)
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
        return Typeset(gap + leading * len(lines), para, [block.text])
    label_w = width * block.label_share
    value_w = width - label_w - 4
    rows = []
    total = block.gap * scale
    for label, value in block.rows:
        l_lines, l_lead = _wrap(label, lang, True, base, label_w)
        v_lines, v_lead = _wrap(value or "—", lang, False, base, value_w)
        height = max(l_lead * len(l_lines), v_lead * len(v_lines))
        rows.append((l_lines, l_lead, v_lines, v_lead, height))
        total += height

    def fields(c: Canvas, x: float, y: float) -> None:
        y -= block.gap * scale
        for l_lines, l_lead, v_lines, v_lead, height in rows:
            if lang == "ur":  # label on the right, value to its left
                _draw_lines(c, l_lines, lang, True, base, l_lead, x + width - label_w, y,
                            label_w, False)
                _draw_lines(c, v_lines, lang, False, base, v_lead, x, y, value_w, False)
            else:
                _draw_lines(c, l_lines, lang, True, base, l_lead, x, y, label_w, False)
                _draw_lines(c, v_lines, lang, False, base, v_lead, x + label_w + 4, y,
                            value_w, False)
            y -= height
    return Typeset(total, fields, [t for pair in block.rows for t in pair])


# -- documents -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Letterhead:
    name_en: str
    name_ur: str
    lines_en: tuple[str, ...] = ()
    logo_png: bytes | None = None


@dataclass
class Document:
    """Rows of blocks, one block per language in each row (side by side when bilingual)."""

    langs: tuple[str, ...]
    rows: list[dict[str, Block]]
    title: str
    letterhead: Letterhead | None = None
    footer: str = ""
    watermark: str = ""
    one_page: bool = True
    drawn: list[str] = field(default_factory=list)  # filled by render(): every text placed


def logo_from_setting(value: Any) -> bytes | None:
    """The letterhead logo as stored in settings (base64 PNG), or None when unusable."""
    if not value:
        return None
    try:
        return base64.b64decode(str(value), validate=True)
    except ValueError:
        return None


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


def _decorate(c: Canvas, doc: Document, page: int) -> None:
    if doc.watermark:
        c.saveState()
        c.setFillColor(WATERMARK)
        c.setFont(font("en", True), 110)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(45)
        c.drawCentredString(0, -35, doc.watermark)
        c.restoreState()
    c.setFont(font("en"), 7)
    c.setFillColor(GREY)
    c.drawString(MARGIN, MARGIN / 2, doc.footer)
    c.drawRightString(PAGE_W - MARGIN, MARGIN / 2, str(page))
    c.setFillColor(black)


def _layout(doc: Document, scale: float) -> list[tuple[float, list[tuple[float, Typeset]]]]:
    cols = _columns(doc.langs)
    out = []
    for row in doc.rows:
        cells = [(x, typeset(row[lang], lang, w, scale)) for lang, x, w in cols if lang in row]
        out.append((max((t.height for _, t in cells), default=0.0), cells))
    return out


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
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=True, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor("VictimCare")
    c.setCreator("VictimCare")
    page = 1
    if doc.letterhead:
        _draw_letterhead(c, doc.letterhead)
    _decorate(c, doc, page)
    y = body_top
    for height, cells in laid:
        if y - height < MARGIN and y < body_top:
            c.showPage()
            page += 1
            _decorate(c, doc, page)
            y = PAGE_H - MARGIN
        for x, t in cells:
            t.draw(c, x, y)
            doc.drawn.extend(t.texts)
        y -= height
    c.save()
    return buf.getvalue()
