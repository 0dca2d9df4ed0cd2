"""Bundle format v1: the fixed-key test vector, read by an independent reader written from
docs/bundle-format.md, and written again byte for byte by the program."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import sys
import zlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from victimcare.domain import sync_rules
from victimcare.services.sync import bundle_format as fmt

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bundles"
EXAMPLE = FIXTURES / "v1-example.vcbundle"
EXPECTED = json.loads((FIXTURES / "v1-example.json").read_text("utf-8"))


def independent_read(data: bytes, recipient_kx_private: bytes) -> tuple[dict, list[dict]]:
    """Only what docs/bundle-format.md says, with the primitives of `cryptography`."""
    magic, version, header_len = struct.unpack(">8sHI", data[:14])
    assert magic == b"VCBUNDLE" and version == 1
    header_bytes = data[14:14 + header_len]
    header = json.loads(header_bytes)
    end = 14 + header_len + header["payload_size"]
    ciphertext, signature = data[14 + header_len:end], data[end:]
    assert len(signature) == 64
    Ed25519PublicKey.from_public_bytes(
        base64.b64decode(header["sender_sign_public"])).verify(signature,
                                                                             data[:end])
    eph_public = base64.b64decode(header["ephemeral_public"])
    me = X25519PrivateKey.from_private_bytes(recipient_kx_private)
    me_public = me.public_key().public_bytes_raw()
    shared = me.exchange(X25519PublicKey.from_public_bytes(eph_public))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + me_public,
               info=b"victimcare bundle v1").derive(shared)
    compressed = AESGCM(key).decrypt(base64.b64decode(header["nonce"]),
                                     ciphertext, data[:14 + header_len])
    assert hashlib.sha256(compressed).hexdigest() == header["payload_sha256"]
    plain = zlib.decompress(compressed)
    assert len(plain) == header["plain_size"]
    return header, [json.loads(line) for line in plain.split(b"\n") if line]


def test_independent_reader_decodes_the_test_vector() -> None:
    data = EXAMPLE.read_bytes()
    header, lines = independent_read(data, bytes.fromhex(EXPECTED["keys"]["recipient_kx_private"]))
    assert header == EXPECTED["header"]
    assert lines == EXPECTED["lines"]
    assert hashlib.sha256(data).hexdigest() == EXPECTED["file_sha256"]


def test_program_reads_the_test_vector_with_its_own_reader() -> None:
    env = fmt.open_envelope(EXAMPLE.read_bytes())
    fmt.check_signature(env, bytes.fromhex(EXPECTED["keys"]["sender_sign_public"]))
    compressed = fmt.decrypt(env, bytes.fromhex(EXPECTED["keys"]["recipient_kx_private"]))
    assert [obj for _, obj in fmt.lines(compressed, env.header["plain_size"])] == \
        EXPECTED["lines"]


def test_program_writes_the_test_vector_byte_for_byte() -> None:
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_example
    finally:
        sys.path.remove(str(FIXTURES))
    assert make_example.build() == EXAMPLE.read_bytes()


def test_change_runs_keep_the_first_base_and_each_fields_last_seq() -> None:
    e = sync_rules.LogEntry
    log = [e(1, "t", "r", "update", {"a": [1, "h1", "h0"]}, "A"),
           e(2, "t", "r", "update", {"a": [2, "h2", "h1"], "b": [5, "h2", None]}, "A"),
           e(3, "t", "r", "update", {"a": [3, "h3", "h2"]}, "B"),
           e(4, "t", "r", "delete", {"deleted": ["h4", "h4", None]}, "A")]
    runs = sync_rules.runs(log)
    assert [(r.origin, r.seq, r.op) for r in runs] == [("A", 2, "update"), ("B", 3, "update"),
                                                      ("A", 4, "delete")]
    assert runs[0].fields == {"a": [2, "h2", "h0", 2], "b": [5, "h2", None, 2]}


def test_fingerprints_are_short_readable_groups() -> None:
    fp = sync_rules.fingerprint(b"\x01" * 32, b"\x02" * 32)
    assert len(fp.split()) == 5 and all(len(g) == 4 for g in fp.split())
    assert sync_rules.normalise_fingerprint(fp.lower().replace(" ", "-")) == fp
