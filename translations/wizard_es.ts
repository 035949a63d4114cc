<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s SIP and media ports the way the PBX needs, and says what to change.</source>
        <translation>Comprueba si un router o firewall trata los puertos SIP y de medios de una centralita IP como esta los necesita, e indica qué hay que cambiar.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside} y Python {python}</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries of this program with your own build.</source>
        <translation>Qt se usa bajo la Licencia Pública General Reducida de GNU (LGPL), versión 3; puede sustituir las bibliotecas Qt de este programa por una compilación propia.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>there is no product &apos;{product}&apos;; known products: {known}</source>
        <translation>no existe el producto &apos;{product}&apos;; productos conocidos: {known}</translation>
    </message>
    <message>
        <source>{product} has no version &apos;{version}&apos;; known versions: {known}</source>
        <translation>{product} no tiene la versión &apos;{version}&apos;; versiones conocidas: {known}</translation>
    </message>
    <message>
        <source>{product} has no versions to choose from, so &apos;{version}&apos; is unknown</source>
        <translation>{product} no tiene versiones entre las que elegir, así que &apos;{version}&apos; no se reconoce</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>must be a number, not &apos;{text}&apos;</source>
        <translation>debe ser un número, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>must be from {low:g} to {high:g}</source>
        <translation>debe estar entre {low:g} y {high:g}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10</source>
        <translation>&apos;{text}&apos; no es una dirección IPv4 como 192.168.1.10</translation>
    </message>
    <message>
        <source>{text} cannot be the PBX&apos;s address: give its LAN address, such as 192.168.1.10</source>
        <translation>{text} no puede ser la dirección de la centralita: indique su dirección LAN, por ejemplo 192.168.1.10</translation>
    </message>
    <message>
        <source>give the responder&apos;s address, such as responder.example.net</source>
        <translation>indique la dirección del respondedor, por ejemplo responder.example.net</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name</source>
        <translation>&apos;{text}&apos;: al respondedor se llega por IPv4; indique su dirección IPv4 o su nombre</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>idioma de la salida (predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s ports right.</source>
        <translation>Comprueba si un router o firewall trata correctamente los puertos de una centralita IP.</translation>
    </message>
    <message>
        <source>list the products we know</source>
        <translation>mostrar los productos conocidos</translation>
    </message>
    <message>
        <source>show the ports a product needs</source>
        <translation>mostrar los puertos que necesita un producto</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar en formato JSON</translation>
    </message>
    <message>
        <source>check the ports from this computer</source>
        <translation>comprobar los puertos desde este equipo</translation>
    </message>
    <message>
        <source>STUN server, tried in the order given (default: the product&apos;s servers)</source>
        <translation>servidor STUN; se prueban en el orden indicado (predeterminado: los servidores del producto)</translation>
    </message>
    <message>
        <source>ports to check, e.g. 9000-9019,5060 (default: the product&apos;s)</source>
        <translation>puertos que comprobar, p. ej. 9000-9019,5060 (predeterminado: los del producto)</translation>
    </message>
    <message>
        <source>new STUN requests per second (default {rate:g}, polite to public servers)</source>
        <translation>nuevas solicitudes STUN por segundo (predeterminado: {rate:g}, respetuoso con los servidores públicos)</translation>
    </message>
    <message>
        <source>seconds to wait for each answer, resends included (default {timeout:g})</source>
        <translation>segundos de espera para cada respuesta, retransmisiones incluidas (predeterminado: {timeout:g})</translation>
    </message>
    <message>
        <source>the PBX&apos;s LAN address, the one the router forwards to; the check says when its traffic leaves this computer from another one (default: not compared)</source>
        <translation>dirección LAN de la centralita, a la que reenvía el router; la comprobación avisa si su tráfico sale de este equipo desde otra dirección (predeterminado: sin comparar)</translation>
    </message>
    <message>
        <source>a responder of the support team&apos;s, which tests the ports from outside: TCP ports, the SIP ALG, and test 2 without a STUN server&apos;s second address (default port {port})</source>
        <translation>un respondedor del equipo de soporte, que prueba los puertos desde fuera: puertos TCP, el SIP ALG y la prueba 2 sin la segunda dirección de un servidor STUN (puerto predeterminado: {port})</translation>
    </message>
    <message>
        <source>a file holding the responder&apos;s shared secret, if it wants one</source>
        <translation>un archivo con el secreto compartido del respondedor, si lo pide</translation>
    </message>
    <message>
        <source>TCP ports the responder connects to, e.g. 22,5090 (default: the product&apos;s; needs --responder)</source>
        <translation>puertos TCP a los que se conecta el respondedor, p. ej. 22,5090 (predeterminado: los del producto; requiere --responder)</translation>
    </message>
    <message>
        <source>the internet (WAN) address the router&apos;s status page shows; tells a second NAT in front of it when the router does not answer</source>
        <translation>la dirección de internet (WAN) que muestra la página de estado del router; delata un segundo NAT delante de él cuando el router no responde</translation>
    </message>
    <message>
        <source>do not ask the router (UPnP IGD, NAT-PMP, PCP) what it knows</source>
        <translation>no consultar al router (UPnP IGD, NAT-PMP, PCP)</translation>
    </message>
    <message>
        <source>skip the hairpin NAT test (NAT loopback for phones on the LAN)</source>
        <translation>omitir la prueba de NAT hairpin (NAT loopback para los teléfonos de la LAN)</translation>
    </message>
    <message>
        <source>also measure how long the router keeps an idle UDP mapping, up to SECONDS ({low:g}–{high:g}, default {default:g}); takes about that long again</source>
        <translation>medir además cuánto tiempo mantiene el router una asignación UDP inactiva, hasta SECONDS ({low:g}–{high:g}, predeterminado: {default:g}); alarga la comprobación aproximadamente ese tiempo</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>mostrar un único documento JSON</translation>
    </message>
    <message>
        <source>also write a report to FILE: .html, .pdf or .json (may repeat)</source>
        <translation>escribir también un informe en ARCHIVO: .html, .pdf o .json (se puede repetir)</translation>
    </message>
    <message>
        <source>Windows: first let this program receive the answers through the firewall until it ends (asks for administrator approval)</source>
        <translation>Windows: primero permitir que este programa reciba las respuestas a través del firewall hasta que termine (pide la aprobación de un administrador)</translation>
    </message>
    <message>
        <source>run a responder on an internet host, for checks that use --responder</source>
        <translation>ejecutar un respondedor en un host de internet, para las comprobaciones que usan --responder</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>error: {problem}</translation>
    </message>
    <message>
        <source>error in a product file: {problem}</source>
        <translation>error en un archivo de producto: {problem}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>error: there is no display to open the wizard on. Without a desktop, run the check from the command line: {command} (see {help})</source>
        <translation>error: no hay pantalla en la que abrir el asistente. Sin escritorio, ejecute la comprobación desde la línea de comandos: {command} (vea {help})</translation>
    </message>
    <message>
        <source>(versions: {versions})</source>
        <translation>(versiones: {versions})</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>--allow-firewall works on Windows only</source>
        <translation>--allow-firewall solo funciona en Windows</translation>
    </message>
    <message>
        <source>{option} needs --responder: only a responder tests from outside</source>
        <translation>{option} requiere --responder: solo un respondedor prueba desde fuera</translation>
    </message>
    <message>
        <source>{product} has no UDP ports that STUN can check; give them with --ports</source>
        <translation>{product} no tiene puertos UDP que STUN pueda comprobar; indíquelos con --ports</translation>
    </message>
    <message>
        <source>no STUN server given</source>
        <translation>no se indicó ningún servidor STUN</translation>
    </message>
    <message>
        <source>the ports to check leave none free for the check&apos;s own requests; check fewer ports at a time</source>
        <translation>los puertos a comprobar no dejan ninguno libre para las solicitudes de la propia comprobación; compruebe menos puertos a la vez</translation>
    </message>
    <message>
        <source>error: could not write {path}: {problem}</source>
        <translation>error: no se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito: {path}</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far; press Ctrl+C again to stop the check.</source>
        <translation>La prueba de duración termina con lo medido hasta ahora; pulse Ctrl+C otra vez para detener la comprobación.</translation>
    </message>
    <message>
        <source>Firewall: this program may receive UDP until it ends.</source>
        <translation>Firewall: este programa puede recibir UDP hasta que termine.</translation>
    </message>
    <message>
        <source>Firewall: the administrator prompt was declined; checking anyway.</source>
        <translation>Firewall: se rechazó la solicitud de administrador; la comprobación sigue igualmente.</translation>
    </message>
    <message>
        <source>Firewall: could not add the rule ({problem}); checking anyway.</source>
        <translation>Firewall: no se pudo añadir la regla ({problem}); la comprobación sigue igualmente.</translation>
    </message>
    <message>
        <source>cannot read the responder&apos;s secret from &apos;{path}&apos;: {problem}</source>
        <translation>no se puede leer el secreto del respondedor de &apos;{path}&apos;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is longer than a secret can be ({limit} bytes); is it the right file?</source>
        <translation>&apos;{path}&apos; es más largo de lo que puede ser un secreto ({limit} bytes); ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is empty: write the responder&apos;s shared secret into it</source>
        <translation>&apos;{path}&apos; está vacío: escriba en él el secreto compartido del respondedor</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: unknown report type; use .html, .pdf or .json</source>
        <translation>&apos;{path}&apos;: tipo de informe desconocido; use .html, .pdf o .json</translation>
    </message>
    <message>
        <source>cannot write &apos;{path}&apos;: {problem}</source>
        <translation>no se puede escribir &apos;{path}&apos;: {problem}</translation>
    </message>
    <message>
        <source>STUN server {server}: {problem}</source>
        <translation>Servidor STUN {server}: {problem}</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Esperando {time} a que el router olvide las respuestas de la comprobación anterior, para que no decidan esta…</translation>
    </message>
    <message>
        <source>{done} of {total} ports checked, about {left} left</source>
        <translation>{done} de {total} puertos comprobados, quedan aprox. {left}</translation>
    </message>
    <message>
        <source>The responder tests {count} ports from outside…</source>
        <translation>El respondedor prueba {count} puertos desde fuera…</translation>
    </message>
    <message>
        <source>Testing whether a SIP helper rewrites SIP messages…</source>
        <translation>Comprobando si un SIP helper reescribe los mensajes SIP…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Consultando al router (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT (NAT loopback)…</source>
        <translation>Probando el NAT hairpin (NAT loopback)…</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping…</source>
        <translation>Midiendo cuánto tiempo mantiene el router una asignación UDP inactiva…</translation>
    </message>
    <message>
        <source>Retesting {count} ports slowly…</source>
        <translation>Volviendo a probar {count} puertos, más despacio…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>En pausa: el servidor o el enlace dejó de responder a las solicitudes de control. Esperando a que se recupere…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests</source>
        <translation>Reducido a {rate} solicitudes por segundo: el servidor o el enlace perdió solicitudes de control</translation>
    </message>
    <message>
        <source>Mapping lifetime: {elapsed} of {limit}</source>
        <translation>Duración de la asignación: {elapsed} de {limit}</translation>
    </message>
    <message>
        <source>; gone after {seconds} s</source>
        <translation>; desaparecida tras {seconds} s</translation>
    </message>
    <message>
        <source>; still open after {seconds} s</source>
        <translation>; aún abierta tras {seconds} s</translation>
    </message>
    <message>
        <source>STUN server: {server} ({address}, second address {other})</source>
        <translation>Servidor STUN: {server} ({address}, segunda dirección {other})</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Prueba 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Prueba 2</translation>
    </message>
    <message>
        <source>Test 2 by</source>
        <translation>Prueba 2 por</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists every port.</source>
        <translation>Filas omitidas: {count}. La salida JSON incluye todos los puertos.</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Este equipo:</translation>
    </message>
    <message>
        <source>Seen from outside (responder):</source>
        <translation>Visto desde fuera (respondedor):</translation>
    </message>
    <message>
        <source>The SIP message as sent → as received:</source>
        <translation>El mensaje SIP tal como se envió → tal como se recibió:</translation>
    </message>
    <message>
        <source>Hairpin NAT: {answer}</source>
        <translation>NAT hairpin: {answer}</translation>
    </message>
    <message>
        <source>Mapping lifetime: {answer}</source>
        <translation>Duración de la asignación: {answer}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Dirección IP pública: {ip}</translation>
    </message>
    <message>
        <source>Link to the STUN server:</source>
        <translation>Enlace con el servidor STUN:</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation>puertos {ports}</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>El puerto {port} está ocupado por {name} (PID {pid}). Para verlo:</translation>
    </message>
    <message>
        <source>Other ports held: {count}. The JSON output lists them all.</source>
        <translation>Otros puertos ocupados: {count}. La salida JSON los incluye todos.</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these):</source>
        <translation>Compruebe estos manualmente (la comprobación no los probó):</translation>
    </message>
    <message>
        <source>Finished in {seconds:.1f} s.</source>
        <translation>Terminado en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>Router:</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports:</source>
        <translation>Sus reenvíos para los puertos comprobados:</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists them all.</source>
        <translation>Filas omitidas: {count}. La salida JSON las incluye todas.</translation>
    </message>
</context>
<context>
    <name>CommandRow</name>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {command}</source>
        <translation>Copiar {command}</translation>
    </message>
</context>
<context>
    <name>Egress</name>
    <message>
        <source>Traffic leaves by a VPN</source>
        <translation>El tráfico sale por una VPN</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), which looks like a VPN&apos;s adapter. The check then measured the VPN&apos;s way to the internet, not the PBX&apos;s router: its results are about another device.</source>
        <translation>El tráfico hacia el servidor STUN sale de este equipo por {adapter} ({source}), que parece el adaptador de una VPN. La comprobación midió entonces el camino de la VPN hacia internet, no el router de la centralita: sus resultados se refieren a otro dispositivo.</translation>
    </message>
    <message>
        <source>Traffic leaves by a virtual adapter</source>
        <translation>El tráfico sale por un adaptador virtual</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), a virtual adapter (Hyper-V, WSL, Docker or a virtual machine&apos;s network). If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the results are about it, not about the PBX&apos;s router. An external virtual switch, bridged to the network card, is fine.</source>
        <translation>El tráfico hacia el servidor STUN sale de este equipo por {adapter} ({source}), un adaptador virtual (Hyper-V, WSL, Docker o la red de una máquina virtual). Si traduce direcciones por sí mismo (Default Switch de Hyper-V, WSL, Docker), los resultados se refieren a él, no al router de la centralita. Un conmutador virtual externo, en puente con la tarjeta de red, no es un problema.</translation>
    </message>
    <message>
        <source>Traffic leaves from another address</source>
        <translation>El tráfico sale desde otra dirección</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source} ({adapter}), not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>El tráfico hacia el servidor STUN sale de este equipo desde {source} ({adapter}), no desde la dirección de la centralita, {pbx}. Los reenvíos del router apuntan a {pbx}, así que la comprobación midió otra salida distinta de la de la centralita.</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source}, not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>El tráfico hacia el servidor STUN sale de este equipo desde {source}, no desde la dirección de la centralita, {pbx}. Los reenvíos del router apuntan a {pbx}, así que la comprobación midió otra salida distinta de la de la centralita.</translation>
    </message>
    <message>
        <source>The PBX&apos;s address, {pbx}, is not on that adapter.</source>
        <translation>La dirección de la centralita, {pbx}, no está en ese adaptador.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, then run the check again.</source>
        <translation>Desconecte la VPN y después repita la comprobación.</translation>
    </message>
    <message>
        <source>If the PBX&apos;s calls really go through the VPN, its port forwards belong at the VPN&apos;s far end, not on the local router: ask whoever runs the VPN.</source>
        <translation>Si las llamadas de la centralita pasan de verdad por la VPN, sus reenvíos de puertos van en el otro extremo de la VPN, no en el router local: consulte a quien gestione la VPN.</translation>
    </message>
    <message>
        <source>If the PBX runs in a virtual machine, run the check inside that machine.</source>
        <translation>Si la centralita funciona en una máquina virtual, haga la comprobación dentro de esa máquina.</translation>
    </message>
    <message>
        <source>If this computer is not the PBX, run the check on the PBX itself.</source>
        <translation>Si este equipo no es la centralita, haga la comprobación en la propia centralita.</translation>
    </message>
    <message>
        <source>If this computer has several connections (Ethernet and Wi-Fi, a VPN, a second line), disconnect the others or make the PBX&apos;s connection the one that leads to the internet, then run the check again.</source>
        <translation>Si este equipo tiene varias conexiones (Ethernet y wifi, una VPN, una segunda línea), desconecte las demás o haga que la conexión de la centralita sea la que lleva a internet, y después repita la comprobación.</translation>
    </message>
    <message>
        <source>Traffic reached the internet from several addresses</source>
        <translation>El tráfico llegó a internet desde varias direcciones</translation>
    </message>
    <message>
        <source>The STUN server saw this computer&apos;s traffic come from {addresses}. It leaves by more than one way: a VPN, a second internet line, a router that shares traffic between lines, or a provider&apos;s NAT that uses several addresses. Ports whose traffic left by another way than the check&apos;s own at its start are not judged: they show as not conclusive.</source>
        <translation>El servidor STUN vio llegar el tráfico de este equipo desde {addresses}. Sale por más de un camino: una VPN, una segunda línea de internet, un router que reparte el tráfico entre líneas o un NAT del proveedor que usa varias direcciones. Los puertos cuyo tráfico salió por un camino distinto del de la propia comprobación al empezar no se juzgan: aparecen como no concluyentes.</translation>
    </message>
    <message>
        <source>If a VPN is connected, disconnect it, then run the check again.</source>
        <translation>Si hay una VPN conectada, desconéctela y después repita la comprobación.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route), then run the check again.</source>
        <translation>Si la sede tiene dos líneas de internet, haga que el router envíe siempre el tráfico de la centralita por la línea en la que están sus reenvíos (enrutamiento por origen o policy routing), y después repita la comprobación.</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Adaptador de red</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}).</source>
        <translation>El tráfico hacia el servidor STUN sale de este equipo por {adapter} ({source}).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Your settings are kept. Please send the details below to support.</source>
        <translation>Se produjo un error interno en el asistente. Su configuración se conserva. Envíe los detalles que aparecen abajo al soporte técnico.</translation>
    </message>
    <message>
        <source>They are also saved in {path}.</source>
        <translation>También se han guardado en {path}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Copiar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall</source>
        <translation>El firewall de este equipo</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the answers out</source>
        <translation>El firewall de este equipo bloqueó las respuestas</translation>
    </message>
    <message>
        <source>{firewall} may drop the answers this check waits for, so it could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} puede descartar las respuestas que espera esta comprobación, así que no pudo saber si el router reenvía estos puertos: {ports}. Esto no dice nada en contra del router.</translation>
    </message>
    <message>
        <source>{firewall} (network profile: {profiles}) drops incoming UDP for this program, so the check could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} (perfil de red: {profiles}) descarta el UDP entrante para este programa, así que la comprobación no pudo saber si el router reenvía estos puertos: {ports}. Esto no dice nada en contra del router.</translation>
    </message>
    <message>
        <source>It has block rules for this program: {rules}. Windows adds them without asking when a user without administrator rights starts it, and they beat every allow rule.</source>
        <translation>Tiene reglas de bloqueo para este programa: {rules}. Windows las crea sin preguntar cuando un usuario sin permisos de administrador inicia el programa, y prevalecen sobre cualquier regla de permiso.</translation>
    </message>
    <message>
        <source>It is set to block all incoming connections, whatever the rules say.</source>
        <translation>Está configurado para bloquear todas las conexiones entrantes, digan lo que digan las reglas.</translation>
    </message>
    <message>
        <source>Group policy manages this firewall: rules added on this computer, the ones suggested here too, have no effect.</source>
        <translation>Este firewall se administra por directiva de grupo: las reglas añadidas en este equipo, también las que se proponen aquí, no tienen efecto.</translation>
    </message>
    <message>
        <source>Another firewall is on: {names}. The check cannot read its rules.</source>
        <translation>Hay otro firewall activo: {names}. La comprobación no puede leer sus reglas.</translation>
    </message>
    <message>
        <source>Click “Allow for this check (administrator)”, or have an administrator run the commands below in an elevated command prompt. They delete this program&apos;s block rules and let it receive UDP until it closes; the last command removes that rule.</source>
        <translation>Haga clic en &quot;Permitir para esta comprobación (administrador)&quot; o pida a un administrador que ejecute los comandos de abajo en un símbolo del sistema como administrador. Eliminan las reglas de bloqueo de este programa y le permiten recibir UDP hasta que se cierre; el último comando quita esa regla.</translation>
    </message>
    <message>
        <source>Without administrator rights, ask an administrator: Windows asks for their approval.</source>
        <translation>Sin permisos de administrador, recurra a un administrador: Windows pide su aprobación.</translation>
    </message>
    <message>
        <source>Ask the domain administrator to allow UDP on the PBX&apos;s ports, for all programs, in the group policy.</source>
        <translation>Pida al administrador del dominio que permita UDP en los puertos de la centralita, para todos los programas, en la directiva de grupo.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in that firewall&apos;s settings, for all programs.</source>
        <translation>Permita UDP en los puertos de la centralita en la configuración de ese firewall, para todos los programas.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in this computer&apos;s firewall (firewalld, ufw, nftables or the PBX&apos;s own firewall module).</source>
        <translation>Permita UDP en los puertos de la centralita en el firewall de este equipo (firewalld, ufw, nftables o el módulo de firewall propio de la centralita).</translation>
    </message>
    <message>
        <source>The PBX needs an allow rule for UDP on its ports too: a rule for the ports and all programs, not for one program.</source>
        <translation>La centralita también necesita una regla de permiso para UDP en sus puertos: una regla para los puertos y todos los programas, no para un solo programa.</translation>
    </message>
    <message>
        <source>An administrator must first turn off “Block all incoming connections” for this network profile: while it is on, no allow rule works.</source>
        <translation>Un administrador debe desactivar primero &quot;Bloquear todas las conexiones entrantes&quot; para este perfil de red: mientras esté activado, ninguna regla de permiso funciona.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall filters incoming UDP</source>
        <translation>El firewall de este equipo filtra el UDP entrante</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP. The check opened it for its own answers, so no verdict relied on it; but the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} descarta el UDP no solicitado. La comprobación lo abrió para sus propias respuestas, así que ningún diagnóstico depende de ello; pero la centralita necesita una regla de permiso para sus puertos.</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP, so the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} descarta el UDP no solicitado, así que la centralita necesita una regla de permiso para sus puertos.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be read</source>
        <translation>No se pudo leer el firewall de este equipo</translation>
    </message>
    <message>
        <source>The check opened it for its own answers, so no verdict relied on it. If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>La comprobación lo abrió para sus propias respuestas, así que ningún diagnóstico depende de ello. Si filtra el UDP entrante, la centralita necesita una regla de permiso para sus puertos.</translation>
    </message>
    <message>
        <source>If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>Si filtra el UDP entrante, la centralita necesita una regla de permiso para sus puertos.</translation>
    </message>
    <message>
        <source>The system said: {detail}</source>
        <translation>El sistema indicó: {detail}</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets the answers in</source>
        <translation>El firewall de este equipo deja entrar las respuestas</translation>
    </message>
    <message>
        <source>{firewall} is off.</source>
        <translation>{firewall} está desactivado.</translation>
    </message>
    <message>
        <source>{firewall} lets in UDP on the checked ports.</source>
        <translation>{firewall} deja entrar UDP en los puertos comprobados.</translation>
    </message>
</context>
<context>
    <name>FirewallWizard</name>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>&amp;Iniciar comprobación</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Firewall and router settings for {product} at {pbx}</source>
        <translation>Configuración del firewall y del router para {product} en {pbx}</translation>
    </message>
    <message>
        <source>Forward UDP {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>Reenvíe UDP {ports} a {pbx}, con los mismos números de puerto fuera y dentro, sin traducción de puertos.</translation>
    </message>
    <message>
        <source>Ports added by the technician</source>
        <translation>Puertos agregados por el técnico</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Obligatorio:</translation>
    </message>
    <message>
        <source>Recommended, so that every feature works:</source>
        <translation>Recomendado, para disponer de todas las funciones:</translation>
    </message>
    <message>
        <source>In general:</source>
        <translation>En general:</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) for the PBX&apos;s traffic; it rewrites SIP messages and breaks calls.</source>
        <translation>Desactive SIP ALG (también llamado SIP helper o inspección SIP) para el tráfico de la centralita; reescribe los mensajes SIP y hace fallar las llamadas.</translation>
    </message>
    <message>
        <source>Do not let port-scan or flood protection block the PBX: calls use many UDP ports at once, which such protection can mistake for an attack.</source>
        <translation>Evite que la protección contra escaneo de puertos o contra inundación (flood) bloquee la centralita: las llamadas usan muchos puertos UDP a la vez, y esa protección puede confundirlo con un ataque.</translation>
    </message>
    <message>
        <source>Used for: {purpose}</source>
        <translation>Uso: {purpose}</translation>
    </message>
    <message>
        <source>Forward {protocol} {public_port} on the public address to {pbx} port {ports}.</source>
        <translation>Reenvíe {protocol} {public_port} de la dirección pública a {pbx}, puerto {ports}.</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>Reenvíe {protocol} {ports} a {pbx}, con los mismos números de puerto fuera y dentro, sin traducción de puertos.</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} port {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Permita {protocol} saliente desde {pbx}, puerto {ports}, hacia {destinations}, y la entrada de las respuestas; mantenga estable el puerto de origen (sin puertos de origen aleatorios).</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} ports {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Permita {protocol} saliente desde {pbx}, puertos {ports}, hacia {destinations}, y la entrada de las respuestas; mantenga estable el puerto de origen (sin puertos de origen aleatorios).</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}.</source>
        <translation>Reenvíe {protocol} {ports} a {pbx}.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>cualquier dirección</translation>
    </message>
    <message>
        <source>any address and port</source>
        <translation>cualquier dirección y puerto</translation>
    </message>
    <message>
        <source>any address, ports {ports}</source>
        <translation>cualquier dirección, puertos {ports}</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP y TCP</translation>
    </message>
    <message>
        <source>{range} in steps of {step}</source>
        <translation>{range} en pasos de {step}</translation>
    </message>
    <message>
        <source>Port added by the technician</source>
        <translation>Puerto agregado por el técnico</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>The wizard is already open on this computer. Switch to its window, or close it and start the wizard again.</source>
        <translation>El asistente ya está abierto en este equipo. Cambie a su ventana, o ciérrelo y vuelva a iniciar el asistente.</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>Measured with the check&apos;s own control requests to the STUN server. The way to the SIP provider may differ, but poor figures here usually mean a poor line.</source>
        <translation>Medido con las propias solicitudes de control de la comprobación al servidor STUN. El camino hasta el proveedor SIP puede ser otro, pero unas cifras malas aquí suelen indicar una mala línea.</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <source>{loss} % ({answered} of {sent} control requests answered)</source>
        <translation>{loss} % ({answered} de {sent} solicitudes de control respondidas)</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>typically {typical} ms, 95 % of answers within {slow} ms</source>
        <translation>normalmente {typical} ms; el 95 % de las respuestas, en menos de {slow} ms</translation>
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
        <translation>Tasa de solicitudes</translation>
    </message>
    <message>
        <source>{reached} requests a second (at most {ceiling} allowed)</source>
        <translation>{reached} solicitudes por segundo (como máximo se permitían {ceiling})</translation>
    </message>
    <message>
        <source>{reached} requests a second</source>
        <translation>{reached} solicitudes por segundo</translation>
    </message>
    <message>
        <source>Slowed down</source>
        <translation>Ralentizaciones</translation>
    </message>
    <message>
        <source>{count}×, because the server or the link dropped control requests</source>
        <translation>{count}×, porque el servidor o el enlace perdió solicitudes de control</translation>
    </message>
    <message>
        <source>{count}×, and paused for {seconds} s in all, because the server or the link dropped control requests</source>
        <translation>{count}×, con {seconds} s de pausa en total, porque el servidor o el enlace perdió solicitudes de control</translation>
    </message>
    <message>
        <source>The link lost {loss} % of the control requests, more than {limit} %. Calls over it may have gaps in the audio. Check the line, or the Wi-Fi or LTE signal.</source>
        <translation>El enlace perdió el {loss} % de las solicitudes de control, más del {limit} %. Las llamadas por él pueden tener cortes de audio. Revise la línea o la señal wifi o LTE.</translation>
    </message>
    <message>
        <source>The jitter of {jitter} ms is more than {limit} ms, so audio may stutter. Look for uploads or other traffic that fill the line, and give voice priority (QoS) on the router.</source>
        <translation>El jitter de {jitter} ms supera los {limit} ms, así que el audio puede entrecortarse. Busque subidas u otro tráfico que llenen la línea y dé prioridad a la voz (QoS) en el router.</translation>
    </message>
    <message>
        <source>The one-way delay is about {delay} ms (half the round trip), above the {limit} ms that ITU-T G.114 recommends. People on a call start to talk over each other. Look for a busy line, a mobile or satellite link, or a VPN that takes a long way round.</source>
        <translation>El retardo en un sentido es de unos {delay} ms (la mitad de la ida y vuelta), por encima de los {limit} ms que recomienda la UIT-T G.114. Los interlocutores empiezan a pisarse al hablar. Busque una línea saturada, un enlace móvil o por satélite, o una VPN que dé un gran rodeo.</translation>
    </message>
    <message>
        <source>loss {loss} %, round trip {round_trip} ms, jitter {jitter} ms</source>
        <translation>pérdida {loss} %, ida y vuelta {round_trip} ms, jitter {jitter} ms</translation>
    </message>
</context>
<context>
    <name>Nat</name>
    <message>
        <source>The router keeps the same public port whatever the destination (endpoint-independent mapping).</source>
        <translation>El router mantiene el mismo puerto público sea cual sea el destino (endpoint-independent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address (address-dependent mapping).</source>
        <translation>El router elige un puerto público nuevo para cada dirección de destino (address-dependent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address and port (address-and-port-dependent mapping, also called symmetric NAT).</source>
        <translation>El router elige un puerto público nuevo para cada dirección y puerto de destino (address-and-port-dependent mapping, también llamado NAT simétrico).</translation>
    </message>
    <message>
        <source>How the router assigns public ports could not be determined.</source>
        <translation>No se pudo determinar cómo asigna el router los puertos públicos.</translation>
    </message>
    <message>
        <source>Once a public port is open, the router lets traffic in from any address (endpoint-independent filtering, as with full cone or a port forward).</source>
        <translation>Una vez abierto un puerto público, el router deja entrar tráfico desde cualquier dirección (endpoint-independent filtering, como con NAT de cono completo o un reenvío de puertos).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from addresses this computer has sent to (address-dependent filtering).</source>
        <translation>El router solo deja entrar tráfico desde las direcciones a las que este equipo ha enviado antes (address-dependent filtering).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from the exact address and port this computer has sent to (address-and-port-dependent filtering).</source>
        <translation>El router solo deja entrar tráfico desde la dirección y el puerto exactos a los que este equipo ha enviado antes (address-and-port-dependent filtering).</translation>
    </message>
    <message>
        <source>Which incoming traffic the router lets in could not be determined.</source>
        <translation>No se pudo determinar qué tráfico entrante deja pasar el router.</translation>
    </message>
    <message>
        <source>The router keeps the port numbers (port preservation).</source>
        <translation>El router mantiene los números de puerto (conservación de puertos).</translation>
    </message>
    <message>
        <source>The router changes the port numbers (no port preservation).</source>
        <translation>El router cambia los números de puerto (sin conservación de puertos).</translation>
    </message>
    <message>
        <source>Whether the router keeps the port numbers could not be determined.</source>
        <translation>No se pudo determinar si el router mantiene los números de puerto.</translation>
    </message>
</context>
<context>
    <name>OutcomeLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
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
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>No reenviado</translation>
    </message>
    <message>
        <source>Port translated</source>
        <translation>Puerto traducido</translation>
    </message>
    <message>
        <source>Symmetric NAT</source>
        <translation>NAT simétrico</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Sin permiso</translation>
    </message>
    <message>
        <source>Inbound not tested</source>
        <translation>Entrada no probada</translation>
    </message>
    <message>
        <source>Not conclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Local firewall</source>
        <translation>Firewall local</translation>
    </message>
    <message>
        <source>Reserved by Windows</source>
        <translation>Reservado por Windows</translation>
    </message>
    <message>
        <source>Port works as required</source>
        <translation>El puerto funciona como se requiere</translation>
    </message>
    <message>
        <source>Nothing to change for this port.</source>
        <translation>No hay nada que cambiar en este puerto.</translation>
    </message>
    <message>
        <source>Port not forwarded</source>
        <translation>Puerto no reenviado</translation>
    </message>
    <message>
        <source>Router changes the port number</source>
        <translation>El router cambia el número de puerto</translation>
    </message>
    <message>
        <source>Forward each affected UDP port with the same number outside and inside. Check that no rule has a port offset or another internal port.</source>
        <translation>Reenvíe cada puerto UDP afectado con el mismo número fuera y dentro. Compruebe que ninguna regla tenga un desplazamiento de puerto ni otro puerto interno.</translation>
    </message>
    <message>
        <source>Check the router&apos;s outbound NAT as well: it must keep the source port for the PBX&apos;s address. Business firewalls call this &quot;static port&quot; or &quot;fixed port&quot;; set it for the PBX only.</source>
        <translation>Revise también el NAT saliente del router: debe mantener el puerto de origen para la dirección de la centralita. Los firewalls empresariales lo llaman &quot;static port&quot; o &quot;fixed port&quot;; actívelo solo para la centralita.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG or SIP helper on the router; some of them change ports on their own.</source>
        <translation>Desactive SIP ALG o SIP helper en el router; algunos cambian los puertos por su cuenta.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>Inbound traffic not tested</source>
        <translation>Tráfico entrante no probado</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Use un servidor STUN que tenga segunda dirección, por ejemplo uno de la lista predeterminada del producto, y repita la comprobación.</translation>
    </message>
    <message>
        <source>This port behaves as the product needs.</source>
        <translation>Este puerto se comporta como necesita el producto.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Test 2 did not: the reply from the server&apos;s other address never arrived, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>La prueba 1 funcionó: este equipo puede enviar desde este puerto y recibe la respuesta. La prueba 2 no: la respuesta desde la otra dirección del servidor nunca llegó, así que el router no deja entrar tráfico de internet por este puerto. En los puertos que deben reenviarse, esto significa llamadas entrantes que fallan, teléfonos remotos que no pueden registrarse o falta de audio.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing UDP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>En el router o firewall, reenvíe cada puerto UDP con fallo a la dirección LAN del equipo de la centralita, con el mismo número de puerto fuera y dentro.</translation>
    </message>
    <message>
        <source>Do not let the router translate the ports: no port offset, no other internal port, no range mapped onto a different range.</source>
        <translation>No deje que el router traduzca los puertos: sin desplazamiento de puerto, sin otro puerto interno y sin asignar un rango a otro rango distinto.</translation>
    </message>
    <message>
        <source>Make sure the rule points to this computer. Give the PBX a fixed LAN address (static, or a DHCP reservation) so the rule stays right after a restart.</source>
        <translation>Asegúrese de que la regla apunte a este equipo. Dé a la centralita una dirección LAN fija (estática o con reserva DHCP) para que la regla siga siendo válida tras un reinicio.</translation>
    </message>
    <message>
        <source>On business firewalls, a port forward (destination NAT) often also needs a policy that allows the traffic in.</source>
        <translation>En los firewalls empresariales, un reenvío de puertos (NAT de destino) suele necesitar además una política que permita la entrada del tráfico.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG, SIP helper or SIP inspection on the router. It rewrites SIP messages and often breaks calls.</source>
        <translation>Desactive SIP ALG, SIP helper o la inspección SIP en el router. Reescribe los mensajes SIP y a menudo hace fallar las llamadas.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound UDP on the failing ports for the network profile in use (domain, private or public). A rule for the ports, not for one program, covers both the PBX and this check.</source>
        <translation>En el Firewall de Windows Defender de este equipo, permita UDP entrante en los puertos con fallo para el perfil de red en uso (dominio, privado o público). Una regla por puertos, no por programa, sirve tanto para la centralita como para esta comprobación.</translation>
    </message>
    <message>
        <source>Compare the public address in the results with the WAN address on the router&apos;s status page. If they differ, another router sits in front. Forward the ports on both, or set the first one to bridge mode.</source>
        <translation>Compare la dirección pública de los resultados con la dirección WAN de la página de estado del router. Si no coinciden, hay otro router delante. Reenvíe los puertos en ambos o ponga el primero en modo puente (bridge).</translation>
    </message>
    <message>
        <source>If the device in front belongs to the internet provider (carrier-grade NAT, often a WAN address from 100.64.0.0/10), no forward is possible. Ask the provider for a public IPv4 address.</source>
        <translation>Si el dispositivo de delante pertenece al proveedor de internet (CGNAT, NAT del operador; a menudo con una dirección WAN de 100.64.0.0/10), no es posible reenviar puertos. Solicite al proveedor una dirección IPv4 pública.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps that number steady. For ports that must be forwarded one-to-one this is a fault; for ports that only need outbound traffic it is usually fine.</source>
        <translation>El router traduce este puerto a otro número de puerto público, aunque lo mantiene estable. En los puertos que deben reenviarse uno a uno es un fallo; en los que solo necesitan tráfico saliente no suele ser un problema.</translation>
    </message>
    <message>
        <source>Public port changes per destination</source>
        <translation>El puerto público cambia según el destino</translation>
    </message>
    <message>
        <source>The router gives this port a new public port for each destination. The public port the PBX learns with STUN is then wrong for the provider and the phones, so their traffic does not come back in. This is a fault for forwarded and for outbound ports alike.</source>
        <translation>El router asigna a este puerto un puerto público nuevo para cada destino. El puerto público que la centralita obtiene con STUN no sirve entonces para el proveedor ni para los teléfonos, así que su tráfico no vuelve a entrar. Es un fallo tanto en los puertos reenviados como en los salientes.</translation>
    </message>
    <message>
        <source>For ports that must be forwarded, set up one-to-one forwards to the PBX, with the same number outside and inside. On some routers that also fixes the port of outgoing traffic.</source>
        <translation>En los puertos que deben reenviarse, configure reenvíos uno a uno hacia la centralita, con el mismo número fuera y dentro. En algunos routers eso también fija el puerto del tráfico saliente.</translation>
    </message>
    <message>
        <source>In the router&apos;s outbound NAT, let the PBX keep its source port. Business firewalls call this &quot;static port&quot; (pfSense, OPNsense), &quot;fixed port&quot; (FortiGate) or port preservation; elsewhere it is an option to turn off random source ports.</source>
        <translation>En el NAT saliente del router, deje que la centralita mantenga su puerto de origen. Los firewalls empresariales lo llaman &quot;static port&quot; (pfSense, OPNsense), &quot;fixed port&quot; (FortiGate) o conservación de puertos (port preservation); en otros equipos es una opción para desactivar los puertos de origen aleatorios.</translation>
    </message>
    <message>
        <source>Or, if the line has a spare public IP address, give the PBX a one-to-one NAT (1:1 NAT) to it.</source>
        <translation>O bien, si la línea tiene una dirección IP pública libre, asígnela a la centralita con un NAT uno a uno (NAT 1:1).</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line. Otherwise each destination may see another public address.</source>
        <translation>Si en la sede se balancea el tráfico entre dos líneas de internet, envíe todo el tráfico de la centralita por una sola línea. Si no, cada destino puede ver una dirección pública distinta.</translation>
    </message>
    <message>
        <source>Some home and provider routers cannot do any of this. Then the fix is a router or business firewall that can.</source>
        <translation>Algunos routers domésticos o del proveedor no permiten nada de esto. En ese caso, la solución es un router o un firewall empresarial que sí lo permita.</translation>
    </message>
    <message>
        <source>No answer from this port</source>
        <translation>Sin respuesta desde este puerto</translation>
    </message>
    <message>
        <source>The STUN server answered requests from other ports, but not from this one. Something blocks outgoing UDP from this port, or the replies to it. The PBX cannot use this port until that is fixed.</source>
        <translation>El servidor STUN respondió a las solicitudes desde otros puertos, pero no desde este. Algo bloquea el UDP saliente de este puerto o las respuestas que le llegan. La centralita no podrá usar este puerto hasta que se corrija.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for rules that block or limit outgoing UDP by port. Allow UDP from the PBX&apos;s LAN address on the failing ports to any destination, and the replies.</source>
        <translation>En el router o firewall, busque reglas que bloqueen o limiten el UDP saliente por puerto. Permita el UDP desde la dirección LAN de la centralita en los puertos con fallo hacia cualquier destino, y sus respuestas.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall, check the outbound rules for a block on the failing ports or on this program.</source>
        <translation>En el Firewall de Windows Defender, revise si alguna regla de salida bloquea los puertos con fallo o este programa.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can filter traffic on its own. Add an exception for the ports; switching the software off does not always stop its filter.</source>
        <translation>El software de seguridad (antivirus, protección de endpoints) puede filtrar tráfico por su cuenta. Agregue una excepción para los puertos; desactivar el software no siempre detiene su filtro.</translation>
    </message>
    <message>
        <source>If only the SIP port fails (often 5060), a SIP ALG or SIP inspection on the router may drop the traffic. Switch it off.</source>
        <translation>Si solo falla el puerto SIP (a menudo el 5060), puede que un SIP ALG o la inspección SIP del router descarte el tráfico. Desactívelo.</translation>
    </message>
    <message>
        <source>Some internet providers block single ports, 5060 for example. Test from another internet line, or ask the provider.</source>
        <translation>Algunos proveedores de internet bloquean puertos concretos, por ejemplo el 5060. Pruebe desde otra línea de internet o consulte al proveedor.</translation>
    </message>
    <message>
        <source>Port used by another program</source>
        <translation>Puerto usado por otro programa</translation>
    </message>
    <message>
        <source>Another program on this computer holds this port, so it could not be tested. Most often that is the PBX service itself or a softphone.</source>
        <translation>Otro programa de este equipo ocupa este puerto, así que no se pudo probar. Lo más habitual es que sea el propio servicio de la centralita o un softphone.</translation>
    </message>
    <message>
        <source>Run the commands shown below to see which program holds each port.</source>
        <translation>Ejecute los comandos que se muestran abajo para ver qué programa ocupa cada puerto.</translation>
    </message>
    <message>
        <source>If it is the PBX, stop its services for the check, or run the check while the PBX is stopped. Calls drop while it is down, so pick a quiet time and tell the customer.</source>
        <translation>Si es la centralita, detenga sus servicios durante la comprobación o haga la comprobación con la centralita parada. Mientras esté parada se cortan las llamadas, así que elija un momento tranquilo y avise al cliente.</translation>
    </message>
    <message>
        <source>If it is a softphone or another VoIP program, close it.</source>
        <translation>Si es un softphone u otro programa de VoIP, ciérrelo.</translation>
    </message>
    <message>
        <source>If it is another copy of this wizard, let its check finish or close it: two checks at once take each other&apos;s ports.</source>
        <translation>Si es otra copia de este asistente, deje que termine su comprobación o ciérrela: dos comprobaciones a la vez se quitan los puertos una a otra.</translation>
    </message>
    <message>
        <source>Port could not be opened</source>
        <translation>No se pudo abrir el puerto</translation>
    </message>
    <message>
        <source>The operating system refused to open this port, so it could not be tested. This says nothing about the router yet.</source>
        <translation>El sistema operativo no permitió abrir este puerto, así que no se pudo probar. Esto aún no dice nada sobre el router.</translation>
    </message>
    <message>
        <source>On Linux or macOS, ports below 1024 need administrator rights. Run the check with sudo.</source>
        <translation>En Linux o macOS, los puertos por debajo de 1024 requieren permisos de administrador. Ejecute la comprobación con sudo.</translation>
    </message>
    <message>
        <source>On Windows, no program held the port, and it was in none of the port ranges Windows reserves for itself, or that list could not be read. To see the list, run netsh interface ipv4 show excludedportrange protocol=udp in a command prompt: a failing port in a range without a * is reserved by Windows, and the PBX cannot open it either.</source>
        <translation>En Windows, ningún programa ocupaba el puerto y no estaba en ninguno de los rangos de puertos que Windows se reserva, o no se pudo leer esa lista. Para ver la lista, ejecute netsh interface ipv4 show excludedportrange protocol=udp en un símbolo del sistema: un puerto con fallo en un rango sin * está reservado por Windows, y la centralita tampoco puede abrirlo.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can stop programs from opening ports. Allow this program in it.</source>
        <translation>El software de seguridad (antivirus, protección de endpoints) puede impedir que los programas abran puertos. Permita este programa en él.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the test out</source>
        <translation>El firewall de este equipo bloqueó la prueba</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address did not arrive, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>La respuesta desde la segunda dirección del servidor STUN no llegó, y el firewall de este equipo la habría descartado hiciera lo que hiciera el router. Así que no se pudo saber si el router reenvía este puerto. No es un fallo del router.</translation>
    </message>
    <message>
        <source>Let an administrator allow this program for the check (the button on the results page does it for the time of one check), or allow UDP on these ports in this computer&apos;s firewall for all programs.</source>
        <translation>Pida a un administrador que permita este programa para la comprobación (el botón de la página de resultados lo hace durante una comprobación), o permita UDP en estos puertos en el firewall de este equipo para todos los programas.</translation>
    </message>
    <message>
        <source>If the firewall has block rules for this program, delete them: a block rule wins over every allow rule.</source>
        <translation>Si el firewall tiene reglas de bloqueo para este programa, elimínelas: una regla de bloqueo prevalece sobre cualquier regla de permiso.</translation>
    </message>
    <message>
        <source>Port reserved by Windows</source>
        <translation>Puerto reservado por Windows</translation>
    </message>
    <message>
        <source>Windows keeps this port for itself (an excluded port range, usually taken by Hyper-V, the Windows NAT service, Docker or WSL). No program can open it, and the PBX cannot either: its calls on this port fail whatever the router does.</source>
        <translation>Windows se reserva este puerto (un rango de puertos excluido, normalmente ocupado por Hyper-V, el servicio NAT de Windows, Docker o WSL). Ningún programa puede abrirlo, tampoco la centralita: sus llamadas por este puerto fallan haga lo que haga el router.</translation>
    </message>
    <message>
        <source>Keep Windows off the PBX&apos;s ports for good. This needs an administrator; the steps and commands are given under This computer.</source>
        <translation>Impida de forma permanente que Windows tome los puertos de la centralita. Hace falta un administrador; los pasos y comandos se indican en &quot;Este equipo&quot;.</translation>
    </message>
    <message>
        <source>Only test 1 ran: this computer can send from this port and gets replies. No STUN server with a second address was available, so inbound traffic and the stability of the public port could not be tested.</source>
        <translation>Solo se hizo la prueba 1: este equipo puede enviar desde este puerto y recibe respuestas. No había ningún servidor STUN con segunda dirección disponible, así que no se pudieron probar el tráfico entrante ni la estabilidad del puerto público.</translation>
    </message>
    <message>
        <source>Result not conclusive</source>
        <translation>Resultado no concluyente</translation>
    </message>
    <message>
        <source>What this port showed has another explanation than the router, so it counts neither as passed nor as failed.</source>
        <translation>Lo que mostró este puerto puede tener otra explicación aparte del router, así que no cuenta ni como correcto ni como fallido.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Repita la comprobación dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Traffic from the internet reaches the PBX on this port, and the port number stays the same outside and inside. This is what SIP trunks and remote phones need.</source>
        <translation>El tráfico de internet llega a la centralita por este puerto y el número de puerto es el mismo fuera y dentro. Es lo que necesitan las troncales SIP y los teléfonos remotos.</translation>
    </message>
    <message>
        <source>The PBX can send from this port and gets replies, and the router keeps the same public port whatever the destination.</source>
        <translation>La centralita puede enviar desde este puerto y recibe respuestas, y el router mantiene el mismo puerto público sea cual sea el destino.</translation>
    </message>
    <message>
        <source>Test 1 worked, test 2 did not: the router lets traffic in on this port only from addresses the PBX has sent to. For a port that only needs outbound traffic, this alone is not a fault.</source>
        <translation>La prueba 1 funcionó y la prueba 2 no: el router solo deja entrar tráfico por este puerto desde direcciones a las que la centralita ha enviado antes. En un puerto que solo necesita tráfico saliente, esto por sí solo no es un fallo.</translation>
    </message>
    <message>
        <source>Nothing needs to change for what this port requires.</source>
        <translation>No hace falta cambiar nada para lo que requiere este puerto.</translation>
    </message>
    <message>
        <source>If the product&apos;s documentation says this port must also be reachable from the internet, forward it one-to-one to the PBX.</source>
        <translation>Si la documentación del producto indica que este puerto también debe ser accesible desde internet, reenvíelo uno a uno a la centralita.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number. The PBX writes its own port number into its SIP and SDP messages, so the provider and remote phones send to that number on the public address, where nothing leads to the PBX. Expect one-way or no audio and unstable registrations.</source>
        <translation>El router traduce este puerto a otro número de puerto público. La centralita escribe su propio número de puerto en sus mensajes SIP y SDP, así que el proveedor y los teléfonos remotos envían a ese número en la dirección pública, donde nada lleva a la centralita. Cabe esperar audio en un solo sentido o sin audio, y registros inestables.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps the same one for every destination. For a port that only needs outbound traffic this is fine: the PBX learns its public port with STUN.</source>
        <translation>El router traduce este puerto a otro número de puerto público, pero usa el mismo para todos los destinos. En un puerto que solo necesita tráfico saliente no es un problema: la centralita averigua su puerto público con STUN.</translation>
    </message>
    <message>
        <source>Nothing needs to change for this port.</source>
        <translation>No hace falta cambiar nada en este puerto.</translation>
    </message>
    <message>
        <source>Only test 1 ran: outgoing traffic from this port works. Whether traffic from the internet reaches the PBX on this port is still open, because no STUN server with a second address was available.</source>
        <translation>Solo se hizo la prueba 1: el tráfico saliente de este puerto funciona. Aún no se sabe si el tráfico de internet llega a la centralita por este puerto, porque no había ningún servidor STUN con segunda dirección disponible.</translation>
    </message>
    <message>
        <source>Outgoing traffic from this port works. Whether the router keeps the same public port for every destination is still open, because no STUN server with a second address was available.</source>
        <translation>El tráfico saliente de este puerto funciona. Aún no se sabe si el router mantiene el mismo puerto público para todos los destinos, porque no había ningún servidor STUN con segunda dirección disponible.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. The responder&apos;s probe, sent from an address this port never sent to, did not arrive, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>La prueba 1 funcionó: este equipo puede enviar desde este puerto y recibe la respuesta. El paquete de prueba del respondedor, enviado desde una dirección a la que este puerto nunca había enviado nada, no llegó, así que el router no deja entrar tráfico de internet por este puerto. En los puertos que deben reenviarse, esto significa llamadas entrantes que fallan, teléfonos remotos que no pueden registrarse o falta de audio.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Neither the answer from the STUN server&apos;s second address nor the responder&apos;s probe arrived, though both came from addresses this port never sent to, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>La prueba 1 funcionó: este equipo puede enviar desde este puerto y recibe la respuesta. No llegaron ni la respuesta desde la segunda dirección del servidor STUN ni el paquete de prueba del respondedor, aunque ambos venían de direcciones a las que este puerto nunca había enviado nada, así que el router no deja entrar tráfico de internet por este puerto. En los puertos que deben reenviarse, esto significa llamadas entrantes que fallan, teléfonos remotos que no pueden registrarse o falta de audio.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing TCP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>En el router o firewall, reenvíe cada puerto TCP con fallo a la dirección LAN del equipo de la centralita, con el mismo número de puerto fuera y dentro.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound TCP on the failing ports for the network profile in use (domain, private or public).</source>
        <translation>En el Firewall de Windows Defender de este equipo, permita TCP entrante en los puertos con fallo para el perfil de red en uso (dominio, privado o público).</translation>
    </message>
    <message>
        <source>TCP port not reachable from the internet</source>
        <translation>Puerto TCP no accesible desde internet</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection did not reach this computer. Phones, apps and other PBXs that connect to the PBX on this port from outside will fail.</source>
        <translation>El respondedor intentó conectarse a este puerto TCP desde internet, pero su conexión no llegó a este equipo. Los teléfonos, las aplicaciones y otras centralitas que se conecten a la centralita por este puerto desde fuera fallarán.</translation>
    </message>
    <message>
        <source>Another device answers on this TCP port</source>
        <translation>Otro dispositivo responde en este puerto TCP</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port was accepted, but not by this computer: either the router answers on this port itself, with a service of its own (remote administration, a VPN server, its own telephony), or the forward points at another computer.</source>
        <translation>La conexión del respondedor a este puerto TCP fue aceptada, pero no por este equipo: o bien el propio router responde en este puerto con un servicio suyo (administración remota, un servidor VPN, su propia telefonía), o bien el reenvío apunta a otro equipo.</translation>
    </message>
    <message>
        <source>Check that the forward for this port points at the LAN address of the PBX computer, not at an old PBX or another device.</source>
        <translation>Compruebe que el reenvío de este puerto apunte a la dirección LAN del equipo de la centralita, y no a una centralita antigua u otro dispositivo.</translation>
    </message>
    <message>
        <source>If the router runs a service of its own on this port (remote administration over HTTPS, a VPN server, its own SIP telephony), move that service to another port or switch it off, then forward the port to the PBX.</source>
        <translation>Si el router ofrece un servicio propio en este puerto (administración remota por HTTPS, un servidor VPN, su propia telefonía SIP), mueva ese servicio a otro puerto o desactívelo, y después reenvíe el puerto a la centralita.</translation>
    </message>
    <message>
        <source>TCP connection refused on the way</source>
        <translation>Conexión TCP rehusada en el camino</translation>
    </message>
    <message>
        <source>A device on the way refused the responder&apos;s connection to this TCP port. Usually there is no forward for this port, or the forward points at a computer where nothing listens on it.</source>
        <translation>Un dispositivo en el camino rehusó la conexión del respondedor a este puerto TCP. Normalmente no hay ningún reenvío para este puerto, o el reenvío apunta a un equipo en el que nada escucha en él.</translation>
    </message>
    <message>
        <source>If the forward exists, check that it points at this computer, and that the PBX service for this port runs whenever the check does not.</source>
        <translation>Si el reenvío existe, compruebe que apunte a este equipo y que el servicio de la centralita para este puerto esté en marcha siempre que no se esté haciendo la comprobación.</translation>
    </message>
    <message>
        <source>TCP connection dropped on the way</source>
        <translation>Conexión TCP descartada en el camino</translation>
    </message>
    <message>
        <source>Nothing came back to the responder&apos;s connection to this TCP port: it was dropped on the way. Usually there is no forward for this port, or a firewall before this computer drops the connection.</source>
        <translation>La conexión del respondedor a este puerto TCP no obtuvo ninguna respuesta: se descartó en el camino. Normalmente no hay ningún reenvío para este puerto, o un firewall delante de este equipo descarta la conexión.</translation>
    </message>
    <message>
        <source>TCP connection rejected on the way</source>
        <translation>Conexión TCP rechazada en el camino</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejected the responder&apos;s connection to this TCP port with an error message (ICMP unreachable): a rule rejects connections to this port, or the forward points at an address where no computer answers.</source>
        <translation>Un router o firewall en el camino rechazó la conexión del respondedor a este puerto TCP con un mensaje de error (ICMP unreachable): una regla rechaza las conexiones a este puerto, o el reenvío apunta a una dirección en la que no responde ningún equipo.</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection reached this computer: the port is forwarded to it.</source>
        <translation>El respondedor se conectó a este puerto TCP desde internet y su conexión llegó a este equipo: el puerto se reenvía a él.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the connection out</source>
        <translation>El firewall de este equipo bloqueó la conexión</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port did not reach the check, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>La conexión del respondedor a este puerto TCP no llegó a la comprobación, y el firewall de este equipo la habría descartado hiciera lo que hiciera el router. Así que no se pudo saber si el router reenvía este puerto. No es un fallo del router.</translation>
    </message>
    <message>
        <source>In this computer&apos;s firewall, allow inbound TCP on these ports for all programs, or at least for the PBX and this check.</source>
        <translation>En el firewall de este equipo, permita TCP entrante en estos puertos para todos los programas, o al menos para la centralita y esta comprobación.</translation>
    </message>
    <message>
        <source>TCP port not tested</source>
        <translation>Puerto TCP no probado</translation>
    </message>
    <message>
        <source>The responder could not connect to this TCP port, so whether it is reachable from the internet is still open.</source>
        <translation>El respondedor no pudo conectarse a este puerto TCP, así que aún no se sabe si es accesible desde internet.</translation>
    </message>
    <message>
        <source>Read what the check says about the responder, put it right, and run the check again.</source>
        <translation>Lea lo que la comprobación dice sobre el respondedor, corrija el problema y repita la comprobación.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conexión establecida</translation>
    </message>
    <message>
        <source>refused on the way</source>
        <translation>conexión rehusada en el camino</translation>
    </message>
    <message>
        <source>dropped on the way</source>
        <translation>conexión descartada en el camino</translation>
    </message>
    <message>
        <source>rejected on the way</source>
        <translation>conexión rechazada en el camino</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>no se intentó</translation>
    </message>
    <message>
        <source>another device answered</source>
        <translation>respondió otro dispositivo</translation>
    </message>
</context>
<context>
    <name>PathPicture</name>
    <message>
        <source>Traffic gets out to the STUN server and its answers get back in.</source>
        <translation>El tráfico sale hasta el servidor STUN y sus respuestas vuelven a entrar.</translation>
    </message>
    <message>
        <source>The router forwards incoming traffic to this computer for some ports, but not for others.</source>
        <translation>El router reenvía el tráfico entrante a este equipo en algunos puertos, pero no en otros.</translation>
    </message>
    <message>
        <source>The router lets outgoing traffic through but does not forward incoming traffic to this computer.</source>
        <translation>El router deja pasar el tráfico saliente, pero no reenvía el tráfico entrante a este equipo.</translation>
    </message>
    <message>
        <source>The router changes the port numbers, so incoming traffic does not arrive on the port this computer uses.</source>
        <translation>El router cambia los números de puerto, así que el tráfico entrante no llega al puerto que usa este equipo.</translation>
    </message>
    <message>
        <source>The router uses a new public port for every destination, so incoming traffic from elsewhere does not get in.</source>
        <translation>El router usa un puerto público nuevo para cada destino, así que el tráfico entrante de otros orígenes no entra.</translation>
    </message>
    <message>
        <source>No answer came back: a firewall drops the traffic, in the router or on this computer (such as Windows Firewall).</source>
        <translation>No volvió ninguna respuesta: un firewall descarta el tráfico, en el router o en este equipo (como el Firewall de Windows).</translation>
    </message>
    <message>
        <source>Another program on this computer already uses the port, so the test could not send.</source>
        <translation>Otro programa de este equipo ya usa el puerto, así que la prueba no pudo enviar.</translation>
    </message>
    <message>
        <source>This computer did not let the program use the port, so the test could not send.</source>
        <translation>Este equipo no permitió al programa usar el puerto, así que la prueba no pudo enviar.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. Answers from its second address are dropped by this computer&apos;s own firewall, so the router could not be judged.</source>
        <translation>El tráfico sale hasta el servidor STUN. El propio firewall de este equipo descarta las respuestas de su segunda dirección, así que no se pudo juzgar el router.</translation>
    </message>
    <message>
        <source>Windows reserves some of the ports for itself, so neither the test nor the PBX can use them.</source>
        <translation>Windows se reserva algunos de los puertos, así que ni la prueba ni la centralita pueden usarlos.</translation>
    </message>
    <message>
        <source>This computer could not look up the name of the STUN server.</source>
        <translation>Este equipo no pudo resolver el nombre del servidor STUN.</translation>
    </message>
    <message>
        <source>No answer from the STUN server: it may be down, or outgoing traffic is blocked.</source>
        <translation>Sin respuesta del servidor STUN: puede estar fuera de servicio o el tráfico saliente está bloqueado.</translation>
    </message>
    <message>
        <source>The STUN server has no second address, so incoming traffic could not be tested.</source>
        <translation>El servidor STUN no tiene segunda dirección, así que no se pudo probar el tráfico entrante.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. For some ports it could not be told whether the answers get back in; nothing shows the router at fault.</source>
        <translation>El tráfico sale hasta el servidor STUN. Para algunos puertos no se pudo saber si las respuestas vuelven a entrar; nada indica un fallo del router.</translation>
    </message>
    <message>
        <source>Traffic gets through both ways, but the router rewrites the SIP messages that pass it (a SIP helper).</source>
        <translation>El tráfico pasa en ambos sentidos, pero el router reescribe los mensajes SIP que lo atraviesan (un SIP helper).</translation>
    </message>
    <message>
        <source>Outgoing traffic gets out, but incoming traffic stops at a second NAT in front of the router, before the router&apos;s forwards.</source>
        <translation>El tráfico saliente sale, pero el entrante se detiene en un segundo NAT delante del router, antes de los reenvíos del router.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La comprobación se detuvo.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router lets the traffic through now.</source>
        <translation>Un segundo NAT delante del router deja pasar el tráfico por ahora.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Router / firewall</source>
        <translation>Router / firewall</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Servidor STUN</translation>
    </message>
    <message>
        <source>Carrier-grade NAT</source>
        <translation>CGNAT del operador</translation>
    </message>
    <message>
        <source>ISP modem / second router</source>
        <translation>Módem del proveedor / segundo router</translation>
    </message>
    <message>
        <source>Second NAT</source>
        <translation>Segundo NAT</translation>
    </message>
    <message>
        <source>Outgoing (test 1)</source>
        <translation>Saliente (prueba 1)</translation>
    </message>
    <message>
        <source>Incoming (test 2)</source>
        <translation>Entrante (prueba 2)</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) was not tested.</source>
        <translation>El tráfico saliente (prueba 1) no se probó.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not tested.</source>
        <translation>El tráfico entrante (prueba 2) no se probó.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) reached the STUN server.</source>
        <translation>El tráfico saliente (prueba 1) llegó al servidor STUN.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) reached this computer.</source>
        <translation>El tráfico entrante (prueba 2) llegó a este equipo.</translation>
    </message>
    <message>
        <source>For some ports it could not be told whether incoming traffic (test 2) got through.</source>
        <translation>Para algunos puertos no se pudo saber si el tráfico entrante (prueba 2) llegó.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) could not leave this computer.</source>
        <translation>El tráfico saliente (prueba 1) no pudo salir de este equipo.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the router or firewall.</source>
        <translation>El tráfico saliente (prueba 1) se detuvo en el router o firewall.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) got no answer from the internet.</source>
        <translation>El tráfico saliente (prueba 1) no obtuvo respuesta de internet.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the STUN server.</source>
        <translation>El tráfico saliente (prueba 1) se detuvo en el servidor STUN.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not sent by the STUN server.</source>
        <translation>El servidor STUN no envió el tráfico entrante (prueba 2).</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was lost on the internet.</source>
        <translation>El tráfico entrante (prueba 2) se perdió en internet.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the second NAT in front of the router.</source>
        <translation>El tráfico entrante (prueba 2) se detuvo en el segundo NAT delante del router.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the router or firewall.</source>
        <translation>El tráfico entrante (prueba 2) se detuvo en el router o firewall.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped on this computer.</source>
        <translation>El tráfico entrante (prueba 2) se detuvo en este equipo.</translation>
    </message>
    <message>
        <source>Path picture</source>
        <translation>Diagrama del recorrido</translation>
    </message>
</context>
<context>
    <name>PortGrid</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Probando</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Port grid</source>
        <translation>Cuadrícula de puertos</translation>
    </message>
    <message>
        <source>Port {port}/TCP: {label}</source>
        <translation>Puerto {port}/TCP: {label}</translation>
    </message>
    <message>
        <source>Port {port}: {label}</source>
        <translation>Puerto {port}: {label}</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given; enter a port such as 5060 or a range such as 9000-10999</source>
        <translation>no se indicó ningún puerto; escriba un puerto como 5060 o un rango como 9000-10999</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; has an empty item; remove the extra comma</source>
        <translation>&apos;{spec}&apos; tiene un elemento vacío; quite la coma sobrante</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>&apos;{text}&apos; no es un número de puerto</translation>
    </message>
    <message>
        <source>port {port} is outside 1–65535</source>
        <translation>el puerto {port} está fuera de 1–65535</translation>
    </message>
    <message>
        <source>range {first}-{last} is reversed (write {last}-{first})</source>
        <translation>el rango {first}-{last} está invertido (escriba {last}-{first})</translation>
    </message>
    <message>
        <source>range &apos;{item}&apos; needs a port on each side of the dash</source>
        <translation>el rango &apos;{item}&apos; necesita un puerto a cada lado del guion</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; is not a usable step in &apos;{item}&apos;; after the slash write a whole number from 1 to 65534, as in 10000-20000/2</source>
        <translation>&apos;{step}&apos; no es un paso válido en &apos;{item}&apos;; después de la barra escriba un número entero de 1 a 65534, como en 10000-20000/2</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; has a step but only one port; a step needs a range such as 10000-20000/2</source>
        <translation>&apos;{item}&apos; tiene un paso pero un solo puerto; un paso necesita un rango, como 10000-20000/2</translation>
    </message>
    <message>
        <source>{count} TCP ports are more than one check connects back to (at most {limit}): give the product&apos;s TCP ports, not a whole range</source>
        <translation>{count} puertos TCP son más de los que una comprobación vuelve a conectar (como máximo {limit}): indique los puertos TCP del producto, no un rango entero</translation>
    </message>
</context>
<context>
    <name>PortTable</name>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Prueba 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Prueba 2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Test 2 proved by: {witness}</source>
        <translation>Prueba 2 demostrada por: {witness}</translation>
    </message>
</context>
<context>
    <name>PortsPage</name>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Ports the product needs</source>
        <translation>Puertos que necesita el producto</translation>
    </message>
    <message>
        <source>Ports to &amp;check:</source>
        <translation>Puertos que &amp;comprobar:</translation>
    </message>
    <message>
        <source>for example 9000-9019, 5060</source>
        <translation>por ejemplo 9000-9019, 5060</translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation>Puertos que comprobar</translation>
    </message>
    <message>
        <source>UDP ports this check tests with STUN. Narrow a range to test faster, or add ports the list does not have. Each port is held to the rule that contains it.</source>
        <translation>Puertos UDP que esta comprobación prueba con STUN. Acote un rango para probar más rápido o agregue puertos que no estén en la lista. Cada puerto se evalúa según la regla que lo contiene.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Fill in every UDP port of the ticked rules again</source>
        <translation>Volver a incluir todos los puertos UDP de las reglas marcadas</translation>
    </message>
    <message>
        <source>Problem with the ports</source>
        <translation>Problema con los puertos</translation>
    </message>
    <message>
        <source>Checklist for the router admin</source>
        <translation>Lista de tareas para el administrador del router</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Windows Firewall commands</source>
        <translation>Comandos del Firewall de Windows</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>For the router or firewall admin</source>
        <translation>Para el administrador del router o firewall</translation>
    </message>
    <message>
        <source>Windows Firewall on the PBX</source>
        <translation>Firewall de Windows en la centralita</translation>
    </message>
    <message>
        <source>Rules to hand over</source>
        <translation>Reglas que entregar</translation>
    </message>
    <message>
        <source>Ports {product} needs</source>
        <translation>Puertos que necesita {product}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>UDP ports to check: {count}</source>
        <translation>Puertos UDP que comprobar: {count}</translation>
    </message>
    <message>
        <source>&lt;PBX address&gt;</source>
        <translation>&lt;dirección de la centralita&gt;</translation>
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
        <translation>fallo</translation>
    </message>
    <message>
        <source>{ports}, … (ranges left out: {count})</source>
        <translation>{ports}, … (rangos omitidos: {count})</translation>
    </message>
    <message>
        <source>{result} ({reason})</source>
        <translation>{result} ({reason})</translation>
    </message>
    <message>
        <source>Used for this check.</source>
        <translation>Usado en esta comprobación.</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Respondió.</translation>
    </message>
    <message>
        <source>{ip}, ports vary</source>
        <translation>{ip}, puertos variables</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>another copy of this wizard ({program})</source>
        <translation>otra copia de este asistente ({program})</translation>
    </message>
    <message>
        <source>{program}, services: {services}</source>
        <translation>{program}, servicios: {services}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>Asked with</source>
        <translation>Consultado por</translation>
    </message>
    <message>
        <source>{name} at {address}</source>
        <translation>{name} en {address}</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>– (it says: {status})</source>
        <translation>– (indica: {status})</translation>
    </message>
    <message>
        <source>Internet (WAN) address</source>
        <translation>Dirección de internet (WAN)</translation>
    </message>
    <message>
        <source>Second NAT in front</source>
        <translation>Segundo NAT delante</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>no detectado</translation>
    </message>
    <message>
        <source>{total}, of which {ours} for the checked ports</source>
        <translation>{total}, de ellos {ours} para los puertos comprobados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Forwards it lists</source>
        <translation>Reenvíos que lista</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
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
        <translation>¿Qué centralita telefónica?</translation>
    </message>
    <message>
        <source>Pick the PBX that runs on this computer. Each one needs different ports and a different kind of help from the router.</source>
        <translation>Elija la centralita que se ejecuta en este equipo. Cada una necesita puertos distintos y un tipo de ayuda distinto por parte del router.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Cada puerto SIP, de túnel y de medios debe llegar a la centralita uno a uno: el router puede cambiar la dirección, pero nunca el puerto (NAT de cono completo, full cone).</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) on the router: it rewrites SIP messages and breaks calls.</source>
        <translation>Desactive SIP ALG (también llamado SIP helper o inspección SIP) en el router: reescribe los mensajes SIP y hace fallar las llamadas.</translation>
    </message>
    <message>
        <source>Forward every port to the address of the 3CX machine itself, not to a different host.</source>
        <translation>Reenvíe todos los puertos a la dirección del propio equipo de 3CX, no a otro host.</translation>
    </message>
    <message>
        <source>A firewall that watches for port scans may start blocking after the first few ports, because they are checked one after another; pause that protection while checking.</source>
        <translation>Un firewall que vigila los escaneos de puertos puede empezar a bloquear tras los primeros puertos, porque se comprueban uno tras otro; suspenda esa protección durante la comprobación.</translation>
    </message>
    <message>
        <source>Windows Firewall and antivirus or anti-malware software on the PBX machine can block the same ports; allow them there as well.</source>
        <translation>El Firewall de Windows y el antivirus o antimalware del equipo de la centralita pueden bloquear esos mismos puertos; permítalos también allí.</translation>
    </message>
    <message>
        <source>In the 3CX management console, typically the SIP trunk&apos;s re-registration interval in the trunk&apos;s options, and for remote phones their registration or keep-alive interval in the phone provisioning settings.</source>
        <translation>En la consola de administración de 3CX, normalmente el intervalo de re-registro de la troncal SIP en las opciones de la troncal y, para los teléfonos remotos, su intervalo de registro o de keep-alive en los ajustes de aprovisionamiento de los teléfonos.</translation>
    </message>
    <message>
        <source>SIP signalling with providers and remote phones</source>
        <translation>Señalización SIP con proveedores y teléfonos remotos</translation>
    </message>
    <message>
        <source>SIP signalling over TCP</source>
        <translation>Señalización SIP por TCP</translation>
    </message>
    <message>
        <source>SIP signalling over TLS (encrypted)</source>
        <translation>Señalización SIP por TLS (cifrada)</translation>
    </message>
    <message>
        <source>3CX tunnel for remote 3CX apps and bridged PBXs</source>
        <translation>Túnel de 3CX para apps remotas de 3CX y centralitas enlazadas por bridge</translation>
    </message>
    <message>
        <source>3CX tunnel over TCP for remote 3CX apps and bridged PBXs</source>
        <translation>Túnel de 3CX por TCP para apps remotas de 3CX y centralitas enlazadas por bridge</translation>
    </message>
    <message>
        <source>Audio and video of calls (RTP media)</source>
        <translation>Audio y video de las llamadas (medios RTP)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS (port chosen at install)</source>
        <translation>Cliente web y consola de administración por HTTPS (puerto elegido en la instalación)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS, when installed on 443 instead of 5001</source>
        <translation>Cliente web y consola de administración por HTTPS, si se instaló en el 443 en lugar del 5001</translation>
    </message>
    <message>
        <source>Web client and management console over plain HTTP</source>
        <translation>Cliente web y consola de administración por HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Other PBX (enter ports)</source>
        <translation>Otra centralita (indicar puertos)</translation>
    </message>
    <message>
        <source>Checks the UDP ports you enter, each for one-to-one forwarding to this machine (a full-cone NAT).</source>
        <translation>Comprueba los puertos UDP que indique, cada uno para un reenvío uno a uno a este equipo (NAT de cono completo, full cone).</translation>
    </message>
    <message>
        <source>PBXact</source>
        <translation>PBXact</translation>
    </message>
    <message>
        <source>Only SSH (22/TCP) for remote management is required; the other ports are recommended, and all outbound traffic from the PBX must be allowed.</source>
        <translation>Solo es obligatorio SSH (22/TCP) para la administración remota; los demás puertos son recomendados, y debe permitirse todo el tráfico saliente de la centralita.</translation>
    </message>
    <message>
        <source>Let the PBX send anything it wants to the internet: it opens connections of its own for speech recognition, updates and licensing.</source>
        <translation>Deje que la centralita envíe a internet todo lo que necesite: abre sus propias conexiones para el reconocimiento de voz, las actualizaciones y las licencias.</translation>
    </message>
    <message>
        <source>Turn off packet inspection for the PBX&apos;s traffic; it can swallow the answers to those connections and break updates, speech recognition and licence registration.</source>
        <translation>Desactive la inspección de paquetes para el tráfico de la centralita; puede descartar las respuestas a esas conexiones y hacer fallar las actualizaciones, el reconocimiento de voz y el registro de la licencia.</translation>
    </message>
    <message>
        <source>In PBXact (built on FreePBX), typically the trunk&apos;s registration expiration and qualify frequency in its PJSIP settings, and the qualify frequency of the extensions.</source>
        <translation>En PBXact (basado en FreePBX), normalmente la caducidad del registro (Expiration) y la frecuencia de qualify (Qualify Frequency) de la troncal en sus ajustes PJSIP, y la Qualify Frequency de las extensiones.</translation>
    </message>
    <message>
        <source>SSH for remote management, updates and troubleshooting</source>
        <translation>SSH para administración remota, actualizaciones y resolución de problemas</translation>
    </message>
    <message>
        <source>SIP: phones register and set up calls</source>
        <translation>SIP: los teléfonos se registran y establecen llamadas</translation>
    </message>
    <message>
        <source>Audio of calls (RTP media); each call uses a port picked from this range</source>
        <translation>Audio de las llamadas (medios RTP); cada llamada usa un puerto de este rango</translation>
    </message>
    <message>
        <source>PBXact applications: phone features and administration</source>
        <translation>Aplicaciones de PBXact: funciones de los teléfonos y administración</translation>
    </message>
    <message>
        <source>TFTP: phones fetch new firmware</source>
        <translation>TFTP: los teléfonos descargan firmware nuevo</translation>
    </message>
    <message>
        <source>XactView desktop client</source>
        <translation>Cliente de escritorio XactView</translation>
    </message>
    <message>
        <source>XactView automatic updates</source>
        <translation>Actualizaciones automáticas de XactView</translation>
    </message>
    <message>
        <source>Chat of the XactView client</source>
        <translation>Chat del cliente XactView</translation>
    </message>
    <message>
        <source>Remote link that joins two or more PBXact systems</source>
        <translation>Enlace remoto que une dos o más sistemas PBXact</translation>
    </message>
    <message>
        <source>SwyxWare</source>
        <translation>SwyxWare</translation>
    </message>
    <message>
        <source>The LinkManager needs outbound UDP with replies for STUN, SIP and audio; only ENUM links need a port forwarded in.</source>
        <translation>El LinkManager necesita UDP saliente con respuestas para STUN, SIP y audio; solo los enlaces ENUM necesitan un puerto reenviado hacia dentro.</translation>
    </message>
    <message>
        <source>When the line is idle the LinkManager sends a STUN request every 10 seconds, which keeps the router&apos;s NAT entries alive and reveals a new public address after a reconnect; do not block these requests.</source>
        <translation>Con la línea inactiva, el LinkManager envía una solicitud STUN cada 10 segundos, lo que mantiene activas las entradas NAT del router y detecta una nueva dirección pública tras una reconexión; no bloquee estas solicitudes.</translation>
    </message>
    <message>
        <source>Keep the LinkManager out of a DMZ: SwyxIt! clients and SwyxPhones on the LAN exchange audio with it directly.</source>
        <translation>No ponga el LinkManager en una DMZ: los clientes SwyxIt! y los teléfonos SwyxPhone de la LAN intercambian audio directamente con él.</translation>
    </message>
    <message>
        <source>Separate firewall rules for audio and for signalling make it easy to attach QoS rules that give speech priority.</source>
        <translation>Con reglas de firewall separadas para el audio y para la señalización es fácil agregar reglas de QoS que den prioridad a la voz.</translation>
    </message>
    <message>
        <source>Some providers answer STUN on a port other than 3478 (10000, for example); allow the provider&apos;s STUN port as a destination too.</source>
        <translation>Algunos proveedores responden a STUN en un puerto distinto del 3478 (por ejemplo, el 10000); permita también como destino el puerto STUN del proveedor.</translation>
    </message>
    <message>
        <source>The LinkManager&apos;s refresh every 10 seconds is built in; typically only the SIP trunk&apos;s registration interval can be shortened, in the trunk&apos;s properties in SwyxWare Administration.</source>
        <translation>El refresco del LinkManager cada 10 segundos viene integrado; normalmente solo se puede acortar el intervalo de registro de la troncal SIP, en las propiedades de la troncal en SwyxWare Administration.</translation>
    </message>
    <message>
        <source>5.00</source>
        <translation>5.00</translation>
    </message>
    <message>
        <source>5.01 and later</source>
        <translation>5.01 y posteriores</translation>
    </message>
    <message>
        <source>LinkManager signalling: STUN to the STUN server and SIP to the provider</source>
        <translation>Señalización del LinkManager: STUN al servidor STUN y SIP al proveedor</translation>
    </message>
    <message>
        <source>Audio of SIP trunk calls (RTP media)</source>
        <translation>Audio de las llamadas por troncal SIP (medios RTP)</translation>
    </message>
    <message>
        <source>Incoming SIP for ENUM links, which are not registered and wait for calls: forward the public port 5060 to the LinkManager&apos;s port 65002</source>
        <translation>SIP entrante para enlaces ENUM, que no se registran y esperan llamadas: reenvíe el puerto público 5060 al puerto 65002 del LinkManager</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>recent contact</source>
        <translation>contacto reciente</translation>
    </message>
    <message>
        <source>link losing packets</source>
        <translation>enlace con pérdidas</translation>
    </message>
    <message>
        <source>bad reply</source>
        <translation>respuesta incorrecta</translation>
    </message>
    <message>
        <source>second address silent</source>
        <translation>segunda dirección muda</translation>
    </message>
    <message>
        <source>several public addresses</source>
        <translation>varias direcciones públicas</translation>
    </message>
    <message>
        <source>mapping not confirmed</source>
        <translation>asignación sin confirmar</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>error del sistema</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>tasa limitada</translation>
    </message>
    <message>
        <source>taken by check</source>
        <translation>ocupado por la comprobación</translation>
    </message>
    <message>
        <source>local network error</source>
        <translation>error de red local</translation>
    </message>
    <message>
        <source>another way out</source>
        <translation>otra salida</translation>
    </message>
    <message>
        <source>witnesses disagree</source>
        <translation>resultados contradictorios</translation>
    </message>
    <message>
        <source>connection not traced</source>
        <translation>conexión no rastreada</translation>
    </message>
    <message>
        <source>responder unheard</source>
        <translation>nada recibido del respondedor</translation>
    </message>
    <message>
        <source>responder failed</source>
        <translation>fallo del respondedor</translation>
    </message>
    <message>
        <source>service on loopback</source>
        <translation>servicio en loopback</translation>
    </message>
    <message>
        <source>Port talked to the server&apos;s second address recently</source>
        <translation>El puerto habló hace poco con la segunda dirección del servidor</translation>
    </message>
    <message>
        <source>This port sent to the STUN server&apos;s second address a short time ago, for example in an earlier run of this check. The router may still let that address in for a few minutes, so a passing test 2 would prove nothing. The port counts neither as passed nor as failed.</source>
        <translation>Este puerto envió datos a la segunda dirección del servidor STUN hace poco, por ejemplo en una ejecución anterior de esta comprobación. El router puede seguir dejando entrar esa dirección durante unos minutos, así que una prueba 2 correcta no demostraría nada. El puerto no cuenta ni como correcto ni como fallido.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes: many routers remember such a contact that long, and so does this check. A run started sooner finds the same.</source>
        <translation>Repita la comprobación pasados cinco minutos: muchos routers recuerdan un contacto así durante ese tiempo, y esta comprobación también. Una ejecución que empiece antes dará el mismo resultado.</translation>
    </message>
    <message>
        <source>Meanwhile, do not run other STUN tools or softphones on this computer that could use the same ports.</source>
        <translation>Mientras tanto, no use en este equipo otras herramientas STUN ni softphones que puedan usar los mismos puertos.</translation>
    </message>
    <message>
        <source>The link was losing packets</source>
        <translation>El enlace estaba perdiendo paquetes</translation>
    </message>
    <message>
        <source>When this port was tested, the link or the STUN server was losing the check&apos;s own control requests, which the router always lets through. So the silence on this port may come from that loss; the router is not to blame for it yet.</source>
        <translation>Mientras se probaba este puerto, el enlace o el servidor STUN perdía las propias solicitudes de control de la comprobación, que el router siempre deja pasar. Así que el silencio en este puerto puede deberse a esa pérdida; el router no tiene la culpa todavía.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet link: a weak Wi-Fi or LTE signal, an upload that fills the line, or a VPN can lose packets. Use a cable if you can.</source>
        <translation>Revise la conexión a internet de este equipo: una señal wifi o LTE débil, una subida que llena la línea o una VPN pueden perder paquetes. Use un cable si puede.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Repita la comprobación.</translation>
    </message>
    <message>
        <source>If it happens again, lower the rate (on the Test settings page, or with --rate): some public STUN servers drop requests from clients that send many.</source>
        <translation>Si vuelve a ocurrir, baje la tasa (en la página Configuración de la comprobación o con --rate): algunos servidores STUN públicos descartan las solicitudes de clientes que envían muchas.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete</source>
        <translation>La respuesta del servidor estaba incompleta</translation>
    </message>
    <message>
        <source>The STUN server answered this port, but its answer did not say which public address it saw. A faulty server, or a device on the way that rewrites packets, can cause that. It does not show a router fault.</source>
        <translation>El servidor STUN respondió a este puerto, pero su respuesta no indicaba qué dirección pública vio. Puede deberse a un servidor defectuoso o a un dispositivo en el camino que reescribe los paquetes. No demuestra un fallo del router.</translation>
    </message>
    <message>
        <source>If it happens again, switch off SIP ALG or other inspection of UDP on the router, or choose another STUN server.</source>
        <translation>Si vuelve a ocurrir, desactive SIP ALG u otra inspección de UDP en el router, o elija otro servidor STUN.</translation>
    </message>
    <message>
        <source>The server&apos;s second address never answered</source>
        <translation>La segunda dirección del servidor nunca respondió</translation>
    </message>
    <message>
        <source>Test 1 works, but the server&apos;s second address never answered this port, not even to a request sent straight to it. Something on the way may block traffic to that address: a firewall rule that allows only some destinations, a filter at the provider, or the server itself. Whether the router forwards this port could not be told.</source>
        <translation>La prueba 1 funciona, pero la segunda dirección del servidor nunca respondió a este puerto, ni siquiera a una solicitud enviada directamente a ella. Algo en el camino puede estar bloqueando el tráfico hacia esa dirección: una regla de firewall que solo permite algunos destinos, un filtro del proveedor o el propio servidor. No se pudo saber si el router reenvía este puerto.</translation>
    </message>
    <message>
        <source>Check whether the router or firewall lets the PBX send UDP only to certain addresses. The PBX needs to reach any address.</source>
        <translation>Compruebe si el router o el firewall solo deja que la centralita envíe UDP a determinadas direcciones. La centralita necesita llegar a cualquier dirección.</translation>
    </message>
    <message>
        <source>Choose another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Elija otro servidor STUN, por ejemplo uno de la lista predeterminada del producto, y repita la comprobación.</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left by another way</source>
        <translation>El tráfico de la comprobación salió por otro camino</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left this computer by a VPN, or from another address than the PBX&apos;s. What failed may be the doing of the device at the end of that way, not of the router in front of the PBX, so the port counts neither as passed nor as failed. This computer&apos;s findings name the adapter.</source>
        <translation>El tráfico de la comprobación salió de este equipo por una VPN o desde una dirección distinta de la de la centralita. Lo que falló puede deberse al dispositivo del final de ese camino, no al router que está delante de la centralita, así que el puerto no cuenta ni como correcto ni como fallido. Los resultados de &quot;Este equipo&quot; indican el adaptador.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, or run the check on the PBX itself, from the address the router forwards to.</source>
        <translation>Desconecte la VPN, o haga la comprobación en la propia centralita, desde la dirección a la que reenvía el router.</translation>
    </message>
    <message>
        <source>Traffic leaves by more than one public address</source>
        <translation>El tráfico sale por más de una dirección pública</translation>
    </message>
    <message>
        <source>The operating system refused to open this port with an error that is neither &quot;in use&quot; nor &quot;access denied&quot;, and this check cannot tell what caused it. Nothing is known about the router for this port, nor whether the PBX can open it.</source>
        <translation>El sistema operativo no permitió abrir este puerto, con un error que no es ni &quot;en uso&quot; ni &quot;acceso denegado&quot;, y esta comprobación no puede saber qué lo causó. No se sabe nada del router para este puerto, ni si la centralita puede abrirlo.</translation>
    </message>
    <message>
        <source>Run the check again. If the same ports fail again, restart the computer and run it once more.</source>
        <translation>Repita la comprobación. Si los mismos puertos vuelven a fallar, reinicie el equipo y repítala una vez más.</translation>
    </message>
    <message>
        <source>If they still fail, pause security software, VPN clients and network tools one at a time and run the check after each: one of them may refuse the ports.</source>
        <translation>Si siguen fallando, pause uno a uno el software de seguridad, los clientes VPN y las herramientas de red, y repita la comprobación después de cada uno: alguno de ellos puede estar rechazando los puertos.</translation>
    </message>
    <message>
        <source>This computer stopped the check&apos;s network socket</source>
        <translation>Este equipo detuvo el socket de red de la comprobación</translation>
    </message>
    <message>
        <source>While this port was being checked, this computer reported a network error on a socket the check needed (the port&apos;s own, or the one that sends the control requests), and the socket stopped working. The check opened it again, but the error came back. A network adapter that resets, a VPN that connects or drops, or security software can do this. Nothing is known about the router for this port.</source>
        <translation>Mientras se comprobaba este puerto, este equipo notificó un error de red en un socket que necesitaba la comprobación (el del propio puerto o el que envía las solicitudes de control), y el socket dejó de funcionar. La comprobación lo volvió a abrir, pero el error volvió. Puede deberse a un adaptador de red que se reinicia, una VPN que se conecta o se cae, o un software de seguridad. No se sabe nada del router para este puerto.</translation>
    </message>
    <message>
        <source>Run the check again while the network connection stays as it is: do not connect or disconnect a VPN, Wi-Fi or cable during the check.</source>
        <translation>Repita la comprobación sin cambiar la conexión de red: no conecte ni desconecte una VPN, la wifi ni un cable durante la comprobación.</translation>
    </message>
    <message>
        <source>If it happens again, allow this program in any security software on this computer (antivirus, endpoint protection), then run the check again.</source>
        <translation>Si vuelve a ocurrir, permita este programa en cualquier software de seguridad de este equipo (antivirus, protección de endpoints) y después repita la comprobación.</translation>
    </message>
    <message>
        <source>The STUN server and the responder disagree</source>
        <translation>El servidor STUN y el respondedor se contradicen</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address reached this port, but the responder&apos;s probe did not. Both come from addresses this port never sent to, so one of them is wrong: a STUN server that answers from another address than it should, or something on the way that lets in one sender and not the other. Which one cannot be told from here, so the port counts neither as passed nor as failed.</source>
        <translation>La respuesta desde la segunda dirección del servidor STUN llegó a este puerto, pero el paquete de prueba del respondedor no. Ambos vienen de direcciones a las que este puerto nunca había enviado nada, así que uno de los dos resultados es erróneo: o un servidor STUN que responde desde una dirección distinta de la que debería, o algo en el camino que deja entrar a un remitente y no al otro. Desde aquí no se puede saber cuál, así que el puerto no cuenta ni como correcto ni como fallido.</translation>
    </message>
    <message>
        <source>Look on the router or firewall for a forward or rule that lets this port in only from certain addresses, such as the provider&apos;s: the PBX&apos;s phones and trunks from elsewhere would be kept out as the responder was.</source>
        <translation>Busque en el router o firewall un reenvío o una regla que solo deje entrar por este puerto desde ciertas direcciones, como las del proveedor: los teléfonos y troncales de la centralita que estén en otros lugares quedarían fuera igual que el respondedor.</translation>
    </message>
    <message>
        <source>Run the check again with another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Repita la comprobación con otro servidor STUN, por ejemplo uno de la lista predeterminada del producto.</translation>
    </message>
    <message>
        <source>The responder&apos;s connection could not be traced</source>
        <translation>No se pudo rastrear la conexión del respondedor</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port (often the PBX itself, or an SSH or web server), so the check could not listen on it and looked for the responder&apos;s connection in this computer&apos;s list of connections instead. The responder connected, but that list did not show whether its connection arrived here. The port counts neither as passed nor as failed.</source>
        <translation>Un programa de este equipo ocupa este puerto TCP (a menudo la propia centralita, o un servidor SSH o web), así que la comprobación no pudo escuchar en él y buscó la conexión del respondedor en la lista de conexiones de este equipo. El respondedor se conectó, pero esa lista no mostró si su conexión llegó aquí. El puerto no cuenta ni como correcto ni como fallido.</translation>
    </message>
    <message>
        <source>Run the check as an administrator (with sudo on Linux), so it may read the connections of every program.</source>
        <translation>Ejecute la comprobación como administrador (con sudo en Linux), para que pueda leer las conexiones de todos los programas.</translation>
    </message>
    <message>
        <source>Or stop the program that holds the port while the check runs, so the check can listen on it itself. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>O detenga el programa que ocupa el puerto mientras dure la comprobación, para que la propia comprobación pueda escuchar en él. Si es la centralita, las llamadas se cortan mientras esté parada: elija un momento tranquilo.</translation>
    </message>
    <message>
        <source>None of the responder&apos;s probes arrived</source>
        <translation>No llegó ninguno de los paquetes de prueba del respondedor</translation>
    </message>
    <message>
        <source>No probe of the responder reached this computer, not even on the check&apos;s own port, which had sent to the responder first and so was open to it. Its packets are lost or kept out on the way, so the silence on this port says nothing about the router&apos;s forward.</source>
        <translation>Ningún paquete de prueba del respondedor llegó a este equipo, ni siquiera al puerto propio de la comprobación, que había enviado algo primero al respondedor y por tanto estaba abierto para él. Sus paquetes se pierden o se bloquean en el camino, así que el silencio en este puerto no dice nada sobre el reenvío del router.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Pregunte a quien gestione el respondedor si su host puede enviar UDP hacia fuera: el firewall de un servidor alquilado, o su proveedor, puede bloquearlo.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know, even on ports that sent to them first.</source>
        <translation>Busque un firewall delante de este equipo que descarte el UDP de direcciones que no conoce, incluso en puertos que les enviaron algo primero.</translation>
    </message>
    <message>
        <source>The responder could not try this port</source>
        <translation>El respondedor no pudo probar este puerto</translation>
    </message>
    <message>
        <source>The responder was at its limit, or stopped answering, before it said what became of its connection to this TCP port. Nothing was tried, so the port counts neither as passed nor as failed.</source>
        <translation>El respondedor estaba en su límite, o dejó de responder, antes de decir qué pasó con su conexión a este puerto TCP. No se probó nada, así que el puerto no cuenta ni como superado ni como fallido.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If it happens again, ask whoever runs the responder to look at its log.</source>
        <translation>Vuelva a ejecutar la comprobación dentro de unos minutos. Si vuelve a ocurrir, pida a quien gestiona el respondedor que revise su registro.</translation>
    </message>
    <message>
        <source>The program on this port listens only to itself</source>
        <translation>El programa de este puerto solo se escucha a sí mismo</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port but listens only on its loopback address (127.0.0.1), so this computer refuses every connection to it from the network, whatever the router forwards. Whether the router forwards the port could not be told.</source>
        <translation>Un programa de este equipo ocupa este puerto TCP pero solo escucha en su dirección de bucle local (127.0.0.1), así que este equipo rechaza toda conexión que llegue de la red, redirija lo que redirija el router. No se pudo saber si el router redirige el puerto.</translation>
    </message>
    <message>
        <source>Set the program (the PBX&apos;s web server, an SSH server) to listen on the computer&apos;s LAN address or on all addresses, then run the check again.</source>
        <translation>Configure el programa (el servidor web de la centralita, un servidor SSH) para que escuche en la dirección LAN del equipo o en todas las direcciones y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line, for example with a rule for the PBX&apos;s LAN address.</source>
        <translation>Si en la sede se balancea el tráfico entre dos líneas de internet, envíe todo el tráfico de la centralita por una sola línea, por ejemplo con una regla para la dirección LAN de la centralita.</translation>
    </message>
    <message>
        <source>If a VPN client runs on this computer, disconnect it for the check, or make sure it does not carry the PBX&apos;s internet traffic.</source>
        <translation>Si en este equipo funciona un cliente VPN, desconéctelo durante la comprobación o asegúrese de que no lleve el tráfico de internet de la centralita.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>The server saw two different public IP addresses: for this port at its two addresses, or for this port and the check&apos;s own requests. Traffic leaves by more than one way, such as a second internet line, load balancing or a VPN, or the way changed during the check. That is not symmetric NAT, but the provider and the phones may see the PBX at another address than the one it announces.</source>
        <translation>El servidor vio dos direcciones IP públicas distintas: para este puerto en sus dos direcciones, o para este puerto y las propias solicitudes de la comprobación. El tráfico sale por más de un camino, como una segunda línea de internet, un balanceo de carga o una VPN, o el camino cambió durante la comprobación. No es NAT simétrico, pero el proveedor y los teléfonos pueden ver la centralita en una dirección distinta de la que anuncia.</translation>
    </message>
    <message>
        <source>Public port changed once, not confirmed</source>
        <translation>El puerto público cambió una vez, sin confirmar</translation>
    </message>
    <message>
        <source>One destination saw this port under another public port number, but a second, fresh request did not see that again. The router may have renewed the port at that moment, so it is not clear whether it keeps one public port for every destination.</source>
        <translation>Un destino vio este puerto con otro número de puerto público, pero una segunda solicitud, nueva, no volvió a verlo. Puede que el router renovara el puerto justo en ese momento, así que no está claro si mantiene un mismo puerto público para todos los destinos.</translation>
    </message>
    <message>
        <source>If the public port changes again, treat it as symmetric NAT and follow the steps given for that.</source>
        <translation>Si el puerto público vuelve a cambiar, trátelo como NAT simétrico y siga los pasos indicados para ese caso.</translation>
    </message>
    <message>
        <source>Port could not be opened (system error)</source>
        <translation>No se pudo abrir el puerto (error del sistema)</translation>
    </message>
    <message>
        <source>Something limits new incoming connections</source>
        <translation>Algo limita las conexiones entrantes nuevas</translation>
    </message>
    <message>
        <source>Test 2 failed for this port at the scan&apos;s pace, but other ports passed it when asked slowly. Something on the way limits how many new incoming connections it lets through, such as a flood or port-scan protection on the router or firewall. Whether this port is forwarded could not be told.</source>
        <translation>La prueba 2 falló para este puerto al ritmo del escaneo, pero otros puertos la superaron cuando se consultaron despacio. Algo en el camino limita cuántas conexiones entrantes nuevas deja pasar, como una protección contra inundación (flood) o contra escaneo de puertos en el router o el firewall. No se pudo saber si este puerto se reenvía.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for flood protection, port-scan detection or a limit on new UDP sessions. Exempt this computer from it for the check.</source>
        <translation>En el router o el firewall, busque una protección contra inundación (flood), una detección de escaneo de puertos o un límite de sesiones UDP nuevas. Excluya este equipo de ella durante la comprobación.</translation>
    </message>
    <message>
        <source>Or run the check again with a lower rate (on the Test settings page, or with --rate), or check fewer ports at a time.</source>
        <translation>O repita la comprobación con una tasa más baja (en la página Configuración de la comprobación o con --rate), o compruebe menos puertos a la vez.</translation>
    </message>
    <message>
        <source>The router gave this port number to the check</source>
        <translation>El router asignó este número de puerto a la comprobación</translation>
    </message>
    <message>
        <source>The router picked this port&apos;s number as the public port of one of the check&apos;s own ports. Answers meant for this port may have gone to the check instead, and the port may have had to use another public port. Whether the router forwards it could not be told.</source>
        <translation>El router eligió el número de este puerto como puerto público de uno de los puertos propios de la comprobación. Las respuestas para este puerto pueden haber llegado a la comprobación, y el puerto quizá tuvo que usar otro puerto público. No se pudo saber si el router lo reenvía.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes: the router picks another port for the check next time.</source>
        <translation>Repita la comprobación dentro de unos minutos: la próxima vez el router elige otro puerto para la comprobación.</translation>
    </message>
    <message>
        <source>If the router picks outgoing ports at random (pfSense and some business firewalls do), set a static or fixed source port for this computer.</source>
        <translation>Si el router elige los puertos de salida al azar (pfSense y algunos cortafuegos profesionales lo hacen), configure un puerto de origen estático o fijo para este equipo.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>PBX firewall check – {product}</source>
        <translation>Comprobación del firewall de la centralita – {product}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Dirección IP pública: {ip}</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Ports checked: {count}</source>
        <translation>Puertos comprobados: {count}</translation>
    </message>
    <message>
        <source>No port was checked.</source>
        <translation>No se comprobó ningún puerto.</translation>
    </message>
    <message>
        <source>Link to the STUN server: {figures}</source>
        <translation>Enlace con el servidor STUN: {figures}</translation>
    </message>
    <message>
        <source>{app} {version}, {date}</source>
        <translation>{app} {version}, {date}</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Visto desde fuera (respondedor)</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>El router y lo que hay más allá</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports</source>
        <translation>Sus reenvíos para los puertos comprobados</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Puertos públicos</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Adónde</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Su descripción</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every forward.</source>
        <translation>Filas omitidas aquí: {count}. La exportación JSON incluye todos los reenvíos.</translation>
    </message>
    <message>
        <source>Hairpin NAT (phones on the LAN using the public address)</source>
        <translation>NAT hairpin (teléfonos de la LAN que usan la dirección pública)</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping</source>
        <translation>Cuánto tiempo mantiene el router una asignación UDP inactiva</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Lo que cambió el SIP helper</translation>
    </message>
    <message>
        <source>Part of the message</source>
        <translation>Parte del mensaje</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tal como se envió</translation>
    </message>
    <message>
        <source>As the responder got it</source>
        <translation>Tal como lo recibió el respondedor</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Test 2 by</source>
        <translation>Prueba 2 por</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these)</source>
        <translation>Compruebe estos manualmente (la comprobación no los probó)</translation>
    </message>
    <message>
        <source>Created with {app} {version}</source>
        <translation>Creado con {app} {version}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Dirección de la centralita</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Versión de la herramienta</translation>
    </message>
    <message>
        <source>STUN server used</source>
        <translation>Servidor STUN utilizado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Dirección IP pública</translation>
    </message>
    <message>
        <source>Mapping (RFC 5780)</source>
        <translation>Asignación (mapping, RFC 5780)</translation>
    </message>
    <message>
        <source>Filtering (RFC 5780)</source>
        <translation>Filtrado (filtering, RFC 5780)</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Números de puerto</translation>
    </message>
    <message>
        <source>How the router translates addresses (NAT)</source>
        <translation>Cómo traduce el router las direcciones (NAT)</translation>
    </message>
    <message>
        <source>The link to the STUN server</source>
        <translation>El enlace con el servidor STUN</translation>
    </message>
    <message>
        <source>What threatens calls:</source>
        <translation>Lo que pone en riesgo las llamadas:</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Servidor STUN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Second address</source>
        <translation>Segunda dirección</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>STUN servers tried</source>
        <translation>Servidores STUN probados</translation>
    </message>
    <message>
        <source>What failed, and what to do</source>
        <translation>Qué falló y qué hacer</translation>
    </message>
    <message>
        <source>Affected ports ({count}):</source>
        <translation>Puertos afectados ({count}):</translation>
    </message>
    <message>
        <source>Ports the check could not judge, and why</source>
        <translation>Puertos que la comprobación no pudo juzgar, y por qué</translation>
    </message>
    <message>
        <source>Ports asked again more slowly, still without a clear answer: {count}.</source>
        <translation>Puertos consultados de nuevo más despacio, aún sin una respuesta clara: {count}.</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>ID de proceso</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Puertos ocupados por otro programa</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>El puerto {port} está ocupado por {name} (PID {pid}). Para verlo:</translation>
    </message>
    <message>
        <source>The same commands work for the other ports held; change the port number.</source>
        <translation>Los mismos comandos sirven para los demás puertos ocupados; cambie el número de puerto.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Prueba 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Prueba 2</translation>
    </message>
    <message>
        <source>Every checked port</source>
        <translation>Todos los puertos comprobados</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every port.</source>
        <translation>Filas omitidas aquí: {count}. La exportación JSON incluye todos los puertos.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Terms used in this report</source>
        <translation>Términos usados en este informe</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Traffic from any address on the internet must reach the PBX on this UDP port, with the same port number outside and inside.</source>
        <translation>El tráfico de cualquier dirección de internet debe llegar a la centralita por este puerto UDP, con el mismo número de puerto fuera y dentro.</translation>
    </message>
    <message>
        <source>The PBX must be able to send UDP from this port and get the replies, and the router must keep one public port for it whatever the destination.</source>
        <translation>La centralita debe poder enviar UDP desde este puerto y recibir las respuestas, y el router debe mantenerle un único puerto público sea cual sea el destino.</translation>
    </message>
    <message>
        <source>Forwarded one-to-one (full cone)</source>
        <translation>Reenvío uno a uno (full cone)</translation>
    </message>
    <message>
        <source>Outbound with stable mapping</source>
        <translation>Saliente con asignación estable</translation>
    </message>
    <message>
        <source>This TCP port must be reachable from the internet; STUN cannot test TCP, so a responder connects to it from outside, or the forward is checked by hand.</source>
        <translation>Este puerto TCP debe ser accesible desde internet; STUN no puede probar TCP, así que un respondedor se conecta a él desde fuera, o bien el reenvío se comprueba manualmente.</translation>
    </message>
    <message>
        <source>Inbound TCP</source>
        <translation>TCP entrante</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>entrada y salida</translation>
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
        <translation>UDP y TCP</translation>
    </message>
</context>
<context>
    <name>Reserved</name>
    <message>
        <source>Ports {ranges} are reserved by Windows</source>
        <translation>Los puertos {ranges} están reservados por Windows</translation>
    </message>
    <message>
        <source>Port {ranges} is reserved by Windows</source>
        <translation>El puerto {ranges} está reservado por Windows</translation>
    </message>
    <message>
        <source>Windows keeps these ports for itself: they are excluded port ranges, usually taken by Hyper-V, the Windows NAT service (WinNAT), Docker or WSL. No program can open them, not this check and not the PBX, so the PBX&apos;s calls on these ports fail whatever the router does. This is a problem of this computer, not of the router.</source>
        <translation>Windows se reserva estos puertos: son rangos de puertos excluidos, normalmente ocupados por Hyper-V, el servicio NAT de Windows (WinNAT), Docker o WSL. Ningún programa puede abrirlos, ni esta comprobación ni la centralita, así que las llamadas de la centralita por estos puertos fallan haga lo que haga el router. Es un problema de este equipo, no del router.</translation>
    </message>
    <message>
        <source>The lasting fix needs an administrator and a quiet moment. Stop the PBX&apos;s services first: Windows refuses to exclude ports a program uses.</source>
        <translation>La solución duradera necesita un administrador y un momento tranquilo. Detenga primero los servicios de la centralita: Windows no permite excluir puertos que use un programa.</translation>
    </message>
    <message>
        <source>In a command prompt run as administrator, run the commands below: they stop the Windows NAT service, exclude the PBX&apos;s ports so that Windows does not hand them out again, start the service again and list the ranges. The PBX&apos;s ports then show with a * (excluded by an administrator), which programs such as the PBX can still open.</source>
        <translation>En un símbolo del sistema ejecutado como administrador, ejecute los comandos de abajo: detienen el servicio NAT de Windows, excluyen los puertos de la centralita para que Windows no vuelva a asignarlos, vuelven a iniciar el servicio y muestran los rangos. Los puertos de la centralita aparecen entonces con un * (excluidos por un administrador); programas como la centralita pueden seguir abriéndolos.</translation>
    </message>
    <message>
        <source>Instead of excluding the ports, an administrator can move Windows&apos; dynamic port range, from which these ranges are taken, away from the PBX&apos;s ports: netsh int ipv4 show dynamicport udp shows it, netsh int ipv4 set dynamicport udp start=… num=… moves it. Then stop and start the Windows NAT service as above.</source>
        <translation>En lugar de excluir los puertos, un administrador puede alejar de los puertos de la centralita el rango de puertos dinámicos de Windows, del que se toman estos rangos: netsh int ipv4 show dynamicport udp lo muestra y netsh int ipv4 set dynamicport udp start=… num=… lo mueve. Después, detenga e inicie el servicio NAT de Windows como se indica arriba.</translation>
    </message>
    <message>
        <source>Restarting the Windows NAT service alone (net stop winnat, then net start winnat) frees the ports only until Windows reserves ranges again, often at the next restart. While it is stopped, the network of WSL, Docker and Hyper-V machines is down.</source>
        <translation>Reiniciar solo el servicio NAT de Windows (net stop winnat y después net start winnat) libera los puertos solo hasta que Windows vuelva a reservar rangos, a menudo en el siguiente reinicio. Mientras está detenido, la red de WSL, Docker y las máquinas Hyper-V no funciona.</translation>
    </message>
    <message>
        <source>Then start the PBX&apos;s services and run the check again.</source>
        <translation>Después, inicie los servicios de la centralita y repita la comprobación.</translation>
    </message>
    <message>
        <source>Ports {ranges} are kept free by an administrator</source>
        <translation>Un administrador mantiene libres los puertos {ranges}</translation>
    </message>
    <message>
        <source>Port {ranges} is kept free by an administrator</source>
        <translation>Un administrador mantiene libre el puerto {ranges}</translation>
    </message>
    <message>
        <source>An administrator excluded these ports from the ones Windows hands out on its own (marked * in the list of excluded port ranges). Hyper-V, WinNAT, Docker and WSL cannot take them, and the PBX can still open them. Nothing to do.</source>
        <translation>Un administrador excluyó estos puertos de los que Windows asigna por su cuenta (marcados con * en la lista de rangos de puertos excluidos). Hyper-V, WinNAT, Docker y WSL no pueden ocuparlos, y la centralita puede seguir abriéndolos. No hay nada que hacer.</translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>STUN server</source>
        <translation>servidor STUN</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>respondedor</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>the request line</source>
        <translation>la línea de solicitud</translation>
    </message>
    <message>
        <source>the Via header (where answers go)</source>
        <translation>la cabecera Via (adónde van las respuestas)</translation>
    </message>
    <message>
        <source>the Contact header (where the PBX is reached)</source>
        <translation>la cabecera Contact (dónde se localiza la centralita)</translation>
    </message>
    <message>
        <source>the From header</source>
        <translation>la cabecera From</translation>
    </message>
    <message>
        <source>the To header</source>
        <translation>la cabecera To</translation>
    </message>
    <message>
        <source>the Call-ID</source>
        <translation>el Call-ID</translation>
    </message>
    <message>
        <source>the Content-Length (the body&apos;s size)</source>
        <translation>el Content-Length (tamaño del cuerpo)</translation>
    </message>
    <message>
        <source>another header</source>
        <translation>otra cabecera</translation>
    </message>
    <message>
        <source>a header it added</source>
        <translation>una cabecera que añadió</translation>
    </message>
    <message>
        <source>a header it removed</source>
        <translation>una cabecera que eliminó</translation>
    </message>
    <message>
        <source>the SDP origin (o=)</source>
        <translation>el origen SDP (o=)</translation>
    </message>
    <message>
        <source>the SDP connection address (c=, where audio goes)</source>
        <translation>la dirección de conexión SDP (c=, adónde va el audio)</translation>
    </message>
    <message>
        <source>the SDP media port (m=)</source>
        <translation>el puerto de medios SDP (m=)</translation>
    </message>
    <message>
        <source>the message body</source>
        <translation>el cuerpo del mensaje</translation>
    </message>
    <message>
        <source>Tested from outside by the responder</source>
        <translation>Probado desde fuera por el respondedor</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet. It saw the check come from {ip}.</source>
        <translation>El respondedor {server} ({address}) envió desde internet paquetes de prueba a los puertos de esta comprobación y se conectó a sus puertos TCP. Vio llegar la comprobación desde {ip}.</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet.</source>
        <translation>El respondedor {server} ({address}) envió desde internet paquetes de prueba a los puertos de esta comprobación y se conectó a sus puertos TCP.</translation>
    </message>
    <message>
        <source>The responder and the STUN server saw different public addresses</source>
        <translation>El respondedor y el servidor STUN vieron direcciones públicas distintas</translation>
    </message>
    <message>
        <source>The responder saw this check come from {responder_ip}, the STUN server from {stun_ip}. Traffic leaves by more than one way (a second internet line, load balancing or a VPN), so what one of them found may not hold for the other, nor for the PBX&apos;s provider.</source>
        <translation>El respondedor vio llegar esta comprobación desde {responder_ip}, y el servidor STUN desde {stun_ip}. El tráfico sale por más de un camino (una segunda línea de internet, balanceo de carga o una VPN), así que lo que uno de ellos encontró puede no valer para el otro, ni para el proveedor de la centralita.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route).</source>
        <translation>Si la sede tiene dos líneas de internet, haga que el router envíe siempre el tráfico de la centralita por la línea en la que están sus reenvíos (enrutamiento por origen o policy routing).</translation>
    </message>
    <message>
        <source>If a VPN is connected on this computer, disconnect it.</source>
        <translation>Si hay una VPN conectada en este equipo, desconéctela.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>The responder could not be used</source>
        <translation>No se pudo usar el respondedor</translation>
    </message>
    <message>
        <source>The check ran without it: no TCP port and no SIP helper was tested, and test 2 relied on the STUN server alone.</source>
        <translation>La comprobación se hizo sin él: no se probó ningún puerto TCP ni ningún SIP helper, y la prueba 2 se basó solo en el servidor STUN.</translation>
    </message>
    <message>
        <source>The responder&apos;s probes did not arrive</source>
        <translation>Los paquetes de prueba del respondedor no llegaron</translation>
    </message>
    <message>
        <source>The responder&apos;s name in {server} was not found in DNS.</source>
        <translation>El nombre del respondedor en {server} no se encontró en el DNS.</translation>
    </message>
    <message>
        <source>No connection could be made to the responder {server}.</source>
        <translation>No se pudo establecer una conexión con el respondedor {server}.</translation>
    </message>
    <message>
        <source>The responder {server} asks for a shared secret, and none or another one was given.</source>
        <translation>El respondedor {server} pide un secreto compartido, y no se indicó ninguno o se indicó otro distinto.</translation>
    </message>
    <message>
        <source>The responder {server} refused: too many checks came from this public address in a short time.</source>
        <translation>El respondedor {server} se negó: llegaron demasiadas comprobaciones desde esta dirección pública en poco tiempo.</translation>
    </message>
    <message>
        <source>The responder {server} refused: it is busy with other checks.</source>
        <translation>El respondedor {server} se negó: está ocupado con otras comprobaciones.</translation>
    </message>
    <message>
        <source>The program at {server} did not answer as a responder does: another program may listen on that port, a proxy may sit in between, or the responder is of another version than this wizard.</source>
        <translation>El programa en {server} no respondió como lo hace un respondedor: puede que otro programa escuche en ese puerto, que haya un proxy en medio, o que el respondedor sea de otra versión que este asistente.</translation>
    </message>
    <message>
        <source>The responder {server} took the check&apos;s request, but none of its UDP probes reached this computer, not even on the check&apos;s own port, which had sent to it first. Its packets are lost or kept out on the way, so the ports it could not reach are not held against the router.</source>
        <translation>El respondedor {server} aceptó la solicitud de la comprobación, pero ninguno de sus paquetes de prueba UDP llegó a este equipo, ni siquiera al puerto propio de la comprobación, que le había enviado algo primero. Sus paquetes se pierden o se bloquean en el camino, así que los puertos a los que no pudo llegar no se atribuyen al router.</translation>
    </message>
    <message>
        <source>Check the spelling of the responder&apos;s address, as the support team gave it.</source>
        <translation>Compruebe que la dirección del respondedor esté escrita tal como la dio el equipo de soporte.</translation>
    </message>
    <message>
        <source>Check the responder&apos;s address and port: its control port is {port} unless the support team chose another.</source>
        <translation>Compruebe la dirección y el puerto del respondedor: su puerto de control es el {port}, salvo que el equipo de soporte haya elegido otro.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether it is running, and whether the firewall of its host (on a rented server, also the provider&apos;s firewall) lets TCP in on that port.</source>
        <translation>Pregunte a quien gestione el respondedor si está en marcha y si el firewall de su host (en un servidor alquilado, también el del proveedor) deja entrar TCP por ese puerto.</translation>
    </message>
    <message>
        <source>Check that no firewall in front of this computer blocks outgoing connections to that port.</source>
        <translation>Compruebe que ningún firewall delante de este equipo bloquee las conexiones salientes hacia ese puerto.</translation>
    </message>
    <message>
        <source>Give the secret the support team set on the responder: on the Test settings page, or with --responder-secret-file.</source>
        <translation>Indique el secreto que el equipo de soporte configuró en el respondedor: en la página &quot;Configuración de la comprobación&quot; o con --responder-secret-file.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run the check again.</source>
        <translation>Espere unos minutos y después repita la comprobación.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Repita la comprobación dentro de unos minutos.</translation>
    </message>
    <message>
        <source>If the responder stays busy, tell whoever runs it.</source>
        <translation>Si el respondedor sigue ocupado, avise a quien lo gestione.</translation>
    </message>
    <message>
        <source>Check the port given for the responder: it must be the responder&apos;s control port, not its SIP port or another service&apos;s.</source>
        <translation>Compruebe el puerto indicado para el respondedor: debe ser su puerto de control, no su puerto SIP ni el de otro servicio.</translation>
    </message>
    <message>
        <source>Make sure the responder and this wizard are of the same version.</source>
        <translation>Asegúrese de que el respondedor y este asistente sean de la misma versión.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Pregunte a quien gestione el respondedor si su host puede enviar UDP hacia fuera: el firewall de un servidor alquilado, o su proveedor, puede bloquearlo.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know.</source>
        <translation>Busque un firewall delante de este equipo que descarte el UDP de direcciones que no conoce.</translation>
    </message>
    <message>
        <source>The router rewrites SIP messages (SIP ALG)</source>
        <translation>El router reescribe los mensajes SIP (SIP ALG)</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, and a device on the way changed it: {parts}. A SIP helper like this breaks calls in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>La comprobación envió un mensaje SIP al respondedor y un dispositivo en el camino lo modificó: {parts}. Un SIP helper así hace fallar las llamadas de formas difíciles de rastrear: audio en un solo sentido o sin audio, llamadas que se cortan a los 30 segundos aproximadamente, troncales y teléfonos que pierden su registro.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. Its name varies: SIP ALG, SIP helper, SIP inspection, SIP fixup, SIP transformations, SIP pass-through. Where it typically sits on common devices:</source>
        <translation>Desactive el SIP helper en el router o firewall que hay delante de la centralita. Su nombre varía: SIP ALG, SIP helper, inspección SIP, SIP fixup, SIP transformations, SIP pass-through. Dónde suele estar en los equipos habituales:</translation>
    </message>
    <message>
        <source>DrayTek Vigor: typically NAT &gt; ALG, where the SIP entry is switched off.</source>
        <translation>DrayTek Vigor: normalmente en NAT &gt; ALG, donde se desactiva la entrada SIP.</translation>
    </message>
    <message>
        <source>Netgear: typically Advanced &gt; Setup &gt; WAN Setup, with the option Disable SIP ALG.</source>
        <translation>Netgear: normalmente en Avanzado &gt; Configuración &gt; Configuración WAN (Advanced &gt; Setup &gt; WAN Setup), con la opción Desactivar SIP ALG (Disable SIP ALG).</translation>
    </message>
    <message>
        <source>TP-Link: typically Advanced &gt; NAT Forwarding &gt; ALG, where SIP ALG is switched off.</source>
        <translation>TP-Link: normalmente en Avanzado &gt; Reenvío NAT &gt; ALG (Advanced &gt; NAT Forwarding &gt; ALG), donde se desactiva SIP ALG.</translation>
    </message>
    <message>
        <source>FRITZ!Box: typically there is no switch for it. If the FRITZ!Box itself has internet phone numbers set up, it uses SIP on port 5060 too: move those numbers to the PBX, or give the PBX another SIP port.</source>
        <translation>FRITZ!Box: normalmente no hay ningún ajuste para esto. Si la propia FRITZ!Box tiene configurados números de telefonía por internet, también usa SIP en el puerto 5060: traslade esos números a la centralita o asigne a la centralita otro puerto SIP.</translation>
    </message>
    <message>
        <source>SonicWall: typically VoIP &gt; Settings, where Enable SIP Transformations is cleared.</source>
        <translation>SonicWall: normalmente en VoIP &gt; Settings, donde se desmarca Enable SIP Transformations.</translation>
    </message>
    <message>
        <source>Fortinet FortiGate: typically in the command line, under config system settings, set default-voip-alg-mode to kernel-helper-based, then delete the entry named sip under config system session-helper. A VoIP profile on a firewall policy turns the SIP ALG on again for that policy.</source>
        <translation>Fortinet FortiGate: normalmente en la línea de comandos, en config system settings, ponga default-voip-alg-mode en kernel-helper-based y después elimine la entrada llamada sip en config system session-helper. Un perfil VoIP en una política de firewall vuelve a activar el SIP ALG para esa política.</translation>
    </message>
    <message>
        <source>Cisco ASA: typically no inspect sip in the class inspection_default of the global policy-map.</source>
        <translation>Cisco ASA: normalmente no inspect sip en la clase inspection_default de la policy-map global.</translation>
    </message>
    <message>
        <source>MikroTik: typically IP &gt; Firewall &gt; Service Ports, where sip is disabled.</source>
        <translation>MikroTik: normalmente en IP &gt; Firewall &gt; Service Ports, donde se desactiva sip.</translation>
    </message>
    <message>
        <source>pfSense and OPNsense have no SIP helper of their own; if the siproxd package is installed, remove it or leave the PBX out of it, and give the PBX Static Port in the outbound NAT rules.</source>
        <translation>pfSense y OPNsense no tienen SIP helper propio; si está instalado el paquete siproxd, elimínelo o deje fuera de él a la centralita, y active Static Port para la centralita en las reglas de NAT saliente.</translation>
    </message>
    <message>
        <source>A Linux router (iptables or nftables): typically the kernel modules nf_nat_sip and nf_conntrack_sip, or a ct helper rule for sip; unload the modules and keep them from loading again, or delete the rule.</source>
        <translation>Un router Linux (iptables o nftables): normalmente los módulos del kernel nf_nat_sip y nf_conntrack_sip, o una regla ct helper para sip; descargue los módulos e impida que se vuelvan a cargar, o elimine la regla.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off. Some routers need a restart before the change takes effect.</source>
        <translation>Después, repita la comprobación: mostrará si el SIP helper está realmente desactivado. Algunos routers necesitan reiniciarse para que el cambio surta efecto.</translation>
    </message>
    <message>
        <source>No SIP helper changed the check&apos;s SIP message</source>
        <translation>Ningún SIP helper modificó el mensaje SIP de la comprobación</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} from port {port} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>La comprobación envió un mensaje SIP por {transports} desde el puerto {port} al respondedor, y llegó sin cambios: ningún SIP helper (SIP ALG) en el camino lo reescribió.</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>La comprobación envió un mensaje SIP por {transports} al respondedor, y llegó sin cambios: ningún SIP helper (SIP ALG) en el camino lo reescribió.</translation>
    </message>
    <message>
        <source>No SIP helper seen, but not from the product&apos;s SIP port</source>
        <translation>No se detectó ningún SIP helper, pero no desde el puerto SIP del producto</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), so the check sent its SIP message from port {port} instead, and it arrived unchanged. Many SIP helpers watch only the SIP port, so one may still be there.</source>
        <translation>Un programa de este equipo ocupa el puerto SIP del producto (a menudo la propia centralita), así que la comprobación envió su mensaje SIP desde el puerto {port}, y llegó sin cambios. Muchos SIP helpers solo vigilan el puerto SIP, así que puede que aun así haya uno.</translation>
    </message>
    <message>
        <source>To test the SIP port itself, stop the program that holds it while the check runs. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>Para probar el propio puerto SIP, detenga el programa que lo ocupa mientras dure la comprobación. Si es la centralita, las llamadas se cortan mientras esté parada: elija un momento tranquilo.</translation>
    </message>
    <message>
        <source>Whether a SIP helper rewrites SIP messages could not be told</source>
        <translation>No se pudo saber si un SIP helper reescribe los mensajes SIP</translation>
    </message>
    <message>
        <source>The SIP ALG test did not come to an answer.</source>
        <translation>La prueba del SIP ALG no llegó a ningún resultado.</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, but nothing came back. Some SIP helpers drop messages they cannot handle; the message or its echo may also have been lost.</source>
        <translation>La comprobación envió un mensaje SIP al respondedor, pero no volvió nada. Algunos SIP helpers descartan los mensajes que no saben procesar; también puede haberse perdido el mensaje o su eco.</translation>
    </message>
    <message>
        <source>The responder&apos;s SIP port refused or dropped the check&apos;s connection over TCP.</source>
        <translation>El puerto SIP del respondedor rehusó o descartó la conexión TCP de la comprobación.</translation>
    </message>
    <message>
        <source>No responder with a SIP port was at hand, so no SIP message could be sent.</source>
        <translation>No había ningún respondedor con puerto SIP disponible, así que no se pudo enviar ningún mensaje SIP.</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), and the check could not send its SIP message from it.</source>
        <translation>Un programa de este equipo ocupa el puerto SIP del producto (a menudo la propia centralita), y la comprobación no pudo enviar su mensaje SIP desde él.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Repita la comprobación.</translation>
    </message>
    <message>
        <source>If nothing comes back again, look on the router or firewall for a SIP helper (SIP ALG, SIP helper or SIP inspection) and switch it off.</source>
        <translation>Si de nuevo no vuelve nada, busque en el router o firewall un SIP helper (SIP ALG, SIP helper o inspección SIP) y desactívelo.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its SIP port takes TCP, and whether the firewall of its host lets TCP in on it.</source>
        <translation>Pregunte a quien gestione el respondedor si su puerto SIP acepta TCP y si el firewall de su host deja entrar TCP por él.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder to give it a SIP port (its --sip-port option).</source>
        <translation>Pida a quien gestione el respondedor que le asigne un puerto SIP (su opción --sip-port).</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>Servidores STUN</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Visto desde fuera (respondedor)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tal como se envió</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Tal como se recibió</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Lo que cambió el SIP helper</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>El router y lo que hay más allá</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Puertos públicos</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Adónde</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Su descripción</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>The router&apos;s forwards for the checked ports</source>
        <translation>Los reenvíos del router para los puertos comprobados</translation>
    </message>
    <message>
        <source>Hairpin NAT</source>
        <translation>NAT hairpin</translation>
    </message>
    <message>
        <source>Mapping lifetime</source>
        <translation>Duración de la asignación</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Puertos ocupados por otro programa</translation>
    </message>
    <message>
        <source>Your router, as the server saw it</source>
        <translation>Su router, visto desde el servidor</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Test 1</source>
        <translation>Prueba 1</translation>
    </message>
    <message>
        <source>Test 2</source>
        <translation>Prueba 2</translation>
    </message>
    <message>
        <source>Results per port</source>
        <translation>Resultados por puerto</translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation>Guardar informe &amp;HTML…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Guardar &amp;JSON…</translation>
    </message>
    <message>
        <source>Co&amp;py summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Repetir comprobación</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Informe guardado</translation>
    </message>
    <message numerus="yes">
        <source>{product}: %n port(s) checked in {seconds} s.</source>
        <translation>
            <numerusform>{product}: %n puerto comprobado en {seconds} s.</numerusform>
            <numerusform>{product}: %n puertos comprobados en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n port(s)</source>
        <translation>
            <numerusform>{title} — %n puerto</numerusform>
            <numerusform>{title} — %n puertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Second address: {other}.</source>
        <translation>Segunda dirección: {other}.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more port(s); the report lists them all.</source>
        <translation>
            <numerusform>…y %n puerto más; el informe los incluye todos.</numerusform>
            <numerusform>…y %n puertos más; el informe los incluye todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every forward.</source>
        <translation>Filas omitidas: {count}. El informe JSON incluye todos los reenvíos.</translation>
    </message>
    <message>
        <source>{part} ({transport})</source>
        <translation>{part} ({transport})</translation>
    </message>
    <message>
        <source>Allow for this check (administrator)</source>
        <translation>Permitir para esta comprobación (administrador)</translation>
    </message>
    <message>
        <source>Waiting for the administrator&apos;s approval…</source>
        <translation>Esperando la aprobación del administrador…</translation>
    </message>
    <message>
        <source>Allowed until this program closes.</source>
        <translation>Permitido hasta que se cierre este programa.</translation>
    </message>
    <message>
        <source>Not allowed: the prompt was declined.</source>
        <translation>No permitido: se rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Could not allow it: {problem}</source>
        <translation>No se pudo permitir: {problem}</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every port.</source>
        <translation>Filas omitidas: {count}. El informe JSON incluye todos los puertos.</translation>
    </message>
    <message>
        <source>Link quality</source>
        <translation>Calidad del enlace</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Port {port}: {program}</source>
        <translation>Puerto {port}: {program}</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Dirección IP pública</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Números de puerto</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Check these by hand (this check did not test them):</source>
        <translation>Compruebe estos manualmente (esta comprobación no los probó):</translation>
    </message>
    <message>
        <source>Check these by hand (STUN cannot test them):</source>
        <translation>Compruebe estos manualmente (STUN no puede probarlos):</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Could not save {path}: {problem}</source>
        <translation>No se pudo guardar {path}: {problem}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Resumen copiado al portapapeles.</translation>
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
        <translation>introducida a mano desde la página de estado del router</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>carrier-grade NAT of the provider</source>
        <translation>CGNAT del operador</translation>
    </message>
    <message>
        <source>another router in front (private address)</source>
        <translation>otro router delante (dirección privada)</translation>
    </message>
    <message>
        <source>another NAT beyond the router (other public address)</source>
        <translation>otro NAT más allá del router (otra dirección pública)</translation>
    </message>
    <message>
        <source>to this computer</source>
        <translation>a este equipo</translation>
    </message>
    <message>
        <source>to another device</source>
        <translation>a otro dispositivo</translation>
    </message>
    <message>
        <source>to this computer, other port</source>
        <translation>a este equipo, otro puerto</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, from 100.64.0.0/10, the range providers use for carrier-grade NAT (RFC 6598); the STUN server saw this site as {public}. The provider shares that public address among many customers, so traffic from the internet stops at the provider&apos;s NAT before it reaches this router.</source>
        <translation>La propia dirección de internet del router es {wan}, del rango 100.64.0.0/10, el que usan los proveedores para el CGNAT (RFC 6598); el servidor STUN vio este sitio como {public}. El proveedor comparte esa dirección pública entre muchos clientes, así que el tráfico de internet se detiene en el NAT del proveedor antes de llegar a este router.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, a private address (RFC 1918). Another device between it and the internet translates addresses too, most often the provider&apos;s modem or router, and traffic from the internet stops there unless it passes it on.</source>
        <translation>La propia dirección de internet del router es {wan}, una dirección privada (RFC 1918). Otro dispositivo entre él e internet también traduce direcciones, casi siempre el módem o el router del proveedor, y el tráfico de internet se detiene allí salvo que ese dispositivo lo reenvíe.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, but the STUN server saw this site come from {public}. Another NAT sits beyond this router (the provider&apos;s, or a second router), and traffic from the internet stops there unless it passes it on.</source>
        <translation>La propia dirección de internet del router es {wan}, pero el servidor STUN vio llegar este sitio desde {public}. Hay otro NAT más allá de este router (el del proveedor o un segundo router), y el tráfico de internet se detiene allí salvo que ese NAT lo reenvíe.</translation>
    </message>
    <message>
        <source>perhaps another NAT (not told for certain)</source>
        <translation>quizá otro NAT (sin certeza)</translation>
    </message>
    <message>
        <source>The router answered, but says its internet connection is not up, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers answer this way when their own internet address is private or shared, which means another NAT in front of them; but it cannot be told for certain from this answer.</source>
        <translation>El router respondió, pero dice que su conexión a Internet no está activa, mientras el tráfico de la comprobación pasó por él hacia Internet (el servidor STUN vio {public}). Los routers responden así cuando su propia dirección de Internet es privada o compartida, es decir, con otro NAT delante; pero esta respuesta no permite asegurarlo.</translation>
    </message>
    <message>
        <source>The router answered, but gave no internet (WAN) address of its own, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers with miniupnpd answer this way when their own internet address is private or shared, which means another NAT in front of them; but also when it lies in a reserved range or they are set up oddly, so it cannot be told for certain from this answer.</source>
        <translation>El router respondió, pero sin dar su propia dirección de Internet (WAN), mientras el tráfico de la comprobación pasó por él hacia Internet (el servidor STUN vio {public}). Los routers con miniupnpd responden así cuando su propia dirección de Internet es privada o compartida, es decir, con otro NAT delante; pero también cuando está en un rango reservado o están configurados de forma inusual, así que esta respuesta no permite asegurarlo.</translation>
    </message>
    <message>
        <source>The router forwards ports to this computer that still failed</source>
        <translation>El router reenvía a este equipo puertos que aun así fallaron</translation>
    </message>
    <message>
        <source>The router lists forwards of {ports} to this computer, yet nothing from the internet arrived on them. Something drops that traffic before the forward is used: a device in front of the router (often the provider&apos;s), or a firewall rule on the router itself.</source>
        <translation>El router indica reenvíos de {ports} a este equipo, pero no llegó nada desde Internet por ellos. Algo descarta ese tráfico antes de que se use el reenvío: un dispositivo delante del router (a menudo el del operador) o una regla del cortafuegos del propio router.</translation>
    </message>
    <message>
        <source>Check the router&apos;s firewall rules for these ports, and whether a device in front of the router passes them on; then run the check again.</source>
        <translation>Revise las reglas del cortafuegos del router para estos puertos y si un dispositivo delante del router los deja pasar; después, repita la comprobación.</translation>
    </message>
    <message>
        <source>Perhaps a second NAT sits between the router and the internet</source>
        <translation>Quizá haya un segundo NAT entre el router e Internet</translation>
    </message>
    <message>
        <source>The router&apos;s address was typed from its status page; the router was not asked.</source>
        <translation>La dirección del router se introdujo a mano desde su página de estado; no se consultó al router.</translation>
    </message>
    <message>
        <source>A second NAT sits between the router and the internet</source>
        <translation>Hay un segundo NAT entre el router e internet</translation>
    </message>
    <message>
        <source>Forwards on this router alone cannot make the failing ports work.</source>
        <translation>Los reenvíos en este router no bastan por sí solos para que funcionen los puertos que fallan.</translation>
    </message>
    <message>
        <source>A second NAT sits in front of the router, and lets the ports through now</source>
        <translation>Hay un segundo NAT delante del router, que por ahora deja pasar los puertos</translation>
    </message>
    <message>
        <source>The checked ports work, so that device passes traffic on to this router now (as an exposed host or DMZ, or with forwards of its own). A reset, a firmware update or a new device from the provider can undo that, and then the PBX&apos;s ports stop working.</source>
        <translation>Los puertos comprobados funcionan, así que ese dispositivo pasa ahora el tráfico a este router (como host expuesto o DMZ, o con reenvíos propios). Un restablecimiento, una actualización de firmware o un dispositivo nuevo del proveedor puede deshacerlo, y entonces los puertos de la centralita dejan de funcionar.</translation>
    </message>
    <message>
        <source>Traffic from the internet passes that device before it reaches this router&apos;s forwards: if ports fail, look there too.</source>
        <translation>El tráfico de internet pasa por ese dispositivo antes de llegar a los reenvíos de este router: si fallan puertos, revise también allí.</translation>
    </message>
    <message>
        <source>Ask the provider for a public IPv4 address for this line; no setting at the site can open a port through carrier-grade NAT.</source>
        <translation>Solicite al proveedor una dirección IPv4 pública para esta línea; ningún ajuste en el sitio puede abrir un puerto a través del CGNAT.</translation>
    </message>
    <message>
        <source>Find the device in front of this router, often the provider&apos;s modem or router, and put it into bridge mode, or make this router its exposed host (DMZ).</source>
        <translation>Localice el dispositivo que está delante de este router, a menudo el módem o el router del proveedor, y póngalo en modo puente (bridge), o haga de este router su host expuesto (DMZ).</translation>
    </message>
    <message>
        <source>Better still, put that device into bridge mode, so this router gets the public address itself and no second NAT is left to undo.</source>
        <translation>Mejor aún, ponga ese dispositivo en modo puente (bridge), para que este router obtenga él mismo la dirección pública y no quede ningún segundo NAT cuyo ajuste pueda perderse.</translation>
    </message>
    <message>
        <source>Note how the device in front is set up in the customer&apos;s documentation, so it can be set again after a reset or a swap.</source>
        <translation>Anote en la documentación del cliente cómo está configurado el dispositivo de delante, para poder volver a configurarlo tras un restablecimiento o una sustitución.</translation>
    </message>
    <message>
        <source>The router did not answer</source>
        <translation>El router no respondió</translation>
    </message>
    <message>
        <source>The router answered neither UPnP nor NAT-PMP nor PCP, so a second NAT in front of it could not be seen from here. Many routers have these switched off, which is no fault.</source>
        <translation>El router no respondió ni a UPnP ni a NAT-PMP ni a PCP, así que desde aquí no se pudo ver si hay un segundo NAT delante. Muchos routers los tienen desactivados, y eso no es un fallo.</translation>
    </message>
    <message>
        <source>To find out whether there is a second NAT, look up the internet (WAN) address on the router&apos;s status page, type it into the Test settings page or give it with --router-wan, and run the check again.</source>
        <translation>Para saber si hay un segundo NAT, consulte la dirección de internet (WAN) en la página de estado del router, escríbala en la página &quot;Configuración de la comprobación&quot; o indíquela con --router-wan, y repita la comprobación.</translation>
    </message>
    <message>
        <source>Other devices answered as routers</source>
        <translation>Otros dispositivos respondieron como routers</translation>
    </message>
    <message>
        <source>These are not this computer&apos;s way to the internet, so what they said was not used: {names}.</source>
        <translation>No son el camino de este equipo hacia internet, así que no se usó lo que dijeron: {names}.</translation>
    </message>
    <message>
        <source>The router forwards ports to another device</source>
        <translation>El router reenvía puertos a otro dispositivo</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer ({this}). Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>El router reenvía {ports} a otro dispositivo ({client}), no a este equipo ({this}). El tráfico de internet para esos puertos va allí: a menudo una centralita antigua, un teléfono u otro programa que agregó los reenvíos por UPnP.</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer. Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>El router reenvía {ports} a otro dispositivo ({client}), no a este equipo. El tráfico de internet para esos puertos va allí: a menudo una centralita antigua, un teléfono u otro programa que agregó los reenvíos por UPnP.</translation>
    </message>
    <message>
        <source>Delete those forwards on the router (on its port forwarding or UPnP page), and switch UPnP off on the other device if it added them.</source>
        <translation>Elimine esos reenvíos en el router (en su página de reenvío de puertos o de UPnP) y desactive UPnP en el otro dispositivo si fue él quien los agregó.</translation>
    </message>
    <message>
        <source>Forward the ports to this computer instead, then run the check again.</source>
        <translation>Reenvíe en su lugar los puertos a este equipo y después repita la comprobación.</translation>
    </message>
    <message>
        <source>The router forwards ports onto other port numbers</source>
        <translation>El router reenvía puertos a otros números de puerto</translation>
    </message>
    <message>
        <source>The router forwards public ports to other ports of this computer: {pairs}. The PBX listens on the port numbers it writes into its SIP messages, so each forward must keep the port number.</source>
        <translation>El router reenvía puertos públicos a otros puertos de este equipo: {pairs}. La centralita escucha en los números de puerto que escribe en sus mensajes SIP, así que cada reenvío debe mantener el número de puerto.</translation>
    </message>
    <message>
        <source>Change those forwards so the public port and the port on this computer are the same, then run the check again.</source>
        <translation>Cambie esos reenvíos para que el puerto público y el puerto en este equipo sean el mismo, y después repita la comprobación.</translation>
    </message>
    <message>
        <source>Some of the router&apos;s forwards are switched off</source>
        <translation>Algunos reenvíos del router están desactivados</translation>
    </message>
    <message>
        <source>The router lists forwards for {ports}, but they are switched off.</source>
        <translation>El router lista reenvíos para {ports}, pero están desactivados.</translation>
    </message>
    <message>
        <source>The router lists forwards for only some of the checked ports</source>
        <translation>El router solo lista reenvíos para algunos de los puertos comprobados</translation>
    </message>
    <message>
        <source>Its list covers {covered}, but not {missing}. Most routers list only the forwards programs added by UPnP, not those typed into their settings, so the others may still be forwarded there; the port results show whether they work.</source>
        <translation>Su lista cubre {covered}, pero no {missing}. La mayoría de los routers solo listan los reenvíos que agregaron programas por UPnP, no los introducidos en su configuración, así que los demás pueden estar reenviados igualmente; los resultados de los puertos muestran si funcionan.</translation>
    </message>
    <message>
        <source>The router forwards the checked ports to this computer</source>
        <translation>El router reenvía los puertos comprobados a este equipo</translation>
    </message>
    <message>
        <source>Its list forwards {ports} to this computer, each on the same port number.</source>
        <translation>Su lista reenvía {ports} a este equipo, cada uno al mismo número de puerto.</translation>
    </message>
    <message>
        <source>The router lists no forward for these ports</source>
        <translation>El router no lista ningún reenvío para estos puertos</translation>
    </message>
    <message>
        <source>Most routers list only the forwards programs added by UPnP, not those typed into their settings, so this says nothing about the forwards set up by hand; the port results show whether they work.</source>
        <translation>La mayoría de los routers solo listan los reenvíos que agregaron programas por UPnP, no los introducidos en su configuración, así que esto no dice nada de los reenvíos configurados a mano; los resultados de los puertos muestran si funcionan.</translation>
    </message>
    <message>
        <source>Why the check adds no UPnP forwards</source>
        <translation>Por qué la comprobación no agrega reenvíos UPnP</translation>
    </message>
    <message>
        <source>The check only reads the router&apos;s forwards; it never adds or removes one. UPnP forwards are no fix for a PBX: they vanish when the router restarts or their lease runs out, any device on the LAN can take the same ports, and many routers refuse large ranges. Forward the PBX&apos;s ports by hand in the router&apos;s settings.</source>
        <translation>La comprobación solo lee los reenvíos del router; nunca agrega ni elimina ninguno. Los reenvíos UPnP no son una solución para una centralita: desaparecen cuando el router se reinicia o vence su concesión, cualquier dispositivo de la LAN puede ocupar los mismos puertos y muchos routers rechazan rangos grandes. Reenvíe los puertos de la centralita a mano en la configuración del router.</translation>
    </message>
    <message>
        <source>Hairpin NAT works</source>
        <translation>El NAT hairpin funciona</translation>
    </message>
    <message>
        <source>A datagram from this computer to the public address {public} came back in through the router, and its answer went back out the same way: phones on the LAN that use the PBX&apos;s public name or address reach it.</source>
        <translation>Un datagrama de este equipo a la dirección pública {public} volvió a entrar por el router y su respuesta salió por el mismo camino: los teléfonos de la LAN que usan el nombre o la dirección pública de la centralita llegan a ella.</translation>
    </message>
    <message>
        <source>The router loops traffic back, but its answers go astray</source>
        <translation>El router devuelve el tráfico a la LAN, pero sus respuestas se pierden</translation>
    </message>
    <message>
        <source>A datagram to the public address {public} came back in, but from {source}, this computer&apos;s own address, not from the public address: the router loops traffic back without translating its source. A phone on the LAN then gets the PBX&apos;s answers straight from the PBX&apos;s LAN address, drops them, and cannot register by the public name. Calls from the internet are not affected.</source>
        <translation>Un datagrama a la dirección pública {public} volvió a entrar, pero desde {source}, la propia dirección de este equipo, no desde la dirección pública: el router devuelve el tráfico sin traducir su origen. Un teléfono de la LAN recibe entonces las respuestas de la centralita directamente desde la dirección LAN de esta, las descarta y no puede registrarse por el nombre público. Las llamadas desde internet no se ven afectadas.</translation>
    </message>
    <message>
        <source>Traffic to the PBX&apos;s public address does not come back (hairpin NAT)</source>
        <translation>El tráfico a la dirección pública de la centralita no vuelve (NAT hairpin)</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. Either the router does not loop such traffic back, or it loops it back without translating its source, and this computer then drops it as coming from itself. Phones on the LAN that register to the PBX&apos;s public name or address fail either way. This is no fault of the port forwards: calls from the internet are not affected.</source>
        <translation>Un datagrama de este equipo a la dirección pública {public} de la centralita no volvió a entrar. O el router no devuelve ese tráfico, o lo devuelve sin traducir su origen, y este equipo lo descarta como si viniera de sí mismo. Los teléfonos de la LAN que se registran con el nombre o la dirección públicos de la centralita fallan en ambos casos. No es culpa de los reenvíos de puertos: las llamadas desde Internet no se ven afectadas.</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. That address belongs to the device in front of this router (the second NAT), so it is that device that would have to loop the traffic back, whatever this router does. Phones on the LAN that register to the PBX&apos;s public name or address fail. Calls from the internet are not affected.</source>
        <translation>Un datagrama de este equipo a la dirección pública {public} de la centralita no volvió a entrar. Esa dirección pertenece al dispositivo delante de este router (el segundo NAT), así que es ese dispositivo el que tendría que devolver el tráfico, haga lo que haga este router. Los teléfonos de la LAN que se registran con el nombre o la dirección públicos de la centralita fallan. Las llamadas desde Internet no se ven afectadas.</translation>
    </message>
    <message>
        <source>Or switch on NAT loopback on the device in front of the router, where it offers it (bridge mode on that device removes the second NAT altogether).</source>
        <translation>O active el NAT loopback en el dispositivo delante del router, si lo ofrece (el modo puente en ese dispositivo elimina del todo el segundo NAT).</translation>
    </message>
    <message>
        <source>Switch on hairpin NAT on the router (it also goes by NAT loopback, NAT reflection or hairpinning), with the source translated too where the router offers that.</source>
        <translation>Active el NAT hairpin en el router (también llamado NAT loopback, reflexión NAT o hairpinning), traduciendo también el origen donde el router lo ofrezca.</translation>
    </message>
    <message>
        <source>On the router, make the loopback translate the source too (NAT reflection with masquerading, or a source NAT rule for LAN traffic to the public address).</source>
        <translation>En el router, haga que el loopback traduzca también el origen (NAT reflection con masquerading, o una regla de NAT de origen para el tráfico de la LAN hacia la dirección pública).</translation>
    </message>
    <message>
        <source>Or set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>O configure un DNS dividido (split DNS): haga que el servidor DNS de la LAN responda al nombre de la centralita con su dirección LAN, para que los teléfonos de la LAN lleguen a ella directamente sin necesitar loopback.</translation>
    </message>
    <message>
        <source>Set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>Configure DNS dividido (split DNS): que el servidor DNS de la LAN responda al nombre de la centralita con su dirección LAN, para que los teléfonos de la LAN la alcancen directamente sin loopback.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>Whether hairpin NAT works could not be told</source>
        <translation>No se pudo saber si el NAT hairpin funciona</translation>
    </message>
    <message>
        <source>The hairpin test did not come to an answer.</source>
        <translation>La prueba de hairpin no llegó a una respuesta.</translation>
    </message>
    <message>
        <source>Hairpin NAT was not tested</source>
        <translation>El NAT hairpin no se probó</translation>
    </message>
    <message>
        <source>No port passed test 2, so no forwarded port was there to loop back to. Once the forwards work, run the check again to test it.</source>
        <translation>Ningún puerto superó la prueba 2, así que no había ningún puerto reenviado al que devolver el tráfico. Cuando los reenvíos funcionen, repita la comprobación para probarlo.</translation>
    </message>
    <message>
        <source>The port the hairpin test needs is held by another program on this computer now.</source>
        <translation>El puerto que necesita la prueba de hairpin está ocupado ahora por otro programa de este equipo.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may have dropped the looped-back datagram, so its silence says nothing about the router.</source>
        <translation>Puede que el propio firewall de este equipo descartara el datagrama devuelto, así que su silencio no dice nada del router.</translation>
    </message>
    <message>
        <source>The link lost too many packets at the time to count a silence against the router.</source>
        <translation>El enlace perdía demasiados paquetes en ese momento como para atribuir un silencio al router.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>no funciona</translation>
    </message>
    <message>
        <source>loops back, but without translating the source</source>
        <translation>devuelve el tráfico, pero sin traducir el origen</translation>
    </message>
    <message>
        <source>could not be told</source>
        <translation>no se pudo saber</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no probado</translation>
    </message>
    <message>
        <source>The PBX refreshes its mappings by itself every {need} s.</source>
        <translation>La centralita refresca por sí misma sus asignaciones cada {need} s.</translation>
    </message>
    <message>
        <source>SIP registrations and calls on hold can stay quiet for {need} s and longer.</source>
        <translation>Los registros SIP y las llamadas en espera pueden quedar en silencio {need} s o más.</translation>
    </message>
    <message>
        <source>The router keeps idle UDP mappings long enough</source>
        <translation>El router mantiene las asignaciones UDP inactivas el tiempo suficiente</translation>
    </message>
    <message>
        <source>The router forgets idle UDP mappings too soon</source>
        <translation>El router olvida demasiado pronto las asignaciones UDP inactivas</translation>
    </message>
    <message>
        <source>Idle UDP mappings are forgotten too soon on the way out</source>
        <translation>Las asignaciones UDP inactivas se olvidan demasiado pronto en el camino hacia Internet</translation>
    </message>
    <message>
        <source>The router sits behind another NAT, so either of the two may be the one that forgets.</source>
        <translation>El router está detrás de otro NAT, así que cualquiera de los dos puede ser el que olvida.</translation>
    </message>
    <message>
        <source>Or make both the router and the device in front of it keep idle UDP mappings longer (their UDP timeout or UDP session timeout; RFC 4787 asks for at least 2 minutes); for carrier-grade NAT only the provider can.</source>
        <translation>O haga que tanto el router como el dispositivo delante mantengan más tiempo las asignaciones UDP inactivas (su tiempo de espera UDP o de sesión UDP; la RFC 4787 pide al menos 2 minutos); con CGNAT del operador, solo el operador puede hacerlo.</translation>
    </message>
    <message>
        <source>Whether the router keeps idle UDP mappings long enough could not be told</source>
        <translation>No se pudo saber si el router mantiene las asignaciones UDP inactivas el tiempo suficiente</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, the longest gap this test tried.</source>
        <translation>Una asignación UDP inactiva seguía abierta tras {alive} s, la pausa más larga que probó esta prueba.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, and gone after {expired} s.</source>
        <translation>Una asignación UDP inactiva seguía abierta tras {alive} s y había desaparecido tras {expired} s.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was gone after {expired} s, the shortest gap this test tried.</source>
        <translation>Una asignación UDP inactiva había desaparecido tras {expired} s, la pausa más corta que probó esta prueba.</translation>
    </message>
    <message>
        <source>Expect one-way or no audio after a call was on hold, and trunks or phones that cannot be reached between their registrations.</source>
        <translation>Cabe esperar audio en un solo sentido o sin audio tras poner una llamada en espera, y troncales o teléfonos inalcanzables entre sus registros.</translation>
    </message>
    <message>
        <source>The lifetime lies somewhere around what the PBX needs.</source>
        <translation>La duración está más o menos en torno a lo que necesita la centralita.</translation>
    </message>
    <message>
        <source>The test ended at its limit before reaching what the PBX needs.</source>
        <translation>La prueba terminó en su límite antes de llegar a lo que necesita la centralita.</translation>
    </message>
    <message>
        <source>Make the PBX refresh its mappings more often than every {seconds} s. {setting}</source>
        <translation>Haga que la centralita refresque sus asignaciones con más frecuencia que cada {seconds} s. {setting}</translation>
    </message>
    <message>
        <source>Make the PBX refresh its registrations and keep-alives more often than every {seconds} s.</source>
        <translation>Haga que la centralita renueve sus registros y keep-alives con más frecuencia que cada {seconds} s.</translation>
    </message>
    <message>
        <source>Or make the router keep idle UDP mappings longer (its UDP timeout or UDP session timeout): RFC 4787 asks for at least 2 minutes.</source>
        <translation>O haga que el router mantenga más tiempo las asignaciones UDP inactivas (su UDP timeout o tiempo de espera de sesión UDP): la RFC 4787 pide al menos 2 minutos.</translation>
    </message>
    <message>
        <source>Run the mapping lifetime test again with a longer limit.</source>
        <translation>Repita la prueba de duración de la asignación con un límite mayor.</translation>
    </message>
    <message>
        <source>No STUN server answered, so the lifetime could not be measured.</source>
        <translation>Ningún servidor STUN respondió, así que no se pudo medir la duración.</translation>
    </message>
    <message>
        <source>The STUN server does not send its answer to another port when asked (RESPONSE-PORT, RFC 5780), which this test needs.</source>
        <translation>El servidor STUN no envía su respuesta a otro puerto cuando se le pide (RESPONSE-PORT, RFC 5780), algo que esta prueba necesita.</translation>
    </message>
    <message>
        <source>The link lost the test&apos;s own control requests too, so a missing answer proves nothing about the router.</source>
        <translation>El enlace perdió también las propias solicitudes de control de la prueba, así que una respuesta que falta no demuestra nada sobre el router.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may forget the mapping before the router does, so a missing answer proves nothing about the router.</source>
        <translation>El propio firewall de este equipo puede olvidar la asignación antes que el router, así que una respuesta que falta no demuestra nada sobre el router.</translation>
    </message>
    <message>
        <source>The test was stopped before it was done.</source>
        <translation>La prueba se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Choose a STUN server that answers, and run the test again.</source>
        <translation>Elija un servidor STUN que responda y repita la prueba.</translation>
    </message>
    <message>
        <source>Choose a STUN server that supports RFC 5780 fully (coturn does), and run the test again.</source>
        <translation>Elija un servidor STUN que admita por completo la RFC 5780 (coturn lo hace) y repita la prueba.</translation>
    </message>
    <message>
        <source>Run the test again while the line is quiet.</source>
        <translation>Repita la prueba cuando la línea esté tranquila.</translation>
    </message>
    <message>
        <source>Let this program receive UDP through this computer&apos;s firewall (see This computer), and run the test again.</source>
        <translation>Permita que este programa reciba UDP a través del firewall de este equipo (vea &quot;Este equipo&quot;) y repita la prueba.</translation>
    </message>
    <message>
        <source>Up to then an idle UDP mapping was still open after {alive} s.</source>
        <translation>Hasta entonces, una asignación UDP inactiva seguía abierta tras {alive} s.</translation>
    </message>
    <message>
        <source>between {alive} and {expired} s</source>
        <translation>entre {alive} y {expired} s</translation>
    </message>
    <message>
        <source>at least {alive} s</source>
        <translation>al menos {alive} s</translation>
    </message>
    <message>
        <source>less than {expired} s</source>
        <translation>menos de {expired} s</translation>
    </message>
    <message>
        <source>{lifetime}: enough (the PBX needs {need} s)</source>
        <translation>{lifetime}: suficiente (la centralita necesita {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: too short (the PBX needs {need} s)</source>
        <translation>{lifetime}: demasiado corta (la centralita necesita {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: not enough to tell (the PBX needs {need} s)</source>
        <translation>{lifetime}: no basta para saberlo (la centralita necesita {need} s)</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <source>Checking the ports</source>
        <translation>Comprobando los puertos</translation>
    </message>
    <message>
        <source>Keep this window open. The PBX&apos;s ports must stay free while the check runs.</source>
        <translation>Mantenga abierta esta ventana. Los puertos de la centralita deben quedar libres mientras dure la comprobación.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Phase and pace</source>
        <translation>Fase y ritmo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%v of %m ports</source>
        <translation>%v de %m puertos</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Repetir comprobación</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>Resultados hasta ahora</translation>
    </message>
    <message>
        <source>Asking {servers}…</source>
        <translation>Consultando {servers}…</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far…</source>
        <translation>Terminando la prueba de duración con lo medido hasta ahora…</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server}: {problem}</translation>
    </message>
    <message>
        <source>Testing with {server} (second address {other}).</source>
        <translation>Probando con {server} (segunda dirección {other}).</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Esperando {time} a que el router olvide las respuestas de la comprobación anterior, para que no decidan esta…</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>quedan aprox. {time}</translation>
    </message>
    <message>
        <source>{time} so far</source>
        <translation>{time} transcurridos</translation>
    </message>
    <message>
        <source>{elapsed} of {limit}</source>
        <translation>{elapsed} de {limit}</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n port(s) again, more slowly: their first answers were not enough.</source>
        <translation>
            <numerusform>Consultando de nuevo %n puerto, más despacio: sus primeras respuestas no bastaron.</numerusform>
            <numerusform>Consultando de nuevo %n puertos, más despacio: sus primeras respuestas no bastaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing the ports from outside (responder)…</source>
        <translation>Probando los puertos desde fuera (respondedor)…</translation>
    </message>
    <message>
        <source>Testing for a SIP helper on the router…</source>
        <translation>Buscando un SIP helper en el router…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Consultando al router (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT: whether phones on the LAN reach the PBX by its public address…</source>
        <translation>Probando el NAT hairpin: si los teléfonos de la LAN llegan a la centralita por su dirección pública…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>En pausa: el servidor o el enlace dejó de responder a las solicitudes de control. Esperando a que se recupere…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests.</source>
        <translation>Reducido a {rate} solicitudes por segundo: el servidor o el enlace perdió solicitudes de control.</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping open.</source>
        <translation>Midiendo cuánto tiempo mantiene abierta el router una asignación UDP inactiva.</translation>
    </message>
    <message>
        <source>Gone after {seconds} s.</source>
        <translation>Desaparecida tras {seconds} s.</translation>
    </message>
    <message>
        <source>Still open after {seconds} s.</source>
        <translation>Aún abierta tras {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} ports. Run it again or go back.</source>
        <translation>Comprobación detenida tras {done} de {total} puertos. Repítala o vuelva atrás.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly.</source>
        <translation>La comprobación falló de forma inesperada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
</context>
<context>
    <name>ServerSpec</name>
    <message>
        <source>empty STUN server</source>
        <translation>servidor STUN vacío</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>&apos;{spec}&apos;: falta &apos;]&apos; después de la dirección IPv6</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>&apos;{spec}&apos;: se esperaba &apos;:port&apos; después de &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the port &apos;{port}&apos; is not a number</source>
        <translation>&apos;{spec}&apos;: el puerto &apos;{port}&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: port {port} is outside 1–65535</source>
        <translation>&apos;{spec}&apos;: el puerto {port} está fuera de 1–65535</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a host name or IP address</source>
        <translation>&apos;{spec}&apos; no es un nombre de host ni una dirección IP</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; needs a port, as in stun.example.net:3478</source>
        <translation>&apos;{spec}&apos; necesita un puerto, por ejemplo stun.example.net:3478</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not an IPv4 address such as 100.64.0.2 or 192.168.178.20</source>
        <translation>&apos;{spec}&apos; no es una dirección IPv4 como 100.64.0.2 o 192.168.178.20</translation>
    </message>
    <message>
        <source>{spec} cannot be a router&apos;s internet address: give the WAN address its status page shows</source>
        <translation>{spec} no puede ser la dirección de internet de un router: indique la dirección WAN que muestra su página de estado</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>This name does not exist in DNS. Check the spelling; the service may have been shut down.</source>
        <translation>Este nombre no existe en DNS. Revise cómo está escrito; puede que el servicio ya no exista.</translation>
    </message>
    <message>
        <source>DNS gave no answer for this name. Check this computer&apos;s DNS settings and internet access.</source>
        <translation>El DNS no dio respuesta para este nombre. Revise la configuración DNS de este equipo y el acceso a internet.</translation>
    </message>
    <message>
        <source>The name resolved, but the server did not answer. It may be down or on another port, or outgoing UDP is blocked.</source>
        <translation>El nombre se resolvió, pero el servidor no respondió. Puede estar fuera de servicio o en otro puerto, o el UDP saliente está bloqueado.</translation>
    </message>
    <message>
        <source>The server answers but has no second address, so it cannot test inbound traffic.</source>
        <translation>El servidor responde, pero no tiene segunda dirección, así que no puede probar el tráfico entrante.</translation>
    </message>
    <message>
        <source>The server names a second address but does not reply from it when asked, so it cannot test inbound traffic.</source>
        <translation>El servidor anuncia una segunda dirección, pero no responde desde ella cuando se le pide, así que no puede probar el tráfico entrante.</translation>
    </message>
    <message>
        <source>Not needed: a server earlier in the list was already suitable.</source>
        <translation>No fue necesario: un servidor anterior de la lista ya era adecuado.</translation>
    </message>
    <message>
        <source>The server announces a second address, but nothing answers there, so it cannot do test 2. Choose another server.</source>
        <translation>El servidor anuncia una segunda dirección, pero allí no responde nada, así que no puede hacer la prueba 2. Elija otro servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s second address answers, but the server never replies from it when asked to, not even where the router would let that reply in. It cannot do test 2. Choose another server.</source>
        <translation>La segunda dirección del servidor responde, pero el servidor nunca contesta desde ella cuando se le pide, ni siquiera donde el router dejaría entrar esa respuesta. No puede hacer la prueba 2. Elija otro servidor.</translation>
    </message>
    <message>
        <source>No answer came, but this computer reported a network error on the check&apos;s socket each time it asked, so the server was not really tested. A network adapter that resets, a VPN that connects or drops, or security software can do this.</source>
        <translation>No llegó ninguna respuesta, pero este equipo notificó un error de red en el socket de la comprobación cada vez que preguntó, así que el servidor no se probó de verdad. Puede deberse a un adaptador de red que se reinicia, una VPN que se conecta o se cae, o un software de seguridad.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Test settings</source>
        <translation>Configuración de la comprobación</translation>
    </message>
    <message>
        <source>The check asks STUN servers on the internet how the router treats each port. The defaults suit most sites.</source>
        <translation>La comprobación pregunta a servidores STUN de internet cómo trata el router cada puerto. Los valores predeterminados sirven para la mayoría de las instalaciones.</translation>
    </message>
    <message>
        <source>STUN servers, tried in this order</source>
        <translation>Servidores STUN, probados en este orden</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>Servidores STUN</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Product &amp;defaults</source>
        <translation>&amp;Predeterminados del producto</translation>
    </message>
    <message>
        <source>&amp;Add server:</source>
        <translation>A&amp;gregar servidor:</translation>
    </message>
    <message>
        <source>host or host:port, e.g. stun.example.net:3478</source>
        <translation>host o host:port, p. ej. stun.example.net:3478</translation>
    </message>
    <message>
        <source>New STUN server</source>
        <translation>Nuevo servidor STUN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Problem with the servers</source>
        <translation>Problema con los servidores</translation>
    </message>
    <message>
        <source>Where the check runs</source>
        <translation>Dónde se ejecuta la comprobación</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Este equipo:</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation>Direcciones de este equipo</translation>
    </message>
    <message>
        <source>&amp;PBX address:</source>
        <translation>Dirección de la &amp;centralita:</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Dirección de la centralita</translation>
    </message>
    <message>
        <source>the PBX&apos;s address in the LAN</source>
        <translation>dirección de la centralita en la LAN</translation>
    </message>
    <message>
        <source>The LAN address the router&apos;s port forwards point at.</source>
        <translation>La dirección LAN a la que apuntan los reenvíos de puertos del router.</translation>
    </message>
    <message>
        <source>Note about the PBX address</source>
        <translation>Nota sobre la dirección de la centralita</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tasa:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>New STUN requests a second. Public servers are shared: stay near the default unless the server is your own.</source>
        <translation>Nuevas solicitudes STUN por segundo. Los servidores públicos son compartidos: no se aleje del valor predeterminado salvo que el servidor sea suyo.</translation>
    </message>
    <message>
        <source>&amp;Time-out:</source>
        <translation>Tiempo de &amp;espera:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>How long to wait for each answer, resends included.</source>
        <translation>Cuánto esperar cada respuesta, retransmisiones incluidas.</translation>
    </message>
    <message>
        <source>Responder (optional)</source>
        <translation>Respondedor (opcional)</translation>
    </message>
    <message>
        <source>A responder your support team runs on a server on the internet. It tests the TCP ports and whether the router rewrites SIP messages, and it checks incoming UDP a second way, without a STUN server&apos;s second address.</source>
        <translation>Un respondedor que su equipo de soporte tiene en marcha en un servidor de internet. Prueba los puertos TCP y si el router reescribe los mensajes SIP, y comprueba el UDP entrante de una segunda forma, sin la segunda dirección de un servidor STUN.</translation>
    </message>
    <message>
        <source>R&amp;esponder:</source>
        <translation>&amp;Respondedor:</translation>
    </message>
    <message>
        <source>Responder address</source>
        <translation>Dirección del respondedor</translation>
    </message>
    <message>
        <source>host or host:port from your support team; empty: none</source>
        <translation>host o host:port de su equipo de soporte; vacío: ninguno</translation>
    </message>
    <message>
        <source>Problem with the responder address</source>
        <translation>Problema con la dirección del respondedor</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Secret&amp;o:</translation>
    </message>
    <message>
        <source>Responder secret</source>
        <translation>Secreto del respondedor</translation>
    </message>
    <message>
        <source>only if the responder asks for one</source>
        <translation>solo si el respondedor lo pide</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Remember the secret in the system&apos;s &amp;key store</source>
        <translation>Recordar el secreto en el a&amp;lmacén de claves del sistema</translation>
    </message>
    <message>
        <source>Note about the key store</source>
        <translation>Nota sobre el almacén de claves</translation>
    </message>
    <message>
        <source>TCP p&amp;orts:</source>
        <translation>P&amp;uertos TCP:</translation>
    </message>
    <message>
        <source>TCP ports</source>
        <translation>Puertos TCP</translation>
    </message>
    <message>
        <source>none, or e.g. 22, 443, 5060-5061</source>
        <translation>ninguno, o p. ej. 22, 443, 5060-5061</translation>
    </message>
    <message>
        <source>The responder connects to these ports from outside. The default is every port the product needs reachable over TCP.</source>
        <translation>El respondedor se conecta a estos puertos desde fuera. De forma predeterminada, son todos los puertos que el producto necesita accesibles por TCP.</translation>
    </message>
    <message>
        <source>Problem with the TCP ports</source>
        <translation>Problema con los puertos TCP</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Ask the router (UPnP IGD, &amp;NAT-PMP)</source>
        <translation>Consultar al router (UPnP IGD, &amp;NAT-PMP)</translation>
    </message>
    <message>
        <source>Reads the router&apos;s internet address and its port forwards, to see whether a second NAT sits in front of it or a forward points elsewhere. Nothing is changed on the router.</source>
        <translation>Lee la dirección de internet del router y sus reenvíos de puertos, para ver si hay un segundo NAT delante o si un reenvío apunta a otro sitio. No se cambia nada en el router.</translation>
    </message>
    <message>
        <source>WAN address on its status pa&amp;ge:</source>
        <translation>Dirección &amp;WAN en su página de estado:</translation>
    </message>
    <message>
        <source>The router&apos;s WAN address</source>
        <translation>Dirección WAN del router</translation>
    </message>
    <message>
        <source>optional, e.g. 100.64.0.2</source>
        <translation>opcional, p. ej. 100.64.0.2</translation>
    </message>
    <message>
        <source>The internet (WAN) address the router&apos;s status page shows. It tells whether a second NAT sits in front of the router when the router does not answer.</source>
        <translation>La dirección de internet (WAN) que muestra la página de estado del router. Indica si hay un segundo NAT delante del router cuando este no responde.</translation>
    </message>
    <message>
        <source>Problem with the WAN address</source>
        <translation>Problema con la dirección WAN</translation>
    </message>
    <message>
        <source>Test hairpin NAT (NAT &amp;loopback)</source>
        <translation>Probar el NAT &amp;hairpin (NAT loopback)</translation>
    </message>
    <message>
        <source>Whether phones on the LAN reach the PBX by its public address, as they do when they use its public name.</source>
        <translation>Si los teléfonos de la LAN llegan a la centralita por su dirección pública, como ocurre cuando usan su nombre público.</translation>
    </message>
    <message>
        <source>Measure how long it keeps &amp;idle UDP mappings, up to</source>
        <translation>Medir cuánto tiempo mantiene las asignaciones UDP inacti&amp;vas, hasta</translation>
    </message>
    <message>
        <source>A longer test: it waits for ever longer idle gaps, up to the limit, and adds about that long to the check. It shows whether calls on hold and registrations keep working.</source>
        <translation>Una prueba más larga: espera pausas cada vez más largas, hasta el límite, y alarga la comprobación aproximadamente ese tiempo. Muestra si las llamadas en espera y los registros siguen funcionando.</translation>
    </message>
    <message>
        <source>Longest idle gap to try</source>
        <translation>Pausa más larga que probar</translation>
    </message>
    <message>
        <source>no network address found</source>
        <translation>no se encontró ninguna dirección de red</translation>
    </message>
    <message>
        <source>Add at least one STUN server.</source>
        <translation>Agregue al menos un servidor STUN.</translation>
    </message>
    <message>
        <source>Line {row}: {problem}</source>
        <translation>Línea {row}: {problem}</translation>
    </message>
    <message>
        <source>Leave empty if the PBX runs on this computer.</source>
        <translation>Déjelo vacío si la centralita se ejecuta en este equipo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10.</source>
        <translation>&apos;{text}&apos; no es una dirección IPv4 como 192.168.1.10.</translation>
    </message>
    <message>
        <source>{pbx} is not this computer. The router&apos;s forwards must point at the PBX, so run this check on the PBX itself; from here it tests this computer&apos;s ports instead.</source>
        <translation>{pbx} no es este equipo. Los reenvíos del router deben apuntar a la centralita, así que ejecute esta comprobación en la propia centralita; desde aquí se prueban los puertos de este equipo, no los de la centralita.</translation>
    </message>
    <message>
        <source>The check runs on the PBX itself, as it should.</source>
        <translation>La comprobación se ejecuta en la propia centralita, como debe ser.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), which looks like a VPN. Disconnect the VPN before the check, or it measures the VPN&apos;s way out instead of the PBX&apos;s router.</source>
        <translation>El tráfico hacia internet sale de este equipo por {adapter} ({source}), que parece una VPN. Desconecte la VPN antes de la comprobación, o medirá la salida de la VPN en lugar del router de la centralita.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), a virtual adapter. If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the check measures it instead of the PBX&apos;s router.</source>
        <translation>El tráfico hacia internet sale de este equipo por {adapter} ({source}), un adaptador virtual. Si traduce direcciones por sí mismo (Default Switch de Hyper-V, WSL, Docker), la comprobación lo mide a él en lugar del router de la centralita.</translation>
    </message>
    <message>
        <source>{pbx} is this computer&apos;s, but traffic to the internet leaves from {source} ({adapter}), so the check would measure that way out, not the PBX&apos;s. Disconnect the other connection, or run the check where {pbx} leads to the internet.</source>
        <translation>{pbx} es de este equipo, pero el tráfico hacia internet sale desde {source} ({adapter}), así que la comprobación mediría esa salida y no la de la centralita. Desconecte la otra conexión, o haga la comprobación donde {pbx} lleve a internet.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name.</source>
        <translation>&apos;{text}&apos;: al respondedor se llega por IPv4; indique su dirección IPv4 o su nombre.</translation>
    </message>
    <message>
        <source>Kept under the responder&apos;s address, where the system keeps passwords. Unticked, the secret is used for this check only and a kept one is removed.</source>
        <translation>Se guarda con la dirección del respondedor, donde el sistema guarda las contraseñas. Sin marcar, el secreto solo se usa para esta comprobación y se elimina el que estuviera guardado.</translation>
    </message>
    <message>
        <source>This computer has no key store the program can use, so the secret cannot be remembered: type it for each check.</source>
        <translation>Este equipo no tiene ningún almacén de claves que el programa pueda usar, así que no se puede recordar el secreto: escríbalo en cada comprobación.</translation>
    </message>
    <message>
        <source>Could not read the kept secret from the key store: {problem}. Type it again, or leave the field empty to keep the stored one.</source>
        <translation>No se pudo leer el secreto guardado del almacén de claves: {problem}. Escríbalo de nuevo, o deje el campo vacío para conservar el guardado.</translation>
    </message>
    <message>
        <source>Could not store the secret in the key store: {problem}. It is used for this check only; press Start check again to go on.</source>
        <translation>No se pudo guardar el secreto en el almacén de claves: {problem}. Solo se usa para esta comprobación; pulse de nuevo &quot;Iniciar comprobación&quot; para continuar.</translation>
    </message>
    <message>
        <source>Could not remove the kept secret from the key store: {problem}.</source>
        <translation>No se pudo eliminar el secreto guardado del almacén de claves: {problem}.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>A small internet protocol: a server tells a device which public address and port its traffic came from. This check uses it to see what the router does to each port.</source>
        <translation>Un protocolo de internet sencillo: un servidor le indica a un dispositivo desde qué dirección y puerto públicos le llegó su tráfico. Esta comprobación lo usa para ver qué hace el router con cada puerto.</translation>
    </message>
    <message>
        <source>Network address translation: on the way out, the router replaces the private addresses of the local network with its own public address.</source>
        <translation>Traducción de direcciones de red: a la salida, el router sustituye las direcciones privadas de la red local por su propia dirección pública.</translation>
    </message>
    <message>
        <source>A kind of NAT where, once a public port is open, traffic from any address on the internet reaches the device behind it. A one-to-one port forward gives the same.</source>
        <translation>NAT de cono completo: tipo de NAT en el que, una vez abierto un puerto público, el tráfico de cualquier dirección de internet llega al dispositivo que hay detrás. Un reenvío de puertos uno a uno consigue lo mismo.</translation>
    </message>
    <message>
        <source>A kind of NAT that uses a new public port for every destination. Calls through it fail unless the router is set to keep ports fixed.</source>
        <translation>NAT simétrico: tipo de NAT que usa un puerto público nuevo para cada destino. Las llamadas a través de él fallan, salvo que el router se configure para mantener los puertos fijos.</translation>
    </message>
    <message>
        <source>The router keeps the device&apos;s own port number when it translates the address, so local port 5060 goes out as public port 5060.</source>
        <translation>Conservación de puertos: el router mantiene el número de puerto propio del dispositivo al traducir la dirección, de modo que el puerto local 5060 sale como puerto público 5060.</translation>
    </message>
    <message>
        <source>A router feature, also called SIP helper, that rewrites SIP messages on the way through. It often gets them wrong; switch it off when the PBX handles NAT itself.</source>
        <translation>Función del router, también llamada SIP helper, que reescribe los mensajes SIP a su paso. A menudo lo hace mal; desactívela cuando la centralita gestione el NAT por sí misma.</translation>
    </message>
    <message>
        <source>A small server a support team runs on the internet: it sends test traffic to this computer from outside and sends SIP messages back as they arrived. With it the check tests TCP ports and SIP helpers, which STUN cannot.</source>
        <translation>Respondedor: pequeño servidor que un equipo de soporte mantiene en internet; envía tráfico de prueba a este equipo desde fuera y devuelve los mensajes SIP tal como llegaron. Con él, la comprobación prueba puertos TCP y SIP helpers, algo que STUN no puede hacer.</translation>
    </message>
    <message>
        <source>A router rule that sends everything arriving on a public port to the same port on one LAN device, and sends that device&apos;s traffic out on the same port.</source>
        <translation>Reenvío uno a uno: regla del router que envía todo lo que llega a un puerto público al mismo puerto de un dispositivo de la LAN, y saca el tráfico de ese dispositivo por ese mismo puerto.</translation>
    </message>
    <message>
        <source>NAT run by the internet provider, so the customer&apos;s router has no public address of its own. No port can be forwarded through it.</source>
        <translation>CGNAT (NAT del operador): NAT gestionado por el proveedor de internet, de modo que el router del cliente no tiene dirección pública propia. A través de él no se puede reenviar ningún puerto.</translation>
    </message>
    <message>
        <source>A router feature, also called NAT loopback or NAT reflection, that lets a device on the LAN reach another one there by the site&apos;s public address.</source>
        <translation>Una función del router, también llamada NAT loopback o NAT reflection, que permite a un dispositivo de la LAN llegar a otro de la misma LAN por la dirección pública del sitio.</translation>
    </message>
    <message>
        <source>A way for programs on the LAN to ask the router for its internet address and to add port forwards without a password. The check only reads what the router says.</source>
        <translation>Una forma de que los programas de la LAN pidan al router su dirección de internet y agreguen reenvíos de puertos sin contraseña. La comprobación solo lee lo que dice el router.</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping open for traffic coming back. A PBX must send something before it runs out, or calls and registrations break.</source>
        <translation>Cuánto tiempo mantiene abierta el router una asignación UDP inactiva para el tráfico de vuelta. Una centralita debe enviar algo antes de que venza, o fallan las llamadas y los registros.</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>None of the STUN server names could be resolved.</source>
        <translation>No se pudo resolver ninguno de los nombres de servidor STUN.</translation>
    </message>
    <message>
        <source>No STUN server answered, not even requests sent from a random port.</source>
        <translation>Ningún servidor STUN respondió, ni siquiera a solicitudes enviadas desde un puerto aleatorio.</translation>
    </message>
    <message>
        <source>The STUN servers that answered cannot test inbound traffic; only outgoing traffic was checked.</source>
        <translation>Los servidores STUN que respondieron no pueden probar el tráfico entrante; solo se comprobó el tráfico saliente.</translation>
    </message>
    <message>
        <source>Some ports are held by another program on this computer and were not tested.</source>
        <translation>Algunos puertos están ocupados por otro programa de este equipo y no se probaron.</translation>
    </message>
    <message>
        <source>All checked ports behave as the product needs.</source>
        <translation>Todos los puertos comprobados se comportan como necesita el producto.</translation>
    </message>
    <message>
        <source>Some ports behave as the product needs, others do not.</source>
        <translation>Algunos puertos se comportan como necesita el producto y otros no.</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer on ports that must be forwarded.</source>
        <translation>El tráfico de internet no llega a este equipo por puertos que deben estar reenviados.</translation>
    </message>
    <message>
        <source>The router changes the numbers of ports that must be forwarded one-to-one.</source>
        <translation>El router cambia los números de los puertos que deben reenviarse uno a uno.</translation>
    </message>
    <message>
        <source>The router uses a different public port for each destination (symmetric NAT).</source>
        <translation>El router usa un puerto público distinto para cada destino (NAT simétrico).</translation>
    </message>
    <message>
        <source>Outgoing traffic from some ports gets no answer; something blocks it.</source>
        <translation>El tráfico saliente de algunos puertos no recibe respuesta; algo lo bloquea.</translation>
    </message>
    <message>
        <source>The operating system refused to open some ports, so they were not tested.</source>
        <translation>El sistema operativo no permitió abrir algunos puertos, así que no se probaron.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the check&apos;s test traffic out, so the router could not be judged for some ports.</source>
        <translation>El firewall de este equipo bloqueó el tráfico de prueba de la comprobación, así que no se pudo juzgar el router para algunos puertos.</translation>
    </message>
    <message>
        <source>Windows reserves some of the PBX&apos;s ports for itself; the PBX cannot use them.</source>
        <translation>Windows se reserva algunos puertos de la centralita; la centralita no puede usarlos.</translation>
    </message>
    <message>
        <source>Every checked port works, but a SIP helper (SIP ALG) on the way rewrites SIP messages.</source>
        <translation>Todos los puertos comprobados funcionan, pero un SIP helper (SIP ALG) en el camino reescribe los mensajes SIP.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router keeps traffic from the internet out; forwards on this router alone cannot be enough.</source>
        <translation>Un segundo NAT delante del router deja fuera el tráfico de internet; los reenvíos en este router no pueden bastar por sí solos.</translation>
    </message>
    <message>
        <source>No port failed for certain, but the results of some ports are not conclusive.</source>
        <translation>Ningún puerto falló con certeza, pero los resultados de algunos puertos no son concluyentes.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; the results are incomplete.</source>
        <translation>La comprobación se detuvo antes de terminar; los resultados están incompletos.</translation>
    </message>
    <message>
        <source>STUN server names not found</source>
        <translation>No se encontraron los nombres de los servidores STUN</translation>
    </message>
    <message>
        <source>This computer could not turn any STUN server name into an address, so no port was checked. Either name lookup (DNS) does not work here, or the names are wrong or the service no longer exists. If DNS is the cause, the PBX will also fail to reach its SIP provider by name.</source>
        <translation>Este equipo no pudo convertir ningún nombre de servidor STUN en una dirección, así que no se comprobó ningún puerto. O la resolución de nombres (DNS) no funciona aquí, o los nombres son incorrectos o el servicio ya no existe. Si la causa es el DNS, la centralita tampoco podrá llegar a su proveedor SIP por nombre.</translation>
    </message>
    <message>
        <source>Check the spelling of each STUN server name and its port.</source>
        <translation>Revise cómo está escrito cada nombre de servidor STUN y su puerto.</translation>
    </message>
    <message>
        <source>Open a command prompt and run nslookup with the server name after it. If it prints an address, DNS works for that name.</source>
        <translation>Abra un símbolo del sistema y ejecute nslookup seguido del nombre del servidor. Si muestra una dirección, el DNS funciona para ese nombre.</translation>
    </message>
    <message>
        <source>If nslookup fails for every name, check this computer&apos;s DNS settings: the DNS servers of the network adapter, a VPN client, or a DNS filter on the firewall.</source>
        <translation>Si nslookup falla con todos los nombres, revise la configuración DNS de este equipo: los servidores DNS del adaptador de red, un cliente VPN o un filtro DNS en el firewall.</translation>
    </message>
    <message>
        <source>If only some names fail, those services may be gone. Use another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Si solo fallan algunos nombres, puede que esos servicios ya no existan. Use otro servidor STUN, por ejemplo uno de la lista predeterminada del producto.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, repita la comprobación.</translation>
    </message>
    <message>
        <source>No STUN server answers</source>
        <translation>Ningún servidor STUN responde</translation>
    </message>
    <message>
        <source>The server names resolved, but no server replied, even to a request from a random port. So the cause is not one port: this computer has no working internet access, outgoing UDP is blocked as a whole, or the servers are down or use another port. No port could be tested.</source>
        <translation>Los nombres de los servidores se resolvieron, pero ningún servidor respondió, ni siquiera a una solicitud desde un puerto aleatorio. Por tanto, la causa no es un puerto concreto: este equipo no tiene un acceso a internet que funcione, el UDP saliente está bloqueado por completo, o los servidores están fuera de servicio o usan otro puerto. No se pudo probar ningún puerto.</translation>
    </message>
    <message>
        <source>Check that this computer can reach the internet: open a website.</source>
        <translation>Compruebe que este equipo tiene acceso a internet: abra un sitio web.</translation>
    </message>
    <message>
        <source>Check the port of each server entry. STUN usually listens on UDP port 3478, but some servers use another one.</source>
        <translation>Revise el puerto de cada servidor de la lista. STUN suele escuchar en el puerto UDP 3478, pero algunos servidores usan otro.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for a rule that blocks outgoing UDP from this computer, or that allows only web and DNS traffic out.</source>
        <translation>En el router o firewall, busque una regla que bloquee el UDP saliente de este equipo o que solo deje salir tráfico web y DNS.</translation>
    </message>
    <message>
        <source>Check Windows Defender Firewall and any security software on this computer for rules that block outgoing UDP.</source>
        <translation>Revise si el Firewall de Windows Defender o algún software de seguridad de este equipo tiene reglas que bloqueen el UDP saliente.</translation>
    </message>
    <message>
        <source>Try another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Pruebe con otro servidor STUN, por ejemplo uno de la lista predeterminada del producto, y repita la comprobación.</translation>
    </message>
    <message>
        <source>STUN server cannot test inbound traffic</source>
        <translation>El servidor STUN no puede probar el tráfico entrante</translation>
    </message>
    <message>
        <source>The servers that answered either have no second address or do not reply from it when asked. Without that, only test 1 (outgoing traffic) can run, and whether the ports are reachable from the internet stays unknown. The test 1 results are shown below.</source>
        <translation>Los servidores que respondieron no tienen segunda dirección o no responden desde ella cuando se les pide. Sin eso, solo se puede hacer la prueba 1 (tráfico saliente) y no se sabe si los puertos son accesibles desde internet. Abajo se muestran los resultados de la prueba 1.</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address and replies from it on request, for example one from the product&apos;s default list.</source>
        <translation>Use un servidor STUN que tenga segunda dirección y responda desde ella cuando se le pida, por ejemplo uno de la lista predeterminada del producto.</translation>
    </message>
    <message>
        <source>Many free public STUN servers run on a single address; they cannot be used for this check.</source>
        <translation>Muchos servidores STUN públicos gratuitos funcionan con una sola dirección; no sirven para esta comprobación.</translation>
    </message>
    <message>
        <source>Ports used by another program</source>
        <translation>Puertos usados por otro programa</translation>
    </message>
    <message>
        <source>Another program on this computer already holds some of the ports, so they could not be tested. Usually that is the PBX service itself or a softphone. The free ports were checked as usual.</source>
        <translation>Otro programa de este equipo ya ocupa algunos de los puertos, así que no se pudieron probar. Normalmente es el propio servicio de la centralita o un softphone. Los puertos libres se comprobaron con normalidad.</translation>
    </message>
    <message>
        <source>Firewall set up correctly</source>
        <translation>Firewall configurado correctamente</translation>
    </message>
    <message>
        <source>Every checked port behaves as required. Ports that must be forwarded are reachable from the internet on the same port number, and outbound ports keep a stable public port. On the network side, trunks, remote phones and audio can work.</source>
        <translation>Todos los puertos comprobados se comportan como se requiere. Los puertos que deben reenviarse son accesibles desde internet con el mismo número de puerto, y los puertos salientes mantienen un puerto público estable. Por parte de la red, las troncales, los teléfonos remotos y el audio pueden funcionar.</translation>
    </message>
    <message>
        <source>Note the current router and firewall rules in the customer&apos;s documentation, so they can be restored after a router swap or reset.</source>
        <translation>Anote las reglas actuales del router y del firewall en la documentación del cliente, para poder restaurarlas tras un cambio o un restablecimiento del router.</translation>
    </message>
    <message>
        <source>If calls still fail, look elsewhere: the public IP settings of the PBX, the SIP provider&apos;s account data, and any TCP ports listed for a check by hand.</source>
        <translation>Si las llamadas siguen fallando, busque la causa en otra parte: la configuración de IP pública de la centralita, los datos de la cuenta del proveedor SIP y los puertos TCP indicados para comprobar manualmente.</translation>
    </message>
    <message>
        <source>Run the check again after any change to the router, the firewall or the internet line.</source>
        <translation>Repita la comprobación tras cualquier cambio en el router, el firewall o la línea de internet.</translation>
    </message>
    <message>
        <source>Some ports fail</source>
        <translation>Algunos puertos fallan</translation>
    </message>
    <message>
        <source>Some ports behave correctly and some do not. Calls may work one time and fail the next, for example with no audio whenever the PBX picks a media port from the failing part.</source>
        <translation>Algunos puertos se comportan correctamente y otros no. Las llamadas pueden funcionar una vez y fallar la siguiente, por ejemplo sin audio cada vez que la centralita elige un puerto de medios de la parte que falla.</translation>
    </message>
    <message>
        <source>Look at which ports failed. A block at the start or end of a range usually means the forwarding rule covers less than the full range.</source>
        <translation>Fíjese en qué puertos fallaron. Un bloque al principio o al final de un rango suele indicar que la regla de reenvío no cubre el rango completo.</translation>
    </message>
    <message>
        <source>Check that every forwarding rule points to this computer&apos;s LAN address. A rule left over from an old PBX or another device can take part of the range.</source>
        <translation>Compruebe que todas las reglas de reenvío apunten a la dirección LAN de este equipo. Una regla que quedó de una centralita antigua o de otro dispositivo puede quedarse con parte del rango.</translation>
    </message>
    <message>
        <source>If the first ports pass and all later ones fail, the firewall&apos;s port scan or flood protection may have reacted to the check. Switch it off for the check, or exempt this computer, and run the check again.</source>
        <translation>Si los primeros puertos pasan y todos los siguientes fallan, puede que la protección contra escaneo de puertos o contra inundación (flood) del firewall haya reaccionado a la comprobación. Desactívela durante la comprobación, o excluya este equipo, y repita la comprobación.</translation>
    </message>
    <message>
        <source>For each failing port, follow the steps given for its result.</source>
        <translation>Para cada puerto con fallo, siga los pasos indicados para su resultado.</translation>
    </message>
    <message>
        <source>Port forwarding is missing</source>
        <translation>Falta el reenvío de puertos</translation>
    </message>
    <message>
        <source>Outgoing traffic works, but traffic from the internet does not reach this computer on ports that must be forwarded. Expect incoming calls that fail, remote phones that do not register, and calls with one-way or no audio.</source>
        <translation>El tráfico saliente funciona, pero el tráfico de internet no llega a este equipo por los puertos que deben reenviarse. Cabe esperar llamadas entrantes que fallan, teléfonos remotos que no se registran y llamadas con audio en un solo sentido o sin audio.</translation>
    </message>
    <message>
        <source>Router changes port numbers</source>
        <translation>El router cambia los números de puerto</translation>
    </message>
    <message>
        <source>The router sends the PBX&apos;s traffic out on other port numbers than the PBX uses. The PBX writes its own port numbers into its SIP messages, so the other side answers on ports that do not lead back to it. Expect one-way or no audio, and trunks or remote phones that drop.</source>
        <translation>El router saca el tráfico de la centralita por números de puerto distintos de los que usa la centralita. Esta escribe sus propios números de puerto en sus mensajes SIP, así que el otro extremo responde a puertos que no llevan de vuelta a ella. Cabe esperar audio en un solo sentido o sin audio, y troncales o teléfonos remotos que se desconectan.</translation>
    </message>
    <message>
        <source>Symmetric NAT: public port changes per destination</source>
        <translation>NAT simétrico: el puerto público cambia según el destino</translation>
    </message>
    <message>
        <source>The router picks a new public port each time the PBX talks to a new destination. The public address the PBX learns with STUN is then wrong for the provider and the phones, so registrations and audio fail, often at random.</source>
        <translation>El router elige un puerto público nuevo cada vez que la centralita se comunica con un destino nuevo. La dirección pública que la centralita obtiene con STUN no sirve entonces para el proveedor ni para los teléfonos, así que fallan los registros y el audio, a menudo de forma aleatoria.</translation>
    </message>
    <message>
        <source>Outgoing traffic blocked on some ports</source>
        <translation>Tráfico saliente bloqueado en algunos puertos</translation>
    </message>
    <message>
        <source>The STUN server answers requests this computer sends from other ports, but not those sent from these ports. Something filters outgoing UDP by port: a rule on the router or firewall, Windows Defender Firewall, security software, or the internet provider. The PBX cannot use these ports until that is fixed.</source>
        <translation>El servidor STUN responde a las solicitudes que este equipo envía desde otros puertos, pero no a las enviadas desde estos puertos. Algo filtra el UDP saliente por puerto: una regla del router o firewall, el Firewall de Windows Defender, un software de seguridad o el proveedor de internet. La centralita no podrá usar estos puertos hasta que se corrija.</translation>
    </message>
    <message>
        <source>Ports could not be opened</source>
        <translation>No se pudieron abrir los puertos</translation>
    </message>
    <message>
        <source>The operating system did not let this program open some ports, so they were not tested. Their results say nothing about the router yet.</source>
        <translation>El sistema operativo no permitió a este programa abrir algunos puertos, así que no se probaron. Sus resultados aún no dicen nada sobre el router.</translation>
    </message>
    <message>
        <source>Blocked by this computer&apos;s firewall</source>
        <translation>Bloqueado por el firewall de este equipo</translation>
    </message>
    <message>
        <source>No port failed for certain because of the router. For some ports the answer from the STUN server&apos;s second address did not arrive, and this computer&apos;s own firewall would have dropped it whatever the router did. Those ports say nothing about the router; what the firewall showed is given under This computer.</source>
        <translation>Ningún puerto falló con certeza por culpa del router. En algunos puertos no llegó la respuesta desde la segunda dirección del servidor STUN, y el propio firewall de este equipo la habría descartado hiciera lo que hiciera el router. Esos puertos no dicen nada sobre el router; lo que mostró el firewall se indica en &quot;Este equipo&quot;.</translation>
    </message>
    <message>
        <source>Ports reserved by Windows</source>
        <translation>Puertos reservados por Windows</translation>
    </message>
    <message>
        <source>Windows keeps some of the PBX&apos;s ports for itself, so no program can open them: not this check, and not the PBX. Calls that need those ports fail on this computer before the router is even involved.</source>
        <translation>Windows se reserva algunos puertos de la centralita, así que ningún programa puede abrirlos: ni esta comprobación ni la centralita. Las llamadas que necesitan esos puertos fallan en este equipo antes de que intervenga siquiera el router.</translation>
    </message>
    <message>
        <source>SIP helper rewrites SIP messages</source>
        <translation>Un SIP helper reescribe los mensajes SIP</translation>
    </message>
    <message>
        <source>The ports behave as the product needs, but the router or a firewall on the way changes SIP messages as they pass: it rewrites the addresses and ports the PBX writes into them. Calls then fail in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>Los puertos se comportan como necesita el producto, pero el router o un firewall en el camino modifica los mensajes SIP a su paso: reescribe las direcciones y los puertos que la centralita escribe en ellos. Las llamadas fallan entonces de formas difíciles de rastrear: audio en un solo sentido o sin audio, llamadas que se cortan a los 30 segundos aproximadamente, troncales y teléfonos que pierden su registro.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. It goes by SIP ALG, SIP helper, SIP inspection, SIP fixup or SIP transformations; where it typically sits on common devices is given with the SIP ALG finding.</source>
        <translation>Desactive el SIP helper en el router o firewall que hay delante de la centralita. Se llama SIP ALG, SIP helper, inspección SIP, SIP fixup o SIP transformations; dónde suele estar en los equipos habituales se indica junto al hallazgo sobre el SIP ALG.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off.</source>
        <translation>Después, repita la comprobación: mostrará si el SIP helper está realmente desactivado.</translation>
    </message>
    <message>
        <source>Second NAT in front of the router</source>
        <translation>Segundo NAT delante del router</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer, and the router in front of the PBX is itself behind another NAT: the provider&apos;s modem or router, or the provider&apos;s carrier-grade NAT. The traffic stops there, before this router&apos;s forwards are ever used. What the router said about itself is given below.</source>
        <translation>El tráfico de internet no llega a este equipo, y el router que está delante de la centralita está a su vez detrás de otro NAT: el módem o el router del proveedor, o el CGNAT del proveedor. El tráfico se detiene allí, antes de que lleguen a usarse los reenvíos de este router. Lo que el router dijo de sí mismo figura más abajo.</translation>
    </message>
    <message>
        <source>If the provider&apos;s modem or router sits in front of this router, put it into bridge mode, so this router gets the public address itself; or, on that device, make this router the exposed host (DMZ), so it passes everything on.</source>
        <translation>Si el módem o el router del proveedor está delante de este router, póngalo en modo puente (bridge) para que este router obtenga él mismo la dirección pública; o, en ese dispositivo, haga de este router el host expuesto (DMZ), para que le pase todo.</translation>
    </message>
    <message>
        <source>If the router&apos;s internet address is in 100.64.0.0/10 (carrier-grade NAT, common on LTE, Starlink and many fibre and cable lines), no setting at the site can open a port: ask the provider for a public IPv4 address.</source>
        <translation>Si la dirección de internet del router está en 100.64.0.0/10 (CGNAT, habitual en LTE, Starlink y muchas líneas de fibra y cable), ningún ajuste en el sitio puede abrir un puerto: solicite al proveedor una dirección IPv4 pública.</translation>
    </message>
    <message>
        <source>Where the product allows it, connect the PBX to the provider&apos;s SIP trunk in an outbound-only setup, where the PBX registers out and needs nothing forwarded in; remote phones then need a way of their own, such as a VPN or the product&apos;s tunnel.</source>
        <translation>Donde el producto lo permita, conecte la centralita a la troncal SIP del proveedor en una configuración solo saliente, en la que la centralita se registra hacia fuera y no necesita ningún reenvío entrante; los teléfonos remotos necesitan entonces un camino propio, como una VPN o el túnel del producto.</translation>
    </message>
    <message>
        <source>Some results are not conclusive</source>
        <translation>Algunos resultados no son concluyentes</translation>
    </message>
    <message>
        <source>No port failed for certain. For some ports, though, what the check saw has another explanation than the router: traffic of an earlier run, a link that lost packets, a STUN server that did not answer as it should, or a port this computer would not open. Those ports count neither as passed nor as failed; the reason for each is given below.</source>
        <translation>Ningún puerto falló con certeza. Sin embargo, en algunos puertos lo que vio la comprobación tiene otra explicación aparte del router: tráfico de una ejecución anterior, un enlace que perdía paquetes, un servidor STUN que no respondió como debía o un puerto que este equipo no quiso abrir. Esos puertos no cuentan ni como correctos ni como fallidos; el motivo de cada uno se indica abajo.</translation>
    </message>
    <message>
        <source>Read the reason given for the ports that are not conclusive and follow its advice.</source>
        <translation>Lea el motivo indicado para los puertos no concluyentes y siga su consejo.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes, while nothing else uses the internet line heavily. To save time, check only those ports.</source>
        <translation>Repita la comprobación pasados cinco minutos, mientras nada más use mucho la línea de internet. Para ahorrar tiempo, compruebe solo esos puertos.</translation>
    </message>
    <message>
        <source>If the same ports stay unclear, choose another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Si los mismos puertos siguen sin aclararse, elija otro servidor STUN, por ejemplo uno de la lista predeterminada del producto.</translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation>Comprobación detenida</translation>
    </message>
    <message>
        <source>The check was stopped before all ports were tested. The results shown are valid; the ports not reached have no result.</source>
        <translation>La comprobación se detuvo antes de probar todos los puertos. Los resultados mostrados son válidos; los puertos a los que no se llegó no tienen resultado.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish. A large port range can take a few minutes.</source>
        <translation>Repita la comprobación y deje que termine. Un rango de puertos grande puede tardar unos minutos.</translation>
    </message>
    <message>
        <source>To save time, check only the ports that failed or were not reached.</source>
        <translation>Para ahorrar tiempo, compruebe solo los puertos que fallaron o a los que no se llegó.</translation>
    </message>
</context>
</TS>
