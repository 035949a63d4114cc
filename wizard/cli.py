"""The command line: ``check`` runs the same engine as the wizard, headless.

    python -m wizard                        the wizard window
    python -m wizard products               the products we know
    python -m wizard ports --product ID     the ports a product needs
    python -m wizard check --product ID ... check them from this machine
    python -m wizard --smoke                start, show the first page, log it, exit 0

Exit codes of ``check``: 0 when every port passes, 1 when the check ran and found a
problem, 2 on bad input (one line on stderr, never a traceback), 130 when interrupted.
``check --responder HOST[:PORT]`` asks a responder of the support team's to test the
ports from outside too: the UDP ports' test 2, the product's TCP ports (``--tcp-ports``)
and the SIP ALG test. The check also asks the router what it knows (UPnP IGD, NAT-PMP;
``--no-router`` not, ``--router-wan`` gives the address its status page shows), tests
hairpin NAT (``--no-hairpin`` not) and, with ``--mapping-lifetime``, how long the router
keeps an idle UDP mapping.
This module parses the arguments and runs the commands; ``wizard.progress`` shows a
running check on stderr and ``wizard.summary`` prints its result.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import ipaddress
import json
import os
import signal
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from wizard import APP_NAME, __version__
from wizard.catalog import (
    CatalogError,
    Product,
    UnknownProductError,
    UnknownVersionError,
    get_product,
    left_untested,
    load_catalog,
    plan_checks,
    sip_over_tcp,
)
from wizard.engine.defaults import (
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    MAX_RATE,
    MAX_TIMEOUT,
    MIN_RATE,
    MIN_TIMEOUT,
)
from wizard.engine.model import Phase, Verdict
from wizard.engine.resolve import (
    ServerSpecError,
    parse_responder,
    parse_server,
    parse_wan_address,
)
from wizard.i18n import LANGUAGES, error_text, product_text, set_language, translate
from wizard.portspec import PortSpecError, expand, parse_ports
from wizard.portspec import tcp_ports as tcp_port_list
from wizard.progress import Progress
from wizard.report import ReportFormat, report_format, to_json, write_report
from wizard.responder import command as responder_command
from wizard.responder.protocol import DEFAULT_CONTROL_PORT
from wizard.summary import print_summary, print_table
from wizard.words import direction_label, protocol_label, requirement_label

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# A shared secret is a line of text, not a file's worth: more is a wrong file.
MAX_SECRET_BYTES = 4096
# The mapping lifetime test: its longest idle gap without a value, and the range allowed.
DEFAULT_LIFETIME_LIMIT = 120.0
MIN_LIFETIME_LIMIT, MAX_LIFETIME_LIMIT = 10.0, 600.0


class UsageError(Exception):
    """Bad input: shown as one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _number(low: float, high: float):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a number, not '{text}'").format(text=text)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be from {low:g} to {high:g}").format(low=low, high=high)
            )
        return value

    return parse


def _ipv4(text: str) -> str:
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "'{text}' is not an IPv4 address such as 192.168.1.10").format(
                text=text
            )
        ) from None
    special = address.is_unspecified or address.is_loopback or address.is_link_local
    if special or address.is_multicast or address == ipaddress.IPv4Address("255.255.255.255"):
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "{text} cannot be the PBX's address: give its LAN address, such as 192.168.1.10",
            ).format(text=text)
        )
    return str(address)


def _wan_address(text: str) -> str:
    """``--router-wan``: the router's WAN address as its status page shows it."""
    try:
        return parse_wan_address(text)
    except ServerSpecError as exc:
        raise argparse.ArgumentTypeError(error_text(exc)) from None


def _responder(text: str) -> str:
    """``--responder``: HOST[:PORT] read as ``--stun`` is, the control port
    ``DEFAULT_CONTROL_PORT`` where none is given; given back as ``host:port``. The
    responder probes the address the check reaches it from, so it must be IPv4."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "give the responder's address, such as responder.example.net")
        )
    try:
        spec = parse_responder(text)
    except ServerSpecError as exc:
        raise argparse.ArgumentTypeError(error_text(exc)) from None
    if ":" in spec.host:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "'{text}': the responder is reached over IPv4; give its IPv4 address or name"
            ).format(text=text.strip())
        )
    return str(spec)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=translate("Cli", "language of the output (default: the system's)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m wizard",
        description=translate(
            "Cli", "Checks whether a router or firewall treats an IP PBX's ports right."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    products = commands.add_parser("products", help=translate("Cli", "list the products we know"))
    _language_option(products)

    ports = commands.add_parser("ports", help=translate("Cli", "show the ports a product needs"))
    _language_option(ports)
    ports.add_argument("--product", required=True, metavar="ID")
    ports.add_argument("--product-version", metavar="V")
    ports.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    check = commands.add_parser(
        "check", help=translate("Cli", "check the ports from this computer")
    )
    _language_option(check)
    check.add_argument("--product", required=True, metavar="ID")
    check.add_argument("--product-version", metavar="V")
    check.add_argument(
        "--stun",
        action="append",
        metavar="HOST[:PORT]",
        help=translate(
            "Cli", "STUN server, tried in the order given (default: the product's servers)"
        ),
    )
    check.add_argument(
        "--ports",
        metavar="SPEC",
        help=translate("Cli", "ports to check, e.g. 9000-9019,5060 (default: the product's)"),
    )
    check.add_argument(
        "--rate",
        type=_number(MIN_RATE, MAX_RATE),
        default=DEFAULT_RATE,
        help=translate(
            "Cli", "new STUN requests per second (default {rate:g}, polite to public servers)"
        ).format(rate=DEFAULT_RATE),
    )
    check.add_argument(
        "--timeout",
        type=_number(MIN_TIMEOUT, MAX_TIMEOUT),
        default=DEFAULT_TIMEOUT,
        help=translate(
            "Cli", "seconds to wait for each answer, resends included (default {timeout:g})"
        ).format(timeout=DEFAULT_TIMEOUT),
    )
    check.add_argument(
        "--pbx-address",
        type=_ipv4,
        metavar="IP",
        help=translate(
            "Cli",
            "the PBX's LAN address, the one the router forwards to; the check says when "
            "its traffic leaves this computer from another one (default: not compared)",
        ),
    )
    check.add_argument(
        "--responder",
        type=_responder,
        metavar="HOST[:PORT]",
        help=translate(
            "Cli",
            "a responder of the support team's, which tests the ports from outside: TCP "
            "ports, the SIP ALG, and test 2 without a STUN server's second address "
            "(default port {port})",
        ).format(port=DEFAULT_CONTROL_PORT),
    )
    check.add_argument(
        "--responder-secret-file",
        metavar="FILE",
        help=translate("Cli", "a file holding the responder's shared secret, if it wants one"),
    )
    check.add_argument(
        "--tcp-ports",
        metavar="SPEC",
        help=translate(
            "Cli",
            "TCP ports the responder connects to, e.g. 22,5090 (default: the product's; "
            "needs --responder)",
        ),
    )
    check.add_argument(
        "--router-wan",
        type=_wan_address,
        metavar="IP",
        help=translate(
            "Cli",
            "the internet (WAN) address the router's status page shows; tells a second NAT "
            "in front of it when the router does not answer",
        ),
    )
    check.add_argument(
        "--no-router",
        action="store_true",
        help=translate("Cli", "do not ask the router (UPnP IGD, NAT-PMP, PCP) what it knows"),
    )
    check.add_argument(
        "--no-hairpin",
        action="store_true",
        help=translate("Cli", "skip the hairpin NAT test (NAT loopback for phones on the LAN)"),
    )
    check.add_argument(
        "--mapping-lifetime",
        type=_number(MIN_LIFETIME_LIMIT, MAX_LIFETIME_LIMIT),
        nargs="?",
        const=DEFAULT_LIFETIME_LIMIT,
        metavar="SECONDS",
        help=translate(
            "Cli",
            "also measure how long the router keeps an idle UDP mapping, up to SECONDS "
            "({low:g}–{high:g}, default {default:g}); takes about that long again",
        ).format(low=MIN_LIFETIME_LIMIT, high=MAX_LIFETIME_LIMIT, default=DEFAULT_LIFETIME_LIMIT),
    )
    check.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON document")
    )
    check.add_argument(
        "--report",
        action="append",
        default=[],
        metavar="FILE",
        help=translate("Cli", "also write a report to FILE: .html, .pdf or .json (may repeat)"),
    )
    check.add_argument(
        "--allow-firewall",
        action="store_true",
        help=translate(
            "Cli",
            "Windows: first let this program receive the answers through the firewall until "
            "it ends (asks for administrator approval)",
        ),
    )
    responder = commands.add_parser(
        "responder",
        help=translate(
            "Cli", "run a responder on an internet host, for checks that use --responder"
        ),
    )
    responder_command.add_arguments(responder)
    return parser


def _wanted_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read ahead of parsing, so help and errors come in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _only_window_options(argv: Sequence[str]) -> bool:
    """No command, nothing but options the window takes: open the wizard."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--lang" and rest:
            rest.pop(0)
        elif not (arg.startswith("--lang=") or arg == "--smoke"):
            return False
    return True


def _wants_pdf(argv: Sequence[str]) -> bool:
    """Whether a ``--report`` asks for a PDF, read ahead of parsing: Qt prints it only in a
    ``QGuiApplication``, which must exist before the translations make a plain one."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--report" and i + 1 < len(argv) else None
        if arg.startswith("--report="):
            value = arg.split("=", 1)[1]
        if value is not None and report_format(value) is ReportFormat.PDF:
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted = _wanted_language(argv)
    if _only_window_options(argv):
        return _open_wizard(wanted, smoke="--smoke" in argv)
    try:
        if _wants_pdf(argv):
            from wizard.pdf import gui_application

            gui_application(offscreen=not _has_display(os.environ, sys.platform))
        set_language(wanted if wanted in LANGUAGES else None)
        args = build_parser().parse_args(argv)
        if args.command == "products":
            return _products(sys.stdout)
        if args.command == "ports":
            return _ports(args, sys.stdout)
        if args.command == "responder":
            return responder_command.run(args)
        return _check(args)
    except UsageError as exc:
        print(translate("Cli", "error: {problem}").format(problem=exc), file=sys.stderr)
        return EXIT_USAGE
    except (UnknownProductError, UnknownVersionError, PortSpecError, ServerSpecError) as exc:
        problem = error_text(exc)
        print(translate("Cli", "error: {problem}").format(problem=problem), file=sys.stderr)
        return EXIT_USAGE
    except CatalogError as exc:
        print(
            translate("Cli", "error in a product file: {problem}").format(problem=exc),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(translate("Cli", "Cancelled."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _open_wizard(language: str | None, smoke: bool = False) -> int:
    if not _has_display(os.environ, sys.platform):
        set_language(language if language in LANGUAGES else None)
        text = translate(
            "Cli",
            "error: there is no display to open the wizard on. Without a desktop, run the "
            "check from the command line: {command} (see {help})",
        )
        command = "python -m wizard check --product NAME"
        print(text.format(command=command, help="python -m wizard --help"), file=sys.stderr)
        return EXIT_USAGE
    from wizard.ui.app import run  # Qt widgets only when the window opens

    return run(language=language if language in LANGUAGES else None, smoke=smoke)


def _has_display(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt can open a window: always on Windows and macOS; elsewhere only with an
    X11 or Wayland display, or a platform plugin chosen by hand (``QT_QPA_PLATFORM``).
    Without one, Qt aborts the process with a message about plugins."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _products(out: TextIO) -> int:
    for product in load_catalog().values():
        versions = ", ".join(v.id for v in product.versions)
        line = f"{product.id:<10} {product_text(product.name)}"
        if versions:
            line += "  " + translate("Cli", "(versions: {versions})").format(versions=versions)
        print(line, file=out)
        print(f"{'':<10} {product_text(product.summary)}", file=out)
    return EXIT_OK


def _version_of(product: Product, version: str | None) -> str | None:
    product.rules_for(version)  # raises UnknownVersionError with the valid ids
    return version if version is not None else product.default_version()


def _ports(args: argparse.Namespace, out: TextIO) -> int:
    product = get_product(args.product)
    version = _version_of(product, args.product_version)
    rules = product.rules_for(version)
    if args.json:
        document = {
            "product": product.id,
            "version": version,
            "rules": [rule.as_dict() for rule in rules],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    title = product_text(product.name) + (f" {version}" if version else "")
    print(title, file=out)
    print(product_text(product.summary), file=out)
    print(file=out)
    header = (
        translate("Cli", "Ports"),
        translate("Cli", "Protocol"),
        translate("Cli", "Direction"),
        translate("Cli", "Needs"),
        "",
        translate("Cli", "Purpose"),
    )
    rows = [header]
    for rule in rules:
        ports = str(rule.ports)
        if rule.public_port is not None:
            ports = f"{rule.public_port}→{ports}"
        rows.append(
            (
                ports,
                protocol_label(rule.protocol),
                direction_label(rule.direction),
                requirement_label(rule.requirement),
                translate("Cli", "required") if rule.required else translate("Cli", "recommended"),
                product_text(rule.purpose),
            )
        )
    print_table(rows, out)
    for note in product.notes:
        print(f"  • {product_text(note)}", file=out)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    # The engine (and the STUN codec with it) loads only when a check runs.
    from wizard.engine.contacts import default_path
    from wizard.engine.gateway import RouterSettings
    from wizard.engine.probes import NoSparePort
    from wizard.engine.runner import ScanSettings, run_scan

    if args.allow_firewall and sys.platform != "win32":
        raise UsageError(translate("Cli", "--allow-firewall works on Windows only"))
    for option, given in (
        ("--tcp-ports", args.tcp_ports),
        ("--responder-secret-file", args.responder_secret_file),
    ):
        if given is not None and args.responder is None:
            raise UsageError(
                translate(
                    "Cli", "{option} needs --responder: only a responder tests from outside"
                ).format(option=option)
            )
    product = get_product(args.product)
    version = _version_of(product, args.product_version)
    ports = expand(parse_ports(args.ports)) if args.ports is not None else None
    tcp_ports = tcp_port_list(args.tcp_ports) if args.tcp_ports is not None else None
    plan = plan_checks(
        product, version, ports, tcp_ports=tcp_ports, responder=args.responder is not None
    )
    if not plan.checks:
        raise UsageError(
            translate(
                "Cli", "{product} has no UDP ports that STUN can check; give them with --ports"
            ).format(product=product_text(product.name))
        )
    for path in args.report:
        _check_report_path(path)
    specs = args.stun or list(product.stun_servers)
    servers = [parse_server(item) for spec in specs for item in spec.split(",") if item.strip()]
    if not servers:
        raise UsageError(translate("Cli", "no STUN server given"))
    responder = None
    if args.responder is not None:
        from wizard.engine.witness import ResponderSettings

        secret = None
        if args.responder_secret_file is not None:
            secret = _read_secret(args.responder_secret_file)
        responder = ResponderSettings(
            spec=args.responder,
            secret=secret,
            tcp_ports=plan.tcp,
            sip_port=product.sip_port,
            sip_tcp=sip_over_tcp(product, version),
        )
    router = None
    if not args.no_router or args.router_wan is not None:
        # --no-router with a typed address: that address alone, the router left unasked.
        router = RouterSettings(
            typed_wan=args.router_wan, ask_router=not args.no_router, tcp_ports=plan.tcp
        )
    settings = ScanSettings(
        servers=servers,
        rate=args.rate,
        timeout=args.timeout,
        contact_log=default_path(),
        pbx_ip=args.pbx_address,
        responder=responder,
        router=router,
        hairpin=not args.no_hairpin,
        mapping_lifetime=args.mapping_lifetime,
        lifetime_stop=asyncio.Event() if args.mapping_lifetime else None,
        sip_port=product.sip_port,
    )
    if args.allow_firewall:
        allow_firewall([c.port for c in plan.checks], sys.stderr)
    progress = Progress(sys.stderr)
    try:
        result = asyncio.run(
            _interruptible(
                run_scan(
                    product.id,
                    plan.checks,
                    settings,
                    progress,
                    manual=[rule.manual_check() for rule in plan.manual],
                ),
                settings.lifetime_stop,
                progress,
            )
        )
    except NoSparePort:
        progress.finish()
        raise UsageError(
            translate(
                "Cli",
                "the ports to check leave none free for the check's own requests; "
                "check fewer ports at a time",
            )
        ) from None
    progress.finish()
    if responder is not None and ports is None:
        # What the responder could not test after all goes back to the checks by hand.
        left = left_untested(product, version, result.ports)
        result = replace(result, manual=tuple(rule.manual_check() for rule in left))
    if args.json:
        print(to_json(result))
    else:
        print_summary(result, product, version, sys.stdout)
    name = product_text(product.name)
    if version is not None:
        name += " " + product_text(next(v.name for v in product.versions if v.id == version))
    for path in args.report:
        try:
            write_report(path, result, name, computer=socket.gethostname())
        except OSError as exc:
            problem = exc.strerror or str(exc)
            print(
                translate("Cli", "error: could not write {path}: {problem}").format(
                    path=path, problem=problem
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        print(translate("Cli", "Report written to {path}").format(path=path), file=sys.stderr)
    return EXIT_OK if result.verdict is Verdict.SUCCESS else EXIT_PROBLEM


async def _interruptible(scan, stop: asyncio.Event | None, progress: Progress):
    """Run ``scan``; during the mapping lifetime test the first Ctrl+C ends that test
    with what it measured and keeps the check's result, the next one interrupts as
    always. Where the event loop takes no signal handlers (Windows), Ctrl+C always
    interrupts."""
    loop = asyncio.get_running_loop()
    if stop is None:
        return await scan
    try:
        loop.add_signal_handler(signal.SIGINT, lambda: None)
    except (NotImplementedError, RuntimeError, ValueError):
        return await scan

    def interrupted() -> None:
        phase = progress.phase
        if phase is not None and phase.phase is Phase.LIFETIME and not stop.is_set():
            stop.set()
            progress.note(
                translate(
                    "Cli",
                    "Ending the lifetime test with what it has measured so far; "
                    "press Ctrl+C again to stop the check.",
                )
            )
            return
        loop.remove_signal_handler(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)

    loop.add_signal_handler(signal.SIGINT, interrupted)
    try:
        return await scan
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def allow_firewall(ports: Sequence[int], out: TextIO, *, read=None, allow=None) -> None:
    """``--allow-firewall``: the administrator action of the results, before the scan.
    Whatever comes of it, the check runs; its firewall note tells the rest."""
    from wizard.elevation import Allowed, allow_for_check
    from wizard.engine.hostfirewall import read_host_firewall

    answer = (allow or allow_for_check)((read or read_host_firewall)(ports))
    if answer.outcome is Allowed.DONE:
        text = translate("Cli", "Firewall: this program may receive UDP until it ends.")
    elif answer.outcome is Allowed.DECLINED:
        text = translate("Cli", "Firewall: the administrator prompt was declined; checking anyway.")
    else:
        text = translate("Cli", "Firewall: could not add the rule ({problem}); checking anyway.")
        text = text.format(problem=answer.detail or "")
    print(text, file=out)


def _read_secret(path: str) -> bytes:
    """The responder's shared secret: the file's bytes without the white space around them
    (an editor's final newline). Refused before the check when it cannot be read, holds
    nothing, or is too long to be a secret."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_SECRET_BYTES + 1)
    except OSError as exc:
        raise UsageError(
            translate("Cli", "cannot read the responder's secret from '{path}': {problem}").format(
                path=path, problem=exc.strerror or str(exc)
            )
        ) from None
    if len(data) > MAX_SECRET_BYTES:
        text = translate(
            "Cli", "'{path}' is longer than a secret can be ({limit} bytes); is it the right file?"
        )
        raise UsageError(text.format(path=path, limit=MAX_SECRET_BYTES))
    secret = data.strip()
    if not secret:
        text = translate("Cli", "'{path}' is empty: write the responder's shared secret into it")
        raise UsageError(text.format(path=path))
    return secret


def _check_report_path(path: str) -> None:
    """Refuse a report the check could not write, before the scan rather than after it."""
    if report_format(path) is None:
        raise UsageError(
            translate("Cli", "'{path}': unknown report type; use .html, .pdf or .json").format(
                path=path
            )
        )
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        code = errno.EISDIR
    elif not folder.is_dir():
        code = errno.ENOENT
    elif not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        code = errno.EACCES
    else:
        return
    raise UsageError(
        translate("Cli", "cannot write '{path}': {problem}").format(
            path=path, problem=os.strerror(code)
        )
    )
