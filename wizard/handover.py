"""What a technician hands on to whoever runs the router, the firewall or the PBX machine.

Two forms of the same rules: a plain-text checklist for the router or firewall
administrator, to paste into an email or a ticket, and Windows Defender Firewall commands
for the PBX machine itself. Both are built from the product's rules (``wizard.catalog``)
and the PBX's LAN address; nothing here touches the network or the system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wizard.catalog import Product, Rule
from wizard.engine.model import Protocol, Requirement
from wizard.i18n import product_text, translate
from wizard.portspec import PortRange, port_runs

__all__ = ["admin_checklist", "netsh_commands", "selected_rules"]

# netsh rejects longer rule names.
MAX_RULE_NAME = 255
# Characters that end or bend a quoted argument in cmd.exe: the quote itself, variable
# expansion (%), command chaining and redirection (& | < >), and the escape character (^).
_UNSAFE_IN_NAME = re.compile(r'["%&|<>^]|[\x00-\x1f\x7f]')


def selected_rules(
    product: Product, version: str | None, included: set[int] | None
) -> tuple[Rule, ...]:
    """The rules of ``version``; with ``included``, only those at these indexes.

    Indexes count from 0 into ``product.rules_for(version)``, the order the wizard lists
    the rules in.
    """
    rules = product.rules_for(version)
    if included is None:
        return rules
    return tuple(rule for index, rule in enumerate(rules) if index in included)


# --- Checklist for the router or firewall administrator ----------------------------------


def admin_checklist(
    product: Product,
    version: str | None,
    rules: Sequence[Rule],
    pbx_address: str,
    custom_ports: Sequence[int] = (),
) -> str:
    """Plain text that tells the administrator exactly what to set up, rule by rule.

    Required rules come first, recommended ones after; ports the technician added are
    treated as required one-to-one forwards. General advice and the product's notes close
    the list.
    """
    pbx = pbx_address.strip()
    lines = [
        translate("Handover", "Firewall and router settings for {product} at {pbx}").format(
            product=_product_title(product, version), pbx=pbx
        ),
        "",
    ]
    required = [_rule_item(rule, pbx) for rule in rules if rule.required]
    required += [
        (
            translate(
                "Handover",
                "Forward UDP {ports} to {pbx}, same port numbers outside and inside, "
                "no port translation.",
            ).format(ports=_ports_text(port_range), pbx=pbx),
            translate("Handover", "Ports added by the technician"),
        )
        for port_range in port_runs(custom_ports)
    ]
    recommended = [_rule_item(rule, pbx) for rule in rules if not rule.required]
    if required:
        lines.append(translate("Handover", "Required:"))
        lines += _bullets(required)
        lines.append("")
    if recommended:
        lines.append(translate("Handover", "Recommended, so that every feature works:"))
        lines += _bullets(recommended)
        lines.append("")

    lines.append(translate("Handover", "In general:"))
    general = [
        translate(
            "Handover",
            "Switch off SIP ALG (also called SIP helper or SIP inspection) for the PBX's "
            "traffic; it rewrites SIP messages and breaks calls.",
        ),
        translate(
            "Handover",
            "Do not let port-scan or flood protection block the PBX: calls use many UDP "
            "ports at once, which such protection can mistake for an attack.",
        ),
    ]
    # The catalog's notes are in English; a product that already says the same about SIP
    # ALG should not say it twice.
    if any("sip alg" in note.lower() for note in product.notes):
        general.pop(0)
    general += [product_text(note) for note in product.notes]
    lines += [f"- {text}" for text in general]
    return "\n".join(lines) + "\n"


def _product_title(product: Product, version: str | None) -> str:
    if version is None:
        version = product.default_version()
    for known in product.versions:
        if known.id == version:
            return f"{product_text(product.name)} {product_text(known.name)}"
    return product_text(product.name)


def _bullets(items: Iterable[tuple[str, str]]) -> list[str]:
    lines = []
    for sentence, purpose in items:
        lines.append(f"- {sentence}")
        lines.append("  " + translate("Handover", "Used for: {purpose}").format(purpose=purpose))
    return lines


def _rule_item(rule: Rule, pbx: str) -> tuple[str, str]:
    """The instruction for one rule, and what it is for."""
    ports = _ports_text(rule.ports)
    protocol = _protocol_text(rule.protocol)
    if rule.public_port is not None:
        sentence = translate(
            "Handover",
            "Forward {protocol} {public_port} on the public address to {pbx} port {ports}.",
        ).format(protocol=protocol, public_port=rule.public_port, pbx=pbx, ports=ports)
    elif rule.requirement is Requirement.FULL_CONE:
        sentence = translate(
            "Handover",
            "Forward {protocol} {ports} to {pbx}, same port numbers outside and inside, "
            "no port translation.",
        ).format(protocol=protocol, ports=ports, pbx=pbx)
    elif rule.requirement is Requirement.OUTBOUND:
        if len(rule.ports) == 1:
            sentence = translate(
                "Handover",
                "Allow outgoing {protocol} from {pbx} port {ports} to {destinations}, and the "
                "replies back in; keep the source port stable (no random source ports).",
            )
        else:
            sentence = translate(
                "Handover",
                "Allow outgoing {protocol} from {pbx} ports {ports} to {destinations}, and the "
                "replies back in; keep the source port stable (no random source ports).",
            )
        sentence = sentence.format(
            protocol=protocol, pbx=pbx, ports=ports, destinations=_destinations(rule.destinations)
        )
    else:
        sentence = translate("Handover", "Forward {protocol} {ports} to {pbx}.").format(
            protocol=protocol, ports=ports, pbx=pbx
        )
    return sentence, product_text(rule.purpose)


def _destinations(destinations: str | None) -> str:
    if destinations is None:
        return translate("Handover", "any address")
    if destinations.strip().lower() == "any":
        return translate("Handover", "any address and port")
    return translate("Handover", "any address, ports {ports}").format(ports=destinations.strip())


def _protocol_text(protocol: Protocol) -> str:
    if protocol is Protocol.BOTH:
        return translate("Handover", "UDP and TCP")
    return str(protocol).upper()


def _ports_text(ports: PortRange) -> str:
    """A port or a range as people write it: ``5060``, ``9000–10999`` (en dash)."""
    if ports.step == 1 or ports.first == ports.last:
        return ports.display()
    return translate("Handover", "{range} in steps of {step}").format(
        range=PortRange(ports.first, ports.last).display(), step=ports.step
    )


# --- Windows Defender Firewall on the PBX machine -----------------------------------------


def netsh_commands(
    product: Product, rules: Sequence[Rule], custom_ports: Sequence[int] = ()
) -> list[str]:
    """One ``netsh advfirewall`` command per rule, direction and protocol.

    The commands need an elevated Command Prompt. Full-cone and inbound TCP rules allow
    traffic in. Outbound rules get a rule each way: ``dir=out`` for machines whose
    firewall blocks outgoing traffic by default, and ``dir=in`` because Windows lets a UDP
    reply in only from the exact address and port the PBX sent to, while providers and
    phones often send audio from another address first. Swyx asks for explicit receiving
    rules for the same reason. Remote ports are left open: they differ between providers,
    and the router is the place to narrow them.
    """
    commands: list[str] = []
    for rule in rules:
        protocols = _netsh_protocols(rule.protocol)
        outbound = rule.requirement is Requirement.OUTBOUND
        for protocol in protocols:
            ports = _netsh_ports(rule.ports)
            label = f"{protocol} {ports}"
            if outbound:
                for direction in ("out", "in"):
                    name = _rule_name(
                        product.name, product_text(rule.purpose), f"{label}, {direction}"
                    )
                    commands.append(_netsh(name, direction, protocol, ports))
            else:
                name = _rule_name(product.name, product_text(rule.purpose), label)
                commands.append(_netsh(name, "in", protocol, ports))
    extra = translate("Handover", "Port added by the technician")
    for port_range in port_runs(custom_ports):
        ports = _netsh_ports(port_range)
        name = _rule_name(product.name, extra, f"UDP {ports}")
        commands.append(_netsh(name, "in", "UDP", ports))
    return commands


def _netsh(name: str, direction: str, protocol: str, ports: str) -> str:
    return (
        f'netsh advfirewall firewall add rule name="{name}" dir={direction} action=allow '
        f"protocol={protocol} localport={ports}"
    )


def _netsh_protocols(protocol: Protocol) -> tuple[str, ...]:
    if protocol is Protocol.BOTH:
        return ("UDP", "TCP")
    return (str(protocol).upper(),)


def _netsh_ports(ports: PortRange) -> str:
    # netsh has no step; a stepped range opens every port between its ends.
    if ports.first == ports.last:
        return str(ports.first)
    return f"{ports.first}-{ports.last}"


def _rule_name(product: str, purpose: str, label: str) -> str:
    """``"<product> - <purpose> (<label>)"``, safe inside cmd quotes and within netsh's limit.

    The purpose is shortened first, so the ports in the name survive.
    """
    product = _clean(product)
    purpose = _clean(purpose)
    suffix = f" ({_clean(label)})"
    head = f"{product} - "
    room = MAX_RULE_NAME - len(head) - len(suffix)
    if len(purpose) > room:
        purpose = purpose[: max(room - 3, 0)].rstrip() + "..."
    return (head + purpose + suffix)[:MAX_RULE_NAME]


def _clean(text: str) -> str:
    text = text.replace("–", "-").replace("—", "-")
    return " ".join(_UNSAFE_IN_NAME.sub(" ", text).split())
