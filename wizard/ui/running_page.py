"""Page 4: the scan, live. It runs as an asyncio task on the Qt thread's loop (qasync).

The engine reports progress events; this page only renders them. Results are gathered
as they come and drawn at most ten times a second, so a 2000-port scan at full speed
leaves the window responsive. A line under the progress bar says which phase runs (the
retest, the responder's probes from outside, the SIP ALG test, the router's questions,
the hairpin test, the mapping lifetime test) and when the scan slowed down or paused for
the link's sake. The mapping lifetime test takes minutes: while it runs, the bar counts
its time against its limit; Stop ends that test early with what it has measured, and the
check's result is kept (pressed again, Stop ends the check as at any other moment). TCP
ports the responder connects to are counted with the UDP ports the engine counts, and
have cells and rows of their own; their results come when the responder has tried them
(with the finished result at the latest), and while it works with nothing to count the
bar shows it is busy.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from wizard.engine.model import (
    Event,
    LifetimeProgress,
    Phase,
    PhaseStarted,
    PortDone,
    PortResult,
    PortStarted,
    Protocol,
    RateChanged,
    ScanFinished,
    ScanStarted,
    ServerChecked,
    StateWait,
)
from wizard.ui.language import Retranslating
from wizard.ui.port_grid import OutcomeLegend, PortGrid
from wizard.ui.port_table import PortTableModel
from wizard.ui.session import Session
from wizard.words import server_error_text

GRID_FROM = 10  # ports: fewer are clearer in the table alone
REFRESH_MS = 100


def duration(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    return f"{seconds // 60}:{seconds % 60:02d}"


class RunningPage(Retranslating, QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.task: asyncio.Task | None = None
        self.lifetime_stop = asyncio.Event()
        self.finished = False
        self.cancelled = False
        self.total = 0  # ports to show results for: the engine's UDP ports and the TCP ports
        self.done = 0
        self._udp_total = self._udp_done = 0  # as the engine counts them
        self._tcp: set[int] = set()  # the TCP ports the responder connects to
        self._tcp_done: set[int] = set()
        self.started = 0.0
        self._pending: list[PortResult] = []
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        row.addWidget(self.progress, 1)
        self.left = QLabel()
        self.left.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        row.addWidget(self.left)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.stop_clicked)
        self.again = QPushButton()
        self.again.clicked.connect(self.start)
        row.addWidget(self.stop)
        row.addWidget(self.again)
        layout.addLayout(row)
        self.pace = QLabel()
        self.pace.setWordWrap(True)
        self.pace.setVisible(False)
        layout.addWidget(self.pace)
        self.phase: PhaseStarted | None = None
        self.rate: RateChanged | None = None
        # The lifetime test's last progress, and when it came (monotonic), so the bar
        # moves on between its events.
        self.lifetime: LifetimeProgress | None = None
        self._lifetime_at = 0.0
        self._wait_until: float | None = None  # while waiting before the tests (monotonic)
        self._before_wait = ""
        self.ceiling = 0.0  # the rate the technician allowed for this scan
        self.grid = PortGrid()
        layout.addWidget(self.grid)
        self.legend = OutcomeLegend()
        layout.addWidget(self.legend)
        self.model = PortTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table, 1)
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self._flush)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Checking the ports"))
        self.setSubTitle(
            self.tr("Keep this window open. The PBX's ports must stay free while the check runs.")
        )
        self.status.setAccessibleName(self.tr("Status"))
        self.pace.setAccessibleName(self.tr("Phase and pace"))
        self._show_pace()
        self.progress.setAccessibleName(self.tr("Progress"))
        self._ports_format = self.tr("%v of %m ports")
        self.progress.setFormat(self._ports_format)
        self.stop.setText(self.tr("&Stop"))
        self.stop.setAccessibleName(self.tr("Stop the check"))
        self.again.setText(self.tr("&Run again"))
        self.table.setAccessibleName(self.tr("Results so far"))
        self.model.retranslate()

    # -- page life

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.cancel()

    def isComplete(self) -> bool:
        return self.finished and self.session.result is not None

    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    # -- the scan

    def start(self) -> None:
        if self.running():
            return
        # The engine loads with the first scan, not with the window: a quicker start.
        from wizard.engine.runner import ScanSettings, run_scan

        plan = self.session.plan()
        responder = self.session.responder_settings()
        tcp = list(responder.tcp_ports) if responder is not None else []
        self.session.result = None
        self.finished = self.cancelled = False
        self._udp_total, self._udp_done = len(plan.checks), 0
        self._tcp, self._tcp_done = set(tcp), set()
        self._recount()
        self._pending.clear()
        self.model.clear()
        ports = [c.port for c in plan.checks]
        self.grid.set_ports(ports, tcp)
        self.grid.setVisible(self.total >= GRID_FROM)
        self.legend.setVisible(self.total >= GRID_FROM)
        self.legend.set_counts({})
        self.progress.setRange(0, max(1, self.total))
        self.progress.setValue(0)
        self.left.clear()
        self.phase = self.rate = self.lifetime = None
        self.progress.setFormat(self._ports_format)
        self._wait_until = None
        self.ceiling = float(self.session.rate)
        self._show_pace()
        servers = ", ".join(str(s) for s in self.session.servers)
        self.status.setText(self.tr("Asking {servers}…").format(servers=servers))
        self.stop.setEnabled(True)
        self.again.setVisible(False)
        self.started = time.monotonic()
        # Stop during the mapping lifetime test ends that test with what it measured, and
        # keeps the rest of the check's result; pressed again, it stops the check.
        self.lifetime_stop = asyncio.Event()
        settings = ScanSettings(
            servers=list(self.session.servers),
            rate=self.session.rate,
            timeout=self.session.timeout,
            contact_log=self.session.contact_log,
            pbx_ip=self.session.pbx_address or None,
            responder=responder,
            router=self.session.router_settings(tcp_ports=plan.tcp),
            hairpin=self.session.hairpin,
            mapping_lifetime=self.session.mapping_lifetime,
            lifetime_stop=self.lifetime_stop,
            sip_port=self.session.sip_port(),
        )
        product = self.session.product.id if self.session.product else "custom"
        manual = [rule.manual_check() for rule in plan.manual]
        self.task = asyncio.ensure_future(
            run_scan(product, plan.checks, settings, self.on_event, manual=manual)
        )
        self.task.add_done_callback(self._task_done)
        self.refresh.start()
        # QWizard sets its buttons after initializePage(); correct them right after that.
        QTimer.singleShot(0, self._update_buttons)

    def stop_clicked(self) -> None:
        """Stop: during the mapping lifetime test, the first press ends that test early
        with what it measured and keeps the check's result; otherwise it stops the check."""
        in_lifetime = self.phase is not None and self.phase.phase is Phase.LIFETIME
        if self.running() and in_lifetime and not self.lifetime_stop.is_set():
            self.lifetime_stop.set()
            self.status.setText(
                self.tr("Ending the lifetime test with what it has measured so far…")
            )
            return
        self.cancel()

    def cancel(self) -> None:
        """Stop the scan; every socket is closed as the task unwinds."""
        if not self.running():
            return
        self.cancelled = True
        assert self.task is not None
        self.task.cancel()

    def on_event(self, event: Event) -> None:
        if isinstance(event, ScanStarted):
            self._udp_total = event.total
            self._recount()
        elif isinstance(event, ServerChecked):
            status = event.status
            if status.error is not None:
                self.status.setText(
                    self.tr("{server}: {problem}").format(
                        server=status.server, problem=server_error_text(status.error)
                    )
                )
            elif status.usable:
                self.status.setText(
                    self.tr("Testing with {server} (second address {other}).").format(
                        server=status.server, other=status.other_address
                    )
                )
        elif isinstance(event, StateWait):
            self._before_wait = self.status.text()
            self._wait_until = time.monotonic() + event.seconds
            self._show_wait()
        elif isinstance(event, PhaseStarted):
            if self._wait_until is not None:
                self._wait_until = None
                self.status.setText(self._before_wait)
            self.phase = event
            self._show_pace()
        elif isinstance(event, RateChanged):
            self.rate = event
            self._show_pace()
        elif isinstance(event, LifetimeProgress):
            self.lifetime = event
            self._lifetime_at = time.monotonic()
            self._show_pace()
        elif isinstance(event, PortStarted):
            self.grid.set_in_progress(event.port)
        elif isinstance(event, PortDone):
            if event.result.protocol is not Protocol.TCP:
                self._udp_done, self._udp_total = event.done, event.total
            self._show_port(event.result)
            self._recount()
        elif isinstance(event, ScanFinished):
            self.session.result = event.result
            # The result has the last word on every port: the responder's may have changed
            # a UDP port's, and its TCP ports may not have been reported one by one.
            for result in event.result.ports:
                self._show_port(result)
            self._recount()

    def _show_port(self, result: PortResult) -> None:
        self._pending.append(result)
        if result.protocol is Protocol.TCP:
            self._tcp_done.add(result.port)
            self.grid.set_outcome(result.port, result.outcome, Protocol.TCP)
        else:
            self.grid.set_outcome(result.port, result.outcome)

    def _recount(self) -> None:
        self.done = self._udp_done + len(self._tcp_done)
        self.total = max(self._udp_total + len(self._tcp | self._tcp_done), self.done)

    def _show_wait(self) -> None:
        """A countdown while the scan waits for the router to forget an earlier check."""
        if self._wait_until is None:
            return
        left = max(0.0, self._wait_until - time.monotonic())
        self.status.setText(
            self.tr(
                "Waiting {time} for the router to forget the answers of the previous "
                "check, so they cannot decide this one…"
            ).format(time=duration(left))
        )

    def _flush(self) -> None:
        self._show_wait()
        if self._pending:
            self.model.extend(self._pending)
            self._pending = []
            self.legend.set_counts(Counter(r.outcome for r in self.model.results))
        if self._show_lifetime():
            return
        if self.progress.format() != self._ports_format:
            self.progress.setFormat(self._ports_format)
        # A phase with nothing to count (the SIP ALG test, or the responder's probes of
        # ports already counted) shows a busy bar rather than one standing at its end.
        busy = self.running() and self._uncounted_phase()
        maximum = 0 if busy else max(1, self.total)
        if self.progress.maximum() != maximum:
            self.progress.setRange(0, maximum)
        self.progress.setValue(0 if busy else self.done)
        elapsed = time.monotonic() - self.started
        if self.done and self.done < self.total:
            left = elapsed / self.done * (self.total - self.done)
            self.left.setText(self.tr("about {time} left").format(time=duration(left)))
        elif self.running():
            self.left.setText(self.tr("{time} so far").format(time=duration(elapsed)))

    def _lifetime_running(self) -> bool:
        phase = self.phase
        return self.running() and phase is not None and phase.phase is Phase.LIFETIME

    def _show_lifetime(self) -> bool:
        """The lifetime test's time against its limit on the bar; False when it is not
        running or has not said how far it is yet."""
        progress = self.lifetime
        if progress is None or not self._lifetime_running():
            return False
        limit = max(1.0, progress.limit_s)
        elapsed = min(limit, progress.elapsed_s + time.monotonic() - self._lifetime_at)
        if self.progress.maximum() != round(limit):
            self.progress.setRange(0, round(limit))
        self.progress.setValue(round(elapsed))
        self.progress.setFormat(
            self.tr("{elapsed} of {limit}").format(elapsed=duration(elapsed), limit=duration(limit))
        )
        self.left.setText(self.tr("about {time} left").format(time=duration(limit - elapsed)))
        return True

    def _show_pace(self) -> None:
        """The phase after the first scan, and whether the scan slowed down or paused."""
        parts = []
        phase = self.phase
        if phase is not None and phase.phase is Phase.RETEST:
            parts.append(
                self.tr(
                    "Asking %n port(s) again, more slowly: their first answers were not enough.",
                    "",
                    phase.ports,
                )
            )
        elif phase is not None and phase.phase is Phase.RESPONDER:
            parts.append(self.tr("Probing the ports from outside (responder)…"))
        elif phase is not None and phase.phase is Phase.SIP_ALG:
            parts.append(self.tr("Testing for a SIP helper on the router…"))
        elif phase is not None and phase.phase is Phase.ROUTER:
            parts.append(self.tr("Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…"))
        elif phase is not None and phase.phase is Phase.HAIRPIN:
            parts.append(
                self.tr(
                    "Testing hairpin NAT: whether phones on the LAN reach the PBX by its "
                    "public address…"
                )
            )
        elif phase is not None and phase.phase is Phase.LIFETIME:
            parts.append(self._lifetime_text())
        rate = self.rate
        if rate is not None and rate.paused:
            parts.append(
                self.tr(
                    "Paused: the server or the link stopped answering control requests. "
                    "Waiting for it to recover…"
                )
            )
        elif rate is not None and rate.rate < self.ceiling:
            parts.append(
                self.tr(
                    "Slowed to {rate} requests a second: the server or the link dropped "
                    "control requests."
                ).format(rate=QLocale().toString(rate.rate, "f", 0 if rate.rate >= 10 else 1))
            )
        self.pace.setText(" ".join(parts))
        self.pace.setVisible(bool(parts))

    def _lifetime_text(self) -> str:
        """What the lifetime test has seen so far."""
        text = self.tr("Measuring how long the router keeps an idle UDP mapping open.")
        progress = self.lifetime
        if progress is None:
            return text
        if progress.expired_s is not None:
            more = self.tr("Gone after {seconds} s.")
            seconds = progress.expired_s
        elif progress.alive_s is not None:
            more = self.tr("Still open after {seconds} s.")
            seconds = progress.alive_s
        else:
            return text
        shown = QLocale().toString(float(seconds), "f", 0 if float(seconds).is_integer() else 1)
        return text + " " + more.format(seconds=shown)

    def _uncounted_phase(self) -> bool:
        """Whether the phase running has nothing for the bar to count: the SIP ALG test,
        the router's questions, the hairpin test, the lifetime test until it says how far
        it is, and the responder's probes until a TCP port's result arrives."""
        phase = self.phase
        if phase is None:
            return False
        if phase.phase in (Phase.SIP_ALG, Phase.ROUTER, Phase.HAIRPIN):
            return True
        if phase.phase is Phase.LIFETIME:
            return self.lifetime is None
        return phase.phase is Phase.RESPONDER and not self._tcp_done

    def _task_done(self, task: asyncio.Task) -> None:
        self.refresh.stop()
        self.phase = self.rate = self.lifetime = None
        self._wait_until = None
        self._show_pace()
        self._flush()
        self.stop.setEnabled(False)
        self.again.setVisible(True)
        self.left.clear()
        if task.cancelled():
            self.status.setText(
                self.tr("Stopped after {done} of {total} ports. Run it again or go back.").format(
                    done=self.done, total=self.total
                )
            )
        elif task.exception() is not None:
            self.status.setText(self.tr("The check failed unexpectedly."))
            loop = asyncio.get_event_loop()
            loop.call_exception_handler(
                {"message": "scan failed", "exception": task.exception(), "task": task}
            )
        else:
            self.finished = True
            self.status.setText(self.tr("Done."))
        self._update_buttons()
        self.completeChanged.emit()
        if self.finished and self.wizard() is not None and self.wizard().currentPage() is self:
            self.wizard().next()

    def _update_buttons(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        # Going back in the middle would throw the scan away: only when it has ended.
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(not self.running())
