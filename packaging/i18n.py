"""Translation workflow: refresh translations/*.ts from the sources, then build the .qm files.

    python packaging/i18n.py update    # extract every source string, merge it into each .ts
    python packaging/i18n.py release   # pyside6-lrelease: .ts -> .qm (build outputs)

pyside6-lupdate extracts, but its Python parser misses things this script makes up for: it
marks a message as a plural one only for `self.tr(text, "", n)` (here every message with %n
is one), it skips `self.tr(...)` inside f-strings and literals given to a module's own
`_tr(...)` helper around `QCoreApplication.translate(context, text)` (both found here with
`ast`), and its merge into an existing .ts would drop the plural forms it did not detect. So
lupdate writes a fresh file and the merge with the existing translations happens here. The
merge also adds the invisible direction marks Urdu needs (see `bidi_marks`), so translators
type plain text.
"""

from __future__ import annotations

import ast
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "victimcare" / "gui"
LANGUAGES = {"ur": "ur_PK"}  # whole interface
PLURAL_ONLY = {"en": "en_GB"}  # only the %n messages: "1 second" and "5 seconds", not "second(s)"
PLURAL_FORMS = {"en": 2, "ur": 2}  # Qt's numerus rules: singular for 1, plural otherwise
RIGHT_TO_LEFT = {"ur"}
RLM, LRM = "\u200f", "\u200e"
# A placeholder or a number like 2026-12-01 or 0300-1234567, with a "<" before it ("<5").
_NUMBERISH = re.compile(r"[<>]?(?:%[1-9n]|\d+(?:[-/.:]\d+)+)")

# Qt's own words on our screens (dialog buttons, the edit menu), which Qt ships no Urdu
# for (there is no qtbase_ur.qm). Qt looks them up under these contexts, so they can live in
# our file.
QT_WORDS = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste",
                           "Delete", "Select All"),
}

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


# Texts outside the GUI that the GUI shows translated: file → names of its module-level
# string constants and dicts of strings, and their context (the file's CONTEXT constant).
OUTSIDE_GUI = {ROOT / "victimcare" / "services" / "sync" / "reasons.py":
               ("REASONS", "DETAILS", "REFUSED", "SEPARATOR")}


def _sources() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def _outside_gui_messages(path: Path, names: tuple[str, ...]) -> list[tuple[str, str, str, int]]:
    """(context, source, comment, line) of the named constants' texts in one non-GUI file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = _string_constants(tree.body)["CONTEXT"]
    found = []
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if not (isinstance(target, ast.Name) and target.id in names and node.value):
            continue
        values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
        found += [(context, text, "", v.lineno) for v in values
                  if (text := _literal(v)) is not None]
    return found


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "",
            message.findtext("comment") or "")


def _messages(root: ET.Element):
    for context in root.iter("context"):
        for message in context.findall("message"):
            yield context, message


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _string_constants(body: list[ast.stmt]) -> dict[str, str]:
    """Names bound to a string literal in these statements (`_CTX = "Messages"`)."""
    return {target.id: value for node in body if isinstance(node, ast.Assign)
            and (value := _literal(node.value)) is not None
            for target in node.targets if isinstance(target, ast.Name)}


# A helper's context is a fixed string, or the index of the parameter that carries it.
_Helper = tuple[int, str | int]


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, _Helper]:
    """Module functions that only return `QCoreApplication.translate(context, text)` with
    `text` one of their parameters: name → (index of text, context)."""
    helpers: dict[str, _Helper] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.body) == 1
                and isinstance(node.body[0], ast.Return)):
            continue
        params = [a.arg for a in node.args.args]
        call = node.body[0].value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate" and len(call.args) == 2
                and isinstance(call.args[1], ast.Name) and call.args[1].id in params):
            continue
        context, text = call.args[0], params.index(call.args[1].id)
        if _literal(context) is not None:
            helpers[node.name] = (text, _literal(context) or "")
        elif isinstance(context, ast.Name) and context.id in constants:
            helpers[node.name] = (text, constants[context.id])
        elif isinstance(context, ast.Name) and context.id in params:
            helpers[node.name] = (text, params.index(context.id))
    return helpers


def _helper_calls(tree: ast.Module) -> list[tuple[str, str, str, int]]:
    """Literals given to the module's own translate helpers, with the context the helper
    (or the caller, through a literal or a local name for one) gives them."""
    constants = _string_constants(tree.body)
    helpers = _helpers(tree, constants)
    scopes: list[tuple[ast.AST, dict[str, str]]] = [(tree, constants)]
    scopes += [(f, {**constants, **_string_constants(f.body)}) for f in ast.walk(tree)
               if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
    found = {}
    for scope, names in scopes:
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers):
                continue
            text_at, context = helpers[node.func.id]
            if isinstance(context, int):
                arg = node.args[context] if len(node.args) > context else None
                context = _literal(arg) or (names.get(arg.id) if isinstance(arg, ast.Name)
                                            else None)
            text = _literal(node.args[text_at]) if len(node.args) > text_at else None
            if context is not None and text is not None:
                found[node.lineno, node.col_offset] = (context, text, "", node.lineno)
    return list(found.values())


def _self_tr_calls(cls: ast.ClassDef) -> list[tuple[str, str, str, int]]:
    """`self.tr("text"[, "comment"])` in a class's own methods, f-strings included."""
    found = []
    stack: list[ast.AST] = list(cls.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ClassDef):
            continue  # its calls belong to that class, found on their own
        stack.extend(ast.iter_child_nodes(node))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self" and node.args
                and _literal(node.args[0]) is not None):
            comment = _literal(node.args[1]) if len(node.args) > 1 else ""
            found.append((cls.name, _literal(node.args[0]) or "", comment or "", node.lineno))
    return found


def _missed_messages(path: Path) -> list[tuple[str, str, str, int]]:
    """(context, source, comment, line) of literals given to the module's own translate
    helpers, and of every `self.tr` call (lupdate skips those inside f-strings)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = _helper_calls(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            found += _self_tr_calls(node)
    return sorted(found, key=lambda f: f[3])


def extract() -> ET.Element:
    """Every message of the interface and the Qt words it uses, untranslated, as a <TS>."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([_tool("pyside6-lupdate"), *map(str, _sources()), "-ts", str(fresh),
                        "-silent"], check=True)
        root = ET.parse(fresh).getroot()
        for location in root.iter("location"):  # as seen from translations/: "../victimcare/…"
            source = (Path(tmp) / location.get("filename", "")).resolve()
            location.set("filename", Path(os.path.relpath(source, TRANSLATIONS)).as_posix())
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    known = {_key(c, m) for c, m in _messages(root)}
    qt_words = [(None, (context, source, "", 0)) for context, sources in QT_WORDS.items()
                for source in sources]
    missed = [(path, found) for path in _sources() for found in _missed_messages(path)]
    missed += [(path, found) for path, names in OUTSIDE_GUI.items()
               for found in _outside_gui_messages(path, names)]
    for path, (context_name, source, comment, line) in qt_words + missed:
        if (context_name, source, comment) in known:
            continue
        known.add((context_name, source, comment))
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        message = ET.SubElement(context, "message")
        if path is not None:
            ET.SubElement(message, "location", filename=Path(
                "..", path.relative_to(ROOT)).as_posix(), line=str(line))
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation", type="unfinished")
    return root


def suspicious_contexts(root: ET.Element) -> dict[str, list[str]]:
    """Contexts no class is named after: lupdate took them from `obj.tr(...)` or a local alias
    of `tr`, while at run time the string is looked up under obj's class, so it would stay
    English. The code should call `self.tr` inside the class, or
    `QCoreApplication.translate("Class", ...)`."""
    return {c.findtext("name") or "": [m.findtext("source") or "" for m in c.findall("message")]
            for c in root.iter("context") if not _is_class_name(c.findtext("name") or "")}


def _is_class_name(context: str) -> bool:
    return re.fullmatch(r"_?[A-Z]\w*", context) is not None


def _strong_before(text: str, at: int) -> str:
    for ch in reversed(text[:at]):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return ""


def bidi_marks(text: str) -> str:
    """An Urdu translation with the invisible marks Qt needs to lay it out right to left:
    a right-to-left mark first when it would start with Latin letters or a placeholder
    ("VictimCare میں سائن ان کریں" would read backwards), and a left-to-right mark before each
    placeholder or dashed number after Urdu words (2026-12-01 would show as 01-12-2026)."""
    text = text.replace(RLM, "").replace(LRM, "")
    parts, last = [], 0
    for found in _NUMBERISH.finditer(text):
        parts.append(text[last:found.start()])
        if _strong_before(text, found.start()) in ("R", "AL"):
            parts.append(LRM)
        parts.append(found.group())
        last = found.end()
    parts.append(text[last:])
    text = "".join(parts)
    for ch in text:
        kind = "L" if ch == "%" else unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return text
        if kind == "L":
            return RLM + text
    return text


def _with_bidi_marks(translation: ET.Element) -> ET.Element:
    for element in translation.findall("numerusform") or [translation]:
        if element.text:
            element.text = bidi_marks(element.text)
    return translation


def _plural_translation(forms: list[str], unfinished: bool) -> ET.Element:
    translation = ET.Element("translation", {"type": "unfinished"} if unfinished else {})
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text
    return translation


def _carried(old: ET.Element, plural: bool, forms: int, unfinished: bool) -> ET.Element:
    """An earlier translation, reshaped when a message became (or stopped being) a plural one."""
    numerus = [f.text or "" for f in old.findall("numerusform")]
    if plural and not numerus:
        return _plural_translation([old.text or ""] * forms, True)
    if not plural and numerus:
        translation = ET.Element("translation", type="unfinished")
        translation.text = numerus[-1]
        return translation
    translation = copy.deepcopy(old)
    if unfinished:
        translation.set("type", "unfinished")
    return translation


def merge(fresh: ET.Element, old: ET.Element | None, lang: str, locale: str, *,
          plural_only: bool = False) -> ET.Element:
    """The fresh messages with the translations of `old`: same context, source and comment
    first; otherwise the same source in another context, marked unfinished for a check
    (unless it comes from a context no class has: then the code was fixed, not the words).
    Messages gone from the sources are dropped."""
    by_key: dict[Key, ET.Element] = {}
    by_source: dict[str, ET.Element] = {}
    fixed: dict[str, ET.Element] = {}
    if old is not None:
        for context, message in _messages(old):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            by_key[_key(context, message)] = translation
            if translation.get("type") != "unfinished":
                source = message.findtext("source") or ""
                by_source.setdefault(source, translation)
                if not _is_class_name(context.findtext("name") or ""):
                    fixed[source] = translation
    root = copy.deepcopy(fresh)
    root.attrib = {"version": "2.1", "language": locale, "sourcelanguage": "en"}
    for context in list(root.iter("context")):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            plural = "%n" in source
            if plural_only and not plural:
                context.remove(message)
                continue
            if plural:
                message.set("numerus", "yes")
            else:
                message.attrib.pop("numerus", None)
            previous = by_key.get(_key(context, message))
            unfinished = previous is None and source not in fixed
            previous = previous if previous is not None else fixed.get(
                source, by_source.get(source))
            if previous is not None:
                translation = _carried(previous, plural, PLURAL_FORMS[lang], unfinished)
            elif plural:
                translation = _plural_translation([""] * PLURAL_FORMS[lang], True)
            else:
                translation = ET.Element("translation", type="unfinished")
            if lang in RIGHT_TO_LEFT:
                translation = _with_bidi_marks(translation)
            index = list(message).index(message.find("translation"))
            message.remove(message[index])
            message.insert(index, translation)
        if not context.findall("message"):
            root.remove(context)
    return root


def write(root: ET.Element, path: Path) -> None:
    tree = ET.ElementTree(copy.deepcopy(root))
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def update() -> None:
    fresh = extract()
    targets = [(lang, locale, False) for lang, locale in LANGUAGES.items()]
    targets += [(lang, locale, True) for lang, locale in PLURAL_ONLY.items()]
    for lang, locale, plural_only in targets:
        ts = TRANSLATIONS / f"victimcare_{lang}.ts"
        old = ET.parse(ts).getroot() if ts.exists() else None
        merged = merge(fresh, old, lang, locale, plural_only=plural_only)
        write(merged, ts)
        messages = [m for _c, m in _messages(merged)]
        unfinished = sum(m.find("translation").get("type") == "unfinished" for m in messages)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} messages, {unfinished} unfinished")
    for context, sources in suspicious_contexts(fresh).items():
        print(f"warning: context {context!r} is no class, so these stay English at run time: "
              + "; ".join(sources), file=sys.stderr)


def release(out_dir: Path | None = None) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("victimcare_*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit("usage: python packaging/i18n.py update|release")
    commands[sys.argv[1]]()
