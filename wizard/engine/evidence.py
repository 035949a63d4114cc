"""How much a silence proves: the link as the control requests saw it.

A request that gets no answer is evidence against the router only if the link and the
server were carrying our packets at the time. Control requests, sent all through a scan
from a port whose answers the router lets in whatever its forwards, measure that. This
module turns their record into two answers, with no sockets and no clock of its own:

* which moments were disturbed (several controls in a row lost: a throttling server, a
  flood protection, a dropped link), so that nothing sent then counts as evidence;
* how likely the link's ordinary loss, measured around each send, explains that a
  request got no answer; only when that is below one in 100,000 is the silence evidence.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# The chance we accept that a port the router does forward is reported as failing because
# the link lost every copy of its request and answer. The bound below is cautious, so the
# real chance on a steady link is far smaller.
FALSE_FAILURE = 1e-5
# So many failed controls in a row mark a disturbance rather than ordinary loss: with 20 %
# loss on a link, three in a row happen for under 1 % of controls.
DISTURBANCE_RUN = 3
# A send is judged by the controls around it: those within this many seconds, and at
# least MIN_NEIGHBOURS of the nearest, so a throttle that the scan then slowed down for
# weighs on the sends made while it bit, not on those made after.
NEIGHBOURHOOD = 2.0
MIN_NEIGHBOURS = 30
# How sure each loss estimate must be: the upper end of a one-sided Wilson interval at
# 1.64 standard deviations (95 %).
Z = 1.64
# More silent copies of one request than this and the link is too lossy to tell anything.
MAX_SENDS = 24


def wilson_upper(lost: int, total: int, z: float = Z) -> float:
    """The upper end of the Wilson score interval for ``lost`` of ``total``."""
    if total <= 0:
        return 1.0
    p = lost / total
    z2 = z * z
    centre = p + z2 / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total))
    return min(1.0, (centre + spread) / (1 + z2 / total))


@dataclass(frozen=True)
class ControlRecord:
    """One control request: a single send at ``sent`` (loop time), answered or not.

    ``track`` tells controls that watch different paths apart (towards the primary
    address, towards the second address): each path's disturbances count on their own."""

    sent: float
    answered: bool
    rtt: float | None = None  # seconds
    track: int = 0


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
        """Time ranges in which a path was not carrying our packets: from the last
        answered control before a run of failures to the first answered one after it,
        on each track."""
        found: list[tuple[float, float]] = []
        for track in sorted({r.track for r in self.records}):
            found += _windows([r for r in self.records if r.track == track])
        return sorted(found)

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
        return wilson_upper(self.sent - self.answered, self.sent)

    def loss_near(self, t: float) -> float:
        """A cautious upper bound on the loss around loop time ``t``."""
        times = [r.sent for r in self.records]
        lo = bisect.bisect_left(times, t - NEIGHBOURHOOD)
        hi = bisect.bisect_right(times, t + NEIGHBOURHOOD)
        while hi - lo < MIN_NEIGHBOURS and (lo > 0 or hi < len(times)):
            if lo > 0 and (hi >= len(times) or t - times[lo - 1] <= times[hi] - t):
                lo -= 1
            else:
                hi += 1
        near = self.records[lo:hi]
        return wilson_upper(sum(1 for r in near if not r.answered), len(near))

    def doubt(self, sends: Sequence[float]) -> float:
        """How likely the link alone explains that none of ``sends`` got an answer: the
        product of the loss bounds around each undisturbed send (1.0 when none counts)."""
        chance = 1.0
        for t in self.undisturbed(sends):
            chance *= self.loss_near(t)
        return chance

    def silence_proves(self, sends: Sequence[float]) -> bool:
        return self.doubt(sends) <= FALSE_FAILURE

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


def _windows(records: Sequence[ControlRecord]) -> list[tuple[float, float]]:
    found: list[tuple[float, float]] = []
    run: list[ControlRecord] = []
    last_ok: float | None = None
    for record in (*records, None):
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
