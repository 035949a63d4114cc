"""``python -m wizard responder`` as a support team runs it: a real process, real sockets,
real signals. It must never load Qt."""

from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from serving import blocking_hello

from wizard.responder import protocol
from wizard.responder.protocol import Accepted, Done, ProbeRequest, parse_server_message

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(
    r"listening on (\S+) port (\d+) \(TCP\), probes from UDP ports (any free|\d+-\d+), "
    r"SIP echo (?:on port (\d+)|off)"
)


def start(*args: str, importtime: bool = False) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "wizard"]
    return subprocess.Popen(
        [*command, "responder", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen, pattern: re.Pattern, seen: list[str]) -> re.Match:
    """Reads stderr (below its buffer, so select sees every byte) until ``pattern``."""
    deadline = time.monotonic() + 20
    pending = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if not ready:
            continue
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            break
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            seen.append(line.decode() + "\n")
            if found := pattern.search(seen[-1]):
                return found
    process.kill()
    raise AssertionError("the responder did not start:\n" + "".join(seen))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wizard", "responder", *args],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=30,
    )


def ask(address: tuple[str, int], request: ProbeRequest) -> list:
    sock, hello = blocking_hello(address)
    with sock:
        sock.sendall(request.encode())
        data = b""
        while b'"done"' not in data and b'"error"' not in data:
            chunk = sock.recv(4096)
            assert chunk
            data += chunk
    return [hello, *(parse_server_message(line) for line in data.splitlines())]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_it_serves_with_a_secret_from_a_file_and_stops_cleanly_on_a_signal(tmp_path, signum):
    secret = tmp_path / "secret"
    secret.write_text("  s3cret-of-the-support-team \n")
    secret.chmod(0o600)
    free = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    free.bind(("127.0.0.1", 0))
    first = free.getsockname()[1]
    free.close()
    process = start(
        "--listen", "127.0.0.1:0", "--sip-port", "0", "--secret-file", str(secret),
        "--probe-ports", f"{first}-{first + 20}", importtime=signum == signal.SIGTERM,
    )  # fmt: skip
    seen: list[str] = []
    found = wait_for_line(process, LISTENING, seen)
    address = (found[1], int(found[2]))
    signed = protocol.sign(
        ProbeRequest(protocol.new_nonce(), sip=True, ts=int(time.time())),
        b"s3cret-of-the-support-team",  # the file's text without the whitespace around it
    )
    hello, *answers = ask(address, signed)
    assert hello.auth is True
    low, high = (int(p) for p in found[3].split("-"))
    assert low <= hello.probe_port <= high and hello.sip_port == int(found[4])
    assert answers == [Accepted(signed.nonce, 0, 0), Done(signed.nonce)]
    process.send_signal(signum)
    _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    log = "".join(seen) + err
    assert f"request from 127.0.0.1 nonce {signed.nonce[:8]}" in log
    assert "s3cret" not in log and signed.mac not in log
    assert "may be read by others" not in log
    if signum == signal.SIGTERM:  # run with -X importtime: every import is on stderr
        imported = {line.rsplit("|", 1)[-1].strip() for line in log.splitlines() if "|" in line}
        assert "wizard.responder.server" in imported
        assert not {m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6", "qasync")}
        assert "wizard.cli" not in imported
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(address, timeout=2).close()


def test_a_secret_file_others_may_read_is_warned_about_but_used(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("open-secret\n")
    secret.chmod(0o644)
    process = start("--listen", "127.0.0.1:0", "--no-sip", "--secret-file", str(secret))
    seen: list[str] = []
    found = wait_for_line(process, LISTENING, seen)
    assert found[4] is None  # no SIP echo
    process.terminate()
    _, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "may be read by others than its owner; chmod 600 it" in "".join(seen)
    assert "open-secret" not in "".join(seen) + err


def test_bad_input_is_one_line_and_exit_code_2(tmp_path):
    empty = tmp_path / "empty"
    empty.write_text(" \n")
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    taken = holder.getsockname()[1]
    cases = {
        ("--listen", "pbx.example.com:3480"): "is not an IP address",
        ("--listen", "127.0.0.1:70000"): "is not a port number",
        ("--sip-port", "5061", "--no-sip"): "not allowed with argument",
        ("--secret-file", str(tmp_path / "missing")): "cannot read the secret file",
        ("--secret-file", str(empty)): "is empty",
        ("--listen", f"127.0.0.1:{taken}", "--no-sip"): "another program holds one of the ports",
        ("--listen", "192.0.2.1:0", "--no-sip"): "not an address of this host",
        ("--bogus",): "unrecognized arguments",
        ("--probe-ports", "5000-4000"): "is not a range of ports",
    }
    for args, words in cases.items():
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), args
        assert words in result.stderr, (args, result.stderr)
    holder.close()


def test_the_command_line_lists_and_dispatches_the_responder():
    from wizard.cli import build_parser, main

    assert "responder" in build_parser().format_help()
    assert main(["responder", "--listen", "not-an-ip"]) == 2


def test_the_responder_package_imports_only_the_standard_library():
    """What lets a VPS run it from a plain Python: no Qt, no third-party package, and of
    this project only the responder itself (and the package's bare ``__init__``)."""
    import ast

    import wizard.responder

    folder = Path(wizard.responder.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert {p.name for p in files} >= {"protocol.py", "server.py", "command.py"}
    outside = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "__future__":
                    continue
                if name == "wizard.responder" or name.startswith("wizard.responder."):
                    continue
                outside.add(f"{path.name}: {name}")
    assert not outside
