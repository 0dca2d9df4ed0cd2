"""Storage layer: the encrypted database, key slots, schema, records, change log, audit, search."""
