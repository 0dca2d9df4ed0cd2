"""atheris harness for the bundle reader: any bytes give a bundle or a typed rejection.

Run: python tests/sync/fuzz_reader.py [-atheris_runs=N] (needs `pip install atheris`).
"""

from __future__ import annotations

import contextlib
import sys
import zlib

import atheris

with atheris.instrument_imports():
    from victimcare.domain.errors import BundleRejected
    from victimcare.services.sync import bundle_format as fmt


def one_input(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        fmt.open_envelope(data)
    try:
        # The payload parser on its own: any compressed stream, any declared size.
        for _ in fmt.lines(zlib.compress(data), len(data) + 1):
            pass
    except BundleRejected:
        pass
    try:
        for _ in fmt.lines(data, 1 << 16):
            pass
    except BundleRejected:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
