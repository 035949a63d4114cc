"""How responsive the wizard stays during a 2000-port scan at full speed.

A Qt timer asks to fire every 10 ms while the running page scans 2000 ports with
--rate 2000 against coturn on loopback (127.0.0.1 and 127.0.0.2). Each tick's lateness
is how long the window could not react to input. Goal: p99 <= 50 ms.

    python benchmarks/gui_lag.py            (offscreen; or under xvfb-run)
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402

import qasync  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from loopback import Coturn  # noqa: E402
from netutil import free_ports  # noqa: E402

from wizard.engine.resolve import parse_server  # noqa: E402
from wizard.ui.app import make_application  # noqa: E402
from wizard.ui.window import FirewallWizard  # noqa: E402

PORTS = 2000
TICK_MS = 10
GOAL_P99_MS = 50.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def measure(stun: str, first_port: int, directory: Path) -> tuple[list[float], float]:
    settings = QSettings(str(directory / "settings.ini"), QSettings.Format.IniFormat)
    window = FirewallWizard(settings)
    window.show()
    window.next()  # 3CX
    window.ports_page.ports.setText(f"{first_port}-{first_port + PORTS - 1}")
    window.next()
    window.session.servers = [parse_server(stun)]
    page = window.settings_page
    page.servers.clear()
    page.new_server.setText(stun)
    page._add()
    page.rate.setValue(2000)
    page.timeout.setValue(2.0)

    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        lateness.append(max(0, now - last[0] - TICK_MS))
        last[0] = now

    timer.timeout.connect(tick)
    started = time.perf_counter()
    clock.start()
    timer.start()
    window.next()  # starts the scan
    while window.currentId() != window.RESULTS:
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    timer.stop()
    result = window.session.result
    assert result is not None and len(result.ports) == PORTS, "the scan did not finish"
    print(f"verdict {result.verdict}, {len(result.ports)} ports in {elapsed:.2f} s")
    window.done(0)
    return lateness, elapsed


def main() -> int:
    if shutil.which("turnserver") is None:
        print("needs coturn (turnserver)", file=sys.stderr)
        return 2
    app = make_application([sys.argv[0]])
    coturn = Coturn(("127.0.0.1", "127.0.0.2"))
    try:
        with (
            tempfile.TemporaryDirectory() as temp,
            asyncio.Runner(loop_factory=qasync.QEventLoop) as runner,
        ):
            first_port = free_ports(PORTS, start=20000)[0]
            lateness, _ = runner.run(measure(coturn.spec, first_port, Path(temp)))
    finally:
        coturn.stop()
    del app
    p50, p99 = percentile(lateness, 0.50), percentile(lateness, 0.99)
    worst = max(lateness)
    ok = p99 <= GOAL_P99_MS
    print(
        f"event-loop lateness over {len(lateness)} ticks: p50 {p50:.0f} ms, p99 {p99:.0f} ms, "
        f"max {worst:.0f} ms, mean {statistics.mean(lateness):.1f} ms "
        f"(goal p99 <= {GOAL_P99_MS:g} ms) {'OK' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
