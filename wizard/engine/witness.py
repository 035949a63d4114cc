"""The responder's side of a scan: its UDP probes as a second witness of test 2, its TCP
connect-backs, and the SIP ALG echo (``wizard.responder.protocol``)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.responder.protocol import DEFAULT_CONTROL_PORT


@dataclass(frozen=True)
class ResponderSettings:
    """What the check asks of a responder.

    ``spec``: HOST[:PORT] as the technician gave it (port ``DEFAULT_CONTROL_PORT`` when
    none); ``secret``: the shared secret, if the responder wants one; ``tcp_ports``: the
    TCP ports to connect back to; ``sip_port``: the product's SIP port for the ALG test
    (None: no ALG test), also over TCP when ``sip_tcp``."""

    spec: str
    secret: bytes | None = None
    tcp_ports: tuple[int, ...] = ()
    sip_port: int | None = 5060
    sip_tcp: bool = False


__all__ = ["ResponderSettings", "DEFAULT_CONTROL_PORT"]
