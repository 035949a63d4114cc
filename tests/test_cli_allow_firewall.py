"""``check --allow-firewall``: Windows only, and the administrator action before the scan."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from wizard.cli import allow_firewall
from wizard.elevation import Allowed, AllowResult
from wizard.engine.model import FirewallInbound, HostFirewall


@pytest.mark.skipif(sys.platform == "win32", reason="the refusal is for other systems")
def test_elsewhere_it_is_one_clear_line_and_exit_2_before_any_check():
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "check", "--product", "3cx", "--allow-firewall"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --allow-firewall works on Windows only"
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (AllowResult(Allowed.DONE), "may receive UDP until it ends"),
        (AllowResult(Allowed.DECLINED), "declined; checking anyway"),
        (AllowResult(Allowed.FAILED, "netsh ended with 1"), "(netsh ended with 1)"),
    ],
)
def test_the_action_gets_the_firewall_read_for_the_ports_and_says_how_it_went(answer, says):
    firewall = HostFirewall(FirewallInbound.FILTERS, block_rules=("x.exe",), program="x.exe")
    asked: list = []

    def read(ports):
        asked.append(list(ports))
        return firewall

    def allow(found):
        asked.append(found)
        return answer

    out = io.StringIO()
    allow_firewall([9000, 9001], out, read=read, allow=allow)
    assert asked == [[9000, 9001], firewall]
    [line] = out.getvalue().splitlines()
    assert line.startswith("Firewall: ") and says in line
