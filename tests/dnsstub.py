"""A tiny DNS responder for the NAT lab (standard library only).

Run inside the lab's PBX namespace::

    python dnsstub.py --mode nxdomain [--ip 127.0.0.1] [--port 53]

``nxdomain``: every query gets NXDOMAIN (rcode 3) with the question echoed.
``silent``: queries are read and never answered (the resolver times out).
Prints ``ready`` on stdout once the socket is bound; stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import struct
import sys

NXDOMAIN = 3
NOTIMP = 4


def question_end(query: bytes, qdcount: int) -> int | None:
    """Offset just past the question section, or None if the query is malformed."""
    pos = 12
    for _ in range(qdcount):
        while True:
            if pos >= len(query):
                return None
            length = query[pos]
            if length == 0:
                pos += 1
                break
            if length & 0xC0 == 0xC0:  # compression pointer ends the name
                pos += 2
                break
            pos += 1 + length
        pos += 4  # QTYPE, QCLASS
        if pos > len(query):
            return None
    return pos


def nxdomain_reply(query: bytes) -> bytes | None:
    """The NXDOMAIN answer to ``query``; None for garbage or for a response."""
    if len(query) < 12:
        return None
    qid, flags, qdcount = struct.unpack("!HHH", query[:6])
    if flags & 0x8000:  # QR set: not a query
        return None
    end = question_end(query, qdcount)
    if end is None:
        return None
    opcode = (flags >> 11) & 0xF
    rcode = NXDOMAIN if opcode == 0 else NOTIMP
    # QR, opcode, AA, RD copied, RA, rcode
    rflags = 0x8000 | (opcode << 11) | 0x0400 | (flags & 0x0100) | 0x0080 | rcode
    return struct.pack("!6H", qid, rflags, qdcount, 0, 0, 0) + query[12:end]


def serve(sock: socket.socket, mode: str) -> None:
    while True:
        data, peer = sock.recvfrom(4096)
        if mode == "silent":
            continue
        reply = nxdomain_reply(data)
        if reply is not None:
            sock.sendto(reply, peer)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("nxdomain", "silent"), default="nxdomain")
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=53)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((args.ip, args.port))
    print("ready", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        serve(sock, args.mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
