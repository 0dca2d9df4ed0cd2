"""Allows `python -m victimcare`."""

from victimcare.cli import main

raise SystemExit(main())
