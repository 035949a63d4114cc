<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s SIP and media ports the way the PBX needs, and says what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries of this program with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>there is no product &apos;{product}&apos;; known products: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} has no version &apos;{version}&apos;; known versions: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} has no versions to choose from, so &apos;{version}&apos; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>must be a number, not &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above {low:g} and at most {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s ports right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the products we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the ports a product needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the ports from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server, tried in the order given (default: the product&apos;s servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports to check, e.g. 9000-9019,5060 (default: the product&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new STUN requests per second (default {rate:g}, polite to public servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for each answer, resends included (default {timeout:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error in a product file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(versions: {versions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} has no UDP ports that STUN can check; give them with --ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no STUN server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server {server}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} ports checked, about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server: {server} ({address}, second address {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more ports held; the JSON report lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check by hand (STUN cannot test these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRow</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Your settings are kept. Please send the details below to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are also saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallWizard</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Firewall and router settings for {product} at {pbx}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward UDP {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports added by the technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended, so that every feature works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In general:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) for the PBX&apos;s traffic; it rewrites SIP messages and breaks calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not let port-scan or flood protection block the PBX: calls use many UDP ports at once, which such protection can mistake for an attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward {protocol} {public_port} on the public address to {pbx} port {ports}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} port {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} ports {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address, ports {ports}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{range} in steps of {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port added by the technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nat</name>
    <message>
        <source>The router keeps the same public port whatever the destination (endpoint-independent mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address (address-dependent mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address and port (address-and-port-dependent mapping, also called symmetric NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the router assigns public ports could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a public port is open, the router lets traffic in from any address (endpoint-independent filtering, as with full cone or a port forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router lets traffic in only from addresses this computer has sent to (address-dependent filtering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router lets traffic in only from the exact address and port this computer has sent to (address-and-port-dependent filtering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which incoming traffic the router lets in could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router keeps the port numbers (port preservation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router changes the port numbers (no port preservation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the router keeps the port numbers could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port works as required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router changes the port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward each affected UDP port with the same number outside and inside. Check that no rule has a port offset or another internal port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the router&apos;s outbound NAT as well: it must keep the source port for the PBX&apos;s address. Business firewalls call this &quot;static port&quot; or &quot;fixed port&quot;; set it for the PBX only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off SIP ALG or SIP helper on the router; some of them change ports on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound traffic not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address, for example one from the product&apos;s default list, and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port behaves as the product needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Test 2 did not: the reply from the server&apos;s other address never arrived, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing UDP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not let the router translate the ports: no port offset, no other internal port, no range mapped onto a different range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the rule points to this computer. Give the PBX a fixed LAN address (static, or a DHCP reservation) so the rule stays right after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On business firewalls, a port forward (destination NAT) often also needs a policy that allows the traffic in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off SIP ALG, SIP helper or SIP inspection on the router. It rewrites SIP messages and often breaks calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound UDP on the failing ports for the network profile in use (domain, private or public). A rule for the ports, not for one program, covers both the PBX and this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the public address in the results with the WAN address on the router&apos;s status page. If they differ, another router sits in front. Forward the ports on both, or set the first one to bridge mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the device in front belongs to the internet provider (carrier-grade NAT, often a WAN address from 100.64.0.0/10), no forward is possible. Ask the provider for a public IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps that number steady. For ports that must be forwarded one-to-one this is a fault; for ports that only need outbound traffic it is usually fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port changes per destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router gives this port a new public port for each destination. The public port the PBX learns with STUN is then wrong for the provider and the phones, so their traffic does not come back in. This is a fault for forwarded and for outbound ports alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For ports that must be forwarded, set up one-to-one forwards to the PBX, with the same number outside and inside. On some routers that also fixes the port of outgoing traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the router&apos;s outbound NAT, let the PBX keep its source port. Business firewalls call this &quot;static port&quot; (pfSense, OPNsense), &quot;fixed port&quot; (FortiGate) or port preservation; elsewhere it is an option to turn off random source ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, if the line has a spare public IP address, give the PBX a one-to-one NAT (1:1 NAT) to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line. Otherwise each destination may see another public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some home and provider routers cannot do any of this. Then the fix is a router or business firewall that can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STUN server answered requests from other ports, but not from this one. Something blocks outgoing UDP from this port, or the replies to it. The PBX cannot use this port until that is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the router or firewall, look for rules that block or limit outgoing UDP by port. Allow UDP from the PBX&apos;s LAN address on the failing ports to any destination, and the replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Windows Defender Firewall, check the outbound rules for a block on the failing ports or on this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can filter traffic on its own. Add an exception for the ports; switching the software off does not always stop its filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only the SIP port fails (often 5060), a SIP ALG or SIP inspection on the router may drop the traffic. Switch it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some internet providers block single ports, 5060 for example. Test from another internet line, or ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port used by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer holds this port, so it could not be tested. Most often that is the PBX service itself or a softphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the commands shown below to see which program holds each port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is the PBX, stop its services for the check, or run the check while the PBX is stopped. Calls drop while it is down, so pick a quiet time and tell the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is a softphone or another VoIP program, close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system refused to open this port, so it could not be tested. This says nothing about the router yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux or macOS, ports below 1024 need administrator rights. Run the check with sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Windows, another program may hold a port for itself alone. Run netstat -ano in a command prompt and look for the port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows also reserves port ranges for Hyper-V, WSL or Docker. To list them, run netsh interface ipv4 show excludedportrange protocol=udp in a command prompt. If a failing port lies in one, restart the Windows NAT service as administrator (net stop winnat, then net start winnat); that often frees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security software can stop programs from opening ports. Allow this program in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only test 1 ran: this computer can send from this port and gets replies. No STUN server with a second address was available, so inbound traffic and the stability of the public port could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic from the internet reaches the PBX on this port, and the port number stays the same outside and inside. This is what SIP trunks and remote phones need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX can send from this port and gets replies, and the router keeps the same public port whatever the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1 worked, test 2 did not: the router lets traffic in on this port only from addresses the PBX has sent to. For a port that only needs outbound traffic, this alone is not a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to change for what this port requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the product&apos;s documentation says this port must also be reachable from the internet, forward it one-to-one to the PBX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number. The PBX writes its own port number into its SIP and SDP messages, so the provider and remote phones send to that number on the public address, where nothing leads to the PBX. Expect one-way or no audio and unstable registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps the same one for every destination. For a port that only needs outbound traffic this is fine: the PBX learns its public port with STUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to change for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only test 1 ran: outgoing traffic from this port works. Whether traffic from the internet reaches the PBX on this port is still open, because no STUN server with a second address was available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic from this port works. Whether the router keeps the same public port for every destination is still open, because no STUN server with a second address was available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathPicture</name>
    <message>
        <source>Traffic gets out to the STUN server and its answers get back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router forwards incoming traffic to this computer for some ports, but not for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router lets outgoing traffic through but does not forward incoming traffic to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router changes the port numbers, so incoming traffic does not arrive on the port this computer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router uses a new public port for every destination, so incoming traffic from elsewhere does not get in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back: a firewall drops the traffic, in the router or on this computer (such as Windows Firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer already uses the port, so the test could not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not let the program use the port, so the test could not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not look up the name of the STUN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the STUN server: it may be down, or outgoing traffic is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STUN server has no second address, so incoming traffic could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router / firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (test 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (test 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) reached the STUN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) reached this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) could not leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the router or firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) got no answer from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the STUN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not sent by the STUN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was lost on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the router or firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortGrid</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given; enter a port such as 5060 or a range such as 9000-10999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; has an empty item; remove the extra comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port {port} is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range {first}-{last} is reversed (write {last}-{first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;{item}&apos; needs a port on each side of the dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{step}&apos; is not a usable step in &apos;{item}&apos;; after the slash write a whole number from 1 to 65534, as in 10000-20000/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item}&apos; has a step but only one port; a step needs a range such as 10000-20000/2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortTable</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports the product needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports to &amp;check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 9000-9019, 5060</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP ports this check tests with STUN. Narrow a range to test faster, or add ports the list does not have. Each port is held to the rule that contains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every UDP port of the ticked rules again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist for the router admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Firewall commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the router or firewall admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Firewall on the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports {product} needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP ports to check: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;PBX address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Which phone system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the PBX that runs on this computer. Each one needs different ports and a different kind of help from the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>Each SIP, tunnel and media port must reach the PBX one-to-one: the router may change the address but never the port (a full-cone NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) on the router: it rewrites SIP messages and breaks calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward every port to the address of the 3CX machine itself, not to a different host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall that watches for port scans may start blocking after the first few ports, because they are checked one after another; pause that protection while checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Firewall and antivirus or anti-malware software on the PBX machine can block the same ports; allow them there as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP signalling with providers and remote phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP signalling over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP signalling over TLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3CX tunnel for remote 3CX apps and bridged PBXs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3CX tunnel over TCP for remote 3CX apps and bridged PBXs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and video of calls (RTP media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS (port chosen at install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS, when installed on 443 instead of 5001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web client and management console over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the UDP ports you enter, each for one-to-one forwarding to this machine (a full-cone NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SSH (22/TCP) for remote management is required; the other ports are recommended, and all outbound traffic from the PBX must be allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the PBX send anything it wants to the internet: it opens connections of its own for speech recognition, updates and licensing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off packet inspection for the PBX&apos;s traffic; it can swallow the answers to those connections and break updates, speech recognition and licence registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH for remote management, updates and troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP: phones register and set up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio of calls (RTP media); each call uses a port picked from this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBXact applications: phone features and administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFTP: phones fetch new firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XactView desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XactView automatic updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat of the XactView client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote link that joins two or more PBXact systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LinkManager needs outbound UDP with replies for STUN, SIP and audio; only ENUM links need a port forwarded in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the line is idle the LinkManager sends a STUN request every 10 seconds, which keeps the router&apos;s NAT entries alive and reveals a new public address after a reconnect; do not block these requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the LinkManager out of a DMZ: SwyxIt! clients and SwyxPhones on the LAN exchange audio with it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate firewall rules for audio and for signalling make it easy to attach QoS rules that give speech priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some providers answer STUN on a port other than 3478 (10000, for example); allow the provider&apos;s STUN port as a destination too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.01 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkManager signalling: STUN to the STUN server and SIP to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio of SIP trunk calls (RTP media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming SIP for ENUM links, which are not registered and wait for calls: forward the public port 5060 to the LinkManager&apos;s port 65002</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{ports} and {count} more ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX firewall check – {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports checked: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with {app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (RFC 5780)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering (RFC 5780)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the router translates addresses (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN servers tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected ports ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same commands work for the other {count} ports; change the port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip}, ports vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checked port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more rows are left out here; the JSON export lists every port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check by hand (STUN cannot test these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms used in this report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Traffic from any address on the internet must reach the PBX on this UDP port, with the same port number outside and inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX must be able to send UDP from this port and get the replies, and the router must keep one public port for it whatever the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TCP port must be reachable from the internet; STUN cannot test TCP, so check the forward by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded one-to-one (full cone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound with stable mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound TCP (check by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in and out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your router, as the server saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: {ports} ports checked in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {count} ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used; second address {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port}: {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more ports; the report lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these by hand (STUN cannot test them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <source>Checking the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this window open. The PBX&apos;s ports must stay free while the check runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {servers}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing with {server} (second address {other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} ports. Run it again or go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSpec</name>
    <message>
        <source>empty STUN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the port &apos;{port}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: port {port} is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>This name does not exist in DNS. Check the spelling; the service may have been shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS gave no answer for this name. Check this computer&apos;s DNS settings and internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name resolved, but the server did not answer. It may be down or on another port, or outgoing UDP is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers but has no second address, so it cannot test inbound traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names a second address but does not reply from it when asked, so it cannot test inbound traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: a server earlier in the list was already suitable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check asks STUN servers on the internet how the router treats each port. The defaults suit most sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN servers, tried in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host or host:port, e.g. stun.example.net:3478</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New STUN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the check runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PBX address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PBX&apos;s address in the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LAN address the router&apos;s port forwards point at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the PBX address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New STUN requests a second. Public servers are shared: stay near the default unless the server is your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer, resends included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network address found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one STUN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the PBX runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pbx} is not this computer. The router&apos;s forwards must point at the PBX, so run this check on the PBX itself; from here it tests this computer&apos;s ports instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check runs on the PBX itself, as it should.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>A small internet protocol: a server tells a device which public address and port its traffic came from. This check uses it to see what the router does to each port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address translation: on the way out, the router replaces the private addresses of the local network with its own public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of NAT where, once a public port is open, traffic from any address on the internet reaches the device behind it. A one-to-one port forward gives the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of NAT that uses a new public port for every destination. Calls through it fail unless the router is set to keep ports fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router keeps the device&apos;s own port number when it translates the address, so local port 5060 goes out as public port 5060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router feature, also called SIP helper, that rewrites SIP messages on the way through. It often gets them wrong; switch it off when the PBX handles NAT itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router rule that sends everything arriving on a public port to the same port on one LAN device, and sends that device&apos;s traffic out on the same port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT run by the internet provider, so the customer&apos;s router has no public address of its own. No port can be forwarded through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>None of the STUN server names could be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STUN server answered, not even from a random port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STUN servers that answered cannot test inbound traffic; only outgoing traffic was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ports are held by another program on this computer and were not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checked ports behave as the product needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ports behave as the product needs, others do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer on ports that must be forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router changes the numbers of ports that must be forwarded one-to-one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router uses a different public port for each destination (symmetric NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic from some ports gets no answer; something blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system refused to open some ports, so they were not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before it finished; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server names not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not turn any STUN server name into an address, so no port was checked. Either name lookup (DNS) does not work here, or the names are wrong or the service no longer exists. If DNS is the cause, the PBX will also fail to reach its SIP provider by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of each STUN server name and its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a command prompt and run nslookup with the server name after it. If it prints an address, DNS works for that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nslookup fails for every name, check this computer&apos;s DNS settings: the DNS servers of the network adapter, a VPN client, or a DNS filter on the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only some names fail, those services may be gone. Use another STUN server, for example one from the product&apos;s default list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STUN server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names resolved, but no server replied, even to a request from a random port. So the cause is not one port: this computer has no working internet access, outgoing UDP is blocked as a whole, or the servers are down or use another port. No port could be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer can reach the internet: open a website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port of each server entry. STUN usually listens on UDP port 3478, but some servers use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the router or firewall, look for a rule that blocks outgoing UDP from this computer, or that allows only web and DNS traffic out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Windows Defender Firewall and any security software on this computer for rules that block outgoing UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN server cannot test inbound traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers that answered either have no second address or do not reply from it when asked. Without that, only test 1 (outgoing traffic) can run, and whether the ports are reachable from the internet stays unknown. The test 1 results are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address and replies from it on request, for example one from the product&apos;s default list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many free public STUN servers run on a single address; they cannot be used for this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports used by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer already holds some of the ports, so they could not be tested. Usually that is the PBX service itself or a softphone. The free ports were checked as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall set up correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checked port behaves as required. Ports that must be forwarded are reachable from the internet on the same port number, and outbound ports keep a stable public port. On the network side, trunks, remote phones and audio can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the current router and firewall rules in the customer&apos;s documentation, so they can be restored after a router swap or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls still fail, look elsewhere: the public IP settings of the PBX, the SIP provider&apos;s account data, and any TCP ports listed for a check by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again after any change to the router, the firewall or the internet line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ports fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ports behave correctly and some do not. Calls may work one time and fail the next, for example with no audio whenever the PBX picks a media port from the failing part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at which ports failed. A block at the start or end of a range usually means the forwarding rule covers less than the full range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every forwarding rule points to this computer&apos;s LAN address. A rule left over from an old PBX or another device can take part of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the first ports pass and all later ones fail, the firewall&apos;s port scan or flood protection may have reacted to the check. Switch it off for the check, or exempt this computer, and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each failing port, follow the steps given for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port forwarding is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic works, but traffic from the internet does not reach this computer on ports that must be forwarded. Expect incoming calls that fail, remote phones that do not register, and calls with one-way or no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router changes port numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router sends the PBX&apos;s traffic out on other port numbers than the PBX uses. The PBX writes its own port numbers into its SIP messages, so the other side answers on ports that do not lead back to it. Expect one-way or no audio, and trunks or remote phones that drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric NAT: public port changes per destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router picks a new public port each time the PBX talks to a new destination. The public address the PBX learns with STUN is then wrong for the provider and the phones, so registrations and audio fail, often at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing traffic blocked on some ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STUN server answers this computer from other ports, but not from these. Something filters outgoing UDP by port: a rule on the router or firewall, Windows Defender Firewall, security software, or the internet provider. The PBX cannot use these ports until that is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system did not let this program open some ports, so they were not tested. Their results say nothing about the router yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before all ports were tested. The results shown are valid; the ports not reached have no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again and let it finish. A large port range can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save time, check only the ports that failed or were not reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
