"""Which program holds a port, and the commands a technician types to see it themselves."""

from __future__ import annotations

import asyncio
import sys
import time

import psutil

from wizard.engine.model import ProcessInfo


def inspect_commands(port: int, pid: int | None, platform: str = sys.platform) -> tuple[str, ...]:
    """Commands that show who holds UDP ``port``, with the real port and pid filled in."""
    if platform == "win32":
        commands = [f'netstat -ano | findstr /I /C:"PID" /C:":{port}"']
        commands.append(f'tasklist /fi "pid eq {pid if pid is not None else "<PID>"}"')
        return tuple(commands)
    return (f"ss -lunp 'sport = :{port}'", f"lsof -nP -iUDP:{port}")


def _udp_holders() -> dict[int, ProcessInfo]:
    holders: dict[int, ProcessInfo] = {}
    try:
        connections = psutil.net_connections(kind="udp")
    except (psutil.AccessDenied, OSError):
        return holders
    names: dict[int, str | None] = {}
    for conn in connections:
        if not conn.laddr or conn.laddr.port in holders:
            continue
        pid = conn.pid
        if pid is not None and pid not in names:
            try:
                names[pid] = psutil.Process(pid).name()
            except (psutil.NoSuchProcess, psutil.AccessDenied, OSError):
                names[pid] = None
        holders[conn.laddr.port] = ProcessInfo(pid, names.get(pid) if pid is not None else None)
    return holders


class HolderLookup:
    """Finds the holder of a UDP port from one snapshot of the system's sockets.

    Listing every socket costs tens of milliseconds, and a PBX that is still running holds
    thousands of ports at once, so one snapshot serves a whole burst of lookups and is
    taken again only when it is older than ``max_age`` seconds.
    """

    def __init__(self, max_age: float = 2.0) -> None:
        self.max_age = max_age
        self._snapshot: dict[int, ProcessInfo] | None = None
        self._taken = 0.0
        self._lock = asyncio.Lock()

    async def find(self, port: int) -> ProcessInfo | None:
        async with self._lock:
            if self._snapshot is None or time.monotonic() - self._taken > self.max_age:
                self._snapshot = await asyncio.to_thread(_udp_holders)
                self._taken = time.monotonic()
            holder = self._snapshot.get(port)
            if holder is None and time.monotonic() - self._taken > 0.05:
                # The port may have been taken after the snapshot: look once more.
                self._snapshot = await asyncio.to_thread(_udp_holders)
                self._taken = time.monotonic()
                holder = self._snapshot.get(port)
            return holder
