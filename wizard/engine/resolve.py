"""STUN server specs and their names, resolved the way the PBX itself would resolve them.

Resolution goes through the operating system (``getaddrinfo``), so a hosts file or a
company DNS server behaves here as it does for the PBX, and the two failures a
technician must tell apart stay apart: the name does not exist, or DNS does not answer.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from dataclasses import dataclass

from wizard.engine.model import Address, ServerError
from wizard.engine.text import QT_TRANSLATE_NOOP, TranslatableError
from wizard.responder.protocol import DEFAULT_CONTROL_PORT

DEFAULT_STUN_PORT = 3478

_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*\.?$")

# getaddrinfo's failures, by platform: "the name does not exist" ...
_NAME_NOT_FOUND = {
    getattr(socket, name)
    for name in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")
    if hasattr(socket, name)
} | {11001, 11004}  # WSAHOST_NOT_FOUND, WSANO_DATA
# ... everything else (EAI_AGAIN, EAI_FAIL, WSATRY_AGAIN, WSANO_RECOVERY) is "no answer".


EMPTY_SERVER = QT_TRANSLATE_NOOP("ServerSpec", "empty STUN server")
NO_BRACKET = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}': missing ']' after the IPv6 address")
NO_PORT_AFTER = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}': expected ':port' after ']'")
PORT_NOT_NUMBER = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}': the port '{port}' is not a number")
PORT_OUT_OF_RANGE = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}': port {port} is outside 1–65535")
NOT_A_HOST = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}' is not a host name or IP address")
NO_PORT = QT_TRANSLATE_NOOP("ServerSpec", "'{spec}' needs a port, as in stun.example.net:3478")
NOT_IPV4 = QT_TRANSLATE_NOOP(
    "ServerSpec", "'{spec}' is not an IPv4 address such as 100.64.0.2 or 192.168.178.20"
)
NOT_A_WAN = QT_TRANSLATE_NOOP(
    "ServerSpec",
    "{spec} cannot be a router's internet address: give the WAN address its status page shows",
)


class ServerSpecError(TranslatableError):
    """A STUN server written in a way that cannot be used."""

    context = "ServerSpec"


@dataclass(frozen=True)
class ServerSpec:
    host: str
    port: int = DEFAULT_STUN_PORT

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_server(text: str, *, need_port: bool = False) -> ServerSpec:
    """``host``, ``host:port``, ``1.2.3.4:3478`` or ``[2001:db8::1]:3478``.

    The one reader of ``host:port`` for STUN servers: the command line, the settings page
    and the product files (which must name the port: ``need_port``) all go through it.
    """
    spec = text.strip()
    if not spec:
        raise ServerSpecError(EMPTY_SERVER)
    host, port_text = spec, None
    if spec.startswith("["):
        end = spec.find("]")
        if end < 0:
            raise ServerSpecError(NO_BRACKET, spec=spec)
        host, rest = spec[1:end], spec[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise ServerSpecError(NO_PORT_AFTER, spec=spec)
            port_text = rest[1:]
    elif spec.count(":") == 1:
        host, port_text = spec.split(":")
    port = DEFAULT_STUN_PORT
    if port_text is None and need_port:
        raise ServerSpecError(NO_PORT, spec=spec)
    if port_text is not None:
        if not port_text.isdigit():
            raise ServerSpecError(PORT_NOT_NUMBER, spec=spec, port=port_text)
        port = int(port_text)
        if not 1 <= port <= 65535:
            raise ServerSpecError(PORT_OUT_OF_RANGE, spec=spec, port=port)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOSTNAME.match(host):
            raise ServerSpecError(NOT_A_HOST, spec=spec) from None
    return ServerSpec(host, port)


def parse_responder(text: str) -> ServerSpec:
    """A responder's address (``wizard.responder``): HOST[:PORT] read as a STUN server's is
    (``parse_server``), its control port ``protocol.DEFAULT_CONTROL_PORT`` where none is
    given. Raises ``ServerSpecError``; the command line and the settings page both read
    ``--responder`` and its field through it."""
    try:
        return parse_server(text, need_port=True)
    except ServerSpecError as exc:
        if exc.template != NO_PORT:
            raise
    return ServerSpec(parse_server(text).host, DEFAULT_CONTROL_PORT)


def parse_wan_address(text: str) -> str:
    """The router's internet (WAN) address as the technician read it off the router's
    status page (``--router-wan``, the settings page), in its plain dotted form.

    Private (RFC 1918) and shared (RFC 6598) addresses are what the check looks for, so
    they pass; an address no working router's WAN side can hold raises
    ``ServerSpecError``, as anything not IPv4: "this network" (0.0.0.0/8), loopback,
    link-local (169.254.0.0/16: no address from the provider), multicast and the
    reserved 240.0.0.0/4 with the broadcast address (RFC 6890).
    """
    spec = text.strip()
    try:
        address = ipaddress.IPv4Address(spec)
    except ValueError:
        raise ServerSpecError(NOT_IPV4, spec=spec) from None
    this_network = address in ipaddress.IPv4Network("0.0.0.0/8")
    reserved = address in ipaddress.IPv4Network("240.0.0.0/4")  # broadcast among them
    if (
        this_network
        or reserved
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
    ):
        raise ServerSpecError(NOT_A_WAN, spec=str(address))
    return str(address)


@dataclass(frozen=True)
class Resolution:
    addresses: tuple[Address, ...] = ()
    error: ServerError | None = None
    detail: str | None = None


async def resolve(spec: ServerSpec, timeout: float = 10.0) -> Resolution:
    """The server's IPv4 addresses (NAT traversal for the PBX is an IPv4 matter)."""
    try:
        ip = ipaddress.ip_address(spec.host)
    except ValueError:
        pass
    else:
        if ip.version != 4:
            return Resolution(error=ServerError.NO_RESPONSE, detail="IPv6 servers are not used")
        return Resolution((Address(str(ip), spec.port),))
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(spec.host, spec.port, family=socket.AF_INET, type=socket.SOCK_DGRAM),
            timeout,
        )
    except TimeoutError:
        return Resolution(error=ServerError.DNS_NO_ANSWER, detail=f"no answer within {timeout:g} s")
    except socket.gaierror as exc:
        kind = (
            ServerError.NAME_NOT_FOUND
            if exc.errno in _NAME_NOT_FOUND
            else ServerError.DNS_NO_ANSWER
        )
        return Resolution(error=kind, detail=exc.strerror or str(exc))
    except (OSError, UnicodeError) as exc:  # e.g. a name the IDNA codec refuses
        return Resolution(error=ServerError.DNS_NO_ANSWER, detail=str(exc))
    addresses: list[Address] = []
    for *_, sockaddr in infos:
        address = Address.of(sockaddr)
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        return Resolution(error=ServerError.NAME_NOT_FOUND, detail="no IPv4 address")
    return Resolution(tuple(addresses))
