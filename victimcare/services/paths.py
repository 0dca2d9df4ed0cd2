"""Where an installation keeps its files, and the platform's default data folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


def default_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "VictimCare"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "VictimCare"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "victimcare"


@dataclass(frozen=True)
class InstallationPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "victimcare.db"

    @property
    def keyslots(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def throttle(self) -> Path:
        return self.data_dir / "login-throttle.json"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def exists(self) -> bool:
        return self.database.exists() or self.keyslots.exists()
