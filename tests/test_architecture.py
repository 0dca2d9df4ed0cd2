"""The layer rules of ARCHITECTURE.md, checked on the parsed imports of every module."""

from __future__ import annotations

import ast
import functools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import victimcare

PACKAGE = Path(victimcare.__file__).resolve().parent
STDLIB = frozenset(sys.stdlib_module_names)

# What each layer may import besides the standard library. Names are import prefixes:
# "victimcare.domain" allows victimcare.domain and everything under it.
OWN = {
    "domain": {"victimcare.domain"},
    "store": {"victimcare.domain", "victimcare.store"},
    "services": {"victimcare.domain", "victimcare.store", "victimcare.services"},
    "cli": {"victimcare.domain", "victimcare.services", "victimcare.cli"},
    "launcher": {"victimcare.gui", "victimcare.cli"},
    "main": {"victimcare.launcher"},
    "package": set(),
}
THIRD_PARTY = {
    "domain": set(),
    "store": {"cryptography", "sqlcipher3"},
    "services": {"cryptography", "reportlab", "bidi", "uharfbuzz", "rapidfuzz", "xlsxwriter"},
    "cli": set(),
    "launcher": set(),
    "main": set(),
    "package": set(),
}
SQLCIPHER_HOME = "store/db.py"


def layer_of(relative: str) -> str | None:
    """The layer of a module, from its path inside the package ("store/db.py" → "store")."""
    parts = relative.split("/")
    if len(parts) > 1:
        return parts[0] if parts[0] in ("domain", "store", "services", "gui") else None
    name = parts[0].removesuffix(".py")
    if name == "cli" or name.startswith("cli_"):  # cli.py and the sub-command modules it loads
        return "cli"
    return {"launcher": "launcher", "__main__": "main", "__init__": "package"}.get(name)


def _module_name(relative: str) -> str:
    dotted = relative.removesuffix(".py").replace("/", ".")
    dotted = dotted.removesuffix(".__init__").removesuffix("__init__")
    return f"victimcare.{dotted}".rstrip(".")


def _is_module(dotted: str) -> bool:
    if not dotted.startswith("victimcare."):
        return False
    path = PACKAGE.joinpath(*dotted.split(".")[1:])
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imports(relative: str, source: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in the file, at any depth, including
    `from pkg import module`, relative imports and importlib.import_module("constant")."""
    here = _module_name(relative)
    package = here if relative.endswith("__init__.py") else here.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source, relative)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:
                if _is_module(f"{module}.{alias.name}"):
                    yield node.lineno, f"{module}.{alias.name}"
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                   or (isinstance(node.func, ast.Name)
                       and node.func.id in ("import_module", "__import__")))):
            yield node.lineno, node.args[0].value


def _under(name: str, prefixes: set[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def rule_broken(relative: str, name: str) -> str | None:
    """Why importing `name` from the module at `relative` breaks the table, or None."""
    layer = layer_of(relative)
    if layer is None:
        return "module outside every layer of ARCHITECTURE.md"
    top = name.split(".")[0]
    if top == "sqlcipher3" and relative != SQLCIPHER_HOME:
        return f"only {SQLCIPHER_HOME} may import sqlcipher3"
    if top == "__future__" or (top in STDLIB and top != "victimcare"):
        return None
    if layer == "gui":
        return "gui may not import the cli" if _under(name, {"victimcare.cli"}) or (
            name.startswith("victimcare.cli_")) else None
    if top == "victimcare":
        if name == "victimcare" or _under(name, OWN[layer]):
            return None
        if layer == "cli" and name.startswith("victimcare.cli_"):
            return None
        return f"{layer} may not import {'.'.join(name.split('.')[:2])}"
    if top in THIRD_PARTY[layer]:
        return None
    return f"{layer} may not import {top}"


def violations(relative: str, source: str) -> list[str]:
    out, seen = [], set()
    for line, name in imports(relative, source):
        why = rule_broken(relative, name)
        if why and (line, why) not in seen:  # `from pkg import mod` is one import, one report
            seen.add((line, why))
            out.append(f"victimcare/{relative}:{line} imports {name} ({why})")
    return out


@functools.cache
def _all_violations() -> tuple[str, ...]:
    found = []
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 30
    for path in files:
        relative = path.relative_to(PACKAGE).as_posix()
        found += violations(relative, path.read_text("utf-8"))
    return tuple(found)


def test_every_module_keeps_to_its_layer() -> None:
    found = _all_violations()
    assert found == (), "\n".join(found)


# -- the checker catches what it should ----------------------------------------------------
@pytest.mark.parametrize(("relative", "source", "expected"), [
    ("domain/x.py", "def f():\n    import sqlcipher3\n",
     "victimcare/domain/x.py:2 imports sqlcipher3 (only store/db.py may import sqlcipher3)"),
    ("domain/x.py", "from victimcare.store import db\n",
     "victimcare/domain/x.py:1 imports victimcare.store (domain may not import victimcare.store)"),
    ("domain/x.py", "import cryptography\n",
     "victimcare/domain/x.py:1 imports cryptography (domain may not import cryptography)"),
    ("domain/x.py", "import importlib\nimportlib.import_module('PySide6.QtCore')\n",
     "victimcare/domain/x.py:2 imports PySide6.QtCore (domain may not import PySide6)"),
    ("store/records.py", "import sqlcipher3\n",
     "victimcare/store/records.py:1 imports sqlcipher3 (only store/db.py may import sqlcipher3)"),
    ("store/x.py", "from ..services import session\n",
     "victimcare/store/x.py:1 imports victimcare.services "
     "(store may not import victimcare.services)"),
    ("services/x.py", "from PySide6 import QtCore\n",
     "victimcare/services/x.py:1 imports PySide6 (services may not import PySide6)"),
    ("services/x.py", "import shiboken6\n",
     "victimcare/services/x.py:1 imports shiboken6 (services may not import shiboken6)"),
    ("services/x.py", "from .. import gui\n",
     "victimcare/services/x.py:1 imports victimcare.gui (services may not import victimcare.gui)"),
    ("services/x.py", "import numpy\n",
     "victimcare/services/x.py:1 imports numpy (services may not import numpy)"),
    ("cli.py", "from victimcare.store.keyslots import FAST_KDF\n",
     "victimcare/cli.py:1 imports victimcare.store.keyslots (cli may not import victimcare.store)"),
    ("cli_extra.py", "def run():\n    from PySide6.QtWidgets import QApplication\n",
     "victimcare/cli_extra.py:2 imports PySide6.QtWidgets (cli may not import PySide6)"),
    ("gui/x.py", "from victimcare import cli\n",
     "victimcare/gui/x.py:1 imports victimcare.cli (gui may not import the cli)"),
    ("reports.py", "import json\n",
     "victimcare/reports.py:1 imports json (module outside every layer of ARCHITECTURE.md)"),
])
def test_checker_reports_each_broken_rule(relative: str, source: str, expected: str) -> None:
    assert violations(relative, source) == [expected]


@pytest.mark.parametrize(("relative", "source"), [
    ("domain/x.py", "from __future__ import annotations\nimport json, re\nfrom . import enums\n"),
    ("store/db.py", "import sqlcipher3\nfrom victimcare.domain.errors import StoreError\n"),
    ("store/x.py", "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n"),
    ("services/x.py", "from reportlab.pdfgen import canvas\nfrom bidi.algorithm import x\n"
                      "import uharfbuzz\nfrom victimcare.store import records\n"),
    ("gui/x.py", "from PySide6.QtCore import Qt\nfrom victimcare.services import cases\n"),
    ("cli.py", "from victimcare import __version__\nfrom victimcare import cli_bundle\n"
               "import importlib\nimportlib.import_module('victimcare.services.demo')\n"),
    ("launcher.py", "def main():\n    from victimcare.gui.app import run_gui\n"
                    "    from victimcare.cli import main\n"),
    ("__main__.py", "from victimcare.launcher import main\n"),
])
def test_checker_allows_what_the_table_allows(relative: str, source: str) -> None:
    assert violations(relative, source) == []
