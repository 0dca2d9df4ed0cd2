"""Headless `letter`, `directory` and `referral` commands: batch letters, directory checks and
the expiry of unanswered referrals from a shell."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from victimcare.services import directory, referrals
from victimcare.services.letters import referral_letter
from victimcare.services.session import Session


def add_commands(subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
                 parents: Sequence[argparse.ArgumentParser]) -> None:
    """Register `letter`, `directory` and `referral` on cli.py's subparsers. Each parser sets
    `handler(session, args) -> exit code`; cli.py signs in (with `parents`' --data, --user and
    --password-stdin) and turns errors into one line and an exit code."""
    letter = subparsers.add_parser(
        "letter", help="write approved referral letters as PDF (supervisors)",
        parents=list(parents))
    letter.add_argument("referral_no", nargs="+",
                        help="letter number (e.g. PB-LHR/2026/0007) or referral id")
    letter.add_argument("--lang", choices=("en", "ur", "both"),
                        help="default: from the provider's languages")
    letter.add_argument("--out", type=Path, required=True,
                        help="the PDF file; a folder when several letters are given")
    letter.set_defaults(handler=letter_command)

    d = subparsers.add_parser("directory", help="the service directory")
    dsub = d.add_subparsers(dest="directory_command", required=True)
    listing = dsub.add_parser("list", help="list providers (stale ones are marked)",
                              parents=list(parents))
    listing.add_argument("--district")
    listing.add_argument("--need", help="need domain: rank providers for it")
    listing.add_argument("--stale", action="store_true", help="only entries due a check")
    listing.set_defaults(handler=directory_list_command)

    r = subparsers.add_parser("referral", help="referrals")
    rsub = r.add_subparsers(dest="referral_command", required=True)
    about = (f"mark referrals expired whose provider has not answered "
             f"{referrals.DEFAULT_EXPIRY_GRACE_DAYS} days (setting "
             f"{referrals.EXPIRY_GRACE_SETTING}) after the respond-by date (the app does"
             " this when an office user signs in)")
    expire = rsub.add_parser("expire", parents=list(parents), help=about, description=about)
    expire.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="count from this date instead of today")
    expire.set_defaults(handler=referral_expire_command)


def letter_command(session: Session, args: argparse.Namespace) -> int:
    """Each letter is permission-checked, consent-checked, written atomically, counted and
    audited by the service; several letters go into a folder, one file each."""
    numbers = list(args.referral_no)
    many = len(numbers) > 1
    if many:
        args.out.mkdir(parents=True, exist_ok=True)
    for i, number in enumerate(numbers, 1):
        rid = referrals.find_by_letter_no(session, number)
        row = referrals.get_referral(session, rid).row
        name = (row.letter_no or rid).replace("/", "-") + ".pdf"
        target = args.out / name if many else args.out
        count = referral_letter.save_letter(session, rid, target, args.lang)
        print(f"{i}/{len(numbers)} {row.letter_no} -> {target} (output {count})")
    return 0


def directory_list_command(session: Session, args: argparse.Namespace) -> int:
    if args.need:
        for s in directory.suggest(session, args.need, args.district, limit=50):
            flag = " STALE" if s.provider.stale else ""
            print(f"{s.score:4d}  {s.provider.name_en}  [{s.service_type}]{flag}")
        return 0
    for p in directory.list_providers(session, district=args.district, stale_only=args.stale):
        flag = " STALE" if p.stale else ""
        print(f"{p.name_en}  [{p.provider_type}]  {p.focal_person}  "
              f"verified {p.last_verified_on or '-'}{flag}")
    return 0


def referral_expire_command(session: Session, args: argparse.Namespace) -> int:
    count = referrals.expire_overdue(session, args.today)
    print(f"{count} referral(s) expired")
    return 0
