"""An emulated UPnP internet gateway that answers as miniupnpd 2.3.1 does, with the WAN
address, connection status and mappings it is told.

Its answers are the real miniupnpd's, recorded in tests/engine/recorded/upnp/ (SSDP,
the description, each SOAP action, NAT-PMP), with only the values changed: the
LOCATION's address and port, the external address, the status, the listed entries. It
models what the lab's real miniupnpd cannot be without being told to lie: a router with
a public WAN address, and one that lists a forward to another LAN host.

In a test, on loopback (every port its own, no multicast)::

    async with FakeIgd("127.0.0.1", wan="203.0.113.1", mappings=[...]) as igd:
        ... Ports(ssdp=igd.ssdp_port, port_control=igd.natpmp_port, multicast=False)

As a program in the lab's router namespace (tests/upnplab.py starts it; prints "ready")::

    python tests/fakeigd.py --address 198.18.0.1 --wan 203.0.113.1 \
        --mapping UDP:5060:198.18.0.3:5060:old-PBX --natpmp

``seen`` lists the SOAP actions it was asked, so a test can tell that only reading
ones were.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import signal
import socket
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

RECORDED = Path(__file__).resolve().parent / "engine" / "recorded" / "upnp"
RESERVED = RECORDED / "miniupnpd-2.3.1"  # the lab's WAN: no address
PUBLIC = RECORDED / "miniupnpd-2.3.1-public"  # a public WAN address (11.0.0.1)
RECORDED_LOCATION = "http://198.18.0.1:5000/"
RECORDED_WAN = "11.0.0.1"
SSDP_GROUP = "239.255.255.250"
TARGETS = {
    "urn:schemas-upnp-org:service:WANIPConnection:1": "WANIPConnection-1",
    "urn:schemas-upnp-org:service:WANIPConnection:2": "WANIPConnection-2",
    "urn:schemas-upnp-org:service:WANPPPConnection:1": "WANPPPConnection-1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1": "InternetGatewayDevice-1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2": "InternetGatewayDevice-2",
}


@dataclass(frozen=True)
class Mapping:
    protocol: str  # "UDP" or "TCP"
    external_port: int
    internal_client: str
    internal_port: int
    description: str = ""
    enabled: bool = True
    lease: int = 0

    @classmethod
    def parse(cls, text: str) -> Mapping:
        """ "PROTO:EXTERNAL:CLIENT:INTERNAL[:DESCRIPTION]" """
        protocol, external, client, internal, *rest = text.split(":", 4)
        return cls(protocol.upper(), int(external), client, int(internal), rest[0] if rest else "")


def _split(path: Path) -> tuple[bytes, bytes]:
    """A recorded HTTP answer's head (without Content-Length) and body."""
    data = path.read_bytes()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"content-length:")]
    return b"\r\n".join(lines), body


def _answer(head: bytes, body: bytes) -> bytes:
    status, _, rest = head.partition(b"\r\n")
    length = b"Content-Length: %d" % len(body)
    return status + b"\r\n" + (rest + b"\r\n" if rest else b"") + length + b"\r\n\r\n" + body


def _xml_text(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()


class FakeIgd:
    """An IGD on ``address``: SSDP on ``ssdp_port`` (and the multicast group when
    ``multicast``), HTTP on ``http_port``, NAT-PMP on ``natpmp_port`` when ``natpmp``.
    Port 0 picks a free one (see the attributes after ``start``). ``raw``: full HTTP
    answers (bytes) by path or SOAP action name, sent instead of the recorded ones;
    ``hang``: paths or action names it never answers; ``location``: the LOCATION its
    search answers give (default: its own description)."""

    def __init__(
        self,
        address: str,
        wan: str = "",
        status: str = "Connected",
        mappings: Iterable[Mapping] = (),
        natpmp: bool = False,
        name: str | None = None,
        ssdp_port: int = 1900,
        http_port: int = 5000,
        natpmp_port: int = 5351,
        multicast: bool = True,
        raw: dict[str, bytes] | None = None,
        hang: Iterable[str] = (),
        location: str | None = None,
    ) -> None:
        self.address = address
        self.wan = wan
        self.status = status
        self.mappings = list(mappings)
        self.natpmp = natpmp
        self.name = name
        self.ssdp_port = ssdp_port
        self.http_port = http_port
        self.natpmp_port = natpmp_port
        self.multicast = multicast
        self.raw = dict(raw or {})
        self.hang = set(hang)
        self._location = location
        self.seen: list[str] = []  # SOAP actions asked, in order
        self.requests: list[str] = []  # every HTTP request's method and path
        self.searches = 0  # M-SEARCHes answered
        self._server: asyncio.Server | None = None
        self._transports: list[asyncio.BaseTransport] = []
        self._hung: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> FakeIgd:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(self._http, self.address, self.http_port)
        self.http_port = self._server.sockets[0].getsockname()[1]
        unicast = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        unicast.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        unicast.bind((self.address, self.ssdp_port))
        self.ssdp_port = unicast.getsockname()[1]
        send = unicast
        transport, _ = await loop.create_datagram_endpoint(lambda: _Ssdp(self, send), sock=unicast)
        self._transports.append(transport)
        if self.multicast:
            group = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            group.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            group.bind((SSDP_GROUP, self.ssdp_port))
            membership = socket.inet_aton(SSDP_GROUP) + socket.inet_aton(self.address)
            group.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _Ssdp(self, send), sock=group
            )
            self._transports.append(transport)
        if self.natpmp:
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _NatPmp(self), local_addr=(self.address, self.natpmp_port)
            )
            self.natpmp_port = transport.get_extra_info("sockname")[1]
            self._transports.append(transport)

    async def stop(self) -> None:
        for transport in self._transports:
            transport.close()
        self._transports.clear()
        for writer in self._hung:
            writer.close()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    # ---------------------------------------------------------------- answers

    @property
    def location(self) -> str:
        return f"http://{self.address}:{self.http_port}/"

    def search_answer(self, target: str) -> bytes | None:
        short = TARGETS.get(target)
        if short is None:
            return None
        data = (RESERVED / f"ssdp-unicast-{short}.txt").read_bytes()
        if self._location is not None:
            return data.replace(RECORDED_LOCATION.encode() + b"rootDesc.xml",
                                self._location.encode())  # fmt: skip
        return data.replace(RECORDED_LOCATION.encode(), self.location.encode())

    def description(self) -> bytes:
        head, body = _split(RESERVED / "rootDesc.http")
        body = body.replace(b"http://198.18.0.1/", f"http://{self.address}/".encode())
        if self.name is not None:
            name = _xml_text(self.name)
            body = re.sub(rb"(<friendlyName>)[^<]*(</friendlyName>)",
                          lambda m: m[1] + name + m[2], body, count=1)  # fmt: skip
        return _answer(head, body)

    def soap(self, action: str, body: bytes) -> bytes:
        if action == "GetStatusInfo":
            head, answer = _split(RESERVED / "GetStatusInfo.http")
            answer = answer.replace(b">Connected<", b">" + _xml_text(self.status) + b"<")
            return _answer(head, answer)
        if action == "GetExternalIPAddress":
            head, answer = _split(PUBLIC / "GetExternalIPAddress.http")
            answer = answer.replace(RECORDED_WAN.encode(), _xml_text(self.wan))
            return _answer(head, answer)
        if action == "GetGenericPortMappingEntry":
            match = re.search(rb"<NewPortMappingIndex>(\d+)</NewPortMappingIndex>", body)
            index = int(match[1]) if match else -1
            if not 0 <= index < len(self.mappings):
                return _answer(*_split(PUBLIC / "GetGenericPortMappingEntry-1-after-add.http"))
            return self._entry(self.mappings[index])
        # anything else (AddPortMapping, ...): what miniupnpd said to AddPortMapping here
        return _answer(*_split(RESERVED / "AddPortMapping.http"))

    def _entry(self, mapping: Mapping) -> bytes:
        head, answer = _split(PUBLIC / "GetGenericPortMappingEntry-0-after-add.http")
        values = {
            b"NewExternalPort": str(mapping.external_port),
            b"NewProtocol": mapping.protocol,
            b"NewInternalPort": str(mapping.internal_port),
            b"NewInternalClient": mapping.internal_client,
            b"NewEnabled": "1" if mapping.enabled else "0",
            b"NewPortMappingDescription": mapping.description,
            b"NewLeaseDuration": str(mapping.lease),
        }
        for name, value in values.items():
            answer = re.sub(b"(<" + name + b">)[^<]*(</" + name + b">)",
                            lambda m, v=value: m[1] + _xml_text(v) + m[2], answer)  # fmt: skip
        return _answer(head, answer)

    def natpmp_answer(self, request: bytes) -> bytes | None:
        if request[:1] != b"\x00":  # PCP or another version: NAT-PMP's "unsupported version"
            opcode = request[1] & 0x7F if len(request) > 1 else 0
            return struct.pack("!BBHI", 0, 128 + opcode, 1, 1)
        if request[:2] != b"\x00\x00":
            return None
        if not self.wan:
            return bytes.fromhex((RESERVED / "natpmp-external-address.hex").read_text().strip())
        recorded = bytes.fromhex((PUBLIC / "natpmp-external-address.hex").read_text().strip())
        return recorded[:8] + socket.inet_aton(self.wan)

    async def _http(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.requests.append(f"{method} {path}")
            if method == "GET":
                key = path
                answer = self.raw.get(path) or (
                    self.description() if path == "/rootDesc.xml" else None
                )
            else:
                key = headers.get("soapaction", "").strip('"').rsplit("#", 1)[-1]
                self.seen.append(key)
                answer = self.raw.get(key) or self.soap(key, body)
            if key in self.hang:
                self._hung.append(writer)
                return
            writer.write(answer or b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
        except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError):
            pass
        writer.close()


class _Ssdp(asyncio.DatagramProtocol):
    def __init__(self, igd: FakeIgd, send: socket.socket) -> None:
        self.igd = igd
        self.send = send

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        text = data.decode("latin-1")
        if not text.startswith("M-SEARCH"):
            return
        match = re.search(r"^ST:\s*(\S+)", text, re.MULTILINE | re.IGNORECASE)
        answer = self.igd.search_answer(match[1]) if match else None
        if answer is not None:
            self.igd.searches += 1
            with contextlib.suppress(OSError):
                self.send.sendto(answer, addr)


class _NatPmp(asyncio.DatagramProtocol):
    def __init__(self, igd: FakeIgd) -> None:
        self.igd = igd

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        answer = self.igd.natpmp_answer(data)
        if answer is not None:
            self.transport.sendto(answer, addr)  # type: ignore[attr-defined]


async def _main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--address", required=True)
    parser.add_argument("--wan", default="")
    parser.add_argument("--status", default="Connected")
    parser.add_argument("--mapping", action="append", default=[], type=Mapping.parse)
    parser.add_argument("--natpmp", action="store_true")
    parser.add_argument("--name")
    args = parser.parse_args(argv)
    igd = FakeIgd(args.address, args.wan, args.status, args.mapping, args.natpmp, args.name)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with igd:
        print("ready", flush=True)
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(_main())
