"""Shared fixtures: real STUN servers on loopback, and the rule that CI never skips.

A test that needs a tool the machine lacks (coturn, root for namespaces) is skipped on
a developer's box but fails in CI (``CI`` set), where ``.ci/run`` installs everything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from loopback import Coturn

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path_factory, monkeypatch) -> Path:
    """Each test's checks remember their contacts in a folder of their own: the contact
    log would otherwise carry one test's packets into the next (a test of a re-run keeps
    one folder for both runs on purpose)."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def coturn() -> Iterator[Coturn]:
    """coturn on 127.0.0.1 and 127.0.0.2: RFC 5780 with a real second address."""
    need(shutil.which("turnserver") is not None, "coturn (turnserver) is not installed")
    server = Coturn(("127.0.0.1", "127.0.0.2"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def coturn_single() -> Iterator[Coturn]:
    """coturn with one address: it answers but has no second address for test 2."""
    need(shutil.which("turnserver") is not None, "coturn (turnserver) is not installed")
    server = Coturn(("127.0.0.3",))
    yield server
    server.stop()


@pytest.fixture
def hold_udp_port() -> Iterator:
    """Starts another program that holds a UDP port; returns its Popen."""
    started: list[subprocess.Popen] = []

    def hold(port: int, ip: str = "0.0.0.0") -> subprocess.Popen:
        code = (
            "import socket, sys, time\n"
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            f"s.bind(({ip!r}, {port}))\n"
            "print('bound', flush=True)\n"
            "time.sleep(600)\n"
        )
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "bound"
        return process

    yield hold
    for process in started:
        process.kill()
        process.wait()
