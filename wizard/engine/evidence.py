"""How much a silence proves: the link as the control requests saw it.

A request that gets no answer is evidence against the router only if the link and the
server were carrying our packets at the time. Control requests, sent all through a scan
from a port whose answers the router lets in whatever its forwards, measure that. This
module turns their record into two answers, with no sockets and no clock of its own:

* which moments were disturbed (several controls in a row lost: a throttling server, a
  flood protection, a dropped link), so that nothing sent then counts as evidence;
* how many undisturbed silent sends it takes before "no answer" is no longer explained by
  the link's ordinary loss.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# The chance we accept that a port the router does forward is reported as failing
# because the link lost every copy of its request and answer: one in a million a port.
FALSE_FAILURE = 1e-6
# So many failed controls in a row mark a disturbance rather than ordinary loss: with 20 %
# loss on a link, three in a row happen for under 1 % of controls.
DISTURBANCE_RUN = 3
# How sure the loss estimate must be: the upper end of a one-sided Wilson interval at two
# standard deviations (about 97.7 %).
Z = 2.0
# More undisturbed silent sends than this and the link is too lossy to tell anything.
MAX_SENDS_NEEDED = 24


@dataclass(frozen=True)
class ControlRecord:
    """One control request: a single send at ``sent`` (loop time), answered or not."""

    sent: float
    answered: bool
    rtt: float | None = None  # seconds


@dataclass(frozen=True)
class LinkEstimate:
    """A snapshot of the controls so far; ``settled_until`` is the loop time up to which
    every control has been decided (answered or timed out)."""

    records: tuple[ControlRecord, ...] = ()
    settled_until: float = float("-inf")

    @classmethod
    def of(cls, records: Sequence[ControlRecord], settled_until: float) -> LinkEstimate:
        return cls(tuple(sorted(records, key=lambda r: r.sent)), settled_until)

    # ------------------------------------------------------------------ disturbance

    def windows(self) -> list[tuple[float, float]]:
        """Time ranges in which the path was not carrying our packets: from the last
        answered control before a run of failures to the first answered one after it."""
        found: list[tuple[float, float]] = []
        run: list[ControlRecord] = []
        last_ok: float | None = None
        for record in (*self.records, None):
            if record is not None and not record.answered:
                run.append(record)
                continue
            if len(run) >= DISTURBANCE_RUN:
                start = last_ok if last_ok is not None else float("-inf")
                end = record.sent if record is not None else float("inf")
                found.append((start, end))
            run = []
            if record is not None:
                last_ok = record.sent
        return found

    def undisturbed(self, sends: Sequence[float]) -> list[float]:
        """The sends that count as evidence: settled, and outside every disturbance."""
        windows = self.windows()
        return [
            t
            for t in sends
            if t <= self.settled_until and not any(start <= t <= end for start, end in windows)
        ]

    # ------------------------------------------------------------------ loss

    @property
    def sent(self) -> int:
        return len(self.records)

    @property
    def answered(self) -> int:
        return sum(1 for r in self.records if r.answered)

    def loss(self) -> float | None:
        """The share of control sends that got no answer (None before any control)."""
        if not self.records:
            return None
        return 1 - self.answered / self.sent

    def loss_upper(self) -> float:
        """A cautious upper bound on the chance one send and its answer are lost."""
        n = self.sent
        if n == 0:
            return 1.0
        p = 1 - self.answered / n
        z2 = Z * Z
        centre = p + z2 / (2 * n)
        spread = Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        return min(1.0, (centre + spread) / (1 + z2 / n))

    def sends_needed(self) -> int | None:
        """Undisturbed silent sends after which silence is evidence; None when the link
        loses so much that no reasonable number would do."""
        upper = self.loss_upper()
        if upper >= 1.0:
            return None
        if upper <= 0.0:
            return 1
        needed = math.ceil(math.log(FALSE_FAILURE) / math.log(upper))
        return needed if needed <= MAX_SENDS_NEEDED else None

    def silence_proves(self, sends: Sequence[float]) -> bool:
        needed = self.sends_needed()
        return needed is not None and len(self.undisturbed(sends)) >= needed

    def hopeless(self) -> bool:
        """True when the link is too lossy for any silence to prove something."""
        return self.sends_needed() is None and self.sent >= 20

    # ------------------------------------------------------------------ figures

    def round_trips(self) -> list[float]:
        return [r.rtt for r in self.records if r.answered and r.rtt is not None]

    def rtt_percentile(self, q: float) -> float | None:
        trips = sorted(self.round_trips())
        if not trips:
            return None
        index = min(len(trips) - 1, max(0, math.ceil(q * len(trips)) - 1))
        return trips[index]

    def jitter(self) -> float | None:
        """Mean absolute difference of consecutive round trips (RFC 3550 section 6.4.1
        smooths the same difference; a plain mean suits a short report)."""
        trips = self.round_trips()
        if len(trips) < 2:
            return None
        return statistics.fmean(abs(b - a) for a, b in zip(trips, trips[1:], strict=False))
