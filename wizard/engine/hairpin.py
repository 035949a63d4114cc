"""Hairpin NAT (NAT loopback): does the router loop a datagram for its own public address
back to the forwarded port, and its answer back to the sender?

Phones on the LAN that register to the PBX's public name send to the router's public
address. A router without hairpin NAT drops that (or answers it itself), and a router
that loops it back without also rewriting the source (no SNAT on the LAN side) makes the
PBX answer the phone directly, from an address the phone did not send to, which the
phone drops. Either way LAN phones fail while remote ones work.

The test, after the scan (``run_hairpin``): a forwarded port P (one that passed test 2,
the product's SIP port first) is bound again; a fresh port A of this computer sends a few
copies of a datagram with a random nonce to P's public address. P answers every copy to
where it came from. ``judge`` decides:

- A got P's answer from P's public address: it works, both ways.
- P got the datagram, but no answer reached A from the public address: looped back
  without SNAT (``HairpinProblem.NO_SNAT``), a finding against the router only when the
  datagram arrived from A's own address (the router did not rewrite it); otherwise a lost
  answer, asked again.
- Nothing reached P: the router does not loop back. That counts only when this
  computer's firewall is known to let P's unsolicited datagrams in (no pre-open can be
  aimed at a source not known in advance) and enough copies went out for the link's
  loss; otherwise it could not be told (``HOST_FIREWALL``, ``LINK_LOSS``).

Nothing of an earlier check can make it pass: A is a fresh port, and the router's state
for P's earlier flows matches only packets from the servers P talked to.
"""

from __future__ import annotations

import asyncio
import math
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from wizard.engine.model import (
    Address,
    FirewallInbound,
    Hairpin,
    HairpinProblem,
    HostFirewall,
    Outcome,
    PortResult,
    Protocol,
    Requirement,
)
from wizard.engine.probes import ProbeSettings, ephemeral_socket
from wizard.engine.transport import open_probe_socket

MAGIC_ASK = b"PFWH"
MAGIC_ANSWER = b"PFWR"
NONCE_BYTES = 12
COPIES = 4  # copies of the datagram on a clean link
MAX_COPIES = 24
SPACING = 0.15  # seconds between copies
LINGER = 1.0  # seconds to wait for the last answer
# The most the chance that every copy (or its answer) was lost may be, for a silence to
# count; the same bound the scan uses for its own silences.
DOUBT = 0.01


def choose_port(results: Sequence[PortResult], sip_port: int | None) -> PortResult | None:
    """The port to loop back to: the product's SIP port if it passed test 2 with a known
    public address of the same number, else the lowest such full-cone UDP port."""
    fit = [
        r
        for r in results
        if r.protocol is Protocol.UDP
        and r.requirement is Requirement.FULL_CONE
        and r.outcome is Outcome.PASS
        and r.test2
        and r.mapped is not None
    ]
    for r in fit:
        if r.port == sip_port:
            return r
    return min(fit, key=lambda r: r.port, default=None)


def copies_for(loss_pct: float | None) -> int | None:
    """How many copies make losing all of them (each copy's way there and its answer's
    way back, each at ``loss_pct`` percent) less likely than ``DOUBT``; None when the
    link loses so much that no sensible number does."""
    loss = 0.0 if loss_pct is None else max(0.0, loss_pct) / 100.0
    both = 1.0 - (1.0 - loss) ** 2  # a copy or its answer lost
    if both <= 0.0:
        return COPIES
    if both >= 0.75:
        return None
    needed = math.ceil(math.log(DOUBT) / math.log(both))
    if needed > MAX_COPIES:
        return None
    return max(COPIES, needed)


@dataclass
class Heard:
    """What the test's two sockets heard: P the sources of the datagrams that reached it,
    A the sources of the answers that reached it."""

    at_port: list[Address] = field(default_factory=list)
    at_sender: list[Address] = field(default_factory=list)


def judge(
    heard: Heard,
    port: int,
    public: Address,
    sender: Address,
    firewall_open: bool,
    copies: int | None,
) -> Hairpin:
    """The finding from what was heard. ``sender``: A's own address (this computer's LAN
    address and A's port); ``firewall_open``: this computer's firewall lets P's
    unsolicited datagrams in; ``copies``: how many were sent (None: the link was too
    lossy to send a sensible number, so a silence proves nothing)."""
    base = Hairpin(tested=True, port=port, public=public)
    arrived = heard.at_port[0] if heard.at_port else None
    if public in heard.at_sender:
        return _with(base, works=True, arrived_from=arrived)
    if arrived is not None:
        if arrived == sender:
            # Looped back with the phone's own address as source: the PBX answers the
            # phone directly, from its LAN address; the phone waits for the public one.
            return _with(base, works=False, arrived_from=arrived, problem=HairpinProblem.NO_SNAT)
        # Rewritten on the way in, yet no answer came back: lost, not told.
        return _with(base, arrived_from=arrived, problem=HairpinProblem.LINK_LOSS)
    if copies is None:
        return _with(base, problem=HairpinProblem.LINK_LOSS)
    if not firewall_open:
        return _with(base, problem=HairpinProblem.HOST_FIREWALL)
    return _with(base, works=False)


def _with(base: Hairpin, **changes) -> Hairpin:
    return replace(base, **changes)


def firewall_lets_in(firewall: HostFirewall | None, port: int) -> bool:
    """This computer's firewall, as read before the scan, lets unsolicited datagrams
    reach ``port``: off or open, or an allow rule covers the port. Unknown is no."""
    if firewall is None:
        return False
    return firewall.inbound is FirewallInbound.OPEN or port in firewall.open_ports


class _Listener(asyncio.DatagramProtocol):
    def __init__(self, nonce: bytes, heard: list[Address], answer: bool) -> None:
        self.nonce = nonce
        self.heard = heard
        self.answer = answer
        self.transport: asyncio.DatagramTransport | None = None
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)

    async def aclose(self) -> None:
        """Close, and return once the socket is closed (the port free to bind again)."""
        if self.transport is not None:
            self.transport.close()
            await self.closed

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        magic = MAGIC_ASK if self.answer else MAGIC_ANSWER
        if data != magic + self.nonce:
            return
        source = Address.of(addr)
        self.heard.append(source)
        if self.answer and self.transport is not None:
            self.transport.sendto(MAGIC_ANSWER + self.nonce, addr)

    def error_received(self, exc: Exception) -> None:  # ICMP errors: the copies cover them
        pass


async def run_hairpin(
    results: Sequence[PortResult],
    *,
    sip_port: int | None,
    settings: ProbeSettings,
    firewall: HostFirewall | None,
    loss_pct: float | None,
    avoid: Collection[int],
    source_ip: str | None,
) -> Hairpin:
    """The hairpin test on the port ``choose_port`` picks from the scan's ``results``.

    ``source_ip``: this computer's address towards the internet (A's address as the
    router sees it), for telling a loop-back without SNAT. Takes about
    ``copies * SPACING + LINGER`` seconds (under 2 s on a clean link). Never raises for
    what the network does; ``OSError`` from binding becomes ``PORT_IN_USE``."""
    chosen = choose_port(results, sip_port)
    if chosen is None or chosen.mapped is None:
        return Hairpin(tested=False, problem=HairpinProblem.NO_FORWARDED_PORT)
    port, public = chosen.port, chosen.mapped
    copies = copies_for(loss_pct)
    loop = asyncio.get_running_loop()
    try:
        sock = open_probe_socket(port, settings.local_ip, settings.platform)
    except OSError:
        return Hairpin(tested=False, port=port, public=public, problem=HairpinProblem.PORT_IN_USE)
    unbound = Hairpin(tested=False, problem=HairpinProblem.PORT_IN_USE)
    nonce = os.urandom(NONCE_BYTES)
    heard = Heard()
    _, at_port = await loop.create_datagram_endpoint(
        lambda: _Listener(nonce, heard.at_port, answer=True), sock=sock
    )
    try:
        try:
            sock_a = ephemeral_socket(settings, avoid)
        except OSError:  # NoSparePort among them
            return replace(unbound, port=port, public=public)
        sender_port = sock_a.getsockname()[1]
        _, at_sender = await loop.create_datagram_endpoint(
            lambda: _Listener(nonce, heard.at_sender, answer=False), sock=sock_a
        )
        try:
            for _ in range(copies or COPIES):
                if public in heard.at_sender:
                    break
                assert at_sender.transport is not None
                at_sender.transport.sendto(MAGIC_ASK + nonce, (public.ip, public.port))
                await asyncio.sleep(SPACING)
            deadline = loop.time() + LINGER
            while loop.time() < deadline and public not in heard.at_sender:
                await asyncio.sleep(0.05)
        finally:
            await at_sender.aclose()
    finally:
        await at_port.aclose()
    sender = Address(source_ip or settings.local_ip, sender_port)
    return judge(heard, port, public, sender, firewall_lets_in(firewall, port), copies)
