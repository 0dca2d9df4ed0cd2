"""Fixtures of the sync tests: a network built once per session, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from synclib import Net, build_network


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template") / "net"
    build_network(root)
    return root


@pytest.fixture
def net(network_template: Path, tmp_path: Path) -> Iterator[Net]:
    dest = tmp_path / "net"
    shutil.copytree(network_template, dest)
    n = Net(dest)
    yield n
    n.close()


