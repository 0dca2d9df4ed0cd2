"""Qt item models: thin table models over lists of rows, tested with qtmodeltester."""
