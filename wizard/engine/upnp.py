"""UPnP IGD's messages, sans-IO: SSDP search, HTTP answers, the device description, SOAP.

What ``wizard.engine.gateway`` sends to a router and reads back, as bytes in and values
out; it owns no socket. Everything a router sends is untrusted: each reader takes a
bounded input, raises ``ValueError`` for anything malformed (and ``SoapFault`` for a
well-formed UPnP error), and hands on text only through ``plain`` (control and format
characters dropped, whitespace folded, cut to ``MAX_TEXT``).

- SSDP (UPnP Device Architecture 1.1, section 1.3): ``search_request`` builds an
  M-SEARCH, ``parse_search_answer`` reads a unicast answer (an HTTP-like datagram).
- HTTP/1.1 (RFC 9112) through ``h11``: ``HttpExchange`` builds a request and reads its
  answer (Content-Length, chunked, or until the connection closes), at most
  ``MAX_BODY`` bytes of body and ``MAX_HEAD`` of head.
- The device description (UDA 1.1 section 2.3): ``parse_description`` finds the root
  device's name and its WANIPConnection / WANPPPConnection services, XML through
  ``defusedxml`` (no DTD, no entities).
- SOAP control (UDA 1.1 section 3.2): ``soap_request`` and ``parse_soap_answer``; a
  ``UPnPError`` (section 3.2.2) becomes ``SoapFault`` with its error code.

Written here rather than taken from ``async_upnp_client``: that package's core modules
import ``aiohttp`` (its exceptions derive from aiohttp's), which the packaged program
cannot carry within its size budget.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET
import h11
from defusedxml import DefusedXmlException

SSDP_GROUP = "239.255.255.250"
SSDP_PORT = 1900
MX = 1  # seconds a device may wait before it answers a multicast search

# Service and device types searched for: the gateway answers at least one of them.
WAN_IP_1 = "urn:schemas-upnp-org:service:WANIPConnection:1"
WAN_IP_2 = "urn:schemas-upnp-org:service:WANIPConnection:2"
WAN_PPP_1 = "urn:schemas-upnp-org:service:WANPPPConnection:1"
IGD_1 = "urn:schemas-upnp-org:device:InternetGatewayDevice:1"
IGD_2 = "urn:schemas-upnp-org:device:InternetGatewayDevice:2"
SEARCH_TARGETS = (WAN_IP_1, WAN_IP_2, WAN_PPP_1, IGD_1, IGD_2)
# Services whose actions say what the WAN side looks like.
WAN_SERVICES = ("urn:schemas-upnp-org:service:WANIPConnection:",
                "urn:schemas-upnp-org:service:WANPPPConnection:")  # fmt: skip

MAX_DATAGRAM = 4096  # bytes of an SSDP answer read; a longer one is dropped
MAX_HEAD = 16 * 1024  # bytes of an HTTP answer's status line and headers
MAX_BODY = 256 * 1024  # bytes of an HTTP answer's body (gateway.MAX_BODY)
MAX_TEXT = 120  # characters of text handed on (gateway.MAX_TEXT)
MAX_URL = 512  # characters of a LOCATION or control URL
MAX_SERVICES = 8  # WAN connection services taken from one description
MAX_DEPTH = 8  # nesting of embedded devices followed
MAX_ARGUMENTS = 32  # out-arguments read from one SOAP answer

UPNP_ERROR_INVALID_INDEX = 713  # SpecifiedArrayIndexInvalid: past the last mapping


class SoapFault(Exception):
    """A router's well-formed UPnP error answer (UDA 1.1 section 3.2.2): ``code`` is its
    errorCode (e.g. 713, SpecifiedArrayIndexInvalid; 501, ActionFailed; 606, Action not
    authorized), ``description`` its errorDescription, plain and cut."""

    def __init__(self, code: int, description: str = "") -> None:
        super().__init__(f"UPnP error {code}: {description}".rstrip(": "))
        self.code = code
        self.description = description


# ---------------------------------------------------------------------------- text

_SPACE = re.compile(r"\s+")


def plain(text: str | None, limit: int = MAX_TEXT) -> str:
    """``text`` as one plain line: control, format and unassigned characters dropped
    (line breaks, bidirectional overrides, zero-width characters), runs of whitespace
    folded into one space, cut to ``limit`` characters. Markup stays text: showing it
    escaped is the report's task."""
    if not text:
        return ""
    text = text[: limit * 8]  # no need to look far beyond what is kept
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    return _SPACE.sub(" ", kept).strip()[:limit].rstrip()


def ipv4(text: str | None) -> str | None:
    """``text`` if it is exactly a dotted IPv4 address (surrounding space allowed), in
    its normal form; else None."""
    if not text or len(text) > 40:
        return None
    try:
        return str(ipaddress.IPv4Address(text.strip()))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- SSDP


def search_request(target: str, host: str = SSDP_GROUP, port: int = SSDP_PORT) -> bytes:
    """An M-SEARCH for ``target`` (UDA 1.1 section 1.3.2). To the multicast group it
    carries MX (the seconds a device may wait before answering); a unicast search to
    one device's ``host`` carries none."""
    lines = ["M-SEARCH * HTTP/1.1", f"HOST: {host}:{port}", 'MAN: "ssdp:discover"']
    if host == SSDP_GROUP:
        lines.append(f"MX: {MX}")
    lines += [f"ST: {target}", "", ""]
    return "\r\n".join(lines).encode("ascii")


@dataclass(frozen=True)
class SearchAnswer:
    """A device's answer to an M-SEARCH: its search target, description URL and the
    SERVER header (plain text)."""

    target: str
    location: str
    server: str = ""


def parse_search_answer(data: bytes) -> SearchAnswer:
    """Read an SSDP answer: ``HTTP/1.1 200 OK`` and headers, with ST and LOCATION. At
    most ``MAX_DATAGRAM`` bytes and 40 lines; raises ValueError for anything else."""
    if len(data) > MAX_DATAGRAM:
        raise ValueError(f"an SSDP answer of {len(data)} bytes")
    text = data.decode("latin-1")
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    if len(lines) > 40:
        raise ValueError("an SSDP answer of more than 40 lines")
    status = lines[0].split(None, 2)
    if len(status) < 2 or not status[0].upper().startswith("HTTP/1.") or status[1] != "200":
        raise ValueError("not an SSDP answer (HTTP/1.x 200)")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            break
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError("an SSDP header line without a colon")
        headers.setdefault(name.strip().lower(), value.strip())
    target, location = headers.get("st", ""), headers.get("location", "")
    if not target or not location:
        raise ValueError("an SSDP answer without ST or LOCATION")
    if len(location) > MAX_URL or any(ch.isspace() or not ch.isprintable() for ch in location):
        raise ValueError("an SSDP LOCATION that is not a plain URL")
    return SearchAnswer(plain(target, MAX_URL), location, plain(headers.get("server")))


def is_gateway_target(target: str) -> bool:
    """The search target is one of an internet gateway's (not another device's, which
    some devices answer to any search)."""
    return any(target.startswith(t.rsplit(":", 1)[0] + ":") for t in SEARCH_TARGETS)


@dataclass(frozen=True)
class Url:
    """An ``http://`` URL on one host: its address, port and path (with query)."""

    host: str
    port: int
    path: str

    def __str__(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"


def url_on(url: str, host: str, base: Url | None = None) -> Url | None:
    """``url`` (absolute, or relative to ``base``) if it is plain ``http://`` on exactly
    the IPv4 address ``host``, any port; None otherwise (another host, a name, https,
    credentials, spaces or control characters, longer than ``MAX_URL``)."""
    if not url or len(url) > MAX_URL or any(ch.isspace() or not ch.isprintable() for ch in url):
        return None
    if base is not None:
        url = urllib.parse.urljoin(str(base), url)
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or 80
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or parts.username is not None or parts.password is not None:
        return None
    if parts.hostname is None or ipv4(parts.hostname) != host or parts.hostname != host:
        return None
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Url(host, port, path)


# ---------------------------------------------------------------------------- HTTP


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    headers: tuple[tuple[str, str], ...]  # names lower case
    body: bytes


class HttpExchange:
    """One HTTP/1.1 request and its answer over one connection, sans-IO, by ``h11``.

    ``request`` gives the bytes to send; feed what arrives to ``receive`` (``b""`` at
    the end of the stream) until it returns the answer. Raises ValueError for a
    malformed answer, a head over ``MAX_HEAD`` or a body over ``max_body`` bytes."""

    def __init__(self, max_body: int = MAX_BODY) -> None:
        self._conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
        self._max_body = max_body
        self._status: int | None = None
        self._headers: tuple[tuple[str, str], ...] = ()
        self._body = bytearray()
        self._informational = 0

    def request(
        self, method: str, url: Url, headers: Iterable[tuple[str, str]] = (), body: bytes = b""
    ) -> bytes:
        """The request's bytes: ``Host``, ``Connection: close`` and, with a body or for
        POST, ``Content-Length`` are added."""
        fields = [("Host", f"{url.host}:{url.port}"), ("Connection", "close"), *headers]
        if body or method == "POST":
            fields.append(("Content-Length", str(len(body))))
        try:
            out = self._conn.send(h11.Request(method=method, target=url.path, headers=fields))
            if body:
                out += self._conn.send(h11.Data(data=body))
            out += self._conn.send(h11.EndOfMessage())
        except h11.LocalProtocolError as exc:
            raise ValueError(f"cannot send this request: {exc}") from None
        return out

    def receive(self, data: bytes) -> HttpAnswer | None:
        """Take bytes of the answer (``b""``: the stream ended). Returns the answer once
        it is complete, None while more is needed."""
        try:
            self._conn.receive_data(data)
            while True:
                event = self._conn.next_event()
                if event is h11.NEED_DATA:
                    if not data:
                        raise ValueError("the connection closed in the middle of an answer")
                    return None
                if isinstance(event, h11.InformationalResponse):
                    self._informational += 1
                    if self._informational > 4:
                        raise ValueError("too many informational answers")
                elif isinstance(event, h11.Response):
                    # h11 bounds a head that arrives in pieces; this one that came whole
                    size = len(event.reason) + sum(len(n) + len(v) + 4 for n, v in event.headers)
                    if size > MAX_HEAD:
                        raise ValueError(f"an answer's head over {MAX_HEAD} bytes")
                    self._status = event.status_code
                    self._headers = tuple(
                        (bytes(n).decode("latin-1").lower(), bytes(v).decode("latin-1"))
                        for n, v in event.headers
                    )
                elif isinstance(event, h11.Data):
                    self._body += event.data
                    if len(self._body) > self._max_body:
                        raise ValueError(f"an answer over {self._max_body} bytes")
                elif isinstance(event, h11.EndOfMessage):
                    assert self._status is not None
                    return HttpAnswer(self._status, self._headers, bytes(self._body))
                elif isinstance(event, h11.ConnectionClosed):
                    raise ValueError("the connection closed before an answer")
                else:  # pragma: no cover - h11 has no other events for a client
                    raise ValueError(f"unexpected {type(event).__name__}")
        except h11.RemoteProtocolError as exc:
            raise ValueError(f"a malformed HTTP answer: {exc}") from None


def read_answer(chunks: Iterable[bytes], max_body: int = MAX_BODY) -> HttpAnswer:
    """The answer to a GET in ``chunks`` (as they came off the connection; the stream
    ends after the last). Raises ValueError as ``HttpExchange.receive`` does, or when
    the chunks end before the answer does."""
    exchange = HttpExchange(max_body)
    exchange.request("GET", Url("192.0.2.1", 80, "/"))
    for chunk in chunks:
        if chunk:
            answer = exchange.receive(chunk)
            if answer is not None:
                return answer
    answer = exchange.receive(b"")
    if answer is None:  # pragma: no cover - receive(b"") never asks for more
        raise ValueError("the answer is incomplete")
    return answer


# ---------------------------------------------------------------------------- description


@dataclass(frozen=True)
class WanService:
    """A WANIPConnection or WANPPPConnection service of the gateway."""

    service_type: str
    control: Url


@dataclass(frozen=True)
class Description:
    """What a gateway's device description says: its name (friendlyName, else
    modelName; plain and cut) and its WAN connection services, in document order."""

    name: str
    services: tuple[WanService, ...]


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: Element, name: str) -> Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _text(element: Element | None, limit: int = MAX_TEXT) -> str:
    """An element's text content, markup inside it dropped, as plain text."""
    if element is None:
        return ""
    return plain("".join(element.itertext())[: limit * 8], limit)


def parse_xml(data: bytes) -> Element:
    """Parse untrusted XML with ``defusedxml``: no DTD, no entity declarations, no
    external references. Raises ValueError for those and for malformed XML."""
    if len(data) > MAX_BODY:
        raise ValueError(f"an XML document over {MAX_BODY} bytes")
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as exc:
        raise ValueError(f"unreadable XML: {type(exc).__name__}") from None


def parse_description(data: bytes, location: Url) -> Description:
    """Read a device description fetched from ``location``: the root device's name and
    every WANIPConnection / WANPPPConnection service in it and its embedded devices
    (at most ``MAX_SERVICES``, ``MAX_DEPTH`` deep), whose control URL (relative to
    URLBase or ``location``) is on the same host as ``location``; others are left out.
    Raises ValueError for XML that is malformed or not a device description."""
    root = parse_xml(data)
    if _local(root.tag) != "root":
        raise ValueError("not a UPnP device description (no root element)")
    device = _child(root, "device")
    if device is None:
        raise ValueError("a device description without a device")
    base = location
    url_base = _child(root, "URLBase")
    if url_base is not None and url_base.text:
        base = url_on(url_base.text.strip(), location.host) or location
    name = _text(_child(device, "friendlyName")) or _text(_child(device, "modelName"))
    services: list[WanService] = []

    def walk(element: Element, depth: int) -> None:
        service_list = _child(element, "serviceList")
        for service in service_list if service_list is not None else ():
            if len(services) >= MAX_SERVICES:
                return
            if _local(service.tag) != "service":
                continue
            kind = _text(_child(service, "serviceType"), MAX_URL)
            control = _child(service, "controlURL")
            if not kind.startswith(WAN_SERVICES) or control is None or not control.text:
                continue
            url = url_on(control.text.strip(), location.host, base)
            if url is not None:
                services.append(WanService(kind, url))
        devices = _child(element, "deviceList")
        if devices is None or depth >= MAX_DEPTH:
            return
        for embedded in devices:
            if _local(embedded.tag) == "device":
                walk(embedded, depth + 1)

    walk(device, 0)
    return Description(name, tuple(services))


# ---------------------------------------------------------------------------- SOAP

_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/"
_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def soap_request(
    service_type: str, action: str, arguments: Mapping[str, str | int] | None = None
) -> tuple[tuple[tuple[str, str], ...], bytes]:
    """The headers and body of a SOAP action (UDA 1.1 section 3.2.1): ``action`` of
    ``service_type`` with its in-arguments, in order, their values escaped."""
    for name in (action, *(arguments or {})):
        if not _NAME.match(name):
            raise ValueError(f"not an action or argument name: {name!r}")
    args = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in (arguments or {}).items())
    body = (
        f'<?xml version="1.0"?>\r\n<s:Envelope xmlns:s="{_ENVELOPE}" s:encodingStyle="{_ENCODING}">'
        f'<s:Body><u:{action} xmlns:u="{escape(service_type, {chr(34): "&quot;"})}">{args}'
        f"</u:{action}></s:Body></s:Envelope>\r\n"
    ).encode()
    headers = (
        ("Content-Type", 'text/xml; charset="utf-8"'),
        ("SOAPAction", f'"{service_type}#{action}"'),
    )
    return headers, body


def parse_soap_answer(answer: HttpAnswer, action: str) -> dict[str, str]:
    """The out-arguments of ``action``'s answer by name, their text plain and cut to
    ``MAX_TEXT`` (at most ``MAX_ARGUMENTS``). Raises SoapFault for a UPnP error (HTTP
    500 with a UPnPError), ValueError for anything else that is not the answer."""
    try:
        root = parse_xml(answer.body)
    except ValueError:
        if answer.status != 200:
            raise ValueError(f"HTTP {answer.status} without a SOAP answer") from None
        raise
    body = _child(root, "Body") if _local(root.tag) == "Envelope" else None
    if body is None:
        raise ValueError("not a SOAP envelope")
    fault = _child(body, "Fault")
    if fault is not None:
        detail = _child(fault, "detail")
        error = _child(detail, "UPnPError") if detail is not None else None
        code = _text(_child(error, "errorCode")) if error is not None else ""
        if not code.isdigit() or len(code) > 6:
            raise ValueError("a SOAP fault without a UPnP error code")
        raise SoapFault(int(code), _text(_child(error, "errorDescription")))
    if answer.status != 200:
        raise ValueError(f"HTTP {answer.status} without a UPnP error")
    response = _child(body, action + "Response")
    if response is None:
        raise ValueError(f"no {action}Response in the answer")
    values: dict[str, str] = {}
    for child in list(response)[:MAX_ARGUMENTS]:
        values.setdefault(_local(child.tag), _text(child))
    return values
