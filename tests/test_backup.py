"""Backups: one encrypted file that restores into a working installation, or is refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import ADMIN_PASSWORD, PASSWORD, sample_families, sample_incident

from victimcare.domain.errors import PermissionDenied, StoreError, ValidationError
from victimcare.services import cases
from victimcare.services.backup import MAGIC, create_backup, restore_backup, verify_audit
from victimcare.services.incidents import register_incident
from victimcare.services.installation import recover, sign_in
from victimcare.store.keyslots import FAST_KDF

MARKER = "Zarqoonistan"


@pytest.fixture
def backup_file(login, tmp_path: Path) -> Path:
    """A backup of the office installation, holding one incident with a marker name."""
    families = sample_families()
    families[0]["members"][0]["family_name"] = MARKER
    register_incident(login("cw"), sample_incident(), families)
    out = tmp_path / "usb" / "office.vcbackup"
    create_backup(login("admin"), out)
    return out


def _folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def test_backup_restores_into_a_new_folder_and_opens_with_the_same_password(
        backup_file, tmp_path):
    data = backup_file.read_bytes()
    assert data.startswith(MAGIC)
    assert MARKER.encode() not in data  # the database inside stays encrypted
    target = tmp_path / "restored"
    info = restore_backup(backup_file, target)
    assert info.installation_id
    session = sign_in(target, "cw", PASSWORD)
    try:
        assert [f.name for f in cases.find(session, MARKER)] == [f"Muhammad {MARKER}"]
    finally:
        session.close()
    # Only the installation's own files: no temp file is left behind.
    assert sorted(p.name for p in target.iterdir() if not p.name.startswith("login")) == [
        "keyslots.json", "victimcare.db"]


def test_creating_a_backup_is_audited_and_leaves_no_copy_in_the_data_folder(
        backup_file, installation, login):
    admin = login("admin")
    assert admin.db.scalar("SELECT count(*) FROM audit_event WHERE action = 'backup.create'") == 1
    assert not [p for p in installation.iterdir() if p.name.startswith(".")]


def test_recovery_key_opens_a_restored_backup(tmp_path):
    from victimcare.services.installation import create_installation
    created = create_installation(tmp_path / "a", office_code="PB-LHR", admin_username="admin",
                                  admin_password=ADMIN_PASSWORD, kdf=FAST_KDF)
    admin = sign_in(tmp_path / "a", "admin", ADMIN_PASSWORD)
    create_backup(admin, tmp_path / "b.vcbackup")
    admin.close()
    restore_backup(tmp_path / "b.vcbackup", tmp_path / "c")
    recover(tmp_path / "c", created.recovery_key, "admin", "a-brand-new-pass", kdf=FAST_KDF)
    sign_in(tmp_path / "c", "admin", "a-brand-new-pass").close()


def _damaged(backup_file: Path) -> list[tuple[str, bytes]]:
    data = backup_file.read_bytes()
    header_end = data.index(b"}") + 1
    keyslots_at = header_end + 10
    middle = len(data) // 2

    def flip(at: int) -> bytes:
        return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]

    return [
        ("empty", b""),
        ("not a backup", b"PK\x03\x04" + data[4:]),
        ("truncated in the header", data[:20]),
        ("truncated in the database", data[:middle]),
        ("missing checksum", data[:-32]),
        ("trailing bytes", data + b"\0"),
        ("flipped byte in the header", flip(30)),
        ("flipped byte in the key slots", flip(keyslots_at)),
        ("flipped byte in the database", flip(middle)),
        ("flipped byte in the checksum", flip(len(data) - 1)),
    ]


def test_a_damaged_backup_is_refused_and_nothing_is_written(backup_file, tmp_path):
    for name, data in _damaged(backup_file):
        copy = tmp_path / "damaged.vcbackup"
        copy.write_bytes(data)
        target = tmp_path / "target"
        with pytest.raises(StoreError) as caught:
            restore_backup(copy, target)
        assert caught.value.code == "backup_corrupt", name
        assert _folder_is_empty(target), name


def test_restore_never_overwrites_an_installation(backup_file, installation):
    before = (installation / "victimcare.db").read_bytes()
    with pytest.raises(StoreError) as caught:
        restore_backup(backup_file, installation)
    assert caught.value.code == "installation_exists"
    assert (installation / "victimcare.db").read_bytes() == before


def test_a_backup_from_a_newer_version_is_named_as_such(backup_file, tmp_path):
    data = bytearray(backup_file.read_bytes())
    data[len(MAGIC):len(MAGIC) + 2] = (2).to_bytes(2, "big")
    newer = tmp_path / "newer.vcbackup"
    newer.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        restore_backup(newer, tmp_path / "target")
    assert caught.value.code == "backup_too_new"


def test_header_describes_the_contents(backup_file):
    data = backup_file.read_bytes()
    length = int.from_bytes(data[10:14], "big")
    header = json.loads(data[14:14 + length])
    assert header["format"] == "victimcare-backup"
    assert header["version"] == 1
    assert len(data) == 14 + length + header["keyslots_size"] + header["db_size"] + 32


def test_only_admins_make_backups_and_never_into_the_data_folder(login, installation,
                                                                tmp_path):
    with pytest.raises(PermissionDenied):
        create_backup(login("sup"), tmp_path / "x.vcbackup")
    with pytest.raises(ValidationError) as caught:
        create_backup(login("admin"), installation / "inside.vcbackup")
    assert caught.value.errors[0].code == "backup_in_data_folder"
    assert not (installation / "inside.vcbackup").exists()
    assert not (tmp_path / "x.vcbackup").exists()


def test_audit_verify_finds_an_altered_event(login):
    auditor = login("aud")
    assert verify_audit(auditor).intact
    auditor.db.execute("UPDATE audit_event SET action = 'nothing.here' WHERE seq = 2")
    check = verify_audit(auditor)
    assert check.broken is not None
    assert (check.broken.seq, check.broken.reason) == (2, "altered")
    with pytest.raises(PermissionDenied):
        verify_audit(login("cw"))
