"""The Qt desktop interface: windows, dialogs, models and the background-task helper."""
