"""Dialogs for short tasks on a case: consent, needs, risk, follow-ups, notes, attachments."""
