"""Render every page of the wizard to PNG, for the README and for review.

Runs the real wizard against a real coturn on loopback (127.0.0.1 and 127.0.0.2): the
product, ports and settings pages (also with a responder filled in, and with the router's
questions changed), the scan while it runs, and its results. Then it shows the results
page for a few other verdicts, from results the engine assembles from the pure NAT model
(``tests/modelresults.py``) and from the router's samples (``tests/routerresults.py``:
carrier NAT, a forward to another device, hairpin NAT failing, a short mapping
lifetime), so their layout can be reviewed too.

    xvfb-run -s "-screen 0 1366x768x24" python packaging/screenshots.py [--out screenshots]
                                         [--lang de] [--pseudo] [--only '*responder*']

Needs coturn (`turnserver`) on the PATH.
"""

from __future__ import annotations

import argparse
import asyncio
import fnmatch
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWizard

import keyring
import qasync
from keyring.backend import KeyringBackend

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "translations"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import routerresults  # noqa: E402
from loopback import Coturn  # noqa: E402
from modelresults import (  # noqa: E402
    NAME_NOT_FOUND,
    Tried,
    model_result,
    rerun_result,
    unresolved_result,
)
from natmodel import APD, Allocation, Router, Server, World, forwarded  # noqa: E402
from natmodel import Path as Link  # noqa: E402
from pseudo import write_pseudo_qm  # noqa: E402

from wizard.engine.classify import on_this_computer, overall_verdict
from wizard.engine.model import (
    AdapterKind,
    Address,
    Egress,
    FirewallInbound,
    HostFirewall,
    LifetimeProgress,
    Outcome,
    Phase,
    PhaseStarted,
    PortCheck,
    PortResult,
    ProcessInfo,
    Protocol,
    RateChanged,
    Requirement,
    ReservedRange,
    ResponderStatus,
    ScanResult,
    SipAlg,
    SipChange,
    StateWait,
    TcpSeen,
    Verdict,
    Witness,
)
from wizard.i18n import LANGUAGES, set_language
from wizard.ui.app import make_application
from wizard.ui.window import FirewallWizard


async def settle(app: QApplication, seconds: float = 0.3) -> None:
    # Only sleep: the qasync loop runs Qt's events meanwhile. processEvents() here would
    # step other tasks from inside this one.
    await asyncio.sleep(seconds)


# Shell patterns of the pictures to save (``--only``); every picture when empty.
ONLY: list[str] = []


def save(window: QWizard, out: Path, name: str) -> Path | None:
    if ONLY and not any(fnmatch.fnmatch(name, pattern) for pattern in ONLY):
        return None
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(path)
    return path


class ShownKeyStore(KeyringBackend):
    """A key store that keeps nothing, so the settings page looks as on a desktop with one
    (the "Remember" box enabled) wherever the pictures are taken."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def responder_result() -> ScanResult:
    """3CX behind a router whose SIP helper rewrites the SIP messages: every UDP port
    forwarded (test 2 proved by the STUN server and the responder), the TCP ports the
    responder connected to reached, and Via, From and Contact rewritten, as Linux's SIP
    helper does to an OPTIONS in the lab."""
    udp = [5060, 5090, *range(9000, 9040)]
    result = model_result(
        World(Router(forwards=forwarded(udp))),
        [PortCheck(n, Requirement.FULL_CONE) for n in udp],
    )
    heard = tuple(replace(p, test2_by=Witness.BOTH, responder=True) for p in result.ports)
    tcp = tuple(
        PortResult(
            n, Requirement.INBOUND_TCP, Outcome.PASS, None, None, None,
            protocol=Protocol.TCP, responder=True, tcp_seen=TcpSeen.CONNECTED,
        )
        for n in (443, 5000, 5001, 5060, 5061, 5090)
    )  # fmt: skip
    public = result.nat.public_ip or "203.0.113.5"
    lan = "192.168.10.20"
    changed = (
        SipChange(
            "via",
            f"SIP/2.0/UDP {lan}:5060;branch=z9hG4bK-3f9a1c;rport",
            f"SIP/2.0/UDP {public}:5060;branch=z9hG4bK-3f9a1c;rport",
        ),
        SipChange(
            "from",
            f"<sip:check@{lan}:5060>;tag=8d41e2",
            f"<sip:check@{public}:5060>;tag=8d41e2",
        ),
        SipChange("contact", f"<sip:check@{lan}:5060>", f"<sip:check@{public}:5060>"),
    )
    return replace(
        result,
        verdict=Verdict.SIP_ALG,
        ports=heard + tcp,
        responder=ResponderStatus(
            "responder.example.net:3480", Address("192.0.2.80", 3480), public
        ),
        sip_alg=SipAlg(True, True, changed, (Protocol.UDP,), 5060),
    )


def sample_results() -> dict[str, ScanResult]:
    """Results the engine assembles from NAT-model worlds (``tests/modelresults.py``), for
    pages a loopback scan cannot show."""

    def checks(*ports: int | range) -> list[PortCheck]:
        numbers = [n for p in ports for n in (p if isinstance(p, range) else (p,))]
        return [PortCheck(n, Requirement.FULL_CONE) for n in numbers]

    # A re-run over LTE: ports the last run touched, a link that drops out for a while,
    # after a server whose second address is dead.
    lte = World(
        Router(forwards=forwarded(range(9000, 9200))),
        path=Link(loss_in=0.01, loss_out=0.01, rtt=0.12),
        seed=1,
    )
    single = Tried("stun.single.example:3478", Server(second_dead_from=0.0))
    inconclusive = rerun_result(
        lte, range(9180, 9184), checks(range(9000, 9200)), outage=(2.0, 5.0), tried=[single]
    )
    # The rule for the media ports ends 100 ports too early.
    partial = model_result(
        World(Router(forwards=forwarded(range(9000, 10900)))), checks(range(9000, 11000))
    )
    holder = ProcessInfo(4312, "3CXPhoneSystem.exe")
    in_use = model_result(
        World(Router(forwards=forwarded([5090]))),
        checks(5060, 5090, range(9000, 9020)),
        held={5060: holder},
    )
    symmetric = model_result(
        World(Router(mapping=APD, allocation=Allocation.RANDOM, wan_input_drop=False)),
        checks(range(9000, 9020)),
    )
    # A customer's laptop: Windows Defender Firewall on the public profile, with the block
    # rules Windows made when they started the program without administrator rights, and
    # a VPN that carries the traffic; the router drops test 2 for ports nobody forwards.
    guarded = model_result(World(Router()), checks(5060, range(9000, 9010)))
    blocked = on_this_computer(guarded.ports, lambda port: False)
    guarded = replace(
        guarded,
        ports=blocked,
        verdict=overall_verdict(guarded.servers, blocked),
        nat=replace(guarded.nat, filtering=None),
        firewall=HostFirewall(
            FirewallInbound.FILTERS,
            product="Windows Defender Firewall",
            profiles=("public",),
            enabled=True,
            default_inbound_block=True,
            block_rules=("pbxfirewallwizard.exe", "pbxfirewallwizard.exe"),
            program=r"C:\Users\kunde\Downloads\PBXFirewallWizard.exe",
            preopen=True,
        ),
        egress=Egress("10.8.0.6", "Ethernet 2", AdapterKind.VPN, "192.168.10.20"),
    )
    # A Swyx server with Hyper-V: Windows keeps part of the media range for itself.
    swyx = model_result(
        World(Router(forwards=forwarded(range(55000, 55040)))), checks(range(55000, 55040))
    )
    taken = ReservedRange(55010, 55109)
    reserved_ports = tuple(
        replace(p, outcome=Outcome.PORT_RESERVED, test1=None, test2=None, mapped=None)
        if p.port in taken
        else p
        for p in swyx.ports
    )
    swyx = replace(
        swyx,
        ports=reserved_ports,
        verdict=overall_verdict(swyx.servers, reserved_ports),
        reserved=(taken,),
    )
    return {
        "results-carrier-nat": routerresults.carrier_nat(),
        "results-other-host": routerresults.other_host(),
        "results-hairpin-fails": routerresults.with_hairpin(routerresults.HAIRPIN_FAILS),
        "results-lifetime-short": routerresults.with_lifetime(routerresults.LIFETIME_SHORT),
        "results-dmz": routerresults.dmz(),
        "results-responder": responder_result(),
        "results-blocked-here": guarded,
        "results-reserved": swyx,
        "results-inconclusive": inconclusive,
        "results-partial": partial,
        "results-port-in-use": in_use,
        "results-symmetric": symmetric,
        "results-dns": unresolved_result({"stun.example.invalid:3478": NAME_NOT_FOUND}),
    }


async def walk(app: QApplication, out: Path, stun: str, samples: dict[str, ScanResult]) -> None:
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    window = FirewallWizard(settings)
    window.show()
    await settle(app, 0.5)
    save(window, out, "1-product")
    window.next()
    await settle(app)
    save(window, out, "2-ports")
    window.ports_page.ports.setText("9000-10999")
    window.next()
    page = window.settings_page
    page.servers.clear()
    page.new_server.setText(stun)
    page._add()
    page.rate.setValue(400)
    page.timeout.setValue(1.0)
    await settle(app)
    save(window, out, "3-settings")
    # The support team's responder, with its secret to be kept in the key store; then
    # cleared again, so the scan below runs on STUN alone.
    page.responder.setText("responder.example.net:3480")
    page.secret.setText("correct horse battery staple")
    page.remember.setChecked(True)
    await settle(app)
    save(window, out, "3-settings-responder")
    page.remember.setChecked(False)
    page.secret.clear()
    page.responder.clear()
    # The router's questions: a WAN address mistyped from the status page, and the long
    # lifetime test; then the router left unasked, so the scan below asks nothing of the
    # network this runs on.
    page.wan.setText("100.64.0")
    page.lifetime.setChecked(True)
    await settle(app)
    save(window, out, "3-settings-router")
    page.wan.clear()
    page.lifetime.setChecked(False)
    page.ask_router.setChecked(False)
    page.hairpin.setChecked(False)
    window.next()
    await settle(app, 1.6)
    save(window, out, "4-running")
    # Loopback never loses a packet: the line a slowed-down scan shows, told by hand.
    window.running_page.on_event(RateChanged(25.0, paused=False))
    await settle(app, 0.2)
    save(window, out, "4-running-slowed")
    # A check right after two others waits for the router to forget their answers first.
    running = window.running_page
    running.on_event(StateWait(28.0))
    await settle(app, 0.4)
    save(window, out, "4-running-waiting")
    # The responder's probes from outside, as a scan with a responder shows them.
    running.on_event(PhaseStarted(Phase.SCAN, running.total))
    running.on_event(PhaseStarted(Phase.RESPONDER, running.total))
    await settle(app, 0.2)
    save(window, out, "4-running-responder")
    # The mapping lifetime test, half a minute into its two.
    running.on_event(PhaseStarted(Phase.LIFETIME, 8))
    running.on_event(LifetimeProgress(34.0, 120.0, alive_s=30.0))
    await settle(app, 0.2)
    save(window, out, "4-running-lifetime")
    running.on_event(PhaseStarted(Phase.SCAN, running.total))
    for _ in range(400):
        if window.currentId() == window.RESULTS:
            break
        await asyncio.sleep(0.05)
    await settle(app, 0.5)
    save(window, out, "5-results-success")
    window.results_page.scroll.verticalScrollBar().setValue(10_000)
    await settle(app)
    save(window, out, "5-results-success-bottom")
    assert window.session.result is not None and window.session.result.server_used is not None
    page = window.results_page
    for name, result in samples.items():
        window.session.result = result
        page.show_result(result)
        await settle(app)
        save(window, out, f"6-{name}")
        shown = [box for box in (page.router, page.hairpin, page.lifetime) if box.isVisible()]
        if shown:
            first = min(shown, key=lambda box: box.y())  # the worst finding comes first
            page.scroll.verticalScrollBar().setValue(first.y())
            await settle(app)
            save(window, out, f"6-{name}-router")
        if result.link is not None:
            page.scroll.ensureWidgetVisible(page.link, 0, 0)
            await settle(app)
            save(window, out, f"6-{name}-link")
            page.scroll.verticalScrollBar().setValue(10_000)
            await settle(app)
            save(window, out, f"6-{name}-bottom")
    window.done(QWizard.DialogCode.Accepted.value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots", type=Path)
    parser.add_argument("--lang", choices=list(LANGUAGES), default="en")
    parser.add_argument(
        "--pseudo", action="store_true", help="every text 40 %% longer, to check layouts"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="PATTERN",
        help="save only the pictures whose name matches (shell pattern, e.g. '*responder*'); "
        "may be given more than once",
    )
    args = parser.parse_args()
    ONLY[:] = args.only
    keyring.set_keyring(ShownKeyStore())
    if shutil.which("turnserver") is None:
        print("needs coturn (turnserver) on the PATH", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    app = make_application([sys.argv[0]])
    set_language(args.lang)
    samples = sample_results()  # before the Qt loop runs: they run loops of their own
    with tempfile.TemporaryDirectory() as temp:
        if args.pseudo:
            translator = QTranslator(app)
            translator.load(str(write_pseudo_qm(Path(temp) / "pseudo.qm")))
            app.installTranslator(translator)
        coturn = Coturn(("127.0.0.1", "127.0.0.2"))
        try:
            with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                runner.run(walk(app, args.out, coturn.spec, samples))
        finally:
            coturn.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
