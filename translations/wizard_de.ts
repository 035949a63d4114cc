<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s SIP and media ports the way the PBX needs, and says what to change.</source>
        <translation>Prüft, ob ein Router oder eine Firewall die SIP- und Medienports einer IP-Telefonanlage so behandelt, wie die Anlage es braucht, und sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside} und Python {python}</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries of this program with your own build.</source>
        <translation>Qt wird unter der GNU Lesser General Public License Version 3 verwendet; Sie dürfen die Qt-Bibliotheken dieses Programms durch selbst erstellte ersetzen.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>there is no product &apos;{product}&apos;; known products: {known}</source>
        <translation>es gibt kein Produkt &apos;{product}&apos;; bekannte Produkte: {known}</translation>
    </message>
    <message>
        <source>{product} has no version &apos;{version}&apos;; known versions: {known}</source>
        <translation>{product} hat keine Version &apos;{version}&apos;; bekannte Versionen: {known}</translation>
    </message>
    <message>
        <source>{product} has no versions to choose from, so &apos;{version}&apos; is unknown</source>
        <translation>{product} hat keine Versionen zur Auswahl, daher ist &apos;{version}&apos; unbekannt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>must be a number, not &apos;{text}&apos;</source>
        <translation>muss eine Zahl sein, nicht &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>must be from {low:g} to {high:g}</source>
        <translation>muss zwischen {low:g} und {high:g} liegen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10</source>
        <translation>&apos;{text}&apos; ist keine IPv4-Adresse wie 192.168.1.10</translation>
    </message>
    <message>
        <source>{text} cannot be the PBX&apos;s address: give its LAN address, such as 192.168.1.10</source>
        <translation>{text} kann nicht die Adresse der Telefonanlage sein: Geben Sie ihre LAN-Adresse an, etwa 192.168.1.10</translation>
    </message>
    <message>
        <source>give the responder&apos;s address, such as responder.example.net</source>
        <translation>geben Sie die Adresse des Responders an, etwa responder.example.net</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name</source>
        <translation>&apos;{text}&apos;: Der Responder wird über IPv4 erreicht; geben Sie seine IPv4-Adresse oder seinen Namen an</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>Sprache der Ausgabe (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s ports right.</source>
        <translation>Prüft, ob ein Router oder eine Firewall die Ports einer IP-Telefonanlage richtig behandelt.</translation>
    </message>
    <message>
        <source>list the products we know</source>
        <translation>bekannte Produkte auflisten</translation>
    </message>
    <message>
        <source>show the ports a product needs</source>
        <translation>Ports anzeigen, die ein Produkt braucht</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>check the ports from this computer</source>
        <translation>Ports von diesem Rechner aus prüfen</translation>
    </message>
    <message>
        <source>STUN server, tried in the order given (default: the product&apos;s servers)</source>
        <translation>STUN-Server, in der angegebenen Reihenfolge versucht (Standard: die Server des Produkts)</translation>
    </message>
    <message>
        <source>ports to check, e.g. 9000-9019,5060 (default: the product&apos;s)</source>
        <translation>zu prüfende Ports, z. B. 9000-9019,5060 (Standard: die des Produkts)</translation>
    </message>
    <message>
        <source>new STUN requests per second (default {rate:g}, polite to public servers)</source>
        <translation>neue STUN-Anfragen pro Sekunde (Standard {rate:g}, schonend für öffentliche Server)</translation>
    </message>
    <message>
        <source>seconds to wait for each answer, resends included (default {timeout:g})</source>
        <translation>Sekunden Wartezeit je Antwort, Wiederholungen eingeschlossen (Standard {timeout:g})</translation>
    </message>
    <message>
        <source>the PBX&apos;s LAN address, the one the router forwards to; the check says when its traffic leaves this computer from another one (default: not compared)</source>
        <translation>LAN-Adresse der Telefonanlage, an die der Router weiterleitet; die Prüfung meldet, wenn ihr Datenverkehr diesen Rechner von einer anderen Adresse aus verlässt (Standard: kein Vergleich)</translation>
    </message>
    <message>
        <source>a responder of the support team&apos;s, which tests the ports from outside: TCP ports, the SIP ALG, and test 2 without a STUN server&apos;s second address (default port {port})</source>
        <translation>ein Responder des Support-Teams, der die Ports von außen testet: TCP-Ports, das SIP-ALG und Test 2 ohne zweite Adresse eines STUN-Servers (Standardport {port})</translation>
    </message>
    <message>
        <source>a file holding the responder&apos;s shared secret, if it wants one</source>
        <translation>eine Datei mit dem gemeinsamen Geheimnis des Responders, falls er eines verlangt</translation>
    </message>
    <message>
        <source>TCP ports the responder connects to, e.g. 22,5090 (default: the product&apos;s; needs --responder)</source>
        <translation>TCP-Ports, zu denen der Responder eine Verbindung aufbaut, z. B. 22,5090 (Standard: die des Produkts; erfordert --responder)</translation>
    </message>
    <message>
        <source>the internet (WAN) address the router&apos;s status page shows; tells a second NAT in front of it when the router does not answer</source>
        <translation>die Internetadresse (WAN), die die Statusseite des Routers zeigt; verrät ein zweites NAT davor, wenn der Router nicht antwortet</translation>
    </message>
    <message>
        <source>do not ask the router (UPnP IGD, NAT-PMP, PCP) what it knows</source>
        <translation>den Router nicht abfragen (UPnP IGD, NAT-PMP, PCP)</translation>
    </message>
    <message>
        <source>skip the hairpin NAT test (NAT loopback for phones on the LAN)</source>
        <translation>den Hairpin-NAT-Test auslassen (NAT-Loopback für Telefone im LAN)</translation>
    </message>
    <message>
        <source>also measure how long the router keeps an idle UDP mapping, up to SECONDS ({low:g}–{high:g}, default {default:g}); takes about that long again</source>
        <translation>zusätzlich messen, wie lange der Router eine inaktive UDP-Zuordnung offen hält, bis zu SECONDS ({low:g}–{high:g}, Standard {default:g}); dauert etwa noch einmal so lange</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>also write a report to FILE: .html, .pdf or .json (may repeat)</source>
        <translation>zusätzlich einen Bericht in DATEI schreiben: .html, .pdf oder .json (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Windows: first let this program receive the answers through the firewall until it ends (asks for administrator approval)</source>
        <translation>Windows: diesem Programm zuerst erlauben, die Antworten bis zu seinem Ende durch die Firewall zu empfangen (fragt nach der Zustimmung eines Administrators)</translation>
    </message>
    <message>
        <source>run a responder on an internet host, for checks that use --responder</source>
        <translation>einen Responder auf einem Host im Internet betreiben, für Prüfungen mit --responder</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>error in a product file: {problem}</source>
        <translation>Fehler in einer Produktdatei: {problem}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>error: there is no display to open the wizard on. Without a desktop, run the check from the command line: {command} (see {help})</source>
        <translation>Fehler: Es gibt keinen Bildschirm, auf dem sich der Assistent öffnen kann. Ohne Desktop die Prüfung auf der Kommandozeile starten: {command} (siehe {help})</translation>
    </message>
    <message>
        <source>(versions: {versions})</source>
        <translation>(Versionen: {versions})</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>--allow-firewall works on Windows only</source>
        <translation>--allow-firewall funktioniert nur unter Windows</translation>
    </message>
    <message>
        <source>{option} needs --responder: only a responder tests from outside</source>
        <translation>{option} erfordert --responder: Nur ein Responder testet von außen</translation>
    </message>
    <message>
        <source>{product} has no UDP ports that STUN can check; give them with --ports</source>
        <translation>{product} hat keine UDP-Ports, die STUN prüfen kann; geben Sie sie mit --ports an</translation>
    </message>
    <message>
        <source>no STUN server given</source>
        <translation>kein STUN-Server angegeben</translation>
    </message>
    <message>
        <source>the ports to check leave none free for the check&apos;s own requests; check fewer ports at a time</source>
        <translation>die zu prüfenden Ports lassen keinen frei für die eigenen Anfragen der Prüfung; weniger Ports auf einmal prüfen</translation>
    </message>
    <message>
        <source>error: could not write {path}: {problem}</source>
        <translation>Fehler: {path} konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far; press Ctrl+C again to stop the check.</source>
        <translation>Der Lebensdauertest endet mit dem, was er bisher gemessen hat; erneut Strg+C beendet die Prüfung.</translation>
    </message>
    <message>
        <source>Firewall: this program may receive UDP until it ends.</source>
        <translation>Firewall: Dieses Programm darf bis zu seinem Ende UDP empfangen.</translation>
    </message>
    <message>
        <source>Firewall: the administrator prompt was declined; checking anyway.</source>
        <translation>Firewall: Die Administratorabfrage wurde abgelehnt; die Prüfung läuft trotzdem.</translation>
    </message>
    <message>
        <source>Firewall: could not add the rule ({problem}); checking anyway.</source>
        <translation>Firewall: Die Regel konnte nicht hinzugefügt werden ({problem}); die Prüfung läuft trotzdem.</translation>
    </message>
    <message>
        <source>cannot read the responder&apos;s secret from &apos;{path}&apos;: {problem}</source>
        <translation>das Geheimnis des Responders kann nicht aus &apos;{path}&apos; gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is longer than a secret can be ({limit} bytes); is it the right file?</source>
        <translation>&apos;{path}&apos; ist länger, als ein Geheimnis sein kann ({limit} Bytes); ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is empty: write the responder&apos;s shared secret into it</source>
        <translation>&apos;{path}&apos; ist leer: Schreiben Sie das gemeinsame Geheimnis des Responders hinein</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: unknown report type; use .html, .pdf or .json</source>
        <translation>&apos;{path}&apos;: unbekannte Berichtsart; verwenden Sie .html, .pdf oder .json</translation>
    </message>
    <message>
        <source>cannot write &apos;{path}&apos;: {problem}</source>
        <translation>&apos;{path}&apos; kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>STUN server {server}: {problem}</source>
        <translation>STUN-Server {server}: {problem}</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Warte {time}, bis der Router die Antworten der vorigen Prüfung vergessen hat, damit sie diese nicht verfälschen…</translation>
    </message>
    <message>
        <source>{done} of {total} ports checked, about {left} left</source>
        <translation>{done} von {total} Ports geprüft, noch etwa {left}</translation>
    </message>
    <message>
        <source>The responder tests {count} ports from outside…</source>
        <translation>Der Responder testet {count} Ports von außen…</translation>
    </message>
    <message>
        <source>Testing whether a SIP helper rewrites SIP messages…</source>
        <translation>Prüfe, ob ein SIP-Helper SIP-Nachrichten umschreibt…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Frage den Router ab (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT (NAT loopback)…</source>
        <translation>Prüfe Hairpin-NAT (NAT-Loopback)…</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping…</source>
        <translation>Messe, wie lange der Router eine inaktive UDP-Zuordnung hält…</translation>
    </message>
    <message>
        <source>Retesting {count} ports slowly…</source>
        <translation>Prüfe {count} Ports langsam erneut…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>Pause: Der Server oder die Verbindung beantwortet keine Kontrollanfragen mehr. Warte, bis sie sich erholt…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests</source>
        <translation>Verlangsamt auf {rate} Anfragen pro Sekunde: Der Server oder die Verbindung hat Kontrollanfragen verworfen</translation>
    </message>
    <message>
        <source>Mapping lifetime: {elapsed} of {limit}</source>
        <translation>Lebensdauer der Zuordnung: {elapsed} von {limit}</translation>
    </message>
    <message>
        <source>; gone after {seconds} s</source>
        <translation>; nach {seconds} s verfallen</translation>
    </message>
    <message>
        <source>; still open after {seconds} s</source>
        <translation>; nach {seconds} s noch offen</translation>
    </message>
    <message>
        <source>STUN server: {server} ({address}, second address {other})</source>
        <translation>STUN-Server: {server} ({address}, zweite Adresse {other})</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Test 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Test 2</translation>
    </message>
    <message>
        <source>Test 2 by</source>
        <translation>Test 2 durch</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists every port.</source>
        <translation>Ausgelassene Zeilen: {count}. Die JSON-Ausgabe enthält alle Ports.</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Dieser Rechner:</translation>
    </message>
    <message>
        <source>Seen from outside (responder):</source>
        <translation>Von außen gesehen (Responder):</translation>
    </message>
    <message>
        <source>The SIP message as sent → as received:</source>
        <translation>Die SIP-Nachricht wie gesendet → wie empfangen:</translation>
    </message>
    <message>
        <source>Hairpin NAT: {answer}</source>
        <translation>Hairpin-NAT: {answer}</translation>
    </message>
    <message>
        <source>Mapping lifetime: {answer}</source>
        <translation>Lebensdauer der Zuordnung: {answer}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Öffentliche IP-Adresse: {ip}</translation>
    </message>
    <message>
        <source>Link to the STUN server:</source>
        <translation>Verbindung zum STUN-Server:</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation>Ports {ports}</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>Port {port} ist von {name} (PID {pid}) belegt. Anzeigen mit:</translation>
    </message>
    <message>
        <source>Other ports held: {count}. The JSON output lists them all.</source>
        <translation>Weitere belegte Ports: {count}. Die JSON-Ausgabe listet alle auf.</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these):</source>
        <translation>Manuell prüfen (die Prüfung hat diese nicht getestet):</translation>
    </message>
    <message>
        <source>Finished in {seconds:.1f} s.</source>
        <translation>Fertig nach {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>Router:</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports:</source>
        <translation>Seine Weiterleitungen für die geprüften Ports:</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists them all.</source>
        <translation>Ausgelassene Zeilen: {count}. Die JSON-Ausgabe enthält sie alle.</translation>
    </message>
</context>
<context>
    <name>CommandRow</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy {command}</source>
        <translation>{command} kopieren</translation>
    </message>
</context>
<context>
    <name>Egress</name>
    <message>
        <source>Traffic leaves by a VPN</source>
        <translation>Datenverkehr geht über ein VPN hinaus</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), which looks like a VPN&apos;s adapter. The check then measured the VPN&apos;s way to the internet, not the PBX&apos;s router: its results are about another device.</source>
        <translation>Der Datenverkehr zum STUN-Server verlässt diesen Rechner über {adapter} ({source}); das sieht nach dem Adapter eines VPN aus. Die Prüfung hat dann den Weg des VPN ins Internet gemessen, nicht den Router der Telefonanlage: Ihre Ergebnisse betreffen ein anderes Gerät.</translation>
    </message>
    <message>
        <source>Traffic leaves by a virtual adapter</source>
        <translation>Datenverkehr geht über einen virtuellen Adapter hinaus</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), a virtual adapter (Hyper-V, WSL, Docker or a virtual machine&apos;s network). If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the results are about it, not about the PBX&apos;s router. An external virtual switch, bridged to the network card, is fine.</source>
        <translation>Der Datenverkehr zum STUN-Server verlässt diesen Rechner über {adapter} ({source}), einen virtuellen Adapter (Hyper-V, WSL, Docker oder das Netzwerk einer virtuellen Maschine). Setzt er selbst Adressen um (Default Switch von Hyper-V, WSL, Docker), betreffen die Ergebnisse ihn, nicht den Router der Telefonanlage. Ein externer virtueller Switch, der an die Netzwerkkarte gebunden ist, ist in Ordnung.</translation>
    </message>
    <message>
        <source>Traffic leaves from another address</source>
        <translation>Datenverkehr geht von einer anderen Adresse hinaus</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source} ({adapter}), not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>Der Datenverkehr zum STUN-Server verlässt diesen Rechner von {source} ({adapter}) aus, nicht von der Adresse der Telefonanlage {pbx}. Die Weiterleitungen des Routers zeigen auf {pbx}; die Prüfung hat also einen anderen Weg nach außen gemessen als den der Telefonanlage.</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source}, not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>Der Datenverkehr zum STUN-Server verlässt diesen Rechner von {source} aus, nicht von der Adresse der Telefonanlage {pbx}. Die Weiterleitungen des Routers zeigen auf {pbx}; die Prüfung hat also einen anderen Weg nach außen gemessen als den der Telefonanlage.</translation>
    </message>
    <message>
        <source>The PBX&apos;s address, {pbx}, is not on that adapter.</source>
        <translation>Die Adresse der Telefonanlage, {pbx}, liegt nicht auf diesem Adapter.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, then run the check again.</source>
        <translation>Trennen Sie das VPN und starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>If the PBX&apos;s calls really go through the VPN, its port forwards belong at the VPN&apos;s far end, not on the local router: ask whoever runs the VPN.</source>
        <translation>Laufen die Gespräche der Telefonanlage wirklich über das VPN, gehören ihre Portweiterleitungen an das andere Ende des VPN, nicht auf den lokalen Router: Fragen Sie den Betreiber des VPN.</translation>
    </message>
    <message>
        <source>If the PBX runs in a virtual machine, run the check inside that machine.</source>
        <translation>Läuft die Telefonanlage in einer virtuellen Maschine, starten Sie die Prüfung in dieser Maschine.</translation>
    </message>
    <message>
        <source>If this computer is not the PBX, run the check on the PBX itself.</source>
        <translation>Ist dieser Rechner nicht die Telefonanlage, starten Sie die Prüfung auf der Telefonanlage selbst.</translation>
    </message>
    <message>
        <source>If this computer has several connections (Ethernet and Wi-Fi, a VPN, a second line), disconnect the others or make the PBX&apos;s connection the one that leads to the internet, then run the check again.</source>
        <translation>Hat dieser Rechner mehrere Verbindungen (Ethernet und WLAN, ein VPN, eine zweite Leitung), trennen Sie die anderen oder machen Sie die Verbindung der Telefonanlage zu der, die ins Internet führt. Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Traffic reached the internet from several addresses</source>
        <translation>Datenverkehr erreichte das Internet von mehreren Adressen</translation>
    </message>
    <message>
        <source>The STUN server saw this computer&apos;s traffic come from {addresses}. It leaves by more than one way: a VPN, a second internet line, a router that shares traffic between lines, or a provider&apos;s NAT that uses several addresses. Ports whose traffic left by another way than the check&apos;s own at its start are not judged: they show as not conclusive.</source>
        <translation>Der STUN-Server hat den Datenverkehr dieses Rechners von {addresses} kommen sehen. Er geht über mehr als einen Weg hinaus: ein VPN, einen zweiten Internetanschluss, einen Router, der den Verkehr auf mehrere Anschlüsse verteilt, oder ein NAT des Providers mit mehreren Adressen. Ports, deren Datenverkehr einen anderen Weg nahm als der eigene Verkehr der Prüfung bei ihrem Start, werden nicht beurteilt: Sie erscheinen als nicht eindeutig.</translation>
    </message>
    <message>
        <source>If a VPN is connected, disconnect it, then run the check again.</source>
        <translation>Ist ein VPN verbunden, trennen Sie es und starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route), then run the check again.</source>
        <translation>Hat der Standort zwei Internetanschlüsse, sorgen Sie dafür, dass der Router den Datenverkehr der Telefonanlage immer über den Anschluss sendet, auf dem ihre Weiterleitungen liegen (Source- oder Policy-Routing). Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}).</source>
        <translation>Der Datenverkehr zum STUN-Server verlässt diesen Rechner über {adapter} ({source}).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Your settings are kept. Please send the details below to support.</source>
        <translation>Im Assistenten ist ein Fehler aufgetreten. Ihre Einstellungen bleiben erhalten. Bitte senden Sie die folgenden Details an den Support.</translation>
    </message>
    <message>
        <source>They are also saved in {path}.</source>
        <translation>Sie sind auch in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall</source>
        <translation>Die Firewall dieses Rechners</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the answers out</source>
        <translation>Die Firewall dieses Rechners ließ die Antworten nicht herein</translation>
    </message>
    <message>
        <source>{firewall} may drop the answers this check waits for, so it could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} kann die Antworten verwerfen, auf die diese Prüfung wartet, daher konnte sie nicht feststellen, ob der Router diese Ports weiterleitet: {ports}. Gegen den Router spricht das nicht.</translation>
    </message>
    <message>
        <source>{firewall} (network profile: {profiles}) drops incoming UDP for this program, so the check could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} (Netzwerkprofil: {profiles}) verwirft eingehendes UDP für dieses Programm, daher konnte die Prüfung nicht feststellen, ob der Router diese Ports weiterleitet: {ports}. Gegen den Router spricht das nicht.</translation>
    </message>
    <message>
        <source>It has block rules for this program: {rules}. Windows adds them without asking when a user without administrator rights starts it, and they beat every allow rule.</source>
        <translation>Sie hat Blockierungsregeln für dieses Programm: {rules}. Windows legt sie ungefragt an, wenn ein Benutzer ohne Administratorrechte das Programm startet, und sie haben Vorrang vor jeder Zulassungsregel.</translation>
    </message>
    <message>
        <source>It is set to block all incoming connections, whatever the rules say.</source>
        <translation>Sie ist so eingestellt, dass sie alle eingehenden Verbindungen blockiert, egal was die Regeln sagen.</translation>
    </message>
    <message>
        <source>Group policy manages this firewall: rules added on this computer, the ones suggested here too, have no effect.</source>
        <translation>Diese Firewall wird per Gruppenrichtlinie verwaltet: Regeln, die auf diesem Rechner hinzugefügt werden, auch die hier vorgeschlagenen, wirken nicht.</translation>
    </message>
    <message>
        <source>Another firewall is on: {names}. The check cannot read its rules.</source>
        <translation>Eine andere Firewall ist aktiv: {names}. Die Prüfung kann deren Regeln nicht lesen.</translation>
    </message>
    <message>
        <source>Click “Allow for this check (administrator)”, or have an administrator run the commands below in an elevated command prompt. They delete this program&apos;s block rules and let it receive UDP until it closes; the last command removes that rule.</source>
        <translation>Klicken Sie auf „Für diese Prüfung zulassen (Administrator)“, oder lassen Sie einen Administrator die folgenden Befehle in einer Eingabeaufforderung mit Administratorrechten ausführen. Sie löschen die Blockierungsregeln dieses Programms und lassen es UDP empfangen, bis es beendet wird; der letzte Befehl entfernt diese Regel wieder.</translation>
    </message>
    <message>
        <source>Without administrator rights, ask an administrator: Windows asks for their approval.</source>
        <translation>Ohne Administratorrechte wenden Sie sich an einen Administrator: Windows fragt nach dessen Zustimmung.</translation>
    </message>
    <message>
        <source>Ask the domain administrator to allow UDP on the PBX&apos;s ports, for all programs, in the group policy.</source>
        <translation>Bitten Sie den Domänenadministrator, UDP auf den Ports der Telefonanlage für alle Programme in der Gruppenrichtlinie zuzulassen.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in that firewall&apos;s settings, for all programs.</source>
        <translation>Lassen Sie in den Einstellungen dieser Firewall UDP auf den Ports der Telefonanlage für alle Programme zu.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in this computer&apos;s firewall (firewalld, ufw, nftables or the PBX&apos;s own firewall module).</source>
        <translation>Lassen Sie UDP auf den Ports der Telefonanlage in der Firewall dieses Rechners zu (firewalld, ufw, nftables oder das eigene Firewall-Modul der Telefonanlage).</translation>
    </message>
    <message>
        <source>The PBX needs an allow rule for UDP on its ports too: a rule for the ports and all programs, not for one program.</source>
        <translation>Auch die Telefonanlage braucht eine Zulassungsregel für UDP auf ihren Ports: eine Regel für die Ports und alle Programme, nicht für ein einzelnes Programm.</translation>
    </message>
    <message>
        <source>An administrator must first turn off “Block all incoming connections” for this network profile: while it is on, no allow rule works.</source>
        <translation>Ein Administrator muss zuerst „Alle eingehenden Verbindungen blockieren“ für dieses Netzwerkprofil ausschalten: Solange es aktiv ist, wirkt keine Zulassungsregel.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall filters incoming UDP</source>
        <translation>Die Firewall dieses Rechners filtert eingehendes UDP</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP. The check opened it for its own answers, so no verdict relied on it; but the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} verwirft unaufgefordertes UDP. Die Prüfung hat sie für ihre eigenen Antworten geöffnet, kein Befund beruht also darauf; die Telefonanlage braucht aber eine Zulassungsregel für ihre Ports.</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP, so the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} verwirft unaufgefordertes UDP, daher braucht die Telefonanlage eine Zulassungsregel für ihre Ports.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be read</source>
        <translation>Die Firewall dieses Rechners ließ sich nicht auslesen</translation>
    </message>
    <message>
        <source>The check opened it for its own answers, so no verdict relied on it. If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>Die Prüfung hat sie für ihre eigenen Antworten geöffnet, kein Befund beruht also darauf. Filtert sie eingehendes UDP, braucht die Telefonanlage eine Zulassungsregel für ihre Ports.</translation>
    </message>
    <message>
        <source>If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>Filtert sie eingehendes UDP, braucht die Telefonanlage eine Zulassungsregel für ihre Ports.</translation>
    </message>
    <message>
        <source>The system said: {detail}</source>
        <translation>Meldung des Systems: {detail}</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets the answers in</source>
        <translation>Die Firewall dieses Rechners lässt die Antworten herein</translation>
    </message>
    <message>
        <source>{firewall} is off.</source>
        <translation>{firewall} ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>{firewall} lets in UDP on the checked ports.</source>
        <translation>{firewall} lässt UDP auf den geprüften Ports herein.</translation>
    </message>
</context>
<context>
    <name>FirewallWizard</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Firewall and router settings for {product} at {pbx}</source>
        <translation>Firewall- und Router-Einstellungen für {product} unter {pbx}</translation>
    </message>
    <message>
        <source>Forward UDP {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>UDP {ports} an {pbx} weiterleiten, außen und innen dieselben Portnummern, keine Port-Umsetzung.</translation>
    </message>
    <message>
        <source>Ports added by the technician</source>
        <translation>Vom Techniker hinzugefügte Ports</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Erforderlich:</translation>
    </message>
    <message>
        <source>Recommended, so that every feature works:</source>
        <translation>Empfohlen, damit alle Funktionen nutzbar sind:</translation>
    </message>
    <message>
        <source>In general:</source>
        <translation>Allgemein:</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) for the PBX&apos;s traffic; it rewrites SIP messages and breaks calls.</source>
        <translation>Schalten Sie SIP-ALG (auch SIP-Helper oder SIP-Inspection genannt) für den Datenverkehr der Telefonanlage ab; es schreibt SIP-Nachrichten um und lässt Gespräche scheitern.</translation>
    </message>
    <message>
        <source>Do not let port-scan or flood protection block the PBX: calls use many UDP ports at once, which such protection can mistake for an attack.</source>
        <translation>Lassen Sie nicht zu, dass ein Portscan- oder Flood-Schutz die Telefonanlage blockiert: Gespräche nutzen viele UDP-Ports gleichzeitig, was ein solcher Schutz für einen Angriff halten kann.</translation>
    </message>
    <message>
        <source>Used for: {purpose}</source>
        <translation>Zweck: {purpose}</translation>
    </message>
    <message>
        <source>Forward {protocol} {public_port} on the public address to {pbx} port {ports}.</source>
        <translation>{protocol} {public_port} der öffentlichen Adresse an Port {ports} von {pbx} weiterleiten.</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>{protocol} {ports} an {pbx} weiterleiten, außen und innen dieselben Portnummern, keine Port-Umsetzung.</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} port {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Ausgehendes {protocol} von {pbx} (Quellport {ports}) an {destinations} erlauben, ebenso die Antworten in Gegenrichtung; den Quellport beibehalten (keine zufälligen Quellports).</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} ports {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Ausgehendes {protocol} von {pbx} (Quellports {ports}) an {destinations} erlauben, ebenso die Antworten in Gegenrichtung; den Quellport beibehalten (keine zufälligen Quellports).</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}.</source>
        <translation>{protocol} {ports} an {pbx} weiterleiten.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>beliebige Adressen</translation>
    </message>
    <message>
        <source>any address and port</source>
        <translation>beliebige Adressen und Ports</translation>
    </message>
    <message>
        <source>any address, ports {ports}</source>
        <translation>beliebige Adressen (Zielports {ports})</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP und TCP</translation>
    </message>
    <message>
        <source>{range} in steps of {step}</source>
        <translation>{range} in Schritten von {step}</translation>
    </message>
    <message>
        <source>Port added by the technician</source>
        <translation>Vom Techniker hinzugefügter Port</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>The wizard is already open on this computer. Switch to its window, or close it and start the wizard again.</source>
        <translation>Der Assistent ist auf diesem Rechner bereits geöffnet. Wechseln Sie zu seinem Fenster, oder schließen Sie ihn und starten Sie den Assistenten erneut.</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>Measured with the check&apos;s own control requests to the STUN server. The way to the SIP provider may differ, but poor figures here usually mean a poor line.</source>
        <translation>Gemessen mit den eigenen Kontrollanfragen der Prüfung an den STUN-Server. Der Weg zum SIP-Provider kann ein anderer sein, doch schlechte Werte hier bedeuten meist eine schlechte Leitung.</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>{loss} % ({answered} of {sent} control requests answered)</source>
        <translation>{loss} % ({answered} von {sent} Kontrollanfragen beantwortet)</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>typically {typical} ms, 95 % of answers within {slow} ms</source>
        <translation>typisch {typical} ms, 95 % der Antworten innerhalb von {slow} ms</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>{reached} requests a second (at most {ceiling} allowed)</source>
        <translation>{reached} Anfragen pro Sekunde (höchstens {ceiling} erlaubt)</translation>
    </message>
    <message>
        <source>{reached} requests a second</source>
        <translation>{reached} Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Slowed down</source>
        <translation>Verlangsamt</translation>
    </message>
    <message>
        <source>{count}×, because the server or the link dropped control requests</source>
        <translation>{count}×, weil der Server oder die Verbindung Kontrollanfragen verworfen hat</translation>
    </message>
    <message>
        <source>{count}×, and paused for {seconds} s in all, because the server or the link dropped control requests</source>
        <translation>{count}×, dazu insgesamt {seconds} s Pause, weil der Server oder die Verbindung Kontrollanfragen verworfen hat</translation>
    </message>
    <message>
        <source>The link lost {loss} % of the control requests, more than {limit} %. Calls over it may have gaps in the audio. Check the line, or the Wi-Fi or LTE signal.</source>
        <translation>Die Verbindung hat {loss} % der Kontrollanfragen verloren, mehr als {limit} %. Gespräche darüber können Aussetzer im Ton haben. Prüfen Sie die Leitung bzw. das WLAN- oder LTE-Signal.</translation>
    </message>
    <message>
        <source>The jitter of {jitter} ms is more than {limit} ms, so audio may stutter. Look for uploads or other traffic that fill the line, and give voice priority (QoS) on the router.</source>
        <translation>Der Jitter von {jitter} ms liegt über {limit} ms, der Ton kann daher stocken. Suchen Sie nach Uploads oder anderem Verkehr, der die Leitung füllt, und geben Sie Sprache am Router Vorrang (QoS).</translation>
    </message>
    <message>
        <source>The one-way delay is about {delay} ms (half the round trip), above the {limit} ms that ITU-T G.114 recommends. People on a call start to talk over each other. Look for a busy line, a mobile or satellite link, or a VPN that takes a long way round.</source>
        <translation>Die Verzögerung in eine Richtung beträgt etwa {delay} ms (die halbe Umlaufzeit) und liegt damit über den {limit} ms, die ITU-T G.114 empfiehlt. Gesprächspartner fallen sich dann ins Wort. Suchen Sie nach einer ausgelasteten Leitung, einer Mobilfunk- oder Satellitenverbindung oder einem VPN, das einen weiten Umweg nimmt.</translation>
    </message>
    <message>
        <source>loss {loss} %, round trip {round_trip} ms, jitter {jitter} ms</source>
        <translation>Verlust {loss} %, Umlaufzeit {round_trip} ms, Jitter {jitter} ms</translation>
    </message>
</context>
<context>
    <name>Nat</name>
    <message>
        <source>The router keeps the same public port whatever the destination (endpoint-independent mapping).</source>
        <translation>Der Router verwendet für jedes Ziel denselben öffentlichen Port (endpoint-independent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address (address-dependent mapping).</source>
        <translation>Der Router wählt für jede Zieladresse einen neuen öffentlichen Port (address-dependent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address and port (address-and-port-dependent mapping, also called symmetric NAT).</source>
        <translation>Der Router wählt für jede Kombination aus Zieladresse und Zielport einen neuen öffentlichen Port (address-and-port-dependent mapping, auch symmetrisches NAT genannt).</translation>
    </message>
    <message>
        <source>How the router assigns public ports could not be determined.</source>
        <translation>Wie der Router öffentliche Ports zuordnet, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Once a public port is open, the router lets traffic in from any address (endpoint-independent filtering, as with full cone or a port forward).</source>
        <translation>Sobald ein öffentlicher Port offen ist, lässt der Router Datenverkehr von jeder Adresse herein (endpoint-independent filtering, wie bei Full-Cone-NAT oder einer Portweiterleitung).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from addresses this computer has sent to (address-dependent filtering).</source>
        <translation>Der Router lässt nur Datenverkehr von Adressen herein, an die dieser Rechner gesendet hat (address-dependent filtering).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from the exact address and port this computer has sent to (address-and-port-dependent filtering).</source>
        <translation>Der Router lässt nur Datenverkehr von genau der Adresse und dem Port herein, an die dieser Rechner gesendet hat (address-and-port-dependent filtering).</translation>
    </message>
    <message>
        <source>Which incoming traffic the router lets in could not be determined.</source>
        <translation>Welchen eingehenden Datenverkehr der Router hereinlässt, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The router keeps the port numbers (port preservation).</source>
        <translation>Der Router behält die Portnummern bei (Port-Erhaltung).</translation>
    </message>
    <message>
        <source>The router changes the port numbers (no port preservation).</source>
        <translation>Der Router ändert die Portnummern (keine Port-Erhaltung).</translation>
    </message>
    <message>
        <source>Whether the router keeps the port numbers could not be determined.</source>
        <translation>Ob der Router die Portnummern beibehält, ließ sich nicht feststellen.</translation>
    </message>
</context>
<context>
    <name>OutcomeLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>{label} {count}</source>
        <translation>{label} {count}</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Nicht weitergeleitet</translation>
    </message>
    <message>
        <source>Port translated</source>
        <translation>Port umgesetzt</translation>
    </message>
    <message>
        <source>Symmetric NAT</source>
        <translation>Symmetrisches NAT</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Inbound not tested</source>
        <translation>Eingehend nicht geprüft</translation>
    </message>
    <message>
        <source>Not conclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Local firewall</source>
        <translation>Lokale Firewall</translation>
    </message>
    <message>
        <source>Reserved by Windows</source>
        <translation>Von Windows reserviert</translation>
    </message>
    <message>
        <source>Port works as required</source>
        <translation>Port funktioniert wie erforderlich</translation>
    </message>
    <message>
        <source>Nothing to change for this port.</source>
        <translation>An diesem Port ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Port not forwarded</source>
        <translation>Port nicht weitergeleitet</translation>
    </message>
    <message>
        <source>Router changes the port number</source>
        <translation>Router ändert die Portnummer</translation>
    </message>
    <message>
        <source>Forward each affected UDP port with the same number outside and inside. Check that no rule has a port offset or another internal port.</source>
        <translation>Leiten Sie jeden betroffenen UDP-Port mit derselben Nummer außen und innen weiter. Stellen Sie sicher, dass keine Regel einen Port-Offset oder einen anderen internen Port enthält.</translation>
    </message>
    <message>
        <source>Check the router&apos;s outbound NAT as well: it must keep the source port for the PBX&apos;s address. Business firewalls call this &quot;static port&quot; or &quot;fixed port&quot;; set it for the PBX only.</source>
        <translation>Prüfen Sie auch das ausgehende NAT (Outbound-NAT) des Routers: Es muss für die Adresse der Telefonanlage den Quellport beibehalten. Business-Firewalls nennen das „Static Port“ oder „Fixed Port“; aktivieren Sie es nur für die Telefonanlage.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG or SIP helper on the router; some of them change ports on their own.</source>
        <translation>Schalten Sie SIP-ALG bzw. SIP-Helper am Router ab; manche ändern Ports eigenmächtig.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Inbound traffic not tested</source>
        <translation>Eingehender Datenverkehr nicht geprüft</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Verwenden Sie einen STUN-Server mit zweiter Adresse, etwa einen aus der Standardliste des Produkts, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>This port behaves as the product needs.</source>
        <translation>Dieser Port verhält sich so, wie das Produkt es braucht.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Test 2 did not: the reply from the server&apos;s other address never arrived, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Test 1 hat funktioniert: Dieser Rechner kann von diesem Port senden und erhält die Antwort. Test 2 nicht: Die Antwort von der anderen Adresse des Servers kam nie an, der Router lässt also auf diesem Port keinen Datenverkehr aus dem Internet herein. Bei Ports, die weitergeleitet werden müssen, bedeutet das fehlschlagende eingehende Anrufe, externe Telefone, die sich nicht registrieren können, oder fehlende Sprachübertragung.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing UDP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>Leiten Sie am Router bzw. an der Firewall jeden betroffenen UDP-Port an die LAN-Adresse des Rechners der Telefonanlage weiter, mit derselben Portnummer außen und innen.</translation>
    </message>
    <message>
        <source>Do not let the router translate the ports: no port offset, no other internal port, no range mapped onto a different range.</source>
        <translation>Lassen Sie den Router die Ports nicht umsetzen: kein Port-Offset, kein anderer interner Port, kein Bereich, der auf einen anderen Bereich abgebildet wird.</translation>
    </message>
    <message>
        <source>Make sure the rule points to this computer. Give the PBX a fixed LAN address (static, or a DHCP reservation) so the rule stays right after a restart.</source>
        <translation>Stellen Sie sicher, dass die Regel auf diesen Rechner zeigt. Geben Sie der Telefonanlage eine feste LAN-Adresse (statisch oder per DHCP-Reservierung), damit die Regel auch nach einem Neustart stimmt.</translation>
    </message>
    <message>
        <source>On business firewalls, a port forward (destination NAT) often also needs a policy that allows the traffic in.</source>
        <translation>Auf Business-Firewalls braucht eine Portweiterleitung (Destination-NAT) oft zusätzlich eine Regel (Policy), die den Datenverkehr hereinlässt.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG, SIP helper or SIP inspection on the router. It rewrites SIP messages and often breaks calls.</source>
        <translation>Schalten Sie SIP-ALG, SIP-Helper bzw. SIP-Inspection am Router ab. Diese Funktion schreibt SIP-Nachrichten um und lässt oft Gespräche scheitern.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound UDP on the failing ports for the network profile in use (domain, private or public). A rule for the ports, not for one program, covers both the PBX and this check.</source>
        <translation>Erlauben Sie in der Windows Defender Firewall dieses Rechners eingehendes UDP auf den betroffenen Ports für das aktive Netzwerkprofil (Domäne, privat oder öffentlich). Eine Regel für die Ports statt für ein einzelnes Programm deckt sowohl die Telefonanlage als auch diese Prüfung ab.</translation>
    </message>
    <message>
        <source>Compare the public address in the results with the WAN address on the router&apos;s status page. If they differ, another router sits in front. Forward the ports on both, or set the first one to bridge mode.</source>
        <translation>Vergleichen Sie die öffentliche Adresse in den Ergebnissen mit der WAN-Adresse auf der Statusseite des Routers. Weichen sie ab, sitzt ein weiterer Router davor. Leiten Sie die Ports auf beiden weiter, oder schalten Sie den vorderen in den Bridge-Modus.</translation>
    </message>
    <message>
        <source>If the device in front belongs to the internet provider (carrier-grade NAT, often a WAN address from 100.64.0.0/10), no forward is possible. Ask the provider for a public IPv4 address.</source>
        <translation>Gehört das vorgeschaltete Gerät dem Internetprovider (Carrier-Grade-NAT, oft erkennbar an einer WAN-Adresse aus 100.64.0.0/10), ist keine Weiterleitung möglich. Fragen Sie beim Provider nach einer öffentlichen IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps that number steady. For ports that must be forwarded one-to-one this is a fault; for ports that only need outbound traffic it is usually fine.</source>
        <translation>Der Router sendet diesen Port unter einer anderen öffentlichen Portnummer nach außen, hält diese Nummer aber konstant. Für Ports, die 1:1 weitergeleitet werden müssen, ist das ein Fehler; für Ports, die nur ausgehenden Datenverkehr brauchen, meist unproblematisch.</translation>
    </message>
    <message>
        <source>Public port changes per destination</source>
        <translation>Öffentlicher Port wechselt je Ziel</translation>
    </message>
    <message>
        <source>The router gives this port a new public port for each destination. The public port the PBX learns with STUN is then wrong for the provider and the phones, so their traffic does not come back in. This is a fault for forwarded and for outbound ports alike.</source>
        <translation>Der Router vergibt für diesen Port je Ziel einen neuen öffentlichen Port. Der öffentliche Port, den die Telefonanlage per STUN ermittelt, stimmt dann für den Provider und die Telefone nicht, sodass deren Datenverkehr nicht zurückkommt. Das ist bei weitergeleiteten wie bei ausgehenden Ports gleichermaßen ein Fehler.</translation>
    </message>
    <message>
        <source>For ports that must be forwarded, set up one-to-one forwards to the PBX, with the same number outside and inside. On some routers that also fixes the port of outgoing traffic.</source>
        <translation>Richten Sie für Ports, die weitergeleitet werden müssen, 1:1-Weiterleitungen zur Telefonanlage ein, mit derselben Nummer außen und innen. Bei manchen Routern legt das auch den Port des ausgehenden Datenverkehrs fest.</translation>
    </message>
    <message>
        <source>In the router&apos;s outbound NAT, let the PBX keep its source port. Business firewalls call this &quot;static port&quot; (pfSense, OPNsense), &quot;fixed port&quot; (FortiGate) or port preservation; elsewhere it is an option to turn off random source ports.</source>
        <translation>Lassen Sie die Telefonanlage im ausgehenden NAT (Outbound-NAT) des Routers ihren Quellport behalten. Business-Firewalls nennen das „Static Port“ (pfSense, OPNsense), „Fixed Port“ (FortiGate) oder Port-Erhaltung; anderswo ist es eine Option, mit der sich zufällige Quellports abschalten lassen.</translation>
    </message>
    <message>
        <source>Or, if the line has a spare public IP address, give the PBX a one-to-one NAT (1:1 NAT) to it.</source>
        <translation>Oder, falls der Anschluss eine freie öffentliche IP-Adresse hat, binden Sie die Telefonanlage per 1:1-NAT an diese Adresse.</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line. Otherwise each destination may see another public address.</source>
        <translation>Verteilt der Standort den Datenverkehr auf zwei Internetanschlüsse, leiten Sie den gesamten Verkehr der Telefonanlage über einen Anschluss. Sonst sieht womöglich jedes Ziel eine andere öffentliche Adresse.</translation>
    </message>
    <message>
        <source>Some home and provider routers cannot do any of this. Then the fix is a router or business firewall that can.</source>
        <translation>Manche Heim- und Provider-Router können nichts davon. Dann hilft nur ein Router oder eine Business-Firewall, die das beherrscht.</translation>
    </message>
    <message>
        <source>No answer from this port</source>
        <translation>Keine Antwort auf diesem Port</translation>
    </message>
    <message>
        <source>The STUN server answered requests from other ports, but not from this one. Something blocks outgoing UDP from this port, or the replies to it. The PBX cannot use this port until that is fixed.</source>
        <translation>Der STUN-Server hat Anfragen von anderen Ports beantwortet, aber nicht von diesem. Etwas blockiert ausgehendes UDP von diesem Port oder die Antworten darauf. Die Telefonanlage kann diesen Port erst nutzen, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for rules that block or limit outgoing UDP by port. Allow UDP from the PBX&apos;s LAN address on the failing ports to any destination, and the replies.</source>
        <translation>Suchen Sie am Router bzw. an der Firewall nach Regeln, die ausgehendes UDP portabhängig sperren oder begrenzen. Erlauben Sie UDP von der LAN-Adresse der Telefonanlage auf den betroffenen Ports zu beliebigen Zielen, dazu die Antworten.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall, check the outbound rules for a block on the failing ports or on this program.</source>
        <translation>Prüfen Sie in der Windows Defender Firewall die ausgehenden Regeln auf eine Sperre der betroffenen Ports oder dieses Programms.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can filter traffic on its own. Add an exception for the ports; switching the software off does not always stop its filter.</source>
        <translation>Sicherheitssoftware (Virenschutz, Endpoint Protection) kann Datenverkehr eigenständig filtern. Legen Sie eine Ausnahme für die Ports an; das Abschalten der Software stoppt ihren Filter nicht immer.</translation>
    </message>
    <message>
        <source>If only the SIP port fails (often 5060), a SIP ALG or SIP inspection on the router may drop the traffic. Switch it off.</source>
        <translation>Schlägt nur der SIP-Port fehl (oft 5060), verwirft womöglich ein SIP-ALG oder eine SIP-Inspection am Router den Datenverkehr. Schalten Sie diese Funktion ab.</translation>
    </message>
    <message>
        <source>Some internet providers block single ports, 5060 for example. Test from another internet line, or ask the provider.</source>
        <translation>Manche Internetprovider sperren einzelne Ports, zum Beispiel 5060. Testen Sie über einen anderen Internetanschluss, oder fragen Sie beim Provider nach.</translation>
    </message>
    <message>
        <source>Port used by another program</source>
        <translation>Port von einem anderen Programm belegt</translation>
    </message>
    <message>
        <source>Another program on this computer holds this port, so it could not be tested. Most often that is the PBX service itself or a softphone.</source>
        <translation>Ein anderes Programm auf diesem Rechner belegt diesen Port, daher konnte er nicht geprüft werden. Meist ist das der Dienst der Telefonanlage selbst oder ein Softphone.</translation>
    </message>
    <message>
        <source>Run the commands shown below to see which program holds each port.</source>
        <translation>Führen Sie die unten gezeigten Befehle aus, um zu sehen, welches Programm welchen Port belegt.</translation>
    </message>
    <message>
        <source>If it is the PBX, stop its services for the check, or run the check while the PBX is stopped. Calls drop while it is down, so pick a quiet time and tell the customer.</source>
        <translation>Ist es die Telefonanlage, beenden Sie für die Prüfung ihre Dienste oder prüfen Sie, während die Anlage gestoppt ist. Laufende Gespräche brechen dabei ab; wählen Sie also eine ruhige Zeit und informieren Sie den Kunden.</translation>
    </message>
    <message>
        <source>If it is a softphone or another VoIP program, close it.</source>
        <translation>Ist es ein Softphone oder ein anderes VoIP-Programm, beenden Sie es.</translation>
    </message>
    <message>
        <source>If it is another copy of this wizard, let its check finish or close it: two checks at once take each other&apos;s ports.</source>
        <translation>Ist es eine weitere Instanz dieses Assistenten, lassen Sie deren Prüfung zu Ende laufen oder schließen Sie sie: Zwei gleichzeitige Prüfungen nehmen sich gegenseitig die Ports weg.</translation>
    </message>
    <message>
        <source>Port could not be opened</source>
        <translation>Port ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>The operating system refused to open this port, so it could not be tested. This says nothing about the router yet.</source>
        <translation>Das Betriebssystem hat das Öffnen dieses Ports verweigert, daher konnte er nicht geprüft werden. Über den Router sagt das noch nichts aus.</translation>
    </message>
    <message>
        <source>On Linux or macOS, ports below 1024 need administrator rights. Run the check with sudo.</source>
        <translation>Unter Linux oder macOS erfordern Ports unter 1024 Administratorrechte. Starten Sie die Prüfung mit sudo.</translation>
    </message>
    <message>
        <source>On Windows, no program held the port, and it was in none of the port ranges Windows reserves for itself, or that list could not be read. To see the list, run netsh interface ipv4 show excludedportrange protocol=udp in a command prompt: a failing port in a range without a * is reserved by Windows, and the PBX cannot open it either.</source>
        <translation>Unter Windows hat kein Programm den Port belegt, und er lag in keinem der Portbereiche, die Windows für sich reserviert, oder diese Liste ließ sich nicht lesen. Um die Liste zu sehen, führen Sie netsh interface ipv4 show excludedportrange protocol=udp in einer Eingabeaufforderung aus: Ein betroffener Port in einem Bereich ohne * ist von Windows reserviert, und auch die Telefonanlage kann ihn nicht öffnen.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can stop programs from opening ports. Allow this program in it.</source>
        <translation>Sicherheitssoftware (Virenschutz, Endpoint Protection) kann Programme daran hindern, Ports zu öffnen. Lassen Sie dieses Programm dort zu.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the test out</source>
        <translation>Die Firewall dieses Rechners ließ den Test nicht herein</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address did not arrive, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>Die Antwort von der zweiten Adresse des STUN-Servers kam nicht an, und die Firewall dieses Rechners hätte sie verworfen, egal was der Router tat. Ob der Router diesen Port weiterleitet, ließ sich daher nicht sagen. Das ist kein Fehler des Routers.</translation>
    </message>
    <message>
        <source>Let an administrator allow this program for the check (the button on the results page does it for the time of one check), or allow UDP on these ports in this computer&apos;s firewall for all programs.</source>
        <translation>Lassen Sie einen Administrator dieses Programm für die Prüfung zulassen (die Schaltfläche auf der Ergebnisseite tut das für die Dauer einer Prüfung), oder lassen Sie UDP auf diesen Ports in der Firewall dieses Rechners für alle Programme zu.</translation>
    </message>
    <message>
        <source>If the firewall has block rules for this program, delete them: a block rule wins over every allow rule.</source>
        <translation>Hat die Firewall Blockierungsregeln für dieses Programm, löschen Sie sie: Eine Blockierungsregel hat Vorrang vor jeder Zulassungsregel.</translation>
    </message>
    <message>
        <source>Port reserved by Windows</source>
        <translation>Port von Windows reserviert</translation>
    </message>
    <message>
        <source>Windows keeps this port for itself (an excluded port range, usually taken by Hyper-V, the Windows NAT service, Docker or WSL). No program can open it, and the PBX cannot either: its calls on this port fail whatever the router does.</source>
        <translation>Windows reserviert diesen Port für sich (ein ausgeschlossener Portbereich, meist belegt von Hyper-V, dem Windows-NAT-Dienst, Docker oder WSL). Kein Programm kann ihn öffnen, auch die Telefonanlage nicht: Ihre Gespräche auf diesem Port scheitern, egal was der Router tut.</translation>
    </message>
    <message>
        <source>Keep Windows off the PBX&apos;s ports for good. This needs an administrator; the steps and commands are given under This computer.</source>
        <translation>Halten Sie Windows dauerhaft von den Ports der Telefonanlage fern. Dazu ist ein Administrator nötig; die Schritte und Befehle stehen unter „Dieser Rechner“.</translation>
    </message>
    <message>
        <source>Only test 1 ran: this computer can send from this port and gets replies. No STUN server with a second address was available, so inbound traffic and the stability of the public port could not be tested.</source>
        <translation>Nur Test 1 lief: Dieser Rechner kann von diesem Port senden und erhält Antworten. Es stand kein STUN-Server mit zweiter Adresse zur Verfügung, daher ließen sich eingehender Datenverkehr und die Stabilität des öffentlichen Ports nicht prüfen.</translation>
    </message>
    <message>
        <source>Result not conclusive</source>
        <translation>Ergebnis nicht eindeutig</translation>
    </message>
    <message>
        <source>What this port showed has another explanation than the router, so it counts neither as passed nor as failed.</source>
        <translation>Was dieser Port gezeigt hat, lässt sich auch anders als durch den Router erklären. Er gilt daher weder als bestanden noch als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Starten Sie die Prüfung in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Traffic from the internet reaches the PBX on this port, and the port number stays the same outside and inside. This is what SIP trunks and remote phones need.</source>
        <translation>Datenverkehr aus dem Internet erreicht die Telefonanlage auf diesem Port, und die Portnummer ist außen und innen dieselbe. Genau das brauchen SIP-Trunks und externe Telefone.</translation>
    </message>
    <message>
        <source>The PBX can send from this port and gets replies, and the router keeps the same public port whatever the destination.</source>
        <translation>Die Telefonanlage kann von diesem Port senden und erhält Antworten, und der Router verwendet für jedes Ziel denselben öffentlichen Port.</translation>
    </message>
    <message>
        <source>Test 1 worked, test 2 did not: the router lets traffic in on this port only from addresses the PBX has sent to. For a port that only needs outbound traffic, this alone is not a fault.</source>
        <translation>Test 1 hat funktioniert, Test 2 nicht: Der Router lässt auf diesem Port nur Datenverkehr von Adressen herein, an die die Telefonanlage gesendet hat. Für einen Port, der nur ausgehenden Datenverkehr braucht, ist das allein kein Fehler.</translation>
    </message>
    <message>
        <source>Nothing needs to change for what this port requires.</source>
        <translation>Für die Anforderung dieses Ports muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>If the product&apos;s documentation says this port must also be reachable from the internet, forward it one-to-one to the PBX.</source>
        <translation>Muss dieser Port laut Dokumentation des Produkts auch aus dem Internet erreichbar sein, leiten Sie ihn 1:1 an die Telefonanlage weiter.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number. The PBX writes its own port number into its SIP and SDP messages, so the provider and remote phones send to that number on the public address, where nothing leads to the PBX. Expect one-way or no audio and unstable registrations.</source>
        <translation>Der Router sendet diesen Port unter einer anderen öffentlichen Portnummer nach außen. Die Telefonanlage trägt ihre eigene Portnummer in ihre SIP- und SDP-Nachrichten ein, also senden Provider und externe Telefone an diese Nummer der öffentlichen Adresse, wo nichts zur Telefonanlage führt. Rechnen Sie mit einseitiger oder fehlender Sprachübertragung und instabilen Registrierungen.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps the same one for every destination. For a port that only needs outbound traffic this is fine: the PBX learns its public port with STUN.</source>
        <translation>Der Router sendet diesen Port unter einer anderen öffentlichen Portnummer nach außen, verwendet aber für jedes Ziel dieselbe. Für einen Port, der nur ausgehenden Datenverkehr braucht, ist das in Ordnung: Die Telefonanlage ermittelt ihren öffentlichen Port per STUN.</translation>
    </message>
    <message>
        <source>Nothing needs to change for this port.</source>
        <translation>An diesem Port muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>Only test 1 ran: outgoing traffic from this port works. Whether traffic from the internet reaches the PBX on this port is still open, because no STUN server with a second address was available.</source>
        <translation>Nur Test 1 lief: Ausgehender Datenverkehr von diesem Port funktioniert. Ob Datenverkehr aus dem Internet die Telefonanlage auf diesem Port erreicht, ist noch offen, weil kein STUN-Server mit zweiter Adresse verfügbar war.</translation>
    </message>
    <message>
        <source>Outgoing traffic from this port works. Whether the router keeps the same public port for every destination is still open, because no STUN server with a second address was available.</source>
        <translation>Ausgehender Datenverkehr von diesem Port funktioniert. Ob der Router für jedes Ziel denselben öffentlichen Port verwendet, ist noch offen, weil kein STUN-Server mit zweiter Adresse verfügbar war.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. The responder&apos;s probe, sent from an address this port never sent to, did not arrive, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Test 1 hat funktioniert: Dieser Rechner kann von diesem Port senden und erhält die Antwort. Das Testpaket des Responders, gesendet von einer Adresse, an die dieser Port nie gesendet hat, kam nicht an; der Router lässt also auf diesem Port keinen Datenverkehr aus dem Internet herein. Bei Ports, die weitergeleitet werden müssen, bedeutet das fehlschlagende eingehende Anrufe, externe Telefone, die sich nicht registrieren können, oder fehlende Sprachübertragung.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Neither the answer from the STUN server&apos;s second address nor the responder&apos;s probe arrived, though both came from addresses this port never sent to, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Test 1 hat funktioniert: Dieser Rechner kann von diesem Port senden und erhält die Antwort. Weder die Antwort von der zweiten Adresse des STUN-Servers noch das Testpaket des Responders kam an, obwohl beide von Adressen stammten, an die dieser Port nie gesendet hat; der Router lässt also auf diesem Port keinen Datenverkehr aus dem Internet herein. Bei Ports, die weitergeleitet werden müssen, bedeutet das fehlschlagende eingehende Anrufe, externe Telefone, die sich nicht registrieren können, oder fehlende Sprachübertragung.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing TCP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>Leiten Sie am Router bzw. an der Firewall jeden betroffenen TCP-Port an die LAN-Adresse des Rechners der Telefonanlage weiter, mit derselben Portnummer außen und innen.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound TCP on the failing ports for the network profile in use (domain, private or public).</source>
        <translation>Erlauben Sie in der Windows Defender Firewall dieses Rechners eingehendes TCP auf den betroffenen Ports für das aktive Netzwerkprofil (Domäne, privat oder öffentlich).</translation>
    </message>
    <message>
        <source>TCP port not reachable from the internet</source>
        <translation>TCP-Port aus dem Internet nicht erreichbar</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection did not reach this computer. Phones, apps and other PBXs that connect to the PBX on this port from outside will fail.</source>
        <translation>Der Responder hat aus dem Internet versucht, eine Verbindung zu diesem TCP-Port aufzubauen, doch seine Verbindung hat diesen Rechner nicht erreicht. Telefone, Apps und andere Telefonanlagen, die sich von außen auf diesem Port mit der Telefonanlage verbinden, werden scheitern.</translation>
    </message>
    <message>
        <source>Another device answers on this TCP port</source>
        <translation>Ein anderes Gerät antwortet auf diesem TCP-Port</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port was accepted, but not by this computer: either the router answers on this port itself, with a service of its own (remote administration, a VPN server, its own telephony), or the forward points at another computer.</source>
        <translation>Die Verbindung des Responders zu diesem TCP-Port wurde angenommen, aber nicht von diesem Rechner: Entweder antwortet der Router selbst auf diesem Port, mit einem eigenen Dienst (Fernverwaltung, VPN-Server, eigene Telefonie), oder die Weiterleitung zeigt auf einen anderen Rechner.</translation>
    </message>
    <message>
        <source>Check that the forward for this port points at the LAN address of the PBX computer, not at an old PBX or another device.</source>
        <translation>Prüfen Sie, ob die Weiterleitung für diesen Port auf die LAN-Adresse des Rechners der Telefonanlage zeigt und nicht auf eine alte Telefonanlage oder ein anderes Gerät.</translation>
    </message>
    <message>
        <source>If the router runs a service of its own on this port (remote administration over HTTPS, a VPN server, its own SIP telephony), move that service to another port or switch it off, then forward the port to the PBX.</source>
        <translation>Betreibt der Router auf diesem Port einen eigenen Dienst (Fernverwaltung über HTTPS, einen VPN-Server, eigene SIP-Telefonie), verlegen Sie diesen Dienst auf einen anderen Port oder schalten Sie ihn ab, und leiten Sie den Port dann an die Telefonanlage weiter.</translation>
    </message>
    <message>
        <source>TCP connection refused on the way</source>
        <translation>TCP-Verbindung unterwegs abgelehnt</translation>
    </message>
    <message>
        <source>A device on the way refused the responder&apos;s connection to this TCP port. Usually there is no forward for this port, or the forward points at a computer where nothing listens on it.</source>
        <translation>Ein Gerät auf dem Weg hat die Verbindung des Responders zu diesem TCP-Port abgelehnt. Meist gibt es für diesen Port keine Weiterleitung, oder die Weiterleitung zeigt auf einen Rechner, auf dem an diesem Port nichts lauscht.</translation>
    </message>
    <message>
        <source>If the forward exists, check that it points at this computer, and that the PBX service for this port runs whenever the check does not.</source>
        <translation>Falls die Weiterleitung existiert, prüfen Sie, ob sie auf diesen Rechner zeigt und ob der Dienst der Telefonanlage für diesen Port immer dann läuft, wenn die Prüfung nicht läuft.</translation>
    </message>
    <message>
        <source>TCP connection dropped on the way</source>
        <translation>TCP-Verbindung unterwegs verworfen</translation>
    </message>
    <message>
        <source>Nothing came back to the responder&apos;s connection to this TCP port: it was dropped on the way. Usually there is no forward for this port, or a firewall before this computer drops the connection.</source>
        <translation>Auf den Verbindungsversuch des Responders zu diesem TCP-Port kam nichts zurück: Er wurde unterwegs verworfen. Meist gibt es für diesen Port keine Weiterleitung, oder eine Firewall vor diesem Rechner verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>TCP connection rejected on the way</source>
        <translation>TCP-Verbindung unterwegs zurückgewiesen</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejected the responder&apos;s connection to this TCP port with an error message (ICMP unreachable): a rule rejects connections to this port, or the forward points at an address where no computer answers.</source>
        <translation>Ein Router oder eine Firewall auf dem Weg hat die Verbindung des Responders zu diesem TCP-Port mit einer Fehlermeldung (ICMP Unreachable) zurückgewiesen: Eine Regel weist Verbindungen zu diesem Port zurück, oder die Weiterleitung zeigt auf eine Adresse, unter der kein Rechner antwortet.</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection reached this computer: the port is forwarded to it.</source>
        <translation>Der Responder hat sich aus dem Internet mit diesem TCP-Port verbunden, und seine Verbindung hat diesen Rechner erreicht: Der Port wird an ihn weitergeleitet.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the connection out</source>
        <translation>Die Firewall dieses Rechners ließ die Verbindung nicht herein</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port did not reach the check, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>Die Verbindung des Responders zu diesem TCP-Port hat die Prüfung nicht erreicht, und die Firewall dieses Rechners hätte sie verworfen, egal was der Router tat. Ob der Router diesen Port weiterleitet, ließ sich daher nicht sagen. Das ist kein Fehler des Routers.</translation>
    </message>
    <message>
        <source>In this computer&apos;s firewall, allow inbound TCP on these ports for all programs, or at least for the PBX and this check.</source>
        <translation>Erlauben Sie in der Firewall dieses Rechners eingehendes TCP auf diesen Ports für alle Programme oder zumindest für die Telefonanlage und diese Prüfung.</translation>
    </message>
    <message>
        <source>TCP port not tested</source>
        <translation>TCP-Port nicht geprüft</translation>
    </message>
    <message>
        <source>The responder could not connect to this TCP port, so whether it is reachable from the internet is still open.</source>
        <translation>Der Responder konnte sich nicht mit diesem TCP-Port verbinden; ob er aus dem Internet erreichbar ist, ist daher noch offen.</translation>
    </message>
    <message>
        <source>Read what the check says about the responder, put it right, and run the check again.</source>
        <translation>Lesen Sie, was die Prüfung über den Responder meldet, beheben Sie das Problem und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>refused on the way</source>
        <translation>unterwegs abgelehnt</translation>
    </message>
    <message>
        <source>dropped on the way</source>
        <translation>unterwegs verworfen</translation>
    </message>
    <message>
        <source>rejected on the way</source>
        <translation>unterwegs zurückgewiesen</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>another device answered</source>
        <translation>anderes Gerät hat geantwortet</translation>
    </message>
</context>
<context>
    <name>PathPicture</name>
    <message>
        <source>Traffic gets out to the STUN server and its answers get back in.</source>
        <translation>Datenverkehr gelangt hinaus zum STUN-Server, und dessen Antworten kommen wieder herein.</translation>
    </message>
    <message>
        <source>The router forwards incoming traffic to this computer for some ports, but not for others.</source>
        <translation>Der Router leitet eingehenden Datenverkehr für manche Ports an diesen Rechner weiter, für andere nicht.</translation>
    </message>
    <message>
        <source>The router lets outgoing traffic through but does not forward incoming traffic to this computer.</source>
        <translation>Der Router lässt ausgehenden Datenverkehr durch, leitet eingehenden aber nicht an diesen Rechner weiter.</translation>
    </message>
    <message>
        <source>The router changes the port numbers, so incoming traffic does not arrive on the port this computer uses.</source>
        <translation>Der Router ändert die Portnummern, daher kommt eingehender Datenverkehr nicht auf dem Port an, den dieser Rechner verwendet.</translation>
    </message>
    <message>
        <source>The router uses a new public port for every destination, so incoming traffic from elsewhere does not get in.</source>
        <translation>Der Router verwendet für jedes Ziel einen neuen öffentlichen Port, daher kommt eingehender Datenverkehr von anderen Absendern nicht herein.</translation>
    </message>
    <message>
        <source>No answer came back: a firewall drops the traffic, in the router or on this computer (such as Windows Firewall).</source>
        <translation>Es kam keine Antwort zurück: Eine Firewall verwirft den Datenverkehr, im Router oder auf diesem Rechner (etwa die Windows-Firewall).</translation>
    </message>
    <message>
        <source>Another program on this computer already uses the port, so the test could not send.</source>
        <translation>Ein anderes Programm auf diesem Rechner belegt den Port bereits, daher konnte der Test nicht senden.</translation>
    </message>
    <message>
        <source>This computer did not let the program use the port, so the test could not send.</source>
        <translation>Dieser Rechner hat dem Programm die Nutzung des Ports verweigert, daher konnte der Test nicht senden.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. Answers from its second address are dropped by this computer&apos;s own firewall, so the router could not be judged.</source>
        <translation>Der Datenverkehr gelangt hinaus zum STUN-Server. Antworten von dessen zweiter Adresse verwirft die eigene Firewall dieses Rechners, daher ließ sich der Router nicht beurteilen.</translation>
    </message>
    <message>
        <source>Windows reserves some of the ports for itself, so neither the test nor the PBX can use them.</source>
        <translation>Windows reserviert einige der Ports für sich, daher können weder der Test noch die Telefonanlage sie nutzen.</translation>
    </message>
    <message>
        <source>This computer could not look up the name of the STUN server.</source>
        <translation>Dieser Rechner konnte den Namen des STUN-Servers nicht auflösen.</translation>
    </message>
    <message>
        <source>No answer from the STUN server: it may be down, or outgoing traffic is blocked.</source>
        <translation>Keine Antwort vom STUN-Server: Er ist vielleicht außer Betrieb, oder ausgehender Datenverkehr wird blockiert.</translation>
    </message>
    <message>
        <source>The STUN server has no second address, so incoming traffic could not be tested.</source>
        <translation>Der STUN-Server hat keine zweite Adresse, daher ließ sich eingehender Datenverkehr nicht prüfen.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. For some ports it could not be told whether the answers get back in; nothing shows the router at fault.</source>
        <translation>Der Datenverkehr gelangt hinaus zum STUN-Server. Ob die Antworten wieder hereinkommen, ließ sich für einige Ports nicht sagen; nichts zeigt einen Fehler des Routers.</translation>
    </message>
    <message>
        <source>Traffic gets through both ways, but the router rewrites the SIP messages that pass it (a SIP helper).</source>
        <translation>Der Datenverkehr kommt in beide Richtungen durch, aber der Router schreibt die SIP-Nachrichten um, die ihn passieren (ein SIP-Helper).</translation>
    </message>
    <message>
        <source>Outgoing traffic gets out, but incoming traffic stops at a second NAT in front of the router, before the router&apos;s forwards.</source>
        <translation>Ausgehender Datenverkehr kommt hinaus, eingehender aber endet an einem zweiten NAT vor dem Router, noch vor dessen Weiterleitungen.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router lets the traffic through now.</source>
        <translation>Ein zweites NAT vor dem Router lässt den Datenverkehr derzeit durch.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Router / firewall</source>
        <translation>Router / Firewall</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>STUN-Server</translation>
    </message>
    <message>
        <source>Carrier-grade NAT</source>
        <translation>Carrier-Grade-NAT</translation>
    </message>
    <message>
        <source>ISP modem / second router</source>
        <translation>Provider-Modem / zweiter Router</translation>
    </message>
    <message>
        <source>Second NAT</source>
        <translation>Zweites NAT</translation>
    </message>
    <message>
        <source>Outgoing (test 1)</source>
        <translation>Ausgehend (Test 1)</translation>
    </message>
    <message>
        <source>Incoming (test 2)</source>
        <translation>Eingehend (Test 2)</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) was not tested.</source>
        <translation>Ausgehender Datenverkehr (Test 1) wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not tested.</source>
        <translation>Eingehender Datenverkehr (Test 2) wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) reached the STUN server.</source>
        <translation>Ausgehender Datenverkehr (Test 1) hat den STUN-Server erreicht.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) reached this computer.</source>
        <translation>Eingehender Datenverkehr (Test 2) hat diesen Rechner erreicht.</translation>
    </message>
    <message>
        <source>For some ports it could not be told whether incoming traffic (test 2) got through.</source>
        <translation>Für einige Ports ließ sich nicht sagen, ob eingehender Datenverkehr (Test 2) durchkam.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) could not leave this computer.</source>
        <translation>Ausgehender Datenverkehr (Test 1) konnte diesen Rechner nicht verlassen.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the router or firewall.</source>
        <translation>Ausgehender Datenverkehr (Test 1) endete am Router bzw. an der Firewall.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) got no answer from the internet.</source>
        <translation>Ausgehender Datenverkehr (Test 1) erhielt keine Antwort aus dem Internet.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the STUN server.</source>
        <translation>Ausgehender Datenverkehr (Test 1) endete am STUN-Server.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not sent by the STUN server.</source>
        <translation>Eingehender Datenverkehr (Test 2) wurde vom STUN-Server nicht gesendet.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was lost on the internet.</source>
        <translation>Eingehender Datenverkehr (Test 2) ging im Internet verloren.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the second NAT in front of the router.</source>
        <translation>Eingehender Datenverkehr (Test 2) endete am zweiten NAT vor dem Router.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the router or firewall.</source>
        <translation>Eingehender Datenverkehr (Test 2) endete am Router bzw. an der Firewall.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped on this computer.</source>
        <translation>Eingehender Datenverkehr (Test 2) endete auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Path picture</source>
        <translation>Pfadgrafik</translation>
    </message>
</context>
<context>
    <name>PortGrid</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Port grid</source>
        <translation>Port-Raster</translation>
    </message>
    <message>
        <source>Port {port}/TCP: {label}</source>
        <translation>Port {port}/TCP: {label}</translation>
    </message>
    <message>
        <source>Port {port}: {label}</source>
        <translation>Port {port}: {label}</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given; enter a port such as 5060 or a range such as 9000-10999</source>
        <translation>keine Ports angegeben; geben Sie einen Port wie 5060 oder einen Bereich wie 9000-10999 ein</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; has an empty item; remove the extra comma</source>
        <translation>&apos;{spec}&apos; enthält einen leeren Eintrag; entfernen Sie das überzählige Komma</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>&apos;{text}&apos; ist keine Portnummer</translation>
    </message>
    <message>
        <source>port {port} is outside 1–65535</source>
        <translation>Port {port} liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>range {first}-{last} is reversed (write {last}-{first})</source>
        <translation>Bereich {first}-{last} ist vertauscht (schreiben Sie {last}-{first})</translation>
    </message>
    <message>
        <source>range &apos;{item}&apos; needs a port on each side of the dash</source>
        <translation>Bereich &apos;{item}&apos; braucht auf beiden Seiten des Bindestrichs einen Port</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; is not a usable step in &apos;{item}&apos;; after the slash write a whole number from 1 to 65534, as in 10000-20000/2</source>
        <translation>&apos;{step}&apos; ist keine gültige Schrittweite in &apos;{item}&apos;; schreiben Sie nach dem Schrägstrich eine ganze Zahl von 1 bis 65534, wie in 10000-20000/2</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; has a step but only one port; a step needs a range such as 10000-20000/2</source>
        <translation>&apos;{item}&apos; hat eine Schrittweite, aber nur einen Port; eine Schrittweite erfordert einen Bereich wie 10000-20000/2</translation>
    </message>
    <message>
        <source>{count} TCP ports are more than one check connects back to (at most {limit}): give the product&apos;s TCP ports, not a whole range</source>
        <translation>{count} TCP-Ports sind mehr, als eine Prüfung zurückverbindet (höchstens {limit}): Geben Sie die TCP-Ports des Produkts an, keinen ganzen Bereich</translation>
    </message>
</context>
<context>
    <name>PortTable</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Test 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Test 2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Test 2 proved by: {witness}</source>
        <translation>Test 2 belegt durch: {witness}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Ports the product needs</source>
        <translation>Vom Produkt benötigte Ports</translation>
    </message>
    <message>
        <source>Ports to &amp;check:</source>
        <translation>Zu prüfende &amp;Ports:</translation>
    </message>
    <message>
        <source>for example 9000-9019, 5060</source>
        <translation>zum Beispiel 9000-9019, 5060</translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation>Zu prüfende Ports</translation>
    </message>
    <message>
        <source>UDP ports this check tests with STUN. Narrow a range to test faster, or add ports the list does not have. Each port is held to the rule that contains it.</source>
        <translation>UDP-Ports, die diese Prüfung per STUN testet. Verkleinern Sie einen Bereich, um schneller zu prüfen, oder ergänzen Sie Ports, die in der Liste fehlen. Jeder Port wird an der Regel gemessen, die ihn enthält.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Fill in every UDP port of the ticked rules again</source>
        <translation>Wieder alle UDP-Ports der angehakten Regeln eintragen</translation>
    </message>
    <message>
        <source>Problem with the ports</source>
        <translation>Problem mit den Ports</translation>
    </message>
    <message>
        <source>Checklist for the router admin</source>
        <translation>Checkliste für den Router-Administrator</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Windows Firewall commands</source>
        <translation>Befehle für die Windows-Firewall</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>For the router or firewall admin</source>
        <translation>Für den Router- oder Firewall-Admin</translation>
    </message>
    <message>
        <source>Windows Firewall on the PBX</source>
        <translation>Windows-Firewall auf der Telefonanlage</translation>
    </message>
    <message>
        <source>Rules to hand over</source>
        <translation>Regeln zur Weitergabe</translation>
    </message>
    <message>
        <source>Ports {product} needs</source>
        <translation>Ports, die {product} braucht</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>UDP ports to check: {count}</source>
        <translation>Zu prüfende UDP-Ports: {count}</translation>
    </message>
    <message>
        <source>&lt;PBX address&gt;</source>
        <translation>&lt;Adresse der TK-Anlage&gt;</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{ports}, … (ranges left out: {count})</source>
        <translation>{ports}, … (ausgelassene Bereiche: {count})</translation>
    </message>
    <message>
        <source>{result} ({reason})</source>
        <translation>{result} ({reason})</translation>
    </message>
    <message>
        <source>Used for this check.</source>
        <translation>Für diese Prüfung verwendet.</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Hat geantwortet.</translation>
    </message>
    <message>
        <source>{ip}, ports vary</source>
        <translation>{ip}, Ports unterschiedlich</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>another copy of this wizard ({program})</source>
        <translation>eine weitere Instanz dieses Assistenten ({program})</translation>
    </message>
    <message>
        <source>{program}, services: {services}</source>
        <translation>{program}, Dienste: {services}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>Asked with</source>
        <translation>Abgefragt per</translation>
    </message>
    <message>
        <source>{name} at {address}</source>
        <translation>{name} unter {address}</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>– (it says: {status})</source>
        <translation>– (laut Router: {status})</translation>
    </message>
    <message>
        <source>Internet (WAN) address</source>
        <translation>Internetadresse (WAN)</translation>
    </message>
    <message>
        <source>Second NAT in front</source>
        <translation>Zweites NAT davor</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>keines erkannt</translation>
    </message>
    <message>
        <source>{total}, of which {ours} for the checked ports</source>
        <translation>{total}, davon {ours} für die geprüften Ports</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Forwards it lists</source>
        <translation>Gelistete Weiterleitungen</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Which phone system?</source>
        <translation>Welche Telefonanlage?</translation>
    </message>
    <message>
        <source>Pick the PBX that runs on this computer. Each one needs different ports and a different kind of help from the router.</source>
        <translation>Wählen Sie die Telefonanlage, die auf diesem Rechner läuft. Jede braucht andere Ports und eine andere Art von Unterstützung durch den Router.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each SIP, tunnel and media port must reach the PBX one-to-one: the router may change the address but never the port (a full-cone NAT).</source>
        <translation>Jeder SIP-, Tunnel- und Medienport muss die Telefonanlage 1:1 erreichen: Der Router darf die Adresse ändern, aber nie den Port (ein Full-Cone-NAT).</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) on the router: it rewrites SIP messages and breaks calls.</source>
        <translation>Schalten Sie am Router SIP-ALG (auch SIP-Helper oder SIP-Inspection genannt) ab: Es schreibt SIP-Nachrichten um und lässt Gespräche scheitern.</translation>
    </message>
    <message>
        <source>Forward every port to the address of the 3CX machine itself, not to a different host.</source>
        <translation>Leiten Sie jeden Port an die Adresse des 3CX-Rechners selbst weiter, nicht an einen anderen Host.</translation>
    </message>
    <message>
        <source>A firewall that watches for port scans may start blocking after the first few ports, because they are checked one after another; pause that protection while checking.</source>
        <translation>Eine Firewall mit Portscan-Erkennung kann nach den ersten Ports zu blockieren beginnen, weil diese nacheinander geprüft werden; setzen Sie diesen Schutz während der Prüfung aus.</translation>
    </message>
    <message>
        <source>Windows Firewall and antivirus or anti-malware software on the PBX machine can block the same ports; allow them there as well.</source>
        <translation>Die Windows-Firewall sowie Antiviren- oder Anti-Malware-Software auf dem Rechner der Telefonanlage können dieselben Ports sperren; geben Sie sie dort ebenfalls frei.</translation>
    </message>
    <message>
        <source>In the 3CX management console, typically the SIP trunk&apos;s re-registration interval in the trunk&apos;s options, and for remote phones their registration or keep-alive interval in the phone provisioning settings.</source>
        <translation>In der 3CX-Verwaltungskonsole, in der Regel das Intervall für die erneute Registrierung in den Optionen des SIP-Trunks und für externe Telefone deren Registrierungs- oder Keep-Alive-Intervall in den Provisionierungseinstellungen der Telefone.</translation>
    </message>
    <message>
        <source>SIP signalling with providers and remote phones</source>
        <translation>SIP-Signalisierung mit Providern und externen Telefonen</translation>
    </message>
    <message>
        <source>SIP signalling over TCP</source>
        <translation>SIP-Signalisierung über TCP</translation>
    </message>
    <message>
        <source>SIP signalling over TLS (encrypted)</source>
        <translation>SIP-Signalisierung über TLS (verschlüsselt)</translation>
    </message>
    <message>
        <source>3CX tunnel for remote 3CX apps and bridged PBXs</source>
        <translation>3CX-Tunnel für externe 3CX-Apps und per Bridge gekoppelte Telefonanlagen</translation>
    </message>
    <message>
        <source>3CX tunnel over TCP for remote 3CX apps and bridged PBXs</source>
        <translation>3CX-Tunnel über TCP für externe 3CX-Apps und per Bridge gekoppelte Telefonanlagen</translation>
    </message>
    <message>
        <source>Audio and video of calls (RTP media)</source>
        <translation>Audio und Video von Gesprächen (RTP-Medien)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS (port chosen at install)</source>
        <translation>Web-Client und Verwaltungskonsole über HTTPS (Port bei der Installation gewählt)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS, when installed on 443 instead of 5001</source>
        <translation>Web-Client und Verwaltungskonsole über HTTPS, wenn bei der Installation 443 statt 5001 gewählt wurde</translation>
    </message>
    <message>
        <source>Web client and management console over plain HTTP</source>
        <translation>Web-Client und Verwaltungskonsole über unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>Other PBX (enter ports)</source>
        <translation>Andere TK-Anlage (Ports eingeben)</translation>
    </message>
    <message>
        <source>Checks the UDP ports you enter, each for one-to-one forwarding to this machine (a full-cone NAT).</source>
        <translation>Prüft die von Ihnen eingegebenen UDP-Ports jeweils auf 1:1-Weiterleitung an diesen Rechner (ein Full-Cone-NAT).</translation>
    </message>
    <message>
        <source>PBXact</source>
        <translation>PBXact</translation>
    </message>
    <message>
        <source>Only SSH (22/TCP) for remote management is required; the other ports are recommended, and all outbound traffic from the PBX must be allowed.</source>
        <translation>Erforderlich ist nur SSH (22/TCP) für die Fernwartung; die übrigen Ports werden empfohlen, und sämtlicher ausgehende Datenverkehr der Telefonanlage muss erlaubt sein.</translation>
    </message>
    <message>
        <source>Let the PBX send anything it wants to the internet: it opens connections of its own for speech recognition, updates and licensing.</source>
        <translation>Lassen Sie die Telefonanlage beliebig ins Internet senden: Sie baut eigene Verbindungen für Spracherkennung, Updates und Lizenzierung auf.</translation>
    </message>
    <message>
        <source>Turn off packet inspection for the PBX&apos;s traffic; it can swallow the answers to those connections and break updates, speech recognition and licence registration.</source>
        <translation>Schalten Sie die Paketinspektion für den Datenverkehr der Telefonanlage ab; sie kann die Antworten auf diese Verbindungen verschlucken und so Updates, Spracherkennung und Lizenzregistrierung stören.</translation>
    </message>
    <message>
        <source>In PBXact (built on FreePBX), typically the trunk&apos;s registration expiration and qualify frequency in its PJSIP settings, and the qualify frequency of the extensions.</source>
        <translation>In PBXact (auf Basis von FreePBX) in der Regel die Registrierungsdauer (Expiration) und die Qualify Frequency des Trunks in seinen PJSIP-Einstellungen sowie die Qualify Frequency der Nebenstellen.</translation>
    </message>
    <message>
        <source>SSH for remote management, updates and troubleshooting</source>
        <translation>SSH für Fernwartung, Updates und Fehlersuche</translation>
    </message>
    <message>
        <source>SIP: phones register and set up calls</source>
        <translation>SIP: Telefone registrieren sich und bauen Gespräche auf</translation>
    </message>
    <message>
        <source>Audio of calls (RTP media); each call uses a port picked from this range</source>
        <translation>Audio von Gesprächen (RTP-Medien); jedes Gespräch nutzt einen Port aus diesem Bereich</translation>
    </message>
    <message>
        <source>PBXact applications: phone features and administration</source>
        <translation>PBXact-Anwendungen: Telefonfunktionen und Verwaltung</translation>
    </message>
    <message>
        <source>TFTP: phones fetch new firmware</source>
        <translation>TFTP: Telefone laden neue Firmware</translation>
    </message>
    <message>
        <source>XactView desktop client</source>
        <translation>XactView-Desktop-Client</translation>
    </message>
    <message>
        <source>XactView automatic updates</source>
        <translation>Automatische Updates von XactView</translation>
    </message>
    <message>
        <source>Chat of the XactView client</source>
        <translation>Chat des XactView-Clients</translation>
    </message>
    <message>
        <source>Remote link that joins two or more PBXact systems</source>
        <translation>Fernverbindung, die zwei oder mehr PBXact-Systeme koppelt</translation>
    </message>
    <message>
        <source>SwyxWare</source>
        <translation>SwyxWare</translation>
    </message>
    <message>
        <source>The LinkManager needs outbound UDP with replies for STUN, SIP and audio; only ENUM links need a port forwarded in.</source>
        <translation>Der LinkManager braucht ausgehendes UDP mit Antworten für STUN, SIP und Audio; nur ENUM-Links brauchen einen eingehend weitergeleiteten Port.</translation>
    </message>
    <message>
        <source>When the line is idle the LinkManager sends a STUN request every 10 seconds, which keeps the router&apos;s NAT entries alive and reveals a new public address after a reconnect; do not block these requests.</source>
        <translation>Im Leerlauf sendet der LinkManager alle 10 Sekunden eine STUN-Anfrage; das hält die NAT-Einträge des Routers aufrecht und macht nach einer Neueinwahl die neue öffentliche Adresse sichtbar. Blockieren Sie diese Anfragen nicht.</translation>
    </message>
    <message>
        <source>Keep the LinkManager out of a DMZ: SwyxIt! clients and SwyxPhones on the LAN exchange audio with it directly.</source>
        <translation>Stellen Sie den LinkManager nicht in eine DMZ: SwyxIt!-Clients und SwyxPhones im LAN tauschen Audio direkt mit ihm aus.</translation>
    </message>
    <message>
        <source>Separate firewall rules for audio and for signalling make it easy to attach QoS rules that give speech priority.</source>
        <translation>Getrennte Firewall-Regeln für Audio und Signalisierung erleichtern es, QoS-Regeln anzuhängen, die Sprache priorisieren.</translation>
    </message>
    <message>
        <source>Some providers answer STUN on a port other than 3478 (10000, for example); allow the provider&apos;s STUN port as a destination too.</source>
        <translation>Manche Provider beantworten STUN auf einem anderen Port als 3478 (zum Beispiel 10000); erlauben Sie auch den STUN-Port des Providers als Ziel.</translation>
    </message>
    <message>
        <source>The LinkManager&apos;s refresh every 10 seconds is built in; typically only the SIP trunk&apos;s registration interval can be shortened, in the trunk&apos;s properties in SwyxWare Administration.</source>
        <translation>Die Auffrischung des LinkManagers alle 10 Sekunden ist fest eingebaut; verkürzen lässt sich in der Regel nur das Registrierungsintervall des SIP-Trunks, in den Eigenschaften des Trunks in SwyxWare Administration.</translation>
    </message>
    <message>
        <source>5.00</source>
        <translation>5.00</translation>
    </message>
    <message>
        <source>5.01 and later</source>
        <translation>5.01 und neuer</translation>
    </message>
    <message>
        <source>LinkManager signalling: STUN to the STUN server and SIP to the provider</source>
        <translation>LinkManager-Signalisierung: STUN zum STUN-Server und SIP zum Provider</translation>
    </message>
    <message>
        <source>Audio of SIP trunk calls (RTP media)</source>
        <translation>Audio von Gesprächen über SIP-Trunks (RTP-Medien)</translation>
    </message>
    <message>
        <source>Incoming SIP for ENUM links, which are not registered and wait for calls: forward the public port 5060 to the LinkManager&apos;s port 65002</source>
        <translation>Eingehendes SIP für ENUM-Links, die sich nicht registrieren und auf Anrufe warten: öffentlichen Port 5060 an Port 65002 des LinkManagers weiterleiten</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>recent contact</source>
        <translation>kürzlicher Kontakt</translation>
    </message>
    <message>
        <source>link losing packets</source>
        <translation>Verbindung verliert Pakete</translation>
    </message>
    <message>
        <source>bad reply</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>second address silent</source>
        <translation>zweite Adresse stumm</translation>
    </message>
    <message>
        <source>several public addresses</source>
        <translation>mehrere öffentliche Adressen</translation>
    </message>
    <message>
        <source>mapping not confirmed</source>
        <translation>Zuordnung unbestätigt</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Rate begrenzt</translation>
    </message>
    <message>
        <source>taken by check</source>
        <translation>von Prüfung belegt</translation>
    </message>
    <message>
        <source>local network error</source>
        <translation>lokaler Netzwerkfehler</translation>
    </message>
    <message>
        <source>another way out</source>
        <translation>anderer Weg nach außen</translation>
    </message>
    <message>
        <source>witnesses disagree</source>
        <translation>Ergebnisse widersprüchlich</translation>
    </message>
    <message>
        <source>connection not traced</source>
        <translation>Verbindung nicht nachverfolgbar</translation>
    </message>
    <message>
        <source>responder unheard</source>
        <translation>nichts vom Responder empfangen</translation>
    </message>
    <message>
        <source>responder failed</source>
        <translation>Responder ohne Ergebnis</translation>
    </message>
    <message>
        <source>service on loopback</source>
        <translation>Dienst nur auf Loopback</translation>
    </message>
    <message>
        <source>Port talked to the server&apos;s second address recently</source>
        <translation>Port hatte kürzlich Kontakt zur zweiten Serveradresse</translation>
    </message>
    <message>
        <source>This port sent to the STUN server&apos;s second address a short time ago, for example in an earlier run of this check. The router may still let that address in for a few minutes, so a passing test 2 would prove nothing. The port counts neither as passed nor as failed.</source>
        <translation>Dieser Port hat vor kurzem an die zweite Adresse des STUN-Servers gesendet, etwa bei einem früheren Lauf dieser Prüfung. Der Router lässt diese Adresse womöglich noch einige Minuten lang herein, ein bestandener Test 2 würde also nichts beweisen. Der Port gilt weder als bestanden noch als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes: many routers remember such a contact that long, and so does this check. A run started sooner finds the same.</source>
        <translation>Starten Sie die Prüfung nach fünf Minuten erneut: So lange merken sich viele Router einen solchen Kontakt, und diese Prüfung ebenso. Ein früherer Lauf kommt zum selben Ergebnis.</translation>
    </message>
    <message>
        <source>Meanwhile, do not run other STUN tools or softphones on this computer that could use the same ports.</source>
        <translation>Lassen Sie bis dahin auf diesem Rechner keine anderen STUN-Werkzeuge oder Softphones laufen, die dieselben Ports nutzen könnten.</translation>
    </message>
    <message>
        <source>The link was losing packets</source>
        <translation>Die Verbindung hat Pakete verloren</translation>
    </message>
    <message>
        <source>When this port was tested, the link or the STUN server was losing the check&apos;s own control requests, which the router always lets through. So the silence on this port may come from that loss; the router is not to blame for it yet.</source>
        <translation>Als dieser Port getestet wurde, gingen auf der Verbindung oder beim STUN-Server die eigenen Kontrollanfragen der Prüfung verloren, die der Router immer durchlässt. Die Stille auf diesem Port kann also von diesem Verlust kommen; den Router trifft dafür noch keine Schuld.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet link: a weak Wi-Fi or LTE signal, an upload that fills the line, or a VPN can lose packets. Use a cable if you can.</source>
        <translation>Prüfen Sie die Internetverbindung dieses Rechners: Ein schwaches WLAN- oder LTE-Signal, ein Upload, der die Leitung füllt, oder ein VPN können Pakete verlieren. Verwenden Sie nach Möglichkeit ein Kabel.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>If it happens again, lower the rate (on the Test settings page, or with --rate): some public STUN servers drop requests from clients that send many.</source>
        <translation>Passiert es wieder, senken Sie die Rate (auf der Seite Prüfeinstellungen oder mit --rate): Manche öffentlichen STUN-Server verwerfen Anfragen von Clients, die viele senden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete</source>
        <translation>Die Antwort des Servers war unvollständig</translation>
    </message>
    <message>
        <source>The STUN server answered this port, but its answer did not say which public address it saw. A faulty server, or a device on the way that rewrites packets, can cause that. It does not show a router fault.</source>
        <translation>Der STUN-Server hat diesem Port geantwortet, aber seine Antwort nannte nicht die öffentliche Adresse, die er gesehen hat. Das kann an einem fehlerhaften Server liegen oder an einem Gerät unterwegs, das Pakete umschreibt. Einen Fehler des Routers zeigt es nicht.</translation>
    </message>
    <message>
        <source>If it happens again, switch off SIP ALG or other inspection of UDP on the router, or choose another STUN server.</source>
        <translation>Passiert es wieder, schalten Sie SIP-ALG oder eine andere Inspektion von UDP am Router ab, oder wählen Sie einen anderen STUN-Server.</translation>
    </message>
    <message>
        <source>The server&apos;s second address never answered</source>
        <translation>Die zweite Adresse des Servers hat nie geantwortet</translation>
    </message>
    <message>
        <source>Test 1 works, but the server&apos;s second address never answered this port, not even to a request sent straight to it. Something on the way may block traffic to that address: a firewall rule that allows only some destinations, a filter at the provider, or the server itself. Whether the router forwards this port could not be told.</source>
        <translation>Test 1 funktioniert, aber die zweite Adresse des Servers hat diesem Port nie geantwortet, nicht einmal auf eine direkt an sie gesendete Anfrage. Etwas auf dem Weg blockiert womöglich den Verkehr zu dieser Adresse: eine Firewall-Regel, die nur bestimmte Ziele erlaubt, ein Filter beim Provider oder der Server selbst. Ob der Router diesen Port weiterleitet, ließ sich nicht sagen.</translation>
    </message>
    <message>
        <source>Check whether the router or firewall lets the PBX send UDP only to certain addresses. The PBX needs to reach any address.</source>
        <translation>Prüfen Sie, ob der Router oder die Firewall die Telefonanlage UDP nur an bestimmte Adressen senden lässt. Die Telefonanlage muss jede Adresse erreichen können.</translation>
    </message>
    <message>
        <source>Choose another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Wählen Sie einen anderen STUN-Server, etwa einen aus der Standardliste des Produkts, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left by another way</source>
        <translation>Der Datenverkehr der Prüfung nahm einen anderen Weg</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left this computer by a VPN, or from another address than the PBX&apos;s. What failed may be the doing of the device at the end of that way, not of the router in front of the PBX, so the port counts neither as passed nor as failed. This computer&apos;s findings name the adapter.</source>
        <translation>Der Datenverkehr der Prüfung hat diesen Rechner über ein VPN oder von einer anderen Adresse als der der Telefonanlage verlassen. Was fehlschlug, kann am Gerät am Ende dieses Weges liegen, nicht am Router vor der Telefonanlage; der Port gilt daher weder als bestanden noch als fehlgeschlagen. Die Befunde unter „Dieser Rechner“ nennen den Adapter.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, or run the check on the PBX itself, from the address the router forwards to.</source>
        <translation>Trennen Sie das VPN, oder starten Sie die Prüfung auf der Telefonanlage selbst, von der Adresse aus, an die der Router weiterleitet.</translation>
    </message>
    <message>
        <source>Traffic leaves by more than one public address</source>
        <translation>Datenverkehr geht über mehr als eine öffentliche Adresse hinaus</translation>
    </message>
    <message>
        <source>The operating system refused to open this port with an error that is neither &quot;in use&quot; nor &quot;access denied&quot;, and this check cannot tell what caused it. Nothing is known about the router for this port, nor whether the PBX can open it.</source>
        <translation>Das Betriebssystem hat das Öffnen dieses Ports mit einem Fehler verweigert, der weder „belegt“ noch „Zugriff verweigert“ lautet, und diese Prüfung kann die Ursache nicht erkennen. Über den Router ist für diesen Port nichts bekannt, auch nicht, ob die Telefonanlage ihn öffnen kann.</translation>
    </message>
    <message>
        <source>Run the check again. If the same ports fail again, restart the computer and run it once more.</source>
        <translation>Starten Sie die Prüfung erneut. Schlagen dieselben Ports wieder fehl, starten Sie den Rechner neu und prüfen Sie noch einmal.</translation>
    </message>
    <message>
        <source>If they still fail, pause security software, VPN clients and network tools one at a time and run the check after each: one of them may refuse the ports.</source>
        <translation>Schlagen sie weiterhin fehl, pausieren Sie Sicherheitssoftware, VPN-Clients und Netzwerkwerkzeuge einzeln nacheinander und starten Sie nach jedem Schritt die Prüfung: Eines davon verweigert womöglich die Ports.</translation>
    </message>
    <message>
        <source>This computer stopped the check&apos;s network socket</source>
        <translation>Dieser Rechner hat den Netzwerk-Socket der Prüfung gestoppt</translation>
    </message>
    <message>
        <source>While this port was being checked, this computer reported a network error on a socket the check needed (the port&apos;s own, or the one that sends the control requests), and the socket stopped working. The check opened it again, but the error came back. A network adapter that resets, a VPN that connects or drops, or security software can do this. Nothing is known about the router for this port.</source>
        <translation>Während dieser Port geprüft wurde, meldete dieser Rechner einen Netzwerkfehler auf einem Socket, den die Prüfung brauchte (dem des Ports oder dem, der die Kontrollanfragen sendet), und der Socket funktionierte nicht mehr. Die Prüfung hat ihn neu geöffnet, doch der Fehler kam wieder. Ein Netzwerkadapter, der sich zurücksetzt, ein VPN, das sich verbindet oder abbricht, oder Sicherheitssoftware kann das verursachen. Über den Router ist für diesen Port nichts bekannt.</translation>
    </message>
    <message>
        <source>Run the check again while the network connection stays as it is: do not connect or disconnect a VPN, Wi-Fi or cable during the check.</source>
        <translation>Starten Sie die Prüfung erneut, während die Netzwerkverbindung unverändert bleibt: Verbinden oder trennen Sie während der Prüfung kein VPN, WLAN oder Kabel.</translation>
    </message>
    <message>
        <source>If it happens again, allow this program in any security software on this computer (antivirus, endpoint protection), then run the check again.</source>
        <translation>Passiert es wieder, lassen Sie dieses Programm in jeder Sicherheitssoftware auf diesem Rechner zu (Virenschutz, Endpoint Protection) und starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The STUN server and the responder disagree</source>
        <translation>STUN-Server und Responder widersprechen sich</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address reached this port, but the responder&apos;s probe did not. Both come from addresses this port never sent to, so one of them is wrong: a STUN server that answers from another address than it should, or something on the way that lets in one sender and not the other. Which one cannot be told from here, so the port counts neither as passed nor as failed.</source>
        <translation>Die Antwort von der zweiten Adresse des STUN-Servers hat diesen Port erreicht, das Testpaket des Responders nicht. Beide kommen von Adressen, an die dieser Port nie gesendet hat; eines der beiden Ergebnisse ist also falsch: ein STUN-Server, der von einer anderen Adresse antwortet, als er sollte, oder etwas auf dem Weg, das den einen Absender hereinlässt und den anderen nicht. Welches, lässt sich von hier aus nicht sagen; der Port gilt daher weder als bestanden noch als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Look on the router or firewall for a forward or rule that lets this port in only from certain addresses, such as the provider&apos;s: the PBX&apos;s phones and trunks from elsewhere would be kept out as the responder was.</source>
        <translation>Suchen Sie am Router bzw. an der Firewall nach einer Weiterleitung oder Regel, die diesen Port nur für bestimmte Absenderadressen öffnet, etwa die des Providers: Telefone und Trunks der Telefonanlage, die von anderswo kommen, würden dann ebenso ausgesperrt wie der Responder.</translation>
    </message>
    <message>
        <source>Run the check again with another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Starten Sie die Prüfung erneut mit einem anderen STUN-Server, etwa einem aus der Standardliste des Produkts.</translation>
    </message>
    <message>
        <source>The responder&apos;s connection could not be traced</source>
        <translation>Die Verbindung des Responders ließ sich nicht nachverfolgen</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port (often the PBX itself, or an SSH or web server), so the check could not listen on it and looked for the responder&apos;s connection in this computer&apos;s list of connections instead. The responder connected, but that list did not show whether its connection arrived here. The port counts neither as passed nor as failed.</source>
        <translation>Ein Programm auf diesem Rechner belegt diesen TCP-Port (oft die Telefonanlage selbst oder ein SSH- oder Webserver); die Prüfung konnte daher nicht selbst auf ihm lauschen und hat stattdessen in der Verbindungsliste dieses Rechners nach der Verbindung des Responders gesucht. Der Responder hat sich verbunden, aber aus dieser Liste ging nicht hervor, ob seine Verbindung hier ankam. Der Port gilt weder als bestanden noch als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run the check as an administrator (with sudo on Linux), so it may read the connections of every program.</source>
        <translation>Starten Sie die Prüfung als Administrator (unter Linux mit sudo), damit sie die Verbindungen aller Programme lesen darf.</translation>
    </message>
    <message>
        <source>Or stop the program that holds the port while the check runs, so the check can listen on it itself. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>Oder beenden Sie das Programm, das den Port belegt, während die Prüfung läuft, damit die Prüfung selbst auf ihm lauschen kann. Ist es die Telefonanlage, brechen Gespräche ab, solange sie nicht läuft: Wählen Sie eine ruhige Zeit.</translation>
    </message>
    <message>
        <source>None of the responder&apos;s probes arrived</source>
        <translation>Keines der Testpakete des Responders kam an</translation>
    </message>
    <message>
        <source>No probe of the responder reached this computer, not even on the check&apos;s own port, which had sent to the responder first and so was open to it. Its packets are lost or kept out on the way, so the silence on this port says nothing about the router&apos;s forward.</source>
        <translation>Kein Testpaket des Responders hat diesen Rechner erreicht, nicht einmal auf dem eigenen Port der Prüfung, der zuerst an den Responder gesendet hatte und daher für ihn offen war. Seine Pakete gehen unterwegs verloren oder werden ausgesperrt; dass auf diesem Port nichts ankam, sagt also nichts über die Weiterleitung des Routers.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Fragen Sie den Betreiber des Responders, ob dessen Host UDP nach außen senden darf: Die Firewall eines gemieteten Servers oder dessen Provider kann das blockieren.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know, even on ports that sent to them first.</source>
        <translation>Suchen Sie nach einer Firewall vor diesem Rechner, die UDP von Adressen verwirft, die sie nicht kennt, selbst auf Ports, die zuerst an diese Adressen gesendet haben.</translation>
    </message>
    <message>
        <source>The responder could not try this port</source>
        <translation>Der Responder konnte diesen Port nicht prüfen</translation>
    </message>
    <message>
        <source>The responder was at its limit, or stopped answering, before it said what became of its connection to this TCP port. Nothing was tried, so the port counts neither as passed nor as failed.</source>
        <translation>Der Responder war an seiner Grenze oder antwortete nicht mehr, bevor er meldete, was aus seiner Verbindung zu diesem TCP-Port wurde. Es wurde nichts versucht; der Port gilt weder als bestanden noch als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If it happens again, ask whoever runs the responder to look at its log.</source>
        <translation>Führen Sie die Prüfung in einigen Minuten erneut aus. Wenn es wieder vorkommt, bitten Sie den Betreiber des Responders, dessen Protokoll anzusehen.</translation>
    </message>
    <message>
        <source>The program on this port listens only to itself</source>
        <translation>Das Programm an diesem Port hört nur auf sich selbst</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port but listens only on its loopback address (127.0.0.1), so this computer refuses every connection to it from the network, whatever the router forwards. Whether the router forwards the port could not be told.</source>
        <translation>Ein Programm auf diesem Computer belegt diesen TCP-Port, hört aber nur auf seiner Loopback-Adresse (127.0.0.1). Dieser Computer lehnt daher jede Verbindung aus dem Netzwerk ab, was immer der Router weiterleitet. Ob der Router den Port weiterleitet, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Set the program (the PBX&apos;s web server, an SSH server) to listen on the computer&apos;s LAN address or on all addresses, then run the check again.</source>
        <translation>Stellen Sie das Programm (den Webserver der Telefonanlage, einen SSH-Server) so ein, dass es auf der LAN-Adresse des Computers oder auf allen Adressen hört, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line, for example with a rule for the PBX&apos;s LAN address.</source>
        <translation>Verteilt der Standort den Verkehr auf zwei Internetanschlüsse, leiten Sie den gesamten Verkehr der Telefonanlage über einen Anschluss, etwa mit einer Regel für die LAN-Adresse der Telefonanlage.</translation>
    </message>
    <message>
        <source>If a VPN client runs on this computer, disconnect it for the check, or make sure it does not carry the PBX&apos;s internet traffic.</source>
        <translation>Läuft auf diesem Rechner ein VPN-Client, trennen Sie ihn für die Prüfung, oder sorgen Sie dafür, dass er den Internetverkehr der Telefonanlage nicht trägt.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The server saw two different public IP addresses: for this port at its two addresses, or for this port and the check&apos;s own requests. Traffic leaves by more than one way, such as a second internet line, load balancing or a VPN, or the way changed during the check. That is not symmetric NAT, but the provider and the phones may see the PBX at another address than the one it announces.</source>
        <translation>Der Server hat zwei verschiedene öffentliche IP-Adressen gesehen: für diesen Port an seinen beiden Adressen, oder für diesen Port und die eigenen Anfragen der Prüfung. Der Datenverkehr geht über mehr als einen Weg hinaus, etwa über einen zweiten Internetanschluss, Lastverteilung oder ein VPN, oder der Weg hat sich während der Prüfung geändert. Das ist kein symmetrisches NAT, aber Provider und Telefone sehen die Telefonanlage womöglich unter einer anderen Adresse als der, die sie ankündigt.</translation>
    </message>
    <message>
        <source>Public port changed once, not confirmed</source>
        <translation>Öffentlicher Port wechselte einmal, nicht bestätigt</translation>
    </message>
    <message>
        <source>One destination saw this port under another public port number, but a second, fresh request did not see that again. The router may have renewed the port at that moment, so it is not clear whether it keeps one public port for every destination.</source>
        <translation>Ein Ziel hat diesen Port unter einer anderen öffentlichen Portnummer gesehen, eine zweite, frische Anfrage aber nicht wieder. Der Router hat den Port womöglich gerade in diesem Moment erneuert; ob er für jedes Ziel denselben öffentlichen Port behält, ist daher offen.</translation>
    </message>
    <message>
        <source>If the public port changes again, treat it as symmetric NAT and follow the steps given for that.</source>
        <translation>Wechselt der öffentliche Port erneut, behandeln Sie es als symmetrisches NAT und folgen Sie den Schritten dafür.</translation>
    </message>
    <message>
        <source>Port could not be opened (system error)</source>
        <translation>Port ließ sich nicht öffnen (Systemfehler)</translation>
    </message>
    <message>
        <source>Something limits new incoming connections</source>
        <translation>Etwas begrenzt neue eingehende Verbindungen</translation>
    </message>
    <message>
        <source>Test 2 failed for this port at the scan&apos;s pace, but other ports passed it when asked slowly. Something on the way limits how many new incoming connections it lets through, such as a flood or port-scan protection on the router or firewall. Whether this port is forwarded could not be told.</source>
        <translation>Test 2 ist für diesen Port im Tempo des Scans fehlgeschlagen, andere Ports haben ihn aber bestanden, als sie langsam abgefragt wurden. Etwas auf dem Weg begrenzt, wie viele neue eingehende Verbindungen es durchlässt, etwa ein Flood- oder Portscan-Schutz am Router oder an der Firewall. Ob dieser Port weitergeleitet wird, ließ sich nicht sagen.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for flood protection, port-scan detection or a limit on new UDP sessions. Exempt this computer from it for the check.</source>
        <translation>Suchen Sie am Router bzw. an der Firewall nach einem Flood-Schutz, einer Portscan-Erkennung oder einer Grenze für neue UDP-Sitzungen. Nehmen Sie diesen Rechner für die Prüfung davon aus.</translation>
    </message>
    <message>
        <source>Or run the check again with a lower rate (on the Test settings page, or with --rate), or check fewer ports at a time.</source>
        <translation>Oder starten Sie die Prüfung mit einer niedrigeren Rate erneut (auf der Seite Prüfeinstellungen oder mit --rate), oder prüfen Sie weniger Ports auf einmal.</translation>
    </message>
    <message>
        <source>The router gave this port number to the check</source>
        <translation>Der Router hat diese Portnummer der Prüfung gegeben</translation>
    </message>
    <message>
        <source>The router picked this port&apos;s number as the public port of one of the check&apos;s own ports. Answers meant for this port may have gone to the check instead, and the port may have had to use another public port. Whether the router forwards it could not be told.</source>
        <translation>Der Router hat die Nummer dieses Ports als öffentlichen Port für einen der eigenen Ports der Prüfung gewählt. Antworten für diesen Port können deshalb bei der Prüfung gelandet sein, und der Port musste vielleicht einen anderen öffentlichen Port nehmen. Ob der Router ihn weiterleitet, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes: the router picks another port for the check next time.</source>
        <translation>Wiederholen Sie die Prüfung in ein paar Minuten: Beim nächsten Mal wählt der Router einen anderen Port für die Prüfung.</translation>
    </message>
    <message>
        <source>If the router picks outgoing ports at random (pfSense and some business firewalls do), set a static or fixed source port for this computer.</source>
        <translation>Wenn der Router ausgehende Ports zufällig wählt (pfSense und manche Business-Firewalls tun das), stellen Sie für diesen Computer einen statischen bzw. festen Quellport ein.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>PBX firewall check – {product}</source>
        <translation>Firewall-Prüfung der Telefonanlage – {product}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Öffentliche IP-Adresse: {ip}</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Ports checked: {count}</source>
        <translation>Geprüfte Ports: {count}</translation>
    </message>
    <message>
        <source>No port was checked.</source>
        <translation>Es wurde kein Port geprüft.</translation>
    </message>
    <message>
        <source>Link to the STUN server: {figures}</source>
        <translation>Verbindung zum STUN-Server: {figures}</translation>
    </message>
    <message>
        <source>{app} {version}, {date}</source>
        <translation>{app} {version}, {date}</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Von außen gesehen (Responder)</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>Der Router und was dahinter liegt</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports</source>
        <translation>Seine Weiterleitungen für die geprüften Ports</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Öffentliche Ports</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every forward.</source>
        <translation>Hier ausgelassene Zeilen: {count}. Der JSON-Export enthält alle Weiterleitungen.</translation>
    </message>
    <message>
        <source>Hairpin NAT (phones on the LAN using the public address)</source>
        <translation>Hairpin-NAT (Telefone im LAN über die öffentliche Adresse)</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping</source>
        <translation>Wie lange der Router eine inaktive UDP-Zuordnung hält</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Was der SIP-Helper geändert hat</translation>
    </message>
    <message>
        <source>Part of the message</source>
        <translation>Teil der Nachricht</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Wie gesendet</translation>
    </message>
    <message>
        <source>As the responder got it</source>
        <translation>Wie beim Responder angekommen</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Test 2 by</source>
        <translation>Test 2 durch</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these)</source>
        <translation>Manuell prüfen (die Prüfung hat diese nicht getestet)</translation>
    </message>
    <message>
        <source>Created with {app} {version}</source>
        <translation>Erstellt mit {app} {version}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Adresse der Telefonanlage</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>STUN server used</source>
        <translation>Verwendeter STUN-Server</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Öffentliche IP-Adresse</translation>
    </message>
    <message>
        <source>Mapping (RFC 5780)</source>
        <translation>Zuordnung (RFC 5780)</translation>
    </message>
    <message>
        <source>Filtering (RFC 5780)</source>
        <translation>Filterung (RFC 5780)</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Portnummern</translation>
    </message>
    <message>
        <source>How the router translates addresses (NAT)</source>
        <translation>Wie der Router Adressen umsetzt (NAT)</translation>
    </message>
    <message>
        <source>The link to the STUN server</source>
        <translation>Die Verbindung zum STUN-Server</translation>
    </message>
    <message>
        <source>What threatens calls:</source>
        <translation>Was Gespräche gefährdet:</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>STUN-Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Second address</source>
        <translation>Zweite Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>STUN servers tried</source>
        <translation>Abgefragte STUN-Server</translation>
    </message>
    <message>
        <source>What failed, and what to do</source>
        <translation>Was fehlschlug und was zu tun ist</translation>
    </message>
    <message>
        <source>Affected ports ({count}):</source>
        <translation>Betroffene Ports ({count}):</translation>
    </message>
    <message>
        <source>Ports the check could not judge, and why</source>
        <translation>Ports, die die Prüfung nicht beurteilen konnte, und warum</translation>
    </message>
    <message>
        <source>Ports asked again more slowly, still without a clear answer: {count}.</source>
        <translation>Langsamer erneut geprüfte Ports, weiterhin ohne klare Antwort: {count}.</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Von anderen Programmen belegte Ports</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>Port {port} ist von {name} (PID {pid}) belegt. Anzeigen mit:</translation>
    </message>
    <message>
        <source>The same commands work for the other ports held; change the port number.</source>
        <translation>Für die übrigen belegten Ports gelten dieselben Befehle; ändern Sie nur die Portnummer.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Test 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Test 2</translation>
    </message>
    <message>
        <source>Every checked port</source>
        <translation>Alle geprüften Ports</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every port.</source>
        <translation>Hier ausgelassene Zeilen: {count}. Der JSON-Export enthält alle Ports.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Terms used in this report</source>
        <translation>Begriffe in diesem Bericht</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Traffic from any address on the internet must reach the PBX on this UDP port, with the same port number outside and inside.</source>
        <translation>Datenverkehr von beliebigen Adressen im Internet muss die Telefonanlage auf diesem UDP-Port erreichen, mit derselben Portnummer außen und innen.</translation>
    </message>
    <message>
        <source>The PBX must be able to send UDP from this port and get the replies, and the router must keep one public port for it whatever the destination.</source>
        <translation>Die Telefonanlage muss von diesem Port UDP senden und die Antworten empfangen können, und der Router muss ihr für jedes Ziel denselben öffentlichen Port zuweisen.</translation>
    </message>
    <message>
        <source>Forwarded one-to-one (full cone)</source>
        <translation>1:1 weitergeleitet (Full Cone)</translation>
    </message>
    <message>
        <source>Outbound with stable mapping</source>
        <translation>Ausgehend mit stabiler Zuordnung</translation>
    </message>
    <message>
        <source>This TCP port must be reachable from the internet; STUN cannot test TCP, so a responder connects to it from outside, or the forward is checked by hand.</source>
        <translation>Dieser TCP-Port muss aus dem Internet erreichbar sein; STUN kann TCP nicht testen, daher baut ein Responder von außen eine Verbindung zu ihm auf, oder die Weiterleitung wird manuell geprüft.</translation>
    </message>
    <message>
        <source>Inbound TCP</source>
        <translation>Eingehendes TCP</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>ein und aus</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP und TCP</translation>
    </message>
</context>
<context>
    <name>Reserved</name>
    <message>
        <source>Ports {ranges} are reserved by Windows</source>
        <translation>Ports {ranges} sind von Windows reserviert</translation>
    </message>
    <message>
        <source>Port {ranges} is reserved by Windows</source>
        <translation>Port {ranges} ist von Windows reserviert</translation>
    </message>
    <message>
        <source>Windows keeps these ports for itself: they are excluded port ranges, usually taken by Hyper-V, the Windows NAT service (WinNAT), Docker or WSL. No program can open them, not this check and not the PBX, so the PBX&apos;s calls on these ports fail whatever the router does. This is a problem of this computer, not of the router.</source>
        <translation>Windows reserviert diese Ports für sich: Es sind ausgeschlossene Portbereiche, meist belegt von Hyper-V, dem Windows-NAT-Dienst (WinNAT), Docker oder WSL. Kein Programm kann sie öffnen, weder diese Prüfung noch die Telefonanlage; Gespräche der Telefonanlage auf diesen Ports scheitern also, egal was der Router tut. Das ist ein Problem dieses Rechners, nicht des Routers.</translation>
    </message>
    <message>
        <source>The lasting fix needs an administrator and a quiet moment. Stop the PBX&apos;s services first: Windows refuses to exclude ports a program uses.</source>
        <translation>Die dauerhafte Lösung braucht einen Administrator und eine ruhige Zeit. Beenden Sie zuerst die Dienste der Telefonanlage: Windows weigert sich, Ports auszuschließen, die ein Programm nutzt.</translation>
    </message>
    <message>
        <source>In a command prompt run as administrator, run the commands below: they stop the Windows NAT service, exclude the PBX&apos;s ports so that Windows does not hand them out again, start the service again and list the ranges. The PBX&apos;s ports then show with a * (excluded by an administrator), which programs such as the PBX can still open.</source>
        <translation>Führen Sie in einer als Administrator ausgeführten Eingabeaufforderung die folgenden Befehle aus: Sie beenden den Windows-NAT-Dienst, schließen die Ports der Telefonanlage aus, damit Windows sie nicht wieder vergibt, starten den Dienst wieder und listen die Bereiche auf. Die Ports der Telefonanlage erscheinen dann mit einem * (von einem Administrator ausgeschlossen); Programme wie die Telefonanlage können sie weiterhin öffnen.</translation>
    </message>
    <message>
        <source>Instead of excluding the ports, an administrator can move Windows&apos; dynamic port range, from which these ranges are taken, away from the PBX&apos;s ports: netsh int ipv4 show dynamicport udp shows it, netsh int ipv4 set dynamicport udp start=… num=… moves it. Then stop and start the Windows NAT service as above.</source>
        <translation>Statt die Ports auszuschließen, kann ein Administrator den dynamischen Portbereich von Windows, aus dem diese Bereiche stammen, von den Ports der Telefonanlage wegverschieben: netsh int ipv4 show dynamicport udp zeigt ihn an, netsh int ipv4 set dynamicport udp start=… num=… verschiebt ihn. Beenden und starten Sie danach den Windows-NAT-Dienst wie oben.</translation>
    </message>
    <message>
        <source>Restarting the Windows NAT service alone (net stop winnat, then net start winnat) frees the ports only until Windows reserves ranges again, often at the next restart. While it is stopped, the network of WSL, Docker and Hyper-V machines is down.</source>
        <translation>Nur den Windows-NAT-Dienst neu zu starten (net stop winnat, dann net start winnat), gibt die Ports lediglich frei, bis Windows wieder Bereiche reserviert, oft beim nächsten Neustart. Solange er gestoppt ist, haben WSL, Docker und Hyper-V-Maschinen kein Netzwerk.</translation>
    </message>
    <message>
        <source>Then start the PBX&apos;s services and run the check again.</source>
        <translation>Starten Sie danach die Dienste der Telefonanlage und die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Ports {ranges} are kept free by an administrator</source>
        <translation>Ports {ranges} werden von einem Administrator freigehalten</translation>
    </message>
    <message>
        <source>Port {ranges} is kept free by an administrator</source>
        <translation>Port {ranges} wird von einem Administrator freigehalten</translation>
    </message>
    <message>
        <source>An administrator excluded these ports from the ones Windows hands out on its own (marked * in the list of excluded port ranges). Hyper-V, WinNAT, Docker and WSL cannot take them, and the PBX can still open them. Nothing to do.</source>
        <translation>Ein Administrator hat diese Ports von denen ausgeschlossen, die Windows selbst vergibt (mit * markiert in der Liste der ausgeschlossenen Portbereiche). Hyper-V, WinNAT, Docker und WSL können sie nicht belegen, und die Telefonanlage kann sie weiterhin öffnen. Nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>STUN server</source>
        <translation>STUN-Server</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>the request line</source>
        <translation>die Anfragezeile (Request-Line)</translation>
    </message>
    <message>
        <source>the Via header (where answers go)</source>
        <translation>der Via-Header (wohin Antworten gehen)</translation>
    </message>
    <message>
        <source>the Contact header (where the PBX is reached)</source>
        <translation>der Contact-Header (wo die Telefonanlage erreichbar ist)</translation>
    </message>
    <message>
        <source>the From header</source>
        <translation>der From-Header</translation>
    </message>
    <message>
        <source>the To header</source>
        <translation>der To-Header</translation>
    </message>
    <message>
        <source>the Call-ID</source>
        <translation>die Call-ID</translation>
    </message>
    <message>
        <source>the Content-Length (the body&apos;s size)</source>
        <translation>die Content-Length (Größe des Nachrichtentexts)</translation>
    </message>
    <message>
        <source>another header</source>
        <translation>ein anderer Header</translation>
    </message>
    <message>
        <source>a header it added</source>
        <translation>ein hinzugefügter Header</translation>
    </message>
    <message>
        <source>a header it removed</source>
        <translation>ein entfernter Header</translation>
    </message>
    <message>
        <source>the SDP origin (o=)</source>
        <translation>der SDP-Ursprung (o=)</translation>
    </message>
    <message>
        <source>the SDP connection address (c=, where audio goes)</source>
        <translation>die SDP-Verbindungsadresse (c=, wohin die Sprachdaten gehen)</translation>
    </message>
    <message>
        <source>the SDP media port (m=)</source>
        <translation>der SDP-Medienport (m=)</translation>
    </message>
    <message>
        <source>the message body</source>
        <translation>der Nachrichtentext (Body)</translation>
    </message>
    <message>
        <source>Tested from outside by the responder</source>
        <translation>Vom Responder von außen getestet</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet. It saw the check come from {ip}.</source>
        <translation>Der Responder {server} ({address}) hat aus dem Internet Testpakete an die Ports dieser Prüfung gesendet und Verbindungen zu ihren TCP-Ports aufgebaut. Er sah die Prüfung von {ip} kommen.</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet.</source>
        <translation>Der Responder {server} ({address}) hat aus dem Internet Testpakete an die Ports dieser Prüfung gesendet und Verbindungen zu ihren TCP-Ports aufgebaut.</translation>
    </message>
    <message>
        <source>The responder and the STUN server saw different public addresses</source>
        <translation>Responder und STUN-Server haben unterschiedliche öffentliche Adressen gesehen</translation>
    </message>
    <message>
        <source>The responder saw this check come from {responder_ip}, the STUN server from {stun_ip}. Traffic leaves by more than one way (a second internet line, load balancing or a VPN), so what one of them found may not hold for the other, nor for the PBX&apos;s provider.</source>
        <translation>Der Responder sah diese Prüfung von {responder_ip} kommen, der STUN-Server von {stun_ip}. Der Datenverkehr geht auf mehr als einem Weg hinaus (zweiter Internetanschluss, Lastverteilung oder VPN); was der eine festgestellt hat, gilt daher womöglich weder für den anderen noch für den Provider der Telefonanlage.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route).</source>
        <translation>Hat der Standort zwei Internetanschlüsse, sorgen Sie dafür, dass der Router den Datenverkehr der Telefonanlage immer über den Anschluss sendet, auf dem ihre Weiterleitungen liegen (Source- oder Policy-Routing).</translation>
    </message>
    <message>
        <source>If a VPN is connected on this computer, disconnect it.</source>
        <translation>Ist auf diesem Rechner ein VPN verbunden, trennen Sie es.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>The responder could not be used</source>
        <translation>Der Responder konnte nicht genutzt werden</translation>
    </message>
    <message>
        <source>The check ran without it: no TCP port and no SIP helper was tested, and test 2 relied on the STUN server alone.</source>
        <translation>Die Prüfung lief ohne ihn: Es wurden weder TCP-Ports noch ein SIP-Helper getestet, und Test 2 stützte sich allein auf den STUN-Server.</translation>
    </message>
    <message>
        <source>The responder&apos;s probes did not arrive</source>
        <translation>Die Testpakete des Responders kamen nicht an</translation>
    </message>
    <message>
        <source>The responder&apos;s name in {server} was not found in DNS.</source>
        <translation>Der Name des Responders in {server} wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>No connection could be made to the responder {server}.</source>
        <translation>Zum Responder {server} konnte keine Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <source>The responder {server} asks for a shared secret, and none or another one was given.</source>
        <translation>Der Responder {server} verlangt ein gemeinsames Geheimnis, und es wurde keines oder ein anderes angegeben.</translation>
    </message>
    <message>
        <source>The responder {server} refused: too many checks came from this public address in a short time.</source>
        <translation>Der Responder {server} hat abgelehnt: Von dieser öffentlichen Adresse kamen in kurzer Zeit zu viele Prüfungen.</translation>
    </message>
    <message>
        <source>The responder {server} refused: it is busy with other checks.</source>
        <translation>Der Responder {server} hat abgelehnt: Er ist mit anderen Prüfungen beschäftigt.</translation>
    </message>
    <message>
        <source>The program at {server} did not answer as a responder does: another program may listen on that port, a proxy may sit in between, or the responder is of another version than this wizard.</source>
        <translation>Das Programm unter {server} hat nicht wie ein Responder geantwortet: Vielleicht lauscht ein anderes Programm auf diesem Port, ein Proxy sitzt dazwischen, oder der Responder hat eine andere Version als dieser Assistent.</translation>
    </message>
    <message>
        <source>The responder {server} took the check&apos;s request, but none of its UDP probes reached this computer, not even on the check&apos;s own port, which had sent to it first. Its packets are lost or kept out on the way, so the ports it could not reach are not held against the router.</source>
        <translation>Der Responder {server} hat die Anfrage der Prüfung angenommen, aber keines seiner UDP-Testpakete hat diesen Rechner erreicht, nicht einmal auf dem eigenen Port der Prüfung, der zuerst an ihn gesendet hatte. Seine Pakete gehen unterwegs verloren oder werden ausgesperrt; die Ports, die er nicht erreichen konnte, werden daher nicht dem Router angelastet.</translation>
    </message>
    <message>
        <source>Check the spelling of the responder&apos;s address, as the support team gave it.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse des Responders, wie das Support-Team sie angegeben hat.</translation>
    </message>
    <message>
        <source>Check the responder&apos;s address and port: its control port is {port} unless the support team chose another.</source>
        <translation>Prüfen Sie Adresse und Port des Responders: Sein Steuerport ist {port}, sofern das Support-Team keinen anderen gewählt hat.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether it is running, and whether the firewall of its host (on a rented server, also the provider&apos;s firewall) lets TCP in on that port.</source>
        <translation>Fragen Sie den Betreiber des Responders, ob dieser läuft und ob die Firewall seines Hosts (bei einem gemieteten Server auch die Firewall des Providers) TCP auf diesem Port hereinlässt.</translation>
    </message>
    <message>
        <source>Check that no firewall in front of this computer blocks outgoing connections to that port.</source>
        <translation>Stellen Sie sicher, dass keine Firewall vor diesem Rechner ausgehende Verbindungen zu diesem Port blockiert.</translation>
    </message>
    <message>
        <source>Give the secret the support team set on the responder: on the Test settings page, or with --responder-secret-file.</source>
        <translation>Geben Sie das Geheimnis an, das das Support-Team am Responder eingestellt hat: auf der Seite „Prüfeinstellungen“ oder mit --responder-secret-file.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run the check again.</source>
        <translation>Warten Sie einige Minuten und starten Sie dann die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Starten Sie die Prüfung in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>If the responder stays busy, tell whoever runs it.</source>
        <translation>Bleibt der Responder ausgelastet, informieren Sie seinen Betreiber.</translation>
    </message>
    <message>
        <source>Check the port given for the responder: it must be the responder&apos;s control port, not its SIP port or another service&apos;s.</source>
        <translation>Prüfen Sie den für den Responder angegebenen Port: Es muss sein Steuerport sein, nicht sein SIP-Port oder der eines anderen Dienstes.</translation>
    </message>
    <message>
        <source>Make sure the responder and this wizard are of the same version.</source>
        <translation>Stellen Sie sicher, dass der Responder und dieser Assistent dieselbe Version haben.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Fragen Sie den Betreiber des Responders, ob dessen Host UDP nach außen senden darf: Die Firewall eines gemieteten Servers oder dessen Provider kann das blockieren.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know.</source>
        <translation>Suchen Sie nach einer Firewall vor diesem Rechner, die UDP von Adressen verwirft, die sie nicht kennt.</translation>
    </message>
    <message>
        <source>The router rewrites SIP messages (SIP ALG)</source>
        <translation>Der Router schreibt SIP-Nachrichten um (SIP-ALG)</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, and a device on the way changed it: {parts}. A SIP helper like this breaks calls in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>Die Prüfung hat eine SIP-Nachricht an den Responder gesendet, und ein Gerät auf dem Weg hat sie verändert: {parts}. Ein solcher SIP-Helper lässt Gespräche auf schwer nachvollziehbare Weise scheitern: einseitige oder keine Sprachübertragung, Gespräche, die nach etwa 30 Sekunden abbrechen, Trunks und Telefone, die ihre Registrierung verlieren.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. Its name varies: SIP ALG, SIP helper, SIP inspection, SIP fixup, SIP transformations, SIP pass-through. Where it typically sits on common devices:</source>
        <translation>Schalten Sie den SIP-Helper am Router bzw. an der Firewall vor der Telefonanlage ab. Sein Name variiert: SIP-ALG, SIP-Helper, SIP-Inspection, SIP fixup, SIP transformations, SIP pass-through. Wo er sich bei gängigen Geräten typischerweise befindet:</translation>
    </message>
    <message>
        <source>DrayTek Vigor: typically NAT &gt; ALG, where the SIP entry is switched off.</source>
        <translation>DrayTek Vigor: meist unter NAT &gt; ALG, wo der Eintrag SIP abgeschaltet wird.</translation>
    </message>
    <message>
        <source>Netgear: typically Advanced &gt; Setup &gt; WAN Setup, with the option Disable SIP ALG.</source>
        <translation>Netgear: meist unter Erweitert &gt; Einrichtung &gt; WAN-Einrichtung (Advanced &gt; Setup &gt; WAN Setup), mit der Option SIP-ALG deaktivieren (Disable SIP ALG).</translation>
    </message>
    <message>
        <source>TP-Link: typically Advanced &gt; NAT Forwarding &gt; ALG, where SIP ALG is switched off.</source>
        <translation>TP-Link: meist unter Erweitert &gt; NAT-Weiterleitung &gt; ALG (Advanced &gt; NAT Forwarding &gt; ALG), wo SIP-ALG abgeschaltet wird.</translation>
    </message>
    <message>
        <source>FRITZ!Box: typically there is no switch for it. If the FRITZ!Box itself has internet phone numbers set up, it uses SIP on port 5060 too: move those numbers to the PBX, or give the PBX another SIP port.</source>
        <translation>FRITZ!Box: In der Regel gibt es dafür keinen Schalter. Sind in der FRITZ!Box selbst Internetrufnummern eingerichtet, nutzt sie ebenfalls SIP auf Port 5060: Verlegen Sie diese Rufnummern auf die Telefonanlage, oder geben Sie der Telefonanlage einen anderen SIP-Port.</translation>
    </message>
    <message>
        <source>SonicWall: typically VoIP &gt; Settings, where Enable SIP Transformations is cleared.</source>
        <translation>SonicWall: meist unter VoIP &gt; Settings, wo das Häkchen bei Enable SIP Transformations entfernt wird.</translation>
    </message>
    <message>
        <source>Fortinet FortiGate: typically in the command line, under config system settings, set default-voip-alg-mode to kernel-helper-based, then delete the entry named sip under config system session-helper. A VoIP profile on a firewall policy turns the SIP ALG on again for that policy.</source>
        <translation>Fortinet FortiGate: meist auf der Kommandozeile: unter config system settings default-voip-alg-mode auf kernel-helper-based setzen, dann unter config system session-helper den Eintrag namens sip löschen. Ein VoIP-Profil in einer Firewall-Policy schaltet das SIP-ALG für diese Policy wieder ein.</translation>
    </message>
    <message>
        <source>Cisco ASA: typically no inspect sip in the class inspection_default of the global policy-map.</source>
        <translation>Cisco ASA: meist mit no inspect sip in der Klasse inspection_default der globalen policy-map.</translation>
    </message>
    <message>
        <source>MikroTik: typically IP &gt; Firewall &gt; Service Ports, where sip is disabled.</source>
        <translation>MikroTik: meist unter IP &gt; Firewall &gt; Service Ports, wo sip deaktiviert wird.</translation>
    </message>
    <message>
        <source>pfSense and OPNsense have no SIP helper of their own; if the siproxd package is installed, remove it or leave the PBX out of it, and give the PBX Static Port in the outbound NAT rules.</source>
        <translation>pfSense und OPNsense haben keinen eigenen SIP-Helper; ist das Paket siproxd installiert, entfernen Sie es oder nehmen Sie die Telefonanlage davon aus, und aktivieren Sie für die Telefonanlage in den Outbound-NAT-Regeln Static Port.</translation>
    </message>
    <message>
        <source>A Linux router (iptables or nftables): typically the kernel modules nf_nat_sip and nf_conntrack_sip, or a ct helper rule for sip; unload the modules and keep them from loading again, or delete the rule.</source>
        <translation>Ein Linux-Router (iptables oder nftables): meist die Kernelmodule nf_nat_sip und nf_conntrack_sip oder eine ct-helper-Regel für sip; entladen Sie die Module und verhindern Sie, dass sie erneut geladen werden, oder löschen Sie die Regel.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off. Some routers need a restart before the change takes effect.</source>
        <translation>Starten Sie danach die Prüfung erneut: Sie zeigt, ob der SIP-Helper wirklich abgeschaltet ist. Manche Router brauchen einen Neustart, bevor die Änderung wirkt.</translation>
    </message>
    <message>
        <source>No SIP helper changed the check&apos;s SIP message</source>
        <translation>Kein SIP-Helper hat die SIP-Nachricht der Prüfung verändert</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} from port {port} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>Die Prüfung hat eine SIP-Nachricht über {transports} von Port {port} an den Responder gesendet, und sie kam unverändert an: Kein SIP-Helper (SIP-ALG) auf dem Weg hat sie umgeschrieben.</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>Die Prüfung hat eine SIP-Nachricht über {transports} an den Responder gesendet, und sie kam unverändert an: Kein SIP-Helper (SIP-ALG) auf dem Weg hat sie umgeschrieben.</translation>
    </message>
    <message>
        <source>No SIP helper seen, but not from the product&apos;s SIP port</source>
        <translation>Kein SIP-Helper erkannt, aber nicht vom SIP-Port des Produkts aus geprüft</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), so the check sent its SIP message from port {port} instead, and it arrived unchanged. Many SIP helpers watch only the SIP port, so one may still be there.</source>
        <translation>Ein Programm auf diesem Rechner belegt den SIP-Port des Produkts (oft die Telefonanlage selbst); die Prüfung hat ihre SIP-Nachricht daher stattdessen von Port {port} gesendet, und sie kam unverändert an. Viele SIP-Helper überwachen nur den SIP-Port; es kann also trotzdem einer vorhanden sein.</translation>
    </message>
    <message>
        <source>To test the SIP port itself, stop the program that holds it while the check runs. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>Um den SIP-Port selbst zu testen, beenden Sie das Programm, das ihn belegt, während die Prüfung läuft. Ist es die Telefonanlage, brechen Gespräche ab, solange sie nicht läuft: Wählen Sie eine ruhige Zeit.</translation>
    </message>
    <message>
        <source>Whether a SIP helper rewrites SIP messages could not be told</source>
        <translation>Ob ein SIP-Helper SIP-Nachrichten umschreibt, ließ sich nicht feststellen</translation>
    </message>
    <message>
        <source>The SIP ALG test did not come to an answer.</source>
        <translation>Der SIP-ALG-Test kam zu keinem Ergebnis.</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, but nothing came back. Some SIP helpers drop messages they cannot handle; the message or its echo may also have been lost.</source>
        <translation>Die Prüfung hat eine SIP-Nachricht an den Responder gesendet, aber nichts kam zurück. Manche SIP-Helper verwerfen Nachrichten, mit denen sie nicht zurechtkommen; die Nachricht oder ihr Echo kann aber auch verloren gegangen sein.</translation>
    </message>
    <message>
        <source>The responder&apos;s SIP port refused or dropped the check&apos;s connection over TCP.</source>
        <translation>Der SIP-Port des Responders hat die TCP-Verbindung der Prüfung abgelehnt oder verworfen.</translation>
    </message>
    <message>
        <source>No responder with a SIP port was at hand, so no SIP message could be sent.</source>
        <translation>Es stand kein Responder mit SIP-Port zur Verfügung, daher konnte keine SIP-Nachricht gesendet werden.</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), and the check could not send its SIP message from it.</source>
        <translation>Ein Programm auf diesem Rechner belegt den SIP-Port des Produkts (oft die Telefonanlage selbst), und die Prüfung konnte ihre SIP-Nachricht nicht von ihm aus senden.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>If nothing comes back again, look on the router or firewall for a SIP helper (SIP ALG, SIP helper or SIP inspection) and switch it off.</source>
        <translation>Kommt wieder nichts zurück, suchen Sie am Router bzw. an der Firewall nach einem SIP-Helper (SIP-ALG, SIP-Helper oder SIP-Inspection) und schalten Sie ihn ab.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its SIP port takes TCP, and whether the firewall of its host lets TCP in on it.</source>
        <translation>Fragen Sie den Betreiber des Responders, ob dessen SIP-Port TCP annimmt und ob die Firewall seines Hosts TCP auf diesem Port hereinlässt.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder to give it a SIP port (its --sip-port option).</source>
        <translation>Bitten Sie den Betreiber des Responders, ihm einen SIP-Port zu geben (Option --sip-port).</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>STUN-Server</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Von außen gesehen (Responder)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Wie gesendet</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Was der SIP-Helper geändert hat</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>Der Router und was dahinter liegt</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Öffentliche Ports</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>The router&apos;s forwards for the checked ports</source>
        <translation>Die Weiterleitungen des Routers für die geprüften Ports</translation>
    </message>
    <message>
        <source>Hairpin NAT</source>
        <translation>Hairpin-NAT</translation>
    </message>
    <message>
        <source>Mapping lifetime</source>
        <translation>Lebensdauer der Zuordnung</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Von anderen Programmen belegte Ports</translation>
    </message>
    <message>
        <source>Your router, as the server saw it</source>
        <translation>Ihr Router aus Sicht des Servers</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Test 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Test 2</translation>
    </message>
    <message>
        <source>Results per port</source>
        <translation>Ergebnisse je Port</translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation>&amp;HTML-Bericht speichern…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>&amp;JSON speichern…</translation>
    </message>
    <message>
        <source>Co&amp;py summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Gespeicherter Bericht</translation>
    </message>
    <message numerus="yes">
        <source>{product}: %n port(s) checked in {seconds} s.</source>
        <translation>
            <numerusform>{product}: %n Port in {seconds} s geprüft.</numerusform>
            <numerusform>{product}: %n Ports in {seconds} s geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n port(s)</source>
        <translation>
            <numerusform>{title} – %n Port</numerusform>
            <numerusform>{title} – %n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Second address: {other}.</source>
        <translation>Zweite Adresse: {other}.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more port(s); the report lists them all.</source>
        <translation>
            <numerusform>… und %n weiterer Port; der Bericht listet alle auf.</numerusform>
            <numerusform>… und %n weitere Ports; der Bericht listet alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every forward.</source>
        <translation>Ausgelassene Zeilen: {count}. Der JSON-Bericht enthält alle Weiterleitungen.</translation>
    </message>
    <message>
        <source>{part} ({transport})</source>
        <translation>{part} ({transport})</translation>
    </message>
    <message>
        <source>Allow for this check (administrator)</source>
        <translation>Für diese Prüfung zulassen (Administrator)</translation>
    </message>
    <message>
        <source>Waiting for the administrator&apos;s approval…</source>
        <translation>Warte auf die Zustimmung des Administrators…</translation>
    </message>
    <message>
        <source>Allowed until this program closes.</source>
        <translation>Zugelassen, bis dieses Programm beendet wird.</translation>
    </message>
    <message>
        <source>Not allowed: the prompt was declined.</source>
        <translation>Nicht zugelassen: Die Abfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not allow it: {problem}</source>
        <translation>Zulassen nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every port.</source>
        <translation>Ausgelassene Zeilen: {count}. Der JSON-Bericht enthält alle Ports.</translation>
    </message>
    <message>
        <source>Link quality</source>
        <translation>Verbindungsqualität</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Port {port}: {program}</source>
        <translation>Port {port}: {program}</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Öffentliche IP-Adresse</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filterung</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Portnummern</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Check these by hand (this check did not test them):</source>
        <translation>Diese Ports manuell prüfen (diese Prüfung hat sie nicht getestet):</translation>
    </message>
    <message>
        <source>Check these by hand (STUN cannot test them):</source>
        <translation>Diese Ports manuell prüfen (mit STUN nicht testbar):</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Could not save {path}: {problem}</source>
        <translation>{path} konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>UPnP IGD</source>
        <translation>UPnP IGD</translation>
    </message>
    <message>
        <source>NAT-PMP</source>
        <translation>NAT-PMP</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>typed from the router&apos;s status page</source>
        <translation>von der Statusseite des Routers abgetippt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>carrier-grade NAT of the provider</source>
        <translation>Carrier-Grade-NAT des Providers</translation>
    </message>
    <message>
        <source>another router in front (private address)</source>
        <translation>ein weiterer Router davor (private Adresse)</translation>
    </message>
    <message>
        <source>another NAT beyond the router (other public address)</source>
        <translation>ein weiteres NAT vor dem Router (andere öffentliche Adresse)</translation>
    </message>
    <message>
        <source>to this computer</source>
        <translation>an diesen Rechner</translation>
    </message>
    <message>
        <source>to another device</source>
        <translation>an ein anderes Gerät</translation>
    </message>
    <message>
        <source>to this computer, other port</source>
        <translation>an diesen Rechner, anderer Port</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, from 100.64.0.0/10, the range providers use for carrier-grade NAT (RFC 6598); the STUN server saw this site as {public}. The provider shares that public address among many customers, so traffic from the internet stops at the provider&apos;s NAT before it reaches this router.</source>
        <translation>Die eigene Internetadresse des Routers ist {wan}, aus 100.64.0.0/10, dem Bereich, den Provider für Carrier-Grade-NAT verwenden (RFC 6598); der STUN-Server hat diesen Standort als {public} gesehen. Der Provider teilt diese öffentliche Adresse unter vielen Kunden auf, daher endet Datenverkehr aus dem Internet am NAT des Providers, bevor er diesen Router erreicht.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, a private address (RFC 1918). Another device between it and the internet translates addresses too, most often the provider&apos;s modem or router, and traffic from the internet stops there unless it passes it on.</source>
        <translation>Die eigene Internetadresse des Routers ist {wan}, eine private Adresse (RFC 1918). Ein weiteres Gerät zwischen ihm und dem Internet setzt ebenfalls Adressen um, meist das Modem oder der Router des Providers, und Datenverkehr aus dem Internet endet dort, sofern es ihn nicht weiterreicht.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, but the STUN server saw this site come from {public}. Another NAT sits beyond this router (the provider&apos;s, or a second router), and traffic from the internet stops there unless it passes it on.</source>
        <translation>Die eigene Internetadresse des Routers ist {wan}, doch der STUN-Server hat diesen Standort von {public} kommen sehen. Vor diesem Router sitzt ein weiteres NAT (das des Providers oder ein zweiter Router), und Datenverkehr aus dem Internet endet dort, sofern es ihn nicht weiterreicht.</translation>
    </message>
    <message>
        <source>perhaps another NAT (not told for certain)</source>
        <translation>vielleicht ein weiteres NAT (nicht sicher)</translation>
    </message>
    <message>
        <source>The router answered, but says its internet connection is not up, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers answer this way when their own internet address is private or shared, which means another NAT in front of them; but it cannot be told for certain from this answer.</source>
        <translation>Der Router hat geantwortet, meldet aber, seine Internetverbindung sei nicht aktiv, während der Verkehr der Prüfung durch ihn ins Internet ging (der STUN-Server sah {public}). So antworten Router, deren eigene Internetadresse privat oder geteilt ist, also mit einem weiteren NAT davor; sicher sagen lässt sich das aus dieser Antwort aber nicht.</translation>
    </message>
    <message>
        <source>The router answered, but gave no internet (WAN) address of its own, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers with miniupnpd answer this way when their own internet address is private or shared, which means another NAT in front of them; but also when it lies in a reserved range or they are set up oddly, so it cannot be told for certain from this answer.</source>
        <translation>Der Router hat geantwortet, aber keine eigene Internetadresse (WAN) genannt, während der Verkehr der Prüfung durch ihn ins Internet ging (der STUN-Server sah {public}). Router mit miniupnpd antworten so, wenn ihre eigene Internetadresse privat oder geteilt ist, also mit einem weiteren NAT davor; aber auch, wenn sie in einem reservierten Bereich liegt oder der Router ungewöhnlich eingerichtet ist. Sicher sagen lässt sich das aus dieser Antwort daher nicht.</translation>
    </message>
    <message>
        <source>The router forwards ports to this computer that still failed</source>
        <translation>Der Router leitet Ports an diesen Rechner weiter, die trotzdem durchgefallen sind</translation>
    </message>
    <message>
        <source>The router lists forwards of {ports} to this computer, yet nothing from the internet arrived on them. Something drops that traffic before the forward is used: a device in front of the router (often the provider&apos;s), or a firewall rule on the router itself.</source>
        <translation>Der Router führt Weiterleitungen von {ports} an diesen Rechner auf, doch aus dem Internet kam auf ihnen nichts an. Etwas verwirft diesen Verkehr, bevor die Weiterleitung greift: ein Gerät vor dem Router (oft das des Anbieters) oder eine Firewall-Regel auf dem Router selbst.</translation>
    </message>
    <message>
        <source>Check the router&apos;s firewall rules for these ports, and whether a device in front of the router passes them on; then run the check again.</source>
        <translation>Prüfen Sie die Firewall-Regeln des Routers für diese Ports und ob ein Gerät vor dem Router sie weitergibt; dann wiederholen Sie die Prüfung.</translation>
    </message>
    <message>
        <source>Perhaps a second NAT sits between the router and the internet</source>
        <translation>Vielleicht sitzt ein zweites NAT zwischen Router und Internet</translation>
    </message>
    <message>
        <source>The router&apos;s address was typed from its status page; the router was not asked.</source>
        <translation>Die Adresse des Routers wurde von seiner Statusseite abgetippt; der Router selbst wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>A second NAT sits between the router and the internet</source>
        <translation>Zwischen Router und Internet sitzt ein zweites NAT</translation>
    </message>
    <message>
        <source>Forwards on this router alone cannot make the failing ports work.</source>
        <translation>Weiterleitungen auf diesem Router allein können die fehlschlagenden Ports nicht zum Laufen bringen.</translation>
    </message>
    <message>
        <source>A second NAT sits in front of the router, and lets the ports through now</source>
        <translation>Vor dem Router sitzt ein zweites NAT, das die Ports derzeit durchlässt</translation>
    </message>
    <message>
        <source>The checked ports work, so that device passes traffic on to this router now (as an exposed host or DMZ, or with forwards of its own). A reset, a firmware update or a new device from the provider can undo that, and then the PBX&apos;s ports stop working.</source>
        <translation>Die geprüften Ports funktionieren, also reicht dieses Gerät den Datenverkehr derzeit an diesen Router weiter (als Exposed Host bzw. DMZ oder mit eigenen Weiterleitungen). Ein Zurücksetzen, ein Firmware-Update oder ein neues Gerät vom Provider kann das rückgängig machen, und dann funktionieren die Ports der Telefonanlage nicht mehr.</translation>
    </message>
    <message>
        <source>Traffic from the internet passes that device before it reaches this router&apos;s forwards: if ports fail, look there too.</source>
        <translation>Datenverkehr aus dem Internet passiert dieses Gerät, bevor er die Weiterleitungen dieses Routers erreicht: Wenn Ports fehlschlagen, sehen Sie auch dort nach.</translation>
    </message>
    <message>
        <source>Ask the provider for a public IPv4 address for this line; no setting at the site can open a port through carrier-grade NAT.</source>
        <translation>Fragen Sie beim Provider nach einer öffentlichen IPv4-Adresse für diesen Anschluss; keine Einstellung vor Ort kann einen Port durch Carrier-Grade-NAT öffnen.</translation>
    </message>
    <message>
        <source>Find the device in front of this router, often the provider&apos;s modem or router, and put it into bridge mode, or make this router its exposed host (DMZ).</source>
        <translation>Suchen Sie das Gerät vor diesem Router, oft das Modem oder der Router des Providers, und schalten Sie es in den Bridge-Modus, oder machen Sie dort diesen Router zum Exposed Host (DMZ).</translation>
    </message>
    <message>
        <source>Better still, put that device into bridge mode, so this router gets the public address itself and no second NAT is left to undo.</source>
        <translation>Besser noch: Schalten Sie dieses Gerät in den Bridge-Modus, damit dieser Router selbst die öffentliche Adresse erhält und kein zweites NAT übrig bleibt, dessen Einstellung verloren gehen kann.</translation>
    </message>
    <message>
        <source>Note how the device in front is set up in the customer&apos;s documentation, so it can be set again after a reset or a swap.</source>
        <translation>Halten Sie in der Dokumentation des Kunden fest, wie das vorgeschaltete Gerät eingerichtet ist, damit es nach einem Zurücksetzen oder Austausch wieder so eingestellt werden kann.</translation>
    </message>
    <message>
        <source>The router did not answer</source>
        <translation>Der Router hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The router answered neither UPnP nor NAT-PMP nor PCP, so a second NAT in front of it could not be seen from here. Many routers have these switched off, which is no fault.</source>
        <translation>Der Router hat weder auf UPnP noch auf NAT-PMP noch auf PCP geantwortet, daher war ein zweites NAT davor von hier aus nicht zu erkennen. Bei vielen Routern sind diese Protokolle abgeschaltet; das ist kein Fehler.</translation>
    </message>
    <message>
        <source>To find out whether there is a second NAT, look up the internet (WAN) address on the router&apos;s status page, type it into the Test settings page or give it with --router-wan, and run the check again.</source>
        <translation>Um herauszufinden, ob ein zweites NAT vorhanden ist, lesen Sie die Internetadresse (WAN) auf der Statusseite des Routers ab, tragen Sie sie auf der Seite „Prüfeinstellungen“ ein oder geben Sie sie mit --router-wan an, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Other devices answered as routers</source>
        <translation>Andere Geräte haben als Router geantwortet</translation>
    </message>
    <message>
        <source>These are not this computer&apos;s way to the internet, so what they said was not used: {names}.</source>
        <translation>Sie sind nicht der Weg dieses Rechners ins Internet, daher wurden ihre Angaben nicht verwendet: {names}.</translation>
    </message>
    <message>
        <source>The router forwards ports to another device</source>
        <translation>Der Router leitet Ports an ein anderes Gerät weiter</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer ({this}). Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>Der Router leitet {ports} an ein anderes Gerät ({client}) weiter, nicht an diesen Rechner ({this}). Datenverkehr aus dem Internet für diese Ports geht dorthin: oft eine alte Telefonanlage, ein Telefon oder ein anderes Programm, das die Weiterleitungen per UPnP angelegt hat.</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer. Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>Der Router leitet {ports} an ein anderes Gerät ({client}) weiter, nicht an diesen Rechner. Datenverkehr aus dem Internet für diese Ports geht dorthin: oft eine alte Telefonanlage, ein Telefon oder ein anderes Programm, das die Weiterleitungen per UPnP angelegt hat.</translation>
    </message>
    <message>
        <source>Delete those forwards on the router (on its port forwarding or UPnP page), and switch UPnP off on the other device if it added them.</source>
        <translation>Löschen Sie diese Weiterleitungen am Router (auf seiner Seite für Portweiterleitungen oder UPnP), und schalten Sie UPnP auf dem anderen Gerät ab, falls es sie angelegt hat.</translation>
    </message>
    <message>
        <source>Forward the ports to this computer instead, then run the check again.</source>
        <translation>Leiten Sie die Ports stattdessen an diesen Rechner weiter und starten Sie die Prüfung danach erneut.</translation>
    </message>
    <message>
        <source>The router forwards ports onto other port numbers</source>
        <translation>Der Router leitet Ports auf andere Portnummern weiter</translation>
    </message>
    <message>
        <source>The router forwards public ports to other ports of this computer: {pairs}. The PBX listens on the port numbers it writes into its SIP messages, so each forward must keep the port number.</source>
        <translation>Der Router leitet öffentliche Ports auf andere Ports dieses Rechners weiter: {pairs}. Die Telefonanlage lauscht auf den Portnummern, die sie in ihre SIP-Nachrichten schreibt, daher muss jede Weiterleitung die Portnummer beibehalten.</translation>
    </message>
    <message>
        <source>Change those forwards so the public port and the port on this computer are the same, then run the check again.</source>
        <translation>Ändern Sie diese Weiterleitungen so, dass der öffentliche Port und der Port auf diesem Rechner gleich sind, und starten Sie die Prüfung danach erneut.</translation>
    </message>
    <message>
        <source>Some of the router&apos;s forwards are switched off</source>
        <translation>Einige Weiterleitungen des Routers sind deaktiviert</translation>
    </message>
    <message>
        <source>The router lists forwards for {ports}, but they are switched off.</source>
        <translation>Der Router listet Weiterleitungen für {ports} auf, aber sie sind deaktiviert.</translation>
    </message>
    <message>
        <source>The router lists forwards for only some of the checked ports</source>
        <translation>Der Router listet nur für einige der geprüften Ports Weiterleitungen auf</translation>
    </message>
    <message>
        <source>Its list covers {covered}, but not {missing}. Most routers list only the forwards programs added by UPnP, not those typed into their settings, so the others may still be forwarded there; the port results show whether they work.</source>
        <translation>Seine Liste umfasst {covered}, aber nicht {missing}. Die meisten Router listen nur die Weiterleitungen auf, die Programme per UPnP angelegt haben, nicht die in ihren Einstellungen eingetragenen; die übrigen Ports können dort also trotzdem weitergeleitet sein. Ob sie funktionieren, zeigen die Ergebnisse der Ports.</translation>
    </message>
    <message>
        <source>The router forwards the checked ports to this computer</source>
        <translation>Der Router leitet die geprüften Ports an diesen Rechner weiter</translation>
    </message>
    <message>
        <source>Its list forwards {ports} to this computer, each on the same port number.</source>
        <translation>Laut seiner Liste leitet er {ports} an diesen Rechner weiter, jeweils auf dieselbe Portnummer.</translation>
    </message>
    <message>
        <source>The router lists no forward for these ports</source>
        <translation>Der Router listet keine Weiterleitung für diese Ports auf</translation>
    </message>
    <message>
        <source>Most routers list only the forwards programs added by UPnP, not those typed into their settings, so this says nothing about the forwards set up by hand; the port results show whether they work.</source>
        <translation>Die meisten Router listen nur die Weiterleitungen auf, die Programme per UPnP angelegt haben, nicht die in ihren Einstellungen eingetragenen; das sagt also nichts über von Hand eingerichtete Weiterleitungen aus. Ob sie funktionieren, zeigen die Ergebnisse der Ports.</translation>
    </message>
    <message>
        <source>Why the check adds no UPnP forwards</source>
        <translation>Warum die Prüfung keine UPnP-Weiterleitungen anlegt</translation>
    </message>
    <message>
        <source>The check only reads the router&apos;s forwards; it never adds or removes one. UPnP forwards are no fix for a PBX: they vanish when the router restarts or their lease runs out, any device on the LAN can take the same ports, and many routers refuse large ranges. Forward the PBX&apos;s ports by hand in the router&apos;s settings.</source>
        <translation>Die Prüfung liest die Weiterleitungen des Routers nur aus; sie legt nie eine an und entfernt keine. UPnP-Weiterleitungen sind keine Lösung für eine Telefonanlage: Sie verschwinden, wenn der Router neu startet oder ihre Laufzeit abläuft, jedes Gerät im LAN kann dieselben Ports belegen, und viele Router lehnen große Bereiche ab. Richten Sie die Portweiterleitungen für die Telefonanlage von Hand in den Einstellungen des Routers ein.</translation>
    </message>
    <message>
        <source>Hairpin NAT works</source>
        <translation>Hairpin-NAT funktioniert</translation>
    </message>
    <message>
        <source>A datagram from this computer to the public address {public} came back in through the router, and its answer went back out the same way: phones on the LAN that use the PBX&apos;s public name or address reach it.</source>
        <translation>Ein Datagramm von diesem Rechner an die öffentliche Adresse {public} kam über den Router wieder herein, und seine Antwort ging denselben Weg zurück: Telefone im LAN, die den öffentlichen Namen oder die öffentliche Adresse der Telefonanlage verwenden, erreichen sie.</translation>
    </message>
    <message>
        <source>The router loops traffic back, but its answers go astray</source>
        <translation>Der Router leitet Datenverkehr zurück, aber die Antworten gehen fehl</translation>
    </message>
    <message>
        <source>A datagram to the public address {public} came back in, but from {source}, this computer&apos;s own address, not from the public address: the router loops traffic back without translating its source. A phone on the LAN then gets the PBX&apos;s answers straight from the PBX&apos;s LAN address, drops them, and cannot register by the public name. Calls from the internet are not affected.</source>
        <translation>Ein Datagramm an die öffentliche Adresse {public} kam wieder herein, aber von {source}, der eigenen Adresse dieses Rechners, nicht von der öffentlichen Adresse: Der Router leitet Datenverkehr zurück, ohne dessen Absenderadresse umzusetzen. Ein Telefon im LAN erhält die Antworten der Telefonanlage dann direkt von deren LAN-Adresse, verwirft sie und kann sich nicht über den öffentlichen Namen registrieren. Gespräche aus dem Internet sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Traffic to the PBX&apos;s public address does not come back (hairpin NAT)</source>
        <translation>Verkehr an die öffentliche Adresse der Telefonanlage kommt nicht zurück (Hairpin-NAT)</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. Either the router does not loop such traffic back, or it loops it back without translating its source, and this computer then drops it as coming from itself. Phones on the LAN that register to the PBX&apos;s public name or address fail either way. This is no fault of the port forwards: calls from the internet are not affected.</source>
        <translation>Ein Datagramm von diesem Rechner an die öffentliche Adresse {public} der Telefonanlage kam nicht wieder herein. Entweder leitet der Router solchen Verkehr nicht zurück, oder er tut es, ohne die Absenderadresse umzusetzen, und dieser Rechner verwirft ihn dann als von sich selbst kommend. Telefone im LAN, die sich über den öffentlichen Namen oder die öffentliche Adresse der Telefonanlage anmelden, scheitern so oder so. Mit den Portweiterleitungen hat das nichts zu tun: Anrufe aus dem Internet sind nicht betroffen.</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. That address belongs to the device in front of this router (the second NAT), so it is that device that would have to loop the traffic back, whatever this router does. Phones on the LAN that register to the PBX&apos;s public name or address fail. Calls from the internet are not affected.</source>
        <translation>Ein Datagramm von diesem Rechner an die öffentliche Adresse {public} der Telefonanlage kam nicht wieder herein. Diese Adresse gehört dem Gerät vor diesem Router (dem zweiten NAT); dieses Gerät müsste den Verkehr zurückleiten, was auch immer dieser Router tut. Telefone im LAN, die sich über den öffentlichen Namen oder die öffentliche Adresse der Telefonanlage anmelden, scheitern. Anrufe aus dem Internet sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Or switch on NAT loopback on the device in front of the router, where it offers it (bridge mode on that device removes the second NAT altogether).</source>
        <translation>Oder schalten Sie NAT-Loopback auf dem Gerät vor dem Router ein, sofern es das anbietet (der Bridge-Modus auf diesem Gerät beseitigt das zweite NAT ganz).</translation>
    </message>
    <message>
        <source>Switch on hairpin NAT on the router (it also goes by NAT loopback, NAT reflection or hairpinning), with the source translated too where the router offers that.</source>
        <translation>Schalten Sie auf dem Router Hairpin-NAT ein (auch NAT-Loopback, NAT-Reflection oder Hairpinning genannt), mit Umsetzung der Absenderadresse, wo der Router das anbietet.</translation>
    </message>
    <message>
        <source>On the router, make the loopback translate the source too (NAT reflection with masquerading, or a source NAT rule for LAN traffic to the public address).</source>
        <translation>Stellen Sie am Router ein, dass das Loopback auch die Absenderadresse umsetzt (NAT-Reflection mit Masquerading oder eine Source-NAT-Regel für LAN-Datenverkehr an die öffentliche Adresse).</translation>
    </message>
    <message>
        <source>Or set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>Oder richten Sie Split-DNS ein: Lassen Sie den DNS-Server im LAN den Namen der Telefonanlage mit ihrer LAN-Adresse beantworten, damit Telefone im LAN sie direkt erreichen und kein Loopback brauchen.</translation>
    </message>
    <message>
        <source>Set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>Richten Sie Split-DNS ein: Der DNS-Server im LAN beantwortet den Namen der Telefonanlage mit ihrer LAN-Adresse, sodass Telefone im LAN sie direkt erreichen und kein Loopback brauchen.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Whether hairpin NAT works could not be told</source>
        <translation>Ob Hairpin-NAT funktioniert, ließ sich nicht sagen</translation>
    </message>
    <message>
        <source>The hairpin test did not come to an answer.</source>
        <translation>Der Hairpin-Test kam zu keinem Ergebnis.</translation>
    </message>
    <message>
        <source>Hairpin NAT was not tested</source>
        <translation>Hairpin-NAT wurde nicht getestet</translation>
    </message>
    <message>
        <source>No port passed test 2, so no forwarded port was there to loop back to. Once the forwards work, run the check again to test it.</source>
        <translation>Kein Port hat Test 2 bestanden, es gab also keinen weitergeleiteten Port, an den zurückgeleitet werden konnte. Sobald die Weiterleitungen funktionieren, starten Sie die Prüfung erneut, um es zu testen.</translation>
    </message>
    <message>
        <source>The port the hairpin test needs is held by another program on this computer now.</source>
        <translation>Der Port, den der Hairpin-Test braucht, ist gerade von einem anderen Programm auf diesem Rechner belegt.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may have dropped the looped-back datagram, so its silence says nothing about the router.</source>
        <translation>Die eigene Firewall dieses Rechners hat das zurückgeleitete Datagramm womöglich verworfen; dass es ausblieb, sagt also nichts über den Router.</translation>
    </message>
    <message>
        <source>The link lost too many packets at the time to count a silence against the router.</source>
        <translation>Die Verbindung hat zu dieser Zeit zu viele Pakete verloren, um ein Ausbleiben dem Router anzulasten.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>funktioniert nicht</translation>
    </message>
    <message>
        <source>loops back, but without translating the source</source>
        <translation>leitet zurück, aber ohne die Absenderadresse umzusetzen</translation>
    </message>
    <message>
        <source>could not be told</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>The PBX refreshes its mappings by itself every {need} s.</source>
        <translation>Die Telefonanlage frischt ihre Zuordnungen selbst alle {need} s auf.</translation>
    </message>
    <message>
        <source>SIP registrations and calls on hold can stay quiet for {need} s and longer.</source>
        <translation>SIP-Registrierungen und gehaltene Gespräche können {need} s und länger still bleiben.</translation>
    </message>
    <message>
        <source>The router keeps idle UDP mappings long enough</source>
        <translation>Der Router hält inaktive UDP-Zuordnungen lange genug</translation>
    </message>
    <message>
        <source>The router forgets idle UDP mappings too soon</source>
        <translation>Der Router vergisst inaktive UDP-Zuordnungen zu früh</translation>
    </message>
    <message>
        <source>Idle UDP mappings are forgotten too soon on the way out</source>
        <translation>Ruhende UDP-Zuordnungen werden auf dem Weg nach draußen zu früh vergessen</translation>
    </message>
    <message>
        <source>The router sits behind another NAT, so either of the two may be the one that forgets.</source>
        <translation>Der Router sitzt hinter einem weiteren NAT; jedes der beiden kann das sein, das vergisst.</translation>
    </message>
    <message>
        <source>Or make both the router and the device in front of it keep idle UDP mappings longer (their UDP timeout or UDP session timeout; RFC 4787 asks for at least 2 minutes); for carrier-grade NAT only the provider can.</source>
        <translation>Oder lassen Sie den Router und das Gerät davor ruhende UDP-Zuordnungen länger halten (ihr UDP-Timeout oder UDP-Sitzungs-Timeout; RFC 4787 verlangt mindestens 2 Minuten); bei Carrier-Grade-NAT kann das nur der Anbieter.</translation>
    </message>
    <message>
        <source>Whether the router keeps idle UDP mappings long enough could not be told</source>
        <translation>Ob der Router inaktive UDP-Zuordnungen lange genug hält, ließ sich nicht sagen</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, the longest gap this test tried.</source>
        <translation>Eine inaktive UDP-Zuordnung war nach {alive} s noch offen, der längsten Pause, die dieser Test versucht hat.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, and gone after {expired} s.</source>
        <translation>Eine inaktive UDP-Zuordnung war nach {alive} s noch offen und nach {expired} s verfallen.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was gone after {expired} s, the shortest gap this test tried.</source>
        <translation>Eine inaktive UDP-Zuordnung war nach {expired} s verfallen, der kürzesten Pause, die dieser Test versucht hat.</translation>
    </message>
    <message>
        <source>Expect one-way or no audio after a call was on hold, and trunks or phones that cannot be reached between their registrations.</source>
        <translation>Rechnen Sie mit einseitiger oder fehlender Sprachübertragung, nachdem ein Gespräch gehalten wurde, und mit Trunks oder Telefonen, die zwischen ihren Registrierungen nicht erreichbar sind.</translation>
    </message>
    <message>
        <source>The lifetime lies somewhere around what the PBX needs.</source>
        <translation>Die Lebensdauer liegt irgendwo im Bereich dessen, was die Telefonanlage braucht.</translation>
    </message>
    <message>
        <source>The test ended at its limit before reaching what the PBX needs.</source>
        <translation>Der Test endete an seiner Grenze, bevor er erreichte, was die Telefonanlage braucht.</translation>
    </message>
    <message>
        <source>Make the PBX refresh its mappings more often than every {seconds} s. {setting}</source>
        <translation>Lassen Sie die Telefonanlage ihre Zuordnungen öfter als alle {seconds} s auffrischen. {setting}</translation>
    </message>
    <message>
        <source>Make the PBX refresh its registrations and keep-alives more often than every {seconds} s.</source>
        <translation>Lassen Sie die Telefonanlage ihre Registrierungen und Keep-Alives öfter als alle {seconds} s auffrischen.</translation>
    </message>
    <message>
        <source>Or make the router keep idle UDP mappings longer (its UDP timeout or UDP session timeout): RFC 4787 asks for at least 2 minutes.</source>
        <translation>Oder lassen Sie den Router inaktive UDP-Zuordnungen länger halten (sein UDP-Timeout bzw. UDP-Session-Timeout): RFC 4787 verlangt mindestens 2 Minuten.</translation>
    </message>
    <message>
        <source>Run the mapping lifetime test again with a longer limit.</source>
        <translation>Wiederholen Sie den Test der Zuordnungsdauer mit einer längeren Grenze.</translation>
    </message>
    <message>
        <source>No STUN server answered, so the lifetime could not be measured.</source>
        <translation>Kein STUN-Server hat geantwortet, daher ließ sich die Lebensdauer nicht messen.</translation>
    </message>
    <message>
        <source>The STUN server does not send its answer to another port when asked (RESPONSE-PORT, RFC 5780), which this test needs.</source>
        <translation>Der STUN-Server sendet seine Antwort auf Anfrage nicht an einen anderen Port (RESPONSE-PORT, RFC 5780), was dieser Test braucht.</translation>
    </message>
    <message>
        <source>The link lost the test&apos;s own control requests too, so a missing answer proves nothing about the router.</source>
        <translation>Die Verbindung hat auch die eigenen Kontrollanfragen des Tests verloren; eine ausbleibende Antwort beweist also nichts über den Router.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may forget the mapping before the router does, so a missing answer proves nothing about the router.</source>
        <translation>Die eigene Firewall dieses Rechners vergisst die Zuordnung womöglich vor dem Router; eine ausbleibende Antwort beweist also nichts über den Router.</translation>
    </message>
    <message>
        <source>The test was stopped before it was done.</source>
        <translation>Der Test wurde vor seinem Ende gestoppt.</translation>
    </message>
    <message>
        <source>Choose a STUN server that answers, and run the test again.</source>
        <translation>Wählen Sie einen STUN-Server, der antwortet, und wiederholen Sie den Test.</translation>
    </message>
    <message>
        <source>Choose a STUN server that supports RFC 5780 fully (coturn does), and run the test again.</source>
        <translation>Wählen Sie einen STUN-Server, der RFC 5780 vollständig unterstützt (wie coturn), und wiederholen Sie den Test.</translation>
    </message>
    <message>
        <source>Run the test again while the line is quiet.</source>
        <translation>Wiederholen Sie den Test, wenn auf der Leitung wenig los ist.</translation>
    </message>
    <message>
        <source>Let this program receive UDP through this computer&apos;s firewall (see This computer), and run the test again.</source>
        <translation>Lassen Sie dieses Programm UDP durch die Firewall dieses Rechners empfangen (siehe „Dieser Rechner“), und wiederholen Sie den Test.</translation>
    </message>
    <message>
        <source>Up to then an idle UDP mapping was still open after {alive} s.</source>
        <translation>Bis dahin war eine inaktive UDP-Zuordnung nach {alive} s noch offen.</translation>
    </message>
    <message>
        <source>between {alive} and {expired} s</source>
        <translation>zwischen {alive} und {expired} s</translation>
    </message>
    <message>
        <source>at least {alive} s</source>
        <translation>mindestens {alive} s</translation>
    </message>
    <message>
        <source>less than {expired} s</source>
        <translation>weniger als {expired} s</translation>
    </message>
    <message>
        <source>{lifetime}: enough (the PBX needs {need} s)</source>
        <translation>{lifetime}: genug (die Telefonanlage braucht {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: too short (the PBX needs {need} s)</source>
        <translation>{lifetime}: zu kurz (die Telefonanlage braucht {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: not enough to tell (the PBX needs {need} s)</source>
        <translation>{lifetime}: nicht eindeutig (die Telefonanlage braucht {need} s)</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <source>Checking the ports</source>
        <translation>Ports werden geprüft</translation>
    </message>
    <message>
        <source>Keep this window open. The PBX&apos;s ports must stay free while the check runs.</source>
        <translation>Lassen Sie dieses Fenster geöffnet. Die Ports der Telefonanlage müssen während der Prüfung frei bleiben.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase and pace</source>
        <translation>Phase und Tempo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m ports</source>
        <translation>%v von %m Ports</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Prüfung stoppen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>Bisherige Ergebnisse</translation>
    </message>
    <message>
        <source>Asking {servers}…</source>
        <translation>Abfrage von {servers}…</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far…</source>
        <translation>Beende den Lebensdauer-Test mit den bisherigen Messwerten…</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <source>Testing with {server} (second address {other}).</source>
        <translation>Prüfung läuft mit {server} (zweite Adresse {other}).</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Warte {time}, bis der Router die Antworten der vorigen Prüfung vergessen hat, damit sie diese nicht verfälschen…</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <source>{time} so far</source>
        <translation>bisher {time}</translation>
    </message>
    <message>
        <source>{elapsed} of {limit}</source>
        <translation>{elapsed} von {limit}</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n port(s) again, more slowly: their first answers were not enough.</source>
        <translation>
            <numerusform>Frage %n Port langsamer erneut ab: Seine ersten Antworten reichten nicht aus.</numerusform>
            <numerusform>Frage %n Ports langsamer erneut ab: Ihre ersten Antworten reichten nicht aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing the ports from outside (responder)…</source>
        <translation>Ports werden von außen getestet (Responder)…</translation>
    </message>
    <message>
        <source>Testing for a SIP helper on the router…</source>
        <translation>Suche nach einem SIP-Helper am Router…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Frage den Router ab (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT: whether phones on the LAN reach the PBX by its public address…</source>
        <translation>Prüfe Hairpin-NAT: ob Telefone im LAN die Telefonanlage über ihre öffentliche Adresse erreichen…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>Pause: Der Server oder die Verbindung beantwortet keine Kontrollanfragen mehr. Warte, bis sie sich erholt…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests.</source>
        <translation>Verlangsamt auf {rate} Anfragen pro Sekunde: Der Server oder die Verbindung hat Kontrollanfragen verworfen.</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping open.</source>
        <translation>Messe, wie lange der Router eine inaktive UDP-Zuordnung offen hält.</translation>
    </message>
    <message>
        <source>Gone after {seconds} s.</source>
        <translation>Nach {seconds} s verfallen.</translation>
    </message>
    <message>
        <source>Still open after {seconds} s.</source>
        <translation>Nach {seconds} s noch offen.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} ports. Run it again or go back.</source>
        <translation>Abgebrochen nach {done} von {total} Ports. Starten Sie die Prüfung erneut oder gehen Sie zurück.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly.</source>
        <translation>Die Prüfung ist unerwartet fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>ServerSpec</name>
    <message>
        <source>empty STUN server</source>
        <translation>leerer STUN-Server-Eintrag</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;{spec}&apos;: &apos;]&apos; nach der IPv6-Adresse fehlt</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>&apos;{spec}&apos;: nach &apos;]&apos; wird &apos;:port&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the port &apos;{port}&apos; is not a number</source>
        <translation>&apos;{spec}&apos;: der Port &apos;{port}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: port {port} is outside 1–65535</source>
        <translation>&apos;{spec}&apos;: Port {port} liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a host name or IP address</source>
        <translation>&apos;{spec}&apos; ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; needs a port, as in stun.example.net:3478</source>
        <translation>&apos;{spec}&apos; braucht einen Port, etwa stun.example.net:3478</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not an IPv4 address such as 100.64.0.2 or 192.168.178.20</source>
        <translation>&apos;{spec}&apos; ist keine IPv4-Adresse wie 100.64.0.2 oder 192.168.178.20</translation>
    </message>
    <message>
        <source>{spec} cannot be a router&apos;s internet address: give the WAN address its status page shows</source>
        <translation>{spec} kann nicht die Internetadresse eines Routers sein: Geben Sie die WAN-Adresse an, die seine Statusseite zeigt</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>This name does not exist in DNS. Check the spelling; the service may have been shut down.</source>
        <translation>Dieser Name existiert im DNS nicht. Prüfen Sie die Schreibweise; womöglich wurde der Dienst eingestellt.</translation>
    </message>
    <message>
        <source>DNS gave no answer for this name. Check this computer&apos;s DNS settings and internet access.</source>
        <translation>Das DNS hat für diesen Namen keine Antwort geliefert. Prüfen Sie die DNS-Einstellungen und den Internetzugang dieses Rechners.</translation>
    </message>
    <message>
        <source>The name resolved, but the server did not answer. It may be down or on another port, or outgoing UDP is blocked.</source>
        <translation>Der Name wurde aufgelöst, aber der Server hat nicht geantwortet. Er ist vielleicht außer Betrieb oder auf einem anderen Port erreichbar, oder ausgehendes UDP wird blockiert.</translation>
    </message>
    <message>
        <source>The server answers but has no second address, so it cannot test inbound traffic.</source>
        <translation>Der Server antwortet, hat aber keine zweite Adresse und kann daher keinen eingehenden Datenverkehr testen.</translation>
    </message>
    <message>
        <source>The server names a second address but does not reply from it when asked, so it cannot test inbound traffic.</source>
        <translation>Der Server nennt eine zweite Adresse, antwortet auf Anfrage aber nicht von ihr und kann daher keinen eingehenden Datenverkehr testen.</translation>
    </message>
    <message>
        <source>Not needed: a server earlier in the list was already suitable.</source>
        <translation>Nicht nötig: Ein Server weiter oben in der Liste war bereits geeignet.</translation>
    </message>
    <message>
        <source>The server announces a second address, but nothing answers there, so it cannot do test 2. Choose another server.</source>
        <translation>Der Server nennt eine zweite Adresse, doch dort antwortet nichts; Test 2 ist mit ihm daher nicht möglich. Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The server&apos;s second address answers, but the server never replies from it when asked to, not even where the router would let that reply in. It cannot do test 2. Choose another server.</source>
        <translation>Die zweite Adresse des Servers antwortet, doch der Server antwortet auf Anfrage nie von ihr, nicht einmal dort, wo der Router diese Antwort hereinlassen würde. Test 2 ist mit ihm nicht möglich. Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>No answer came, but this computer reported a network error on the check&apos;s socket each time it asked, so the server was not really tested. A network adapter that resets, a VPN that connects or drops, or security software can do this.</source>
        <translation>Es kam keine Antwort, aber dieser Rechner meldete bei jeder Anfrage einen Netzwerkfehler auf dem Socket der Prüfung; der Server wurde also nicht wirklich getestet. Ein Netzwerkadapter, der sich zurücksetzt, ein VPN, das sich verbindet oder abbricht, oder Sicherheitssoftware kann das verursachen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Test settings</source>
        <translation>Prüfeinstellungen</translation>
    </message>
    <message>
        <source>The check asks STUN servers on the internet how the router treats each port. The defaults suit most sites.</source>
        <translation>Die Prüfung fragt STUN-Server im Internet, wie der Router jeden Port behandelt. Die Standardwerte passen für die meisten Standorte.</translation>
    </message>
    <message>
        <source>STUN servers, tried in this order</source>
        <translation>STUN-Server, in dieser Reihenfolge versucht</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>STUN-Server</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Product &amp;defaults</source>
        <translation>&amp;Produktvorgaben</translation>
    </message>
    <message>
        <source>&amp;Add server:</source>
        <translation>&amp;Neuer Server:</translation>
    </message>
    <message>
        <source>host or host:port, e.g. stun.example.net:3478</source>
        <translation>Hostname oder host:port, z. B. stun.example.net:3478</translation>
    </message>
    <message>
        <source>New STUN server</source>
        <translation>Neuer STUN-Server</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Problem with the servers</source>
        <translation>Problem mit den Servern</translation>
    </message>
    <message>
        <source>Where the check runs</source>
        <translation>Wo die Prüfung läuft</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Dieser Rechner:</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation>Adressen dieses Rechners</translation>
    </message>
    <message>
        <source>&amp;PBX address:</source>
        <translation>&amp;Adresse der TK-Anlage:</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Adresse der TK-Anlage</translation>
    </message>
    <message>
        <source>the PBX&apos;s address in the LAN</source>
        <translation>Adresse der TK-Anlage im LAN</translation>
    </message>
    <message>
        <source>The LAN address the router&apos;s port forwards point at.</source>
        <translation>Die LAN-Adresse, auf die die Portweiterleitungen des Routers zeigen.</translation>
    </message>
    <message>
        <source>Note about the PBX address</source>
        <translation>Hinweis zur Adresse der TK-Anlage</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>New STUN requests a second. Public servers are shared: stay near the default unless the server is your own.</source>
        <translation>Neue STUN-Anfragen pro Sekunde. Öffentliche Server werden von vielen genutzt: Bleiben Sie nahe am Standardwert, sofern der Server nicht Ihr eigener ist.</translation>
    </message>
    <message>
        <source>&amp;Time-out:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>How long to wait for each answer, resends included.</source>
        <translation>Wie lange auf jede Antwort gewartet wird, Wiederholungen eingeschlossen.</translation>
    </message>
    <message>
        <source>Responder (optional)</source>
        <translation>Responder (optional)</translation>
    </message>
    <message>
        <source>A responder your support team runs on a server on the internet. It tests the TCP ports and whether the router rewrites SIP messages, and it checks incoming UDP a second way, without a STUN server&apos;s second address.</source>
        <translation>Ein Responder, den Ihr Support-Team auf einem Server im Internet betreibt. Er testet die TCP-Ports und ob der Router SIP-Nachrichten umschreibt, und er prüft eingehendes UDP auf einem zweiten Weg, ohne die zweite Adresse eines STUN-Servers.</translation>
    </message>
    <message>
        <source>R&amp;esponder:</source>
        <translation>Respon&amp;der:</translation>
    </message>
    <message>
        <source>Responder address</source>
        <translation>Adresse des Responders</translation>
    </message>
    <message>
        <source>host or host:port from your support team; empty: none</source>
        <translation>Hostname oder host:port von Ihrem Support-Team; leer: keiner</translation>
    </message>
    <message>
        <source>Problem with the responder address</source>
        <translation>Problem mit der Adresse des Responders</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Ge&amp;heimnis:</translation>
    </message>
    <message>
        <source>Responder secret</source>
        <translation>Geheimnis des Responders</translation>
    </message>
    <message>
        <source>only if the responder asks for one</source>
        <translation>nur, wenn der Responder eines verlangt</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Remember the secret in the system&apos;s &amp;key store</source>
        <translation>Geheimnis im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Note about the key store</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>TCP p&amp;orts:</source>
        <translation>T&amp;CP-Ports:</translation>
    </message>
    <message>
        <source>TCP ports</source>
        <translation>TCP-Ports</translation>
    </message>
    <message>
        <source>none, or e.g. 22, 443, 5060-5061</source>
        <translation>keine, oder z. B. 22, 443, 5060-5061</translation>
    </message>
    <message>
        <source>The responder connects to these ports from outside. The default is every port the product needs reachable over TCP.</source>
        <translation>Der Responder verbindet sich von außen mit diesen Ports. Standardmäßig sind das alle Ports, die das Produkt über TCP erreichbar braucht.</translation>
    </message>
    <message>
        <source>Problem with the TCP ports</source>
        <translation>Problem mit den TCP-Ports</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Ask the router (UPnP IGD, &amp;NAT-PMP)</source>
        <translation>Router &amp;befragen (UPnP IGD, NAT-PMP)</translation>
    </message>
    <message>
        <source>Reads the router&apos;s internet address and its port forwards, to see whether a second NAT sits in front of it or a forward points elsewhere. Nothing is changed on the router.</source>
        <translation>Liest die Internetadresse des Routers und seine Portweiterleitungen aus, um zu sehen, ob ein zweites NAT davor sitzt oder eine Weiterleitung woandershin zeigt. Am Router wird nichts geändert.</translation>
    </message>
    <message>
        <source>WAN address on its status pa&amp;ge:</source>
        <translation>&amp;WAN-Adresse laut Statusseite:</translation>
    </message>
    <message>
        <source>The router&apos;s WAN address</source>
        <translation>WAN-Adresse des Routers</translation>
    </message>
    <message>
        <source>optional, e.g. 100.64.0.2</source>
        <translation>optional, z. B. 100.64.0.2</translation>
    </message>
    <message>
        <source>The internet (WAN) address the router&apos;s status page shows. It tells whether a second NAT sits in front of the router when the router does not answer.</source>
        <translation>Die Internetadresse (WAN), die die Statusseite des Routers zeigt. Sie verrät, ob ein zweites NAT vor dem Router sitzt, wenn der Router nicht antwortet.</translation>
    </message>
    <message>
        <source>Problem with the WAN address</source>
        <translation>Problem mit der WAN-Adresse</translation>
    </message>
    <message>
        <source>Test hairpin NAT (NAT &amp;loopback)</source>
        <translation>Hairpin-NAT testen (NAT-&amp;Loopback)</translation>
    </message>
    <message>
        <source>Whether phones on the LAN reach the PBX by its public address, as they do when they use its public name.</source>
        <translation>Ob Telefone im LAN die Telefonanlage über ihre öffentliche Adresse erreichen, wie es geschieht, wenn sie ihren öffentlichen Namen verwenden.</translation>
    </message>
    <message>
        <source>Measure how long it keeps &amp;idle UDP mappings, up to</source>
        <translation>&amp;Messen, wie lange er inaktive UDP-Zuordnungen hält, bis zu</translation>
    </message>
    <message>
        <source>A longer test: it waits for ever longer idle gaps, up to the limit, and adds about that long to the check. It shows whether calls on hold and registrations keep working.</source>
        <translation>Ein längerer Test: Er wartet immer längere Pausen ab, bis zur Grenze, und verlängert die Prüfung etwa um diese Zeit. Er zeigt, ob gehaltene Gespräche und Registrierungen weiter funktionieren.</translation>
    </message>
    <message>
        <source>Longest idle gap to try</source>
        <translation>Längste zu testende Pause</translation>
    </message>
    <message>
        <source>no network address found</source>
        <translation>keine Netzwerkadresse gefunden</translation>
    </message>
    <message>
        <source>Add at least one STUN server.</source>
        <translation>Fügen Sie mindestens einen STUN-Server hinzu.</translation>
    </message>
    <message>
        <source>Line {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Leave empty if the PBX runs on this computer.</source>
        <translation>Leer lassen, wenn die Telefonanlage auf diesem Rechner läuft.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10.</source>
        <translation>&apos;{text}&apos; ist keine IPv4-Adresse wie etwa 192.168.1.10.</translation>
    </message>
    <message>
        <source>{pbx} is not this computer. The router&apos;s forwards must point at the PBX, so run this check on the PBX itself; from here it tests this computer&apos;s ports instead.</source>
        <translation>{pbx} ist nicht dieser Rechner. Die Weiterleitungen des Routers müssen auf die Telefonanlage zeigen; führen Sie diese Prüfung daher auf der Telefonanlage selbst aus. Von hier aus testet sie stattdessen die Ports dieses Rechners.</translation>
    </message>
    <message>
        <source>The check runs on the PBX itself, as it should.</source>
        <translation>Die Prüfung läuft wie vorgesehen auf der Telefonanlage selbst.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), which looks like a VPN. Disconnect the VPN before the check, or it measures the VPN&apos;s way out instead of the PBX&apos;s router.</source>
        <translation>Der Datenverkehr ins Internet verlässt diesen Rechner über {adapter} ({source}); das sieht nach einem VPN aus. Trennen Sie das VPN vor der Prüfung, sonst misst sie den Weg des VPN nach außen statt des Routers der Telefonanlage.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), a virtual adapter. If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the check measures it instead of the PBX&apos;s router.</source>
        <translation>Der Datenverkehr ins Internet verlässt diesen Rechner über {adapter} ({source}), einen virtuellen Adapter. Setzt er selbst Adressen um (Default Switch von Hyper-V, WSL, Docker), misst die Prüfung ihn statt des Routers der Telefonanlage.</translation>
    </message>
    <message>
        <source>{pbx} is this computer&apos;s, but traffic to the internet leaves from {source} ({adapter}), so the check would measure that way out, not the PBX&apos;s. Disconnect the other connection, or run the check where {pbx} leads to the internet.</source>
        <translation>{pbx} gehört zu diesem Rechner, aber der Datenverkehr ins Internet geht von {source} ({adapter}) hinaus; die Prüfung würde also diesen Weg messen, nicht den der Telefonanlage. Trennen Sie die andere Verbindung, oder starten Sie die Prüfung dort, wo {pbx} ins Internet führt.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name.</source>
        <translation>&apos;{text}&apos;: Der Responder wird über IPv4 erreicht; geben Sie seine IPv4-Adresse oder seinen Namen an.</translation>
    </message>
    <message>
        <source>Kept under the responder&apos;s address, where the system keeps passwords. Unticked, the secret is used for this check only and a kept one is removed.</source>
        <translation>Wird unter der Adresse des Responders dort gespeichert, wo das System Kennwörter aufbewahrt. Ohne Häkchen wird das Geheimnis nur für diese Prüfung verwendet, und ein gespeichertes wird entfernt.</translation>
    </message>
    <message>
        <source>This computer has no key store the program can use, so the secret cannot be remembered: type it for each check.</source>
        <translation>Dieser Rechner hat keinen Schlüsselbund, den das Programm nutzen kann; das Geheimnis lässt sich daher nicht speichern: Geben Sie es für jede Prüfung ein.</translation>
    </message>
    <message>
        <source>Could not read the kept secret from the key store: {problem}. Type it again, or leave the field empty to keep the stored one.</source>
        <translation>Das gespeicherte Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden: {problem}. Geben Sie es erneut ein, oder lassen Sie das Feld leer, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>Could not store the secret in the key store: {problem}. It is used for this check only; press Start check again to go on.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: {problem}. Es wird nur für diese Prüfung verwendet; klicken Sie erneut auf „Prüfung starten“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Could not remove the kept secret from the key store: {problem}.</source>
        <translation>Das gespeicherte Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>A small internet protocol: a server tells a device which public address and port its traffic came from. This check uses it to see what the router does to each port.</source>
        <translation>Ein schlankes Internetprotokoll: Ein Server teilt einem Gerät mit, von welcher öffentlichen Adresse und welchem Port sein Datenverkehr kam. Diese Prüfung nutzt es, um zu sehen, was der Router mit jedem Port macht.</translation>
    </message>
    <message>
        <source>Network address translation: on the way out, the router replaces the private addresses of the local network with its own public address.</source>
        <translation>Network Address Translation (Netzwerkadressübersetzung): Auf dem Weg nach außen ersetzt der Router die privaten Adressen des lokalen Netzes durch seine eigene öffentliche Adresse.</translation>
    </message>
    <message>
        <source>A kind of NAT where, once a public port is open, traffic from any address on the internet reaches the device behind it. A one-to-one port forward gives the same.</source>
        <translation>Eine NAT-Variante, bei der Datenverkehr von jeder Adresse im Internet das dahinterliegende Gerät erreicht, sobald ein öffentlicher Port offen ist. Eine 1:1-Portweiterleitung bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>A kind of NAT that uses a new public port for every destination. Calls through it fail unless the router is set to keep ports fixed.</source>
        <translation>Eine NAT-Variante, die für jedes Ziel einen neuen öffentlichen Port verwendet. Gespräche darüber scheitern, sofern der Router nicht auf feste Ports eingestellt ist.</translation>
    </message>
    <message>
        <source>The router keeps the device&apos;s own port number when it translates the address, so local port 5060 goes out as public port 5060.</source>
        <translation>Der Router behält beim Umsetzen der Adresse die eigene Portnummer des Geräts bei, sodass lokaler Port 5060 als öffentlicher Port 5060 hinausgeht.</translation>
    </message>
    <message>
        <source>A router feature, also called SIP helper, that rewrites SIP messages on the way through. It often gets them wrong; switch it off when the PBX handles NAT itself.</source>
        <translation>Eine Router-Funktion, auch SIP-Helper genannt, die SIP-Nachrichten beim Durchlauf umschreibt. Sie macht dabei oft Fehler; schalten Sie sie ab, wenn die Telefonanlage NAT selbst behandelt.</translation>
    </message>
    <message>
        <source>A small server a support team runs on the internet: it sends test traffic to this computer from outside and sends SIP messages back as they arrived. With it the check tests TCP ports and SIP helpers, which STUN cannot.</source>
        <translation>Ein kleiner Server, den ein Support-Team im Internet betreibt: Er sendet von außen Testverkehr an diesen Rechner und schickt SIP-Nachrichten so zurück, wie sie angekommen sind. Damit testet die Prüfung TCP-Ports und SIP-Helper, was mit STUN nicht geht.</translation>
    </message>
    <message>
        <source>A router rule that sends everything arriving on a public port to the same port on one LAN device, and sends that device&apos;s traffic out on the same port.</source>
        <translation>Eine Router-Regel, die alles, was auf einem öffentlichen Port ankommt, an denselben Port eines Geräts im LAN sendet und den Datenverkehr dieses Geräts über denselben Port hinausschickt.</translation>
    </message>
    <message>
        <source>NAT run by the internet provider, so the customer&apos;s router has no public address of its own. No port can be forwarded through it.</source>
        <translation>NAT beim Internetprovider, sodass der Router des Kunden keine eigene öffentliche Adresse hat. Durch ein solches NAT lässt sich kein Port weiterleiten.</translation>
    </message>
    <message>
        <source>A router feature, also called NAT loopback or NAT reflection, that lets a device on the LAN reach another one there by the site&apos;s public address.</source>
        <translation>Eine Router-Funktion, auch NAT-Loopback oder NAT-Reflection genannt, mit der ein Gerät im LAN ein anderes dort über die öffentliche Adresse des Standorts erreicht.</translation>
    </message>
    <message>
        <source>A way for programs on the LAN to ask the router for its internet address and to add port forwards without a password. The check only reads what the router says.</source>
        <translation>Ein Weg, auf dem Programme im LAN den Router ohne Passwort nach seiner Internetadresse fragen und Portweiterleitungen anlegen können. Die Prüfung liest nur, was der Router meldet.</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping open for traffic coming back. A PBX must send something before it runs out, or calls and registrations break.</source>
        <translation>Wie lange der Router eine inaktive UDP-Zuordnung für zurückkommenden Datenverkehr offen hält. Eine Telefonanlage muss vorher etwas senden, sonst brechen Gespräche und Registrierungen ab.</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>None of the STUN server names could be resolved.</source>
        <translation>Keiner der STUN-Servernamen ließ sich auflösen.</translation>
    </message>
    <message>
        <source>No STUN server answered, not even requests sent from a random port.</source>
        <translation>Kein STUN-Server hat geantwortet, nicht einmal auf Anfragen von einem zufälligen Port.</translation>
    </message>
    <message>
        <source>The STUN servers that answered cannot test inbound traffic; only outgoing traffic was checked.</source>
        <translation>Die antwortenden STUN-Server können keinen eingehenden Datenverkehr testen; nur ausgehender Datenverkehr wurde geprüft.</translation>
    </message>
    <message>
        <source>Some ports are held by another program on this computer and were not tested.</source>
        <translation>Einige Ports sind von einem anderen Programm auf diesem Rechner belegt und wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>All checked ports behave as the product needs.</source>
        <translation>Alle geprüften Ports verhalten sich so, wie das Produkt es braucht.</translation>
    </message>
    <message>
        <source>Some ports behave as the product needs, others do not.</source>
        <translation>Einige Ports verhalten sich so, wie das Produkt es braucht, andere nicht.</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer on ports that must be forwarded.</source>
        <translation>Datenverkehr aus dem Internet erreicht diesen Rechner auf Ports, die weitergeleitet werden müssen, nicht.</translation>
    </message>
    <message>
        <source>The router changes the numbers of ports that must be forwarded one-to-one.</source>
        <translation>Der Router ändert die Nummern von Ports, die 1:1 weitergeleitet werden müssen.</translation>
    </message>
    <message>
        <source>The router uses a different public port for each destination (symmetric NAT).</source>
        <translation>Der Router verwendet für jedes Ziel einen anderen öffentlichen Port (symmetrisches NAT).</translation>
    </message>
    <message>
        <source>Outgoing traffic from some ports gets no answer; something blocks it.</source>
        <translation>Ausgehender Datenverkehr von einigen Ports erhält keine Antwort; etwas blockiert ihn.</translation>
    </message>
    <message>
        <source>The operating system refused to open some ports, so they were not tested.</source>
        <translation>Das Betriebssystem hat das Öffnen einiger Ports verweigert, daher wurden sie nicht geprüft.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the check&apos;s test traffic out, so the router could not be judged for some ports.</source>
        <translation>Die Firewall dieses Rechners ließ den Testverkehr der Prüfung nicht herein, daher ließ sich der Router für einige Ports nicht beurteilen.</translation>
    </message>
    <message>
        <source>Windows reserves some of the PBX&apos;s ports for itself; the PBX cannot use them.</source>
        <translation>Windows reserviert einige Ports der Telefonanlage für sich; die Telefonanlage kann sie nicht nutzen.</translation>
    </message>
    <message>
        <source>Every checked port works, but a SIP helper (SIP ALG) on the way rewrites SIP messages.</source>
        <translation>Alle geprüften Ports funktionieren, aber ein SIP-Helper (SIP-ALG) auf dem Weg schreibt SIP-Nachrichten um.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router keeps traffic from the internet out; forwards on this router alone cannot be enough.</source>
        <translation>Ein zweites NAT vor dem Router hält Datenverkehr aus dem Internet fern; Weiterleitungen auf diesem Router allein können nicht genügen.</translation>
    </message>
    <message>
        <source>No port failed for certain, but the results of some ports are not conclusive.</source>
        <translation>Kein Port ist sicher fehlgeschlagen, aber die Ergebnisse einiger Ports sind nicht eindeutig.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; the results are incomplete.</source>
        <translation>Die Prüfung wurde vor dem Ende abgebrochen; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>STUN server names not found</source>
        <translation>STUN-Servernamen nicht gefunden</translation>
    </message>
    <message>
        <source>This computer could not turn any STUN server name into an address, so no port was checked. Either name lookup (DNS) does not work here, or the names are wrong or the service no longer exists. If DNS is the cause, the PBX will also fail to reach its SIP provider by name.</source>
        <translation>Dieser Rechner konnte keinen STUN-Servernamen in eine Adresse auflösen, daher wurde kein Port geprüft. Entweder funktioniert die Namensauflösung (DNS) hier nicht, oder die Namen sind falsch bzw. der Dienst existiert nicht mehr. Liegt es am DNS, erreicht auch die Telefonanlage ihren SIP-Provider nicht über dessen Namen.</translation>
    </message>
    <message>
        <source>Check the spelling of each STUN server name and its port.</source>
        <translation>Prüfen Sie die Schreibweise jedes STUN-Servernamens und seinen Port.</translation>
    </message>
    <message>
        <source>Open a command prompt and run nslookup with the server name after it. If it prints an address, DNS works for that name.</source>
        <translation>Öffnen Sie eine Eingabeaufforderung und führen Sie nslookup gefolgt vom Servernamen aus. Gibt es eine Adresse aus, funktioniert DNS für diesen Namen.</translation>
    </message>
    <message>
        <source>If nslookup fails for every name, check this computer&apos;s DNS settings: the DNS servers of the network adapter, a VPN client, or a DNS filter on the firewall.</source>
        <translation>Schlägt nslookup für alle Namen fehl, prüfen Sie die DNS-Einstellungen dieses Rechners: die DNS-Server des Netzwerkadapters, einen VPN-Client oder einen DNS-Filter auf der Firewall.</translation>
    </message>
    <message>
        <source>If only some names fail, those services may be gone. Use another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Schlagen nur einige Namen fehl, gibt es diese Dienste womöglich nicht mehr. Verwenden Sie einen anderen STUN-Server, etwa einen aus der Standardliste des Produkts.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Starten Sie danach die Prüfung erneut.</translation>
    </message>
    <message>
        <source>No STUN server answers</source>
        <translation>Kein STUN-Server antwortet</translation>
    </message>
    <message>
        <source>The server names resolved, but no server replied, even to a request from a random port. So the cause is not one port: this computer has no working internet access, outgoing UDP is blocked as a whole, or the servers are down or use another port. No port could be tested.</source>
        <translation>Die Servernamen wurden aufgelöst, aber kein Server hat geantwortet, nicht einmal auf eine Anfrage von einem zufälligen Port. Die Ursache ist also nicht ein einzelner Port: Dieser Rechner hat keinen funktionierenden Internetzugang, ausgehendes UDP ist komplett gesperrt, oder die Server sind außer Betrieb bzw. nutzen einen anderen Port. Es konnte kein Port geprüft werden.</translation>
    </message>
    <message>
        <source>Check that this computer can reach the internet: open a website.</source>
        <translation>Prüfen Sie, ob dieser Rechner das Internet erreicht: Öffnen Sie eine Website.</translation>
    </message>
    <message>
        <source>Check the port of each server entry. STUN usually listens on UDP port 3478, but some servers use another one.</source>
        <translation>Prüfen Sie den Port jedes Servereintrags. STUN lauscht meist auf UDP-Port 3478, manche Server nutzen aber einen anderen.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for a rule that blocks outgoing UDP from this computer, or that allows only web and DNS traffic out.</source>
        <translation>Suchen Sie am Router bzw. an der Firewall nach einer Regel, die ausgehendes UDP von diesem Rechner sperrt oder nur Web- und DNS-Verkehr nach außen zulässt.</translation>
    </message>
    <message>
        <source>Check Windows Defender Firewall and any security software on this computer for rules that block outgoing UDP.</source>
        <translation>Prüfen Sie die Windows Defender Firewall und etwaige Sicherheitssoftware auf diesem Rechner auf Regeln, die ausgehendes UDP sperren.</translation>
    </message>
    <message>
        <source>Try another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Versuchen Sie es mit einem anderen STUN-Server, etwa einem aus der Standardliste des Produkts, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>STUN server cannot test inbound traffic</source>
        <translation>STUN-Server kann eingehenden Datenverkehr nicht testen</translation>
    </message>
    <message>
        <source>The servers that answered either have no second address or do not reply from it when asked. Without that, only test 1 (outgoing traffic) can run, and whether the ports are reachable from the internet stays unknown. The test 1 results are shown below.</source>
        <translation>Die antwortenden Server haben entweder keine zweite Adresse oder antworten auf Anfrage nicht von ihr. Ohne sie kann nur Test 1 (ausgehender Datenverkehr) laufen, und ob die Ports aus dem Internet erreichbar sind, bleibt unbekannt. Die Ergebnisse von Test 1 stehen unten.</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address and replies from it on request, for example one from the product&apos;s default list.</source>
        <translation>Verwenden Sie einen STUN-Server, der eine zweite Adresse hat und auf Anfrage von ihr antwortet, etwa einen aus der Standardliste des Produkts.</translation>
    </message>
    <message>
        <source>Many free public STUN servers run on a single address; they cannot be used for this check.</source>
        <translation>Viele kostenlose öffentliche STUN-Server laufen auf nur einer Adresse; für diese Prüfung sind sie nicht geeignet.</translation>
    </message>
    <message>
        <source>Ports used by another program</source>
        <translation>Ports von einem anderen Programm belegt</translation>
    </message>
    <message>
        <source>Another program on this computer already holds some of the ports, so they could not be tested. Usually that is the PBX service itself or a softphone. The free ports were checked as usual.</source>
        <translation>Ein anderes Programm auf diesem Rechner belegt bereits einige der Ports, daher konnten sie nicht geprüft werden. Meist ist das der Dienst der Telefonanlage selbst oder ein Softphone. Die freien Ports wurden wie gewohnt geprüft.</translation>
    </message>
    <message>
        <source>Firewall set up correctly</source>
        <translation>Firewall korrekt eingerichtet</translation>
    </message>
    <message>
        <source>Every checked port behaves as required. Ports that must be forwarded are reachable from the internet on the same port number, and outbound ports keep a stable public port. On the network side, trunks, remote phones and audio can work.</source>
        <translation>Jeder geprüfte Port verhält sich wie erforderlich. Ports, die weitergeleitet werden müssen, sind aus dem Internet unter derselben Portnummer erreichbar, und ausgehende Ports behalten einen stabilen öffentlichen Port. Netzwerkseitig steht Trunks, externen Telefonen und Sprachübertragung nichts im Weg.</translation>
    </message>
    <message>
        <source>Note the current router and firewall rules in the customer&apos;s documentation, so they can be restored after a router swap or reset.</source>
        <translation>Halten Sie die aktuellen Router- und Firewall-Regeln in der Kundendokumentation fest, damit sie sich nach einem Routertausch oder Zurücksetzen wiederherstellen lassen.</translation>
    </message>
    <message>
        <source>If calls still fail, look elsewhere: the public IP settings of the PBX, the SIP provider&apos;s account data, and any TCP ports listed for a check by hand.</source>
        <translation>Scheitern Gespräche trotzdem, suchen Sie an anderer Stelle: bei den Einstellungen der Telefonanlage zur öffentlichen IP-Adresse, den Zugangsdaten des SIP-Providers und den zur manuellen Prüfung aufgeführten TCP-Ports.</translation>
    </message>
    <message>
        <source>Run the check again after any change to the router, the firewall or the internet line.</source>
        <translation>Wiederholen Sie die Prüfung nach jeder Änderung an Router, Firewall oder Internetanschluss.</translation>
    </message>
    <message>
        <source>Some ports fail</source>
        <translation>Einige Ports fehlgeschlagen</translation>
    </message>
    <message>
        <source>Some ports behave correctly and some do not. Calls may work one time and fail the next, for example with no audio whenever the PBX picks a media port from the failing part.</source>
        <translation>Einige Ports verhalten sich korrekt, andere nicht. Gespräche können mal funktionieren und mal scheitern, zum Beispiel ohne Sprachübertragung, sobald die Telefonanlage einen Medienport aus dem fehlerhaften Teil wählt.</translation>
    </message>
    <message>
        <source>Look at which ports failed. A block at the start or end of a range usually means the forwarding rule covers less than the full range.</source>
        <translation>Sehen Sie nach, welche Ports fehlgeschlagen sind. Ein Block am Anfang oder Ende eines Bereichs bedeutet meist, dass die Weiterleitungsregel nicht den ganzen Bereich abdeckt.</translation>
    </message>
    <message>
        <source>Check that every forwarding rule points to this computer&apos;s LAN address. A rule left over from an old PBX or another device can take part of the range.</source>
        <translation>Prüfen Sie, ob jede Weiterleitungsregel auf die LAN-Adresse dieses Rechners zeigt. Eine übrig gebliebene Regel für eine alte Telefonanlage oder ein anderes Gerät kann einen Teil des Bereichs belegen.</translation>
    </message>
    <message>
        <source>If the first ports pass and all later ones fail, the firewall&apos;s port scan or flood protection may have reacted to the check. Switch it off for the check, or exempt this computer, and run the check again.</source>
        <translation>Bestehen die ersten Ports und schlagen alle späteren fehl, hat womöglich der Portscan- oder Flood-Schutz der Firewall auf die Prüfung reagiert. Schalten Sie ihn für die Prüfung ab oder nehmen Sie diesen Rechner davon aus, und starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>For each failing port, follow the steps given for its result.</source>
        <translation>Folgen Sie für jeden fehlgeschlagenen Port den Schritten zu seinem Ergebnis.</translation>
    </message>
    <message>
        <source>Port forwarding is missing</source>
        <translation>Portweiterleitung fehlt</translation>
    </message>
    <message>
        <source>Outgoing traffic works, but traffic from the internet does not reach this computer on ports that must be forwarded. Expect incoming calls that fail, remote phones that do not register, and calls with one-way or no audio.</source>
        <translation>Ausgehender Datenverkehr funktioniert, aber Datenverkehr aus dem Internet erreicht diesen Rechner auf Ports, die weitergeleitet werden müssen, nicht. Rechnen Sie mit fehlschlagenden eingehenden Anrufen, externen Telefonen, die sich nicht registrieren, und Gesprächen mit einseitiger oder fehlender Sprachübertragung.</translation>
    </message>
    <message>
        <source>Router changes port numbers</source>
        <translation>Router ändert Portnummern</translation>
    </message>
    <message>
        <source>The router sends the PBX&apos;s traffic out on other port numbers than the PBX uses. The PBX writes its own port numbers into its SIP messages, so the other side answers on ports that do not lead back to it. Expect one-way or no audio, and trunks or remote phones that drop.</source>
        <translation>Der Router sendet den Datenverkehr der Telefonanlage mit anderen Portnummern nach außen, als die Anlage verwendet. Die Telefonanlage trägt ihre eigenen Portnummern in ihre SIP-Nachrichten ein, daher antwortet die Gegenseite auf Ports, die nicht zu ihr zurückführen. Rechnen Sie mit einseitiger oder fehlender Sprachübertragung und mit Abbrüchen bei Trunks oder externen Telefonen.</translation>
    </message>
    <message>
        <source>Symmetric NAT: public port changes per destination</source>
        <translation>Symmetrisches NAT: öffentlicher Port wechselt je Ziel</translation>
    </message>
    <message>
        <source>The router picks a new public port each time the PBX talks to a new destination. The public address the PBX learns with STUN is then wrong for the provider and the phones, so registrations and audio fail, often at random.</source>
        <translation>Der Router wählt jedes Mal einen neuen öffentlichen Port, wenn die Telefonanlage mit einem neuen Ziel kommuniziert. Die öffentliche Adresse, die die Anlage per STUN ermittelt, stimmt dann für den Provider und die Telefone nicht; Registrierungen und Sprachübertragung scheitern, oft scheinbar zufällig.</translation>
    </message>
    <message>
        <source>Outgoing traffic blocked on some ports</source>
        <translation>Ausgehender Datenverkehr auf einigen Ports blockiert</translation>
    </message>
    <message>
        <source>The STUN server answers requests this computer sends from other ports, but not those sent from these ports. Something filters outgoing UDP by port: a rule on the router or firewall, Windows Defender Firewall, security software, or the internet provider. The PBX cannot use these ports until that is fixed.</source>
        <translation>Der STUN-Server beantwortet Anfragen, die dieser Rechner von anderen Ports sendet, aber nicht die von diesen Ports. Etwas filtert ausgehendes UDP portabhängig: eine Regel am Router oder an der Firewall, die Windows Defender Firewall, Sicherheitssoftware oder der Internetprovider. Die Telefonanlage kann diese Ports erst nutzen, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>Ports could not be opened</source>
        <translation>Ports ließen sich nicht öffnen</translation>
    </message>
    <message>
        <source>The operating system did not let this program open some ports, so they were not tested. Their results say nothing about the router yet.</source>
        <translation>Das Betriebssystem hat diesem Programm das Öffnen einiger Ports verweigert, daher wurden sie nicht geprüft. Ihre Ergebnisse sagen noch nichts über den Router aus.</translation>
    </message>
    <message>
        <source>Blocked by this computer&apos;s firewall</source>
        <translation>Von der Firewall dieses Rechners blockiert</translation>
    </message>
    <message>
        <source>No port failed for certain because of the router. For some ports the answer from the STUN server&apos;s second address did not arrive, and this computer&apos;s own firewall would have dropped it whatever the router did. Those ports say nothing about the router; what the firewall showed is given under This computer.</source>
        <translation>Kein Port ist sicher wegen des Routers fehlgeschlagen. Für einige Ports kam die Antwort von der zweiten Adresse des STUN-Servers nicht an, und die eigene Firewall dieses Rechners hätte sie verworfen, egal was der Router tat. Diese Ports sagen nichts über den Router aus; was die Firewall gezeigt hat, steht unter „Dieser Rechner“.</translation>
    </message>
    <message>
        <source>Ports reserved by Windows</source>
        <translation>Von Windows reservierte Ports</translation>
    </message>
    <message>
        <source>Windows keeps some of the PBX&apos;s ports for itself, so no program can open them: not this check, and not the PBX. Calls that need those ports fail on this computer before the router is even involved.</source>
        <translation>Windows reserviert einige Ports der Telefonanlage für sich, daher kann kein Programm sie öffnen: weder diese Prüfung noch die Telefonanlage. Gespräche, die diese Ports brauchen, scheitern schon auf diesem Rechner, bevor der Router überhaupt beteiligt ist.</translation>
    </message>
    <message>
        <source>SIP helper rewrites SIP messages</source>
        <translation>SIP-Helper schreibt SIP-Nachrichten um</translation>
    </message>
    <message>
        <source>The ports behave as the product needs, but the router or a firewall on the way changes SIP messages as they pass: it rewrites the addresses and ports the PBX writes into them. Calls then fail in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>Die Ports verhalten sich so, wie das Produkt es braucht, aber der Router oder eine Firewall auf dem Weg verändert SIP-Nachrichten beim Durchlauf und schreibt dabei die Adressen und Ports um, die die Telefonanlage in sie einträgt. Gespräche scheitern dann auf schwer nachvollziehbare Weise: einseitige oder keine Sprachübertragung, Gespräche, die nach etwa 30 Sekunden abbrechen, Trunks und Telefone, die ihre Registrierung verlieren.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. It goes by SIP ALG, SIP helper, SIP inspection, SIP fixup or SIP transformations; where it typically sits on common devices is given with the SIP ALG finding.</source>
        <translation>Schalten Sie den SIP-Helper am Router bzw. an der Firewall vor der Telefonanlage ab. Er heißt SIP-ALG, SIP-Helper, SIP-Inspection, SIP fixup oder SIP transformations; wo er sich bei gängigen Geräten typischerweise befindet, steht beim Befund zum SIP-ALG.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off.</source>
        <translation>Starten Sie danach die Prüfung erneut: Sie zeigt, ob der SIP-Helper wirklich abgeschaltet ist.</translation>
    </message>
    <message>
        <source>Second NAT in front of the router</source>
        <translation>Zweites NAT vor dem Router</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer, and the router in front of the PBX is itself behind another NAT: the provider&apos;s modem or router, or the provider&apos;s carrier-grade NAT. The traffic stops there, before this router&apos;s forwards are ever used. What the router said about itself is given below.</source>
        <translation>Datenverkehr aus dem Internet erreicht diesen Rechner nicht, und der Router vor der Telefonanlage sitzt selbst hinter einem weiteren NAT: dem Modem oder Router des Providers oder dem Carrier-Grade-NAT des Providers. Dort endet der Datenverkehr, bevor die Weiterleitungen dieses Routers überhaupt greifen. Was der Router über sich selbst gemeldet hat, steht unten.</translation>
    </message>
    <message>
        <source>If the provider&apos;s modem or router sits in front of this router, put it into bridge mode, so this router gets the public address itself; or, on that device, make this router the exposed host (DMZ), so it passes everything on.</source>
        <translation>Sitzt das Modem oder der Router des Providers vor diesem Router, schalten Sie es in den Bridge-Modus, damit dieser Router selbst die öffentliche Adresse erhält; oder machen Sie auf jenem Gerät diesen Router zum Exposed Host (DMZ), damit es alles weiterreicht.</translation>
    </message>
    <message>
        <source>If the router&apos;s internet address is in 100.64.0.0/10 (carrier-grade NAT, common on LTE, Starlink and many fibre and cable lines), no setting at the site can open a port: ask the provider for a public IPv4 address.</source>
        <translation>Liegt die Internetadresse des Routers in 100.64.0.0/10 (Carrier-Grade-NAT, verbreitet bei LTE, Starlink und vielen Glasfaser- und Kabelanschlüssen), kann keine Einstellung vor Ort einen Port öffnen: Fragen Sie beim Provider nach einer öffentlichen IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Where the product allows it, connect the PBX to the provider&apos;s SIP trunk in an outbound-only setup, where the PBX registers out and needs nothing forwarded in; remote phones then need a way of their own, such as a VPN or the product&apos;s tunnel.</source>
        <translation>Wo das Produkt es zulässt, binden Sie die Telefonanlage rein ausgehend an den SIP-Trunk des Providers an: Sie registriert sich nach außen und braucht keine eingehende Weiterleitung. Externe Telefone brauchen dann einen eigenen Weg, etwa ein VPN oder den Tunnel des Produkts.</translation>
    </message>
    <message>
        <source>Some results are not conclusive</source>
        <translation>Einige Ergebnisse sind nicht eindeutig</translation>
    </message>
    <message>
        <source>No port failed for certain. For some ports, though, what the check saw has another explanation than the router: traffic of an earlier run, a link that lost packets, a STUN server that did not answer as it should, or a port this computer would not open. Those ports count neither as passed nor as failed; the reason for each is given below.</source>
        <translation>Kein Port ist sicher fehlgeschlagen. Für einige Ports lässt sich das, was die Prüfung gesehen hat, aber auch anders als durch den Router erklären: Datenverkehr eines früheren Laufs, eine Verbindung, die Pakete verlor, ein STUN-Server, der nicht wie vorgesehen antwortete, oder ein Port, den dieser Rechner nicht öffnen wollte. Diese Ports gelten weder als bestanden noch als fehlgeschlagen; der Grund für jeden steht unten.</translation>
    </message>
    <message>
        <source>Read the reason given for the ports that are not conclusive and follow its advice.</source>
        <translation>Lesen Sie den Grund, der für die nicht eindeutigen Ports angegeben ist, und folgen Sie seinem Rat.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes, while nothing else uses the internet line heavily. To save time, check only those ports.</source>
        <translation>Starten Sie die Prüfung nach fünf Minuten erneut, während nichts anderes die Internetleitung stark nutzt. Um Zeit zu sparen, prüfen Sie nur diese Ports.</translation>
    </message>
    <message>
        <source>If the same ports stay unclear, choose another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Bleiben dieselben Ports unklar, wählen Sie einen anderen STUN-Server, etwa einen aus der Standardliste des Produkts.</translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>The check was stopped before all ports were tested. The results shown are valid; the ports not reached have no result.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor alle Ports getestet waren. Die angezeigten Ergebnisse sind gültig; die nicht erreichten Ports haben kein Ergebnis.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish. A large port range can take a few minutes.</source>
        <translation>Starten Sie die Prüfung erneut und lassen Sie sie zu Ende laufen. Ein großer Portbereich kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>To save time, check only the ports that failed or were not reached.</source>
        <translation>Um Zeit zu sparen, prüfen Sie nur die Ports, die fehlgeschlagen sind oder nicht erreicht wurden.</translation>
    </message>
</context>
</TS>
