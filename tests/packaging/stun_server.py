"""A STUN server on 127.0.0.1 and 127.0.0.2 for the Windows workflow's checks of the
packaged program (.github/workflows/windows.yml), which has no coturn.

    python tests/packaging/stun_server.py --spec-file stun.txt [--silent-for 40110-40113]

It writes ``HOST:PORT`` to the spec file once it listens, and serves until killed.
``--silent-for`` leaves test 2 unanswered for those client ports: what a router that
does not forward them, or this computer's own firewall, makes the check see. The check
must then name the computer, never the router, when the firewall's policy blocks the
program: the workflow adds a block rule and asserts that verdict. Loopback is not a
faithful stand-in for Windows Filtering Platform's inbound filtering, so the silence is
made here and what is asserted is the policy read, not packets being dropped.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aioice import stun  # noqa: E402
from fakestun import Behaviour, FakeStunServer  # noqa: E402


def port_set(spec: str) -> frozenset[int]:
    ports: set[int] = set()
    for part in filter(None, spec.split(",")):
        first, _, last = part.partition("-")
        ports.update(range(int(first), int(last or first) + 1))
    return frozenset(ports)


class SilentForSome(FakeStunServer):
    """Change requests from the listed client ports get no answer; all else is served."""

    silent_for: frozenset[int] = frozenset()

    def handle(self, receiver, data: bytes, addr) -> None:
        if addr[1] in self.silent_for:
            try:
                if stun.parse_message(data).attributes.get("CHANGE-REQUEST", 0):
                    return
            except ValueError:
                return
        super().handle(receiver, data, addr)


async def serve(spec_file: Path, silent_for: frozenset[int]) -> None:
    server = SilentForSome(behaviour=Behaviour())
    server.silent_for = silent_for
    await server.start()
    spec_file.write_text(server.spec, encoding="ascii")
    print(f"STUN server on {server.spec} and 127.0.0.2; test 2 silent for {sorted(silent_for)}")
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec-file", type=Path, required=True)
    parser.add_argument("--silent-for", type=port_set, default=frozenset())
    args = parser.parse_args()
    asyncio.run(serve(args.spec_file, args.silent_for))


if __name__ == "__main__":
    main()
