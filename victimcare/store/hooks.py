"""Derived tables kept current after every write: the person search and duplicate blocking."""

from __future__ import annotations

from victimcare.store import person_blocks, search

# table written → functions(db, table, row_id) run in the same transaction (records.Hook).
WRITE_HOOKS = {
    "person": (search.on_person, person_blocks.on_person),
    "contact_point": (search.on_person_child, person_blocks.on_contact),
    "case_member": (search.on_person_child,),
    "vc_case": (search.on_case,),
}
