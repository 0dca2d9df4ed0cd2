"""Sync between installations: device keys, profiles, bundles, merge and conflict review."""
