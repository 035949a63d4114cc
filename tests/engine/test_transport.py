"""Sockets and STUN transactions on loopback: exact binds, matching, retransmission."""

from __future__ import annotations

import asyncio
import errno
import socket

import pytest
from aioice import stun
from fakestun import Behaviour, FakeStunServer
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.engine.model import Address, BindFailure
from wizard.engine.transport import (
    CHANGE_IP,
    CHANGE_PORT,
    WSAEACCES,
    WSAEADDRINUSE,
    Exchange,
    Pacer,
    StunEndpoint,
    bind_failure,
    mapped_address,
    open_endpoint,
    open_probe_socket,
    send_offsets,
)


def test_send_offsets_double_and_stay_within_the_timeout():
    assert send_offsets(2.0) == (0.0, 0.5, 1.5)
    assert send_offsets(0.3) == (0.0,)
    assert send_offsets(10.0) == (0.0, 0.5, 1.5, 3.5, 7.5)


def test_probe_socket_binds_exactly_and_never_shares():
    sock = open_probe_socket(0, "127.0.0.1")
    try:
        port = sock.getsockname()[1]
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
        with pytest.raises(OSError) as caught:
            open_probe_socket(port, "127.0.0.1")
        assert bind_failure(caught.value) is BindFailure.IN_USE
        # A wildcard bind also collides with another program's address-specific bind.
        with pytest.raises(OSError):
            open_probe_socket(port, "0.0.0.0")
    finally:
        sock.close()


@pytest.mark.parametrize(
    ("platform", "exc", "expected"),
    [
        ("linux", OSError(errno.EADDRINUSE, "Address already in use"), BindFailure.IN_USE),
        ("linux", OSError(errno.EACCES, "Permission denied"), BindFailure.NO_PERMISSION),
        ("darwin", OSError(errno.EADDRINUSE, "Address already in use"), BindFailure.IN_USE),
        ("linux", OSError(errno.EADDRNOTAVAIL, "Cannot assign"), BindFailure.OTHER),
        # Recorded from Windows: errno carries the winsock code.
        (
            "win32",
            OSError(WSAEADDRINUSE, "Only one usage of each socket address"),
            BindFailure.IN_USE,
        ),
        (
            "win32",
            OSError(WSAEACCES, "An attempt was made to access a socket"),
            BindFailure.NO_PERMISSION,
        ),
        ("win32", OSError(10049, "The requested address is not valid"), BindFailure.OTHER),
    ],
)
def test_bind_failure_by_platform(platform, exc, expected):
    assert bind_failure(exc, platform) is expected


async def test_pacer_spaces_new_transactions():
    loop = asyncio.get_running_loop()
    pacer = Pacer(200.0)
    times = []

    async def one():
        await pacer.wait()
        times.append(loop.time())

    await asyncio.gather(*(one() for _ in range(21)))
    # 21 slots at 5 ms intervals: the last is at least 100 ms after the first, and a late
    # timer never lets more through than the small catch-up allowance.
    assert max(times) - min(times) >= 0.099
    window = [t for t in times if t - min(times) < 0.05]
    assert len(window) <= 1 + (0.05 + Pacer.CATCH_UP) / 0.005


async def test_pacer_serves_ports_under_way_first():
    pacer = Pacer(100.0)
    order = []

    async def one(name, urgent):
        await pacer.wait(urgent)
        order.append(name)

    await pacer.wait()  # takes the free slot; everyone else queues
    tasks = [asyncio.create_task(one(f"new{i}", False)) for i in range(3)]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(one("follow-up", True)))
    await asyncio.gather(*tasks)
    assert order[0] == "follow-up"
    assert order[1:] == ["new0", "new1", "new2"]


async def test_pacer_rate_changes_and_pause():
    loop = asyncio.get_running_loop()
    pacer = Pacer(1000.0)
    await pacer.wait()
    pacer.pause()
    waiter = asyncio.create_task(pacer.wait())
    await asyncio.sleep(0.05)
    assert not waiter.done()  # nothing goes out while paused
    pacer.set_rate(20.0)
    pacer.resume()
    await asyncio.wait_for(waiter, 1.0)
    start = loop.time()
    await pacer.wait()
    await pacer.wait()
    assert loop.time() - start >= 0.045  # 20 a second now
    assert pacer.sent == 4 and pacer.rate == 20.0


async def test_a_cancelled_waiter_gives_up_its_place():
    pacer = Pacer(50.0)
    await pacer.wait()
    first = asyncio.create_task(pacer.wait())
    second = asyncio.create_task(pacer.wait())
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.wait_for(second, 1.0)
    assert first.cancelled()
    assert not pacer._normal and not pacer._urgent


async def test_request_matches_transaction_and_source():
    server = await FakeStunServer().start()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        primary = Address("127.0.0.1", server.port)
        other = Address("127.0.0.2", server.alt_port)
        exchange = await endpoint.request(primary, timeout=1.0)
        reply, strays = exchange.reply, exchange.strays
        assert reply is not None and reply.source == primary and strays == ()
        assert len(exchange.sends) == 1 and reply.at >= exchange.sends[0]
        local = endpoint.transport.get_extra_info("sockname")
        assert mapped_address(reply.message) == Address("127.0.0.1", local[1])

        reply = (
            await endpoint.request(
                primary, change=CHANGE_IP | CHANGE_PORT, expect=(other,), timeout=1.0
            )
        ).reply
        assert reply is not None and reply.source == other

        # A server that ignores the request answers from the primary address: that
        # reply is not accepted, only reported.
        server.behaviour.honour_change = False
        exchange = await endpoint.request(
            primary, change=CHANGE_IP | CHANGE_PORT, expect=(other,), timeout=0.3
        )
        assert exchange.reply is None and exchange.strays == (primary,)
    finally:
        endpoint.close()
        server.close()


async def test_garbage_before_the_answer_does_not_stop_the_transaction():
    server = await FakeStunServer(behaviour=Behaviour(garbage_first=True)).start()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        exchange = await endpoint.request(Address("127.0.0.1", server.port), timeout=1.0)
        assert exchange.reply is not None
        assert endpoint.ignored >= 2
    finally:
        endpoint.close()
        server.close()


async def test_retransmits_until_the_timeout():
    server = await FakeStunServer(behaviour=Behaviour(silent=True)).start()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    try:
        exchange = await endpoint.request(
            Address("127.0.0.1", server.port), offsets=(0.0, 0.05, 0.15), timeout=0.3
        )
        assert exchange.reply is None
        assert server.behaviour.requests == 3
        # The copies went out on schedule, and all of them are reported.
        sends = exchange.sends
        assert len(sends) == 3
        assert [round(t - sends[0], 2) for t in sends] == [0.0, 0.05, 0.15]
    finally:
        endpoint.close()
        server.close()


async def test_resends_wait_for_the_pacer_and_keep_their_listening_time():
    server = await FakeStunServer(behaviour=Behaviour(silent=True)).start()
    endpoint = await open_endpoint(open_probe_socket(0, "127.0.0.1"))
    loop = asyncio.get_running_loop()
    waited: list[bool] = []

    async def slow_pace(resend: bool) -> None:
        waited.append(resend)
        if resend:
            await asyncio.sleep(0.2)  # a busy pacer holds the resend back

    try:
        start = loop.time()
        exchange = await endpoint.request(
            Address("127.0.0.1", server.port),
            offsets=(0.0, 0.05),
            timeout=0.15,
            pace=slow_pace,
        )
        took = loop.time() - start
        assert waited == [False, True]
        assert server.behaviour.requests == 2
        assert exchange.sends[1] - exchange.sends[0] >= 0.2
        # The late copy still gets the 0.1 s the schedule meant it to have.
        assert took >= exchange.sends[1] - start + 0.095
    finally:
        endpoint.close()
        server.close()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_datagram_is_survived(data):
    endpoint = StunEndpoint()
    endpoint.datagram_received(data, ("127.0.0.1", 3478))
    # And a valid-looking header with random attributes:
    header = stun.Message(stun.Method.BINDING, stun.Class.RESPONSE)
    endpoint.datagram_received(
        bytes(header)[:2] + len(data).to_bytes(2, "big") + bytes(header)[4:20] + data,
        ("127.0.0.1", 3478),
    )


class CapturingTransport(asyncio.DatagramTransport):
    """Takes what an endpoint sends, so a test can answer it with anything."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[bytes] = []

    def sendto(self, data, addr=None) -> None:
        self.sent.append(bytes(data))

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        pass


async def answer_with(tail: bytes, method: int, message_class: int) -> Exchange:
    """A request whose answer carries the right transaction id and ``tail`` as its
    attributes (the length field fitted to it), with the given method and class."""
    endpoint = StunEndpoint()
    transport = CapturingTransport()
    endpoint.connection_made(transport)
    server = Address("192.0.2.1", 3478)
    asking = asyncio.ensure_future(endpoint.request(server, timeout=0.05))
    while not transport.sent and not asking.done():
        await asyncio.sleep(0)
    assert transport.sent, asking.exception()
    transaction = stun.parse_message(transport.sent[0]).transaction_id
    head = bytes(stun.Message(method, message_class, transaction))[:20]
    header = head[:2] + len(tail).to_bytes(2, "big") + head[4:8]
    endpoint.datagram_received(header + transaction + tail, ("192.0.2.1", 3478))
    return await asking


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=120),
    st.sampled_from([stun.Method.BINDING, stun.Method.ALLOCATE]),
    st.sampled_from(list(stun.Class)),
)
def test_any_answer_to_our_own_transaction_is_survived(tail, method, message_class):
    """The path that matters: a datagram with the transaction id we are waiting for, a
    valid header and anything after it. Either it is ignored (the request times out) or
    it is the reply, and reading its mapped address never raises."""
    exchange = asyncio.run(answer_with(tail, method, message_class))
    reply = exchange.reply
    if reply is None:
        return
    assert method == stun.Method.BINDING
    assert message_class in (stun.Class.RESPONSE, stun.Class.ERROR)
    mapped = mapped_address(reply.message)
    assert mapped is None or isinstance(mapped, Address)


def test_a_response_without_a_mapped_address_is_a_reply_without_one():
    exchange = asyncio.run(answer_with(b"", stun.Method.BINDING, stun.Class.RESPONSE))
    assert exchange.reply is not None
    assert mapped_address(exchange.reply.message) is None
