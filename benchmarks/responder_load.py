"""How much the responder serves on one core, what 1000 connections cost it, whether
100 000 hostile requests crash it, and whether it amplifies anything.

    python benchmarks/responder_load.py [--seconds 5] [--random 100000] [--json FILE]

The responder runs in a process of its own pinned to one CPU (``os.sched_setaffinity``);
the load comes from this process on the other CPUs, from many loopback addresses
(127.0.x.y) that stand for many customers. As root it first moves into a network
namespace of its own (``unshare -n``), so its probes and connect-backs cannot reach
another program on this machine; without root it runs on the host's loopback and the
random requests still only ever name ports this script holds.

Figures:

* requests/s on one core, for three kinds of request: one UDP port (three probes, the
  copies not spaced so the figure is the server's work, not its timer), one TCP port (a
  connect-back held 50 ms), and the SIP echo (datagrams/s echoed). Also the server's CPU
  use meanwhile: 1.00 means that one core was the limit.
* RSS of the server idle, with 1000 control connections open (from 250 addresses, four
  each: the default limit per source), and after each of them had a request served
  (default limits).
* ≥ 100 000 random requests (random bytes, random JSON, request-shaped objects with
  wrong fields, mutated valid requests, a few valid ones, a few lines too long): how many
  the server handled, whether every answer was a protocol message, internal errors, and
  whether it still serves afterwards. 0 crashes is the target.
* Amplification: bytes sent back ÷ bytes received for unauthenticated UDP (random
  datagrams to the SIP port and a probe port, valid SIP echoes and control datagrams
  among them). ≤ 1 is
  the target.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.responder import protocol  # noqa: E402
from wizard.responder.protocol import ProtocolError, parse_request, parse_server_message  # noqa: E402
from wizard.responder.server import Limits, Responder  # noqa: E402

NETNS_FLAG = "RESPONDER_LOAD_IN_NETNS"
# Generous bounds for the throughput and random phases: the figure is the server's work.
LOAD_LIMITS = Limits(
    requests_per_minute=1e9,
    request_burst=10**9,
    connections_per_source=64,
    connections=4096,
    connect_backs=4096,
    udp_per_second=1e6,
    udp_copy_spacing=0.0,
    tcp_hold=0.05,
    tcp_connect_timeout=1.0,
    nonces=1 << 20,
    sip_echoes_per_nonce=10**9,
)
RANDOM_LIMITS = replace(LOAD_LIMITS, bad_lines=10**6)  # many random lines per connection


# ------------------------------------------------------------------ the server process


def _memory(field: str) -> int:
    """A ``/proc/self/status`` figure in bytes (VmRSS: resident now, VmHWM: its peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _serve(conn, limits: Limits, cpu: int | None) -> None:
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    asyncio.run(_serve_async(conn, limits))


async def _serve_async(conn, limits: Limits) -> None:
    loop = asyncio.get_running_loop()
    errors: list[str] = []
    loop.set_exception_handler(
        lambda _, context: errors.append(repr(context.get("exception") or context["message"]))
    )
    responder = Responder(("127.0.0.1", 0), sip_port=0, limits=limits)
    await responder.start()
    stop = asyncio.Event()

    def command() -> None:
        what = conn.recv()
        if what == "stop":
            stop.set()
            return
        conn.send(
            {
                "counters": responder.counters.as_dict(),
                "rss": _memory("VmRSS"),
                "peak": _memory("VmHWM"),
                "cpu": time.process_time(),
                "errors": list(errors),
            }
        )

    loop.add_reader(conn.fileno(), command)
    conn.send(
        {
            "control": responder.control_address,
            "sip": responder.sip_port,
        }
    )
    await stop.wait()
    loop.remove_reader(conn.fileno())
    await responder.close()
    conn.send({"errors": errors})


class Server:
    """The responder in its own process, pinned to ``cpu``."""

    def __init__(self, limits: Limits, cpu: int | None) -> None:
        self._conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_serve, args=(child, limits, cpu))
        self.process.start()
        started = self._conn.recv()
        self.control = tuple(started["control"])
        self.sip_port = started["sip"]

    def stats(self) -> dict:
        self._conn.send("stats")
        return self._conn.recv()

    def stop(self) -> list[str]:
        self._conn.send("stop")
        errors = self._conn.recv()["errors"]
        self.process.join(timeout=30)
        return errors


# ------------------------------------------------------------------ a requester


def sources(count: int) -> list[str]:
    """Loopback addresses standing for ``count`` different customers."""
    return [f"127.0.{1 + i // 250}.{1 + i % 250}" for i in range(count)]


async def connect(server: Server, source: str):
    reader, writer = await asyncio.open_connection(*server.control, local_addr=(source, 0))
    hello = await reader.readline()
    if b'"hello"' not in hello:
        raise RuntimeError(f"no hello but {hello[:80]!r}")
    writer.hello = parse_server_message(hello)  # type: ignore[attr-defined]
    return reader, writer


async def exchange(reader, writer, line: bytes) -> bool:
    """One request; True when it was served (``done``), False when refused."""
    writer.write(line)
    while True:
        answer = await reader.readline()
        if not answer:
            raise ConnectionError("closed")
        if b'"done"' in answer:
            return True
        if b'"error"' in answer:
            return False


async def exchange_many(reader, writer, lines: list[bytes], counts: dict) -> None:
    """Several requests at once (the server takes them in turn): fewer round trips, so
    the requester's own work does not limit the figure."""
    writer.write(b"".join(lines))
    pending = b""
    finished = 0
    while finished < len(lines):
        chunk = await reader.read(65536)
        if not chunk:
            raise ConnectionError("closed")
        *answers, pending = (pending + chunk).split(b"\n")
        for answer in answers:
            if b'"done"' in answer:
                counts["served"] += 1
                finished += 1
            elif b'"error"' in answer:
                counts["refused"] += 1
                finished += 1


def probe_line(udp: tuple[int, ...] = (), tcp: tuple[int, ...] = (), sip: bool = False) -> bytes:
    return protocol.ProbeRequest(protocol.new_nonce(), udp, tcp, sip, int(time.time())).encode()


class Sink(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.datagrams = 0
        self.bytes = 0
        self.largest = 0

    def datagram_received(self, data: bytes, addr) -> None:
        self.datagrams += 1
        self.bytes += len(data)
        self.largest = max(self.largest, len(data))


# ------------------------------------------------------------------ throughput


async def throughput(cpu: int | None, seconds: float) -> dict:
    server = Server(LOAD_LIMITS, cpu)
    ips = sources(50)
    port = _free_port_on(ips)
    loop = asyncio.get_running_loop()
    sinks = []
    for ip in ips:
        _, sink = await loop.create_datagram_endpoint(Sink, local_addr=(ip, port))
        sinks.append(sink)

    async def swallow(reader, writer):
        await reader.read(protocol.PROBE_SIZE)
        writer.close()

    listeners = [await asyncio.start_server(swallow, ip, port, backlog=512) for ip in ips]
    results = {}
    kinds = {
        "udp": lambda: probe_line(udp=(port,)),
        "tcp": lambda: probe_line(tcp=(port,)),
    }
    for kind, make in kinds.items():
        before = server.stats()
        counts = {"served": 0, "refused": 0}
        deadline = time.monotonic() + seconds

        async def worker(source: str, make=make, counts=counts, deadline=deadline) -> None:
            reader, writer = await connect(server, source)
            while time.monotonic() < deadline:
                await exchange_many(reader, writer, [make() for _ in range(4)], counts)
            writer.close()

        started = time.monotonic()
        await asyncio.gather(*(worker(ip) for ip in ips for _ in range(4)))
        elapsed = time.monotonic() - started
        after = server.stats()
        results[kind] = {
            "requests_per_s": round(counts["served"] / elapsed),
            "refused": counts["refused"],
            "server_cpu": round((after["cpu"] - before["cpu"]) / elapsed, 2),
            "connections": len(ips) * 4,
        }
    results["udp"]["probes_received"] = sum(s.datagrams for s in sinks)
    results["sip_echo"] = await _echo_rate(server, seconds)
    for listener in listeners:
        listener.close()
    results["internal_errors"] = server.stats()["counters"]["internal_errors"]
    results["loop_errors"] = server.stop()
    return results


async def _echo_rate(server: Server, seconds: float) -> dict:
    loop = asyncio.get_running_loop()
    reader, writer = await connect(server, "127.0.0.1")
    nonces = []
    for _ in range(64):
        line = probe_line(sip=True)
        nonces.append(json.loads(line)["nonce"])
        await exchange(reader, writer, line)
    writer.close()
    transport, sink = await loop.create_datagram_endpoint(Sink, local_addr=("127.0.0.1", 0))
    messages = [_sip_options(n) for n in nonces]
    before = server.stats()
    sent = 0
    started = time.monotonic()
    deadline = started + seconds
    while time.monotonic() < deadline:
        # Bursts the size of a socket buffer, then a pause for the server to catch up.
        for message in messages:
            transport.sendto(message, ("127.0.0.1", server.sip_port))
        sent += len(messages)
        await asyncio.sleep(0.004)
    await asyncio.sleep(0.5)
    elapsed = time.monotonic() - started
    after = server.stats()
    transport.close()
    return {
        "echoes_per_s": round(sink.datagrams / (elapsed - 0.5)),
        "sent": sent,
        "echoed": sink.datagrams,
        "server_cpu": round((after["cpu"] - before["cpu"]) / (elapsed - 0.5), 2),
    }


def _sip_options(nonce: str) -> bytes:
    return (
        "OPTIONS sip:echo@203.0.113.5 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 192.168.1.10:5060;branch=z9hG4bK776asdhds;rport\r\n"
        "From: <sip:wizard@192.168.1.10>;tag=1928301774\r\nTo: <sip:echo@203.0.113.5>\r\n"
        f"Call-ID: {nonce}@192.168.1.10\r\nCSeq: 1 OPTIONS\r\n"
        "Contact: <sip:wizard@192.168.1.10:5060>\r\nContent-Length: 0\r\n\r\n"
    ).encode()


def _free_port_on(ips: list[str]) -> int:
    """A port free for UDP and TCP on every one of ``ips``."""
    while True:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.bind((ips[0], 0))
        port = probe.getsockname()[1]
        probe.close()
        held = []
        try:
            for ip in ips:
                for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
                    sock = socket.socket(socket.AF_INET, kind)
                    held.append(sock)
                    sock.bind((ip, port))
            return port
        except OSError:
            continue
        finally:
            for sock in held:
                sock.close()


# ------------------------------------------------------------------ 1000 connections


async def many_connections(cpu: int | None, count: int) -> dict:
    server = Server(Limits(), cpu)  # the defaults a VPS runs with
    idle = server.stats()
    ips = sources(count // 4)
    gate = asyncio.Semaphore(200)

    async def open_one(source: str):
        async with gate:
            return await connect(server, source)

    started = time.monotonic()
    connections = await asyncio.gather(*(open_one(ip) for ip in ips for _ in range(4)))
    opened_s = time.monotonic() - started
    open_stats = server.stats()

    async def one_request(reader, writer) -> float:
        begun = time.monotonic()
        if not await exchange(reader, writer, probe_line(sip=True)):
            raise RuntimeError("refused")
        return time.monotonic() - begun

    latencies = sorted(await asyncio.gather(*(one_request(r, w) for r, w in connections)))
    served_stats = server.stats()
    for _, writer in connections:
        writer.close()
    errors = server.stop()
    return {
        "connections": len(connections),
        "opened_in_s": round(opened_s, 2),
        "rss_idle_mb": _mb(idle["rss"]),
        "rss_open_mb": _mb(open_stats["rss"]),
        "rss_after_requests_mb": _mb(served_stats["rss"]),
        "peak_rss_mb": _mb(served_stats["peak"]),
        "kb_per_connection": round((open_stats["rss"] - idle["rss"]) / len(connections) / 1024, 1),
        "request_latency_p50_ms": round(1000 * statistics.median(latencies), 1),
        "request_latency_max_ms": round(1000 * latencies[-1], 1),
        "loop_errors": errors,
    }


def _mb(value: int) -> float:
    return round(value / 2**20, 1)


# ------------------------------------------------------------------ random requests


class Hostile:
    """Lines that are mostly not requests: random bytes, random JSON, request-shaped
    objects with wrong fields, mutated valid requests, a few valid ones."""

    KEYS = ("v", "type", "nonce", "udp", "tcp", "sip", "ts", "mac", "address", "to", "")

    def __init__(self, seed: int, ports: list[int]) -> None:
        self.rng = random.Random(seed)
        self.ports = ports

    def value(self, depth: int = 0):
        rng = self.rng
        pick = rng.randrange(9 if depth < 3 else 6)
        if pick == 0:
            return None
        if pick == 1:
            return rng.random() < 0.5
        if pick == 2:
            return rng.choice([0, 1, -1, 65535, 65536, 2**40, 2**70, rng.randrange(-99999, 99999)])
        if pick == 3:
            return rng.random() * rng.choice([1, 1e308, -1e-308])
        if pick == 4:
            return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(40)))
        if pick == 5:
            return rng.randbytes(16).hex()
        if pick == 6:
            return [self.value(depth + 1) for _ in range(rng.randrange(6))]
        if pick == 7:
            return {self.text(): self.value(depth + 1) for _ in range(rng.randrange(5))}
        return rng.choice(self.ports)

    def text(self) -> str:
        return (
            self.rng.choice(self.KEYS) if self.rng.random() < 0.7 else self.rng.randbytes(3).hex()
        )

    def valid(self) -> bytes:
        rng = self.rng
        udp = tuple(rng.sample(self.ports, rng.randrange(len(self.ports) + 1)))
        tcp = tuple(rng.sample(self.ports, rng.randrange(len(self.ports) + 1)))
        return probe_line(udp, tcp, sip=rng.random() < 0.5 or not (udp or tcp))

    def mutated(self) -> bytes:
        rng = self.rng
        line = bytearray(self.valid().rstrip(b"\n"))
        for _ in range(rng.randrange(1, 7)):
            where = rng.randrange(max(1, len(line)))
            edit = rng.randrange(4)
            if edit == 0 and line:
                line[where] ^= 1 << rng.randrange(8)
            elif edit == 1:
                del line[where : where + rng.randrange(1, 9)]
            elif edit == 2:
                line[where:where] = rng.randbytes(rng.randrange(1, 9))
            else:
                line[where:where] = line[where : where + rng.randrange(1, 17)]
        return bytes(line).replace(b"\n", b" ") + b"\n"

    def line(self) -> bytes:
        rng = self.rng
        pick = rng.random()
        if pick < 0.25:
            return rng.randbytes(rng.randrange(600)).replace(b"\n", b" ") + b"\n"
        if pick < 0.40:
            return json.dumps(self.value()).encode() + b"\n"
        if pick < 0.65:
            fields = {self.text(): self.value() for _ in range(rng.randrange(9))}
            return json.dumps(fields).encode() + b"\n"
        if pick < 0.94:
            return self.mutated()
        if pick < 0.995:
            return self.valid()
        return b"{" + b" " * protocol.MAX_LINE + b"}\n"  # too long: the connection ends

    def safe_line(self) -> bytes:
        """A line that, if it is a valid request, names only our ports."""
        while True:
            line = self.line()
            try:
                request = parse_request(line.rstrip(b"\n")[: protocol.MAX_LINE])
            except ProtocolError:
                return line
            if set(request.udp + request.tcp) <= set(self.ports):
                return line


async def random_requests(cpu: int | None, total: int) -> dict:
    server = Server(RANDOM_LIMITS, cpu)
    held = []
    ports = []
    while len(ports) < 4:  # UDP sockets and bound, unlistening TCP sockets: ours alone
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            tcp.bind(("127.0.0.1", udp.getsockname()[1]))
        except OSError:
            udp.close()
            tcp.close()
            continue
        held += [udp, tcp]
        ports.append(udp.getsockname()[1])
    hostile = Hostile(11, ports)
    stats = {"sent_lines": 0, "answers": 0, "bad_answers": 0, "connections": 0}

    def handled() -> int:
        counters = server.stats()["counters"]
        return counters["requests_served"] + sum(counters["refused"].values())

    goal = {"lines": total}

    async def worker() -> None:
        while stats["sent_lines"] < goal["lines"]:
            lines = [hostile.safe_line() for _ in range(200)]
            stats["sent_lines"] += len(lines)
            stats["connections"] += 1
            reader, writer = await connect(server, "127.0.0.1")
            writer.write(b"".join(lines))
            writer.write_eof()
            while answer := await reader.readline():
                stats["answers"] += 1
                try:
                    parse_server_message(answer)
                except ProtocolError:
                    stats["bad_answers"] += 1
            writer.close()

    started = time.monotonic()
    while True:
        await asyncio.gather(*(worker() for _ in range(16)))
        missing = total - handled()
        if missing <= 0:
            break
        goal["lines"] += missing + 200  # lines cut off after a too-long one: send more
    elapsed = time.monotonic() - started
    # Still serving afterwards?
    reader, writer = await connect(server, "127.0.0.1")
    still_serves = await exchange(reader, writer, probe_line(udp=(ports[0],), sip=True))
    writer.close()
    final = server.stats()
    alive = server.process.is_alive()
    errors = server.stop()
    for sock in held:
        sock.close()
    counters = final["counters"]
    return {
        "handled": counters["requests_served"] + sum(counters["refused"].values()),
        "served": counters["requests_served"],
        "refused": counters["refused"],
        "sent_lines": stats["sent_lines"],
        "connections": stats["connections"],
        "answers": stats["answers"],
        "answers_not_protocol": stats["bad_answers"],
        "seconds": round(elapsed, 1),
        "internal_errors": counters["internal_errors"],
        "loop_errors": errors,
        "server_alive": alive,
        "still_serves": still_serves,
        "crashes": int(not alive) + counters["internal_errors"] + len(errors),
        "peak_rss_mb": _mb(final["peak"]),
    }


# ------------------------------------------------------------------ amplification


async def amplification(cpu: int | None, datagrams: int) -> dict:
    # Default limits (16 echoes per registered nonce, 200 controls per request) but the
    # request rate, so that one source can register enough nonces for a good share of
    # valid echoes, and the time controls are answered after a request, so that they are
    # answered throughout.
    limits = replace(Limits(), requests_per_minute=1e9, request_burst=10**9, control_grace=600)
    server = Server(limits, cpu)
    reader, writer = await connect(server, "127.0.0.1")
    probe_port = writer.hello.probe_port
    nonces = []
    for _ in range(datagrams // 10 // 16 + 1):
        line = probe_line(sip=True)
        nonces.append(json.loads(line)["nonce"])
        await exchange(reader, writer, line)
    loop = asyncio.get_running_loop()
    transport, sink = await loop.create_datagram_endpoint(Sink, local_addr=("127.0.0.1", 0))
    rng = random.Random(7)
    sent = 0
    for i in range(datagrams):
        port = server.sip_port if i % 4 else probe_port
        if i % 10 == 0:
            data = _sip_options(rng.choice(nonces))  # valid, until its nonce's echoes run out
        elif i % 10 == 1:  # a control datagram: answered once per number, 200 a request
            port = probe_port  # (the connection's last requests are the ones still live)
            data = protocol.probe_payload(
                protocol.ProbeKind.CONTROL, rng.choice(nonces[-8:]), 0, rng.randrange(256)
            )
        else:
            data = rng.randbytes(rng.choice((0, 1, 24, 100, 548, 1400, 8192, 9000)))
        transport.sendto(data, ("127.0.0.1", port))
        sent += len(data)
        if i % 20 == 0:
            await asyncio.sleep(0.002)  # no datagram lost in a full socket buffer
    await asyncio.sleep(0.5)
    counters = server.stats()["counters"]
    transport.close()
    writer.close()
    server.stop()
    return {
        "datagrams": datagrams,
        "bytes_sent": sent,
        "bytes_back": sink.bytes,
        "echoes": counters["sip_echoes"],
        "controls_answered": counters["controls_answered"],
        "largest_answer": sink.largest,
        "sip_message": len(_sip_options(nonces[0])),
        "server_bytes_in": counters["udp_bytes_in"],
        "server_bytes_out": counters["udp_bytes_out"],
        "ratio": round(sink.bytes / sent, 4),
        "server_ratio": round(counters["udp_bytes_out"] / max(1, counters["udp_bytes_in"]), 4),
    }


# ------------------------------------------------------------------ main


def _isolate() -> None:
    """As root, run again in a network namespace of our own (loopback only)."""
    if os.environ.get(NETNS_FLAG):
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        return
    if os.geteuid() == 0 and shutil.which("unshare") and shutil.which("ip"):
        env = dict(os.environ, **{NETNS_FLAG: "1"})
        os.execvpe("unshare", ["unshare", "-n", "--", sys.executable, *sys.argv], env)
    print("not root: running on the host's loopback", file=sys.stderr)


async def main_async(args: argparse.Namespace) -> dict:
    cpus = sorted(os.sched_getaffinity(0))
    server_cpu = cpus[0]
    if len(cpus) > 1:
        os.sched_setaffinity(0, set(cpus[1:]))  # the load never shares the server's core
    else:
        print("one CPU only: the load shares the server's core", file=sys.stderr)
    results = {"cpus": len(cpus), "server_cpu": server_cpu}
    print("throughput ...", file=sys.stderr)
    results["throughput"] = await throughput(server_cpu, args.seconds)
    print("1000 connections ...", file=sys.stderr)
    results["connections"] = await many_connections(server_cpu, args.connections)
    print(f"{args.random} random requests ...", file=sys.stderr)
    results["random"] = await random_requests(server_cpu, args.random)
    print("amplification ...", file=sys.stderr)
    results["amplification"] = await amplification(server_cpu, args.datagrams)
    return results


def report(results: dict) -> None:
    t, c, r, a = (
        results["throughput"],
        results["connections"],
        results["random"],
        results["amplification"],
    )
    print(f"Responder on one core (CPU {results['server_cpu']}, load on the others)")
    print(
        f"  UDP requests (1 port, 3 probes):  {t['udp']['requests_per_s']:>6} requests/s"
        f"  server CPU {t['udp']['server_cpu']:.2f}  ({t['udp']['connections']} connections)"
    )
    print(
        f"  TCP requests (1 connect-back):    {t['tcp']['requests_per_s']:>6} requests/s"
        f"  server CPU {t['tcp']['server_cpu']:.2f}"
    )
    print(
        f"  SIP echo (UDP):                   {t['sip_echo']['echoes_per_s']:>6} echoes/s"
        f"    server CPU {t['sip_echo']['server_cpu']:.2f}"
    )
    print(f"{c['connections']} concurrent control connections (default limits)")
    print(
        f"  RSS idle {c['rss_idle_mb']} MB, with them open {c['rss_open_mb']} MB "
        f"({c['kb_per_connection']} KiB each), after one request each "
        f"{c['rss_after_requests_mb']} MB, peak {c['peak_rss_mb']} MB"
    )
    print(
        f"  one request on each at once: p50 {c['request_latency_p50_ms']} ms, "
        f"max {c['request_latency_max_ms']} ms"
    )
    print(f"Random requests: {r['handled']} handled in {r['seconds']} s")
    print(
        f"  served {r['served']}, refused {sum(r['refused'].values())}, "
        f"answers not of the protocol {r['answers_not_protocol']}, "
        f"internal errors {r['internal_errors']}, crashes {r['crashes']}, "
        f"still serves: {'yes' if r['still_serves'] else 'NO'}"
    )
    print(
        f"Amplification (unauthenticated UDP, {a['datagrams']} datagrams, "
        f"{a['echoes']} valid echoes, {a['controls_answered']} controls answered): "
        f"out/in {a['ratio']} "
        f"(server's count {a['server_ratio']}); largest answer {a['largest_answer']} bytes "
        f"to a SIP message of {a['sip_message']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per throughput phase")
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--random", type=int, default=100_000)
    parser.add_argument("--datagrams", type=int, default=20_000)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    _isolate()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    multiprocessing.set_start_method("spawn")  # not a fork of a running event loop
    results = asyncio.run(main_async(args))
    report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    ok = results["random"]["crashes"] == 0 and results["amplification"]["ratio"] <= 1
    return 0 if ok and results["random"]["still_serves"] else 1


if __name__ == "__main__":
    sys.exit(main())
