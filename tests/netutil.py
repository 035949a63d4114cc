"""Small helpers for tests that bind real ports."""

from __future__ import annotations

import socket


def free_ports(count: int, start: int = 42000) -> list[int]:
    """``count`` consecutive UDP ports that are free on every address right now."""
    for base in range(start, 60000, 97):
        held = []
        try:
            for port in range(base, base + count):
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                held.append(s)
                s.bind(("0.0.0.0", port))
            return list(range(base, base + count))
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
    raise RuntimeError("no free ports")
