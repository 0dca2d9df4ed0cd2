"""Killing an import at random moments: the database opens, passes integrity_check, holds the
bundle completely or not at all, and the same bundle imports afterwards."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from synclib import HUB, USER_PW, Net, sample_families, sample_incident

from victimcare.services import incidents
from victimcare.services.installation import sign_in
from victimcare.services.sync import importer

CHILD = Path(__file__).with_name("crash_child.py")
TRIALS = 20


def _child(data: Path, bundle: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen([sys.executable, str(CHILD), str(data), str(bundle)],
                            stdout=subprocess.PIPE, text=True, env=env)


def test_import_killed_at_random_moments_is_all_or_nothing(net: Net, tmp_path: Path) -> None:
    for _ in range(12):
        incidents.register_incident(net.cw("PB-LHR"), sample_incident("PB-LHR"),
                                    sample_families())
    bundle = net.export("PB-LHR")
    case_ids = {r[0] for r in net.s("PB-LHR").db.query("SELECT id FROM vc_case")}
    receipts_before = net.s(HUB).db.scalar("SELECT count(*) FROM bundle_receipt")
    net.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(net.dir(HUB), pristine)

    # One uninterrupted run tells how long the import itself takes.
    probe = tmp_path / "probe"
    shutil.copytree(pristine, probe)
    child = _child(probe, bundle)
    out, _ = child.communicate(timeout=120)
    duration = float(out.split()[-1])

    rng = random.Random(5)
    outcomes = []
    for trial in range(TRIALS):
        data = tmp_path / f"trial{trial}"
        shutil.copytree(pristine, data)
        child = _child(data, bundle)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, duration * 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        session = sign_in(data, "coord", USER_PW)
        try:
            assert session.db.scalar("PRAGMA integrity_check") == "ok"
            held = {r[0] for r in session.db.query("SELECT id FROM vc_case")} & case_ids
            receipt = session.db.scalar("SELECT count(*) FROM bundle_receipt")
            assert held in (set(), case_ids)
            assert (held == case_ids) == (receipt == receipts_before + 1)
            outcomes.append(bool(held))
            again = importer.import_bundle(session, bundle)
            assert again.status == (importer.ALREADY if held else importer.APPLIED)
            assert {r[0] for r in session.db.query("SELECT id FROM vc_case")} >= case_ids
        finally:
            session.close()
            shutil.rmtree(data)
    assert not all(outcomes), "every kill came too late to interrupt anything"
