"""The probe sequence, sans-IO: which request a port sends next, and what the answers mean.

Like h11 for HTTP, this module owns no socket and no clock. A driver asks a sequence for
its next ``Request``, sends it however it likes, and hands back an ``Answer`` (when each
copy went out, what came back). ``next_request`` returns None when the sequence is done,
or when it needs a verdict on a silence that only the link's record can give: the driver
passes a ``LinkEstimate`` once the controls can judge, and the sequence goes on.

The order is the point (RFC 5780 section 4 and the state a router keeps):

* Test 1 asks a primary-IP address of the server for the port's public address: the
  one the port sent to least recently (``Route``), because a router reuses the mapping
  of a flow it still holds, even one an earlier check made under other rules.
* Test 2 asks that address to answer from the other IP: from whichever of its two ports
  an earlier check asked least recently, since a router may still hold state for those
  answers. Nothing from the port has gone to that IP in this scan, and the contact log
  says whether it has in an earlier one; a pass is believed only when it has not.
* The mapping test asks the other IP on the port test 2's answer did *not* come from
  (RFC 5780 test II): when a router does not drop unsolicited packets, that answer
  leaves an entry which a flow to the same address collides with, and the router then
  picks another port for no reason of its own. It runs only when it is needed (a
  translated port, an outbound rule), and only after test 2 is settled, because a
  packet to the other IP opens the way for test 2's answer on many routers. A changed
  mapping, or a translated port, is not believed when an earlier check's port sent to
  the same address: the router may still be using the mapping it made then.
* A changed mapping is called symmetric only when a second fresh destination (the
  primary IP on the other port) confirms it; a different public *IP* means a second path
  out (two WAN lines, a VPN), not a symmetric NAT.
* A silence counts only when the controls say the link carried our packets then, and
  only after enough undisturbed sends that the link's ordinary loss cannot explain it;
  otherwise the sequence asks again, and after ``MAX_SENDS`` copies it says it cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.engine.evidence import MAX_SENDS, LinkEstimate
from wizard.engine.model import Address, Behaviour, Outcome, Reason, Requirement

# RFC 5780 section 7.2: bit 0x4 asks for another IP, bit 0x2 for another port.
CHANGE_IP = 0x4
CHANGE_PORT = 0x2


class Test(StrEnum):
    TEST1 = "test1"  # Binding to the primary address
    TEST2 = "test2"  # CHANGE-REQUEST (IP, and port unless told) to the primary address
    MAPPING = "mapping"  # Binding to the other IP, the port test 2 did not use (test II)
    MAPPING_PORT = "mapping_port"  # Binding to the primary IP, other port
    MAPPING_OTHER = "mapping_other"  # Binding to the other address (test III; NAT question)
    FILTER_PORT = "filter_port"  # CHANGE-REQUEST (port only; RFC 5780 section 4.4 test III)


@dataclass(frozen=True)
class Request:
    test: Test
    destination: Address
    expect: Address  # the only source an answer is believed from
    change: int = 0

    @property
    def invites(self) -> Address | None:
        """The address this request asks to send to the port (not the one it goes to)."""
        return self.expect if self.change else None


@dataclass(frozen=True)
class Answer:
    """What came of one request: when its copies went out, and its answer if any."""

    sends: tuple[float, ...]
    answered: bool = False  # an answer from ``Request.expect``
    mapped: Address | None = None  # the public address that answer carried
    wrong_source: bool = False  # an answer to this transaction came from elsewhere
    # This computer's socket stopped working before an answer came: the request tells
    # nothing (not a send that went unanswered) and is asked again on a fresh socket.
    died: bool = False


class History:
    """What the contact log says about one port, fixed at the start of a scan."""

    def __init__(
        self,
        reached_ip: Callable[[str, Address | None], bool] = lambda ip, public: False,
        invited_from: Callable[[Address, Address | None], bool] = lambda remote, public: False,
        sent_to: Callable[[Address], bool] = lambda remote: False,
        sent_any: Callable[[], bool] = lambda: False,
    ) -> None:
        self.reached_ip = reached_ip  # the port sent to that IP (with that public address)
        self.invited_from = invited_from  # we asked that address to send to the port
        self.sent_to = sent_to  # the port sent to that exact address (any public address)
        self.sent_any = sent_any  # the port sent anywhere


NO_HISTORY = History()


@dataclass(frozen=True)
class Route:
    """Which of an RFC 5780 server's four addresses a port's tests use: ``test1``, on the
    primary IP, is where test 1 and test 2's request go; ``test2``, on the other IP, is
    where test 2's answer comes from. The mapping tests go to the two addresses left on
    each IP."""

    test1: Address
    test2: Address


def choose_routes(
    checks: Iterable[tuple[int, Requirement]],
    primary: Address,
    other: Address,
    *,
    sent_at: Callable[[int, Address], float | None],
    invited_at: Callable[[int, Address], float | None],
    hold: float,
    change_ip_only: bool,
    alternate_port: bool,
) -> tuple[dict[int, Route], float]:
    """Each port's ``Route``, so that no state an earlier check left in the router
    decides this one; and when the router has forgotten what it must (wall time, s).

    ``checks`` are (port, requirement). ``sent_at(port, address)`` is when an earlier
    check last sent from ``port`` to ``address``, ``invited_at(port, address)`` when it
    last asked ``address`` to send to ``port`` (None: not within the contact log's
    lifetime); ``hold`` is how long a router may keep state for answers nothing replied
    to (Linux 30 s after the last one, OpenWrt and pf 60 s).

    * Test 1 goes to the primary-IP address the port sent to least recently: a router
      reuses the mapping of a flow it still holds, so a fresh destination shows the
      mapping its rules give now. The primary IP's other port only with
      ``alternate_port`` (the server answers there).
    * Test 2's answer comes from the other-IP address asked least recently; from the one
      on test 1's port number only with ``change_ip_only`` (the server changes the IP
      alone when asked). The scan waits until the router has forgotten it (``ready``).
    * An outbound port asks no test 2: its mapping test goes to the other-IP address it
      has not sent to, of those the one asked least recently, else the one on test 1's
      port number (RFC 5780 test II).
    """
    firsts = (primary, Address(primary.ip, other.port))
    seconds = (other, Address(other.ip, primary.port))

    def age(at: float | None) -> float:
        return float("-inf") if at is None else at

    routes: dict[int, Route] = {}
    ready = float("-inf")
    for port, requirement in checks:
        test1 = min(firsts[: 2 if alternate_port else 1], key=lambda a: age(sent_at(port, a)))
        if requirement is Requirement.OUTBOUND:
            # Other things equal, RFC 5780's test II: the other IP, test 1's port.
            towards = min(
                seconds,
                key=lambda a: (
                    sent_at(port, a) is not None,
                    age(invited_at(port, a)),
                    a.port != test1.port,
                ),
            )
            routes[port] = Route(test1, seconds[1] if towards == seconds[0] else seconds[0])
            if sent_at(port, towards) is None:  # else waiting would not make it fresh
                ready = max(ready, age(invited_at(port, towards)) + hold)
        else:
            sources = [a for a in seconds if a.port != test1.port or change_ip_only]
            test2 = min(sources, key=lambda a: age(invited_at(port, a)))
            routes[port] = Route(test1, test2)
            ready = max(ready, age(invited_at(port, test2)) + hold)
    return routes, ready


class _Verdict(StrEnum):
    PROVEN = "proven"
    MORE = "more"
    HOPELESS = "hopeless"


@dataclass
class _Step:
    """One test's record within a sequence."""

    attempts: int = 0
    sends: list[float] = field(default_factory=list)
    answered: bool = False
    mapped: Address | None = None
    wrong_source: bool = False

    def silence(self, link: LinkEstimate) -> _Verdict:
        if link.silence_proves(self.sends):
            return _Verdict.PROVEN
        if len(self.sends) >= MAX_SENDS:
            return _Verdict.HOPELESS
        return _Verdict.MORE


class _Sequence:
    """Shared bookkeeping: one ``_Step`` per test, the last request handed out."""

    def __init__(self, primary: Address, other: Address | None, route: Route | None = None) -> None:
        self.primary, self.other = primary, other
        self.route = route or Route(primary, other or primary)
        if other is not None:
            assert self.route.test1.ip == primary.ip and self.route.test2.ip == other.ip
        self.steps: dict[Test, _Step] = {}
        self.done = False

    def step(self, test: Test) -> _Step:
        return self.steps.setdefault(test, _Step())

    def record(self, request: Request, answer: Answer) -> None:
        if answer.died:
            return  # as if never asked: its silence is this computer's, not the router's
        step = self.step(request.test)
        step.attempts += 1
        step.sends.extend(answer.sends)
        if answer.answered:
            step.answered = True
            step.mapped = step.mapped or answer.mapped
        step.wrong_source = step.wrong_source or answer.wrong_source

    def abandon(self, reason: Reason = Reason.LINK_LOSS) -> None:
        """Stop: the path to the server is gone (``reason``), nothing more can be learnt."""
        self.done = True

    def _ask(self, test: Test, link: LinkEstimate | None) -> Request | _Verdict | None:
        """``test``'s request while it must be asked (again); else the verdict on its
        silence; None while that verdict waits for the link's record."""
        step = self.step(test)
        if step.attempts == 0:
            return self.request(test)
        if link is None:
            return None
        verdict = step.silence(link)
        return self.request(test) if verdict is _Verdict.MORE else verdict

    @property
    def retested(self) -> bool:
        return any(step.attempts > 1 for step in self.steps.values())

    def request(self, test: Test) -> Request:
        assert self.other is not None or test is Test.TEST1
        primary, other, route = self.primary, self.other, self.route
        if test is Test.TEST1:
            return Request(test, route.test1, route.test1)
        assert other is not None
        ports = (primary.port, other.port)

        def the_other(port: int) -> int:
            return ports[1] if port == ports[0] else ports[0]

        if test is Test.TEST2:
            change = CHANGE_IP | (CHANGE_PORT if route.test2.port != route.test1.port else 0)
            return Request(test, route.test1, route.test2, change)
        if test is Test.FILTER_PORT:
            return Request(test, primary, Address(primary.ip, other.port), CHANGE_PORT)
        destination = {
            Test.MAPPING: Address(other.ip, the_other(route.test2.port)),
            Test.MAPPING_PORT: Address(primary.ip, the_other(route.test1.port)),
            Test.MAPPING_OTHER: other,
        }[test]
        return Request(test, destination, destination)


@dataclass(frozen=True)
class PortFinding:
    """What a port's sequence concluded."""

    outcome: Outcome
    reason: Reason | None
    mapped: Address | None
    test1: bool
    test2: bool | None
    mapped_other: Address | None
    mapping: Behaviour | None  # this port's mapping behaviour, when the tests showed it
    wrong_source: bool  # the server answered a CHANGE-REQUEST from the wrong address
    retested: bool


class PortSequence(_Sequence):
    """Test 1, test 2 and the mapping tests of one bound port, for its requirement.

    A ``full-cone`` port needs test 1, test 2 and an unchanged port number; its mapping
    is tested only when test 1 already showed another port number (to tell a stable
    translation from a symmetric NAT). An ``outbound`` port needs test 1 and a mapping
    that does not depend on the destination; test 2 is not asked of it.
    """

    def __init__(
        self,
        port: int,
        requirement: Requirement,
        primary: Address,
        other: Address | None,
        history: History = NO_HISTORY,
        route: Route | None = None,
    ) -> None:
        super().__init__(primary, other, route)
        self.port, self.requirement, self.history = port, requirement, history
        self.finding: PortFinding | None = None
        self._test2: bool | None = None
        self._mapping: Behaviour | None = None

    # ------------------------------------------------------------------ driving

    def abandon(self, reason: Reason = Reason.LINK_LOSS) -> None:
        """Nothing more can be learnt (the path to the server is gone, or this computer
        kept stopping the sockets: ``reason``): what is not settled yet stays undecided."""
        if not self.done:
            self._finish(Outcome.INCONCLUSIVE, reason)

    def next_request(self, link: LinkEstimate | None = None) -> Request | None:
        """The next request to send; None when done or waiting for ``link``."""
        if self.done:
            return None
        test1 = self.step(Test.TEST1)
        if not test1.answered:
            return self._again(Test.TEST1, link, on_proven=(Outcome.NO_RESPONSE, None))
        if test1.mapped is None:
            return self._finish(Outcome.INCONCLUSIVE, Reason.BAD_REPLY)
        if self.other is None:
            return self._finish(Outcome.UNTESTED)
        mapped = test1.mapped
        if self.requirement is Requirement.OUTBOUND:
            return self._mapping_tests(link, mapped, fallback=Outcome.PASS)
        test2 = self.step(Test.TEST2)
        if test2.wrong_source and not test2.answered:
            return self._finish(Outcome.UNTESTED)
        # A translated port fails whatever test 2 shows (the answer went to another
        # port number); test 2 then tells whether a forward exists, for the report.
        translated = mapped.port != self.port
        if translated and self.history.sent_any():
            # An earlier check's flow from this port may still be held: the router may
            # reuse the mapping it made for it (the same address), or have had to pick
            # another port because that flow holds this one (a mapping per destination).
            return self._finish(Outcome.INCONCLUSIVE, Reason.RECENT_CONTACT)
        recent = self.history.reached_ip(self.other.ip, mapped)
        if test2.answered and test2.mapped is not None and test2.mapped.ip != mapped.ip:
            # The server saw test 2's request come from another public address than test
            # 1's: the way out changed between them (a VPN, a second line), so the answer
            # came in by another router's mapping than the one test 1 showed.
            return self._finish(
                Outcome.INCONCLUSIVE, Reason.SEVERAL_PUBLIC_ADDRESSES, mapped_other=test2.mapped
            )
        if test2.answered:
            self._test2 = None if recent else True
            if not translated:
                if recent:
                    return self._finish(Outcome.INCONCLUSIVE, Reason.RECENT_CONTACT)
                return self._finish(Outcome.PASS)
        elif translated:
            # Settled before any mapping test: a packet to the other IP would let test
            # 2's answer in on many routers. A link too lossy to settle it leaves test 2
            # unknown; the translation is certain all the same.
            verdict = self._ask(Test.TEST2, link)
            if verdict is None or isinstance(verdict, Request):
                return verdict
            if verdict is _Verdict.PROVEN:
                self._test2 = False
        else:
            request = self._again(Test.TEST2, link)
            if request is not None or self.done or link is None:
                return request
            self._test2 = False  # the silence is proven
            return self._finish(Outcome.NOT_FORWARDED)
        return self._mapping_tests(link, mapped, fallback=Outcome.PORT_TRANSLATED)

    # ------------------------------------------------------------------ a slow witness

    def second_chance(self) -> Request | None:
        """One more test 2 for a port found not forwarded, asked slowly after the scan
        (see ``runner``): None for any other finding."""
        finding = self.finding
        if finding is None or finding.outcome is not Outcome.NOT_FORWARDED:
            return None
        return self.request(Test.TEST2)

    def settle_second_chance(self, rate_dependent: bool) -> None:
        """After ``second_chance``: an answer proves the forward (nothing from this port
        went to that address); a silence stays a failure unless other ports showed that
        the failures depend on the pace (``rate_dependent``), when it cannot be told."""
        finding = self.finding
        if finding is None or finding.outcome is not Outcome.NOT_FORWARDED:
            return
        test1 = self.step(Test.TEST1)
        if self.step(Test.TEST2).answered:
            assert self.other is not None and test1.mapped is not None
            if self.history.reached_ip(self.other.ip, test1.mapped):
                self._finish(Outcome.INCONCLUSIVE, Reason.RECENT_CONTACT)
                return
            self._test2 = True
            self._finish(Outcome.PASS)
        elif rate_dependent:
            self._test2 = None
            self._finish(Outcome.INCONCLUSIVE, Reason.RATE_LIMITED)

    def _again(
        self,
        test: Test,
        link: LinkEstimate | None,
        on_proven: tuple[Outcome, Reason | None] | None = None,
        mapped_other: Address | None = None,
        on_hopeless: tuple[Outcome, Reason | None] = (Outcome.INCONCLUSIVE, Reason.LINK_LOSS),
    ) -> Request | None:
        """Ask ``test`` (again) unless its silence is settled: proven (finish with
        ``on_proven``, or return None for the caller to go on) or hopeless (finish with
        ``on_hopeless``)."""
        verdict = self._ask(test, link)
        if verdict is None or isinstance(verdict, Request):
            return verdict
        if verdict is _Verdict.HOPELESS:
            return self._finish(*on_hopeless, mapped_other)
        if on_proven is not None:
            return self._finish(*on_proven, mapped_other)
        return None

    def _mapping_tests(
        self, link: LinkEstimate | None, mapped: Address, fallback: Outcome
    ) -> Request | None:
        assert self.other is not None
        second = self.step(Test.MAPPING)
        if not second.answered:
            # Test 1 worked but the other IP never answered: an outbound rule cannot be
            # judged; a translated full-cone port stays translated, its mapping unknown.
            if self.requirement is Requirement.OUTBOUND:
                silent = (Outcome.INCONCLUSIVE, Reason.SECOND_ADDRESS_SILENT)
                return self._again(Test.MAPPING, link, on_proven=silent)
            # (fallback, None): what test 1 proved stands, however lossy the link.
            return self._again(
                Test.MAPPING, link, on_proven=(fallback, None), on_hopeless=(fallback, None)
            )
        seen = second.mapped
        if seen is None:
            return self._finish(Outcome.INCONCLUSIVE, Reason.BAD_REPLY)
        if seen == mapped:
            self._mapping = Behaviour.ENDPOINT_INDEPENDENT
            return self._finish(fallback, mapped_other=seen)
        if seen.ip != mapped.ip:
            return self._finish(
                Outcome.INCONCLUSIVE, Reason.SEVERAL_PUBLIC_ADDRESSES, mapped_other=seen
            )
        # Without a second fresh destination to confirm it, a changed port is not called
        # symmetric: a translated full-cone port stays what test 1 proved it to be, an
        # outbound port cannot be told.
        if fallback is Outcome.PORT_TRANSLATED:
            unconfirmed: tuple[Outcome, Reason | None] = (fallback, None)
        else:
            unconfirmed = (Outcome.INCONCLUSIVE, Reason.MAPPING_UNCONFIRMED)
        towards = self.request(Test.MAPPING).destination
        if self.history.invited_from(towards, mapped):
            # An entry we caused may have made the router pick this port.
            return self._finish(*unconfirmed, mapped_other=seen)
        if self.history.sent_to(towards) or self.history.sent_to(self.route.test1):
            # The router may still use the mapping it made for an earlier check's flow
            # to either address, whatever it would pick today.
            return self._finish(*self._stale(unconfirmed), mapped_other=seen)
        # Corroborate with a second destination nothing has sent to this port from.
        confirm_at = self.request(Test.MAPPING_PORT).destination
        if self.history.invited_from(confirm_at, mapped):
            return self._finish(*unconfirmed, mapped_other=seen)
        if self.history.sent_to(confirm_at):
            return self._finish(*self._stale(unconfirmed), mapped_other=seen)
        third = self.step(Test.MAPPING_PORT)
        if not third.answered:
            lossy = (
                unconfirmed
                if fallback is Outcome.PORT_TRANSLATED
                else (Outcome.INCONCLUSIVE, Reason.LINK_LOSS)
            )
            return self._again(
                Test.MAPPING_PORT,
                link,
                on_proven=unconfirmed,
                mapped_other=seen,
                on_hopeless=lossy,
            )
        confirmed = third.mapped
        if confirmed is None or confirmed.ip != mapped.ip:
            return self._finish(Outcome.INCONCLUSIVE, Reason.SEVERAL_PUBLIC_ADDRESSES, seen)
        if confirmed != mapped:
            self._mapping = Behaviour.ADDRESS_AND_PORT_DEPENDENT
            return self._finish(Outcome.SYMMETRIC_NAT, mapped_other=seen)
        # Another port towards the other IP, the same towards another port of the first
        # IP: an address-dependent mapping, seen from one destination only.
        self._mapping = Behaviour.ADDRESS_DEPENDENT
        return self._finish(*unconfirmed, mapped_other=seen)

    @staticmethod
    def _stale(unconfirmed: tuple[Outcome, Reason | None]) -> tuple[Outcome, Reason | None]:
        outcome, reason = unconfirmed
        return (outcome, Reason.RECENT_CONTACT if outcome is Outcome.INCONCLUSIVE else reason)

    def _finish(
        self,
        outcome: Outcome,
        reason: Reason | None = None,
        mapped_other: Address | None = None,
    ) -> None:
        test1 = self.step(Test.TEST1)
        self.done = True
        self.finding = PortFinding(
            outcome=outcome,
            reason=reason,
            mapped=test1.mapped,
            test1=test1.answered,
            test2=self._test2,
            mapped_other=mapped_other or self.step(Test.MAPPING).mapped,
            mapping=self._mapping,
            wrong_source=self.step(Test.TEST2).wrong_source,
            retested=self.retested,
        )
        return None


class MappingQuestion(_Sequence):
    """RFC 5780 section 4.3 asked from a fresh port of our own (not a checked one):
    test I, test II (other IP, primary port), and test III (other address) if II differs.
    ``behaviour`` is the answer, None if it could not be had."""

    def __init__(self, primary: Address, other: Address) -> None:
        super().__init__(primary, other)
        self.behaviour: Behaviour | None = None

    def next_request(self, link: LinkEstimate | None = None) -> Request | None:
        if self.done:
            return None
        order = (Test.TEST1, Test.MAPPING, Test.MAPPING_OTHER)
        for test in order:
            if self.step(test).answered:
                continue
            verdict = self._ask(test, link)
            if verdict is None or isinstance(verdict, Request):
                return verdict
            self.done = True  # a silence settled: no behaviour to name
            return None
        self.done = True
        return None

    def record(self, request: Request, answer: Answer) -> None:
        super().record(request, answer)
        first, second = self.step(Test.TEST1).mapped, self.step(Test.MAPPING).mapped
        if first is not None and second == first:
            self.behaviour = Behaviour.ENDPOINT_INDEPENDENT
            self.done = True
        elif first is not None and second is not None and second.ip != first.ip:
            self.done = True  # two paths out: no mapping behaviour to speak of
        third = self.step(Test.MAPPING_OTHER).mapped
        if second is not None and third is not None and not self.done:
            self.behaviour = (
                Behaviour.ADDRESS_DEPENDENT
                if third == second
                else Behaviour.ADDRESS_AND_PORT_DEPENDENT
            )
            self.done = True


class FilteringQuestion(_Sequence):
    """RFC 5780 section 4.4 asked from a fresh port of our own. First test III: does an
    answer from the primary IP's other port get in? A proven silence means address-and-
    port-dependent filtering. If it gets in, test II tells endpoint-independent (an answer
    from the other IP and port gets in too) from address-dependent (it does not)."""

    def __init__(self, primary: Address, other: Address) -> None:
        super().__init__(primary, other)
        self.behaviour: Behaviour | None = None

    def next_request(self, link: LinkEstimate | None = None) -> Request | None:
        if self.done:
            return None
        for test, if_silent in (
            (Test.TEST1, None),
            (Test.FILTER_PORT, Behaviour.ADDRESS_AND_PORT_DEPENDENT),
            (Test.TEST2, Behaviour.ADDRESS_DEPENDENT),
        ):
            step = self.step(test)
            if step.answered:
                continue
            if step.wrong_source:
                self.done = True  # the server cannot do this test
                return None
            verdict = self._ask(test, link)
            if verdict is None or isinstance(verdict, Request):
                return verdict
            self.done = True
            if verdict is _Verdict.PROVEN:
                self.behaviour = if_silent
            return None
        self.behaviour, self.done = Behaviour.ENDPOINT_INDEPENDENT, True
        return None
