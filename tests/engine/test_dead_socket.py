"""A socket this computer stops (audit A3): on Windows, CPython 3.11's proactor loop stops
receiving on a UDP socket after any error other than port-unreachable, so an endpoint
that reports one is dead. Its pending transactions fail at once as ``died``, the port is
asked again on a fresh socket of the same number, and a dead socket's silence is never
held against the router. No Windows here: the errors are injected the way the proactor
delivers them (``error_received`` with the Windows code, and nothing received after it).
"""

from __future__ import annotations

import asyncio
import errno

import pytest
from aioice import stun
from fakestun import Behaviour, FakeStunServer
from netutil import free_ports

from wizard.engine import probes, runner
from wizard.engine.model import (
    Address,
    Outcome,
    PortCheck,
    Reason,
    Requirement,
    ServerError,
    Verdict,
)
from wizard.engine.probes import SOCKET_REDOS, ProbeSettings, preflight_server
from wizard.engine.resolve import Resolution, ServerSpec, parse_server
from wizard.engine.runner import ScanSettings, run_scan
from wizard.engine.sequence import Answer, PortSequence
from wizard.engine.sequence import Test as Probe  # (a class named Test* would be collected)
from wizard.engine.transport import Pacer, StunEndpoint, open_endpoint, open_probe_socket

WSAENETRESET = 10052  # an ICMP time-exceeded, or a network that reset
WSAEHOSTUNREACH = 10065  # an ICMP host-unreachable


def kill(endpoint: StunEndpoint, code: int = WSAEHOSTUNREACH) -> None:
    """What the proactor does on a receive error: nothing is received any more, and the
    protocol hears of it once."""
    endpoint.datagram_received = lambda data, addr: None  # type: ignore[method-assign]
    asyncio.get_running_loop().call_soon(endpoint.error_received, OSError(code, "injected"))


class Silent(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.got: list[bytes] = []

    def datagram_received(self, data: bytes, addr) -> None:
        self.got.append(data)


async def silent_peer() -> tuple[asyncio.DatagramTransport, Silent, Address]:
    loop = asyncio.get_running_loop()
    sink, peer = await loop.create_datagram_endpoint(Silent, local_addr=("127.0.0.1", 0))
    return sink, peer, Address.of(sink.get_extra_info("sockname"))


# ---------------------------------------------------------------------------- transport


@pytest.mark.parametrize("code", [WSAENETRESET, WSAEHOSTUNREACH])
async def test_an_error_fails_the_pending_request_at_once_and_every_later_one(code) -> None:
    sink, peer, address = await silent_peer()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    loop = asyncio.get_running_loop()
    try:
        pending = asyncio.ensure_future(
            endpoint.request(address, offsets=(0.0, 0.5, 1.0), timeout=5.0)
        )
        await asyncio.sleep(0.05)
        killed_at = loop.time()
        endpoint.error_received(OSError(code, "injected"))
        exchange = await asyncio.wait_for(pending, 1.0)
        assert loop.time() - killed_at < 0.1  # not the five seconds of a silence
        assert exchange.died and exchange.reply is None and len(exchange.sends) == 1
        assert endpoint.dead and endpoint.error.errno == code
        later = await endpoint.request(address, offsets=(0.0,), timeout=5.0)
        assert later.died and later.sends == () and later.reply is None
        await asyncio.sleep(0.05)
        assert len(peer.got) == 1  # nothing more went out
    finally:
        await endpoint.aclose()
        sink.close()


async def test_a_send_this_computer_refused_is_not_a_send() -> None:
    # Linux reports a send its own firewall or routing refused (EPERM, ENETUNREACH)
    # through error_received, inside sendto: the copy never left.
    sink, _, address = await silent_peer()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:

        def refuse(data, addr=None) -> None:
            endpoint.error_received(OSError(errno.EPERM, "Operation not permitted"))

        endpoint.transport.sendto = refuse  # type: ignore[method-assign]
        exchange = await asyncio.wait_for(endpoint.request(address, timeout=5.0), 1.0)
        assert exchange.died and exchange.sends == ()
    finally:
        await endpoint.aclose()
        sink.close()


async def test_an_answer_in_before_the_error_stands() -> None:
    server = await FakeStunServer().start()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        primary = Address(server.ip, server.port)
        exchange = await endpoint.request(primary, timeout=1.0)
        endpoint.error_received(OSError(WSAENETRESET, "injected"))
        assert exchange.reply is not None and not exchange.died
        assert endpoint.dead
    finally:
        await endpoint.aclose()
        server.close()


# ---------------------------------------------------------------------------- sequence


def test_a_died_answer_counts_for_nothing() -> None:
    sequence = PortSequence(
        5060, Requirement.FULL_CONE, Address("192.0.2.1", 3478), Address("192.0.2.2", 3479)
    )
    request = sequence.next_request()
    assert request is not None and request.test is Probe.TEST1
    sequence.record(request, Answer(sends=(1.0, 1.5), died=True))
    step = sequence.step(Probe.TEST1)
    assert (step.attempts, step.sends, step.answered) == (0, [], False)
    assert sequence.next_request() == request  # asked again as if for the first time
    assert not sequence.done and not sequence.retested


# ---------------------------------------------------------------------------- a whole scan


def settings(*servers: str, **kw) -> ScanSettings:
    kw.setdefault("rate", 500)
    kw.setdefault("timeout", 0.5)
    return ScanSettings([parse_server(s) for s in servers], **kw)


def killing(monkeypatch, port: int, times: int) -> list[StunEndpoint]:
    """The first ``times`` sockets the scan opens on ``port`` die on their first test 2
    (a CHANGE-REQUEST), before its answer can come in; returns every endpoint opened."""
    opened: list[StunEndpoint] = []
    real = runner.open_endpoint

    async def open_and_kill(sock):
        endpoint = await real(sock)
        if sock.getsockname()[1] != port:
            return endpoint
        opened.append(endpoint)
        if len(opened) > times:
            return endpoint
        send = endpoint.transport.sendto

        def sendto(data, addr=None) -> None:
            if "CHANGE-REQUEST" in stun.parse_message(data).attributes and not endpoint.dead:
                kill(endpoint)
            send(data, addr)

        endpoint.transport.sendto = sendto  # type: ignore[method-assign]
        return endpoint

    monkeypatch.setattr(runner, "open_endpoint", open_and_kill)
    return opened


async def test_a_port_whose_socket_died_is_asked_again_on_a_fresh_one_and_passes(monkeypatch):
    server = await FakeStunServer().start()
    ports = free_ports(4)
    opened = killing(monkeypatch, ports[1], times=1)
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    assert result.verdict is Verdict.SUCCESS, [(p.outcome, p.reason) for p in result.ports]
    port = result.ports[1]
    assert (port.outcome, port.test1, port.test2) == (Outcome.PASS, True, True)
    assert len(opened) == 2 and opened[0].dead and not opened[1].dead
    assert opened[0].transport.get_extra_info("sockname")[1] == ports[1]
    assert opened[1].transport.get_extra_info("sockname")[1] == ports[1]  # the same number
    assert server.behaviour.change_from.count(ports[1]) >= 2


async def test_a_port_whose_socket_keeps_dying_is_undecided_not_blamed_on_the_router(
    monkeypatch,
):
    server = await FakeStunServer().start()
    ports = free_ports(3)
    opened = killing(monkeypatch, ports[0], times=99)
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    first = result.ports[0]
    assert (first.outcome, first.reason) == (Outcome.INCONCLUSIVE, Reason.SOCKET_ERROR)
    assert first.test1 is True and first.test2 is None
    assert len(opened) == 1 + SOCKET_REDOS and all(e.dead for e in opened)
    assert [p.outcome for p in result.ports[1:]] == [Outcome.PASS] * 2
    assert result.verdict is Verdict.INCONCLUSIVE


async def test_a_port_taken_while_its_dead_socket_was_replaced_is_in_use(monkeypatch):
    server = await FakeStunServer().start()
    ports = free_ports(2)
    killing(monkeypatch, ports[0], times=1)
    real = runner.open_probe_socket
    binds: list[int] = []

    def open_or_refuse(port, host="0.0.0.0", platform="linux"):
        binds.append(port)
        if port == ports[0] and binds.count(port) == 2:
            raise OSError(errno.EADDRINUSE, "Address already in use")
        return real(port, host, platform)

    monkeypatch.setattr(runner, "open_probe_socket", open_or_refuse)
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    assert binds.count(ports[0]) == 2
    assert result.ports[0].outcome is Outcome.PORT_IN_USE
    assert result.ports[1].outcome is Outcome.PASS


# ---------------------------------------------------------------------------- the controls


def dying_controls(monkeypatch) -> list[runner.Controls]:
    """Controls whose socket dies as soon as the scan proper starts."""
    made: list[runner.Controls] = []

    class Dying(runner.Controls):
        def start(self) -> None:
            super().start()
            made.append(self)
            self.first = self.endpoint
            kill(self.endpoint, WSAENETRESET)

    monkeypatch.setattr(runner, "Controls", Dying)
    return made


async def test_controls_whose_socket_died_reopen_their_port_and_still_judge(monkeypatch):
    # None forwarded (nothing passes beside them, so no slow witness after the scan):
    # every port's silence needs the controls' word.
    ports = free_ports(4)
    server = await FakeStunServer(behaviour=Behaviour(drop_change_from=frozenset(ports))).start()
    made = dying_controls(monkeypatch)
    try:
        result = await run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec))
    finally:
        server.close()
    (controls,) = made
    assert controls.revived == 1 and not controls.failed
    assert controls.first.dead and not controls.endpoint.dead
    # The same port number again: the router's state and the contact log are about it.
    number = controls.first.transport.get_extra_info("sockname")[1]
    assert controls.endpoint.transport.get_extra_info("sockname")[1] == number
    assert [p.outcome for p in result.ports] == [Outcome.NOT_FORWARDED] * 4
    assert result.verdict is Verdict.NOT_FORWARDED


async def test_controls_that_cannot_reopen_leave_ports_undecided_not_link_loss(monkeypatch):
    ports = free_ports(6)
    behaviour = Behaviour(drop_change_from=frozenset(ports[:2]))
    server = await FakeStunServer(behaviour=behaviour).start()
    made = dying_controls(monkeypatch)
    real = runner.open_probe_socket

    def no_second_bind(port, host="0.0.0.0", platform="linux"):
        if made and port == made[0].endpoint.transport.get_extra_info("sockname")[1]:
            raise OSError(errno.EADDRINUSE, "Address already in use")
        return real(port, host, platform)

    monkeypatch.setattr(runner, "open_probe_socket", no_second_bind)
    try:
        result = await asyncio.wait_for(
            run_scan("custom", [PortCheck(p) for p in ports], settings(server.spec)), 30
        )
    finally:
        server.close()
    (controls,) = made
    assert controls.failed
    silent = [(p.outcome, p.reason) for p in result.ports[:2]]
    assert silent == [(Outcome.INCONCLUSIVE, Reason.SOCKET_ERROR)] * 2
    assert [p.outcome for p in result.ports[2:]] == [Outcome.PASS] * 4
    assert result.verdict is Verdict.INCONCLUSIVE


# ---------------------------------------------------------------------------- preflight


def killed_by(monkeypatch, bad: Address) -> dict[StunEndpoint, list[Address]]:
    """Every socket the preflight opens dies when it sends to ``bad`` (the ICMP error that
    address brings back); returns each endpoint with the addresses it sent to."""
    opened: dict[StunEndpoint, list[Address]] = {}
    real = probes.open_endpoint

    async def open_and_watch(sock):
        endpoint = await real(sock)
        sent = opened[endpoint] = []
        send = endpoint.transport.sendto

        def sendto(data, addr=None) -> None:
            sent.append(Address.of(addr))
            if Address.of(addr) == bad and not endpoint.dead:
                kill(endpoint)
            send(data, addr)

        endpoint.transport.sendto = sendto  # type: ignore[method-assign]
        return endpoint

    monkeypatch.setattr(probes, "open_endpoint", open_and_watch)
    return opened


async def test_a_first_server_address_that_kills_its_socket_does_not_hide_the_second(
    monkeypatch,
):
    server = await FakeStunServer().start()
    sink, _, bad = await silent_peer()
    good = Address(server.ip, server.port)
    opened = killed_by(monkeypatch, bad)
    pacer = Pacer(500)
    found = None
    try:
        found = await preflight_server(
            ServerSpec("stun.example"),
            Resolution(addresses=(bad, good)),
            pacer,
            ProbeSettings(timeout=0.5),
        )
        assert found.status.error is None and found.status.usable
        assert found.status.primary == good
        assert found.endpoint is not None and not found.endpoint.dead
        # One socket per address: the one kept never asked the bad address.
        assert bad not in opened[found.endpoint]
        asked_bad = [e for e, sent in opened.items() if bad in sent]
        assert len(asked_bad) == 1 + SOCKET_REDOS and all(e.dead for e in asked_bad)
        assert len(found.discarded) == 1 + SOCKET_REDOS
        assert all(f.endpoint is None and f.port is not None for f in found.discarded)
    finally:
        if found is not None and found.endpoint is not None:
            await found.endpoint.aclose()
        pacer.close()
        sink.close()
        server.close()


async def test_a_silent_first_address_is_asked_from_a_socket_of_its_own(monkeypatch):
    server = await FakeStunServer().start()
    sink, _, bad = await silent_peer()
    good = Address(server.ip, server.port)
    pacer = Pacer(500)
    found = None
    try:
        found = await preflight_server(
            ServerSpec("stun.example"),
            Resolution(addresses=(bad, good)),
            pacer,
            ProbeSettings(timeout=0.2),
        )
        assert found.status.usable and found.status.primary == good
        (first,) = found.discarded
        assert first.status.error is not None and first.asked[0].destination == bad
        assert all(r.destination != bad for r in found.asked)
    finally:
        if found is not None and found.endpoint is not None:
            await found.endpoint.aclose()
        pacer.close()
        sink.close()
        server.close()


async def test_a_server_asked_only_from_sockets_that_died_is_not_called_silent(monkeypatch):
    sink, _, bad = await silent_peer()
    opened = killed_by(monkeypatch, bad)
    pacer = Pacer(500)
    try:
        found = await preflight_server(
            ServerSpec("stun.example"), Resolution(addresses=(bad,)), pacer, ProbeSettings(0.5)
        )
    finally:
        pacer.close()
        sink.close()
    assert found.status.error is ServerError.SOCKET_ERROR
    assert found.endpoint is None and len(opened) == 1 + SOCKET_REDOS
    assert all(e.dead for e in opened) and len(found.discarded) == 1 + SOCKET_REDOS
