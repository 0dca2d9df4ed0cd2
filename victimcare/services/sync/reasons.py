"""Why a bundle was refused, in words a coordinator can act on (the CLI prints these; the GUI
shows them translated)."""

from __future__ import annotations

from collections.abc import Callable

from victimcare.domain.errors import VictimCareError

# The translation context of REASONS, DETAILS, REFUSED and SEPARATOR: packaging/i18n.py
# extracts them from this file, since no Qt code can live in services.
CONTEXT = "BundleReasons"
REFUSED = "The bundle was refused."
SEPARATOR = ", "  # between details (Urdu writes its own comma)

REASONS: dict[str, str] = {
    "too_large": "The bundle is larger than this program accepts. Ask the office to export "
                 "again; if it keeps happening, report it.",
    "not_a_bundle": "This file is not a VictimCare bundle. Check that the right file was "
                    "copied.",
    "truncated": "The bundle file is incomplete (cut short while copying). Copy it again "
                 "from the sender.",
    "unsupported_version": "The bundle was written by a newer VictimCare. Update this "
                           "installation, then import it again.",
    "header_too_large": "The bundle's header is damaged or forged. Ask the sender for a new "
                        "bundle.",
    "bad_header": "The bundle's header is damaged. Copy the file again or ask the sender "
                  "for a new bundle.",
    "unknown_sender": "The bundle comes from a device this installation has not enrolled. "
                      "Phone the office, compare the fingerprint, then trust the device.",
    "sender_revoked": "The device that wrote this bundle has been revoked. Its bundles are "
                      "no longer accepted.",
    "own_bundle": "This bundle was written by this installation itself.",
    "wrong_kind": "This kind of bundle cannot be imported here (an office bundle goes to the "
                  "hub, a return bundle to its office).",
    "bad_signature": "The bundle's signature does not match its sender: it was altered or "
                     "forged. Do not use it; ask the sender for a new bundle.",
    "key_mismatch": "This device id is already enrolled with different keys. Do not trust it "
                    "before you have phoned the office.",
    "wrong_recipient": "The bundle was written for another installation. Send it to the "
                       "right recipient.",
    "decrypt_failed": "The bundle could not be decrypted: it was altered, or written for "
                      "another installation.",
    "payload_mismatch": "The bundle's contents do not match its header. Ask the sender for "
                        "a new bundle.",
    "bad_compression": "The bundle's contents are damaged. Ask the sender for a new bundle.",
    "decompression_limit": "The bundle unpacks to more than it declares (a compression "
                           "bomb). It was refused; report it.",
    "malformed_line": "A record in the bundle is not readable. Ask the sender for a new "
                      "bundle and report it.",
    "invalid_record": "A record in the bundle has an invalid value. Nothing was imported; "
                      "report it with the details shown.",
    "out_of_scope": "The bundle holds records of another office. Nothing was imported; "
                    "report it.",
    "missing_row": "The bundle changes a record this installation does not have. Import the "
                   "office's earlier bundles first, or ask for a new bundle.",
    "missing_reference": "The bundle refers to records this installation does not have. "
                         "Import the earlier bundles first, or ask for a new bundle.",
    "constraint_failed": "The bundle's records clash with records here (for example the same "
                         "user name twice). Nothing was imported; report it.",
    "no_device_keys": "This installation has no device keys yet. Sign in again or set up "
                      "sync first.",
    "unreadable": "The file could not be read. Check the USB stick or the file's location.",
    "bad_profile": "The organisation profile is damaged or not signed by its hub.",
    "cancelled": "Stopped. Nothing was changed.",
}


# The details of a refusal worth reporting, with their labels.
DETAILS: dict[str, str] = {
    "file": "file", "line": "line", "table": "table", "field": "field", "detail": "detail",
    "office": "office", "fingerprint": "fingerprint", "version": "version",
}


def message(error: VictimCareError, translate: Callable[[str], str] = str) -> str:
    """The reason and its details; `translate` turns each English text into the reader's."""
    text = translate(REASONS.get(error.code, REFUSED))
    details = [f"{translate(DETAILS[k])}: {v}" for k, v in sorted(error.params.items())
               if k in DETAILS]
    if details:
        text += " (" + translate(SEPARATOR).join(details) + ")"
    return text
