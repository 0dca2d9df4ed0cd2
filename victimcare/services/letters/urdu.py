"""Right-to-left lines for PDFs: break in logical order by shaped width, then lay runs out
visually (python-bidi levels, UAX #9 rule L2) and shape each right-to-left run with HarfBuzz.

ReportLab shapes a string with HarfBuzz (which also puts one right-to-left run in visual order)
but leaves the order of runs and lines to the caller; `arabic-reshaper` is no use for Nastaliq.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.textobject import PDFTextObject

# Latin letters and digits inside Urdu text are set in the Latin face, which the Nastaliq face
# lacks (it has digits but no Latin letters).
LATIN_SCALE = 0.9
# Dates, phone and letter numbers read left to right even after Urdu words (rule W2 would
# otherwise turn 10-01-2026 into 2026-01-10): wrap them in a left-to-right embedding.
_NUMBERISH = re.compile(r"\d[\d\-/.:]*\d")
_LRE, _PDF = "\u202a", "\u202c"


def _set_rise(self: PDFTextObject, rise: float) -> None:
    """ReportLab 5.1's setRise, fixed: when it merges two rise operators it forgets the new
    rise, so the glyphs after a raised Nastaliq glyph stay raised (broken words). Remove when
    ReportLab fixes PDFTextObject.setRise."""
    v = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise
        self._code[-1] = v
    else:
        self._code.append(v)
    self._rise = rise
    self._y -= rise


PDFTextObject.setRise = _set_rise  # type: ignore[method-assign]


@dataclass(frozen=True)
class Run:
    """A piece of one line, ready to draw left to right: `text` is in visual order."""

    text: str
    font: str
    size: float
    width: float


@dataclass(frozen=True)
class Line:
    """One broken line: measured when broken, put in visual order only when drawn."""

    logical: str  # the line as typed, for tests and text checks
    width: float
    rtl_font: str
    ltr_font: str
    size: float
    latin: bool = False
    base: int = 1  # paragraph level: 1 right-to-left (Urdu), 0 left-to-right (English)

    @functools.cached_property
    def runs(self) -> tuple[Run, ...]:
        if self.latin:
            return (Run(self.logical, self.ltr_font, self.size, self.width),)
        return visual_order(self.logical, self.rtl_font, self.ltr_font, self.size, self.base)

    @property
    def drawn_width(self) -> float:
        return sum(r.width for r in self.runs)


def is_arabic(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("AL", "R")


def base_level(text: str) -> int:
    """1 when the first letter with a direction is Urdu (UAX #9 rules P2, P3), else 0."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("AL", "R"):
            return 1
        if kind == "L":
            return 0
    return 0


def _width(text: str, font: str, size: float) -> float:
    if isinstance(text, ShapedStr):
        return sum(d.x_advance for d in text.__shapeData__) * size / 1000
    return stringWidth(text, font, size)


@functools.lru_cache(maxsize=8192)
def _shaped_run(text: str, rtl: bool, rtl_font: str, ltr_font: str, size: float,
                latin_scale: float = LATIN_SCALE) -> Run:
    if rtl and any(is_arabic(c) for c in text):
        shaped = shapeStr(text, rtl_font, size)  # HarfBuzz returns it in visual order
        return Run(shaped, rtl_font, size, _width(shaped, rtl_font, size))
    if rtl:
        # Neutrals only (punctuation, spaces) at a right-to-left level: reverse and mirror.
        text = "".join(MIRRORED.get(c, c) for c in reversed(text))
    font = rtl_font if rtl and _has_glyphs(rtl_font, text) else ltr_font
    size = size if font == rtl_font else size * latin_scale
    return Run(text, font, size, stringWidth(text, font, size))


def _has_glyphs(font: str, text: str) -> bool:
    widths = getFont(font).face.charWidths
    return all(ord(c) in widths for c in text)


def _levels(line: str, base: int = 1) -> list[tuple[str, int]]:
    """Each character with its resolved embedding level in a paragraph of level `base`."""
    storage = _bidi.get_empty_storage()
    storage["base_level"], storage["base_dir"] = base, "LR"[base]
    line = _NUMBERISH.sub(lambda m: f"{_LRE}{m.group(0)}{_PDF}", line)
    _bidi.get_embedding_levels(line, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    return [(c["ch"], c["level"]) for c in storage["chars"]]


def _scale(base: int) -> float:
    # Latin inside Urdu is set a little smaller; in an English paragraph it is the text itself.
    return LATIN_SCALE if base else 1.0


def single_line(text: str, rtl_font: str, ltr_font: str, size: float) -> Line:
    """A line that is not wrapped (a heading), ready to draw."""
    line = Line(text, 0.0, rtl_font, ltr_font, size)
    return Line(text, line.drawn_width, rtl_font, ltr_font, size)


def visual_order(line: str, rtl_font: str, ltr_font: str, size: float,
                 base: int = 1) -> tuple[Run, ...]:
    """One line (logical order) as runs in visual order, left to right."""
    runs: list[list[object]] = []  # [text, level]
    for ch, level in _levels(line, base):
        if runs and runs[-1][1] == level:
            runs[-1][0] = f"{runs[-1][0]}{ch}"
        else:
            runs.append([ch, level])
    levels = [int(r[1]) for r in runs]  # type: ignore[call-overload]
    order = list(range(len(runs)))
    if levels:
        lowest_odd = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else 1
        for lv in range(max(levels), lowest_odd - 1, -1):
            i = 0
            while i < len(order):  # rule L2: reverse every sequence at this level or above
                if levels[order[i]] >= lv:
                    j = i
                    while j < len(order) and levels[order[j]] >= lv:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
    return tuple(_shaped_run(str(runs[k][0]), levels[k] % 2 == 1, rtl_font, ltr_font, size,
                             _scale(base)) for k in order)


def _kind(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    return "A" if kind in ("AL", "R") else "L" if kind in ("L", "EN", "AN") else "N"


@functools.lru_cache(maxsize=16384)
def word_width(word: str, rtl_font: str, ltr_font: str, base: int = 1) -> float:
    """A word's shaped width at size 1 (widths scale with size, so one shaping per word):
    Urdu letters shaped together, Latin letters and digits in the Latin face."""
    groups: list[list[str]] = []
    for ch in word:
        kind = _kind(ch)
        if groups and (kind == "N" or groups[-1][0] == kind or groups[-1][0] == "N"):
            groups[-1][0] = kind if groups[-1][0] == "N" else groups[-1][0]
            groups[-1][1] += ch
        else:
            groups.append([kind, ch])
    return sum(_shaped_run(text, kind == "A" or (kind == "N" and base == 1), rtl_font,
                           ltr_font, 1000.0, _scale(base)).width
               for kind, text in groups) / 1000


def break_lines(text: str, max_width: float, rtl_font: str, ltr_font: str,
                size: float, base: int = 1) -> list[Line]:
    """Greedy line breaking in logical order on shaped word widths; a word wider than the line
    is cut by characters. Explicit newlines start new lines. Text without any Urdu letter (an
    English phrase typed into an Urdu letter) is set left to right as it was written."""
    if not any(is_arabic(c) for c in text):
        return _latin_lines(text, max_width, ltr_font, size * _scale(base))
    space = stringWidth(" ", rtl_font, size)
    lines: list[Line] = []

    def close(words: list[str], width: float) -> None:
        lines.append(Line(" ".join(words), width, rtl_font, ltr_font, size, base=base))

    for paragraph in text.split("\n"):
        current: list[str] = []
        width = 0.0
        for word in paragraph.split():
            w = word_width(word, rtl_font, ltr_font, base) * size
            if current and width + space + w > max_width:
                close(current, width)
                current, width = [], 0.0
            if w > max_width:
                for piece in _cut(word, max_width, rtl_font, ltr_font, size):
                    close([piece], word_width(piece, rtl_font, ltr_font, base) * size)
                continue
            width = width + space + w if current else w
            current.append(word)
        if current or not paragraph.strip():
            close(current, width)
    return lines


def _latin_lines(text: str, max_width: float, font: str, size: float) -> list[Line]:
    out = []
    for part in text.split("\n"):
        for piece in simpleSplit(part, font, size, max_width) or [""]:
            width = stringWidth(piece, font, size)
            out.append(Line(piece, width, font, font, size, latin=True))
    return out


def _cut(word: str, max_width: float, rtl_font: str, ltr_font: str, size: float) -> list[str]:
    pieces, start = [], 0
    for end in range(1, len(word) + 1):
        if word_width(word[start:end], rtl_font, ltr_font) * size > max_width and \
                end - 1 > start:
            pieces.append(word[start:end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces
