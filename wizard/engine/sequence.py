"""The probe sequence, sans-IO: which request a port sends next, and what the answers mean.

Like h11 for HTTP, this module owns no socket and no clock. A driver asks a sequence for
its next ``Request``, sends it however it likes, and hands back an ``Answer`` (when each
copy went out, what came back). ``next_request`` returns None when the sequence is done,
or when it needs a verdict on a silence that only the link's record can give: the driver
passes a ``LinkEstimate`` once the controls can judge, and the sequence goes on.

The order is the point (RFC 5780 section 4 and the state a router keeps):

* Test 1 asks the server's primary address for the port's public address.
* Test 2 asks the primary address to answer from its other IP: from its other port too,
  or (when an earlier check's answers came from there and the router may still hold
  them) from the primary port (``test2_from``). Nothing from the port has gone to that
  IP in this scan, and the contact log says whether it has in an earlier one; a pass is
  believed only when it has not.
* The mapping test asks the other IP on the port test 2's answer did *not* come from
  (RFC 5780 test II): when a router does not drop unsolicited packets, that answer
  leaves an entry which a flow to the same address collides with, and the router then
  picks another port for no reason of its own. It runs only when it is needed (a
  translated port, an outbound rule), and only after test 2 is settled, because a
  packet to the other IP opens the way for test 2's answer on many routers. A changed
  mapping towards an address the port already talked to in an earlier check is not
  believed either: the router may still be using the mapping it made then.
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


class History:
    """What the contact log says about one port, fixed at the start of a scan."""

    def __init__(
        self,
        reached_ip: Callable[[str, Address | None], bool] = lambda ip, public: False,
        invited_from: Callable[[Address, Address | None], bool] = lambda remote, public: False,
        sent_to: Callable[[Address], bool] = lambda remote: False,
    ) -> None:
        self.reached_ip = reached_ip  # the port sent to that IP (with that public address)
        self.invited_from = invited_from  # we asked that address to send to the port
        self.sent_to = sent_to  # the port sent to that exact address (any public address)


NO_HISTORY = History()


def choose_test2_sources(
    checks: Iterable[tuple[int, Requirement]],
    primary: Address,
    other: Address,
    invited_at: Callable[[int, Address], float | None],
    sent_to: Callable[[int, Address], bool],
    hold: float,
    change_ip_only: bool,
) -> tuple[dict[int, Address], float]:
    """Where each port's test 2 answer comes from (``PortSequence``'s ``test2_from``), so
    that no state an earlier check left in the router decides this one; and when the
    router has forgotten what it must (wall time, seconds).

    ``checks`` are (port, requirement); ``invited_at(port, source)`` is when an earlier
    check last asked ``source`` to send to ``port`` (None: not within the contact log's
    lifetime), ``sent_to(port, address)`` whether the port sent there; ``hold`` how long
    a router may keep state for answers nothing replied to (Linux: 30 s after the last).
    With ``change_ip_only`` (the server answers a CHANGE-REQUEST for the IP alone from its
    other IP on the primary port), a full-cone port's test 2 may come from there: from
    whichever of the two asked least recently. An outbound port asks no test 2; its
    mapping test goes to the address on the other IP it has not sent to, and of those the
    one asked least recently (its test 2 source is the other one).
    """
    same_port = Address(other.ip, primary.port)

    def age(port: int, source: Address) -> float:
        at = invited_at(port, source)
        return float("-inf") if at is None else at

    chosen: dict[int, Address] = {}
    ready = float("-inf")
    for port, requirement in checks:
        if requirement is Requirement.OUTBOUND:
            towards = min((same_port, other), key=lambda a: (sent_to(port, a), age(port, a)))
            chosen[port] = other if towards == same_port else same_port
            ready = max(ready, age(port, towards) + hold)
        else:
            sources = (other, same_port) if change_ip_only else (other,)
            chosen[port] = min(sources, key=lambda a: age(port, a))
            ready = max(ready, age(port, chosen[port]) + hold)
    return chosen, ready


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

    def __init__(
        self, primary: Address, other: Address | None, test2_from: Address | None = None
    ) -> None:
        self.primary, self.other = primary, other
        # Where test 2's answer comes from: the other address (IP and port changed), or
        # the other IP on the primary port (IP changed only).
        self.test2_from = test2_from or other
        assert other is None or self.test2_from in (other, Address(other.ip, primary.port))
        self.steps: dict[Test, _Step] = {}
        self.done = False

    def step(self, test: Test) -> _Step:
        return self.steps.setdefault(test, _Step())

    def record(self, request: Request, answer: Answer) -> None:
        step = self.step(request.test)
        step.attempts += 1
        step.sends.extend(answer.sends)
        if answer.answered:
            step.answered = True
            step.mapped = step.mapped or answer.mapped
        step.wrong_source = step.wrong_source or answer.wrong_source

    def abandon(self) -> None:
        """Stop: the path to the server is gone, nothing more can be learnt."""
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
        primary, other = self.primary, self.other
        if test is Test.TEST1:
            return Request(test, primary, primary)
        assert other is not None
        same_port = Address(other.ip, primary.port)
        if test is Test.TEST2:
            if self.test2_from == other:
                return Request(test, primary, other, CHANGE_IP | CHANGE_PORT)
            return Request(test, primary, same_port, CHANGE_IP)
        if test is Test.FILTER_PORT:
            return Request(test, primary, Address(primary.ip, other.port), CHANGE_PORT)
        destination = {
            Test.MAPPING: other if self.test2_from == same_port else same_port,
            Test.MAPPING_PORT: Address(primary.ip, other.port),
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
        test2_from: Address | None = None,
    ) -> None:
        super().__init__(primary, other, test2_from)
        self.port, self.requirement, self.history = port, requirement, history
        self.finding: PortFinding | None = None
        self._test2: bool | None = None
        self._mapping: Behaviour | None = None

    # ------------------------------------------------------------------ driving

    def abandon(self) -> None:
        """The path to the server is gone: what is not settled yet stays undecided."""
        if not self.done:
            self._finish(Outcome.INCONCLUSIVE, Reason.LINK_LOSS)

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
        recent = self.history.reached_ip(self.other.ip, mapped)
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
        if self.history.sent_to(towards):
            # The router may still use the mapping it made for an earlier check's flow
            # to this address, whatever it would pick today.
            return self._finish(*self._stale(unconfirmed), mapped_other=seen)
        # Corroborate with a second destination nothing has sent to this port from.
        confirm_at = Address(self.primary.ip, self.other.port)
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
