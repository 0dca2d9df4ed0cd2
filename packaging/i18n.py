"""Translation workflow: refresh translations/*.ts from the sources, then build the .qm files.

    python packaging/i18n.py update    # pyside6-lupdate: new source strings into every .ts
    python packaging/i18n.py release   # pyside6-lrelease: .ts -> .qm (not committed)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ur",)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "victimcare" / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = ROOT / "translations" / f"victimcare_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts.relative_to(ROOT)),
                        "-no-obsolete"], cwd=ROOT, check=True)


def release() -> None:
    for ts in sorted((ROOT / "translations").glob("victimcare_*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit("usage: python packaging/i18n.py update|release")
    commands[sys.argv[1]]()
