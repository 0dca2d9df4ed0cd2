"""Reusable input widgets: validated CNIC, mobile and date fields, reference-list pickers."""
