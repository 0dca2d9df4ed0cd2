"""Derived tables kept current after every write: person search, duplicate blocking and the
dashboard facts."""

from __future__ import annotations

from victimcare.store import person_blocks, report_facts, search

# table written → functions(db, table, row_ids) run in the same transaction (records.Hook).
WRITE_HOOKS = {
    "person": (search.on_person, person_blocks.on_person, report_facts.on_person),
    "contact_point": (search.on_person_child, person_blocks.on_contact),
    "case_member": (search.on_person_child, report_facts.on_case_child),
    "vc_case": (search.on_case, report_facts.on_case),
    "incident": (report_facts.on_incident,),
    "need_item": (report_facts.on_case_child,),
    "referral": (report_facts.on_case_child,),
    "referral_event": (report_facts.on_referral_event,),
    "follow_up": (report_facts.on_case_child,),
}
