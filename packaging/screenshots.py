"""Render every page of the wizard to PNG, for the README and for review.

Runs the real wizard against a real coturn on loopback (127.0.0.1 and 127.0.0.2): the
product, ports and settings pages, the scan while it runs, and its results. Then it
shows the results page for a few other verdicts, from results built by hand, so their
layout can be reviewed too.

    xvfb-run -s "-screen 0 1366x768x24" python packaging/screenshots.py [--out screenshots]
                                         [--lang de] [--pseudo]

Needs coturn (`turnserver`) on the PATH.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWizard

import qasync

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "translations"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from loopback import Coturn  # noqa: E402
from pseudo import write_pseudo_qm  # noqa: E402

from wizard.engine.model import (
    Address,
    Behaviour,
    LinkQuality,
    NatSummary,
    Outcome,
    Phase,
    PhaseStarted,
    PortResult,
    ProcessInfo,
    RateChanged,
    Reason,
    Requirement,
    ScanResult,
    ServerError,
    ServerStatus,
    StateWait,
    Verdict,
)
from wizard.i18n import LANGUAGES, set_language
from wizard.ui.app import make_application
from wizard.ui.window import FirewallWizard


async def settle(app: QApplication, seconds: float = 0.3) -> None:
    # Only sleep: the qasync loop runs Qt's events meanwhile. processEvents() here would
    # step other tasks from inside this one.
    await asyncio.sleep(seconds)


def save(window: QWizard, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(path)
    return path


def sample_results(server: ServerStatus) -> dict[str, ScanResult]:
    """Results as the lab produces them, for pages a loopback scan cannot show."""
    public = "203.0.113.1"

    def ports(first: int, last: int, outcome: Outcome, test2: bool | None, **kw) -> list:
        return [
            PortResult(
                p, Requirement.FULL_CONE, outcome, Address(public, p), True, test2,
                Address(public, p), **kw,
            )
            for p in range(first, last + 1)
        ]  # fmt: skip

    partial = ports(9000, 10899, Outcome.PASS, True) + ports(
        10900, 10999, Outcome.NOT_FORWARDED, False
    )
    held = [
        PortResult(
            5060, Requirement.FULL_CONE, Outcome.PORT_IN_USE, None, None, None,
            process=ProcessInfo(4312, "3CXPhoneSystem.exe"),
            commands=(
                'netstat -ano | findstr /I /C:"PID" /C:":5060"', 'tasklist /fi "pid eq 4312"',
            ),
        ),
        *ports(5090, 5090, Outcome.PASS, True),
        *ports(9000, 9019, Outcome.NOT_FORWARDED, False),
    ]  # fmt: skip
    symmetric = [
        PortResult(
            p, Requirement.FULL_CONE, Outcome.SYMMETRIC_NAT, Address(public, 30000 + p % 977),
            True, False, Address(public, 41000 + p % 613),
        )
        for p in range(9000, 9020)
    ]  # fmt: skip
    router = NatSummary(
        public, Behaviour.ENDPOINT_INDEPENDENT, Behaviour.ADDRESS_AND_PORT_DEPENDENT, True
    )
    missing = ServerStatus("stun.example.invalid:3478", error=ServerError.NAME_NOT_FOUND)
    # A re-run over LTE: ports the last run touched, ports silent while the link lost packets.
    unclear = sorted(
        ports(9000, 9179, Outcome.PASS, True)
        + ports(9180, 9183, Outcome.INCONCLUSIVE, True, reason=Reason.RECENT_CONTACT)
        + ports(9184, 9194, Outcome.PASS, True)
        + [
            *ports(9195, 9196, Outcome.INCONCLUSIVE, None, reason=Reason.LINK_LOSS, retested=True),
            *ports(9197, 9199, Outcome.PASS, True),
        ],
        key=lambda r: r.port,
    )
    lossy = LinkQuality(
        controls_sent=412, controls_answered=401, loss_pct=2.7, rtt_p50_ms=96.0,
        rtt_p95_ms=240.0, jitter_ms=38.5, rate_ceiling=50.0, rate_reached=31.2,
        slowed_down=4, paused_s=3.5,
    )  # fmt: skip
    unfit = ServerStatus(
        "stun.single.example:3478",
        primary=Address("192.0.2.40", 3478),
        other_address=Address("192.0.2.41", 3479),
        error=ServerError.SECOND_ADDRESS_UNREACHABLE,
    )

    def result(verdict: Verdict, port_results: list, nat: NatSummary, servers=None, link=None):
        return ScanResult(
            verdict, "3cx", tuple(servers or (server,)), nat, tuple(port_results), 7.4, server,
            link=link,
        )  # fmt: skip

    return {
        "results-inconclusive": result(
            Verdict.INCONCLUSIVE,
            unclear,
            NatSummary(
                public, Behaviour.ENDPOINT_INDEPENDENT, Behaviour.ENDPOINT_INDEPENDENT, True
            ),
            servers=(unfit, server),
            link=lossy,
        ),
        "results-partial": result(Verdict.PARTIAL, partial, router),
        "results-port-in-use": result(Verdict.PORT_IN_USE, held, router),
        "results-symmetric": result(
            Verdict.SYMMETRIC_NAT,
            symmetric,
            NatSummary(
                public,
                Behaviour.ADDRESS_AND_PORT_DEPENDENT,
                Behaviour.ADDRESS_AND_PORT_DEPENDENT,
                False,
            ),
        ),  # fmt: skip
        "results-dns": ScanResult(
            Verdict.DNS_FAILURE, "3cx", (missing,), NatSummary(), (), 0.2, None
        ),
    }


async def walk(app: QApplication, out: Path, stun: str) -> None:
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
    for name, result in sample_results(window.session.result.server_used).items():
        window.session.result = result
        page.show_result(result)
        await settle(app)
        save(window, out, f"6-{name}")
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
    args = parser.parse_args()
    if shutil.which("turnserver") is None:
        print("needs coturn (turnserver) on the PATH", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    app = make_application([sys.argv[0]])
    set_language(args.lang)
    with tempfile.TemporaryDirectory() as temp:
        if args.pseudo:
            translator = QTranslator(app)
            translator.load(str(write_pseudo_qm(Path(temp) / "pseudo.qm")))
            app.installTranslator(translator)
        coturn = Coturn(("127.0.0.1", "127.0.0.2"))
        try:
            with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                runner.run(walk(app, args.out, coturn.spec))
        finally:
            coturn.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
