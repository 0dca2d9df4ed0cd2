"""Translations: complete, placeholders kept, Urdu letters, built and loaded by Qt; the workflow."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from victimcare.domain.errors import BundleRejected
from victimcare.gui.messages import describe
from victimcare.services.sync import reasons

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("victimcare_*.ts"))
URDU = TRANSLATIONS / "victimcare_ur.ts"
ENGLISH = TRANSLATIONS / "victimcare_en.ts"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# Arabic letters that look like Urdu ones but break Urdu fonts, sorting and search:
# kaf, yeh, heh and alef maksura instead of keheh (ک), farsi yeh (ی), heh goal (ہ).
ARABIC_ONLY = "كيهى"
# Contexts lupdate took from `obj.tr(...)` or a local alias of tr: at run time Qt looks these
# strings up under the object's class, so they stay English until the code names its class.
# New code must not add to this list; remove entries as the code is fixed.
_AWAITING_FIX: set[str] = set()


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "packaging" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path):
    """(context, source, numerus, finished, [translated texts]) for every message."""
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield (context.findtext("name") or "", message.findtext("source") or "",
                   message.get("numerus") == "yes", translation.get("type") is None,
                   forms if forms else [translation.text or ""])


def _needs(tool: str) -> None:
    if not (shutil.which(tool) or Path(sys.executable).with_name(tool).exists()):
        pytest.skip(f"{tool} is not installed")


def test_the_urdu_and_english_files_exist_and_parse() -> None:
    assert URDU in TS_FILES and ENGLISH in TS_FILES
    for path in TS_FILES:
        root = ET.parse(path).getroot()
        assert root.tag == "TS"
        assert root.get("language")
        assert list(_messages(path))


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders_of_its_source(path: Path) -> None:
    wrong = [(context, source, text)
             for context, source, _numerus, _finished, texts in _messages(path)
             for text in texts
             if text and sorted(set(PLACEHOLDER.findall(text)))
             != sorted(set(PLACEHOLDER.findall(source)))]
    assert wrong == []


def test_every_urdu_message_is_translated_and_finished() -> None:
    unfinished = [(context, source) for context, source, _numerus, finished, texts
                  in _messages(URDU) if not finished or not all(t.strip() for t in texts)]
    assert unfinished == []


def test_urdu_uses_urdu_letters_not_arabic_look_alikes() -> None:
    arabic = [(source, text) for _context, source, _numerus, _finished, texts in _messages(URDU)
              for text in texts if any(letter in text for letter in ARABIC_ONLY)]
    assert arabic == []


def test_messages_with_a_count_have_plural_forms() -> None:
    for path in TS_FILES:
        for context, source, numerus, _finished, texts in _messages(path):
            if "%n" in source:
                assert numerus and len(texts) == 2, (path.name, context, source)


def test_the_english_file_holds_only_finished_plural_messages() -> None:
    messages = list(_messages(ENGLISH))
    assert messages
    assert all(numerus and finished for _c, _s, numerus, finished, _t in messages)


def test_every_context_is_a_class_the_code_looks_strings_up_in() -> None:
    suspicious = _i18n().suspicious_contexts(ET.parse(URDU).getroot())
    assert set(suspicious) <= _AWAITING_FIX


def test_built_translations_turn_the_interface_into_urdu(qapp, tmp_path: Path) -> None:
    _needs("pyside6-lrelease")
    built = _i18n().release(tmp_path)  # what `python packaging/i18n.py release` runs
    urdu, english = tmp_path / "victimcare_ur.qm", tmp_path / "victimcare_en.qm"
    assert urdu in built and english in built
    translator = QTranslator()
    assert translator.load(str(urdu))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Messages", "This is required.") == "یہ ضروری ہے۔"
        assert QCoreApplication.translate("CaseListPage", "Cases") == "کیسز"
        assert QCoreApplication.translate("Labels", "S/o") == "ولد"
        assert QCoreApplication.translate("Fields", "Father's or husband's name") == \
            "والد یا شوہر کا نام"
        wait = QCoreApplication.translate(
            "Messages", "Too many wrong passwords. Try again in %n second(s).", None, 30)
        assert "30 سیکنڈ" in wait
        # Qt has no Urdu of its own: our file carries the words of its standard buttons.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ٹھیک ہے"
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "منسوخ کریں"
    finally:
        QCoreApplication.removeTranslator(translator)

    plural = QTranslator()
    assert plural.load(str(english))
    QCoreApplication.installTranslator(plural)
    try:
        source = "Too many wrong passwords. Try again in %n second(s)."
        assert QCoreApplication.translate("Messages", source, None, 1).endswith("in 1 second.")
        assert QCoreApplication.translate("Messages", source, None, 5).endswith("in 5 seconds.")
    finally:
        QCoreApplication.removeTranslator(plural)


_FRESH = """<TS version="2.1"><context><name>Page</name>
<message><source>Cases</source><translation type="unfinished"/></message>
<message><source>%n case(s)</source><translation type="unfinished"/></message>
<message><source>Renamed</source><translation type="unfinished"/></message>
<message><source>Save a copy</source><translation type="unfinished"/></message>
</context></TS>"""
_OLD = """<TS version="2.1" language="ur_PK"><context><name>Page</name>
<message><source>Cases</source><translation>کیسز</translation></message>
<message numerus="yes"><source>%n case(s)</source><translation>
<numerusform>%n کیس</numerusform><numerusform>%n کیس</numerusform></translation></message>
<message><source>Gone</source><translation>ختم</translation></message>
</context><context><name>OldPage</name>
<message><source>Renamed</source><translation>نیا نام</translation></message>
</context><context><name>parent</name>
<message><source>Save a copy</source><translation>نقل محفوظ کریں</translation></message>
</context></TS>"""


def test_an_update_keeps_translations_and_plural_forms_and_drops_what_is_gone() -> None:
    i18n = _i18n()
    merged = i18n.merge(ET.fromstring(_FRESH), ET.fromstring(_OLD), "ur", "ur_PK")
    messages = {m.findtext("source"): m for m in merged.iter("message")}
    assert set(messages) == {"Cases", "%n case(s)", "Renamed", "Save a copy"}
    assert messages["Cases"].findtext("translation") == "کیسز"
    plural = messages["%n case(s)"]
    assert plural.get("numerus") == "yes"
    assert [f.text for f in plural.iter("numerusform")] == [i18n.bidi_marks("%n کیس")] * 2
    assert plural.find("translation").get("type") is None
    moved = messages["Renamed"].find("translation")  # same words, another class: check it
    assert (moved.text, moved.get("type")) == ("نیا نام", "unfinished")
    fixed = messages["Save a copy"].find("translation")  # the code now names its class
    assert (fixed.text, fixed.get("type")) == ("نقل محفوظ کریں", None)


def test_the_english_file_gets_only_the_plural_messages() -> None:
    merged = _i18n().merge(ET.fromstring(_FRESH), None, "en", "en_GB", plural_only=True)
    assert [m.findtext("source") for m in merged.iter("message")] == ["%n case(s)"]


def test_extraction_finds_texts_outside_classes_behind_helpers_and_in_f_strings() -> None:
    _needs("pyside6-lupdate")
    fresh = _i18n().extract()
    found = {(c.findtext("name"), m.findtext("source")) for c in fresh.iter("context")
             for m in c.findall("message")}
    assert ("Messages", "This is required.") in found  # QT_TRANSLATE_NOOP
    assert ("Fields", "CNIC") in found
    assert ("Messages", "Something went wrong. Nothing was changed.") in found  # _tr(...)
    assert ("Messages", "Row %1, ") in found
    assert ("ConflictsPage", "unknown device") in found  # self.tr inside an f-string
    assert ("CaseTabs", "Valid until %1") in found  # _tr(ctx, ...) with ctx = "CaseTabs"
    # The bundle refusals live in services (no Qt there), and every one is extracted.
    texts = [*reasons.REASONS.values(), *reasons.DETAILS.values(), reasons.REFUSED,
             reasons.SEPARATOR]
    assert {(reasons.CONTEXT, t) for t in texts} <= found


def test_a_refused_bundle_is_explained_in_urdu(qapp, tmp_path: Path) -> None:
    _needs("pyside6-lrelease")
    _i18n().release(tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "victimcare_ur.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = describe(BundleRejected("bad_signature", file="PB-LHR.vcbundle", line=3))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text.startswith("بنڈل کے دستخط")
    assert "فائل: PB-LHR.vcbundle" in text and "سطر: 3" in text and "، " in text
    assert "signature" not in text
    # Without a translator (and in the CLI) the same refusal reads in English.
    assert describe(BundleRejected("bad_signature")).startswith("The bundle's signature")


def test_urdu_carries_the_marks_that_keep_it_right_to_left_and_numbers_in_order() -> None:
    bidi_marks = _i18n().bidi_marks
    unmarked = [text for _context, _source, _numerus, _finished, texts in _messages(URDU)
                for text in texts if text != bidi_marks(text)]
    assert unmarked == []


def test_bidi_marks_where_qt_would_read_a_sentence_or_a_date_backwards() -> None:
    bidi_marks = _i18n().bidi_marks
    rlm, lrm = "\u200f", "\u200e"
    assert bidi_marks("VictimCare میں سائن ان کریں") == rlm + "VictimCare میں سائن ان کریں"
    assert bidi_marks("%1 کیس") == rlm + "%1 کیس"
    assert bidi_marks("خطرے کا اگلا جائزہ: %1") == "خطرے کا اگلا جائزہ: " + lrm + "%1"
    assert bidi_marks("مثلاً 0300-1234567") == "مثلاً " + lrm + "0300-1234567"
    assert bidi_marks("یہ ضروری ہے۔") == "یہ ضروری ہے۔"
    assert bidi_marks(bidi_marks("پیدائش %2")) == bidi_marks("پیدائش %2")
