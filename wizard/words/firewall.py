"""The words for this computer's own firewall: whether it kept the check's answers out,
what it means for the PBX, and what an administrator does about it."""

from __future__ import annotations

from wizard.engine import hostfirewall
from wizard.engine.model import FirewallInbound, HostFirewall, Outcome, ScanResult
from wizard.i18n import QT_TRANSLATE_NOOP, translated
from wizard.portspec import port_runs
from wizard.words.machine import MachineNote, Severity

# lupdate reads only literals, so the markings below repeat this; a test checks them.
CONTEXT = "Firewall"

ALLOW_ACTION = "allow_firewall"  # the faces offer it as "Allow for this check (administrator)"

_PROFILES = {
    "domain": QT_TRANSLATE_NOOP("Firewall", "domain"),
    "private": QT_TRANSLATE_NOOP("Firewall", "private"),
    "public": QT_TRANSLATE_NOOP("Firewall", "public"),
}
_THIS_FIREWALL = QT_TRANSLATE_NOOP("Firewall", "This computer's firewall")

_BLOCKED_TITLE = QT_TRANSLATE_NOOP("Firewall", "This computer's firewall kept the answers out")
_BLOCKED = QT_TRANSLATE_NOOP(
    "Firewall",
    "{firewall} may drop the answers this check waits for, so it could not tell whether "
    "the router forwards these ports: {ports}. This says nothing against the router.",
)
_BLOCKED_PROFILES = QT_TRANSLATE_NOOP(
    "Firewall",
    "{firewall} (network profile: {profiles}) drops incoming UDP for this program, so the "
    "check could not tell whether the router forwards these ports: {ports}. This says "
    "nothing against the router.",
)
_BLOCK_RULES = QT_TRANSLATE_NOOP(
    "Firewall",
    "It has block rules for this program: {rules}. Windows adds them without asking when a "
    "user without administrator rights starts it, and they beat every allow rule.",
)
_BLOCK_ALL = QT_TRANSLATE_NOOP(
    "Firewall", "It is set to block all incoming connections, whatever the rules say."
)
_GROUP_POLICY = QT_TRANSLATE_NOOP(
    "Firewall",
    "Group policy manages this firewall: rules added on this computer, the ones suggested "
    "here too, have no effect.",
)
_THIRD_PARTY = QT_TRANSLATE_NOOP(
    "Firewall", "Another firewall is on: {names}. The check cannot read its rules."
)
_STEP_ALLOW = QT_TRANSLATE_NOOP(
    "Firewall",
    "Click “Allow for this check (administrator)”, or have an administrator run the "
    "commands below in an elevated command prompt. They delete this program's block rules "
    "and let it receive UDP until it closes; the last command removes that rule.",
)
_STEP_ADMIN = QT_TRANSLATE_NOOP(
    "Firewall",
    "Without administrator rights, ask an administrator: Windows asks for their approval.",
)
_STEP_DOMAIN = QT_TRANSLATE_NOOP(
    "Firewall",
    "Ask the domain administrator to allow UDP on the PBX's ports, for all programs, in "
    "the group policy.",
)
_STEP_THIRD_PARTY = QT_TRANSLATE_NOOP(
    "Firewall", "Allow UDP on the PBX's ports in that firewall's settings, for all programs."
)
_STEP_LINUX = QT_TRANSLATE_NOOP(
    "Firewall",
    "Allow UDP on the PBX's ports in this computer's firewall (firewalld, ufw, nftables or "
    "the PBX's own firewall module).",
)
_STEP_PBX_RULE = QT_TRANSLATE_NOOP(
    "Firewall",
    "The PBX needs an allow rule for UDP on its ports too: a rule for the ports and all "
    "programs, not for one program.",
)
_STEP_BLOCK_ALL = QT_TRANSLATE_NOOP(
    "Firewall",
    "An administrator must first turn off “Block all incoming connections” for this "
    "network profile: while it is on, no allow rule works.",
)
_STEP_AGAIN = QT_TRANSLATE_NOOP("Firewall", "Then run the check again.")

_FILTERS_TITLE = QT_TRANSLATE_NOOP("Firewall", "This computer's firewall filters incoming UDP")
_FILTERS_OPENED = QT_TRANSLATE_NOOP(
    "Firewall",
    "{firewall} drops unsolicited UDP. The check opened it for its own answers, so no "
    "verdict relied on it; but the PBX needs an allow rule for its ports.",
)
_FILTERS = QT_TRANSLATE_NOOP(
    "Firewall", "{firewall} drops unsolicited UDP, so the PBX needs an allow rule for its ports."
)
_UNKNOWN_TITLE = QT_TRANSLATE_NOOP("Firewall", "This computer's firewall could not be read")
_UNKNOWN_OPENED = QT_TRANSLATE_NOOP(
    "Firewall",
    "The check opened it for its own answers, so no verdict relied on it. If it filters "
    "incoming UDP, the PBX needs an allow rule for its ports.",
)
_UNKNOWN = QT_TRANSLATE_NOOP(
    "Firewall", "If it filters incoming UDP, the PBX needs an allow rule for its ports."
)
_DETAIL = QT_TRANSLATE_NOOP("Firewall", "The system said: {detail}")

_OPEN_TITLE = QT_TRANSLATE_NOOP("Firewall", "This computer's firewall lets the answers in")
_OFF = QT_TRANSLATE_NOOP("Firewall", "{firewall} is off.")
_OPEN = QT_TRANSLATE_NOOP("Firewall", "{firewall} lets in UDP on the checked ports.")


def _firewall_name(firewall: HostFirewall) -> str:
    return firewall.product or translated("Firewall", _THIS_FIREWALL)


def _profiles(firewall: HostFirewall) -> str:
    return ", ".join(
        translated("Firewall", _PROFILES[p]) for p in firewall.profiles if p in _PROFILES
    )


def _is_windows(firewall: HostFirewall) -> bool:
    return firewall.product == hostfirewall.WINDOWS_FIREWALL


def firewall_notes(result: ScanResult) -> tuple[MachineNote, ...]:
    """This computer's firewall as a note: a problem when it kept test 2's answers out,
    a warning when it filters (the PBX needs a rule) or could not be read, else a word
    that it lets the answers in."""
    firewall = result.firewall
    blocked = [p.port for p in result.ports if p.outcome is Outcome.BLOCKED_ON_THIS_COMPUTER]
    if blocked:
        return (_blocked_note(firewall, blocked),)
    if firewall is None:
        return ()
    if firewall.inbound is FirewallInbound.FILTERS:
        template = _FILTERS_OPENED if firewall.preopen else _FILTERS
        text = translated("Firewall", template).format(firewall=_firewall_name(firewall))
        steps = (translated("Firewall", _STEP_PBX_RULE),)
        return (MachineNote(Severity.WARNING, translated("Firewall", _FILTERS_TITLE), text, steps),)
    if firewall.inbound is FirewallInbound.UNKNOWN:
        parts = []
        if firewall.third_party:
            names = ", ".join(firewall.third_party)
            parts.append(translated("Firewall", _THIRD_PARTY).format(names=names))
        parts.append(translated("Firewall", _UNKNOWN_OPENED if firewall.preopen else _UNKNOWN))
        if firewall.detail and not firewall.third_party:
            parts.append(translated("Firewall", _DETAIL).format(detail=firewall.detail))
        steps = (translated("Firewall", _STEP_PBX_RULE),)
        title = translated("Firewall", _UNKNOWN_TITLE)
        return (MachineNote(Severity.WARNING, title, " ".join(parts), steps),)
    template = _OFF if firewall.enabled is False and _is_windows(firewall) else _OPEN
    text = translated("Firewall", template).format(firewall=_firewall_name(firewall))
    return (MachineNote(Severity.INFO, translated("Firewall", _OPEN_TITLE), text),)


def _blocked_note(firewall: HostFirewall | None, blocked: list[int]) -> MachineNote:
    ports = ", ".join(run.display() for run in port_runs(blocked))
    if firewall is None:
        text = translated("Firewall", _BLOCKED).format(
            firewall=translated("Firewall", _THIS_FIREWALL), ports=ports
        )
        steps = (translated("Firewall", _STEP_PBX_RULE), translated("Firewall", _STEP_AGAIN))
        return MachineNote(Severity.PROBLEM, translated("Firewall", _BLOCKED_TITLE), text, steps)
    profiles = _profiles(firewall)
    name = _firewall_name(firewall)
    if profiles:
        parts = [
            translated("Firewall", _BLOCKED_PROFILES).format(
                firewall=name, profiles=profiles, ports=ports
            )
        ]
    else:
        parts = [translated("Firewall", _BLOCKED).format(firewall=name, ports=ports)]
    if firewall.block_rules:
        rules = ", ".join(f"“{rule}”" for rule in firewall.block_rules)
        parts.append(translated("Firewall", _BLOCK_RULES).format(rules=rules))
    if firewall.block_all_inbound:
        parts.append(translated("Firewall", _BLOCK_ALL))
    if firewall.group_policy:
        parts.append(translated("Firewall", _GROUP_POLICY))
    if firewall.third_party:
        names = ", ".join(firewall.third_party)
        parts.append(translated("Firewall", _THIRD_PARTY).format(names=names))

    steps: list[str] = []
    commands: tuple[str, ...] = ()
    action = None
    if firewall.group_policy:
        steps.append(translated("Firewall", _STEP_DOMAIN))
    elif firewall.block_all_inbound:
        steps.append(translated("Firewall", _STEP_BLOCK_ALL))
    elif firewall.third_party:
        steps.append(translated("Firewall", _STEP_THIRD_PARTY))
    elif _is_windows(firewall) and firewall.program:
        steps += [translated("Firewall", _STEP_ALLOW), translated("Firewall", _STEP_ADMIN)]
        commands = hostfirewall.allow_commands(firewall)
        action = ALLOW_ACTION
    elif firewall.product is not None and not _is_windows(firewall):
        steps.append(translated("Firewall", _STEP_LINUX))
    if not firewall.group_policy and not firewall.third_party:
        steps.append(translated("Firewall", _STEP_PBX_RULE))
    steps.append(translated("Firewall", _STEP_AGAIN))
    return MachineNote(
        Severity.PROBLEM,
        translated("Firewall", _BLOCKED_TITLE),
        " ".join(parts),
        tuple(steps),
        commands,
        action,
    )
