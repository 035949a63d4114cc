"""The STUN tests: the preflight from an ephemeral port, and the tests one port runs.

Test 1 asks the server's primary address for the public address of the port. Test 2
asks it to answer from its other IP and port (CHANGE-REQUEST); that answer only gets in
if the router lets unsolicited traffic reach the port. The mapping test then asks the
other address directly: a different public address means the mapping depends on the
destination. It runs after test 2 because it opens a pinhole to the other address that
would let test 2's answer in and falsify it.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, replace

from aioice import stun

from wizard.engine.holders import HolderLookup
from wizard.engine.model import (
    Address,
    BindFailure,
    Observation,
    ServerError,
    ServerStatus,
)
from wizard.engine.resolve import Resolution, ServerSpec
from wizard.engine.transport import (
    CHANGE_IP,
    CHANGE_PORT,
    Pacer,
    StunEndpoint,
    bind_failure,
    mapped_address,
    open_endpoint,
    open_probe_socket,
    other_address,
    send_offsets,
)


@dataclass(frozen=True)
class ProbeSettings:
    timeout: float = 2.0  # seconds to wait for the answer to one request, resends included
    local_ip: str = "0.0.0.0"
    platform: str = sys.platform

    @property
    def offsets(self) -> tuple[float, ...]:
        return send_offsets(self.timeout)


async def _ask(
    endpoint: StunEndpoint,
    pacer: Pacer,
    settings: ProbeSettings,
    destination: Address,
    *,
    change: int = 0,
    expect: Address | None = None,
    urgent: bool = False,
) -> tuple[stun.Message | None, tuple[Address, ...]]:
    """One paced transaction; an error response counts as no answer."""
    await pacer.wait(urgent)
    reply, strays = await endpoint.request(
        destination,
        change=change,
        expect=(expect or destination,),
        offsets=settings.offsets,
        timeout=settings.timeout,
    )
    if reply is None or reply.message.message_class != stun.Class.RESPONSE:
        return None, strays
    return reply.message, strays


def _usable_other(primary: Address, other: Address | None) -> bool:
    # CHANGE-REQUEST asks for a different IP *and* port; an address that differs in
    # only one, or a wildcard, cannot give test 2 its meaning.
    return (
        other is not None
        and other.ip != primary.ip
        and other.port != primary.port
        and other.ip not in ("0.0.0.0", "255.255.255.255")
        and other.port != 0
    )


async def preflight_server(
    spec: ServerSpec, resolution: Resolution, pacer: Pacer, settings: ProbeSettings
) -> tuple[ServerStatus, Address | None]:
    """Check one server from an ephemeral port; also returns the public address it saw."""
    status = ServerStatus(
        server=str(spec),
        addresses=resolution.addresses,
        error=resolution.error,
        detail=resolution.detail,
    )
    if resolution.error is not None:
        return status, None
    endpoint = await open_endpoint(open_probe_socket(0, settings.local_ip, settings.platform))
    loop = asyncio.get_running_loop()
    try:
        for address in resolution.addresses[:3]:
            sent = loop.time()
            answer, _ = await _ask(endpoint, pacer, settings, address)
            if answer is not None:
                break
        else:
            return replace(status, error=ServerError.NO_RESPONSE), None
        round_trip = loop.time() - sent
        public = mapped_address(answer)
        other = other_address(answer)
        status = replace(status, primary=address, other_address=other)
        if not _usable_other(address, other):
            return replace(status, error=ServerError.NO_SECOND_ADDRESS), public
        # Only a reply from the wrong address is conclusive here, and a server that
        # ignores CHANGE-REQUEST answers as fast as it did just now. Waiting the full
        # time-out would cost seconds behind every filtering NAT, where no reply comes.
        quick = replace(settings, timeout=min(settings.timeout, max(0.25, 4 * round_trip)))
        changed, strays = await _ask(
            endpoint, pacer, quick, address, change=CHANGE_IP | CHANGE_PORT, expect=other
        )
        if changed is None and strays:
            return replace(status, error=ServerError.IGNORES_CHANGE_REQUEST), public
        # No answer at all is normal behind a filtering NAT: the ports will tell.
        return status, public
    finally:
        endpoint.close()


async def probe_port(
    port: int,
    server: ServerStatus,
    pacer: Pacer,
    settings: ProbeSettings,
    holders: HolderLookup,
) -> Observation:
    """Bind exactly ``port`` and run test 1, test 2 and the mapping test from it."""
    assert server.primary is not None
    try:
        sock = open_probe_socket(port, settings.local_ip, settings.platform)
    except OSError as exc:
        failure = bind_failure(exc, settings.platform) or BindFailure.NO_PERMISSION
        holder = await holders.find(port)
        if holder is not None:
            # Windows answers "access denied" for a port another program holds exclusively.
            failure = BindFailure.IN_USE
        return Observation(port, bind_failure=failure, bind_error=str(exc), holder=holder)
    endpoint = await open_endpoint(sock)
    try:
        answer, _ = await _ask(endpoint, pacer, settings, server.primary)
        mapped = mapped_address(answer) if answer is not None else None
        if mapped is None or not server.usable:
            return Observation(port, mapped=mapped)
        other = server.other_address
        assert other is not None
        changed, strays = await _ask(
            endpoint,
            pacer,
            settings,
            server.primary,
            change=CHANGE_IP | CHANGE_PORT,
            expect=other,
            urgent=True,
        )
        through_other, _ = await _ask(endpoint, pacer, settings, other, urgent=True)
        return Observation(
            port,
            mapped=mapped,
            test2=changed is not None,
            test2_wrong_source=changed is None and server.primary in strays,
            mapped_other=mapped_address(through_other) if through_other is not None else None,
            mapping_tested=True,
        )
    finally:
        await endpoint.aclose()


async def refine(
    port: int,
    server: ServerStatus,
    pacer: Pacer,
    settings: ProbeSettings,
    *,
    filtering: bool,
    mapping: bool,
) -> tuple[bool | None, Address | None]:
    """The two RFC 5780 requests that tell address- from address-and-port-dependent.

    Run on a port that already did its tests, so its mapping and pinholes exist:
    ``filtering`` asks for an answer from the primary IP on the other port; ``mapping``
    asks the other IP on the primary port. Returns (answer arrived, mapping seen).
    """
    assert server.primary is not None and server.other_address is not None
    try:
        sock = open_probe_socket(port, settings.local_ip, settings.platform)
    except OSError:
        return None, None
    endpoint = await open_endpoint(sock)
    answered: bool | None = None
    seen: Address | None = None
    try:
        if filtering:
            expect = Address(server.primary.ip, server.other_address.port)
            reply, _ = await _ask(
                endpoint,
                pacer,
                settings,
                server.primary,
                change=CHANGE_PORT,
                expect=expect,
                urgent=True,
            )
            answered = reply is not None
        if mapping:
            target = Address(server.other_address.ip, server.primary.port)
            reply, _ = await _ask(endpoint, pacer, settings, target, urgent=True)
            seen = mapped_address(reply) if reply is not None else None
    finally:
        await endpoint.aclose()
    return answered, seen
