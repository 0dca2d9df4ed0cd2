"""Setting up a hub, or an office that joins the hub from its signed organisation profile."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from victimcare.domain.enums import InstallationKind
from victimcare.services.installation import Created, create_installation, sign_in
from victimcare.services.sync import devices, profile
from victimcare.store.keyslots import STANDARD_KDF, KdfProfile


@dataclass(frozen=True)
class Joined:
    created: Created
    hub_office: str | None
    hub_fingerprint: str
    device_fingerprint: str


def init_hub(data_dir: Path, *, office_code: str, admin_username: str, admin_password: str,
             admin_full_name: str = "", kdf: KdfProfile = STANDARD_KDF) -> tuple[Created, str]:
    """A hub installation with its device keys; returns its fingerprint for the offices."""
    created = create_installation(data_dir, office_code=office_code,
                                  admin_username=admin_username, admin_password=admin_password,
                                  admin_full_name=admin_full_name, kind=InstallationKind.HUB,
                                  kdf=kdf)
    session = sign_in(data_dir, admin_username, admin_password)
    try:
        return created, devices.ensure_device_keys(session).fingerprint
    finally:
        session.close()


def init_join(data_dir: Path, profile_path: Path, *, office_code: str, admin_username: str,
              admin_password: str, admin_full_name: str = "",
              kdf: KdfProfile = STANDARD_KDF) -> Joined:
    """An office installation created from the hub's signed profile (read before anything is
    created, so a bad profile leaves no half-made installation)."""
    prof = profile.read_profile(profile_path)
    created = create_installation(data_dir, office_code=office_code,
                                  admin_username=admin_username, admin_password=admin_password,
                                  admin_full_name=admin_full_name, kind=InstallationKind.OFFICE,
                                  kdf=kdf)
    session = sign_in(data_dir, admin_username, admin_password)
    try:
        device = devices.ensure_device_keys(session)
        profile.apply_profile(session, prof)
    finally:
        session.close()
    return Joined(created, prof.hub.office, prof.fingerprint, device.fingerprint)
