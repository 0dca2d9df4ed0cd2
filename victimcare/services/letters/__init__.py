"""PDF letters and forms (ReportLab): referral letters, consent forms, case summaries."""
