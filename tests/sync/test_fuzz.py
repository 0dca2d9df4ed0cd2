"""Fuzzing the bundle reader: whatever the bytes, the only failure is the typed rejection."""

from __future__ import annotations

import contextlib
import importlib.util
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synclib import HUB, Net, forge, sample_families, sample_incident

from victimcare.domain.errors import BundleRejected
from victimcare.services import incidents
from victimcare.services.sync import bundle_format as fmt
from victimcare.services.sync import importer

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=4096))
def test_envelope_of_any_bytes(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        fmt.open_envelope(fmt.MAGIC + data)


@SETTINGS
@given(st.binary(max_size=2048), st.integers(0, 1 << 20))
def test_payload_lines_of_any_stream(data: bytes, declared: int) -> None:
    for stream in (data, zlib.compress(data)):
        try:
            for _ in fmt.lines(stream, declared):
                pass
        except BundleRejected:
            pass


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                   max_size=4),
    max_leaves=12)
_tables = st.sampled_from(["person", "vc_case", "office", "case_member", "nope"])


@st.composite
def change_lines(draw: st.DrawFn) -> dict[str, object]:
    fields = draw(st.dictionaries(
        st.sampled_from(["given_name", "sex", "status", "office", "deleted", "case_id", "x"]),
        st.lists(_json, min_size=0, max_size=5) | _json, max_size=4))
    return {"type": draw(st.sampled_from(["change", "change", "audit", "blob", "device"])),
            "table": draw(_tables), "id": draw(st.text(max_size=10)),
            "op": draw(st.sampled_from(["insert", "update", "delete", "drop"])),
            "seq": draw(st.integers(-1, 5)), "origin": draw(st.text(max_size=5)),
            "fields": fields}


@pytest.fixture
def ready(net: Net) -> Net:
    incidents.register_incident(net.cw("PB-LHR"), sample_incident("PB-LHR"), sample_families())
    return net


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=st.lists(change_lines(), max_size=5))
def test_signed_bundles_with_arbitrary_lines(ready: Net, lines) -> None:
    """A device we trust sends nonsense: refused with a reason, never a crash."""
    hub = ready.s(HUB)
    before = hub.db.scalar("SELECT count(*) FROM change_log")
    data = forge(ready.s("PB-LHR"), hub, lines)
    try:
        importer.import_bytes(hub, data)
    except BundleRejected:
        assert hub.db.scalar("SELECT count(*) FROM change_log") == before


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=8)), min_size=1,
                     max_size=4))
def test_mutated_real_bundles(ready: Net, cuts) -> None:
    good = bytearray(ready.export("PB-LHR").read_bytes())
    for pos, junk in cuts:
        at = pos % (len(good) + 1)
        good[at:at + len(junk)] = junk
    with contextlib.suppress(BundleRejected):
        importer.import_bytes(ready.s(HUB), bytes(good))


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_atheris_harness_runs_clean(tmp_path: Path) -> None:
    harness = Path(__file__).with_name("fuzz_reader.py")
    done = subprocess.run([sys.executable, str(harness), "-atheris_runs=3000",
                           f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
