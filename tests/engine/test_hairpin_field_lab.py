"""break12b: hairpin NAT behind a second NAT that forwards everything (a DMZ on the
provider's device). The customer's router has hairpin NAT switched on; the public
address the phones would use belongs to the device in front, which does not loop
traffic back. The check knows about that device (the router's WAN address, typed from
its status page, is 100.64.0.2: carrier/shared space, and its own report says so), so a
failed loop-back has another explanation than "the router has no hairpin NAT": it must
not tell the technician to switch on a hairpin NAT the router already has.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ci import need
from lab import Lab

pytestmark = pytest.mark.lab

PORTS = "9000-9009"


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab(isp="dmz") as lab:
        lab.start_coturn()
        yield lab


def check(lab: Lab, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]),
               XDG_STATE_HOME=str(tmp_path))  # fmt: skip
    argv = [sys.executable, "-m", "wizard", "check", "--product", "custom", "--ports", PORTS,
            "--stun", f"{Lab.STUN_NAME}:3478", "--timeout", "1", "--lang", "en",
            "--no-router", "--router-wan", lab.router_wan_ip, *extra]  # fmt: skip
    return subprocess.run(["ip", "netns", "exec", lab.pbx, *argv], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def test_hairpin_failing_at_the_device_in_front_is_not_blamed_on_the_router(lab, tmp_path):
    lab.router("forward", ports=(9000, 9009), hairpin=True)
    for run in range(2):  # and a "Run again" right after
        if run:
            lab.router("forward", ports=(9000, 9009), hairpin=True, flush=False)
        found = json.loads(check(lab, tmp_path / str(run), "--json").stdout)
        assert found["verdict"] == "success"
        assert found["router"]["upstream_nat"] == "shared"
        assert found["hairpin"]["tested"] is True
        text = check(lab, tmp_path / f"t{run}").stdout
        hairpin = text[text.index("Hairpin NAT:") :].split("\n\n")[0]
        # The router loops back (hairpin=True); the provider's device in front does not.
        assert "The router does not loop traffic back" not in hairpin, hairpin
        assert "Switch on hairpin NAT on the router" not in hairpin, hairpin


# ------------------------------------------------------------------ half hairpin on Linux


@pytest.fixture(scope="module")
def plain_lab() -> Iterator[Lab]:
    need(Lab.available(), "the NAT lab needs root, ip, nft, turnserver and stund")
    with Lab() as lab:
        lab.start_coturn()
        yield lab


def test_a_loop_back_without_snat_is_not_called_no_hairpin_nat(plain_lab, tmp_path):
    """The router loops the datagram back (DNAT on the LAN side) but keeps its source,
    this computer's own address. Linux (accept_local=0, the default; a PBXact/FreePBX
    PBX is Linux) drops an arriving packet whose source is one of its own addresses, so
    the forwarded port never hears it: the silence is this computer's doing, not a
    router without loopback. The check calls it "no hairpin NAT" and says to switch on
    what is already on; the truth is NO_SNAT, or "could not tell"."""
    plain_lab.router("forward", ports=(9000, 9009), hairpin="half")
    for run in range(2):
        found = json.loads(check(plain_lab, tmp_path / str(run), "--json").stdout)
        hairpin = found["hairpin"]
        assert hairpin["tested"] is True
        assert hairpin["works"] is not True
        # A silence here is either no loopback or one without source translation (this
        # computer drops what comes from its own address): the words must say both.
        text = check(plain_lab, tmp_path / f"t{run}").stdout
        said = text[text.index("Hairpin NAT:") :].split("\n\n")[0]
        assert "without translating its source" in said, said
        assert "The router does not loop traffic back" not in said, said
