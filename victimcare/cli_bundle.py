"""Sync commands: set up a hub or a joining office, bundles, devices, profile, conflicts."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from victimcare.domain.errors import BundleRejected
from victimcare.services.session import Session
from victimcare.services.sync import conflicts, devices, export, importer, profile
from victimcare.services.sync.reasons import message
from victimcare.services.sync.setup import init_hub, init_join

# A batch import in which some bundle was refused (the others were applied); as in cli.py.
EXIT_REJECTED = 9


# -- wiring into the main command line ---------------------------------------------------------
def add_init_arguments(parser: argparse.ArgumentParser) -> None:
    """For cli.py's `init` parser: `--hub`, or `--join PROFILE` (with its `--office CODE`)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--hub", action="store_true", help="set up the hub installation")
    group.add_argument("--join", metavar="PROFILE", type=Path,
                       help="set up an office from the hub's organisation profile")


def run_init(args: argparse.Namespace, *, office_code: str, admin_username: str,
             admin_password: str, admin_full_name: str = "") -> int | None:
    """Handle `init --hub` / `init --join`; None when neither flag was given."""
    if getattr(args, "hub", False):
        created, fp = init_hub(Path(args.data), office_code=office_code,
                               admin_username=admin_username, admin_password=admin_password,
                               admin_full_name=admin_full_name)
        print(f"Hub installation created in {created.paths.data_dir}.")
        print(f"Recovery key (print it, keep it safe, it is shown once): {created.recovery_key}")
        print(f"Hub device fingerprint: {fp}")
        return 0
    if getattr(args, "join", None):
        joined = init_join(Path(args.data), args.join, office_code=office_code,
                           admin_username=admin_username, admin_password=admin_password,
                           admin_full_name=admin_full_name)
        print(f"Office installation created in {joined.created.paths.data_dir}.")
        print("Recovery key (print it, keep it safe, it is shown once): "
              f"{joined.created.recovery_key}")
        print(f"Hub {joined.hub_office}: fingerprint {joined.hub_fingerprint}"
              " (compare it with the hub by phone)")
        print(f"This device's fingerprint: {joined.device_fingerprint}"
              " (the hub coordinator will ask for it)")
        return 0
    return None


def add_commands(subparsers: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Register `bundle`, `device`, `profile` and `conflict` on cli.py's subparsers. Each sets
    `handler(session, args)`; cli.py signs in (`parents` give --data, --user and
    --password-stdin) and turns errors into one line and an exit code."""

    b = subparsers.add_parser("bundle", help="export or import sync bundles")
    bs = b.add_subparsers(dest="bundle_command", required=True)
    e = bs.add_parser("export", help="write a bundle for the hub or an office",
        parents=list(parents))
    e.add_argument("--to", default=None, help="recipient: 'hub', an office code or a device id")
    e.add_argument("--out", type=Path, help="file to write (default: a dated name in .)")
    e.set_defaults(handler=_bundle_export)
    i = bs.add_parser("import", help="import bundles (each one all or nothing)",
        parents=list(parents))
    i.add_argument("--preview", action="store_true", help="show what would change, change nothing")
    i.add_argument("files", nargs="+", type=Path)
    i.set_defaults(handler=_bundle_import)

    d = subparsers.add_parser("device", help="enrolled devices")
    ds = d.add_subparsers(dest="device_command", required=True)
    dl = ds.add_parser("list", help="devices and their fingerprints",
         parents=list(parents))
    dl.set_defaults(handler=_device_list)
    dt_ = ds.add_parser("trust", help="enrol the device that wrote a bundle",
          parents=list(parents))
    dt_.add_argument("--bundle", type=Path, required=True)
    dt_.add_argument("--fingerprint", required=True,
                     help="the fingerprint the office read to you over the phone")
    dt_.set_defaults(handler=_device_trust)
    dr = ds.add_parser("revoke", help="stop accepting a device's bundles",
         parents=list(parents))
    dr.add_argument("device")
    dr.set_defaults(handler=_device_revoke)

    p = subparsers.add_parser("profile", help="the organisation profile offices join from")
    ps = p.add_subparsers(dest="profile_command", required=True)
    pe = ps.add_parser("export", help="write the hub's signed profile",
         parents=list(parents))
    pe.add_argument("--out", type=Path, required=True)
    pe.set_defaults(handler=_profile_export)

    c = subparsers.add_parser("conflict", help="clashes found while merging")
    cs = c.add_subparsers(dest="conflict_command", required=True)
    cl = cs.add_parser("list", help="open conflicts",
         parents=list(parents))
    cl.set_defaults(handler=_conflict_list)


def _bundle_export(session: Session, args: argparse.Namespace) -> int:
    out = args.out
    result = export.export_bundle(session, args.to, out=out if out and out.suffix else None,
                                  out_dir=out if out and not out.suffix else None)
    print(f"wrote {result.path} for {result.recipient_office or result.recipient}:"
          f" {result.changes} changes, {result.audit_events} audit events,"
          f" {result.blobs} files (bundle {result.sequence})")
    return 0


def _bundle_import(session: Session, args: argparse.Namespace) -> int:
    code = 0
    for r in importer.import_bundles(session, args.files, preview=args.preview):
        if isinstance(r, BundleRejected):
            print(f"{r.params.get('file')}: refused [{r.code}]: {message(r)}")
            code = EXIT_REJECTED
            continue
        print(f"{r.path.name}: {r.status} from {r.sender_office} (bundle {r.sequence}):"
              f" {r.new_rows} new, {r.updated_rows} updated, {r.conflicts} conflicts,"
              f" {r.duplicates_suspected} possible duplicates, {r.skipped} already had")
        if r.audit_break:
            print(f"  WARNING: the sender's audit chain is broken at event {r.audit_break}")
    return code


def _device_list(session: Session, args: argparse.Namespace) -> int:
    for d in devices.list_devices(session):
        print(f"{d.id}  {d.office or '-':10} {d.kind:6} {d.status:8} {d.fingerprint}")
    return 0


def _device_trust(session: Session, args: argparse.Namespace) -> int:
    candidate = devices.candidate_from_bundle(args.bundle)
    info = devices.trust(session, candidate, args.fingerprint)
    print(f"trusted {info.office} device {info.id} ({info.fingerprint})")
    return 0


def _device_revoke(session: Session, args: argparse.Namespace) -> int:
    devices.revoke(session, args.device)
    print(f"revoked {args.device}")
    return 0


def _profile_export(session: Session, args: argparse.Namespace) -> int:
    prof = profile.export_profile(session, args.out)
    print(f"wrote {args.out}; hub fingerprint {prof.fingerprint}")
    return 0


def _conflict_list(session: Session, args: argparse.Namespace) -> int:
    for c in conflicts.list_conflicts(session):
        print(f"{c.id}  {c.record}  {c.field}: here {c.local.value!r} ({c.local.office},"
              f" {c.local.at}) / there {c.remote.value!r} ({c.remote.office}, {c.remote.at})"
              f"  winner: {c.winner}")
    return 0
