"""``python -m wizard responder``: the responder as a headless service.

    python -m wizard responder [--listen IP:PORT] [--sip-port N | --no-sip]
                               [--secret-file FILE] [--probe-ports LOW-HIGH] [--verbose]

It runs until SIGTERM or Ctrl-C, then closes every socket and exits 0. Bad input, or a
socket it cannot bind, is one line on stderr and exit code 2. It logs one line per
request to stderr (journald adds the time under systemd).

It imports neither Qt nor anything outside the standard library, so a VPS runs it from
a plain Python 3.11 without the wizard's GUI stack; ``wizard/__main__.py`` sends the
``responder`` command here before the rest of the command line (which loads Qt for its
translations) is imported. For the same reason its words are English only: the people
who read them run servers.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import ipaddress
import logging
import os
import signal
import stat
import sys
from collections.abc import Sequence

from wizard.responder.protocol import DEFAULT_CONTROL_PORT
from wizard.responder.server import Limits, Responder

log = logging.getLogger("wizard.responder")

EXIT_OK, EXIT_USAGE = 0, 2
DEFAULT_SIP_PORT = 5060
MAX_SECRET_BYTES = 4096  # as the wizard's --responder-secret-file takes it


class UsageError(Exception):
    """Bad input, or a responder that cannot start: one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def listen_address(text: str) -> tuple[str, int]:
    """``IP``, ``IP:PORT`` or ``[IPv6]:PORT`` as (IP, port); the port defaults to
    ``DEFAULT_CONTROL_PORT``; 0 takes any free port."""
    host, port = text, str(DEFAULT_CONTROL_PORT)
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise argparse.ArgumentTypeError(f"'{text}' is not IP:PORT")
        port = rest[1:] or port
    elif text.count(":") == 1:
        host, port = text.split(":")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{host}' is not an IP address (give one of this host's, or 0.0.0.0 for all)"
        ) from None
    return str(ip), port_number(port)


def port_number(text: str) -> int:
    """A port, 0 to 65535 (0: any free one)."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number from 0 to 65535")
    return int(text)


def port_range(text: str) -> tuple[int, int] | None:
    """``LOW-HIGH`` or one port ``N`` as (first, last); ``0``: None (any free port)."""
    low, sep, high = text.partition("-")
    first = port_number(low.strip())
    last = port_number(high.strip()) if sep else first
    if first == 0 and last == 0:
        return None
    if not 1 <= first <= last:
        raise argparse.ArgumentTypeError(f"'{text}' is not a range of ports such as 40000-40999")
    return first, last


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The responder's options, on its own parser or on the ``responder`` subcommand."""
    parser.add_argument(
        "--listen",
        type=listen_address,
        default=("0.0.0.0", DEFAULT_CONTROL_PORT),
        metavar="IP:PORT",
        help=f"control channel, TCP (default 0.0.0.0:{DEFAULT_CONTROL_PORT}); "
        "the probes and the SIP echo use the same IP",
    )
    sip = parser.add_mutually_exclusive_group()
    sip.add_argument(
        "--sip-port",
        type=port_number,
        default=DEFAULT_SIP_PORT,
        metavar="N",
        help=f"SIP echo port, UDP and TCP (default {DEFAULT_SIP_PORT}; below 1024 it needs "
        "CAP_NET_BIND_SERVICE)",
    )
    sip.add_argument("--no-sip", action="store_true", help="no SIP echo (no SIP ALG test)")
    parser.add_argument(
        "--secret-file",
        metavar="FILE",
        help="shared secret: requests must carry its HMAC (surrounding whitespace is "
        "ignored; keep the file readable by its owner only)",
    )
    parser.add_argument(
        "--probe-ports",
        "--probe-port",
        type=port_range,
        default=None,
        metavar="LOW-HIGH",
        help="UDP ports the probe ports of control connections are taken from, one per "
        "connection; the wizard's control datagrams must reach them (default: any free port)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also log refused and malformed input"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m wizard responder",
        description="Runs a responder: probes the wizard's public address from outside on "
        "request (UDP, TCP connect-backs) and echoes its SIP messages for the SIP ALG test.",
    )
    add_arguments(parser)
    return parser


def read_secret(path: str, warn=log.warning) -> bytes:
    """The secret in ``path``, surrounding whitespace removed; ``UsageError`` when it
    cannot be read, is empty or longer than ``MAX_SECRET_BYTES``. Warns when others than
    its owner may read it."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_SECRET_BYTES + 1)
            mode = os.fstat(file.fileno()).st_mode
    except OSError as exc:
        raise UsageError(f"cannot read the secret file {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_SECRET_BYTES:  # the wizard refuses such a file too
        raise UsageError(f"the secret file {path} is longer than a secret can be")
    secret = data.strip()
    if not secret:
        raise UsageError(f"the secret file {path} is empty")
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        warn(
            "the secret file %s may be read by others than its owner; chmod 600 it",
            path,
        )
    return secret


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m wizard responder ...``; returns the exit code."""
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run(args)


def run(args: argparse.Namespace, limits: Limits | None = None) -> int:
    """Runs the responder the parsed ``args`` describe until SIGTERM or Ctrl-C."""
    _configure_logging(args.verbose)
    try:
        secret = read_secret(args.secret_file) if args.secret_file else None
        limits = limits or Limits()
        _raise_file_limit(limits)
        responder = Responder(
            listen=args.listen,
            sip_port=None if args.no_sip else args.sip_port,
            secret=secret,
            limits=limits,
            probe_ports=args.probe_ports,
        )
        asyncio.run(_serve(responder))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"error: {_cannot_start(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # where signal handlers cannot be set (Windows)
        pass
    return EXIT_OK


async def _serve(responder: Responder) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    handled: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
        except (NotImplementedError, RuntimeError):
            pass
    try:
        await responder.start()
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            log.warning(
                "running as root: run the responder as an unprivileged user "
                "(packaging/responder/README.md)"
            )
        await stop.wait()
        log.info("stopping")
    finally:
        await responder.close()
        for signum in handled:
            loop.remove_signal_handler(signum)
    figures = responder.counters.as_dict()
    log.info("stopped; %s", ", ".join(f"{name} {value}" for name, value in figures.items()))


def _cannot_start(exc: OSError) -> str:
    text = f"cannot start the responder: {exc.strerror or exc}"
    if exc.errno == errno.EACCES:
        text += (
            " (a port below 1024 needs CAP_NET_BIND_SERVICE: setcap or the systemd unit's "
            "AmbientCapabilities, see packaging/responder/README.md)"
        )
    elif exc.errno == errno.EADDRINUSE:
        text += " (another program holds one of the ports)"
    elif exc.errno == errno.EADDRNOTAVAIL:
        text += " (the --listen IP is not an address of this host)"
    return text


def _configure_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    logger = logging.getLogger("wizard.responder")
    logger.setLevel(level)
    if logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    # journald stamps every line itself (JOURNAL_STREAM is set when stderr goes there).
    stamp = "" if os.environ.get("JOURNAL_STREAM") else "%(asctime)s "
    handler.setFormatter(logging.Formatter(stamp + "%(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False


def _raise_file_limit(limits: Limits) -> None:
    """Every connection is a file descriptor: raise the soft limit toward the hard one so
    ``limits.connections`` fit."""
    try:
        import resource
    except ImportError:  # Windows
        return
    # A control connection is two descriptors: its TCP socket and its probe port.
    needed = 2 * limits.connections + limits.sip_connections + limits.connect_backs + 64
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(hard, needed)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            target = soft
        if target < needed:
            log.warning(
                "open files limited to %d: fewer than %d connections will fit (LimitNOFILE)",
                target,
                limits.connections,
            )
