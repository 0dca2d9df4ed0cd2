"""The `victimcare` command: no subcommand opens the desktop app, a subcommand runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0].startswith("--data") or args[0] in ("--lang",):
        # Only the GUI path imports Qt, so headless commands start fast and need no display.
        from victimcare.gui.app import run_gui
        return run_gui(args)
    from victimcare.cli import main as cli_main
    return cli_main(args)
