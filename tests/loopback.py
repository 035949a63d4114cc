"""coturn on loopback addresses: a real RFC 5780 STUN server for tests and scripts that
need no network namespaces (127.0.0.1 and 127.0.0.2 give it its two addresses)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _free_port_pair(ips: tuple[str, ...]) -> int:
    """A port P such that P and P+1 are free on every ip."""
    for _ in range(200):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((ips[0], 0))
            port = probe.getsockname()[1]
        if port >= 65000:
            continue
        held = []
        try:
            for ip in ips:
                for p in (port, port + 1):
                    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    held.append(s)
                    s.bind((ip, p))
            return port
        except OSError:
            continue
        finally:
            for s in held:
                s.close()
    raise RuntimeError("no free port pair on loopback")


def _binding_answers(ip: str, port: int) -> bool:
    from aioice import stun

    request = stun.Message(stun.Method.BINDING, stun.Class.REQUEST)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(0.2)
        s.sendto(bytes(request), (ip, port))
        try:
            data, _ = s.recvfrom(2048)
        except OSError:
            return False
    return stun.parse_message(data).transaction_id == request.transaction_id


class Coturn:
    """coturn listening on loopback: an RFC 5780 server when given two addresses."""

    def __init__(self, ips: tuple[str, ...]) -> None:
        self.ips = ips
        self.port = _free_port_pair(ips)
        self.dir = Path(tempfile.mkdtemp(prefix="coturn-"))
        argv = [
            "turnserver",
            "-n",
            "--stun-only",
            "--no-cli",
            "--no-tls",
            "--no-dtls",
            "--listening-port",
            str(self.port),
            "--alt-listening-port",
            str(self.port + 1),
            "--log-file",
            str(self.dir / "coturn.log"),
            "--simple-log",
            "--pidfile",
            str(self.dir / "coturn.pid"),
            "--no-stdout-log",
        ]
        for ip in ips:
            argv += ["--listening-ip", ip]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _binding_answers(ips[0], self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"coturn did not start: {self.log()}")
            time.sleep(0.05)

    @property
    def spec(self) -> str:
        return f"{self.ips[0]}:{self.port}"

    def log(self) -> str:
        path = self.dir / "coturn.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
