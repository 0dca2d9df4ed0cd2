"""Bad bundles: each is refused with its own reason, and the database stays exactly as it was."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from synclib import (
    HUB,
    PW,
    USER_PW,
    Net,
    change,
    dump,
    forge,
    sample_families,
    sample_incident,
)

from victimcare.domain.errors import BundleRejected
from victimcare.domain.ids import uuid7
from victimcare.services import accounts, incidents
from victimcare.services.installation import sign_in
from victimcare.services.sync import devices, importer
from victimcare.services.sync.setup import init_join
from victimcare.store.keyslots import FAST_KDF

LHR = "PB-LHR"


@pytest.fixture
def setup(net: Net) -> tuple[Net, bytes]:
    incidents.register_incident(net.cw(LHR), sample_incident(LHR), sample_families())
    path = net.export(LHR)
    return net, path.read_bytes()


def refused(net: Net, where: str, data: bytes, tmp: Path) -> str:
    """Import `data` and return the reason code, checking nothing changed."""
    session = net.s(where)
    before = dump(session.db)
    path = tmp / f"bad-{uuid7()}.vcbundle"
    path.write_bytes(data)
    with pytest.raises(BundleRejected) as e:
        importer.import_bundle(session, path)
    assert dump(session.db) == before
    return e.value.code


def test_the_valid_bundle_is_accepted(setup, tmp_path) -> None:
    net, good = setup
    path = tmp_path / "good.vcbundle"
    path.write_bytes(good)
    assert net.imp(HUB, path).new_rows > 0


def test_truncated_at_many_offsets(setup, tmp_path) -> None:
    net, good = setup
    rng = random.Random(7)
    offsets = sorted({*range(0, 40), *(rng.randrange(len(good)) for _ in range(60)),
                      len(good) - 1, len(good) - 64, len(good) - 65})
    codes = {refused(net, HUB, good[:n], tmp_path) for n in offsets}
    assert codes <= {"not_a_bundle", "truncated", "bad_header", "header_too_large"}


def test_hundreds_of_random_bit_flips(setup, tmp_path) -> None:
    net, good = setup
    rng = random.Random(11)
    seen = set()
    for _ in range(300):
        data = bytearray(good)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        seen.add(refused(net, HUB, bytes(data), tmp_path))
    assert "bad_signature" in seen
    assert seen <= {"bad_signature", "bad_header", "not_a_bundle", "truncated",
                    "payload_mismatch", "unsupported_version", "header_too_large",
                    "unknown_sender", "too_large"}


def test_wrong_recipient(setup, tmp_path) -> None:
    net, _ = setup
    net.imp(HUB, net.export(LHR))
    for_lahore = net.export(HUB, LHR).read_bytes()
    assert refused(net, "KP-PEW", for_lahore, tmp_path) == "wrong_recipient"


def test_unknown_and_revoked_sender(setup, tmp_path) -> None:
    net, good = setup
    init_join(net.dir("SD-KHS"), net.root / "org.vcprofile", office_code="SD-KHS",
              admin_username="admin", admin_password=PW, kdf=FAST_KDF)
    admin = sign_in(net.dir("SD-KHS"), "admin", PW)
    accounts.create_user(admin, "coord", "Coord", ["coordinator"], password=USER_PW)
    admin.close()
    stranger = net.export("SD-KHS").read_bytes()
    assert refused(net, HUB, stranger, tmp_path) == "unknown_sender"
    lhr_device = net.s(LHR).device
    devices.revoke(net.s(HUB), lhr_device)
    assert refused(net, HUB, good, tmp_path) == "sender_revoked"


def test_signature_from_another_device(setup, tmp_path) -> None:
    net, _ = setup
    forged = forge(net.s(LHR), net.s(HUB), [], signer=net.s("KP-PEW"))
    assert refused(net, HUB, forged, tmp_path) == "bad_signature"


def test_header_payload_mismatch(setup, tmp_path) -> None:
    net, _ = setup
    lhr, hub = net.s(LHR), net.s(HUB)
    line = change(lhr, "admin_unit", uuid7(), {"level": "district", "name_en": "X"})
    assert refused(net, HUB, forge(lhr, hub, [line], override={"payload_sha256": "0" * 64}),
                   tmp_path) == "payload_mismatch"
    assert refused(net, HUB, forge(lhr, hub, [line], override={
        "counts": {"changes": 2, "audit": 0, "blobs": 0, "devices": 0}}),
        tmp_path) == "payload_mismatch"
    assert refused(net, HUB, forge(lhr, hub, [line], plain_size=10_000),
                   tmp_path) == "payload_mismatch"


def test_future_format_version(setup, tmp_path) -> None:
    net, _ = setup
    assert refused(net, HUB, forge(net.s(LHR), net.s(HUB), [], version=2),
                   tmp_path) == "unsupported_version"
    assert refused(net, HUB, forge(net.s(LHR), net.s(HUB), [], override={"format": 2}),
                   tmp_path) == "unsupported_version"


def test_decompression_bomb(setup, tmp_path) -> None:
    net, _ = setup
    bomb = zlib.compress(b" " * (64 << 20), 9)   # 64 MiB of spaces in ~64 KiB
    assert refused(net, HUB, forge(net.s(LHR), net.s(HUB), b"", compressed=bomb,
                                   plain_size=1000), tmp_path) == "decompression_limit"
    assert refused(net, HUB, forge(net.s(LHR), net.s(HUB), b"", compressed=bomb,
                                   plain_size=1 << 40), tmp_path) == "too_large"


@pytest.mark.parametrize(("table", "fields", "code"), [
    ("person", {"given_name": "x" * 5000, "sex": "male"}, "invalid_record"),
    ("person", {"given_name": "Ali", "sex": "robot"}, "invalid_record"),
    ("person", {"given_name": "Ali", "sex": "male", "shoe_size": 9}, "invalid_record"),
    ("person", {"given_name": 42, "sex": "male"}, "invalid_record"),
    ("nonexistent_table", {"x": 1}, "invalid_record"),
    ("case_member", {"case_id": "01900000-0000-7000-8000-000000000000", "person": "nobody",
                     "victim_category": "direct_injured"}, "missing_reference"),
])
def test_invalid_records(setup, tmp_path, table, fields, code) -> None:
    net, _ = setup
    line = change(net.s(LHR), table, uuid7(), fields)
    assert refused(net, HUB, forge(net.s(LHR), net.s(HUB), [line]), tmp_path) == code


def test_rows_of_another_office_and_versions_of_another_device(setup, tmp_path) -> None:
    net, _ = setup
    lhr = net.s(LHR)
    other = change(lhr, "person", uuid7(), {"given_name": "Ali", "sex": "male"}, office="KP-PEW")
    assert refused(net, HUB, forge(lhr, net.s(HUB), [other]), tmp_path) == "out_of_scope"
    stolen = change(lhr, "person", uuid7(), {"given_name": "Ali", "sex": "male"})
    stolen["fields"]["sex"][1] = stolen["fields"]["sex"][1][:19] + net.s("KP-PEW").device
    assert refused(net, HUB, forge(lhr, net.s(HUB), [stolen]), tmp_path) == "invalid_record"
    update = change(lhr, "person", uuid7(), {"given_name": "Ali"}, op="update")
    assert refused(net, HUB, forge(lhr, net.s(HUB), [update]), tmp_path) == "missing_row"


@pytest.mark.parametrize("payload", [
    b"{not json\n", b"[1,2,3]\n", b'{"type": "change"}\n', b'{"a":1,"a":2,"type":"x"}\n',
    b'{"type":"change","x":NaN}\n', b"\xff\xfe\n", b'{"type":"audit"}\n', b"no newline",
])
def test_malformed_lines(setup, tmp_path, payload) -> None:
    net, _ = setup
    data = forge(net.s(LHR), net.s(HUB), payload)
    assert refused(net, HUB, data, tmp_path) in {"malformed_line", "payload_mismatch"}


def test_preview_changes_nothing_and_reports_what_would_happen(setup, tmp_path) -> None:
    net, good = setup
    path = tmp_path / "good.vcbundle"
    path.write_bytes(good)
    before = dump(net.s(HUB).db)
    preview = net.imp(HUB, path, preview=True)
    assert preview.status == importer.PREVIEW and preview.new_rows > 0
    assert dump(net.s(HUB).db) == before
    assert net.imp(HUB, path).new_rows == preview.new_rows
