"""Allows `python -m victimcare`, same as the `victimcare` command."""

from victimcare.launcher import main

raise SystemExit(main())
