"""Bundle file format v1 (docs/bundle-format.md): writing, and the strict reader's steps."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from victimcare.domain import sync_rules
from victimcare.domain.errors import BundleRejected
from victimcare.domain.sync_rules import Limits

MAGIC = b"VCBUNDLE"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">8sHI")     # magic, format version, header length
SIGNATURE_BYTES = 64
HKDF_INFO = b"victimcare bundle v1"
COMPRESSION = "zlib"
CIPHER = "AES-256-GCM"
KDF = "X25519-HKDF-SHA256"
TAG_BYTES = 16

_B64_32 = "b64:32"
_B64_12 = "b64:12"
# Every header key, the JSON type it must have, and for strings a length bound or encoding.
HEADER_FIELDS: dict[str, tuple[type, Any]] = {
    "format": (int, None),
    "bundle_id": (str, 64),
    "kind": (str, 32),
    "sender": (str, 64),
    "sender_office": (str, 32),
    "sender_sign_public": (str, _B64_32),
    "sender_kx_public": (str, _B64_32),
    "recipient": (str, 64),
    "created_at": (str, 40),
    "sequence": (int, None),
    "seq_from": (int, None),
    "seq_to": (int, None),
    "audit_from": (int, None),
    "audit_to": (int, None),
    "ack": (dict, ("changes", "audit")),
    "counts": (dict, ("changes", "audit", "blobs", "devices")),
    "payload_size": (int, None),
    "payload_sha256": (str, "hex:64"),
    "plain_size": (int, None),
    "compression": (str, 16),
    "cipher": (str, 16),
    "kdf": (str, 32),
    "ephemeral_public": (str, _B64_32),
    "nonce": (str, _B64_12),
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(obj: Any) -> bytes:
    """The one JSON spelling used for headers and lines: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError("duplicate key")
        out[k] = v
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def strict_json(data: bytes) -> Any:
    """JSON that a sloppy writer could not have produced ambiguously: UTF-8, no duplicate keys,
    no NaN or Infinity."""
    return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                      parse_constant=_no_constant)


# -- keys -----------------------------------------------------------------------------------------
def new_keys() -> tuple[bytes, bytes, bytes, bytes]:
    """(sign_private, sign_public, kx_private, kx_public), raw 32-byte keys."""
    sign = Ed25519PrivateKey.generate()
    kx = X25519PrivateKey.generate()
    return (sign.private_bytes_raw(), sign.public_key().public_bytes_raw(),
            kx.private_bytes_raw(), kx.public_key().public_bytes_raw())


def sign(sign_private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(sign_private).sign(data)


def verify(sign_public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def payload_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public,
                info=HKDF_INFO).derive(shared)


# -- writing ---------------------------------------------------------------------------------
def ndjson(items: Iterable[Any]) -> bytes:
    return b"".join(canonical(i) + b"\n" for i in items)


def write(header: dict[str, Any], plain: bytes, *, sign_private: bytes,
          recipient_kx_public: bytes, ephemeral_private: bytes | None = None,
          nonce: bytes | None = None) -> bytes:
    """Compress, encrypt to the recipient, sign. `header` holds the bundle's own fields; the
    crypto fields are filled in here. Fixed `ephemeral_private`/`nonce` are for test vectors."""
    compressed = zlib.compress(plain, 6)
    eph = (X25519PrivateKey.from_private_bytes(ephemeral_private) if ephemeral_private
           else X25519PrivateKey.generate())
    eph_public = eph.public_key().public_bytes_raw()
    nonce = nonce or os.urandom(12)
    full = {**header, "format": FORMAT_VERSION, "payload_size": len(compressed) + TAG_BYTES,
            "payload_sha256": hashlib.sha256(compressed).hexdigest(),
            "plain_size": len(plain), "compression": COMPRESSION, "cipher": CIPHER, "kdf": KDF,
            "ephemeral_public": b64(eph_public), "nonce": b64(nonce)}
    header_bytes = canonical(full)
    prefix = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes))
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_kx_public))
    key = payload_key(shared, eph_public, recipient_kx_public)
    ciphertext = AESGCM(key).encrypt(nonce, compressed, prefix + header_bytes)
    signed = prefix + header_bytes + ciphertext
    return signed + sign(sign_private, signed)


# -- reading --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Envelope:
    """A bundle whose framing and header parsed; nothing about it is trusted yet."""

    header: dict[str, Any]
    aad: bytes              # prefix + header bytes: the AEAD's associated data
    ciphertext: bytes
    signature: bytes
    sha256: str             # of the whole file

    @property
    def signed(self) -> bytes:
        return self.aad + self.ciphertext


def open_envelope(data: bytes, limits: Limits = sync_rules.DEFAULT_LIMITS) -> Envelope:
    """Framing and header only, with every size checked before it is trusted."""
    if len(data) > limits.file_bytes:
        raise BundleRejected("too_large", size=len(data), limit=limits.file_bytes)
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise BundleRejected("not_a_bundle")
    if len(data) < PREFIX.size:
        raise BundleRejected("truncated")
    _, version, header_len = PREFIX.unpack_from(data)
    if version != FORMAT_VERSION:
        raise BundleRejected("unsupported_version" if version > FORMAT_VERSION
                             else "not_a_bundle", version=version, supported=FORMAT_VERSION)
    if header_len > limits.header_bytes:
        raise BundleRejected("header_too_large", size=header_len, limit=limits.header_bytes)
    end_header = PREFIX.size + header_len
    if len(data) < end_header + SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    try:
        header = strict_json(data[PREFIX.size:end_header])
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleRejected("bad_header") from None
    check_header(header, limits)
    expected = end_header + header["payload_size"] + SIGNATURE_BYTES
    if len(data) < expected:
        raise BundleRejected("truncated")
    if len(data) > expected:
        raise BundleRejected("payload_mismatch", detail="trailing_bytes")
    return Envelope(header, data[:end_header], data[end_header:expected - SIGNATURE_BYTES],
                    data[expected - SIGNATURE_BYTES:], hashlib.sha256(data).hexdigest())


def check_header(header: Any, limits: Limits) -> None:
    if not isinstance(header, dict) or set(header) != set(HEADER_FIELDS):
        raise BundleRejected("bad_header", detail="keys")
    for name, (kind, rule) in HEADER_FIELDS.items():
        value = header[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise BundleRejected("bad_header", detail=name)
        if kind is int and not 0 <= value < 1 << 53:
            raise BundleRejected("bad_header", detail=name)
        if kind is dict:
            if set(value) != set(rule) or not all(
                    isinstance(value[k], int) and not isinstance(value[k], bool)
                    and 0 <= value[k] < 1 << 53 for k in rule):
                raise BundleRejected("bad_header", detail=name)
        elif isinstance(rule, int) and not 0 < len(value) <= rule:
            raise BundleRejected("bad_header", detail=name)
        elif rule in (_B64_32, _B64_12):
            try:
                raw = unb64(value)
            except (binascii.Error, ValueError):
                raise BundleRejected("bad_header", detail=name) from None
            if len(raw) != int(str(rule).split(":")[1]):
                raise BundleRejected("bad_header", detail=name)
        elif rule == "hex:64" and (len(value) != 64
                                   or any(c not in "0123456789abcdef" for c in value)):
            raise BundleRejected("bad_header", detail=name)
    if header["format"] != FORMAT_VERSION:
        raise BundleRejected("unsupported_version", version=header["format"])
    if header["kind"] not in (sync_rules.OFFICE_TO_HUB, sync_rules.HUB_TO_OFFICE):
        raise BundleRejected("bad_header", detail="kind")
    if (header["compression"], header["cipher"], header["kdf"]) != (COMPRESSION, CIPHER, KDF):
        raise BundleRejected("unsupported_version", detail="algorithms")
    if header["seq_from"] > header["seq_to"] or header["audit_from"] > header["audit_to"]:
        raise BundleRejected("bad_header", detail="range")
    if header["payload_size"] > limits.payload_bytes or header["payload_size"] < TAG_BYTES:
        raise BundleRejected("too_large", size=header["payload_size"],
                             limit=limits.payload_bytes)
    if header["plain_size"] > limits.plain_bytes:
        raise BundleRejected("too_large", size=header["plain_size"], limit=limits.plain_bytes)


def check_signature(env: Envelope, sign_public: bytes) -> None:
    if not verify(sign_public, env.signature, env.signed):
        raise BundleRejected("bad_signature")


def decrypt(env: Envelope, kx_private: bytes) -> bytes:
    """The compressed payload; an altered byte anywhere (or the wrong key) fails the tag."""
    me = X25519PrivateKey.from_private_bytes(kx_private)
    eph_public = unb64(env.header["ephemeral_public"])
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(eph_public))
    except ValueError:
        raise BundleRejected("decrypt_failed") from None
    key = payload_key(shared, eph_public, me.public_key().public_bytes_raw())
    try:
        compressed = AESGCM(key).decrypt(unb64(env.header["nonce"]), env.ciphertext, env.aad)
    except InvalidTag:
        raise BundleRejected("decrypt_failed") from None
    if hashlib.sha256(compressed).hexdigest() != env.header["payload_sha256"]:
        raise BundleRejected("payload_mismatch", detail="sha256")
    return compressed


def lines(compressed: bytes, plain_size: int, limits: Limits = sync_rules.DEFAULT_LIMITS
          ) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each payload line, decompressing in steps so that output beyond
    the size the header declared is never produced."""
    inflater = zlib.decompressobj()
    produced = 0
    pending = b""
    number = 0
    data = compressed
    step = 1 << 20
    while True:
        try:
            chunk = inflater.decompress(data, step)
        except zlib.error:
            raise BundleRejected("bad_compression") from None
        data = inflater.unconsumed_tail
        produced += len(chunk)
        if produced > plain_size:
            raise BundleRejected("decompression_limit", limit=plain_size)
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            number += 1
            yield number, _line(raw, number, limits)
        if len(pending) > limits.line_bytes:
            raise BundleRejected("malformed_line", line=number + 1, detail="too_long")
        if inflater.eof:
            break
        if not chunk and not data:
            raise BundleRejected("bad_compression", detail="truncated_stream")
    if inflater.unused_data or pending or produced != plain_size:
        raise BundleRejected("payload_mismatch", detail="plain_size")


def _line(raw: bytes, number: int, limits: Limits) -> dict[str, Any]:
    if len(raw) > limits.line_bytes:
        raise BundleRejected("malformed_line", line=number, detail="too_long")
    if number > limits.lines:
        raise BundleRejected("too_large", detail="lines")
    try:
        obj = strict_json(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleRejected("malformed_line", line=number) from None
    if not isinstance(obj, dict) or not isinstance(obj.get("type"), str):
        raise BundleRejected("malformed_line", line=number, detail="not_an_object")
    return obj
