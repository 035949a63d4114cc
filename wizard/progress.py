"""A running check shown on a terminal: the CLI's face for the engine's progress events.

Written to stderr, so the summary or the JSON on stdout stays clean for a pipe.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import TextIO

from wizard.engine.model import (
    Event,
    LifetimeProgress,
    Phase,
    PhaseStarted,
    PortDone,
    RateChanged,
    ScanFinished,
    ScanStarted,
    ServerChecked,
    StateWait,
)
from wizard.i18n import translate
from wizard.words import server_error_text

__all__ = ["Progress"]


class Progress:
    """Shows a long scan on stderr: a live line on a terminal, a line every few seconds
    in a log; nothing at all for a scan that ends within a second or two.

    Besides the count it says when the scan retests ports, when the responder tests them
    from outside, when the SIP ALG test runs, when the router is asked and the hairpin
    test runs, and when it slows down because its control requests go unanswered. The
    mapping lifetime test, which takes minutes, gets a line of its own: how far it is, and
    how long an idle mapping has lasted so far.
    """

    def __init__(self, stream: TextIO, quiet_for: float = 1.5, every: float = 5.0) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.quiet_for = quiet_for
        self.every = every
        self.started = time.monotonic()
        self.last = 0.0
        self.last_rate = 0.0
        self.total = 0
        self.shown = False
        self.phase: PhaseStarted | None = None
        self.rate: float | None = None
        self._later: asyncio.TimerHandle | None = None
        self.last_lifetime = 0.0

    def __call__(self, event: Event) -> None:
        if isinstance(event, ScanStarted):
            self.total = event.total
        elif isinstance(event, ServerChecked) and event.status.error is not None:
            self._line(
                translate("Cli", "STUN server {server}: {problem}").format(
                    server=event.status.server, problem=server_error_text(event.status.error)
                ),
                keep=True,
            )
        elif isinstance(event, StateWait):
            text = translate(
                "Cli",
                "Waiting {time} for the router to forget the answers of the previous check, "
                "so they cannot decide this one…",
            )
            self._line(text.format(time=_duration(event.seconds)), keep=True)
        elif isinstance(event, PhaseStarted):
            self.phase = event
            self._announce_phase()
        elif isinstance(event, RateChanged):
            self._rate_changed(event)
        elif isinstance(event, LifetimeProgress):
            self._lifetime(event)
        elif isinstance(event, PortDone):
            now = time.monotonic()
            elapsed = now - self.started
            if elapsed < self.quiet_for or now - self.last < (0.2 if self.live else self.every):
                return
            self.last = now
            left = elapsed / event.done * (event.total - event.done)
            self._line(
                translate("Cli", "{done} of {total} ports checked, about {left} left").format(
                    done=event.done, total=event.total, left=_duration(left)
                )
            )
        elif isinstance(event, ScanFinished):
            self._cancel_later()

    def _announce_phase(self) -> None:
        """Say that the retest, the responder's probes or the SIP ALG test begins; in a
        short scan only once it has lasted long enough to need saying."""
        self._cancel_later()
        phase = self.phase
        if phase is None or phase.phase is Phase.SCAN:
            return
        if not phase.ports and phase.phase not in (Phase.ROUTER, Phase.LIFETIME):
            return
        wait = self.quiet_for - (time.monotonic() - self.started)
        if wait > 0:
            with contextlib.suppress(RuntimeError):  # no loop: called outside a scan
                self._later = asyncio.get_running_loop().call_later(wait, self._announce_phase)
            return
        if phase.phase is Phase.RESPONDER:
            text = translate("Cli", "The responder tests {count} ports from outside…")
        elif phase.phase is Phase.SIP_ALG:
            text = translate("Cli", "Testing whether a SIP helper rewrites SIP messages…")
        elif phase.phase is Phase.ROUTER:
            text = translate("Cli", "Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…")
        elif phase.phase is Phase.HAIRPIN:
            text = translate("Cli", "Testing hairpin NAT (NAT loopback)…")
        elif phase.phase is Phase.LIFETIME:
            text = translate("Cli", "Measuring how long the router keeps an idle UDP mapping…")
        else:
            text = translate("Cli", "Retesting {count} ports slowly…")
        self._line(text.format(count=phase.ports), keep=not self.live)

    def _rate_changed(self, event: RateChanged) -> None:
        slower = event.paused or (self.rate is not None and event.rate < self.rate)
        self.rate = event.rate
        now = time.monotonic()
        if not slower or now - self.started < self.quiet_for:
            return
        if now - self.last_rate < self.every:
            return  # one line about the pace every few seconds is enough
        self.last_rate = now
        if event.paused:
            text = translate(
                "Cli",
                "Paused: the server or the link stopped answering control requests. "
                "Waiting for it to recover…",
            )
        else:
            text = translate(
                "Cli",
                "Slowed to {rate} requests a second: the server or the link dropped control "
                "requests",
            ).format(rate=f"{round(event.rate, 1):g}")
        self._line(text, keep=True)

    def _lifetime(self, event: LifetimeProgress) -> None:
        """How far the lifetime test is: a live line, or a line every few seconds."""
        now = time.monotonic()
        if now - self.last_lifetime < (0.2 if self.live else self.every):
            return
        self.last_lifetime = now
        text = translate("Cli", "Mapping lifetime: {elapsed} of {limit}").format(
            elapsed=_duration(event.elapsed_s), limit=_duration(event.limit_s)
        )
        if event.expired_s is not None:
            text += translate("Cli", "; gone after {seconds} s").format(
                seconds=f"{event.expired_s:g}"
            )
        elif event.alive_s is not None:
            text += translate("Cli", "; still open after {seconds} s").format(
                seconds=f"{event.alive_s:g}"
            )
        self._line(text)

    def _cancel_later(self) -> None:
        if self._later is not None:
            self._later.cancel()
            self._later = None

    def _line(self, text: str, keep: bool = False) -> None:
        if self.live:
            self.stream.write("\r\033[K" + text + ("\n" if keep else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
        self.shown = self.live and not keep

    def note(self, text: str) -> None:
        """A line that stays, said at once (not a progress line)."""
        self._line(text, keep=True)

    def finish(self) -> None:
        self._cancel_later()
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 60}:{seconds % 60:02d}"
