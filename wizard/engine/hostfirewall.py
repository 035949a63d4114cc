"""This computer's own firewall, read before a scan: does it drop test 2's answers?

Test 2's answer comes from an address the probe port never sent to. A stateful host
firewall (Windows Defender Firewall, a Linux PBX's nftables) treats it as new inbound
traffic and applies its default inbound action, whatever the router does. Reading the
policy needs no administrator rights on Windows ("All users may read the configuration
settings", learn.microsoft.com, Windows Firewall with Advanced Security).

Each system is read by one command (Windows: one PowerShell call returning JSON with enum
numbers, never localized text; Linux: ``nft -j list ruleset``) and judged by a pure
function over its output (``judge_windows``, ``judge_nftables``), so recorded answers test
the judgement without the system. The commands an administrator types to let this program
receive the check's answers (``allow_commands``) live here too: the words show them and
``wizard.elevation`` runs them.
"""

from __future__ import annotations

import json
import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from wizard.engine.model import FirewallInbound, HostFirewall

WINDOWS_FIREWALL = "Windows Defender Firewall"
CHECK_RULE_NAME = "PBX Firewall Wizard (check)"  # the temporary allow rule's name
TIMEOUT_S = 10.0

# A command runner: (argv, time-out in seconds) -> the finished process. Tests inject one
# that answers from recorded files; the default runs the real program.
Run = Callable[[Sequence[str], float], subprocess.CompletedProcess]

# --- Windows: INetFwPolicy2 through one PowerShell call ---------------------------------------

# Enum values of the Windows Firewall COM API (icftypes.h, learn.microsoft.com):
# NET_FW_PROFILE_TYPE2, NET_FW_ACTION, NET_FW_IP_PROTOCOL, NET_FW_MODIFY_STATE.
PROFILE_BITS = {1: "domain", 2: "private", 4: "public"}
ACTION_BLOCK, ACTION_ALLOW = 0, 1
PROTOCOL_TCP, PROTOCOL_UDP, PROTOCOL_ANY = 6, 17, 256
MODIFY_STATE_GP_OVERRIDE, MODIFY_STATE_INBOUND_BLOCKED = 1, 2

# Enabled inbound rules for UDP, TCP or any protocol, the three profiles, the policy state, and
# Security Center's firewall products (absent on Server editions: the error is passed on,
# not fatal). Numbers only; the rules' names are kept to show them, never to judge by.
# No double quotes inside, so it passes as one -Command argument unchanged.
POWERSHELL_SCRIPT = r"""
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [Text.Encoding]::UTF8
$p = New-Object -ComObject HNetCfg.FwPolicy2
$profiles = @(foreach ($t in 1, 2, 4) { [pscustomobject]@{
  Type = $t
  Enabled = [bool]$p.FirewallEnabled($t)
  DefaultInboundAction = [int]$p.DefaultInboundAction($t)
  BlockAllInboundTraffic = [bool]$p.BlockAllInboundTraffic($t) } })
$rules = @($p.Rules | Where-Object {
    $_.Enabled -and $_.Direction -eq 1 -and
    ($_.Protocol -eq 6 -or $_.Protocol -eq 17 -or $_.Protocol -eq 256)
  } | ForEach-Object { [pscustomobject]@{
    Name = $_.Name; Action = [int]$_.Action; ApplicationName = $_.ApplicationName
    serviceName = $_.serviceName; LocalPorts = $_.LocalPorts
    RemoteAddresses = $_.RemoteAddresses; Profiles = [int]$_.Profiles
    Protocol = [int]$_.Protocol } })
$products = $null; $productsError = $null
try {
  $products = @(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct |
    ForEach-Object { [pscustomobject]@{
      displayName = $_.displayName; productState = [int]$_.productState } })
} catch { $productsError = $_.Exception.Message }
[pscustomobject]@{
  CurrentProfileTypes = [int]$p.CurrentProfileTypes
  LocalPolicyModifyState = [int]$p.LocalPolicyModifyState
  Profiles = $profiles; Rules = $rules
  Products = $products; ProductsError = $productsError
} | ConvertTo-Json -Depth 4 -Compress
""".strip()

CREATE_NO_WINDOW = 0x08000000


def powershell_path(environ: Mapping[str, str] | None = None) -> str:
    """Windows PowerShell by its full path: a bare name would be looked for in the
    program's own folder first, where a planted powershell.exe could sit (Downloads)."""
    root = (os.environ if environ is None else environ).get("SystemRoot") or r"C:\Windows"
    return ntpath.join(root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe")


def powershell_command(script: str = POWERSHELL_SCRIPT) -> list[str]:
    return [powershell_path(), "-NoProfile", "-NonInteractive", "-Command", script]


def run_command(argv: Sequence[str], timeout: float) -> subprocess.CompletedProcess:
    """Run ``argv`` with no console window and no input, within ``timeout`` seconds.

    A windowed build has no standard handles: without ``stdin=DEVNULL`` the child's
    inherited input fails with WinError 6 (invalid handle)."""
    flags = CREATE_NO_WINDOW if sys.platform == "win32" else 0
    return subprocess.run(
        list(argv),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        creationflags=flags,
        check=False,
    )


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return data


def _last_line(text: str) -> str | None:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else None


def normalise_path(path: str, environ: Mapping[str, str] | None = None) -> str:
    """A Windows program path as the firewall compares it: ``%VARIABLES%`` expanded
    (rules often store ``%ProgramFiles%\\...``), separators and case folded."""
    env = {k.upper(): v for k, v in (os.environ if environ is None else environ).items()}
    expanded = re.sub(r"%([^%]+)%", lambda m: env.get(m.group(1).upper(), m.group(0)), path)
    return ntpath.normcase(ntpath.normpath(expanded.strip().strip('"')))


def ports_covered(spec: str | None, port: int) -> bool:
    """Whether a rule's LocalPorts (``*``, or ``5060,9000-9049``) contains ``port``.
    Keywords such as ``RPC`` or ``Teredo`` name ports of their own: never ours."""
    if spec is None:
        return False
    spec = str(spec).strip()
    if spec in ("*", ""):
        return spec == "*"
    for token in spec.split(","):
        low, _, high = token.strip().partition("-")
        try:
            first = int(low)
            last = int(high) if high else first
        except ValueError:
            continue
        if first <= port <= last:
            return True
    return False


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _third_party(products: Iterable) -> tuple[str, ...]:
    """Enabled firewall products Security Center knows, other than Windows' own.

    productState is undocumented; by common reading its middle byte is 0x10 or 0x11
    when the product is on. Windows Defender Firewall itself is normally not listed."""
    names = []
    for product in products:
        if not isinstance(product, dict):
            continue
        name = str(product.get("displayName") or "").strip()
        state = product.get("productState")
        if not name or re.search(r"windows.*(defender|firewall)", name, re.I):
            continue
        if isinstance(state, int) and (state >> 8) & 0xFF in (0x10, 0x11):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _names(rules: Iterable[dict]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(r["Name"]) for r in rules if r.get("Name")))


def judge_windows(
    answer: str,
    ports: Sequence[int],
    program: str,
    environ: Mapping[str, str] | None = None,
) -> HostFirewall:
    """The PowerShell answer (``POWERSHELL_SCRIPT``'s JSON) judged for UDP answers to
    ``ports`` received by ``program``. Pure; judges by numbers and paths only."""
    unknown = HostFirewall(FirewallInbound.UNKNOWN, product=WINDOWS_FIREWALL, program=program)
    try:
        data = json.loads(answer)
        current = int(data["CurrentProfileTypes"])
        state = int(data.get("LocalPolicyModifyState") or 0)
        by_type = {int(p["Type"]): p for p in _as_list(data["Profiles"])}
        rules = [r for r in _as_list(data.get("Rules")) if isinstance(r, dict)]
    except (ValueError, TypeError, KeyError, AttributeError):
        detail = _last_line(answer) or "no answer"
        return HostFirewall(
            FirewallInbound.UNKNOWN,
            product=WINDOWS_FIREWALL,
            program=program,
            detail="unreadable answer: " + detail,
        )
    active = [bit for bit in PROFILE_BITS if current & bit]
    if not active or any(bit not in by_type for bit in active):
        return replace(unknown, detail="no active firewall profile")

    def flag(bit: int, key: str) -> bool:
        return bool(by_type[bit].get(key))

    on = [bit for bit in active if flag(bit, "Enabled")]
    enabled = bool(on)
    default_block = any(int(by_type[bit].get("DefaultInboundAction", 0)) == 0 for bit in on)
    block_all = any(flag(bit, "BlockAllInboundTraffic") for bit in on)
    inbound_blocked = state == MODIFY_STATE_INBOUND_BLOCKED
    group_policy = state == MODIFY_STATE_GP_OVERRIDE
    own = normalise_path(program, environ)

    def for_program(rule: dict) -> bool:
        name = rule.get("ApplicationName")
        return bool(name) and normalise_path(str(name), environ) == own

    def rule_profiles(rule: dict) -> int:
        try:
            return int(rule.get("Profiles", 0))
        except (TypeError, ValueError):
            return 0

    # Rules for UDP decide test 2's answers; rules for TCP the responder's connect-backs.
    # A rule that does not say its protocol (an answer from before the script asked) is
    # taken for UDP as before, and for TCP only where it blocks.
    tcp_rules = [r for r in rules if r.get("Protocol") in (PROTOCOL_TCP, PROTOCOL_ANY, None)]
    rules = [r for r in rules if r.get("Protocol") in (PROTOCOL_UDP, PROTOCOL_ANY, None)]
    blocks = [r for r in rules if r.get("Action") == ACTION_BLOCK]
    allows = [r for r in rules if r.get("Action") == ACTION_ALLOW]
    own_blocks = [r for r in blocks if for_program(r) and rule_profiles(r) & current]
    usable_allows = [
        r
        for r in allows
        if (not r.get("ApplicationName") or for_program(r))
        and not r.get("serviceName")
        and str(r.get("RemoteAddresses") or "").strip() == "*"
    ]

    def open_in(bit: int, port: int) -> bool:
        if bit not in on:
            return True  # the firewall is off for this profile
        if block_all or inbound_blocked:
            return False
        for rule in blocks:
            program_matches = for_program(rule) or not rule.get("ApplicationName")
            if (
                program_matches
                and not rule.get("serviceName")
                and rule_profiles(rule) & bit
                and ports_covered(rule.get("LocalPorts"), port)
            ):
                return False  # block rules beat allow rules
        if int(by_type[bit].get("DefaultInboundAction", 0)) == ACTION_ALLOW:
            return True
        if group_policy:
            return False  # local allow rules may not apply: group policy decides
        return any(
            rule_profiles(r) & bit and ports_covered(r.get("LocalPorts"), port)
            for r in usable_allows
        )

    def tcp_open_in(bit: int) -> bool:
        """New inbound TCP connections reach this program on any port in profile ``bit``:
        no block rule that may apply (any port: a TCP block rule's ports are not weighed),
        and inbound allowed by default or by an allow rule for this program alone that
        covers every port from every address."""
        if bit not in on:
            return True
        if block_all or inbound_blocked:
            return False
        for rule in tcp_rules:
            if (
                rule.get("Action") == ACTION_BLOCK
                and (for_program(rule) or not rule.get("ApplicationName"))
                and rule_profiles(rule) & bit
            ):
                return False
        if int(by_type[bit].get("DefaultInboundAction", 0)) == ACTION_ALLOW:
            return True
        if group_policy:
            return False
        return any(
            rule.get("Action") == ACTION_ALLOW
            and rule.get("Protocol") in (PROTOCOL_TCP, PROTOCOL_ANY)
            and for_program(rule)
            and not rule.get("serviceName")
            and str(rule.get("RemoteAddresses") or "").strip() == "*"
            and str(rule.get("LocalPorts") or "*").strip() == "*"
            and rule_profiles(rule) & bit
            for rule in tcp_rules
        )

    open_ports = tuple(p for p in ports if all(open_in(bit, p) for bit in active))
    covering = [
        r
        for r in usable_allows
        if rule_profiles(r) & current and any(ports_covered(r.get("LocalPorts"), p) for p in ports)
    ]
    third_party = _third_party(_as_list(data.get("Products")))
    if third_party:
        inbound = FirewallInbound.UNKNOWN
    elif not enabled or len(open_ports) == len(ports):
        inbound = FirewallInbound.OPEN
    else:
        inbound = FirewallInbound.FILTERS
    detail = None
    if third_party:
        detail = "another firewall is on; its rules cannot be read"
    return HostFirewall(
        inbound,
        product=WINDOWS_FIREWALL,
        profiles=tuple(PROFILE_BITS[bit] for bit in active),
        enabled=enabled,
        default_inbound_block=default_block if enabled else False,
        block_all_inbound=block_all or inbound_blocked,
        group_policy=group_policy,
        block_rules=_names(own_blocks),
        allow_rules=_names(covering),
        open_ports=() if inbound is FirewallInbound.OPEN else open_ports,
        third_party=third_party,
        program=program,
        detail=detail,
        tcp_open=not third_party and all(tcp_open_in(bit) for bit in active),
    )


def _read_windows(ports: Sequence[int], program: str, run: Run) -> HostFirewall:
    def failed(detail: str) -> HostFirewall:
        return HostFirewall(
            FirewallInbound.UNKNOWN, product=WINDOWS_FIREWALL, program=program, detail=detail
        )

    try:
        done = run(powershell_command(), TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return failed(f"PowerShell did not answer within {TIMEOUT_S:g} s")
    except OSError as exc:
        return failed(f"PowerShell could not start: {exc.strerror or exc}")
    if done.returncode != 0:
        return failed(_last_line(_text(done.stderr)) or f"PowerShell ended with {done.returncode}")
    return judge_windows(_text(done.stdout), ports, program)


# --- Linux: the nftables ruleset --------------------------------------------------------------

NFT_COMMAND = ["nft", "-j", "list", "ruleset"]
_NEUTRAL = {"counter", "log", "comment"}  # expressions that decide nothing
_VERDICTS = {"accept", "drop", "reject", "jump", "goto", "return"}
_MAX_DEPTH = 16


@dataclass
class _Walk:
    rules: dict[tuple[str, str, str], list[list[dict]]]
    terminal: str | None = None  # "accept" or "drop": every new packet meets it
    open_ports: set[int] = field(default_factory=set)
    conditional_drop: bool = False  # a drop or reject some UDP packets may meet


def _udp_ports(conditions: list[dict]) -> set[int] | None:
    """The ports of a rule that matches nothing but UDP destination ports, else None."""
    ports: set[int] = set()
    for expr in conditions:
        match = expr.get("match") if isinstance(expr, dict) else None
        if not isinstance(match, dict):
            return None
        left, right = match.get("left"), match.get("right")
        payload = left.get("payload") if isinstance(left, dict) else None
        meta = left.get("meta") if isinstance(left, dict) else None
        if isinstance(meta, dict) and meta.get("key") == "l4proto" and right in ("udp", 17):
            continue
        if not (isinstance(payload, dict) and payload == {"protocol": "udp", "field": "dport"}):
            return None
        if match.get("op", "==") not in ("==", "in"):
            return None
        values = right.get("set") if isinstance(right, dict) and "set" in right else [right]
        for value in values:
            if isinstance(value, int):
                ports.add(value)
            elif isinstance(value, dict) and isinstance(value.get("range"), list):
                low, high = value["range"]
                ports.update(range(int(low), int(high) + 1))
            else:
                return None
    return ports or None


def _only_tcp(conditions: list[dict]) -> bool:
    """A rule that matches TCP only, so a UDP answer never meets its verdict."""
    for expr in conditions:
        match = expr.get("match") if isinstance(expr, dict) else None
        if not isinstance(match, dict) or match.get("op", "==") != "==":
            continue
        left, right = match.get("left"), match.get("right")
        if isinstance(left, dict):
            payload, meta = left.get("payload"), left.get("meta")
            if isinstance(payload, dict) and payload.get("protocol") == "tcp":
                return True
            if isinstance(meta, dict) and meta.get("key") == "l4proto" and right in ("tcp", 6):
                return True
    return False


def _walk(state: _Walk, key: tuple[str, str, str], conditional: bool, depth: int) -> bool:
    """Follow a chain as a new UDP packet would; True when it met a final verdict."""
    if depth > _MAX_DEPTH:
        state.conditional_drop = True  # too deep to follow: do not call it open
        return False
    family, table, _ = key
    for exprs in state.rules.get(key, []):
        verdict, target = None, None
        conditions = []
        for expr in exprs:
            if not isinstance(expr, dict) or not expr:
                continue
            name = next(iter(expr))
            if name in _NEUTRAL:
                continue
            if name in _VERDICTS:
                verdict = name
                value = expr[name]
                target = value.get("target") if isinstance(value, dict) else None
            else:
                conditions.append(expr)
        if verdict is None:
            continue
        here = conditional or bool(conditions)
        if verdict == "accept":
            if not here:
                state.terminal = "accept"
                return True
            ports = None if conditional else _udp_ports(conditions)
            if ports:
                state.open_ports |= ports
        elif verdict in ("drop", "reject"):
            if not here:
                state.terminal = "drop"
                return True
            if not _only_tcp(conditions):
                state.conditional_drop = True
        elif verdict in ("jump", "goto") and target:
            if _walk(state, (family, table, target), here, depth + 1) and not here:
                return True
            if verdict == "goto" and not here:
                return False
        elif verdict == "return" and not here:
            return False
    return False


def judge_nftables(answer: str, ports: Sequence[int]) -> HostFirewall:
    """``nft -j list ruleset`` judged for new inbound UDP packets to ``ports``. Pure.

    Every filter chain on the input hook (families ip and inet; iptables-nft's tables are
    such chains too) must let a packet through. A chain drops new packets when its policy
    is drop or an unconditional drop/reject ends it; "ct state established,related accept"
    lets in answers from addresses a port sent to, never test 2's, so conditional accepts
    open nothing, except a rule that accepts UDP destination ports and nothing else."""
    try:
        items = json.loads(answer)["nftables"]
        if not isinstance(items, list):
            raise TypeError
    except (ValueError, TypeError, KeyError):
        return HostFirewall(
            FirewallInbound.UNKNOWN,
            product="nftables",
            detail="unreadable answer: " + (_last_line(answer) or "no answer"),
        )
    chains: list[dict] = []
    rules: dict[tuple[str, str, str], list[list[dict]]] = {}
    tables: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("table"), dict):
            tables.add(str(item["table"].get("name")))
        chain, rule = item.get("chain"), item.get("rule")
        if isinstance(chain, dict):
            chains.append(chain)
        elif isinstance(rule, dict):
            key = (rule.get("family"), rule.get("table"), rule.get("chain"))
            rules.setdefault(key, []).append(list(rule.get("expr") or []))
    names = {str(c.get("name")) for c in chains}
    if "firewalld" in tables:
        product = "firewalld"
    elif any(name.startswith("ufw-") for name in names):
        product = "ufw"
    else:
        product = "nftables"
    inputs = [
        c
        for c in chains
        if c.get("hook") == "input"
        and c.get("type") == "filter"
        and c.get("family") in ("ip", "inet")
    ]
    filters = unclear = False
    open_everywhere = set(ports)
    for chain in inputs:
        state = _Walk(rules)
        _walk(state, (chain["family"], chain["table"], chain["name"]), False, 0)
        terminal = state.terminal or ("drop" if chain.get("policy") == "drop" else "accept")
        if terminal == "drop":
            filters = True
            open_everywhere &= state.open_ports
        elif state.terminal is None and state.conditional_drop:
            unclear = True
            open_everywhere.clear()
    if filters and not unclear and open_everywhere >= set(ports):
        inbound = FirewallInbound.OPEN
    elif filters:
        inbound = FirewallInbound.FILTERS
    elif unclear:
        inbound = FirewallInbound.UNKNOWN
    else:
        inbound = FirewallInbound.OPEN
    return HostFirewall(
        inbound,
        product=product,
        enabled=bool(inputs),
        default_inbound_block=filters,
        open_ports=tuple(p for p in ports if p in open_everywhere) if filters else (),
        detail="some rules drop inbound UDP; which could not be told" if unclear else None,
    )


LEGACY_TABLES = "/proc/net/ip_tables_names"


def legacy_iptables_tables() -> tuple[str, ...]:
    """The tables of the legacy iptables (x_tables) in this network namespace: nft does not
    show them, so with a ``filter`` table among them nft's silence proves nothing."""
    try:
        with open(LEGACY_TABLES, encoding="ascii", errors="replace") as names:
            return tuple(line.strip() for line in names if line.strip())
    except OSError:
        return ()


def _read_linux(
    ports: Sequence[int], run: Run, legacy: Callable[[], Sequence[str]]
) -> HostFirewall:
    def failed(detail: str) -> HostFirewall:
        return HostFirewall(FirewallInbound.UNKNOWN, product="nftables", detail=detail)

    try:
        done = run(NFT_COMMAND, TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return failed(f"nft did not answer within {TIMEOUT_S:g} s")
    except OSError as exc:
        return failed(f"nft could not start: {exc.strerror or exc}")
    if done.returncode != 0:
        problem = _last_line(_text(done.stderr)) or f"nft ended with {done.returncode}"
        if "permitted" in problem or "denied" in problem:
            problem += " (reading the ruleset needs root)"
        return failed(problem)
    found = judge_nftables(_text(done.stdout), ports)
    if found.inbound is FirewallInbound.OPEN and "filter" in legacy():
        return replace(
            found,
            inbound=FirewallInbound.UNKNOWN,
            product="iptables",
            detail="legacy iptables has a filter table, which nft cannot show",
        )
    return found


def read_host_firewall(
    ports: Sequence[int],
    program: str | None = None,
    *,
    platform: str = sys.platform,
    run: Run = run_command,
    legacy_tables: Callable[[], Sequence[str]] = legacy_iptables_tables,
) -> HostFirewall:
    """This computer's firewall as it concerns UDP answers to ``ports`` for ``program``
    (``sys.executable`` by default). Blocking (up to a few seconds): call it in a thread.
    Never raises: what cannot be read is ``FirewallInbound.UNKNOWN`` with a ``detail``."""
    program = program or sys.executable
    try:
        if platform == "win32":
            return _read_windows(ports, program, run)
        if platform.startswith("linux"):
            found = _read_linux(ports, run, legacy_tables)
            return replace(found, program=program)
    except Exception as exc:  # never let reading the firewall end a check
        return HostFirewall(FirewallInbound.UNKNOWN, program=program, detail=repr(exc)[:300])
    return HostFirewall(FirewallInbound.UNKNOWN, program=program, detail="not read on this system")


# --- What an administrator runs to let this program receive the check's answers --------------


def _profile_list(firewall: HostFirewall) -> str:
    return ",".join(firewall.profiles) if firewall.profiles else "any"


def allow_commands(firewall: HostFirewall) -> tuple[str, ...]:
    """The ``netsh`` commands (elevated) that let ``firewall.program`` receive UDP and TCP
    for the time of a check: delete its block rules (they beat any allow rule), add the temporary
    allow rule; the last one removes that rule again."""
    program = firewall.program or sys.executable
    delete_blocks = [
        f'netsh advfirewall firewall delete rule name="{name}" dir=in program="{program}"'
        for name in firewall.block_rules
    ]
    add = (
        f'netsh advfirewall firewall add rule name="{CHECK_RULE_NAME}" dir=in action=allow '
        f'program="{program}" protocol={{protocol}} profile={_profile_list(firewall)} enable=yes'
    )
    # UDP for test 2's answers, TCP for a responder's connect-backs; one name, one removal.
    return (
        *delete_blocks,
        add.format(protocol="UDP"),
        add.format(protocol="TCP"),
        remove_command(program),
    )


def remove_command(program: str) -> str:
    return f'netsh advfirewall firewall delete rule name="{CHECK_RULE_NAME}" program="{program}"'
