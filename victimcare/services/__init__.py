"""Use cases: each public call is one transaction that checks permission, validates and audits."""
