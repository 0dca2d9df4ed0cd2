"""Urdu lines: broken in logical order within the width, runs laid out right to left, numbers
kept left to right, and each Urdu run shaped (joined) by HarfBuzz."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapedStr

from victimcare.services.letters import layout, urdu

NASTALIQ, SANS = "VC-Nastaliq", "VC-Sans"
TEXT = ("براہِ کرم اس خط کی وصولی کی تصدیق کریں اور نیچے درج کیس ورکر کو بتائیں کہ کیا آپ یہ "
        "خدمت فراہم کر سکتے ہیں، اور بعد میں اس کا نتیجہ بھی بتائیں۔")


def test_lines_break_in_logical_order_within_the_width():
    layout.register_fonts()
    lines = urdu.break_lines(TEXT, 150, NASTALIQ, SANS, 10)
    assert len(lines) >= 3
    assert " ".join(line.logical for line in lines) == TEXT  # no word lost or moved
    assert all(line.drawn_width <= 150 + 0.5 for line in lines)
    assert lines[0].logical.startswith("براہِ کرم")  # the first words open the first line


def test_runs_are_laid_out_right_to_left_with_numbers_left_to_right():
    layout.register_fonts()
    runs = urdu.visual_order("اس فرد نے 10-01-2026 کو فون 0300-1234567 پر", NASTALIQ, SANS, 10)
    latin = [r.text for r in runs if r.font == SANS]
    assert latin == ["0300-1234567", "10-01-2026"]  # leftmost first: the later number
    urdu_runs = [r for r in runs if r.font == NASTALIQ and r.text.strip()]
    assert all(isinstance(r.text, ShapedStr) for r in urdu_runs)  # joined by HarfBuzz
    assert urdu.base_level("Dear Sana, علاج") == 0 and urdu.base_level("علاج, Dear") == 1


def test_an_english_phrase_in_an_urdu_letter_keeps_its_order():
    layout.register_fonts()
    lines = urdu.break_lines("Walks with crutches.", 300, NASTALIQ, SANS, 10)
    assert [r.text for r in lines[0].runs] == ["Walks with crutches."]
