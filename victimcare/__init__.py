"""VictimCare: encrypted, offline-first case management for victims of terrorism."""

__version__ = "0.1.0"
