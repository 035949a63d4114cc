"""This computer's own firewall, read before a scan: does it drop test 2's answers?

Test 2's answer comes from an address the probe port never sent to. A stateful host
firewall (Windows Defender Firewall, a Linux PBX's nftables) treats it as new inbound
traffic and applies its default inbound action, whatever the router does. Reading the
policy needs no administrator rights on Windows ("All users may read the configuration
settings", learn.microsoft.com, Windows Firewall with Advanced Security).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from wizard.engine.model import FirewallInbound, HostFirewall


def read_host_firewall(
    ports: Sequence[int], program: str | None = None, *, platform: str = sys.platform
) -> HostFirewall:
    """This computer's firewall as it concerns UDP answers to ``ports`` for ``program``
    (``sys.executable`` by default). Blocking (up to a few seconds): call it in a thread.
    Never raises: what cannot be read is ``FirewallInbound.UNKNOWN`` with a ``detail``."""
    return HostFirewall(FirewallInbound.UNKNOWN, program=program or sys.executable)
