"""Finding the program that holds a port, and the commands that show it."""

from __future__ import annotations

import psutil

from wizard.engine.holders import HolderLookup, inspect_commands


def test_windows_commands_carry_the_real_port_and_pid():
    assert inspect_commands(9500, 4, "win32") == (
        'netstat -ano | findstr /I /C:"PID" /C:":9500"',
        'tasklist /fi "pid eq 4"',
    )
    assert inspect_commands(5060, None, "win32")[1] == 'tasklist /fi "pid eq <PID>"'


def test_unix_commands_carry_the_real_port():
    for platform in ("linux", "darwin"):
        assert inspect_commands(5060, 1234, platform) == (
            "ss -lunp 'sport = :5060'",
            "lsof -nP -iUDP:5060",
        )


async def test_lookup_finds_another_process(hold_udp_port):
    holder = hold_udp_port(0)
    # The holder bound port 0; ask the system which port it got.
    port = next(c.laddr.port for c in psutil.Process(holder.pid).net_connections(kind="udp"))
    found = await HolderLookup().find(port)
    assert found is not None
    assert found.pid == holder.pid
    assert found.name == psutil.Process(holder.pid).name()


async def test_lookup_of_a_free_port_is_none():
    assert await HolderLookup().find(1) is None
