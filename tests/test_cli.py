"""The headless command as a technician and the acceptance checks run it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from netutil import free_ports


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "--product", "nosuch"], "known products: 3cx, swyxware, pbxact, custom"),
        (["check", "--product", "3cx", "--ports", "9000-70000"], "port 70000 is outside 1–65535"),
        (["check", "--product", "3cx", "--ports", "0"], "port 0 is outside 1–65535"),
        (["check", "--product", "3cx", "--ports", "9019-9000"], "reversed"),
        (["check", "--product", "3cx", "--ports", "50x0"], "'50x0' is not a port number"),
        (["check", "--product", "3cx", "--ports", ""], "no ports given"),
        (["check", "--product", "3cx", "--stun", "stun..bad:3478"], "not a host name"),
        (["check", "--product", "3cx", "--stun", "stun.example:99999"], "outside 1–65535"),
        (["check", "--product", "3cx", "--rate", "0"], "--rate"),
        (["check", "--product", "3cx", "--timeout", "abc"], "--timeout"),
        (["check", "--product", "swyxware", "--product-version", "9"], "5.00, 5.01"),
        (["check", "--product", "custom"], "--ports"),
        (["check"], "--product"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, words):
    done = run(*args)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    assert words in lines[0]
    assert "Traceback" not in done.stderr


def test_json_contract_on_success(coturn):
    ports = free_ports(5)
    spec = f"{ports[0]}-{ports[-1]}"
    done = run(
        "check",
        "--product",
        "3cx",
        "--stun",
        coturn.spec,
        "--ports",
        spec,
        "--json",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)  # exactly one JSON document
    assert {"verdict", "message", "product", "stun", "nat", "ports", "elapsed_s"} <= set(document)
    assert document["verdict"] == "success"
    assert document["product"] == "3cx"
    assert document["message"]
    assert document["stun"][0]["server"] == coturn.spec
    assert document["stun"][0]["addresses"] == [coturn.spec]
    assert document["stun"][0]["other_address"] == f"127.0.0.2:{coturn.port + 1}"
    assert document["stun"][0]["error"] is None
    assert document["nat"] == {
        "public_ip": "127.0.0.1",
        "mapping": "endpoint-independent",
        "filtering": "endpoint-independent",
        "port_preserving": True,
    }
    assert [p["port"] for p in document["ports"]] == ports
    first = document["ports"][0]
    assert first["protocol"] == "udp"
    assert first["outcome"] == "pass"
    assert first["mapped"] == f"127.0.0.1:{ports[0]}"
    assert (first["test1"], first["test2"], first["process"]) == (True, True, None)
    assert isinstance(document["elapsed_s"], float)
    # The 3CX TCP ports are listed as checks for a person only when no --ports narrows it.
    assert document["manual_checks"] == []


def test_port_in_use_exit_1_with_process_and_commands(coturn, hold_udp_port):
    ports = free_ports(3)
    holder = hold_udp_port(ports[1])
    done = run(
        "check",
        "--product",
        "custom",
        "--stun",
        coturn.spec,
        "--ports",
        f"{ports[0]}-{ports[-1]}",
        "--json",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["verdict"] == "port_in_use"
    held = document["ports"][1]
    assert held["outcome"] == "port_in_use"
    assert held["process"]["pid"] == holder.pid
    assert held["process"]["name"]
    assert held["commands"] == [f"ss -lunp 'sport = :{ports[1]}'", f"lsof -nP -iUDP:{ports[1]}"]


def test_readable_summary(coturn, hold_udp_port):
    ports = free_ports(6)
    hold_udp_port(ports[5])
    done = run(
        "check",
        "--product",
        "3cx",
        "--stun",
        coturn.spec,
        "--ports",
        f"{ports[0]}-{ports[-1]}",
        "--rate",
        "500",
        "--timeout",
        "0.5",
    )
    assert done.returncode == 1
    out = done.stdout
    # Five neighbouring passing ports fold into one line; the held one stands alone.
    assert f"{ports[0]}-{ports[4]}" in out
    assert f"ss -lunp 'sport = :{ports[5]}'" in out
    assert "PID" in out
    assert "Traceback" not in done.stderr


def test_products_and_ports_listing():
    products = run("products")
    assert products.returncode == 0
    assert [line.split()[0] for line in products.stdout.splitlines() if line[:1].strip()] == [
        "3cx",
        "swyxware",
        "pbxact",
        "custom",
    ]
    ports = run("ports", "--product", "swyxware", "--product-version", "5.00", "--json")
    rules = json.loads(ports.stdout)["rules"]
    assert "56000-57000" in [r["ports"] for r in rules]
    assert "55000-56000" not in [r["ports"] for r in rules]
    text = run("ports", "--product", "pbxact").stdout
    assert "22" in text and "SSH" in text


def test_version_flag():
    done = run("--version")
    assert done.returncode == 0 and "PBX Firewall Wizard" in done.stdout
