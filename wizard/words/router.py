"""The words for what the router said about itself and the path beyond it
(``ScanResult.router``), the hairpin test (``ScanResult.hairpin``) and the mapping lifetime
test (``ScanResult.mapping_lifetime``): a second NAT upstream, the router's own port
mappings, NAT loopback, and how long the router keeps an idle UDP mapping.

Everything the router says is untrusted (its name, a mapping's description, its
connection status, even the addresses it lists): ``router_text`` makes it one short line
of plain text, and the faces escape it for their medium. No finding here blames the
router without evidence: a silence this computer or the link could explain is "could not
be told", and a hairpin that fails is a finding about LAN phones, never a failed forward.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QLocale

from wizard.engine.model import (
    Hairpin,
    HairpinProblem,
    LifetimeProblem,
    MappingFit,
    MappingLifetime,
    Outcome,
    Protocol,
    RouterInfo,
    RouterMapping,
    RouterSource,
    ScanResult,
    UpstreamNat,
    Verdict,
)
from wizard.i18n import QT_TRANSLATE_NOOP, product_text, translated
from wizard.keepalive import KeepaliveNeed, LifetimeFit, lifetime_fit
from wizard.portspec import port_runs
from wizard.words.machine import MachineNote, Severity

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Router"

# Text from the router is cut to this many characters wherever it is shown.
MAX_ROUTER_TEXT = 80

_SOURCE_LABELS: dict[RouterSource, str] = {
    RouterSource.UPNP: QT_TRANSLATE_NOOP("Router", "UPnP IGD"),
    RouterSource.NATPMP: QT_TRANSLATE_NOOP("Router", "NAT-PMP"),
    RouterSource.PCP: QT_TRANSLATE_NOOP("Router", "PCP"),
    RouterSource.TYPED: QT_TRANSLATE_NOOP("Router", "typed from the router's status page"),
    RouterSource.NONE: QT_TRANSLATE_NOOP("Router", "no answer"),
}

_UPSTREAM_LABELS: dict[UpstreamNat, str] = {
    UpstreamNat.SHARED: QT_TRANSLATE_NOOP("Router", "carrier-grade NAT of the provider"),
    UpstreamNat.PRIVATE: QT_TRANSLATE_NOOP("Router", "another router in front (private address)"),
    UpstreamNat.DIFFERS: QT_TRANSLATE_NOOP(
        "Router", "another NAT beyond the router (other public address)"
    ),
    UpstreamNat.NOT_CONNECTED: QT_TRANSLATE_NOOP(
        "Router", "perhaps another NAT (not told for certain)"
    ),
}

_FIT_LABELS: dict[MappingFit, str] = {
    MappingFit.THIS_HOST: QT_TRANSLATE_NOOP("Router", "to this computer"),
    MappingFit.OTHER_HOST: QT_TRANSLATE_NOOP("Router", "to another device"),
    MappingFit.PORT_CHANGED: QT_TRANSLATE_NOOP("Router", "to this computer, other port"),
    MappingFit.DISABLED: QT_TRANSLATE_NOOP("Router", "switched off"),
}

# --- A second NAT upstream -------------------------------------------------------------------

_UPSTREAM_TEXTS: dict[UpstreamNat, str] = {
    UpstreamNat.SHARED: QT_TRANSLATE_NOOP(
        "Router",
        "The router's own internet address is {wan}, from 100.64.0.0/10, the range providers "
        "use for carrier-grade NAT (RFC 6598); the STUN server saw this site as {public}. The "
        "provider shares that public address among many customers, so traffic from the "
        "internet stops at the provider's NAT before it reaches this router.",
    ),
    UpstreamNat.PRIVATE: QT_TRANSLATE_NOOP(
        "Router",
        "The router's own internet address is {wan}, a private address (RFC 1918). Another "
        "device between it and the internet translates addresses too, most often the "
        "provider's modem or router, and traffic from the internet stops there unless it "
        "passes it on.",
    ),
    UpstreamNat.DIFFERS: QT_TRANSLATE_NOOP(
        "Router",
        "The router's own internet address is {wan}, but the STUN server saw this site come "
        "from {public}. Another NAT sits beyond this router (the provider's, or a second "
        "router), and traffic from the internet stops there unless it passes it on.",
    ),
    UpstreamNat.NOT_CONNECTED: QT_TRANSLATE_NOOP(
        "Router",
        "The router answered, but says its internet connection is not up, while the check's "
        "traffic passed through it to the internet (the STUN server saw {public}). Routers "
        "answer this way when their own internet address is private or shared, which means "
        "another NAT in front of them; but it cannot be told for certain from this answer.",
    ),
}
_NO_WAN_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The router answered, but gave no internet (WAN) address of its own, while the check's "
    "traffic passed through it to the internet (the STUN server saw {public}). Routers with "
    "miniupnpd answer this way when their own internet address is private or shared, which "
    "means another NAT in front of them; but also when it lies in a reserved range or they "
    "are set up oddly, so it cannot be told for certain from this answer.",
)
_FORWARD_UNUSED_TITLE = QT_TRANSLATE_NOOP(
    "Router", "The router forwards ports to this computer that still failed"
)
_FORWARD_UNUSED_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The router lists forwards of {ports} to this computer, yet nothing from the internet "
    "arrived on them. Something drops that traffic before the forward is used: a device in "
    "front of the router (often the provider's), or a firewall rule on the router itself.",
)
_STEP_FORWARD_UNUSED = QT_TRANSLATE_NOOP(
    "Router",
    "Check the router's firewall rules for these ports, and whether a device in front of the "
    "router passes them on; then run the check again.",
)
_UPSTREAM_MAYBE_TITLE = QT_TRANSLATE_NOOP(
    "Router", "Perhaps a second NAT sits between the router and the internet"
)
_TYPED_NOTE = QT_TRANSLATE_NOOP(
    "Router", "The router's address was typed from its status page; the router was not asked."
)
_UPSTREAM_FAILS_TITLE = QT_TRANSLATE_NOOP(
    "Router", "A second NAT sits between the router and the internet"
)
_UPSTREAM_FAILS_TEXT = QT_TRANSLATE_NOOP(
    "Router", "Forwards on this router alone cannot make the failing ports work."
)
_UPSTREAM_PASSES_TITLE = QT_TRANSLATE_NOOP(
    "Router", "A second NAT sits in front of the router, and lets the ports through now"
)
_UPSTREAM_PASSES_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The checked ports work, so that device passes traffic on to this router now (as an "
    "exposed host or DMZ, or with forwards of its own). A reset, a firmware update or a new "
    "device from the provider can undo that, and then the PBX's ports stop working.",
)
_UPSTREAM_OTHER_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "Traffic from the internet passes that device before it reaches this router's forwards: "
    "if ports fail, look there too.",
)
_STEP_CARRIER = QT_TRANSLATE_NOOP(
    "Router",
    "Ask the provider for a public IPv4 address for this line; no setting at the site can "
    "open a port through carrier-grade NAT.",
)
_STEP_BRIDGE = QT_TRANSLATE_NOOP(
    "Router",
    "Find the device in front of this router, often the provider's modem or router, and put "
    "it into bridge mode, or make this router its exposed host (DMZ).",
)
_STEP_BRIDGE_BETTER = QT_TRANSLATE_NOOP(
    "Router",
    "Better still, put that device into bridge mode, so this router gets the public address "
    "itself and no second NAT is left to undo.",
)
_STEP_DOCUMENT = QT_TRANSLATE_NOOP(
    "Router",
    "Note how the device in front is set up in the customer's documentation, so it can be "
    "set again after a reset or a swap.",
)

# --- When the router did not answer ----------------------------------------------------------

_SILENT_TITLE = QT_TRANSLATE_NOOP("Router", "The router did not answer")
_SILENT_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The router answered neither UPnP nor NAT-PMP nor PCP, so a second NAT in front of it "
    "could not be seen from here. Many routers have these switched off, which is no fault.",
)
_STEP_TYPE_WAN = QT_TRANSLATE_NOOP(
    "Router",
    "To find out whether there is a second NAT, look up the internet (WAN) address on the "
    "router's status page, type it into the Test settings page or give it with --router-wan, "
    "and run the check again.",
)
_OTHERS_TITLE = QT_TRANSLATE_NOOP("Router", "Other devices answered as routers")
_OTHERS_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "These are not this computer's way to the internet, so what they said was not used: {names}.",
)

# --- The router's own port mappings ------------------------------------------------------------

_OTHER_HOST_TITLE = QT_TRANSLATE_NOOP("Router", "The router forwards ports to another device")
_OTHER_HOST_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The router forwards {ports} to another device ({client}), not to this computer ({this}). "
    "Traffic from the internet for those ports goes there: often an old PBX, a phone or "
    "another program that added the forwards by UPnP.",
)
_OTHER_HOST_TEXT_NO_IP = QT_TRANSLATE_NOOP(
    "Router",
    "The router forwards {ports} to another device ({client}), not to this computer. Traffic "
    "from the internet for those ports goes there: often an old PBX, a phone or another "
    "program that added the forwards by UPnP.",
)
_STEP_DELETE_OTHER = QT_TRANSLATE_NOOP(
    "Router",
    "Delete those forwards on the router (on its port forwarding or UPnP page), and switch "
    "UPnP off on the other device if it added them.",
)
_STEP_FORWARD_HERE = QT_TRANSLATE_NOOP(
    "Router", "Forward the ports to this computer instead, then run the check again."
)
_PORT_CHANGED_TITLE = QT_TRANSLATE_NOOP(
    "Router", "The router forwards ports onto other port numbers"
)
_PORT_CHANGED_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The router forwards public ports to other ports of this computer: {pairs}. The PBX "
    "listens on the port numbers it writes into its SIP messages, so each forward must keep "
    "the port number.",
)
_STEP_SAME_PORT = QT_TRANSLATE_NOOP(
    "Router",
    "Change those forwards so the public port and the port on this computer are the same, "
    "then run the check again.",
)
_DISABLED_TITLE = QT_TRANSLATE_NOOP("Router", "Some of the router's forwards are switched off")
_DISABLED_TEXT = QT_TRANSLATE_NOOP(
    "Router", "The router lists forwards for {ports}, but they are switched off."
)
_PARTIAL_TITLE = QT_TRANSLATE_NOOP(
    "Router", "The router lists forwards for only some of the checked ports"
)
_PARTIAL_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "Its list covers {covered}, but not {missing}. Most routers list only the forwards "
    "programs added by UPnP, not those typed into their settings, so the others may still "
    "be forwarded there; the port results show whether they work.",
)
_FINE_TITLE = QT_TRANSLATE_NOOP("Router", "The router forwards the checked ports to this computer")
_FINE_TEXT = QT_TRANSLATE_NOOP(
    "Router", "Its list forwards {ports} to this computer, each on the same port number."
)
_NONE_LISTED_TITLE = QT_TRANSLATE_NOOP("Router", "The router lists no forward for these ports")
_NONE_LISTED_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "Most routers list only the forwards programs added by UPnP, not those typed into their "
    "settings, so this says nothing about the forwards set up by hand; the port results show "
    "whether they work.",
)
_UPNP_TITLE = QT_TRANSLATE_NOOP("Router", "Why the check adds no UPnP forwards")
_UPNP_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "The check only reads the router's forwards; it never adds or removes one. UPnP forwards "
    "are no fix for a PBX: they vanish when the router restarts or their lease runs out, any "
    "device on the LAN can take the same ports, and many routers refuse large ranges. Forward "
    "the PBX's ports by hand in the router's settings.",
)
_PAIR = "{external} → {internal}"
_LIST_SEPARATOR = ", "

# --- Hairpin NAT ----------------------------------------------------------------------------

_HAIRPIN_WORKS_TITLE = QT_TRANSLATE_NOOP("Router", "Hairpin NAT works")
_HAIRPIN_WORKS_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "A datagram from this computer to the public address {public} came back in through the "
    "router, and its answer went back out the same way: phones on the LAN that use the "
    "PBX's public name or address reach it.",
)
_HAIRPIN_FAILS_TITLE = QT_TRANSLATE_NOOP(
    "Router", "Traffic to the PBX's public address does not come back (hairpin NAT)"
)
_HAIRPIN_FAILS_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "A datagram from this computer to the PBX's public address {public} did not come back "
    "in. Either the router does not loop such traffic back, or it loops it back without "
    "translating its source, and this computer then drops it as coming from itself. Phones "
    "on the LAN that register to the PBX's public name or address fail either way. This is "
    "no fault of the port forwards: calls from the internet are not affected.",
)
_HAIRPIN_FAILS_UPSTREAM_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "A datagram from this computer to the PBX's public address {public} did not come back "
    "in. That address belongs to the device in front of this router (the second NAT), so "
    "it is that device that would have to loop the traffic back, whatever this router does. "
    "Phones on the LAN that register to the PBX's public name or address fail. Calls from "
    "the internet are not affected.",
)
_STEP_HAIRPIN_UPSTREAM = QT_TRANSLATE_NOOP(
    "Router",
    "Or switch on NAT loopback on the device in front of the router, where it offers it "
    "(bridge mode on that device removes the second NAT altogether).",
)
_HAIRPIN_NO_SNAT_TITLE = QT_TRANSLATE_NOOP(
    "Router", "The router loops traffic back, but its answers go astray"
)
_HAIRPIN_NO_SNAT_TEXT = QT_TRANSLATE_NOOP(
    "Router",
    "A datagram to the public address {public} came back in, but from {source}, this "
    "computer's own address, not from the public address: the router loops traffic back "
    "without translating its source. A phone on the LAN then gets the PBX's answers straight "
    "from the PBX's LAN address, drops them, and cannot register by the public name. Calls "
    "from the internet are not affected.",
)
_STEP_HAIRPIN_ON = QT_TRANSLATE_NOOP(
    "Router",
    "Switch on hairpin NAT on the router (it also goes by NAT loopback, NAT reflection or "
    "hairpinning), with the source translated too where the router offers that.",
)
_STEP_HAIRPIN_SNAT = QT_TRANSLATE_NOOP(
    "Router",
    "On the router, make the loopback translate the source too (NAT reflection with "
    "masquerading, or a source NAT rule for LAN traffic to the public address).",
)
_STEP_SPLIT_DNS = QT_TRANSLATE_NOOP(
    "Router",
    "Or set up split DNS: let the LAN's DNS server answer the PBX's name with its LAN "
    "address, so phones on the LAN reach it directly and need no loopback.",
)
_STEP_SPLIT_DNS_FIRST = QT_TRANSLATE_NOOP(
    "Router",
    "Set up split DNS: let the LAN's DNS server answer the PBX's name with its LAN address, "
    "so phones on the LAN reach it directly and need no loopback.",
)
_STEP_AGAIN = QT_TRANSLATE_NOOP("Router", "Then run the check again.")
_HAIRPIN_UNKNOWN_TITLE = QT_TRANSLATE_NOOP("Router", "Whether hairpin NAT works could not be told")
_HAIRPIN_UNKNOWN_TEXT = QT_TRANSLATE_NOOP("Router", "The hairpin test did not come to an answer.")
_HAIRPIN_UNTESTED_TITLE = QT_TRANSLATE_NOOP("Router", "Hairpin NAT was not tested")
_HAIRPIN_PROBLEMS: dict[HairpinProblem, str] = {
    HairpinProblem.NO_FORWARDED_PORT: QT_TRANSLATE_NOOP(
        "Router",
        "No port passed test 2, so no forwarded port was there to loop back to. Once the "
        "forwards work, run the check again to test it.",
    ),
    HairpinProblem.PORT_IN_USE: QT_TRANSLATE_NOOP(
        "Router",
        "The port the hairpin test needs is held by another program on this computer now.",
    ),
    HairpinProblem.HOST_FIREWALL: QT_TRANSLATE_NOOP(
        "Router",
        "This computer's own firewall may have dropped the looped-back datagram, so its "
        "silence says nothing about the router.",
    ),
    HairpinProblem.LINK_LOSS: QT_TRANSLATE_NOOP(
        "Router",
        "The link lost too many packets at the time to count a silence against the router.",
    ),
    # NO_SNAT has a note of its own (``_HAIRPIN_NO_SNAT_TEXT``).
}
_HAIRPIN_SHORT: dict[str, str] = {
    "works": QT_TRANSLATE_NOOP("Router", "works"),
    "fails": QT_TRANSLATE_NOOP("Router", "does not work"),
    "no_snat": QT_TRANSLATE_NOOP("Router", "loops back, but without translating the source"),
    "unknown": QT_TRANSLATE_NOOP("Router", "could not be told"),
    "untested": QT_TRANSLATE_NOOP("Router", "not tested"),
}

# --- How long the router keeps an idle UDP mapping ---------------------------------------------

_NEED_KNOWN = QT_TRANSLATE_NOOP(
    "Router", "The PBX refreshes its mappings by itself every {need} s."
)
_NEED_SIP = QT_TRANSLATE_NOOP(
    "Router", "SIP registrations and calls on hold can stay quiet for {need} s and longer."
)
_LIFETIME_ENOUGH_TITLE = QT_TRANSLATE_NOOP(
    "Router", "The router keeps idle UDP mappings long enough"
)
_LIFETIME_SHORT_TITLE = QT_TRANSLATE_NOOP("Router", "The router forgets idle UDP mappings too soon")
_LIFETIME_SHORT_PATH_TITLE = QT_TRANSLATE_NOOP(
    "Router", "Idle UDP mappings are forgotten too soon on the way out"
)
_BEHIND_SECOND_NAT = QT_TRANSLATE_NOOP(
    "Router",
    "The router sits behind another NAT, so either of the two may be the one that forgets.",
)
_STEP_UDP_TIMEOUT_BOTH = QT_TRANSLATE_NOOP(
    "Router",
    "Or make both the router and the device in front of it keep idle UDP mappings longer "
    "(their UDP timeout or UDP session timeout; RFC 4787 asks for at least 2 minutes); for "
    "carrier-grade NAT only the provider can.",
)
_LIFETIME_UNKNOWN_TITLE = QT_TRANSLATE_NOOP(
    "Router", "Whether the router keeps idle UDP mappings long enough could not be told"
)
_ALIVE_AT_LIMIT = QT_TRANSLATE_NOOP(
    "Router",
    "An idle UDP mapping was still open after {alive} s, the longest gap this test tried.",
)
_ALIVE_THEN_GONE = QT_TRANSLATE_NOOP(
    "Router", "An idle UDP mapping was still open after {alive} s, and gone after {expired} s."
)
_GONE_AT_ONCE = QT_TRANSLATE_NOOP(
    "Router", "An idle UDP mapping was gone after {expired} s, the shortest gap this test tried."
)
_SHORT_EFFECT = QT_TRANSLATE_NOOP(
    "Router",
    "Expect one-way or no audio after a call was on hold, and trunks or phones that cannot "
    "be reached between their registrations.",
)
_BETWEEN_TEXT = QT_TRANSLATE_NOOP(
    "Router", "The lifetime lies somewhere around what the PBX needs."
)
_LIMIT_TEXT = QT_TRANSLATE_NOOP(
    "Router", "The test ended at its limit before reaching what the PBX needs."
)
_STEP_SETTING = QT_TRANSLATE_NOOP(
    "Router", "Make the PBX refresh its mappings more often than every {seconds} s. {setting}"
)
_STEP_REFRESH = QT_TRANSLATE_NOOP(
    "Router",
    "Make the PBX refresh its registrations and keep-alives more often than every {seconds} s.",
)
_STEP_UDP_TIMEOUT = QT_TRANSLATE_NOOP(
    "Router",
    "Or make the router keep idle UDP mappings longer (its UDP timeout or UDP session "
    "timeout): RFC 4787 asks for at least 2 minutes.",
)
_STEP_LONGER_LIMIT = QT_TRANSLATE_NOOP(
    "Router", "Run the mapping lifetime test again with a longer limit."
)
_LIFETIME_PROBLEMS: dict[LifetimeProblem, str] = {
    LifetimeProblem.NO_SERVER: QT_TRANSLATE_NOOP(
        "Router", "No STUN server answered, so the lifetime could not be measured."
    ),
    LifetimeProblem.NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "Router",
        "The STUN server does not send its answer to another port when asked (RESPONSE-PORT, "
        "RFC 5780), which this test needs.",
    ),
    LifetimeProblem.LINK_LOSS: QT_TRANSLATE_NOOP(
        "Router",
        "The link lost the test's own control requests too, so a missing answer proves "
        "nothing about the router.",
    ),
    LifetimeProblem.HOST_FIREWALL: QT_TRANSLATE_NOOP(
        "Router",
        "This computer's own firewall may forget the mapping before the router does, so a "
        "missing answer proves nothing about the router.",
    ),
    LifetimeProblem.CANCELLED: QT_TRANSLATE_NOOP(
        "Router", "The test was stopped before it was done."
    ),
}
_LIFETIME_PROBLEM_STEPS: dict[LifetimeProblem, str] = {
    LifetimeProblem.NO_SERVER: QT_TRANSLATE_NOOP(
        "Router", "Choose a STUN server that answers, and run the test again."
    ),
    LifetimeProblem.NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "Router",
        "Choose a STUN server that supports RFC 5780 fully (coturn does), and run the test again.",
    ),
    LifetimeProblem.LINK_LOSS: QT_TRANSLATE_NOOP(
        "Router", "Run the test again while the line is quiet."
    ),
    LifetimeProblem.HOST_FIREWALL: QT_TRANSLATE_NOOP(
        "Router",
        "Let this program receive UDP through this computer's firewall (see This computer), "
        "and run the test again.",
    ),
    LifetimeProblem.CANCELLED: _STEP_LONGER_LIMIT,
}
_LIFETIME_SO_FAR = QT_TRANSLATE_NOOP(
    "Router", "Up to then an idle UDP mapping was still open after {alive} s."
)
_LIFETIME_SHORT_LINE: dict[str, str] = {
    "range": QT_TRANSLATE_NOOP("Router", "between {alive} and {expired} s"),
    "at_least": QT_TRANSLATE_NOOP("Router", "at least {alive} s"),
    "below": QT_TRANSLATE_NOOP("Router", "less than {expired} s"),
    "enough": QT_TRANSLATE_NOOP("Router", "{lifetime}: enough (the PBX needs {need} s)"),
    "short": QT_TRANSLATE_NOOP("Router", "{lifetime}: too short (the PBX needs {need} s)"),
    "unknown": QT_TRANSLATE_NOOP(
        "Router", "{lifetime}: not enough to tell (the PBX needs {need} s)"
    ),
    "problem": QT_TRANSLATE_NOOP("Router", "could not be told"),
}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _tr(text: str) -> str:
    return translated(CONTEXT, text)


def router_text(value: str | None, limit: int = MAX_ROUTER_TEXT) -> str:
    """Text the router sent, safe to show as plain text: one line, without control or
    direction-changing characters, cut to ``limit`` characters ("…" at the end if cut).
    Markup stays as it is: every face shows it as text or escapes it."""
    if not value:
        return ""
    flat = " ".join(_CONTROL.sub(" ", value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def router_source_label(source: RouterSource) -> str:
    """Where the router's word came from, in a word or two."""
    return _tr(_SOURCE_LABELS[source])


def upstream_label(kind: UpstreamNat) -> str:
    """What sits in front of the router, in a few words for a table cell or a picture."""
    return _tr(_UPSTREAM_LABELS[kind])


def mapping_fit_label(fit: MappingFit) -> str:
    """Where one of the router's mappings points, in a few words for a table cell."""
    return _tr(_FIT_LABELS[fit])


def _seconds(value: float) -> str:
    """Seconds as the current language writes them: whole, or with one decimal."""
    digits = 0 if float(value).is_integer() or value >= 10 else 1
    return QLocale().toString(float(value), "f", digits)


def _ports(numbers: Iterable[int], protocol: Protocol) -> str:
    suffix = "/TCP" if protocol is Protocol.TCP else ""
    return _LIST_SEPARATOR.join(f"{run.display()}{suffix}" for run in port_runs(numbers))


def _ports_of(mappings: Iterable[RouterMapping]) -> str:
    by_protocol: dict[Protocol, list[int]] = {}
    for mapping in mappings:
        by_protocol.setdefault(mapping.protocol, []).append(mapping.external_port)
    return _LIST_SEPARATOR.join(
        _ports(sorted(set(numbers)), protocol) for protocol, numbers in sorted(by_protocol.items())
    )


# --- The router's notes ---------------------------------------------------------------------------


def router_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """The notes about the router and what sits beyond it, the worst first: a second NAT,
    forwards that point elsewhere or change the port, forwards switched off, a list that
    covers only some ports, and why the check adds no UPnP forwards. Empty when the
    router was not asked (``--no-router``). Why UPnP forwards are no fix is said where the
    router lists some for the checked ports."""
    info = result.router
    if info is None:
        return ()
    notes: list[MachineNote] = []
    if info.upstream is not None:
        notes.append(_upstream_note(info, info.upstream, result))
    elif info.source is RouterSource.NONE:
        text = _tr(_SILENT_TEXT)
        detail = router_text(info.detail)
        if detail:
            text += f" ({detail})"
        notes.append(MachineNote(Severity.INFO, _tr(_SILENT_TITLE), text, (_tr(_STEP_TYPE_WAN),)))
    notes.extend(_mapping_notes(info, result))
    others = [router_text(name) for name in info.others if router_text(name)]
    if others:
        text = _tr(_OTHERS_TEXT).format(names=_LIST_SEPARATOR.join(others))
        notes.append(MachineNote(Severity.INFO, _tr(_OTHERS_TITLE), text))
    if info.mappings:
        # Forwards added by UPnP are there: say why they are no fix, and none are added.
        notes.append(MachineNote(Severity.INFO, _tr(_UPNP_TITLE), _tr(_UPNP_TEXT)))
    return tuple(sorted(notes, key=lambda note: note.severity))


def _upstream_note(info: RouterInfo, kind: UpstreamNat, result: ScanResult) -> MachineNote:
    words = _NO_WAN_TEXT if info.no_wan_address and kind is UpstreamNat.NOT_CONNECTED else None
    text = _tr(words or _UPSTREAM_TEXTS[kind]).format(
        wan=router_text(info.wan_address) or "–", public=result.nat.public_ip or "–"
    )
    if kind is UpstreamNat.NOT_CONNECTED:
        # A hint, not a finding: the technician can settle it with the router's own page.
        severity = Severity.INFO if result.verdict is Verdict.SUCCESS else Severity.WARNING
        return MachineNote(severity, _tr(_UPSTREAM_MAYBE_TITLE), text, (_tr(_STEP_TYPE_WAN),))
    if info.source is RouterSource.TYPED:
        text += " " + _tr(_TYPED_NOTE)
    fix = _STEP_CARRIER if kind is UpstreamNat.SHARED else _STEP_BRIDGE
    if result.verdict is Verdict.UPSTREAM_NAT:
        # The verdict's own steps follow; the note adds the one that fits this kind.
        text += " " + _tr(_UPSTREAM_FAILS_TEXT)
        return MachineNote(Severity.PROBLEM, _tr(_UPSTREAM_FAILS_TITLE), text, (_tr(fix),))
    if result.verdict in (Verdict.SUCCESS, Verdict.SIP_ALG):
        text += " " + _tr(_UPSTREAM_PASSES_TEXT)
        better = _STEP_CARRIER if kind is UpstreamNat.SHARED else _STEP_BRIDGE_BETTER
        steps = (_tr(_STEP_DOCUMENT), _tr(better))
        return MachineNote(Severity.WARNING, _tr(_UPSTREAM_PASSES_TITLE), text, steps)
    text += " " + _tr(_UPSTREAM_OTHER_TEXT)
    return MachineNote(Severity.WARNING, _tr(_UPSTREAM_FAILS_TITLE), text, (_tr(fix),))


def _this_computer(result: ScanResult) -> str | None:
    egress = result.egress
    if egress is None:
        return None
    return egress.pbx_ip or egress.source_ip


def _mapping_notes(info: RouterInfo, result: ScanResult) -> list[MachineNote]:
    notes: list[MachineNote] = []
    mappings = info.mappings
    this = _this_computer(result)
    elsewhere: dict[str, list[RouterMapping]] = {}
    for mapping in mappings:
        if mapping.fit is MappingFit.OTHER_HOST:
            elsewhere.setdefault(router_text(mapping.internal_client, 45), []).append(mapping)
    steps = (_tr(_STEP_DELETE_OTHER), _tr(_STEP_FORWARD_HERE))
    for client, group in elsewhere.items():
        if this:
            text = _tr(_OTHER_HOST_TEXT).format(ports=_ports_of(group), client=client, this=this)
        else:
            text = _tr(_OTHER_HOST_TEXT_NO_IP).format(ports=_ports_of(group), client=client)
        notes.append(MachineNote(Severity.PROBLEM, _tr(_OTHER_HOST_TITLE), text, steps))
    changed = [m for m in mappings if m.fit is MappingFit.PORT_CHANGED]
    if changed:
        pairs = _LIST_SEPARATOR.join(
            _PAIR.format(
                external=_ports([m.external_port], m.protocol),
                internal=_ports([m.internal_port], m.protocol),
            )
            for m in changed
        )
        notes.append(
            MachineNote(
                Severity.PROBLEM,
                _tr(_PORT_CHANGED_TITLE),
                _tr(_PORT_CHANGED_TEXT).format(pairs=pairs),
                (_tr(_STEP_SAME_PORT),),
            )
        )
    failed = {(p.protocol, p.port) for p in result.ports if p.outcome is Outcome.NOT_FORWARDED}
    unused = [
        m
        for m in mappings
        if m.fit is MappingFit.THIS_HOST and (m.protocol, m.external_port) in failed
    ]
    if unused:
        text = _tr(_FORWARD_UNUSED_TEXT).format(ports=_ports_of(unused))
        steps = (_tr(_STEP_FORWARD_UNUSED),)
        notes.append(MachineNote(Severity.WARNING, _tr(_FORWARD_UNUSED_TITLE), text, steps))
    disabled = [m for m in mappings if m.fit is MappingFit.DISABLED]
    if disabled:
        text = _tr(_DISABLED_TEXT).format(ports=_ports_of(disabled))
        notes.append(MachineNote(Severity.WARNING, _tr(_DISABLED_TITLE), text))
    if not info.mappings_listed:
        return notes
    checked: dict[Protocol, set[int]] = {}
    for port in result.ports:
        checked.setdefault(port.protocol, set()).add(port.port)
    covered: dict[Protocol, set[int]] = {}
    for mapping in mappings:
        covered.setdefault(mapping.protocol, set()).add(mapping.external_port)
    if not mappings:
        notes.append(MachineNote(Severity.INFO, _tr(_NONE_LISTED_TITLE), _tr(_NONE_LISTED_TEXT)))
        return notes
    missing = {p: checked.get(p, set()) - covered.get(p, set()) for p in checked}
    if any(missing.values()):
        text = _tr(_PARTIAL_TEXT).format(
            covered=_by_protocol(covered), missing=_by_protocol(missing)
        )
        notes.append(MachineNote(Severity.INFO, _tr(_PARTIAL_TITLE), text))
    elif all(m.fit is MappingFit.THIS_HOST for m in mappings):
        text = _tr(_FINE_TEXT).format(ports=_ports_of(mappings))
        notes.append(MachineNote(Severity.INFO, _tr(_FINE_TITLE), text))
    return notes


def _by_protocol(ports: dict[Protocol, set[int]]) -> str:
    return _LIST_SEPARATOR.join(
        _ports(sorted(numbers), protocol) for protocol, numbers in sorted(ports.items()) if numbers
    )


# --- Hairpin NAT ----------------------------------------------------------------------------


def hairpin_summary(hairpin: Hairpin) -> str:
    """The hairpin test's answer in a few words, for one line of a summary."""
    if hairpin.problem is HairpinProblem.NO_SNAT:
        key = "no_snat"
    elif not hairpin.tested:
        key = "untested"
    elif hairpin.works is None:
        key = "unknown"
    else:
        key = "works" if hairpin.works else "fails"
    return _tr(_HAIRPIN_SHORT[key])


def hairpin_note(hairpin: Hairpin | None, upstream: bool = False) -> MachineNote | None:
    """The hairpin finding with what to do; None when it was not asked for. Never a
    problem: calls from the internet do not depend on it. ``upstream``: a second NAT sits
    in front of the router, so the public address is that device's, not the router's."""
    if hairpin is None or (not hairpin.tested and hairpin.problem is None):
        return None
    public = str(hairpin.public) if hairpin.public else "–"
    if hairpin.problem is HairpinProblem.NO_SNAT:
        source = str(hairpin.arrived_from) if hairpin.arrived_from else "–"
        return MachineNote(
            Severity.WARNING,
            _tr(_HAIRPIN_NO_SNAT_TITLE),
            _tr(_HAIRPIN_NO_SNAT_TEXT).format(public=public, source=source),
            (_tr(_STEP_HAIRPIN_SNAT), _tr(_STEP_SPLIT_DNS), _tr(_STEP_AGAIN)),
        )
    if hairpin.works:
        return MachineNote(
            Severity.INFO,
            _tr(_HAIRPIN_WORKS_TITLE),
            _tr(_HAIRPIN_WORKS_TEXT).format(public=public),
        )
    if hairpin.works is False and upstream:
        return MachineNote(
            Severity.WARNING,
            _tr(_HAIRPIN_FAILS_TITLE),
            _tr(_HAIRPIN_FAILS_UPSTREAM_TEXT).format(public=public),
            (_tr(_STEP_SPLIT_DNS_FIRST), _tr(_STEP_HAIRPIN_UPSTREAM), _tr(_STEP_AGAIN)),
        )
    if hairpin.works is False:
        return MachineNote(
            Severity.WARNING,
            _tr(_HAIRPIN_FAILS_TITLE),
            _tr(_HAIRPIN_FAILS_TEXT).format(public=public),
            (_tr(_STEP_HAIRPIN_ON), _tr(_STEP_SPLIT_DNS), _tr(_STEP_AGAIN)),
        )
    if hairpin.problem is HairpinProblem.NO_FORWARDED_PORT:
        text = _tr(_HAIRPIN_PROBLEMS[hairpin.problem])
        return MachineNote(Severity.INFO, _tr(_HAIRPIN_UNTESTED_TITLE), text)
    if hairpin.problem is not None:
        text = _tr(_HAIRPIN_PROBLEMS[hairpin.problem])
    else:
        text = _tr(_HAIRPIN_UNKNOWN_TEXT)
    return MachineNote(Severity.INFO, _tr(_HAIRPIN_UNKNOWN_TITLE), text)


# --- The mapping lifetime -------------------------------------------------------------------------


def lifetime_summary(lifetime: MappingLifetime, need: KeepaliveNeed) -> str:
    """The measured lifetime against the PBX's need, for one line of a summary."""
    measured = _measured(lifetime)
    if measured is None:
        return _tr(_LIFETIME_SHORT_LINE["problem"])
    key = {
        LifetimeFit.ENOUGH: "enough",
        LifetimeFit.SHORT: "short",
        LifetimeFit.UNKNOWN: "unknown",
    }[lifetime_fit(lifetime, need.seconds)]
    return _tr(_LIFETIME_SHORT_LINE[key]).format(lifetime=measured, need=need.seconds)


def _measured(lifetime: MappingLifetime) -> str | None:
    """The lifetime in a few words: between two gaps, at least one, or below the first."""
    alive, expired = lifetime.alive_s, lifetime.expired_s
    if alive is not None and expired is not None:
        return _tr(_LIFETIME_SHORT_LINE["range"]).format(
            alive=_seconds(alive), expired=_seconds(expired)
        )
    if expired is not None:
        return _tr(_LIFETIME_SHORT_LINE["below"]).format(expired=_seconds(expired))
    if alive is not None:
        return _tr(_LIFETIME_SHORT_LINE["at_least"]).format(alive=_seconds(alive))
    return None


def lifetime_note(
    lifetime: MappingLifetime | None, need: KeepaliveNeed, upstream: bool = False
) -> MachineNote | None:
    """How long the router keeps an idle UDP mapping, against what the PBX ``need``s,
    with the product's setting to change when it is short; None when not asked for.
    ``upstream``: the router sits (or may sit) behind another NAT, so a short lifetime is
    the way out's, not the router's alone."""
    if lifetime is None or (not lifetime.tested and lifetime.problem is None):
        return None
    fit = lifetime_fit(lifetime, need.seconds)
    what = _what_was_seen(lifetime)
    needs = _tr(_NEED_KNOWN if need.known else _NEED_SIP).format(need=need.seconds)
    if fit is LifetimeFit.ENOUGH:
        return MachineNote(Severity.INFO, _tr(_LIFETIME_ENOUGH_TITLE), f"{what} {needs}")
    if fit is LifetimeFit.SHORT:
        text = f"{what} {needs} {_tr(_SHORT_EFFECT)}"
        refresh = lifetime.alive_s if lifetime.alive_s else lifetime.expired_s
        seconds = _seconds(refresh or need.seconds)
        if need.setting:
            first = _tr(_STEP_SETTING).format(seconds=seconds, setting=product_text(need.setting))
        else:
            first = _tr(_STEP_REFRESH).format(seconds=seconds)
        if upstream:
            text += " " + _tr(_BEHIND_SECOND_NAT)
            steps = (first, _tr(_STEP_UDP_TIMEOUT_BOTH), _tr(_STEP_AGAIN))
            return MachineNote(Severity.PROBLEM, _tr(_LIFETIME_SHORT_PATH_TITLE), text, steps)
        steps = (first, _tr(_STEP_UDP_TIMEOUT), _tr(_STEP_AGAIN))
        return MachineNote(Severity.PROBLEM, _tr(_LIFETIME_SHORT_TITLE), text, steps)
    if lifetime.problem is not None:
        text = _tr(_LIFETIME_PROBLEMS[lifetime.problem])
        if lifetime.alive_s is not None and lifetime.expired_s is None:
            text += " " + _tr(_LIFETIME_SO_FAR).format(alive=_seconds(lifetime.alive_s))
        steps = (_tr(_LIFETIME_PROBLEM_STEPS[lifetime.problem]),)
        return MachineNote(Severity.INFO, _tr(_LIFETIME_UNKNOWN_TITLE), text, steps)
    if lifetime.expired_s is not None:
        text = f"{what} {needs} {_tr(_BETWEEN_TEXT)}"
        steps = (_tr(_STEP_UDP_TIMEOUT_BOTH if upstream else _STEP_UDP_TIMEOUT),)
    else:
        text = f"{what} {needs} {_tr(_LIMIT_TEXT)}"
        steps = (_tr(_STEP_LONGER_LIMIT),)
    return MachineNote(Severity.INFO, _tr(_LIFETIME_UNKNOWN_TITLE), text, steps)


def _what_was_seen(lifetime: MappingLifetime) -> str:
    alive, expired = lifetime.alive_s, lifetime.expired_s
    if alive is not None and expired is not None:
        return _tr(_ALIVE_THEN_GONE).format(alive=_seconds(alive), expired=_seconds(expired))
    if expired is not None:
        return _tr(_GONE_AT_ONCE).format(expired=_seconds(expired))
    if alive is not None:
        return _tr(_ALIVE_AT_LIMIT).format(alive=_seconds(alive))
    return ""
