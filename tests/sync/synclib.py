"""A hub and two offices set up the way the CLI does it, and helpers to move bundles around."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.model import ENTITIES
from victimcare.services import accounts
from victimcare.services.installation import sign_in
from victimcare.services.session import Session
from victimcare.services.sync import devices, export, importer, profile
from victimcare.services.sync.setup import init_hub, init_join
from victimcare.store.db import Database
from victimcare.store.keyslots import FAST_KDF

PW = "office-keys-2026"
USER_PW = "a-good-password-1"
HUB = "PK-HUB"
OFFICES = ("PB-LHR", "KP-PEW")


class Net:
    """Installations in one folder; `s(name)` is a coordinator session (caseworker: `cw(name)`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._sessions: dict[tuple[str, str], Session] = {}
        self.out = root / "bundles"
        self.out.mkdir(exist_ok=True)

    def dir(self, name: str) -> Path:
        return self.root / name

    def login(self, name: str, user: str) -> Session:
        key = (name, user)
        s = self._sessions.get(key)
        if s is None or not s.is_open:
            s = sign_in(self.dir(name), user, PW if user == "admin" else USER_PW)
            self._sessions[key] = s
        return s

    def s(self, name: str) -> Session:
        return self.login(name, "coord")

    def cw(self, name: str) -> Session:
        return self.login(name, "cw")

    def close(self) -> None:
        for s in self._sessions.values():
            s.close()
        self._sessions.clear()

    def export(self, src: str, dst: str | None = None) -> Path:
        return export.export_bundle(self.s(src), dst, out_dir=self.out).path

    def imp(self, dst: str, path: Path, **kw: Any) -> importer.ImportResult:
        return importer.import_bundle(self.s(dst), path, **kw)

    def round(self) -> None:
        """Every office → hub, then hub → every office."""
        for o in OFFICES:
            self.imp(HUB, self.export(o))
        for o in OFFICES:
            self.imp(o, self.export(HUB, o))


def build_network(root: Path, offices: tuple[str, ...] = OFFICES) -> None:
    """As the CLI does it: a hub, then each office joins from its profile and is trusted."""
    root.mkdir(parents=True, exist_ok=True)
    init_hub(root / HUB, office_code=HUB, admin_username="admin", admin_password=PW, kdf=FAST_KDF)
    admin = sign_in(root / HUB, "admin", PW)
    accounts.create_user(admin, "coord", "Hub Coordinator", ["coordinator"], password=USER_PW)
    admin.close()
    hub = sign_in(root / HUB, "coord", USER_PW)
    profile.export_profile(hub, root / "org.vcprofile")
    for office in offices:
        init_join(root / office, root / "org.vcprofile", office_code=office,
                  admin_username="admin", admin_password=PW, kdf=FAST_KDF)
        admin = sign_in(root / office, "admin", PW)
        for user, roles in (("cw", ["caseworker"]), ("coord", ["coordinator"]),
                            ("sup", ["supervisor"])):
            accounts.create_user(admin, user, f"{office} {user}", roles, password=USER_PW)
        admin.close()
        # First contact: the office's bundle shows a fingerprint that the hub confirms.
        s = sign_in(root / office, "coord", USER_PW)
        path = export.export_bundle(s, out_dir=root).path
        s.close()
        candidate = devices.candidate_from_bundle(path)
        devices.trust(hub, candidate, candidate.fingerprint)
        importer.import_bundle(hub, path)
        path.unlink()
    hub.close()


def fresh_net(template: Path, dest: Path) -> Net:
    """For tests that need several networks in one test (property tests)."""
    shutil.copytree(template, dest)
    return Net(dest)


# -- comparing installations -------------------------------------------------------------------
def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: the whole logical content of a database."""
    out = {}
    for (name,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        rows = db.query(f"SELECT * FROM \"{name}\"")
        out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def synced_rows(db: Database, office: str | None) -> dict[str, list[tuple[Any, ...]]]:
    """Synced rows an installation holds, limited to what `office` may hold (None: all)."""
    out = {}
    for ent in ENTITIES:
        rows = db.query(f"SELECT * FROM {ent.table} ORDER BY id")
        keep = [r for r in rows
                if office is None or sync_rules.in_scope(ent.table, r["office"], office)]
        out[ent.table] = [tuple((k, json.loads(r[k]) if k == "versions" else r[k])
                                for k in r.keys()) for r in keep]  # noqa: SIM118
    return out


def sample_incident(district: str) -> dict[str, Any]:
    return {"occurred_on": "2026-03-14", "district": district, "place_type": "market",
            "attack_types": ["bombing"], "weapon_types": ["ied"], "fir_reference": "FIR 112/26"}


def sample_families() -> list[dict[str, Any]]:
    return [
        {"members": [
            {"given_name": "Muhammad", "family_name": "Aslam", "guardian_name": "Ghulam Rasool",
             "guardian_relation": "s_o", "sex": "male", "age_estimate": 42,
             "cnic": "35202-1234567-1", "mobile": "0300-1234567",
             "victim_category": "direct_injured", "harms": ["grievous_injury"]},
            {"given_name": "Naseem", "family_name": "Bibi", "guardian_name": "Muhammad Aslam",
             "guardian_relation": "w_o", "sex": "female", "age_estimate": 38,
             "victim_category": "indirect_family", "relationship": "spouse", "dependant": True},
        ]},
        {"members": [
            {"given_name": "Ayesha", "family_name": "Khan", "guardian_name": "Imran Khan",
             "guardian_relation": "d_o", "sex": "female", "date_of_birth": "2001-05-02",
             "victim_category": "direct_psychological"},
        ]},
    ]


# -- forging bundles (a sender with a real key that writes something wrong) --------------------
def device_of(session: Session) -> Any:
    from victimcare.store import sync_store
    return sync_store.get_device(session.db, session.device)


def forge(sender: Session, recipient: Session, items: list[Any] | bytes, *,
          override: dict[str, Any] | None = None, signer: Session | None = None,
          plain_size: int | None = None, compressed: bytes | None = None,
          version: int = 1) -> bytes:
    """A bundle written outside the exporter: any header value, any payload, a real signature."""
    import hashlib
    import os
    import zlib

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from victimcare.domain.ids import uuid7
    from victimcare.services.sync import bundle_format as fmt

    me, to = device_of(sender), device_of(recipient)
    key_of = device_of(signer or sender)
    plain = items if isinstance(items, bytes) else fmt.ndjson(items)
    packed = compressed if compressed is not None else zlib.compress(plain)
    n_changes = 0 if isinstance(items, bytes) else sum(
        1 for i in items if isinstance(i, dict) and i.get("type") == "change")
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes_raw()
    nonce = os.urandom(12)
    from victimcare.store import sync_store
    top = sync_store.max_seq(sender.db)
    header = {
        "format": 1, "bundle_id": uuid7(),
        "kind": "office_to_hub" if not sender.is_hub else "hub_to_office",
        "sender": me.id, "sender_office": sender.office,
        "sender_sign_public": fmt.b64(me.sign_public), "sender_kx_public": fmt.b64(me.kx_public),
        "recipient": to.id, "created_at": "2026-03-14T10:00:00.000+00:00", "sequence": 1,
        "seq_from": 0, "seq_to": top, "audit_from": 0, "audit_to": 0,
        "ack": {"changes": 0, "audit": 0},
        "counts": {"changes": n_changes, "audit": 0, "blobs": 0, "devices": 0},
        "payload_size": len(packed) + 16, "payload_sha256": hashlib.sha256(packed).hexdigest(),
        "plain_size": len(plain) if plain_size is None else plain_size,
        "compression": "zlib", "cipher": "AES-256-GCM", "kdf": "X25519-HKDF-SHA256",
        "ephemeral_public": fmt.b64(eph_public), "nonce": fmt.b64(nonce),
        **(override or {}),
    }
    header_bytes = fmt.canonical(header)
    prefix = fmt.PREFIX.pack(fmt.MAGIC, version, len(header_bytes))
    shared = eph.exchange(X25519PublicKey.from_public_bytes(to.kx_public))
    key = fmt.payload_key(shared, eph_public, to.kx_public)
    body = prefix + header_bytes + AESGCM(key).encrypt(nonce, packed, prefix + header_bytes)
    return body + fmt.sign(key_of.sign_private, body)


def change(sender: Session, table: str, row_id: str, fields: dict[str, Any], *,
           op: str = "insert", office: str | None = None) -> dict[str, Any]:
    """One change line as the sender's exporter would write it."""
    from victimcare.store import sync_store
    hlc = sender.clock.now()
    seq = max(1, sync_store.max_seq(sender.db))
    full = {k: [v, hlc, None, seq] for k, v in fields.items()}
    if op == "insert":
        full.update({"office": [office or sender.office, hlc, None, seq],
                     "created_at": ["2026-03-14T10:00:00.000+00:00", hlc, None, seq],
                     "created_by": [None, hlc, None, seq]})
    return {"type": "change", "table": table, "id": row_id, "op": op, "seq": seq,
            "origin": sender.device, "fields": full}


def edit(session: Session, table: str, row_id: str, **values: Any) -> None:
    """A local edit through the single write path, as any service makes it."""
    with session.unit(None) as unit:
        unit.records.update(table, row_id, values)


def delete(session: Session, table: str, row_id: str) -> None:
    with session.unit(None) as unit:
        unit.records.delete(table, row_id)


def value(session: Session, table: str, row_id: str, name: str) -> Any:
    return session.db.scalar(f"SELECT {name} FROM {table} WHERE id = ?", (row_id,))


def conflict_rows(session: Session) -> list[Any]:
    return session.db.query("SELECT * FROM conflict ORDER BY detected_at")
