"""The headless `victimcare` commands: set-up, demo, import, search, audit, users, backups."""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from victimcare import __version__, cli_bundle, cli_letter
from victimcare.domain import reference
from victimcare.domain.enums import InstallationKind, Role
from victimcare.domain.errors import (
    AuthError,
    BundleRejected,
    ConsentMissing,
    FieldError,
    NotFound,
    PermissionDenied,
    StoreError,
    ValidationError,
    VictimCareError,
    WorkflowError,
)
from victimcare.services import accounts, backup, cases, installation, register_import
from victimcare.services.paths import InstallationPaths, default_data_dir
from victimcare.services.session import Session

PROG = "victimcare"

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_INVALID = 5
EXIT_DENIED = 6
EXIT_AUDIT_BROKEN = 7
EXIT_STORAGE = 8
EXIT_BUNDLE_REJECTED = 9
EXIT_INTERRUPTED = 130

UNEXPECTED = ("unexpected error; the command stopped. Try again, and if it happens again "
              "tell your administrator.")

# Whole-command errors: code → one sentence that says what to do next ({params} filled in).
MESSAGES: dict[str, str] = {
    "wrong_password": "the username or password is not right; check both and try again.",
    "unknown_user": "the username or password is not right; check both and try again.",
    "auth_failed": "the username or password is not right; check both and try again.",
    "throttled": "too many wrong passwords for this user; wait {seconds} seconds and try again.",
    "inactive": "this account has been switched off; ask your administrator.",
    "wrong_recovery_key": "the recovery key is not right; check it against the printed sheet "
                          "and try again.",
    "permission_denied": "your role does not allow this ({action}); ask someone whose role "
                         "does.",
    "not_found": "the record was not found or is not visible to you; check what you typed.",
    "no_installation": "there is no VictimCare installation in {path}; give the right folder "
                       "with --data, or create one with 'victimcare init'.",
    "no_database": "the database file is missing ({path}); restore the installation from a "
                   "backup.",
    "keyslots_missing": "the key file keyslots.json is missing; restore the installation from "
                        "a backup.",
    "keyslots_unreadable": "the key file keyslots.json cannot be read; check the folder's "
                           "permissions.",
    "keyslots_corrupt": "the key file keyslots.json is damaged; restore it from a backup.",
    "keyslots_version": "the key file was written by a newer VictimCare; install the newer "
                        "version.",
    "database_corrupt": "the database cannot be opened with this key: it is damaged or was "
                        "replaced; restore it from a backup.",
    "database_too_new": "this database was made by a newer VictimCare; install the newer "
                        "version.",
    "installation_exists": "there is already an installation in {path}; choose another folder "
                           "with --data.",
    "no_recovery_slot": "this installation has no recovery key; ask an administrator to reset "
                        "your password.",
    "locked": "the installation is locked; sign in again.",
    "database_busy": "another VictimCare window or command is saving to this installation; "
                     "nothing was changed. Try again when it has finished.",
    "backup_corrupt": "the backup file is damaged or is not a VictimCare backup; nothing was "
                      "restored. Use another copy of the backup.",
    "backup_too_new": "this backup was made by a newer VictimCare; install the newer version "
                      "to restore it.",
    "illegal_transition": "this step is not possible in the record's current state.",
    "consent_missing": "a valid consent is missing; record the consent first.",
}

# Field errors (one line each, under the first line of an "invalid input" error).
FIELD_MESSAGES: dict[str, str] = {
    "required": "this is required.",
    "type": "this value has the wrong form.",
    "too_long": "this is too long.",
    "too_large": "this is too large (at most {max}).",
    "negative": "this cannot be negative.",
    "too_small": "this is too small (at least {min}).",
    "not_a_number": "write a whole number, such as 42.",
    "date_format": "write the date as YYYY-MM-DD, for example 2025-03-14.",
    "in_future": "this date is in the future.",
    "invalid_choice": "this is not one of the accepted values (see docs/register-import.md "
                      "for the lists).",
    "not_a_district": "give a district, not a province.",
    "cnic_format": "a CNIC has 13 digits, written 12345-1234567-1.",
    "mobile_format": "write a Pakistani mobile number, such as 0300-1234567.",
    "yes_or_no": "write yes or no.",
    "not_for_principal": "leave this empty on the first row of a family: the others are "
                         "related to that person.",
    "differs_within_incident": "this differs from line {first_line}, the incident's first "
                               "row; rows of one incident_ref must agree.",
    "unknown_field": "this field is not known.",
    "username_format": "usernames are 2 to 32 lowercase letters, digits, dots or dashes, "
                       "starting with a letter.",
    "username_taken": "this username is already taken; choose another.",
    "password_too_short": "the password needs at least {min} characters.",
    "password_contains_username": "the password must not contain the username.",
    "password_unchanged": "the new password must differ from the old one.",
    "office_code_format": "an office code looks like PB-LHR (province, dash, district).",
    "cannot_remove_self": "you cannot remove your own account.",
    "cannot_remove_own_admin": "you cannot remove your own admin role.",
    "backup_in_data_folder": "write the backup outside the data folder, ideally on another "
                             "disk or a USB stick.",
    # Whole-file problems of a register import.
    "not_utf8": "the file is not UTF-8 text; in the spreadsheet choose Save As, "
                "'CSV UTF-8 (comma delimited)'.",
    "empty": "the file is empty.",
    "no_rows": "the file has a header but no rows.",
    "semicolons": "the file uses semicolons; save it as CSV with commas "
                  "('CSV UTF-8 (comma delimited)').",
    "missing_columns": "these required columns are missing: {columns}.",
    "unknown_columns": "these columns are not known (check their spelling): {columns}.",
    "duplicate_columns": "these columns appear more than once: {columns}.",
    "too_many_rows": "the file has more than {max} rows; split it into smaller files.",
    "file_too_large": "the file is larger than {max_mib} MiB; split it into smaller files.",
    "csv_malformed": "the CSV is malformed here (probably a quote that is never closed).",
    "extra_cells": "this row has more cells than the header has columns.",
}


class CliError(Exception):
    """A refusal decided by the command line itself, with its exit code and sentence."""

    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.message = message


def exit_code(error: BaseException) -> int:
    if isinstance(error, CliError):
        return error.exit_code
    if isinstance(error, AuthError):
        return EXIT_AUTH
    if isinstance(error, BundleRejected):
        return EXIT_BUNDLE_REJECTED
    if isinstance(error, PermissionDenied):
        return EXIT_DENIED
    if isinstance(error, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(error, ValidationError | WorkflowError | ConsentMissing):
        return EXIT_INVALID
    if isinstance(error, StoreError):
        if error.code == "no_installation":
            return EXIT_NOT_FOUND
        if error.code == "installation_exists":
            return EXIT_INVALID
        return EXIT_STORAGE
    return EXIT_UNEXPECTED


def _fill(template: str, params: dict[str, Any]) -> str:
    values = {k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
              for k, v in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.split("{")[0].rstrip(" (") + "."


def describe(error: BaseException) -> list[str]:
    """The lines printed for an error: one sentence, then one line per bad field."""
    if isinstance(error, CliError):
        return [error.message]
    if isinstance(error, ValidationError):
        return ["the input was not accepted and nothing was changed; fix the following and "
                "try again:", *(field_line(e) for e in error.errors)]
    if isinstance(error, NotFound):
        entity = error.params.get("entity")
        if entity == "file":
            return ["the file was not found; check its name and folder."]
        if entity == "user_account":
            return ["there is no such user; see 'victimcare user list'."]
    if isinstance(error, ConsentMissing):
        missing = ", ".join(error.params.get("missing") or ())
        return [f"no current consent covers this ({error.params.get('gap', 'no_consent')}"
                f"{': ' + missing if missing else ''}); record the consent in the case first."]
    if isinstance(error, BundleRejected):
        from victimcare.services.sync.reasons import message
        return [message(error)]
    if isinstance(error, VictimCareError):
        template = MESSAGES.get(error.code)
        if template is None:
            return [f"the data could not be opened or saved ({error.code})."
                    if isinstance(error, StoreError) else UNEXPECTED]
        return [_fill(template, dict(error.params))]
    return [UNEXPECTED]


def field_line(e: FieldError) -> str:
    where = f"line {e.row}, " if e.row is not None else ""
    template = FIELD_MESSAGES.get(e.code, "this value is not accepted.")
    return f"{where}{e.field}: {_fill(template, dict(e.params))} ({e.code})"


def _error(lines: Sequence[str]) -> None:
    print(f"{PROG}: error: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(f"  {line}", file=sys.stderr)


# -- secrets: the terminal, or lines on standard input ----------------------------------------

class Secrets:
    """Reads passwords with getpass, or line by line from stdin with --password-stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise CliError(EXIT_INVALID, "standard input ended before every password was "
                                             "given; see 'victimcare --help'.")
            return line.rstrip("\r\n")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", getpass.GetPassWarning)
                return getpass.getpass(prompt)
        except EOFError:
            raise CliError(EXIT_INVALID, "no password was typed; nothing was changed.") from None

    def new_password(self, prompt: str) -> str:
        first = self.ask(prompt)
        if self.from_stdin:
            return first
        if first != self.ask("Type it again: "):
            raise CliError(EXIT_INVALID, "the two passwords are not the same; nothing was "
                                         "changed. Try again.")
        return first


def _signed_in(args: argparse.Namespace, secrets: Secrets, *,
               prompt: str = "Password for {user}: ") -> tuple[Session, str]:
    # Load the key file before asking: no point typing a password into a missing installation.
    installation.load_keyslots(args.data)
    password = secrets.ask(prompt.format(user=args.user))
    session = installation.sign_in(args.data, args.user, password)
    if session.must_change_password and args.command != "passwd":
        session.close()
        raise CliError(EXIT_AUTH, "change your one-time password first: victimcare passwd "
                                  f"--user {args.user}")
    return session, password


def _with_session(run: Callable[[Session, argparse.Namespace], int]
                  ) -> Callable[[argparse.Namespace, Secrets], int]:
    def command(args: argparse.Namespace, secrets: Secrets) -> int:
        session, _ = _signed_in(args, secrets)
        try:
            return run(session, args)
        finally:
            session.close()
    return command


# -- output helpers ----------------------------------------------------------------------------

def _width(text: str) -> int:
    # Combining marks (Urdu vowel signs) take no column of their own.
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF"
               else 1 for c in text)


def _table(rows: Sequence[Sequence[str]], indent: str = "") -> None:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(r)]
        print((indent + "  ".join(cells)).rstrip())


# -- commands ----------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    paths = InstallationPaths(args.data)
    if paths.exists():
        raise StoreError("installation_exists", path=str(args.data))
    password = secrets.new_password(f"New password for {args.admin}: ")
    done = cli_bundle.run_init(args, office_code=args.office.upper(),
                               admin_username=args.admin, admin_password=password,
                               admin_full_name=args.admin_name or "")
    if done is not None:  # --hub or --join: set up with the sync keys
        return int(done)
    created = installation.create_installation(
        args.data, office_code=args.office.upper(), admin_username=args.admin,
        admin_password=password, admin_full_name=args.admin_name or "",
        kind=InstallationKind.OFFICE)
    print(f"Created the VictimCare installation for office {args.office.upper()} in "
          f"{created.paths.data_dir}.")
    print(f"The administrator is '{args.admin}'.")
    print()
    print("RECOVERY KEY (shown only this once):")
    print()
    print(f"    {created.recovery_key}")
    print()
    print("Write it down or print it now, and keep it locked away (in a safe, not beside the")
    print("computer). It opens this installation if every admin password is forgotten;")
    print("anyone who has it and a copy of the data folder can read every case.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: Secrets) -> int:
    if InstallationPaths(args.data).exists():
        raise CliError(EXIT_INVALID, f"there is already an installation in {args.data}; "
                                     "choose another --data folder for the demo.")
    try:
        # Imported late: the demo's generator is big and no other command needs it.
        demo = importlib.import_module("victimcare.services.demo")
    except ModuleNotFoundError as e:
        if e.name != "victimcare.services.demo":
            raise
        raise CliError(EXIT_UNEXPECTED, "the demo is not part of this version.") from None
    options: dict[str, Any] = {} if args.cases is None else {"cases": args.cases}
    if sys.stderr.isatty():
        options["progress"] = _progress("Building the demo: step {done} of {total}")
    try:
        result = demo.create_demo(Path(args.data), **options)
    finally:
        _end_progress()
    print(f"Created a demo installation with {result.cases} invented cases in {args.data}.")
    print("Every person in it is made up. Sign in with one of these accounts:")
    print()
    _table([("Role", "Username", "Password"), *result.logins], indent="  ")
    print()
    print(f"Recovery key of the demo: {result.recovery_key}")
    return EXIT_OK


def _progress(template: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        print("\r" + template.format(done=done, total=total), end="", file=sys.stderr,
              flush=True)
    return report


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


@_with_session
def cmd_import_register(session: Session, args: argparse.Namespace) -> int:
    progress = _progress("Checked {done} of {total} rows") if sys.stderr.isatty() else None
    try:
        summary = register_import.import_register(session, Path(args.file),
                                                  dry_run=args.dry_run, progress=progress)
    finally:
        _end_progress()
    counts = (f"{summary.incidents} incident(s), {summary.cases} case(s) and "
              f"{summary.persons} person(s) from {summary.rows} row(s)")
    if summary.dry_run:
        print(f"The file is valid: it would import {counts}. Nothing was written (dry run).")
    else:
        print(f"Imported {counts}.")
    return EXIT_OK


@_with_session
def cmd_find(session: Session, args: argparse.Namespace) -> int:
    found = cases.find(session, args.text)
    if not found:
        print("No matches.")
        return EXIT_OK
    _table([(f.case_number or "-", f.name, f.name_ur or "-",
             reference.label("admin_units", f.district) or "-") for f in found])
    return EXIT_OK


@_with_session
def cmd_audit_verify(session: Session, args: argparse.Namespace) -> int:
    check = backup.verify_audit(session)
    if check.broken is None:
        print(f"Checked {check.events} events: chain intact.")
        return EXIT_OK
    b = check.broken
    why = ("its content was changed after it was written" if b.reason == "altered"
           else "it does not follow the event before it (events were removed or reordered)")
    raise CliError(EXIT_AUDIT_BROKEN,
                   f"the audit chain is broken after {check.events - 1} good events, at event "
                   f"{b.seq} (id {b.event_id}, device {b.device}, {b.reason}): {why}. Keep "
                   "this data folder as it is and tell your coordinator.")


def cmd_passwd(args: argparse.Namespace, secrets: Secrets) -> int:
    session, old = _signed_in(args, secrets, prompt="Current password for {user}: ")
    try:
        new = secrets.new_password("New password: ")
        accounts.change_password(session, old, new)
    finally:
        session.close()
    print(f"The password of {args.user} has been changed.")
    return EXIT_OK


def _one_time(username: str, password: str) -> None:
    print(f"One-time password for {username}: {password}")
    print("Give it to them in person. They must change it when they first sign in.")


@_with_session
def cmd_user_add(session: Session, args: argparse.Namespace) -> int:
    password = accounts.create_user(session, args.username, args.name, list(args.role))
    print(f"Added {args.username} ({', '.join(args.role)}).")
    _one_time(args.username, password)
    return EXIT_OK


@_with_session
def cmd_user_reset(session: Session, args: argparse.Namespace) -> int:
    _one_time(args.username, accounts.reset_password(session, args.username))
    return EXIT_OK


@_with_session
def cmd_user_remove(session: Session, args: argparse.Namespace) -> int:
    accounts.remove_user(session, args.username)
    print(f"Switched off the account {args.username} and deleted its key slot; its history "
          "stays.")
    return EXIT_OK


@_with_session
def cmd_user_list(session: Session, args: argparse.Namespace) -> int:
    rows = [("Username", "Name", "Roles", "State")]
    for u in accounts.list_users(session):
        state = ("switched off" if not u.active else
                 "must change password" if u.must_change_password else "active")
        rows.append((u.username, u.full_name, ", ".join(u.roles), state))
    _table(rows)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Secrets) -> int:
    installation.load_keyslots(args.data)
    key = secrets.ask("Recovery key: ")
    password = secrets.new_password(f"New password for {args.user}: ")
    installation.recover(args.data, key, args.user, password)
    print(f"The password of {args.user} has been set. Sign in with it now.")
    return EXIT_OK


@_with_session
def cmd_backup(session: Session, args: argparse.Namespace) -> int:
    info = backup.create_backup(session, Path(args.out))
    print(f"Backup written to {info.path} ({info.size / 1_048_576:.1f} MiB).")
    print("It stays encrypted: restoring it needs a user's password or the recovery key.")
    print("Keep it somewhere other than this computer, and never with the recovery key.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    info = backup.restore_backup(Path(args.file), args.data)
    print(f"Restored the backup made at {info.created_at} into {args.data}.")
    print("Sign in with the passwords that were valid when the backup was made.")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        # One line like every other error (argparse would also print the whole usage).
        self.exit(EXIT_USAGE, f"{PROG}: error: {message}; see '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    data = _Parser(add_help=False)
    data.add_argument("--data", type=Path, default=default_data_dir(), metavar="DIR",
                      help="the installation's data folder (default: %(default)s)")
    stdin = _Parser(add_help=False)
    stdin.add_argument("--password-stdin", action="store_true",
                       help="read passwords from standard input, one per line, instead of "
                            "asking at the terminal")
    user = _Parser(add_help=False, parents=[stdin])
    user.add_argument("--user", required=True, metavar="NAME", help="your username")

    parser = _Parser(prog=PROG, description="VictimCare without its window: set-up, "
                     "register import, search, audit check, user accounts and backups. "
                     "Run 'victimcare' without a command to open the app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, run: Callable[[argparse.Namespace, Secrets], int], help_text: str,
            parents: Sequence[argparse.ArgumentParser], into: Any = sub) -> Any:
        p = into.add_parser(name, help=help_text, description=help_text, parents=list(parents))
        p.set_defaults(run=run)
        return p

    p = add("init", cmd_init, "create a new installation and its first administrator",
            [data, stdin])
    p.add_argument("--office", required=True, metavar="CODE",
                   help="office code, e.g. PB-LHR")
    p.add_argument("--admin", required=True, metavar="USERNAME",
                   help="username of the first administrator")
    p.add_argument("--admin-name", metavar="NAME", help="the administrator's full name")
    cli_bundle.add_init_arguments(p)

    p = add("demo", cmd_demo, "create a demo installation full of invented cases", [data])
    p.add_argument("--cases", type=int, metavar="N",
                   help="how many cases to invent (default: 120)")

    p = add("import-register", cmd_import_register,
            "import a register of victims kept in a spreadsheet (CSV file)", [data, user])
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true",
                   help="check the whole file and report, but write nothing")

    p = add("find", cmd_find, "find people and cases by name, CNIC, mobile or case number",
            [data, user])
    p.add_argument("text", metavar="TEXT")

    p = sub.add_parser("audit", help="check the audit trail", description="check the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    add("verify", cmd_audit_verify, "check that no audit event was altered or removed",
        [data, user], into=audit_sub)

    add("passwd", cmd_passwd, "change your own password", [data, user])

    p = sub.add_parser("user", help="manage user accounts (administrators)",
                       description="manage user accounts (administrators)")
    user_sub = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    p = add("add", cmd_user_add, "add a user; prints a one-time password", [data, user],
            into=user_sub)
    p.add_argument("username", metavar="USERNAME")
    p.add_argument("--name", required=True, metavar="FULL_NAME", help="the user's full name")
    p.add_argument("--role", required=True, action="append",
                   choices=[r.value for r in Role], help="a role; repeat for several")
    p = add("reset", cmd_user_reset, "give a user a new one-time password", [data, user],
            into=user_sub)
    p.add_argument("username", metavar="USERNAME")
    p = add("remove", cmd_user_remove, "switch off a user's account", [data, user],
            into=user_sub)
    p.add_argument("username", metavar="USERNAME")
    add("list", cmd_user_list, "list the user accounts", [data, user], into=user_sub)

    p = add("recover", cmd_recover,
            "set a new password for a user with the recovery key", [data, stdin])
    p.add_argument("--user", required=True, metavar="USERNAME",
                   help="the user whose password is set")

    p = add("backup", cmd_backup, "write an encrypted backup of the installation to a file",
            [data, user])
    p.add_argument("--out", required=True, type=Path, metavar="FILE")

    p = add("restore", cmd_restore, "restore a backup into an empty data folder", [data])
    p.add_argument("file", type=Path, metavar="FILE")

    cli_bundle.add_commands(sub, parents=[data, user])
    cli_letter.add_commands(sub, parents=[data, user])
    return parser


def cmd_signed_in(args: argparse.Namespace, secrets: Secrets) -> int:
    """Run a command whose parser sets `handler(session, args)` (sync, letters, directory)
    with this module's sign-in and error handling."""
    session, _ = _signed_in(args, secrets)
    try:
        return int(args.handler(session, args))
    finally:
        session.close()


def main(argv: list[str]) -> int:
    """Run one command; every failure ends as one line on stderr and an exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        return _run(argv)
    except KeyboardInterrupt:
        _error(["interrupted; the command was stopped."])
        return EXIT_INTERRUPTED
    except Exception:
        # Never a traceback or an exception text: either could carry names or keys.
        _error([UNEXPECTED])
        return EXIT_UNEXPECTED


def _run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_USAGE if e.code else EXIT_OK
    secrets = Secrets(getattr(args, "password_stdin", False))
    run = getattr(args, "run", None) or cmd_signed_in
    try:
        return int(run(args, secrets))
    except (VictimCareError, CliError) as e:
        _error(describe(e))
        return exit_code(e)
    except OSError as e:
        _error([f"a file could not be read or written ({e.strerror or 'input/output error'}); "
                "check the path, its permissions and the free space."])
        return EXIT_STORAGE
