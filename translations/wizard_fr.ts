<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s SIP and media ports the way the PBX needs, and says what to change.</source>
        <translation>Vérifie si un routeur ou un pare-feu traite les ports SIP et média d&apos;un IPBX comme celui-ci l&apos;exige, et indique ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License version 3; you may replace the Qt libraries of this program with your own build.</source>
        <translation>Qt est utilisé sous la licence GNU Lesser General Public License version 3 ; vous pouvez remplacer les bibliothèques Qt de ce programme par votre propre compilation.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>there is no product &apos;{product}&apos;; known products: {known}</source>
        <translation>aucun produit « {product} » ; produits connus : {known}</translation>
    </message>
    <message>
        <source>{product} has no version &apos;{version}&apos;; known versions: {known}</source>
        <translation>{product} n&apos;a pas de version « {version} » ; versions connues : {known}</translation>
    </message>
    <message>
        <source>{product} has no versions to choose from, so &apos;{version}&apos; is unknown</source>
        <translation>{product} ne propose aucun choix de version, « {version} » est donc inconnue</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>must be a number, not &apos;{text}&apos;</source>
        <translation>doit être un nombre, pas « {text} »</translation>
    </message>
    <message>
        <source>must be from {low:g} to {high:g}</source>
        <translation>doit être compris entre {low:g} et {high:g}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10</source>
        <translation>« {text} » n&apos;est pas une adresse IPv4 comme 192.168.1.10</translation>
    </message>
    <message>
        <source>{text} cannot be the PBX&apos;s address: give its LAN address, such as 192.168.1.10</source>
        <translation>{text} ne peut pas être l&apos;adresse du PBX : indiquez son adresse LAN, par exemple 192.168.1.10</translation>
    </message>
    <message>
        <source>give the responder&apos;s address, such as responder.example.net</source>
        <translation>indiquez l&apos;adresse du serveur de test, par exemple responder.example.net</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name</source>
        <translation>« {text} » : le serveur de test est joint en IPv4 ; indiquez son adresse IPv4 ou son nom</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>langue de la sortie (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>Checks whether a router or firewall treats an IP PBX&apos;s ports right.</source>
        <translation>Vérifie si un routeur ou un pare-feu traite correctement les ports d&apos;un IPBX.</translation>
    </message>
    <message>
        <source>list the products we know</source>
        <translation>lister les produits connus</translation>
    </message>
    <message>
        <source>show the ports a product needs</source>
        <translation>afficher les ports nécessaires à un produit</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>sortie au format JSON</translation>
    </message>
    <message>
        <source>check the ports from this computer</source>
        <translation>vérifier les ports depuis cet ordinateur</translation>
    </message>
    <message>
        <source>STUN server, tried in the order given (default: the product&apos;s servers)</source>
        <translation>serveur STUN ; plusieurs sont essayés dans l&apos;ordre indiqué (par défaut : les serveurs du produit)</translation>
    </message>
    <message>
        <source>ports to check, e.g. 9000-9019,5060 (default: the product&apos;s)</source>
        <translation>ports à vérifier, p. ex. 9000-9019,5060 (par défaut : ceux du produit)</translation>
    </message>
    <message>
        <source>new STUN requests per second (default {rate:g}, polite to public servers)</source>
        <translation>nouvelles requêtes STUN par seconde (par défaut {rate:g}, pour ménager les serveurs publics)</translation>
    </message>
    <message>
        <source>seconds to wait for each answer, resends included (default {timeout:g})</source>
        <translation>délai d&apos;attente de chaque réponse en secondes, retransmissions comprises (par défaut {timeout:g})</translation>
    </message>
    <message>
        <source>the PBX&apos;s LAN address, the one the router forwards to; the check says when its traffic leaves this computer from another one (default: not compared)</source>
        <translation>adresse LAN du PBX, celle vers laquelle le routeur redirige ; la vérification signale si son trafic quitte cet ordinateur depuis une autre adresse (par défaut : pas de comparaison)</translation>
    </message>
    <message>
        <source>a responder of the support team&apos;s, which tests the ports from outside: TCP ports, the SIP ALG, and test 2 without a STUN server&apos;s second address (default port {port})</source>
        <translation>un serveur de test de l&apos;équipe d&apos;assistance, qui teste les ports depuis l&apos;extérieur : ports TCP, SIP ALG, et test 2 sans seconde adresse de serveur STUN (port par défaut {port})</translation>
    </message>
    <message>
        <source>a file holding the responder&apos;s shared secret, if it wants one</source>
        <translation>un fichier contenant le secret partagé du serveur de test, s&apos;il en demande un</translation>
    </message>
    <message>
        <source>TCP ports the responder connects to, e.g. 22,5090 (default: the product&apos;s; needs --responder)</source>
        <translation>ports TCP auxquels le serveur de test se connecte, p. ex. 22,5090 (par défaut : ceux du produit ; nécessite --responder)</translation>
    </message>
    <message>
        <source>the internet (WAN) address the router&apos;s status page shows; tells a second NAT in front of it when the router does not answer</source>
        <translation>l&apos;adresse Internet (WAN) qu&apos;affiche la page d&apos;état du routeur ; révèle un second NAT en amont quand le routeur ne répond pas</translation>
    </message>
    <message>
        <source>do not ask the router (UPnP IGD, NAT-PMP, PCP) what it knows</source>
        <translation>ne pas interroger le routeur (UPnP IGD, NAT-PMP, PCP)</translation>
    </message>
    <message>
        <source>skip the hairpin NAT test (NAT loopback for phones on the LAN)</source>
        <translation>ignorer le test de NAT hairpin (NAT loopback pour les postes du LAN)</translation>
    </message>
    <message>
        <source>also measure how long the router keeps an idle UDP mapping, up to SECONDS ({low:g}–{high:g}, default {default:g}); takes about that long again</source>
        <translation>mesurer aussi combien de temps le routeur garde un mappage UDP inactif, jusqu&apos;à SECONDS ({low:g}–{high:g}, par défaut {default:g}) ; allonge la vérification d&apos;à peu près autant</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>sortie en un seul document JSON</translation>
    </message>
    <message>
        <source>also write a report to FILE: .html, .pdf or .json (may repeat)</source>
        <translation>écrire aussi un rapport dans FICHIER : .html, .pdf ou .json (répétable)</translation>
    </message>
    <message>
        <source>Windows: first let this program receive the answers through the firewall until it ends (asks for administrator approval)</source>
        <translation>Windows : autoriser d&apos;abord ce programme à recevoir les réponses à travers le pare-feu jusqu&apos;à sa fin (demande l&apos;accord d&apos;un administrateur)</translation>
    </message>
    <message>
        <source>run a responder on an internet host, for checks that use --responder</source>
        <translation>exécuter un serveur de test sur un hôte Internet, pour les vérifications qui utilisent --responder</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>erreur : {problem}</translation>
    </message>
    <message>
        <source>error in a product file: {problem}</source>
        <translation>erreur dans un fichier produit : {problem}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>error: there is no display to open the wizard on. Without a desktop, run the check from the command line: {command} (see {help})</source>
        <translation>erreur : aucun écran pour ouvrir l’assistant. Sans bureau, lancez le contrôle en ligne de commande : {command} (voir {help})</translation>
    </message>
    <message>
        <source>(versions: {versions})</source>
        <translation>(versions : {versions})</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>--allow-firewall works on Windows only</source>
        <translation>--allow-firewall ne fonctionne que sous Windows</translation>
    </message>
    <message>
        <source>{option} needs --responder: only a responder tests from outside</source>
        <translation>{option} nécessite --responder : seul un serveur de test teste depuis l&apos;extérieur</translation>
    </message>
    <message>
        <source>{product} has no UDP ports that STUN can check; give them with --ports</source>
        <translation>{product} n&apos;a aucun port UDP vérifiable par STUN ; indiquez-les avec --ports</translation>
    </message>
    <message>
        <source>no STUN server given</source>
        <translation>aucun serveur STUN indiqué</translation>
    </message>
    <message>
        <source>the ports to check leave none free for the check&apos;s own requests; check fewer ports at a time</source>
        <translation>les ports à contrôler n’en laissent aucun de libre pour les requêtes du contrôle lui-même ; contrôlez moins de ports à la fois</translation>
    </message>
    <message>
        <source>error: could not write {path}: {problem}</source>
        <translation>erreur : impossible d&apos;écrire {path} : {problem}</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit : {path}</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far; press Ctrl+C again to stop the check.</source>
        <translation>Le test de durée de vie s&apos;arrête avec ce qu&apos;il a mesuré jusqu&apos;ici ; appuyez de nouveau sur Ctrl+C pour arrêter la vérification.</translation>
    </message>
    <message>
        <source>Firewall: this program may receive UDP until it ends.</source>
        <translation>Pare-feu : ce programme peut recevoir de l&apos;UDP jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>Firewall: the administrator prompt was declined; checking anyway.</source>
        <translation>Pare-feu : la demande d&apos;administrateur a été refusée ; la vérification continue quand même.</translation>
    </message>
    <message>
        <source>Firewall: could not add the rule ({problem}); checking anyway.</source>
        <translation>Pare-feu : impossible d&apos;ajouter la règle ({problem}) ; la vérification continue quand même.</translation>
    </message>
    <message>
        <source>cannot read the responder&apos;s secret from &apos;{path}&apos;: {problem}</source>
        <translation>impossible de lire le secret du serveur de test dans &apos;{path}&apos; : {problem}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is longer than a secret can be ({limit} bytes); is it the right file?</source>
        <translation>&apos;{path}&apos; est plus long qu&apos;un secret ne peut l&apos;être ({limit} octets) ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is empty: write the responder&apos;s shared secret into it</source>
        <translation>&apos;{path}&apos; est vide : écrivez-y le secret partagé du serveur de test</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: unknown report type; use .html, .pdf or .json</source>
        <translation>&apos;{path}&apos; : type de rapport inconnu ; utilisez .html, .pdf ou .json</translation>
    </message>
    <message>
        <source>cannot write &apos;{path}&apos;: {problem}</source>
        <translation>impossible d&apos;écrire &apos;{path}&apos; : {problem}</translation>
    </message>
    <message>
        <source>STUN server {server}: {problem}</source>
        <translation>serveur STUN {server} : {problem}</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Attente de {time} : le routeur doit oublier les réponses du contrôle précédent pour qu’elles ne faussent pas celui-ci…</translation>
    </message>
    <message>
        <source>{done} of {total} ports checked, about {left} left</source>
        <translation>{done} ports sur {total} vérifiés, encore environ {left}</translation>
    </message>
    <message>
        <source>The responder tests {count} ports from outside…</source>
        <translation>Le serveur de test teste {count} ports depuis l&apos;extérieur…</translation>
    </message>
    <message>
        <source>Testing whether a SIP helper rewrites SIP messages…</source>
        <translation>Recherche d&apos;un SIP helper qui réécrirait les messages SIP…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Interrogation du routeur (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT (NAT loopback)…</source>
        <translation>Test du NAT hairpin (NAT loopback)…</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping…</source>
        <translation>Mesure de la durée pendant laquelle le routeur garde un mappage UDP inactif…</translation>
    </message>
    <message>
        <source>Retesting {count} ports slowly…</source>
        <translation>Nouveau test, plus lent, de {count} ports…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>En pause : le serveur ou la liaison ne répond plus aux requêtes de contrôle. Attente du rétablissement…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests</source>
        <translation>Ralenti à {rate} requêtes par seconde : le serveur ou la liaison a perdu des requêtes de contrôle</translation>
    </message>
    <message>
        <source>Mapping lifetime: {elapsed} of {limit}</source>
        <translation>Durée de vie du mappage : {elapsed} sur {limit}</translation>
    </message>
    <message>
        <source>; gone after {seconds} s</source>
        <translation> ; disparu après {seconds} s</translation>
    </message>
    <message>
        <source>; still open after {seconds} s</source>
        <translation> ; encore ouvert après {seconds} s</translation>
    </message>
    <message>
        <source>STUN server: {server} ({address}, second address {other})</source>
        <translation>Serveur STUN : {server} ({address}, seconde adresse {other})</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server} : {problem}</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
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
        <translation>Test 2 par</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists every port.</source>
        <translation>Lignes omises : {count}. La sortie JSON liste tous les ports.</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur :</translation>
    </message>
    <message>
        <source>Seen from outside (responder):</source>
        <translation>Vu de l&apos;extérieur (serveur de test) :</translation>
    </message>
    <message>
        <source>The SIP message as sent → as received:</source>
        <translation>Le message SIP tel qu&apos;envoyé → tel que reçu :</translation>
    </message>
    <message>
        <source>Hairpin NAT: {answer}</source>
        <translation>NAT hairpin : {answer}</translation>
    </message>
    <message>
        <source>Mapping lifetime: {answer}</source>
        <translation>Durée de vie du mappage : {answer}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Adresse IP publique : {ip}</translation>
    </message>
    <message>
        <source>Link to the STUN server:</source>
        <translation>Liaison avec le serveur STUN :</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>ports {ports}</source>
        <translation>ports {ports}</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>Le port {port} est occupé par {name} (PID {pid}). Pour le vérifier :</translation>
    </message>
    <message>
        <source>Other ports held: {count}. The JSON output lists them all.</source>
        <translation>Autres ports occupés : {count}. La sortie JSON les liste tous.</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these):</source>
        <translation>À vérifier manuellement (la vérification ne les a pas testés) :</translation>
    </message>
    <message>
        <source>Finished in {seconds:.1f} s.</source>
        <translation>Terminé en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>Routeur :</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports:</source>
        <translation>Ses redirections pour les ports vérifiés :</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON output lists them all.</source>
        <translation>Lignes omises : {count}. La sortie JSON les liste toutes.</translation>
    </message>
</context>
<context>
    <name>CommandRow</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {command}</source>
        <translation>Copier {command}</translation>
    </message>
</context>
<context>
    <name>Egress</name>
    <message>
        <source>Traffic leaves by a VPN</source>
        <translation>Le trafic sort par un VPN</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), which looks like a VPN&apos;s adapter. The check then measured the VPN&apos;s way to the internet, not the PBX&apos;s router: its results are about another device.</source>
        <translation>Le trafic vers le serveur STUN quitte cet ordinateur par {adapter} ({source}), qui ressemble à l&apos;adaptateur d&apos;un VPN. La vérification a alors mesuré le chemin du VPN vers Internet, et non le routeur du PBX : ses résultats concernent un autre équipement.</translation>
    </message>
    <message>
        <source>Traffic leaves by a virtual adapter</source>
        <translation>Le trafic sort par un adaptateur virtuel</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}), a virtual adapter (Hyper-V, WSL, Docker or a virtual machine&apos;s network). If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the results are about it, not about the PBX&apos;s router. An external virtual switch, bridged to the network card, is fine.</source>
        <translation>Le trafic vers le serveur STUN quitte cet ordinateur par {adapter} ({source}), un adaptateur virtuel (Hyper-V, WSL, Docker ou le réseau d&apos;une machine virtuelle). S&apos;il translate lui-même les adresses (Default Switch de Hyper-V, WSL, Docker), les résultats portent sur lui, et non sur le routeur du PBX. Un commutateur virtuel externe, relié en pont à la carte réseau, ne pose pas de problème.</translation>
    </message>
    <message>
        <source>Traffic leaves from another address</source>
        <translation>Le trafic sort depuis une autre adresse</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source} ({adapter}), not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>Le trafic vers le serveur STUN quitte cet ordinateur depuis {source} ({adapter}), et non depuis l&apos;adresse du PBX, {pbx}. Les redirections du routeur pointent vers {pbx} : la vérification a donc mesuré une autre sortie que celle du PBX.</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer from {source}, not from the PBX&apos;s address {pbx}. The router&apos;s forwards point at {pbx}, so the check measured another way out than the PBX&apos;s.</source>
        <translation>Le trafic vers le serveur STUN quitte cet ordinateur depuis {source}, et non depuis l&apos;adresse du PBX, {pbx}. Les redirections du routeur pointent vers {pbx} : la vérification a donc mesuré une autre sortie que celle du PBX.</translation>
    </message>
    <message>
        <source>The PBX&apos;s address, {pbx}, is not on that adapter.</source>
        <translation>L&apos;adresse du PBX, {pbx}, n&apos;est pas sur cet adaptateur.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, then run the check again.</source>
        <translation>Déconnectez le VPN, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>If the PBX&apos;s calls really go through the VPN, its port forwards belong at the VPN&apos;s far end, not on the local router: ask whoever runs the VPN.</source>
        <translation>Si les appels du PBX passent vraiment par le VPN, ses redirections de port se font à l&apos;autre extrémité du VPN, et non sur le routeur local : adressez-vous à qui gère le VPN.</translation>
    </message>
    <message>
        <source>If the PBX runs in a virtual machine, run the check inside that machine.</source>
        <translation>Si le PBX tourne dans une machine virtuelle, lancez la vérification dans cette machine.</translation>
    </message>
    <message>
        <source>If this computer is not the PBX, run the check on the PBX itself.</source>
        <translation>Si cet ordinateur n&apos;est pas le PBX, lancez la vérification sur le PBX lui-même.</translation>
    </message>
    <message>
        <source>If this computer has several connections (Ethernet and Wi-Fi, a VPN, a second line), disconnect the others or make the PBX&apos;s connection the one that leads to the internet, then run the check again.</source>
        <translation>Si cet ordinateur a plusieurs connexions (Ethernet et Wi-Fi, un VPN, une seconde ligne), déconnectez les autres ou faites de la connexion du PBX celle qui mène à Internet, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Traffic reached the internet from several addresses</source>
        <translation>Le trafic a atteint Internet depuis plusieurs adresses</translation>
    </message>
    <message>
        <source>The STUN server saw this computer&apos;s traffic come from {addresses}. It leaves by more than one way: a VPN, a second internet line, a router that shares traffic between lines, or a provider&apos;s NAT that uses several addresses. Ports whose traffic left by another way than the check&apos;s own at its start are not judged: they show as not conclusive.</source>
        <translation>Le serveur STUN a vu le trafic de cet ordinateur venir de {addresses}. Il sort par plus d&apos;un chemin : un VPN, un second accès Internet, un routeur qui répartit le trafic entre les accès, ou un NAT de l&apos;opérateur qui utilise plusieurs adresses. Les ports dont le trafic est sorti par un autre chemin que celui de la vérification à son début ne sont pas jugés : ils apparaissent comme non concluants.</translation>
    </message>
    <message>
        <source>If a VPN is connected, disconnect it, then run the check again.</source>
        <translation>Si un VPN est connecté, déconnectez-le, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route), then run the check again.</source>
        <translation>Si le site a deux accès Internet, faites en sorte que le routeur envoie toujours le trafic du PBX par l&apos;accès où se trouvent ses redirections (routage par la source ou policy routing), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Adaptateur réseau</translation>
    </message>
    <message>
        <source>Traffic to the STUN server leaves this computer by {adapter} ({source}).</source>
        <translation>Le trafic vers le serveur STUN quitte cet ordinateur par {adapter} ({source}).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside the wizard. Your settings are kept. Please send the details below to support.</source>
        <translation>Une erreur interne s&apos;est produite dans l&apos;assistant. Vos réglages sont conservés. Merci d&apos;envoyer les détails ci-dessous au support.</translation>
    </message>
    <message>
        <source>They are also saved in {path}.</source>
        <translation>Ils sont aussi enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall</source>
        <translation>Le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the answers out</source>
        <translation>Le pare-feu de cet ordinateur a bloqué les réponses</translation>
    </message>
    <message>
        <source>{firewall} may drop the answers this check waits for, so it could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} peut rejeter les réponses qu&apos;attend cette vérification ; elle n&apos;a donc pas pu dire si le routeur redirige ces ports : {ports}. Cela ne dit rien contre le routeur.</translation>
    </message>
    <message>
        <source>{firewall} (network profile: {profiles}) drops incoming UDP for this program, so the check could not tell whether the router forwards these ports: {ports}. This says nothing against the router.</source>
        <translation>{firewall} (profil réseau : {profiles}) rejette l&apos;UDP entrant pour ce programme, si bien que la vérification n&apos;a pas pu dire si le routeur redirige ces ports : {ports}. Cela ne met pas le routeur en cause.</translation>
    </message>
    <message>
        <source>It has block rules for this program: {rules}. Windows adds them without asking when a user without administrator rights starts it, and they beat every allow rule.</source>
        <translation>Il a des règles de blocage pour ce programme : {rules}. Windows les crée sans demander quand un utilisateur sans droits d&apos;administrateur lance le programme, et elles l&apos;emportent sur toute règle d&apos;autorisation.</translation>
    </message>
    <message>
        <source>It is set to block all incoming connections, whatever the rules say.</source>
        <translation>Il est réglé pour bloquer toutes les connexions entrantes, quelles que soient les règles.</translation>
    </message>
    <message>
        <source>Group policy manages this firewall: rules added on this computer, the ones suggested here too, have no effect.</source>
        <translation>Ce pare-feu est géré par une stratégie de groupe : les règles ajoutées sur cet ordinateur, y compris celles proposées ici, n&apos;ont aucun effet.</translation>
    </message>
    <message>
        <source>Another firewall is on: {names}. The check cannot read its rules.</source>
        <translation>Un autre pare-feu est actif : {names}. La vérification ne peut pas lire ses règles.</translation>
    </message>
    <message>
        <source>Click “Allow for this check (administrator)”, or have an administrator run the commands below in an elevated command prompt. They delete this program&apos;s block rules and let it receive UDP until it closes; the last command removes that rule.</source>
        <translation>Cliquez sur « Autoriser pour cette vérification (administrateur) », ou faites exécuter par un administrateur les commandes ci-dessous dans une invite de commandes ouverte en tant qu&apos;administrateur. Elles suppriment les règles de blocage de ce programme et l&apos;autorisent à recevoir de l&apos;UDP jusqu&apos;à sa fermeture ; la dernière commande retire cette règle.</translation>
    </message>
    <message>
        <source>Without administrator rights, ask an administrator: Windows asks for their approval.</source>
        <translation>Sans droits d&apos;administrateur, faites appel à un administrateur : Windows demande son accord.</translation>
    </message>
    <message>
        <source>Ask the domain administrator to allow UDP on the PBX&apos;s ports, for all programs, in the group policy.</source>
        <translation>Demandez à l&apos;administrateur du domaine d&apos;autoriser l&apos;UDP sur les ports du PBX, pour tous les programmes, dans la stratégie de groupe.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in that firewall&apos;s settings, for all programs.</source>
        <translation>Autorisez l&apos;UDP sur les ports du PBX dans les réglages de ce pare-feu, pour tous les programmes.</translation>
    </message>
    <message>
        <source>Allow UDP on the PBX&apos;s ports in this computer&apos;s firewall (firewalld, ufw, nftables or the PBX&apos;s own firewall module).</source>
        <translation>Autorisez l&apos;UDP sur les ports du PBX dans le pare-feu de cet ordinateur (firewalld, ufw, nftables ou le module pare-feu propre au PBX).</translation>
    </message>
    <message>
        <source>The PBX needs an allow rule for UDP on its ports too: a rule for the ports and all programs, not for one program.</source>
        <translation>Le PBX a lui aussi besoin d&apos;une règle d&apos;autorisation pour l&apos;UDP sur ses ports : une règle pour les ports et tous les programmes, pas pour un seul programme.</translation>
    </message>
    <message>
        <source>An administrator must first turn off “Block all incoming connections” for this network profile: while it is on, no allow rule works.</source>
        <translation>Un administrateur doit d&apos;abord désactiver « Bloquer toutes les connexions entrantes » pour ce profil réseau : tant que cette option est active, aucune règle d&apos;autorisation ne fonctionne.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall filters incoming UDP</source>
        <translation>Le pare-feu de cet ordinateur filtre l&apos;UDP entrant</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP. The check opened it for its own answers, so no verdict relied on it; but the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} rejette l&apos;UDP non sollicité. La vérification l&apos;a ouvert pour ses propres réponses, aucun diagnostic n&apos;en dépend donc ; mais le PBX a besoin d&apos;une règle d&apos;autorisation pour ses ports.</translation>
    </message>
    <message>
        <source>{firewall} drops unsolicited UDP, so the PBX needs an allow rule for its ports.</source>
        <translation>{firewall} rejette l&apos;UDP non sollicité : le PBX a donc besoin d&apos;une règle d&apos;autorisation pour ses ports.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be read</source>
        <translation>Impossible de lire le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>The check opened it for its own answers, so no verdict relied on it. If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>La vérification l&apos;a ouvert pour ses propres réponses, aucun diagnostic n&apos;en dépend donc. S&apos;il filtre l&apos;UDP entrant, le PBX a besoin d&apos;une règle d&apos;autorisation pour ses ports.</translation>
    </message>
    <message>
        <source>If it filters incoming UDP, the PBX needs an allow rule for its ports.</source>
        <translation>S&apos;il filtre l&apos;UDP entrant, le PBX a besoin d&apos;une règle d&apos;autorisation pour ses ports.</translation>
    </message>
    <message>
        <source>The system said: {detail}</source>
        <translation>Message du système : {detail}</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets the answers in</source>
        <translation>Le pare-feu de cet ordinateur laisse entrer les réponses</translation>
    </message>
    <message>
        <source>{firewall} is off.</source>
        <translation>{firewall} est désactivé.</translation>
    </message>
    <message>
        <source>{firewall} lets in UDP on the checked ports.</source>
        <translation>{firewall} laisse entrer l&apos;UDP sur les ports vérifiés.</translation>
    </message>
</context>
<context>
    <name>FirewallWizard</name>
    <message>
        <source>&amp;About</source>
        <translation>À p&amp;ropos</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>&amp;Lancer la vérification</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Firewall and router settings for {product} at {pbx}</source>
        <translation>Réglages du pare-feu et du routeur pour {product} sur {pbx}</translation>
    </message>
    <message>
        <source>Forward UDP {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>Redirigez UDP {ports} vers {pbx}, avec les mêmes numéros de port à l&apos;extérieur et à l&apos;intérieur, sans translation de port.</translation>
    </message>
    <message>
        <source>Ports added by the technician</source>
        <translation>Ports ajoutés par le technicien</translation>
    </message>
    <message>
        <source>Required:</source>
        <translation>Obligatoire :</translation>
    </message>
    <message>
        <source>Recommended, so that every feature works:</source>
        <translation>Recommandé, pour disposer de toutes les fonctions :</translation>
    </message>
    <message>
        <source>In general:</source>
        <translation>Règles générales :</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) for the PBX&apos;s traffic; it rewrites SIP messages and breaks calls.</source>
        <translation>Désactivez le SIP ALG (aussi appelé SIP helper ou inspection SIP) pour le trafic du PBX ; il réécrit les messages SIP et fait échouer les appels.</translation>
    </message>
    <message>
        <source>Do not let port-scan or flood protection block the PBX: calls use many UDP ports at once, which such protection can mistake for an attack.</source>
        <translation>Ne laissez pas la protection contre les scans de ports ou le flood bloquer le PBX : les appels utilisent de nombreux ports UDP à la fois, ce que cette protection peut prendre pour une attaque.</translation>
    </message>
    <message>
        <source>Used for: {purpose}</source>
        <translation>Usage : {purpose}</translation>
    </message>
    <message>
        <source>Forward {protocol} {public_port} on the public address to {pbx} port {ports}.</source>
        <translation>Redirigez {protocol} {public_port} de l&apos;adresse publique vers {pbx}, port {ports}.</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}, same port numbers outside and inside, no port translation.</source>
        <translation>Redirigez {protocol} {ports} vers {pbx}, avec les mêmes numéros de port à l&apos;extérieur et à l&apos;intérieur, sans translation de port.</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} port {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Autorisez le trafic {protocol} sortant de {pbx}, port {ports}, vers {destinations}, ainsi que les réponses en retour ; gardez un port source stable (pas de ports source aléatoires).</translation>
    </message>
    <message>
        <source>Allow outgoing {protocol} from {pbx} ports {ports} to {destinations}, and the replies back in; keep the source port stable (no random source ports).</source>
        <translation>Autorisez le trafic {protocol} sortant de {pbx}, ports {ports}, vers {destinations}, ainsi que les réponses en retour ; gardez un port source stable (pas de ports source aléatoires).</translation>
    </message>
    <message>
        <source>Forward {protocol} {ports} to {pbx}.</source>
        <translation>Redirigez {protocol} {ports} vers {pbx}.</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>any address and port</source>
        <translation>toute adresse et tout port</translation>
    </message>
    <message>
        <source>any address, ports {ports}</source>
        <translation>toute adresse sur les ports {ports}</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP et TCP</translation>
    </message>
    <message>
        <source>{range} in steps of {step}</source>
        <translation>{range} par pas de {step}</translation>
    </message>
    <message>
        <source>Port added by the technician</source>
        <translation>Port ajouté par le technicien</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>The wizard is already open on this computer. Switch to its window, or close it and start the wizard again.</source>
        <translation>L&apos;assistant est déjà ouvert sur cet ordinateur. Passez à sa fenêtre, ou fermez-le et relancez l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>Measured with the check&apos;s own control requests to the STUN server. The way to the SIP provider may differ, but poor figures here usually mean a poor line.</source>
        <translation>Mesuré avec les propres requêtes de contrôle de la vérification vers le serveur STUN. Le chemin vers l&apos;opérateur SIP peut être différent, mais de mauvais chiffres ici signifient en général une mauvaise ligne.</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <source>{loss} % ({answered} of {sent} control requests answered)</source>
        <translation>{loss} % ({answered} requêtes de contrôle sur {sent} ont obtenu une réponse)</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>typically {typical} ms, 95 % of answers within {slow} ms</source>
        <translation>en général {typical} ms, 95 % des réponses en moins de {slow} ms</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Débit de requêtes</translation>
    </message>
    <message>
        <source>{reached} requests a second (at most {ceiling} allowed)</source>
        <translation>{reached} requêtes par seconde (au plus {ceiling} autorisées)</translation>
    </message>
    <message>
        <source>{reached} requests a second</source>
        <translation>{reached} requêtes par seconde</translation>
    </message>
    <message>
        <source>Slowed down</source>
        <translation>Ralentissements</translation>
    </message>
    <message>
        <source>{count}×, because the server or the link dropped control requests</source>
        <translation>{count}×, car le serveur ou la liaison a perdu des requêtes de contrôle</translation>
    </message>
    <message>
        <source>{count}×, and paused for {seconds} s in all, because the server or the link dropped control requests</source>
        <translation>{count}×, avec {seconds} s de pause au total, car le serveur ou la liaison a perdu des requêtes de contrôle</translation>
    </message>
    <message>
        <source>The link lost {loss} % of the control requests, more than {limit} %. Calls over it may have gaps in the audio. Check the line, or the Wi-Fi or LTE signal.</source>
        <translation>La liaison a perdu {loss} % des requêtes de contrôle, soit plus de {limit} %. Les appels qui l&apos;empruntent peuvent subir des coupures de son. Vérifiez la ligne, ou le signal Wi-Fi ou LTE.</translation>
    </message>
    <message>
        <source>The jitter of {jitter} ms is more than {limit} ms, so audio may stutter. Look for uploads or other traffic that fill the line, and give voice priority (QoS) on the router.</source>
        <translation>La gigue de {jitter} ms dépasse {limit} ms : le son risque de hacher. Cherchez des envois ou un autre trafic qui saturent la ligne, et donnez la priorité à la voix (QoS) sur le routeur.</translation>
    </message>
    <message>
        <source>The one-way delay is about {delay} ms (half the round trip), above the {limit} ms that ITU-T G.114 recommends. People on a call start to talk over each other. Look for a busy line, a mobile or satellite link, or a VPN that takes a long way round.</source>
        <translation>Le délai dans un sens est d&apos;environ {delay} ms (la moitié de l&apos;aller-retour), au-delà des {limit} ms que recommande l&apos;UIT-T G.114. Les interlocuteurs commencent à se couper la parole. Cherchez une ligne saturée, une liaison mobile ou satellite, ou un VPN qui fait un long détour.</translation>
    </message>
    <message>
        <source>loss {loss} %, round trip {round_trip} ms, jitter {jitter} ms</source>
        <translation>perte {loss} %, aller-retour {round_trip} ms, gigue {jitter} ms</translation>
    </message>
</context>
<context>
    <name>Nat</name>
    <message>
        <source>The router keeps the same public port whatever the destination (endpoint-independent mapping).</source>
        <translation>Le routeur garde le même port public quelle que soit la destination (endpoint-independent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address (address-dependent mapping).</source>
        <translation>Le routeur choisit un nouveau port public pour chaque adresse de destination (address-dependent mapping).</translation>
    </message>
    <message>
        <source>The router picks a new public port for each destination address and port (address-and-port-dependent mapping, also called symmetric NAT).</source>
        <translation>Le routeur choisit un nouveau port public pour chaque couple adresse et port de destination (address-and-port-dependent mapping, aussi appelé NAT symétrique).</translation>
    </message>
    <message>
        <source>How the router assigns public ports could not be determined.</source>
        <translation>Impossible de déterminer comment le routeur attribue les ports publics.</translation>
    </message>
    <message>
        <source>Once a public port is open, the router lets traffic in from any address (endpoint-independent filtering, as with full cone or a port forward).</source>
        <translation>Une fois un port public ouvert, le routeur laisse entrer le trafic de toute adresse (endpoint-independent filtering, comme en NAT full cone ou avec une redirection de port).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from addresses this computer has sent to (address-dependent filtering).</source>
        <translation>Le routeur ne laisse entrer que le trafic des adresses auxquelles cet ordinateur a envoyé des paquets (address-dependent filtering).</translation>
    </message>
    <message>
        <source>The router lets traffic in only from the exact address and port this computer has sent to (address-and-port-dependent filtering).</source>
        <translation>Le routeur ne laisse entrer que le trafic provenant exactement de l&apos;adresse et du port auxquels cet ordinateur a envoyé des paquets (address-and-port-dependent filtering).</translation>
    </message>
    <message>
        <source>Which incoming traffic the router lets in could not be determined.</source>
        <translation>Impossible de déterminer quel trafic entrant le routeur laisse passer.</translation>
    </message>
    <message>
        <source>The router keeps the port numbers (port preservation).</source>
        <translation>Le routeur conserve les numéros de port (préservation des ports).</translation>
    </message>
    <message>
        <source>The router changes the port numbers (no port preservation).</source>
        <translation>Le routeur modifie les numéros de port (pas de préservation des ports).</translation>
    </message>
    <message>
        <source>Whether the router keeps the port numbers could not be determined.</source>
        <translation>Impossible de déterminer si le routeur conserve les numéros de port.</translation>
    </message>
</context>
<context>
    <name>OutcomeLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Non redirigé</translation>
    </message>
    <message>
        <source>Port translated</source>
        <translation>Port translaté</translation>
    </message>
    <message>
        <source>Symmetric NAT</source>
        <translation>NAT symétrique</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Pas d&apos;autorisation</translation>
    </message>
    <message>
        <source>Inbound not tested</source>
        <translation>Entrant non testé</translation>
    </message>
    <message>
        <source>Not conclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>Local firewall</source>
        <translation>Pare-feu local</translation>
    </message>
    <message>
        <source>Reserved by Windows</source>
        <translation>Réservé par Windows</translation>
    </message>
    <message>
        <source>Port works as required</source>
        <translation>Le port fonctionne comme requis</translation>
    </message>
    <message>
        <source>Nothing to change for this port.</source>
        <translation>Rien à modifier pour ce port.</translation>
    </message>
    <message>
        <source>Port not forwarded</source>
        <translation>Port non redirigé</translation>
    </message>
    <message>
        <source>Router changes the port number</source>
        <translation>Le routeur modifie le numéro de port</translation>
    </message>
    <message>
        <source>Forward each affected UDP port with the same number outside and inside. Check that no rule has a port offset or another internal port.</source>
        <translation>Redirigez chaque port UDP concerné avec le même numéro à l&apos;extérieur et à l&apos;intérieur. Vérifiez qu&apos;aucune règle n&apos;applique de décalage de port ni ne renvoie vers un autre port interne.</translation>
    </message>
    <message>
        <source>Check the router&apos;s outbound NAT as well: it must keep the source port for the PBX&apos;s address. Business firewalls call this &quot;static port&quot; or &quot;fixed port&quot;; set it for the PBX only.</source>
        <translation>Vérifiez aussi le NAT sortant du routeur : il doit conserver le port source pour l&apos;adresse du PBX. Sur les pare-feu professionnels, l&apos;option s&apos;appelle « static port » ou « fixed port » ; activez-la pour le PBX uniquement.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG or SIP helper on the router; some of them change ports on their own.</source>
        <translation>Désactivez le SIP ALG ou SIP helper du routeur ; certains modifient les ports d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>Inbound traffic not tested</source>
        <translation>Trafic entrant non testé</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Utilisez un serveur STUN doté d&apos;une seconde adresse, par exemple l&apos;un de ceux de la liste par défaut du produit, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>This port behaves as the product needs.</source>
        <translation>Ce port se comporte comme le produit l&apos;exige.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Test 2 did not: the reply from the server&apos;s other address never arrived, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Le test 1 a réussi : cet ordinateur peut émettre depuis ce port et reçoit la réponse. Le test 2 a échoué : la réponse venant de l&apos;autre adresse du serveur n&apos;est jamais arrivée, le routeur ne laisse donc pas entrer le trafic d&apos;Internet sur ce port. Pour les ports qui doivent être redirigés, cela signifie des appels entrants en échec, des postes distants qui ne peuvent pas s&apos;enregistrer ou des appels sans audio.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing UDP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>Sur le routeur ou le pare-feu, redirigez chaque port UDP en échec vers l&apos;adresse LAN de l&apos;ordinateur du PBX, avec le même numéro de port à l&apos;extérieur et à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Do not let the router translate the ports: no port offset, no other internal port, no range mapped onto a different range.</source>
        <translation>Ne laissez pas le routeur translater les ports : pas de décalage de port, pas d&apos;autre port interne, pas de plage redirigée vers une plage différente.</translation>
    </message>
    <message>
        <source>Make sure the rule points to this computer. Give the PBX a fixed LAN address (static, or a DHCP reservation) so the rule stays right after a restart.</source>
        <translation>Vérifiez que la règle pointe vers cet ordinateur. Donnez au PBX une adresse LAN fixe (statique ou réservation DHCP) pour que la règle reste valable après un redémarrage.</translation>
    </message>
    <message>
        <source>On business firewalls, a port forward (destination NAT) often also needs a policy that allows the traffic in.</source>
        <translation>Sur les pare-feu professionnels, une redirection de port (NAT de destination) exige souvent aussi une règle de filtrage (policy) qui autorise le trafic entrant.</translation>
    </message>
    <message>
        <source>Switch off SIP ALG, SIP helper or SIP inspection on the router. It rewrites SIP messages and often breaks calls.</source>
        <translation>Désactivez le SIP ALG, SIP helper ou l&apos;inspection SIP sur le routeur. Cette fonction réécrit les messages SIP et fait souvent échouer les appels.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound UDP on the failing ports for the network profile in use (domain, private or public). A rule for the ports, not for one program, covers both the PBX and this check.</source>
        <translation>Dans le Pare-feu Windows Defender de cet ordinateur, autorisez l&apos;UDP entrant sur les ports en échec pour le profil réseau actif (domaine, privé ou public). Une règle portant sur les ports, et non sur un programme, couvre à la fois le PBX et cette vérification.</translation>
    </message>
    <message>
        <source>Compare the public address in the results with the WAN address on the router&apos;s status page. If they differ, another router sits in front. Forward the ports on both, or set the first one to bridge mode.</source>
        <translation>Comparez l&apos;adresse publique indiquée dans les résultats avec l&apos;adresse WAN de la page d&apos;état du routeur. Si elles diffèrent, un autre routeur se trouve en amont. Redirigez les ports sur les deux, ou passez le premier en mode bridge.</translation>
    </message>
    <message>
        <source>If the device in front belongs to the internet provider (carrier-grade NAT, often a WAN address from 100.64.0.0/10), no forward is possible. Ask the provider for a public IPv4 address.</source>
        <translation>Si l&apos;équipement en amont appartient au FAI (CGNAT, NAT de l&apos;opérateur, souvent avec une adresse WAN en 100.64.0.0/10), aucune redirection n&apos;est possible. Demandez au FAI une adresse IPv4 publique.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps that number steady. For ports that must be forwarded one-to-one this is a fault; for ports that only need outbound traffic it is usually fine.</source>
        <translation>Le routeur fait sortir ce port sous un autre numéro de port public, mais garde ce numéro stable. Pour les ports à rediriger un pour un, c&apos;est un défaut ; pour les ports qui n&apos;ont besoin que de trafic sortant, c&apos;est en général sans conséquence.</translation>
    </message>
    <message>
        <source>Public port changes per destination</source>
        <translation>Le port public change selon la destination</translation>
    </message>
    <message>
        <source>The router gives this port a new public port for each destination. The public port the PBX learns with STUN is then wrong for the provider and the phones, so their traffic does not come back in. This is a fault for forwarded and for outbound ports alike.</source>
        <translation>Le routeur attribue à ce port un nouveau port public pour chaque destination. Le port public que le PBX apprend par STUN est alors faux pour l&apos;opérateur et les postes, et leur trafic ne revient pas. C&apos;est un défaut aussi bien pour les ports redirigés que pour les ports sortants.</translation>
    </message>
    <message>
        <source>For ports that must be forwarded, set up one-to-one forwards to the PBX, with the same number outside and inside. On some routers that also fixes the port of outgoing traffic.</source>
        <translation>Pour les ports à rediriger, créez des redirections un pour un vers le PBX, avec le même numéro à l&apos;extérieur et à l&apos;intérieur. Sur certains routeurs, cela fixe aussi le port du trafic sortant.</translation>
    </message>
    <message>
        <source>In the router&apos;s outbound NAT, let the PBX keep its source port. Business firewalls call this &quot;static port&quot; (pfSense, OPNsense), &quot;fixed port&quot; (FortiGate) or port preservation; elsewhere it is an option to turn off random source ports.</source>
        <translation>Dans le NAT sortant du routeur, laissez le PBX conserver son port source. Sur les pare-feu professionnels, l&apos;option s&apos;appelle « static port » (pfSense, OPNsense), « fixed port » (FortiGate) ou préservation des ports ; ailleurs, c&apos;est une option qui désactive les ports source aléatoires.</translation>
    </message>
    <message>
        <source>Or, if the line has a spare public IP address, give the PBX a one-to-one NAT (1:1 NAT) to it.</source>
        <translation>Ou, si la ligne dispose d&apos;une adresse IP publique libre, attribuez-la au PBX par un NAT un pour un (NAT 1:1).</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line. Otherwise each destination may see another public address.</source>
        <translation>Si le site répartit le trafic sur deux accès Internet, faites passer tout le trafic du PBX par un seul accès. Sinon, chaque destination risque de voir une adresse publique différente.</translation>
    </message>
    <message>
        <source>Some home and provider routers cannot do any of this. Then the fix is a router or business firewall that can.</source>
        <translation>Certains routeurs grand public et box d&apos;opérateur ne savent rien faire de tout cela. La solution est alors un routeur ou un pare-feu professionnel qui en est capable.</translation>
    </message>
    <message>
        <source>No answer from this port</source>
        <translation>Pas de réponse sur ce port</translation>
    </message>
    <message>
        <source>The STUN server answered requests from other ports, but not from this one. Something blocks outgoing UDP from this port, or the replies to it. The PBX cannot use this port until that is fixed.</source>
        <translation>Le serveur STUN a répondu aux requêtes envoyées depuis d&apos;autres ports, mais pas depuis celui-ci. Quelque chose bloque l&apos;UDP sortant de ce port, ou les réponses qui lui sont destinées. Le PBX ne peut pas utiliser ce port tant que ce n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for rules that block or limit outgoing UDP by port. Allow UDP from the PBX&apos;s LAN address on the failing ports to any destination, and the replies.</source>
        <translation>Sur le routeur ou le pare-feu, cherchez les règles qui bloquent ou limitent l&apos;UDP sortant selon le port. Autorisez l&apos;UDP depuis l&apos;adresse LAN du PBX, sur les ports en échec, vers toute destination, ainsi que les réponses.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall, check the outbound rules for a block on the failing ports or on this program.</source>
        <translation>Dans le Pare-feu Windows Defender, vérifiez si une règle de trafic sortant bloque les ports en échec ou ce programme.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can filter traffic on its own. Add an exception for the ports; switching the software off does not always stop its filter.</source>
        <translation>Les logiciels de sécurité (antivirus, protection des terminaux) peuvent filtrer le trafic de leur côté. Ajoutez une exception pour les ports ; désactiver le logiciel n&apos;arrête pas toujours son filtrage.</translation>
    </message>
    <message>
        <source>If only the SIP port fails (often 5060), a SIP ALG or SIP inspection on the router may drop the traffic. Switch it off.</source>
        <translation>Si seul le port SIP échoue (souvent 5060), un SIP ALG ou une inspection SIP sur le routeur rejette peut-être le trafic. Désactivez-le.</translation>
    </message>
    <message>
        <source>Some internet providers block single ports, 5060 for example. Test from another internet line, or ask the provider.</source>
        <translation>Certains FAI bloquent des ports isolés, par exemple 5060. Testez depuis un autre accès Internet, ou interrogez le FAI.</translation>
    </message>
    <message>
        <source>Port used by another program</source>
        <translation>Port occupé par un autre programme</translation>
    </message>
    <message>
        <source>Another program on this computer holds this port, so it could not be tested. Most often that is the PBX service itself or a softphone.</source>
        <translation>Un autre programme de cet ordinateur occupe ce port, qui n&apos;a donc pas pu être testé. Le plus souvent, il s&apos;agit du service du PBX lui-même ou d&apos;un softphone.</translation>
    </message>
    <message>
        <source>Run the commands shown below to see which program holds each port.</source>
        <translation>Exécutez les commandes ci-dessous pour voir quel programme occupe chaque port.</translation>
    </message>
    <message>
        <source>If it is the PBX, stop its services for the check, or run the check while the PBX is stopped. Calls drop while it is down, so pick a quiet time and tell the customer.</source>
        <translation>S&apos;il s&apos;agit du PBX, arrêtez ses services le temps de la vérification, ou lancez celle-ci pendant que le PBX est arrêté. Les appels sont coupés pendant l&apos;arrêt : choisissez un moment calme et prévenez le client.</translation>
    </message>
    <message>
        <source>If it is a softphone or another VoIP program, close it.</source>
        <translation>S&apos;il s&apos;agit d&apos;un softphone ou d&apos;un autre programme VoIP, fermez-le.</translation>
    </message>
    <message>
        <source>If it is another copy of this wizard, let its check finish or close it: two checks at once take each other&apos;s ports.</source>
        <translation>S&apos;il s&apos;agit d&apos;une autre copie de cet assistant, laissez sa vérification se terminer ou fermez-la : deux vérifications simultanées se prennent mutuellement leurs ports.</translation>
    </message>
    <message>
        <source>Port could not be opened</source>
        <translation>Impossible d&apos;ouvrir le port</translation>
    </message>
    <message>
        <source>The operating system refused to open this port, so it could not be tested. This says nothing about the router yet.</source>
        <translation>Le système d&apos;exploitation a refusé d&apos;ouvrir ce port, qui n&apos;a donc pas pu être testé. Cela ne dit encore rien du routeur.</translation>
    </message>
    <message>
        <source>On Linux or macOS, ports below 1024 need administrator rights. Run the check with sudo.</source>
        <translation>Sous Linux ou macOS, les ports inférieurs à 1024 exigent les droits administrateur. Lancez la vérification avec sudo.</translation>
    </message>
    <message>
        <source>On Windows, no program held the port, and it was in none of the port ranges Windows reserves for itself, or that list could not be read. To see the list, run netsh interface ipv4 show excludedportrange protocol=udp in a command prompt: a failing port in a range without a * is reserved by Windows, and the PBX cannot open it either.</source>
        <translation>Sous Windows, aucun programme n&apos;occupait le port, et il ne faisait partie d&apos;aucune des plages de ports que Windows se réserve, ou cette liste n&apos;a pas pu être lue. Pour voir la liste, exécutez netsh interface ipv4 show excludedportrange protocol=udp dans une invite de commandes : un port en échec situé dans une plage sans * est réservé par Windows, et le PBX ne peut pas l&apos;ouvrir non plus.</translation>
    </message>
    <message>
        <source>Security software (antivirus, endpoint protection) can stop programs from opening ports. Allow this program in it.</source>
        <translation>Un logiciel de sécurité (antivirus, protection des terminaux) peut empêcher des programmes d&apos;ouvrir des ports. Autorisez-y ce programme.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the test out</source>
        <translation>Le pare-feu de cet ordinateur a bloqué le test</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address did not arrive, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>La réponse venant de la seconde adresse du serveur STUN n&apos;est pas arrivée, et le pare-feu de cet ordinateur l&apos;aurait rejetée quoi que fasse le routeur. On n&apos;a donc pas pu dire si le routeur redirige ce port. Ce n&apos;est pas une faute du routeur.</translation>
    </message>
    <message>
        <source>Let an administrator allow this program for the check (the button on the results page does it for the time of one check), or allow UDP on these ports in this computer&apos;s firewall for all programs.</source>
        <translation>Faites autoriser ce programme par un administrateur pour la vérification (le bouton de la page des résultats le fait le temps d&apos;une vérification), ou autorisez l&apos;UDP sur ces ports dans le pare-feu de cet ordinateur pour tous les programmes.</translation>
    </message>
    <message>
        <source>If the firewall has block rules for this program, delete them: a block rule wins over every allow rule.</source>
        <translation>Si le pare-feu a des règles de blocage pour ce programme, supprimez-les : une règle de blocage l&apos;emporte sur toute règle d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Port reserved by Windows</source>
        <translation>Port réservé par Windows</translation>
    </message>
    <message>
        <source>Windows keeps this port for itself (an excluded port range, usually taken by Hyper-V, the Windows NAT service, Docker or WSL). No program can open it, and the PBX cannot either: its calls on this port fail whatever the router does.</source>
        <translation>Windows se réserve ce port (une plage de ports exclue, en général prise par Hyper-V, le service NAT de Windows, Docker ou WSL). Aucun programme ne peut l&apos;ouvrir, pas même le PBX : ses appels sur ce port échouent quoi que fasse le routeur.</translation>
    </message>
    <message>
        <source>Keep Windows off the PBX&apos;s ports for good. This needs an administrator; the steps and commands are given under This computer.</source>
        <translation>Empêchez durablement Windows de prendre les ports du PBX. Il faut pour cela un administrateur ; les étapes et les commandes figurent sous « Cet ordinateur ».</translation>
    </message>
    <message>
        <source>Only test 1 ran: this computer can send from this port and gets replies. No STUN server with a second address was available, so inbound traffic and the stability of the public port could not be tested.</source>
        <translation>Seul le test 1 a été effectué : cet ordinateur peut émettre depuis ce port et reçoit les réponses. Aucun serveur STUN doté d&apos;une seconde adresse n&apos;était disponible : le trafic entrant et la stabilité du port public n&apos;ont donc pas pu être testés.</translation>
    </message>
    <message>
        <source>Result not conclusive</source>
        <translation>Résultat non concluant</translation>
    </message>
    <message>
        <source>What this port showed has another explanation than the router, so it counts neither as passed nor as failed.</source>
        <translation>Ce que ce port a montré peut s&apos;expliquer autrement que par le routeur : il ne compte donc ni comme réussi ni comme échoué.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Relancez la vérification dans quelques minutes.</translation>
    </message>
    <message>
        <source>Traffic from the internet reaches the PBX on this port, and the port number stays the same outside and inside. This is what SIP trunks and remote phones need.</source>
        <translation>Le trafic venant d&apos;Internet atteint le PBX sur ce port, et le numéro de port reste le même à l&apos;extérieur et à l&apos;intérieur. C&apos;est ce dont les trunks SIP et les postes distants ont besoin.</translation>
    </message>
    <message>
        <source>The PBX can send from this port and gets replies, and the router keeps the same public port whatever the destination.</source>
        <translation>Le PBX peut émettre depuis ce port et reçoit les réponses, et le routeur garde le même port public quelle que soit la destination.</translation>
    </message>
    <message>
        <source>Test 1 worked, test 2 did not: the router lets traffic in on this port only from addresses the PBX has sent to. For a port that only needs outbound traffic, this alone is not a fault.</source>
        <translation>Le test 1 a réussi, le test 2 non : sur ce port, le routeur ne laisse entrer que le trafic des adresses auxquelles le PBX a envoyé des paquets. Pour un port qui n&apos;a besoin que de trafic sortant, ce n&apos;est pas un défaut en soi.</translation>
    </message>
    <message>
        <source>Nothing needs to change for what this port requires.</source>
        <translation>Rien à modifier au regard de ce que ce port exige.</translation>
    </message>
    <message>
        <source>If the product&apos;s documentation says this port must also be reachable from the internet, forward it one-to-one to the PBX.</source>
        <translation>Si la documentation du produit indique que ce port doit aussi être joignable depuis Internet, redirigez-le un pour un vers le PBX.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number. The PBX writes its own port number into its SIP and SDP messages, so the provider and remote phones send to that number on the public address, where nothing leads to the PBX. Expect one-way or no audio and unstable registrations.</source>
        <translation>Le routeur fait sortir ce port sous un autre numéro de port public. Le PBX inscrit son propre numéro de port dans ses messages SIP et SDP : l&apos;opérateur et les postes distants envoient donc vers ce numéro sur l&apos;adresse publique, où rien ne mène au PBX. Attendez-vous à un audio unidirectionnel ou absent et à des enregistrements instables.</translation>
    </message>
    <message>
        <source>The router sends this port out under another public port number, but keeps the same one for every destination. For a port that only needs outbound traffic this is fine: the PBX learns its public port with STUN.</source>
        <translation>Le routeur fait sortir ce port sous un autre numéro de port public, mais garde le même pour toutes les destinations. Pour un port qui n&apos;a besoin que de trafic sortant, cela ne pose pas de problème : le PBX apprend son port public par STUN.</translation>
    </message>
    <message>
        <source>Nothing needs to change for this port.</source>
        <translation>Aucune modification n&apos;est nécessaire pour ce port.</translation>
    </message>
    <message>
        <source>Only test 1 ran: outgoing traffic from this port works. Whether traffic from the internet reaches the PBX on this port is still open, because no STUN server with a second address was available.</source>
        <translation>Seul le test 1 a été effectué : le trafic sortant de ce port fonctionne. On ne sait pas encore si le trafic venant d&apos;Internet atteint le PBX sur ce port, car aucun serveur STUN doté d&apos;une seconde adresse n&apos;était disponible.</translation>
    </message>
    <message>
        <source>Outgoing traffic from this port works. Whether the router keeps the same public port for every destination is still open, because no STUN server with a second address was available.</source>
        <translation>Le trafic sortant de ce port fonctionne. On ne sait pas encore si le routeur garde le même port public pour toutes les destinations, car aucun serveur STUN doté d&apos;une seconde adresse n&apos;était disponible.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. The responder&apos;s probe, sent from an address this port never sent to, did not arrive, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Le test 1 a réussi : cet ordinateur peut émettre depuis ce port et reçoit la réponse. Le paquet de test du serveur de test, envoyé depuis une adresse vers laquelle ce port n&apos;a jamais rien envoyé, n&apos;est pas arrivé : le routeur ne laisse donc pas entrer le trafic d&apos;Internet sur ce port. Pour les ports qui doivent être redirigés, cela signifie des appels entrants en échec, des postes distants qui ne peuvent pas s&apos;enregistrer ou des appels sans audio.</translation>
    </message>
    <message>
        <source>Test 1 worked: this computer can send from this port and gets the reply. Neither the answer from the STUN server&apos;s second address nor the responder&apos;s probe arrived, though both came from addresses this port never sent to, so the router does not let traffic from the internet in on this port. For ports that must be forwarded, this means failing incoming calls, remote phones that cannot register, or missing audio.</source>
        <translation>Le test 1 a réussi : cet ordinateur peut émettre depuis ce port et reçoit la réponse. Ni la réponse venant de la seconde adresse du serveur STUN ni le paquet de test du serveur de test ne sont arrivés, alors que tous deux venaient d&apos;adresses vers lesquelles ce port n&apos;avait jamais rien envoyé : le routeur ne laisse donc pas entrer le trafic d&apos;Internet sur ce port. Pour les ports qui doivent être redirigés, cela signifie des appels entrants en échec, des postes distants qui ne peuvent pas s&apos;enregistrer ou des appels sans audio.</translation>
    </message>
    <message>
        <source>On the router or firewall, forward each failing TCP port to the LAN address of the PBX computer, with the same port number outside and inside.</source>
        <translation>Sur le routeur ou le pare-feu, redirigez chaque port TCP en échec vers l&apos;adresse LAN de l&apos;ordinateur du PBX, avec le même numéro de port à l&apos;extérieur et à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>In Windows Defender Firewall on this computer, allow inbound TCP on the failing ports for the network profile in use (domain, private or public).</source>
        <translation>Dans le Pare-feu Windows Defender de cet ordinateur, autorisez le TCP entrant sur les ports en échec pour le profil réseau actif (domaine, privé ou public).</translation>
    </message>
    <message>
        <source>TCP port not reachable from the internet</source>
        <translation>Port TCP injoignable depuis Internet</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection did not reach this computer. Phones, apps and other PBXs that connect to the PBX on this port from outside will fail.</source>
        <translation>Le serveur de test a tenté de se connecter à ce port TCP depuis Internet, mais sa connexion n&apos;a pas atteint cet ordinateur. Les téléphones, applications et autres PBX qui se connectent au PBX sur ce port depuis l&apos;extérieur échoueront.</translation>
    </message>
    <message>
        <source>Another device answers on this TCP port</source>
        <translation>Un autre appareil répond sur ce port TCP</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port was accepted, but not by this computer: either the router answers on this port itself, with a service of its own (remote administration, a VPN server, its own telephony), or the forward points at another computer.</source>
        <translation>La connexion du serveur de test à ce port TCP a été acceptée, mais pas par cet ordinateur : soit le routeur répond lui-même sur ce port avec un service qui lui est propre (administration à distance, serveur VPN, sa propre téléphonie), soit la redirection pointe vers un autre ordinateur.</translation>
    </message>
    <message>
        <source>Check that the forward for this port points at the LAN address of the PBX computer, not at an old PBX or another device.</source>
        <translation>Vérifiez que la redirection de ce port pointe vers l&apos;adresse LAN de l&apos;ordinateur du PBX, et non vers un ancien PBX ou un autre appareil.</translation>
    </message>
    <message>
        <source>If the router runs a service of its own on this port (remote administration over HTTPS, a VPN server, its own SIP telephony), move that service to another port or switch it off, then forward the port to the PBX.</source>
        <translation>Si le routeur exécute sur ce port un service qui lui est propre (administration à distance en HTTPS, serveur VPN, sa propre téléphonie SIP), déplacez ce service sur un autre port ou désactivez-le, puis redirigez le port vers le PBX.</translation>
    </message>
    <message>
        <source>TCP connection refused on the way</source>
        <translation>Connexion TCP refusée en chemin</translation>
    </message>
    <message>
        <source>A device on the way refused the responder&apos;s connection to this TCP port. Usually there is no forward for this port, or the forward points at a computer where nothing listens on it.</source>
        <translation>Un appareil sur le chemin a refusé la connexion du serveur de test à ce port TCP. En général, ce port n&apos;a pas de redirection, ou la redirection pointe vers un ordinateur où rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>If the forward exists, check that it points at this computer, and that the PBX service for this port runs whenever the check does not.</source>
        <translation>Si la redirection existe, vérifiez qu&apos;elle pointe vers cet ordinateur, et que le service du PBX pour ce port tourne chaque fois que la vérification ne tourne pas.</translation>
    </message>
    <message>
        <source>TCP connection dropped on the way</source>
        <translation>Connexion TCP abandonnée en chemin</translation>
    </message>
    <message>
        <source>Nothing came back to the responder&apos;s connection to this TCP port: it was dropped on the way. Usually there is no forward for this port, or a firewall before this computer drops the connection.</source>
        <translation>Rien n&apos;est revenu à la connexion du serveur de test vers ce port TCP : elle a été abandonnée en chemin. En général, ce port n&apos;a pas de redirection, ou un pare-feu situé avant cet ordinateur abandonne la connexion.</translation>
    </message>
    <message>
        <source>TCP connection rejected on the way</source>
        <translation>Connexion TCP rejetée en chemin</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejected the responder&apos;s connection to this TCP port with an error message (ICMP unreachable): a rule rejects connections to this port, or the forward points at an address where no computer answers.</source>
        <translation>Un routeur ou un pare-feu sur le chemin a rejeté la connexion du serveur de test à ce port TCP avec un message d&apos;erreur (ICMP unreachable) : une règle rejette les connexions vers ce port, ou la redirection pointe vers une adresse où aucun ordinateur ne répond.</translation>
    </message>
    <message>
        <source>The responder connected to this TCP port from the internet, and its connection reached this computer: the port is forwarded to it.</source>
        <translation>Le serveur de test s&apos;est connecté à ce port TCP depuis Internet, et sa connexion a atteint cet ordinateur : le port lui est bien redirigé.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the connection out</source>
        <translation>Le pare-feu de cet ordinateur a bloqué la connexion</translation>
    </message>
    <message>
        <source>The responder&apos;s connection to this TCP port did not reach the check, and the firewall of this computer would have dropped it whatever the router did. So whether the router forwards this port could not be told. This is no fault of the router.</source>
        <translation>La connexion du serveur de test à ce port TCP n&apos;a pas atteint la vérification, et le pare-feu de cet ordinateur l&apos;aurait rejetée quoi que fasse le routeur. On n&apos;a donc pas pu dire si le routeur redirige ce port. Ce n&apos;est pas une faute du routeur.</translation>
    </message>
    <message>
        <source>In this computer&apos;s firewall, allow inbound TCP on these ports for all programs, or at least for the PBX and this check.</source>
        <translation>Dans le pare-feu de cet ordinateur, autorisez le TCP entrant sur ces ports pour tous les programmes, ou au moins pour le PBX et cette vérification.</translation>
    </message>
    <message>
        <source>TCP port not tested</source>
        <translation>Port TCP non testé</translation>
    </message>
    <message>
        <source>The responder could not connect to this TCP port, so whether it is reachable from the internet is still open.</source>
        <translation>Le serveur de test n&apos;a pas pu se connecter à ce port TCP : on ne sait donc pas encore s&apos;il est joignable depuis Internet.</translation>
    </message>
    <message>
        <source>Read what the check says about the responder, put it right, and run the check again.</source>
        <translation>Lisez ce que la vérification indique au sujet du serveur de test, corrigez le problème, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connexion établie</translation>
    </message>
    <message>
        <source>refused on the way</source>
        <translation>connexion refusée en chemin</translation>
    </message>
    <message>
        <source>dropped on the way</source>
        <translation>connexion abandonnée en chemin</translation>
    </message>
    <message>
        <source>rejected on the way</source>
        <translation>connexion rejetée en chemin</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>pas de tentative</translation>
    </message>
    <message>
        <source>another device answered</source>
        <translation>un autre appareil a répondu</translation>
    </message>
</context>
<context>
    <name>PathPicture</name>
    <message>
        <source>Traffic gets out to the STUN server and its answers get back in.</source>
        <translation>Le trafic sort jusqu&apos;au serveur STUN et ses réponses reviennent.</translation>
    </message>
    <message>
        <source>The router forwards incoming traffic to this computer for some ports, but not for others.</source>
        <translation>Le routeur redirige le trafic entrant vers cet ordinateur pour certains ports, mais pas pour d&apos;autres.</translation>
    </message>
    <message>
        <source>The router lets outgoing traffic through but does not forward incoming traffic to this computer.</source>
        <translation>Le routeur laisse passer le trafic sortant mais ne redirige pas le trafic entrant vers cet ordinateur.</translation>
    </message>
    <message>
        <source>The router changes the port numbers, so incoming traffic does not arrive on the port this computer uses.</source>
        <translation>Le routeur modifie les numéros de port : le trafic entrant n&apos;arrive donc pas sur le port qu&apos;utilise cet ordinateur.</translation>
    </message>
    <message>
        <source>The router uses a new public port for every destination, so incoming traffic from elsewhere does not get in.</source>
        <translation>Le routeur utilise un nouveau port public pour chaque destination : le trafic entrant venant d&apos;ailleurs ne passe donc pas.</translation>
    </message>
    <message>
        <source>No answer came back: a firewall drops the traffic, in the router or on this computer (such as Windows Firewall).</source>
        <translation>Aucune réponse n&apos;est revenue : un pare-feu rejette le trafic, sur le routeur ou sur cet ordinateur (le Pare-feu Windows, par exemple).</translation>
    </message>
    <message>
        <source>Another program on this computer already uses the port, so the test could not send.</source>
        <translation>Un autre programme de cet ordinateur utilise déjà le port : le test n&apos;a donc pas pu émettre.</translation>
    </message>
    <message>
        <source>This computer did not let the program use the port, so the test could not send.</source>
        <translation>Cet ordinateur n&apos;a pas autorisé le programme à utiliser le port : le test n&apos;a donc pas pu émettre.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. Answers from its second address are dropped by this computer&apos;s own firewall, so the router could not be judged.</source>
        <translation>Le trafic sort jusqu&apos;au serveur STUN. Les réponses de sa seconde adresse sont rejetées par le pare-feu de cet ordinateur : le routeur n&apos;a donc pas pu être jugé.</translation>
    </message>
    <message>
        <source>Windows reserves some of the ports for itself, so neither the test nor the PBX can use them.</source>
        <translation>Windows se réserve certains des ports : ni le test ni le PBX ne peuvent donc les utiliser.</translation>
    </message>
    <message>
        <source>This computer could not look up the name of the STUN server.</source>
        <translation>Cet ordinateur n&apos;a pas pu résoudre le nom du serveur STUN.</translation>
    </message>
    <message>
        <source>No answer from the STUN server: it may be down, or outgoing traffic is blocked.</source>
        <translation>Pas de réponse du serveur STUN : il est peut-être hors service, ou le trafic sortant est bloqué.</translation>
    </message>
    <message>
        <source>The STUN server has no second address, so incoming traffic could not be tested.</source>
        <translation>Le serveur STUN n&apos;a pas de seconde adresse : le trafic entrant n&apos;a donc pas pu être testé.</translation>
    </message>
    <message>
        <source>Traffic gets out to the STUN server. For some ports it could not be told whether the answers get back in; nothing shows the router at fault.</source>
        <translation>Le trafic sort jusqu&apos;au serveur STUN. Pour certains ports, on n&apos;a pas pu dire si les réponses reviennent ; rien ne montre une faute du routeur.</translation>
    </message>
    <message>
        <source>Traffic gets through both ways, but the router rewrites the SIP messages that pass it (a SIP helper).</source>
        <translation>Le trafic passe dans les deux sens, mais le routeur réécrit les messages SIP qui le traversent (un SIP helper).</translation>
    </message>
    <message>
        <source>Outgoing traffic gets out, but incoming traffic stops at a second NAT in front of the router, before the router&apos;s forwards.</source>
        <translation>Le trafic sortant passe, mais le trafic entrant s&apos;arrête à un second NAT en amont du routeur, avant les redirections du routeur.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router lets the traffic through now.</source>
        <translation>Un second NAT en amont du routeur laisse actuellement passer le trafic.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Router / firewall</source>
        <translation>Routeur / pare-feu</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Serveur STUN</translation>
    </message>
    <message>
        <source>Carrier-grade NAT</source>
        <translation>CGNAT de l&apos;opérateur</translation>
    </message>
    <message>
        <source>ISP modem / second router</source>
        <translation>Modem du FAI / second routeur</translation>
    </message>
    <message>
        <source>Second NAT</source>
        <translation>Second NAT</translation>
    </message>
    <message>
        <source>Outgoing (test 1)</source>
        <translation>Sortant (test 1)</translation>
    </message>
    <message>
        <source>Incoming (test 2)</source>
        <translation>Entrant (test 2)</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) was not tested.</source>
        <translation>Le trafic sortant (test 1) n&apos;a pas été testé.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not tested.</source>
        <translation>Le trafic entrant (test 2) n&apos;a pas été testé.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) reached the STUN server.</source>
        <translation>Le trafic sortant (test 1) a atteint le serveur STUN.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) reached this computer.</source>
        <translation>Le trafic entrant (test 2) a atteint cet ordinateur.</translation>
    </message>
    <message>
        <source>For some ports it could not be told whether incoming traffic (test 2) got through.</source>
        <translation>Pour certains ports, on n&apos;a pas pu dire si le trafic entrant (test 2) passait.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) could not leave this computer.</source>
        <translation>Le trafic sortant (test 1) n&apos;a pas pu quitter cet ordinateur.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the router or firewall.</source>
        <translation>Le trafic sortant (test 1) s&apos;est arrêté au niveau du routeur ou du pare-feu.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) got no answer from the internet.</source>
        <translation>Le trafic sortant (test 1) n&apos;a reçu aucune réponse d&apos;Internet.</translation>
    </message>
    <message>
        <source>Outgoing traffic (test 1) stopped at the STUN server.</source>
        <translation>Le trafic sortant (test 1) s&apos;est arrêté au niveau du serveur STUN.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was not sent by the STUN server.</source>
        <translation>Le trafic entrant (test 2) n&apos;a pas été envoyé par le serveur STUN.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) was lost on the internet.</source>
        <translation>Le trafic entrant (test 2) s&apos;est perdu sur Internet.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the second NAT in front of the router.</source>
        <translation>Le trafic entrant (test 2) s&apos;est arrêté au second NAT en amont du routeur.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped at the router or firewall.</source>
        <translation>Le trafic entrant (test 2) s&apos;est arrêté au niveau du routeur ou du pare-feu.</translation>
    </message>
    <message>
        <source>Incoming traffic (test 2) stopped on this computer.</source>
        <translation>Le trafic entrant (test 2) s&apos;est arrêté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Path picture</source>
        <translation>Schéma du trajet</translation>
    </message>
</context>
<context>
    <name>PortGrid</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <source>Port grid</source>
        <translation>Grille des ports</translation>
    </message>
    <message>
        <source>Port {port}/TCP: {label}</source>
        <translation>Port {port}/TCP : {label}</translation>
    </message>
    <message>
        <source>Port {port}: {label}</source>
        <translation>Port {port} : {label}</translation>
    </message>
</context>
<context>
    <name>PortSpec</name>
    <message>
        <source>no ports given; enter a port such as 5060 or a range such as 9000-10999</source>
        <translation>aucun port indiqué ; saisissez un port comme 5060 ou une plage comme 9000-10999</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; has an empty item; remove the extra comma</source>
        <translation>« {spec} » contient un élément vide ; supprimez la virgule en trop</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>« {text} » n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>port {port} is outside 1–65535</source>
        <translation>le port {port} est hors de la plage 1–65535</translation>
    </message>
    <message>
        <source>range {first}-{last} is reversed (write {last}-{first})</source>
        <translation>la plage {first}-{last} est inversée (écrivez {last}-{first})</translation>
    </message>
    <message>
        <source>range &apos;{item}&apos; needs a port on each side of the dash</source>
        <translation>la plage « {item} » doit avoir un port de chaque côté du tiret</translation>
    </message>
    <message>
        <source>&apos;{step}&apos; is not a usable step in &apos;{item}&apos;; after the slash write a whole number from 1 to 65534, as in 10000-20000/2</source>
        <translation>« {step} » n&apos;est pas un pas valable dans « {item} » ; après la barre oblique, écrivez un nombre entier de 1 à 65534, comme dans 10000-20000/2</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; has a step but only one port; a step needs a range such as 10000-20000/2</source>
        <translation>« {item} » a un pas mais un seul port ; un pas exige une plage comme 10000-20000/2</translation>
    </message>
    <message>
        <source>{count} TCP ports are more than one check connects back to (at most {limit}): give the product&apos;s TCP ports, not a whole range</source>
        <translation>{count} ports TCP, c&apos;est plus qu&apos;une vérification n&apos;en rappelle (au plus {limit}) : indiquez les ports TCP du produit, pas une plage entière</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>Test 2 proved by: {witness}</source>
        <translation>Test 2 prouvé par : {witness}</translation>
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
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Ports the product needs</source>
        <translation>Ports nécessaires au produit</translation>
    </message>
    <message>
        <source>Ports to &amp;check:</source>
        <translation>Ports à &amp;vérifier :</translation>
    </message>
    <message>
        <source>for example 9000-9019, 5060</source>
        <translation>par exemple 9000-9019, 5060</translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation>Ports à vérifier</translation>
    </message>
    <message>
        <source>UDP ports this check tests with STUN. Narrow a range to test faster, or add ports the list does not have. Each port is held to the rule that contains it.</source>
        <translation>Ports UDP que cette vérification teste avec STUN. Réduisez une plage pour tester plus vite, ou ajoutez des ports absents de la liste. Chaque port est évalué selon la règle qui le contient.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Réin&amp;itialiser</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Fill in every UDP port of the ticked rules again</source>
        <translation>Reprendre tous les ports UDP des règles cochées</translation>
    </message>
    <message>
        <source>Problem with the ports</source>
        <translation>Problème avec les ports</translation>
    </message>
    <message>
        <source>Checklist for the router admin</source>
        <translation>Liste de contrôle pour l&apos;administrateur du routeur</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Windows Firewall commands</source>
        <translation>Commandes pour le Pare-feu Windows</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>For the router or firewall admin</source>
        <translation>Pour l&apos;administrateur du routeur ou du pare-feu</translation>
    </message>
    <message>
        <source>Windows Firewall on the PBX</source>
        <translation>Pare-feu Windows du PBX</translation>
    </message>
    <message>
        <source>Rules to hand over</source>
        <translation>Règles à transmettre</translation>
    </message>
    <message>
        <source>Ports {product} needs</source>
        <translation>Ports nécessaires à {product}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>UDP ports to check: {count}</source>
        <translation>Ports UDP à vérifier : {count}</translation>
    </message>
    <message>
        <source>&lt;PBX address&gt;</source>
        <translation>&lt;adresse du PBX&gt;</translation>
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
        <translation>échec</translation>
    </message>
    <message>
        <source>{ports}, … (ranges left out: {count})</source>
        <translation>{ports}, … (plages omises : {count})</translation>
    </message>
    <message>
        <source>{result} ({reason})</source>
        <translation>{result} ({reason})</translation>
    </message>
    <message>
        <source>Used for this check.</source>
        <translation>Utilisé pour cette vérification.</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>A répondu.</translation>
    </message>
    <message>
        <source>{ip}, ports vary</source>
        <translation>{ip}, ports variables</translation>
    </message>
    <message>
        <source>varies</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>another copy of this wizard ({program})</source>
        <translation>une autre copie de cet assistant ({program})</translation>
    </message>
    <message>
        <source>{program}, services: {services}</source>
        <translation>{program}, services : {services}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>Asked with</source>
        <translation>Interrogé via</translation>
    </message>
    <message>
        <source>{name} at {address}</source>
        <translation>{name} à {address}</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>– (it says: {status})</source>
        <translation>– (il indique : {status})</translation>
    </message>
    <message>
        <source>Internet (WAN) address</source>
        <translation>Adresse Internet (WAN)</translation>
    </message>
    <message>
        <source>Second NAT in front</source>
        <translation>Second NAT en amont</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>{total}, of which {ours} for the checked ports</source>
        <translation>{total}, dont {ours} pour les ports vérifiés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Forwards it lists</source>
        <translation>Redirections listées</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
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
        <translation>Quel système téléphonique ?</translation>
    </message>
    <message>
        <source>Pick the PBX that runs on this computer. Each one needs different ports and a different kind of help from the router.</source>
        <translation>Choisissez le PBX installé sur cet ordinateur. Chacun utilise des ports différents et n&apos;attend pas la même chose du routeur.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Chaque port SIP, tunnel et média doit atteindre le PBX en un pour un : le routeur peut changer l&apos;adresse, mais jamais le port (NAT full cone).</translation>
    </message>
    <message>
        <source>Switch off SIP ALG (also called SIP helper or SIP inspection) on the router: it rewrites SIP messages and breaks calls.</source>
        <translation>Désactivez le SIP ALG (aussi appelé SIP helper ou inspection SIP) sur le routeur : il réécrit les messages SIP et fait échouer les appels.</translation>
    </message>
    <message>
        <source>Forward every port to the address of the 3CX machine itself, not to a different host.</source>
        <translation>Redirigez chaque port vers l&apos;adresse de la machine 3CX elle-même, et non vers un autre hôte.</translation>
    </message>
    <message>
        <source>A firewall that watches for port scans may start blocking after the first few ports, because they are checked one after another; pause that protection while checking.</source>
        <translation>Un pare-feu qui surveille les scans de ports peut se mettre à bloquer après les premiers ports, car ceux-ci sont vérifiés l&apos;un après l&apos;autre ; suspendez cette protection pendant la vérification.</translation>
    </message>
    <message>
        <source>Windows Firewall and antivirus or anti-malware software on the PBX machine can block the same ports; allow them there as well.</source>
        <translation>Le Pare-feu Windows et l&apos;antivirus ou l&apos;anti-malware de la machine du PBX peuvent bloquer ces mêmes ports ; autorisez-les là aussi.</translation>
    </message>
    <message>
        <source>In the 3CX management console, typically the SIP trunk&apos;s re-registration interval in the trunk&apos;s options, and for remote phones their registration or keep-alive interval in the phone provisioning settings.</source>
        <translation>Dans la console de gestion 3CX, en général l&apos;intervalle de réenregistrement du trunk SIP dans les options du trunk et, pour les postes distants, leur intervalle d&apos;enregistrement ou de keep-alive dans les paramètres de provisionnement des postes.</translation>
    </message>
    <message>
        <source>SIP signalling with providers and remote phones</source>
        <translation>Signalisation SIP avec les opérateurs et les postes distants</translation>
    </message>
    <message>
        <source>SIP signalling over TCP</source>
        <translation>Signalisation SIP sur TCP</translation>
    </message>
    <message>
        <source>SIP signalling over TLS (encrypted)</source>
        <translation>Signalisation SIP sur TLS (chiffrée)</translation>
    </message>
    <message>
        <source>3CX tunnel for remote 3CX apps and bridged PBXs</source>
        <translation>Tunnel 3CX pour les applications 3CX distantes et les PBX interconnectés (bridges)</translation>
    </message>
    <message>
        <source>3CX tunnel over TCP for remote 3CX apps and bridged PBXs</source>
        <translation>Tunnel 3CX sur TCP pour les applications 3CX distantes et les PBX interconnectés (bridges)</translation>
    </message>
    <message>
        <source>Audio and video of calls (RTP media)</source>
        <translation>Audio et vidéo des appels (média RTP)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS (port chosen at install)</source>
        <translation>Client web et console d&apos;administration en HTTPS (port choisi à l&apos;installation)</translation>
    </message>
    <message>
        <source>Web client and management console over HTTPS, when installed on 443 instead of 5001</source>
        <translation>Client web et console d&apos;administration en HTTPS, si installés sur le port 443 au lieu de 5001</translation>
    </message>
    <message>
        <source>Web client and management console over plain HTTP</source>
        <translation>Client web et console d&apos;administration en HTTP non chiffré</translation>
    </message>
    <message>
        <source>Other PBX (enter ports)</source>
        <translation>Autre PBX (saisir les ports)</translation>
    </message>
    <message>
        <source>Checks the UDP ports you enter, each for one-to-one forwarding to this machine (a full-cone NAT).</source>
        <translation>Vérifie les ports UDP que vous saisissez, chacun pour une redirection un pour un vers cette machine (NAT full cone).</translation>
    </message>
    <message>
        <source>PBXact</source>
        <translation>PBXact</translation>
    </message>
    <message>
        <source>Only SSH (22/TCP) for remote management is required; the other ports are recommended, and all outbound traffic from the PBX must be allowed.</source>
        <translation>Seul SSH (22/TCP) pour l&apos;administration à distance est obligatoire ; les autres ports sont recommandés, et tout le trafic sortant du PBX doit être autorisé.</translation>
    </message>
    <message>
        <source>Let the PBX send anything it wants to the internet: it opens connections of its own for speech recognition, updates and licensing.</source>
        <translation>Laissez le PBX envoyer librement vers Internet : il ouvre ses propres connexions pour la reconnaissance vocale, les mises à jour et les licences.</translation>
    </message>
    <message>
        <source>Turn off packet inspection for the PBX&apos;s traffic; it can swallow the answers to those connections and break updates, speech recognition and licence registration.</source>
        <translation>Désactivez l&apos;inspection de paquets pour le trafic du PBX ; elle peut bloquer les réponses à ces connexions et empêcher les mises à jour, la reconnaissance vocale et l&apos;enregistrement de la licence.</translation>
    </message>
    <message>
        <source>In PBXact (built on FreePBX), typically the trunk&apos;s registration expiration and qualify frequency in its PJSIP settings, and the qualify frequency of the extensions.</source>
        <translation>Dans PBXact (basé sur FreePBX), en général l&apos;expiration de l&apos;enregistrement (Expiration) et la fréquence de qualify (Qualify Frequency) du trunk dans ses paramètres PJSIP, ainsi que la Qualify Frequency des postes (extensions).</translation>
    </message>
    <message>
        <source>SSH for remote management, updates and troubleshooting</source>
        <translation>SSH pour l&apos;administration à distance, les mises à jour et le dépannage</translation>
    </message>
    <message>
        <source>SIP: phones register and set up calls</source>
        <translation>SIP : enregistrement des postes et établissement des appels</translation>
    </message>
    <message>
        <source>Audio of calls (RTP media); each call uses a port picked from this range</source>
        <translation>Audio des appels (média RTP) ; chaque appel utilise un port pris dans cette plage</translation>
    </message>
    <message>
        <source>PBXact applications: phone features and administration</source>
        <translation>Applications PBXact : fonctions téléphoniques et administration</translation>
    </message>
    <message>
        <source>TFTP: phones fetch new firmware</source>
        <translation>TFTP : téléchargement des nouveaux firmwares par les postes</translation>
    </message>
    <message>
        <source>XactView desktop client</source>
        <translation>Client de bureau XactView</translation>
    </message>
    <message>
        <source>XactView automatic updates</source>
        <translation>Mises à jour automatiques de XactView</translation>
    </message>
    <message>
        <source>Chat of the XactView client</source>
        <translation>Chat du client XactView</translation>
    </message>
    <message>
        <source>Remote link that joins two or more PBXact systems</source>
        <translation>Liaison distante entre deux systèmes PBXact ou plus</translation>
    </message>
    <message>
        <source>SwyxWare</source>
        <translation>SwyxWare</translation>
    </message>
    <message>
        <source>The LinkManager needs outbound UDP with replies for STUN, SIP and audio; only ENUM links need a port forwarded in.</source>
        <translation>Le LinkManager a besoin d&apos;UDP sortant, avec retour des réponses, pour STUN, SIP et l&apos;audio ; seules les liaisons ENUM exigent un port redirigé en entrée.</translation>
    </message>
    <message>
        <source>When the line is idle the LinkManager sends a STUN request every 10 seconds, which keeps the router&apos;s NAT entries alive and reveals a new public address after a reconnect; do not block these requests.</source>
        <translation>Quand la ligne est inactive, le LinkManager envoie une requête STUN toutes les 10 secondes, ce qui maintient les entrées NAT du routeur et révèle une nouvelle adresse publique après une reconnexion ; ne bloquez pas ces requêtes.</translation>
    </message>
    <message>
        <source>Keep the LinkManager out of a DMZ: SwyxIt! clients and SwyxPhones on the LAN exchange audio with it directly.</source>
        <translation>Ne placez pas le LinkManager dans une DMZ : les clients SwyxIt! et les SwyxPhone du LAN échangent l&apos;audio directement avec lui.</translation>
    </message>
    <message>
        <source>Separate firewall rules for audio and for signalling make it easy to attach QoS rules that give speech priority.</source>
        <translation>Des règles de pare-feu distinctes pour l&apos;audio et pour la signalisation permettent d&apos;y associer facilement des règles QoS qui donnent la priorité à la voix.</translation>
    </message>
    <message>
        <source>Some providers answer STUN on a port other than 3478 (10000, for example); allow the provider&apos;s STUN port as a destination too.</source>
        <translation>Certains opérateurs répondent en STUN sur un autre port que 3478 (10000, par exemple) ; autorisez aussi le port STUN de l&apos;opérateur comme destination.</translation>
    </message>
    <message>
        <source>The LinkManager&apos;s refresh every 10 seconds is built in; typically only the SIP trunk&apos;s registration interval can be shortened, in the trunk&apos;s properties in SwyxWare Administration.</source>
        <translation>Le rafraîchissement du LinkManager toutes les 10 secondes est intégré ; en général, seul l&apos;intervalle d&apos;enregistrement du trunk SIP peut être raccourci, dans les propriétés du trunk dans SwyxWare Administration.</translation>
    </message>
    <message>
        <source>5.00</source>
        <translation>5.00</translation>
    </message>
    <message>
        <source>5.01 and later</source>
        <translation>5.01 et ultérieures</translation>
    </message>
    <message>
        <source>LinkManager signalling: STUN to the STUN server and SIP to the provider</source>
        <translation>Signalisation du LinkManager : STUN vers le serveur STUN et SIP vers l&apos;opérateur</translation>
    </message>
    <message>
        <source>Audio of SIP trunk calls (RTP media)</source>
        <translation>Audio des appels du trunk SIP (média RTP)</translation>
    </message>
    <message>
        <source>Incoming SIP for ENUM links, which are not registered and wait for calls: forward the public port 5060 to the LinkManager&apos;s port 65002</source>
        <translation>SIP entrant pour les liaisons ENUM, qui ne s&apos;enregistrent pas et attendent les appels : redirigez le port public 5060 vers le port 65002 du LinkManager</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>recent contact</source>
        <translation>contact récent</translation>
    </message>
    <message>
        <source>link losing packets</source>
        <translation>liaison avec pertes</translation>
    </message>
    <message>
        <source>bad reply</source>
        <translation>réponse incorrecte</translation>
    </message>
    <message>
        <source>second address silent</source>
        <translation>seconde adresse muette</translation>
    </message>
    <message>
        <source>several public addresses</source>
        <translation>plusieurs adresses publiques</translation>
    </message>
    <message>
        <source>mapping not confirmed</source>
        <translation>mappage non confirmé</translation>
    </message>
    <message>
        <source>system error</source>
        <translation>erreur système</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>débit limité</translation>
    </message>
    <message>
        <source>taken by check</source>
        <translation>pris par la vérification</translation>
    </message>
    <message>
        <source>local network error</source>
        <translation>erreur réseau locale</translation>
    </message>
    <message>
        <source>another way out</source>
        <translation>autre sortie</translation>
    </message>
    <message>
        <source>witnesses disagree</source>
        <translation>résultats contradictoires</translation>
    </message>
    <message>
        <source>connection not traced</source>
        <translation>connexion non retrouvée</translation>
    </message>
    <message>
        <source>responder unheard</source>
        <translation>rien reçu du serveur de test</translation>
    </message>
    <message>
        <source>responder failed</source>
        <translation>échec du serveur de test</translation>
    </message>
    <message>
        <source>service on loopback</source>
        <translation>service sur loopback</translation>
    </message>
    <message>
        <source>Port talked to the server&apos;s second address recently</source>
        <translation>Le port a parlé récemment à la seconde adresse du serveur</translation>
    </message>
    <message>
        <source>This port sent to the STUN server&apos;s second address a short time ago, for example in an earlier run of this check. The router may still let that address in for a few minutes, so a passing test 2 would prove nothing. The port counts neither as passed nor as failed.</source>
        <translation>Ce port a envoyé des paquets à la seconde adresse du serveur STUN il y a peu, par exemple lors d&apos;une exécution précédente de cette vérification. Le routeur laisse peut-être encore entrer cette adresse pendant quelques minutes : un test 2 réussi ne prouverait donc rien. Le port ne compte ni comme réussi ni comme échoué.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes: many routers remember such a contact that long, and so does this check. A run started sooner finds the same.</source>
        <translation>Relancez la vérification dans cinq minutes : beaucoup de routeurs se souviennent aussi longtemps d&apos;un tel contact, et cette vérification aussi. Une exécution lancée plus tôt aboutira au même résultat.</translation>
    </message>
    <message>
        <source>Meanwhile, do not run other STUN tools or softphones on this computer that could use the same ports.</source>
        <translation>D&apos;ici là, n&apos;utilisez sur cet ordinateur aucun autre outil STUN ni softphone susceptible d&apos;utiliser les mêmes ports.</translation>
    </message>
    <message>
        <source>The link was losing packets</source>
        <translation>La liaison perdait des paquets</translation>
    </message>
    <message>
        <source>When this port was tested, the link or the STUN server was losing the check&apos;s own control requests, which the router always lets through. So the silence on this port may come from that loss; the router is not to blame for it yet.</source>
        <translation>Pendant le test de ce port, la liaison ou le serveur STUN perdait les propres requêtes de contrôle de la vérification, que le routeur laisse toujours passer. Le silence de ce port peut donc venir de ces pertes ; le routeur n&apos;est pas encore en cause.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s internet link: a weak Wi-Fi or LTE signal, an upload that fills the line, or a VPN can lose packets. Use a cable if you can.</source>
        <translation>Vérifiez la connexion Internet de cet ordinateur : un signal Wi-Fi ou LTE faible, un envoi qui sature la ligne ou un VPN peuvent perdre des paquets. Utilisez un câble si possible.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>If it happens again, lower the rate (on the Test settings page, or with --rate): some public STUN servers drop requests from clients that send many.</source>
        <translation>Si cela se reproduit, baissez le débit (page Paramètres du test, ou avec --rate) : certains serveurs STUN publics rejettent les requêtes des clients qui en envoient beaucoup.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete</source>
        <translation>La réponse du serveur était incomplète</translation>
    </message>
    <message>
        <source>The STUN server answered this port, but its answer did not say which public address it saw. A faulty server, or a device on the way that rewrites packets, can cause that. It does not show a router fault.</source>
        <translation>Le serveur STUN a répondu à ce port, mais sa réponse n&apos;indiquait pas l&apos;adresse publique qu&apos;il a vue. Un serveur défaillant, ou un appareil sur le chemin qui réécrit les paquets, peut en être la cause. Cela ne montre pas de défaut du routeur.</translation>
    </message>
    <message>
        <source>If it happens again, switch off SIP ALG or other inspection of UDP on the router, or choose another STUN server.</source>
        <translation>Si cela se reproduit, désactivez le SIP ALG ou toute autre inspection UDP du routeur, ou choisissez un autre serveur STUN.</translation>
    </message>
    <message>
        <source>The server&apos;s second address never answered</source>
        <translation>La seconde adresse du serveur n&apos;a jamais répondu</translation>
    </message>
    <message>
        <source>Test 1 works, but the server&apos;s second address never answered this port, not even to a request sent straight to it. Something on the way may block traffic to that address: a firewall rule that allows only some destinations, a filter at the provider, or the server itself. Whether the router forwards this port could not be told.</source>
        <translation>Le test 1 fonctionne, mais la seconde adresse du serveur n&apos;a jamais répondu à ce port, pas même à une requête qui lui était envoyée directement. Quelque chose sur le chemin bloque peut-être le trafic vers cette adresse : une règle de pare-feu qui n&apos;autorise que certaines destinations, un filtre chez l&apos;opérateur, ou le serveur lui-même. On n&apos;a pas pu dire si le routeur redirige ce port.</translation>
    </message>
    <message>
        <source>Check whether the router or firewall lets the PBX send UDP only to certain addresses. The PBX needs to reach any address.</source>
        <translation>Vérifiez si le routeur ou le pare-feu ne laisse le PBX envoyer de l&apos;UDP qu&apos;à certaines adresses. Le PBX doit pouvoir joindre n&apos;importe quelle adresse.</translation>
    </message>
    <message>
        <source>Choose another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Choisissez un autre serveur STUN, par exemple l&apos;un de ceux de la liste par défaut du produit, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left by another way</source>
        <translation>Le trafic de la vérification est sorti par un autre chemin</translation>
    </message>
    <message>
        <source>The check&apos;s traffic left this computer by a VPN, or from another address than the PBX&apos;s. What failed may be the doing of the device at the end of that way, not of the router in front of the PBX, so the port counts neither as passed nor as failed. This computer&apos;s findings name the adapter.</source>
        <translation>Le trafic de la vérification a quitté cet ordinateur par un VPN, ou depuis une autre adresse que celle du PBX. Ce qui a échoué peut venir de l&apos;équipement au bout de ce chemin, et non du routeur placé devant le PBX : le port ne compte donc ni comme réussi ni comme échoué. Les constats sous « Cet ordinateur » indiquent l&apos;adaptateur.</translation>
    </message>
    <message>
        <source>Disconnect the VPN, or run the check on the PBX itself, from the address the router forwards to.</source>
        <translation>Déconnectez le VPN, ou lancez la vérification sur le PBX lui-même, depuis l&apos;adresse vers laquelle le routeur redirige.</translation>
    </message>
    <message>
        <source>Traffic leaves by more than one public address</source>
        <translation>Le trafic sort par plus d&apos;une adresse publique</translation>
    </message>
    <message>
        <source>The operating system refused to open this port with an error that is neither &quot;in use&quot; nor &quot;access denied&quot;, and this check cannot tell what caused it. Nothing is known about the router for this port, nor whether the PBX can open it.</source>
        <translation>Le système d&apos;exploitation a refusé d&apos;ouvrir ce port avec une erreur qui n&apos;est ni « déjà utilisé » ni « accès refusé », et cette vérification ne peut pas en dire la cause. On ne sait rien du routeur pour ce port, ni si le PBX peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Run the check again. If the same ports fail again, restart the computer and run it once more.</source>
        <translation>Relancez la vérification. Si les mêmes ports échouent encore, redémarrez l&apos;ordinateur et relancez-la une fois de plus.</translation>
    </message>
    <message>
        <source>If they still fail, pause security software, VPN clients and network tools one at a time and run the check after each: one of them may refuse the ports.</source>
        <translation>S&apos;ils échouent toujours, suspendez un par un les logiciels de sécurité, les clients VPN et les outils réseau, et relancez la vérification après chacun : l&apos;un d&apos;eux refuse peut-être les ports.</translation>
    </message>
    <message>
        <source>This computer stopped the check&apos;s network socket</source>
        <translation>Cet ordinateur a arrêté le socket réseau de la vérification</translation>
    </message>
    <message>
        <source>While this port was being checked, this computer reported a network error on a socket the check needed (the port&apos;s own, or the one that sends the control requests), and the socket stopped working. The check opened it again, but the error came back. A network adapter that resets, a VPN that connects or drops, or security software can do this. Nothing is known about the router for this port.</source>
        <translation>Pendant la vérification de ce port, cet ordinateur a signalé une erreur réseau sur un socket dont la vérification avait besoin (celui du port, ou celui qui envoie les requêtes de contrôle), et le socket a cessé de fonctionner. La vérification l&apos;a rouvert, mais l&apos;erreur est revenue. Un adaptateur réseau qui se réinitialise, un VPN qui se connecte ou se coupe, ou un logiciel de sécurité peuvent en être la cause. On ne sait rien du routeur pour ce port.</translation>
    </message>
    <message>
        <source>Run the check again while the network connection stays as it is: do not connect or disconnect a VPN, Wi-Fi or cable during the check.</source>
        <translation>Relancez la vérification sans toucher à la connexion réseau : ne connectez ni ne déconnectez de VPN, de Wi-Fi ou de câble pendant la vérification.</translation>
    </message>
    <message>
        <source>If it happens again, allow this program in any security software on this computer (antivirus, endpoint protection), then run the check again.</source>
        <translation>Si cela se reproduit, autorisez ce programme dans tout logiciel de sécurité de cet ordinateur (antivirus, protection des terminaux), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The STUN server and the responder disagree</source>
        <translation>Le serveur STUN et le serveur de test se contredisent</translation>
    </message>
    <message>
        <source>The answer from the STUN server&apos;s second address reached this port, but the responder&apos;s probe did not. Both come from addresses this port never sent to, so one of them is wrong: a STUN server that answers from another address than it should, or something on the way that lets in one sender and not the other. Which one cannot be told from here, so the port counts neither as passed nor as failed.</source>
        <translation>La réponse venant de la seconde adresse du serveur STUN a atteint ce port, mais pas le paquet de test du serveur de test. Tous deux viennent d&apos;adresses vers lesquelles ce port n&apos;a jamais rien envoyé : l&apos;un des deux résultats est donc faux, soit parce que le serveur STUN répond depuis une autre adresse que celle prévue, soit parce que quelque chose sur le chemin laisse entrer un expéditeur et pas l&apos;autre. On ne peut pas dire lequel d&apos;ici : le port n&apos;est donc compté ni comme réussi ni comme en échec.</translation>
    </message>
    <message>
        <source>Look on the router or firewall for a forward or rule that lets this port in only from certain addresses, such as the provider&apos;s: the PBX&apos;s phones and trunks from elsewhere would be kept out as the responder was.</source>
        <translation>Cherchez sur le routeur ou le pare-feu une redirection ou une règle qui n&apos;ouvre ce port qu&apos;à certaines adresses, comme celles de l&apos;opérateur : les postes et trunks du PBX situés ailleurs seraient bloqués comme l&apos;a été le serveur de test.</translation>
    </message>
    <message>
        <source>Run the check again with another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Relancez la vérification avec un autre serveur STUN, par exemple l&apos;un de ceux de la liste par défaut du produit.</translation>
    </message>
    <message>
        <source>The responder&apos;s connection could not be traced</source>
        <translation>La connexion du serveur de test n&apos;a pas pu être retrouvée</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port (often the PBX itself, or an SSH or web server), so the check could not listen on it and looked for the responder&apos;s connection in this computer&apos;s list of connections instead. The responder connected, but that list did not show whether its connection arrived here. The port counts neither as passed nor as failed.</source>
        <translation>Un programme de cet ordinateur occupe ce port TCP (souvent le PBX lui-même, ou un serveur SSH ou web) : la vérification n&apos;a donc pas pu écouter sur ce port et a cherché la connexion du serveur de test dans la liste des connexions de cet ordinateur. Le serveur de test s&apos;est connecté, mais cette liste n&apos;a pas montré si sa connexion est arrivée ici. Le port n&apos;est compté ni comme réussi ni comme en échec.</translation>
    </message>
    <message>
        <source>Run the check as an administrator (with sudo on Linux), so it may read the connections of every program.</source>
        <translation>Lancez la vérification en tant qu&apos;administrateur (avec sudo sous Linux), pour qu&apos;elle puisse lire les connexions de tous les programmes.</translation>
    </message>
    <message>
        <source>Or stop the program that holds the port while the check runs, so the check can listen on it itself. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>Ou arrêtez le programme qui occupe le port pendant la vérification, pour qu&apos;elle puisse écouter elle-même sur ce port. S&apos;il s&apos;agit du PBX, les appels sont coupés pendant l&apos;arrêt : choisissez un moment calme.</translation>
    </message>
    <message>
        <source>None of the responder&apos;s probes arrived</source>
        <translation>Aucun des paquets de test du serveur de test n&apos;est arrivé</translation>
    </message>
    <message>
        <source>No probe of the responder reached this computer, not even on the check&apos;s own port, which had sent to the responder first and so was open to it. Its packets are lost or kept out on the way, so the silence on this port says nothing about the router&apos;s forward.</source>
        <translation>Aucun paquet de test du serveur de test n&apos;a atteint cet ordinateur, pas même sur le port propre de la vérification, qui avait d&apos;abord envoyé des paquets au serveur de test et lui était donc ouvert. Ses paquets se perdent ou sont bloqués en chemin : le silence sur ce port ne dit donc rien de la redirection du routeur.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Demandez à qui gère le serveur de test si son hôte peut émettre de l&apos;UDP vers l&apos;extérieur : le pare-feu d&apos;un serveur loué, ou son hébergeur, peut le bloquer.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know, even on ports that sent to them first.</source>
        <translation>Cherchez un pare-feu en amont de cet ordinateur qui rejette l&apos;UDP venant d&apos;adresses qu&apos;il ne connaît pas, même sur des ports qui leur ont d&apos;abord envoyé des paquets.</translation>
    </message>
    <message>
        <source>The responder could not try this port</source>
        <translation>Le serveur de test n&apos;a pas pu essayer ce port</translation>
    </message>
    <message>
        <source>The responder was at its limit, or stopped answering, before it said what became of its connection to this TCP port. Nothing was tried, so the port counts neither as passed nor as failed.</source>
        <translation>Le serveur de test était à sa limite, ou a cessé de répondre, avant d&apos;indiquer ce qu&apos;il est advenu de sa connexion à ce port TCP. Rien n&apos;a été essayé : le port n&apos;est compté ni comme réussi ni comme en échec.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If it happens again, ask whoever runs the responder to look at its log.</source>
        <translation>Relancez la vérification dans quelques minutes. Si cela se reproduit, demandez à la personne qui gère le serveur de test de consulter son journal.</translation>
    </message>
    <message>
        <source>The program on this port listens only to itself</source>
        <translation>Le programme de ce port n&apos;écoute que lui-même</translation>
    </message>
    <message>
        <source>A program on this computer holds this TCP port but listens only on its loopback address (127.0.0.1), so this computer refuses every connection to it from the network, whatever the router forwards. Whether the router forwards the port could not be told.</source>
        <translation>Un programme de cet ordinateur occupe ce port TCP mais n&apos;écoute que sur son adresse de bouclage (127.0.0.1) : cet ordinateur refuse donc toute connexion venant du réseau, quoi que le routeur redirige. Il n&apos;a pas été possible de savoir si le routeur redirige ce port.</translation>
    </message>
    <message>
        <source>Set the program (the PBX&apos;s web server, an SSH server) to listen on the computer&apos;s LAN address or on all addresses, then run the check again.</source>
        <translation>Configurez le programme (le serveur web du PBX, un serveur SSH) pour qu&apos;il écoute sur l&apos;adresse LAN de l&apos;ordinateur ou sur toutes les adresses, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>If the site balances traffic over two internet lines, send all PBX traffic over one line, for example with a rule for the PBX&apos;s LAN address.</source>
        <translation>Si le site répartit le trafic sur deux accès Internet, faites passer tout le trafic du PBX par un seul accès, par exemple avec une règle pour l&apos;adresse LAN du PBX.</translation>
    </message>
    <message>
        <source>If a VPN client runs on this computer, disconnect it for the check, or make sure it does not carry the PBX&apos;s internet traffic.</source>
        <translation>Si un client VPN tourne sur cet ordinateur, déconnectez-le pendant la vérification, ou assurez-vous qu&apos;il ne transporte pas le trafic Internet du PBX.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>The server saw two different public IP addresses: for this port at its two addresses, or for this port and the check&apos;s own requests. Traffic leaves by more than one way, such as a second internet line, load balancing or a VPN, or the way changed during the check. That is not symmetric NAT, but the provider and the phones may see the PBX at another address than the one it announces.</source>
        <translation>Le serveur a vu deux adresses IP publiques différentes : pour ce port sur ses deux adresses, ou pour ce port et les propres requêtes de la vérification. Le trafic sort par plus d&apos;un chemin, par exemple un second accès Internet, une répartition de charge ou un VPN, ou bien le chemin a changé pendant la vérification. Ce n&apos;est pas du NAT symétrique, mais l&apos;opérateur et les postes risquent de voir le PBX à une autre adresse que celle qu&apos;il annonce.</translation>
    </message>
    <message>
        <source>Public port changed once, not confirmed</source>
        <translation>Le port public a changé une fois, sans confirmation</translation>
    </message>
    <message>
        <source>One destination saw this port under another public port number, but a second, fresh request did not see that again. The router may have renewed the port at that moment, so it is not clear whether it keeps one public port for every destination.</source>
        <translation>Une destination a vu ce port sous un autre numéro de port public, mais une seconde requête, toute nouvelle, ne l&apos;a pas revu. Le routeur a peut-être renouvelé le port à ce moment-là : on ne sait donc pas s&apos;il garde un seul port public pour toutes les destinations.</translation>
    </message>
    <message>
        <source>If the public port changes again, treat it as symmetric NAT and follow the steps given for that.</source>
        <translation>Si le port public change de nouveau, traitez-le comme du NAT symétrique et suivez les étapes prévues pour ce cas.</translation>
    </message>
    <message>
        <source>Port could not be opened (system error)</source>
        <translation>Le port n&apos;a pas pu être ouvert (erreur système)</translation>
    </message>
    <message>
        <source>Something limits new incoming connections</source>
        <translation>Quelque chose limite les nouvelles connexions entrantes</translation>
    </message>
    <message>
        <source>Test 2 failed for this port at the scan&apos;s pace, but other ports passed it when asked slowly. Something on the way limits how many new incoming connections it lets through, such as a flood or port-scan protection on the router or firewall. Whether this port is forwarded could not be told.</source>
        <translation>Le test 2 a échoué pour ce port au rythme du balayage, mais d&apos;autres ports l&apos;ont réussi quand on les a interrogés lentement. Quelque chose sur le chemin limite le nombre de nouvelles connexions entrantes qu&apos;il laisse passer, par exemple une protection contre l&apos;inondation (flood) ou contre le balayage de ports sur le routeur ou le pare-feu. On n&apos;a pas pu dire si ce port est redirigé.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for flood protection, port-scan detection or a limit on new UDP sessions. Exempt this computer from it for the check.</source>
        <translation>Sur le routeur ou le pare-feu, cherchez une protection contre l&apos;inondation (flood), une détection de balayage de ports ou une limite de nouvelles sessions UDP. Exemptez-en cet ordinateur pendant la vérification.</translation>
    </message>
    <message>
        <source>Or run the check again with a lower rate (on the Test settings page, or with --rate), or check fewer ports at a time.</source>
        <translation>Ou relancez la vérification avec un débit plus bas (page Paramètres du test, ou avec --rate), ou vérifiez moins de ports à la fois.</translation>
    </message>
    <message>
        <source>The router gave this port number to the check</source>
        <translation>Le routeur a attribué ce numéro de port à la vérification</translation>
    </message>
    <message>
        <source>The router picked this port&apos;s number as the public port of one of the check&apos;s own ports. Answers meant for this port may have gone to the check instead, and the port may have had to use another public port. Whether the router forwards it could not be told.</source>
        <translation>Le routeur a choisi le numéro de ce port comme port public de l&apos;un des ports propres à la vérification. Les réponses destinées à ce port ont donc pu arriver à la vérification, et le port a peut-être dû utiliser un autre port public. Impossible de dire si le routeur le redirige.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes: the router picks another port for the check next time.</source>
        <translation>Relancez la vérification dans quelques minutes : le routeur choisira un autre port pour la vérification.</translation>
    </message>
    <message>
        <source>If the router picks outgoing ports at random (pfSense and some business firewalls do), set a static or fixed source port for this computer.</source>
        <translation>Si le routeur choisit les ports sortants au hasard (c&apos;est le cas de pfSense et de certains pare-feu professionnels), configurez un port source statique ou fixe pour cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>PBX firewall check – {product}</source>
        <translation>Vérification du pare-feu du PBX – {product}</translation>
    </message>
    <message>
        <source>Public IP address: {ip}</source>
        <translation>Adresse IP publique : {ip}</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <source>Ports checked: {count}</source>
        <translation>Ports vérifiés : {count}</translation>
    </message>
    <message>
        <source>No port was checked.</source>
        <translation>Aucun port n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Link to the STUN server: {figures}</source>
        <translation>Liaison avec le serveur STUN : {figures}</translation>
    </message>
    <message>
        <source>{app} {version}, {date}</source>
        <translation>{app} {version}, {date}</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Serveur de test</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Vu de l&apos;extérieur (serveur de test)</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>Le routeur, et ce qui se trouve au-delà</translation>
    </message>
    <message>
        <source>Its forwards for the checked ports</source>
        <translation>Ses redirections pour les ports vérifiés</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Ports publics</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va vers</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Sa description</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every forward.</source>
        <translation>Lignes omises ici : {count}. L&apos;export JSON liste toutes les redirections.</translation>
    </message>
    <message>
        <source>Hairpin NAT (phones on the LAN using the public address)</source>
        <translation>NAT hairpin (postes du LAN passant par l&apos;adresse publique)</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping</source>
        <translation>Combien de temps le routeur garde un mappage UDP inactif</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Ce que le SIP helper a modifié</translation>
    </message>
    <message>
        <source>Part of the message</source>
        <translation>Partie du message</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>As the responder got it</source>
        <translation>Tel que reçu par le serveur de test</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Test 2 by</source>
        <translation>Test 2 par</translation>
    </message>
    <message>
        <source>Check by hand (the check did not test these)</source>
        <translation>À vérifier manuellement (la vérification ne les a pas testés)</translation>
    </message>
    <message>
        <source>Created with {app} {version}</source>
        <translation>Créé avec {app} {version}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Adresse du PBX</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Version de l&apos;outil</translation>
    </message>
    <message>
        <source>STUN server used</source>
        <translation>Serveur STUN utilisé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{seconds:.1f} s</source>
        <translation>{seconds:.1f} s</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Adresse IP publique</translation>
    </message>
    <message>
        <source>Mapping (RFC 5780)</source>
        <translation>Mappage (RFC 5780)</translation>
    </message>
    <message>
        <source>Filtering (RFC 5780)</source>
        <translation>Filtrage (RFC 5780)</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Numéros de port</translation>
    </message>
    <message>
        <source>How the router translates addresses (NAT)</source>
        <translation>Comment le routeur translate les adresses (NAT)</translation>
    </message>
    <message>
        <source>The link to the STUN server</source>
        <translation>La liaison avec le serveur STUN</translation>
    </message>
    <message>
        <source>What threatens calls:</source>
        <translation>Ce qui menace les appels :</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>Serveur STUN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Second address</source>
        <translation>Seconde adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>STUN servers tried</source>
        <translation>Serveurs STUN essayés</translation>
    </message>
    <message>
        <source>What failed, and what to do</source>
        <translation>Ce qui a échoué, et que faire</translation>
    </message>
    <message>
        <source>Affected ports ({count}):</source>
        <translation>Ports concernés ({count}) :</translation>
    </message>
    <message>
        <source>Ports the check could not judge, and why</source>
        <translation>Ports que la vérification n&apos;a pas pu juger, et pourquoi</translation>
    </message>
    <message>
        <source>Ports asked again more slowly, still without a clear answer: {count}.</source>
        <translation>Ports interrogés de nouveau plus lentement, toujours sans réponse claire : {count}.</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Ports occupés par un autre programme</translation>
    </message>
    <message>
        <source>Port {port} is held by {name} (PID {pid}). To see it:</source>
        <translation>Le port {port} est occupé par {name} (PID {pid}). Pour le vérifier :</translation>
    </message>
    <message>
        <source>The same commands work for the other ports held; change the port number.</source>
        <translation>Les mêmes commandes valent pour les autres ports occupés ; changez le numéro de port.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
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
        <translation>Tous les ports vérifiés</translation>
    </message>
    <message>
        <source>Rows left out here: {count}. The JSON export lists every port.</source>
        <translation>Lignes omises ici : {count}. L&apos;export JSON liste tous les ports.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Terms used in this report</source>
        <translation>Termes employés dans ce rapport</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Traffic from any address on the internet must reach the PBX on this UDP port, with the same port number outside and inside.</source>
        <translation>Le trafic venant de toute adresse sur Internet doit atteindre le PBX sur ce port UDP, avec le même numéro de port à l&apos;extérieur et à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>The PBX must be able to send UDP from this port and get the replies, and the router must keep one public port for it whatever the destination.</source>
        <translation>Le PBX doit pouvoir émettre en UDP depuis ce port et recevoir les réponses, et le routeur doit lui garder un seul port public quelle que soit la destination.</translation>
    </message>
    <message>
        <source>Forwarded one-to-one (full cone)</source>
        <translation>Redirigé un pour un (full cone)</translation>
    </message>
    <message>
        <source>Outbound with stable mapping</source>
        <translation>Sortant, mappage stable</translation>
    </message>
    <message>
        <source>This TCP port must be reachable from the internet; STUN cannot test TCP, so a responder connects to it from outside, or the forward is checked by hand.</source>
        <translation>Ce port TCP doit être joignable depuis Internet ; STUN ne pouvant pas tester le TCP, un serveur de test s&apos;y connecte depuis l&apos;extérieur, ou bien la redirection est vérifiée manuellement.</translation>
    </message>
    <message>
        <source>Inbound TCP</source>
        <translation>TCP entrant</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>entrant et sortant</translation>
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
        <translation>UDP et TCP</translation>
    </message>
</context>
<context>
    <name>Reserved</name>
    <message>
        <source>Ports {ranges} are reserved by Windows</source>
        <translation>Les ports {ranges} sont réservés par Windows</translation>
    </message>
    <message>
        <source>Port {ranges} is reserved by Windows</source>
        <translation>Le port {ranges} est réservé par Windows</translation>
    </message>
    <message>
        <source>Windows keeps these ports for itself: they are excluded port ranges, usually taken by Hyper-V, the Windows NAT service (WinNAT), Docker or WSL. No program can open them, not this check and not the PBX, so the PBX&apos;s calls on these ports fail whatever the router does. This is a problem of this computer, not of the router.</source>
        <translation>Windows se réserve ces ports : ce sont des plages de ports exclues, en général prises par Hyper-V, le service NAT de Windows (WinNAT), Docker ou WSL. Aucun programme ne peut les ouvrir, ni cette vérification ni le PBX : les appels du PBX sur ces ports échouent donc quoi que fasse le routeur. C&apos;est un problème de cet ordinateur, pas du routeur.</translation>
    </message>
    <message>
        <source>The lasting fix needs an administrator and a quiet moment. Stop the PBX&apos;s services first: Windows refuses to exclude ports a program uses.</source>
        <translation>La solution durable exige un administrateur et un moment calme. Arrêtez d&apos;abord les services du PBX : Windows refuse d&apos;exclure des ports qu&apos;un programme utilise.</translation>
    </message>
    <message>
        <source>In a command prompt run as administrator, run the commands below: they stop the Windows NAT service, exclude the PBX&apos;s ports so that Windows does not hand them out again, start the service again and list the ranges. The PBX&apos;s ports then show with a * (excluded by an administrator), which programs such as the PBX can still open.</source>
        <translation>Dans une invite de commandes exécutée en tant qu&apos;administrateur, exécutez les commandes ci-dessous : elles arrêtent le service NAT de Windows, excluent les ports du PBX pour que Windows ne les attribue plus, redémarrent le service et listent les plages. Les ports du PBX apparaissent alors avec un * (exclus par un administrateur) ; des programmes comme le PBX peuvent toujours les ouvrir.</translation>
    </message>
    <message>
        <source>Instead of excluding the ports, an administrator can move Windows&apos; dynamic port range, from which these ranges are taken, away from the PBX&apos;s ports: netsh int ipv4 show dynamicport udp shows it, netsh int ipv4 set dynamicport udp start=… num=… moves it. Then stop and start the Windows NAT service as above.</source>
        <translation>Au lieu d&apos;exclure les ports, un administrateur peut déplacer la plage de ports dynamiques de Windows, dont ces plages sont issues, à l&apos;écart des ports du PBX : netsh int ipv4 show dynamicport udp l&apos;affiche, netsh int ipv4 set dynamicport udp start=… num=… la déplace. Arrêtez et redémarrez ensuite le service NAT de Windows comme ci-dessus.</translation>
    </message>
    <message>
        <source>Restarting the Windows NAT service alone (net stop winnat, then net start winnat) frees the ports only until Windows reserves ranges again, often at the next restart. While it is stopped, the network of WSL, Docker and Hyper-V machines is down.</source>
        <translation>Redémarrer seulement le service NAT de Windows (net stop winnat, puis net start winnat) ne libère les ports que jusqu&apos;à ce que Windows réserve de nouveau des plages, souvent au prochain redémarrage. Tant qu&apos;il est arrêté, le réseau de WSL, de Docker et des machines Hyper-V est coupé.</translation>
    </message>
    <message>
        <source>Then start the PBX&apos;s services and run the check again.</source>
        <translation>Redémarrez ensuite les services du PBX et relancez la vérification.</translation>
    </message>
    <message>
        <source>Ports {ranges} are kept free by an administrator</source>
        <translation>Les ports {ranges} sont gardés libres par un administrateur</translation>
    </message>
    <message>
        <source>Port {ranges} is kept free by an administrator</source>
        <translation>Le port {ranges} est gardé libre par un administrateur</translation>
    </message>
    <message>
        <source>An administrator excluded these ports from the ones Windows hands out on its own (marked * in the list of excluded port ranges). Hyper-V, WinNAT, Docker and WSL cannot take them, and the PBX can still open them. Nothing to do.</source>
        <translation>Un administrateur a exclu ces ports de ceux que Windows attribue de lui-même (marqués * dans la liste des plages de ports exclues). Hyper-V, WinNAT, Docker et WSL ne peuvent pas les prendre, et le PBX peut toujours les ouvrir. Rien à faire.</translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>STUN server</source>
        <translation>serveur STUN</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>serveur de test</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>the request line</source>
        <translation>la ligne de requête</translation>
    </message>
    <message>
        <source>the Via header (where answers go)</source>
        <translation>l&apos;en-tête Via (où vont les réponses)</translation>
    </message>
    <message>
        <source>the Contact header (where the PBX is reached)</source>
        <translation>l&apos;en-tête Contact (où joindre le PBX)</translation>
    </message>
    <message>
        <source>the From header</source>
        <translation>l&apos;en-tête From</translation>
    </message>
    <message>
        <source>the To header</source>
        <translation>l&apos;en-tête To</translation>
    </message>
    <message>
        <source>the Call-ID</source>
        <translation>le Call-ID</translation>
    </message>
    <message>
        <source>the Content-Length (the body&apos;s size)</source>
        <translation>le Content-Length (taille du corps)</translation>
    </message>
    <message>
        <source>another header</source>
        <translation>un autre en-tête</translation>
    </message>
    <message>
        <source>a header it added</source>
        <translation>un en-tête qu&apos;il a ajouté</translation>
    </message>
    <message>
        <source>a header it removed</source>
        <translation>un en-tête qu&apos;il a supprimé</translation>
    </message>
    <message>
        <source>the SDP origin (o=)</source>
        <translation>l&apos;origine SDP (o=)</translation>
    </message>
    <message>
        <source>the SDP connection address (c=, where audio goes)</source>
        <translation>l&apos;adresse de connexion SDP (c=, où va l&apos;audio)</translation>
    </message>
    <message>
        <source>the SDP media port (m=)</source>
        <translation>le port média SDP (m=)</translation>
    </message>
    <message>
        <source>the message body</source>
        <translation>le corps du message</translation>
    </message>
    <message>
        <source>Tested from outside by the responder</source>
        <translation>Testé depuis l&apos;extérieur par le serveur de test</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet. It saw the check come from {ip}.</source>
        <translation>Le serveur de test {server} ({address}) a envoyé depuis Internet des paquets de test aux ports de cette vérification et s&apos;est connecté à ses ports TCP. Il a vu la vérification arriver depuis {ip}.</translation>
    </message>
    <message>
        <source>The responder {server} ({address}) sent probes to this check&apos;s ports and connected to its TCP ports from the internet.</source>
        <translation>Le serveur de test {server} ({address}) a envoyé depuis Internet des paquets de test aux ports de cette vérification et s&apos;est connecté à ses ports TCP.</translation>
    </message>
    <message>
        <source>The responder and the STUN server saw different public addresses</source>
        <translation>Le serveur de test et le serveur STUN ont vu des adresses publiques différentes</translation>
    </message>
    <message>
        <source>The responder saw this check come from {responder_ip}, the STUN server from {stun_ip}. Traffic leaves by more than one way (a second internet line, load balancing or a VPN), so what one of them found may not hold for the other, nor for the PBX&apos;s provider.</source>
        <translation>Le serveur de test a vu cette vérification arriver depuis {responder_ip}, le serveur STUN depuis {stun_ip}. Le trafic sort par plus d&apos;un chemin (deuxième accès Internet, répartition de charge ou VPN) : ce que l&apos;un a constaté ne vaut peut-être ni pour l&apos;autre ni pour l&apos;opérateur du PBX.</translation>
    </message>
    <message>
        <source>If the site has two internet lines, make the router send the PBX&apos;s traffic always by the line its forwards are on (a source or policy route).</source>
        <translation>Si le site a deux accès Internet, faites en sorte que le routeur envoie toujours le trafic du PBX par l&apos;accès où se trouvent ses redirections (routage par la source ou policy routing).</translation>
    </message>
    <message>
        <source>If a VPN is connected on this computer, disconnect it.</source>
        <translation>Si un VPN est connecté sur cet ordinateur, déconnectez-le.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>The responder could not be used</source>
        <translation>Le serveur de test n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <source>The check ran without it: no TCP port and no SIP helper was tested, and test 2 relied on the STUN server alone.</source>
        <translation>La vérification s&apos;est faite sans lui : aucun port TCP ni SIP helper n&apos;a été testé, et le test 2 s&apos;est appuyé sur le seul serveur STUN.</translation>
    </message>
    <message>
        <source>The responder&apos;s probes did not arrive</source>
        <translation>Les paquets de test du serveur de test ne sont pas arrivés</translation>
    </message>
    <message>
        <source>The responder&apos;s name in {server} was not found in DNS.</source>
        <translation>Le nom du serveur de test dans {server} est introuvable dans le DNS.</translation>
    </message>
    <message>
        <source>No connection could be made to the responder {server}.</source>
        <translation>Impossible d&apos;établir une connexion avec le serveur de test {server}.</translation>
    </message>
    <message>
        <source>The responder {server} asks for a shared secret, and none or another one was given.</source>
        <translation>Le serveur de test {server} demande un secret partagé : aucun n&apos;a été indiqué, ou un autre que le sien.</translation>
    </message>
    <message>
        <source>The responder {server} refused: too many checks came from this public address in a short time.</source>
        <translation>Le serveur de test {server} a refusé : trop de vérifications sont venues de cette adresse publique en peu de temps.</translation>
    </message>
    <message>
        <source>The responder {server} refused: it is busy with other checks.</source>
        <translation>Le serveur de test {server} a refusé : il est occupé par d&apos;autres vérifications.</translation>
    </message>
    <message>
        <source>The program at {server} did not answer as a responder does: another program may listen on that port, a proxy may sit in between, or the responder is of another version than this wizard.</source>
        <translation>Le programme à l&apos;adresse {server} n&apos;a pas répondu comme le fait un serveur de test : un autre programme écoute peut-être sur ce port, un proxy s&apos;intercale peut-être, ou le serveur de test est d&apos;une autre version que cet assistant.</translation>
    </message>
    <message>
        <source>The responder {server} took the check&apos;s request, but none of its UDP probes reached this computer, not even on the check&apos;s own port, which had sent to it first. Its packets are lost or kept out on the way, so the ports it could not reach are not held against the router.</source>
        <translation>Le serveur de test {server} a accepté la demande de la vérification, mais aucun de ses paquets de test UDP n&apos;a atteint cet ordinateur, pas même sur le port propre de la vérification, qui lui avait d&apos;abord envoyé des paquets. Ses paquets se perdent ou sont bloqués en chemin : les ports qu&apos;il n&apos;a pas pu atteindre ne sont donc pas imputés au routeur.</translation>
    </message>
    <message>
        <source>Check the spelling of the responder&apos;s address, as the support team gave it.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse du serveur de test, telle que l&apos;équipe d&apos;assistance l&apos;a donnée.</translation>
    </message>
    <message>
        <source>Check the responder&apos;s address and port: its control port is {port} unless the support team chose another.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur de test : son port de contrôle est {port}, sauf si l&apos;équipe d&apos;assistance en a choisi un autre.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether it is running, and whether the firewall of its host (on a rented server, also the provider&apos;s firewall) lets TCP in on that port.</source>
        <translation>Demandez à qui gère le serveur de test s&apos;il est en marche, et si le pare-feu de son hôte (sur un serveur loué, aussi celui de l&apos;hébergeur) laisse entrer le TCP sur ce port.</translation>
    </message>
    <message>
        <source>Check that no firewall in front of this computer blocks outgoing connections to that port.</source>
        <translation>Vérifiez qu&apos;aucun pare-feu en amont de cet ordinateur ne bloque les connexions sortantes vers ce port.</translation>
    </message>
    <message>
        <source>Give the secret the support team set on the responder: on the Test settings page, or with --responder-secret-file.</source>
        <translation>Indiquez le secret que l&apos;équipe d&apos;assistance a défini sur le serveur de test : sur la page « Paramètres du test », ou avec --responder-secret-file.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run the check again.</source>
        <translation>Attendez quelques minutes, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Relancez la vérification dans quelques minutes.</translation>
    </message>
    <message>
        <source>If the responder stays busy, tell whoever runs it.</source>
        <translation>Si le serveur de test reste occupé, prévenez qui le gère.</translation>
    </message>
    <message>
        <source>Check the port given for the responder: it must be the responder&apos;s control port, not its SIP port or another service&apos;s.</source>
        <translation>Vérifiez le port indiqué pour le serveur de test : ce doit être son port de contrôle, et non son port SIP ni celui d&apos;un autre service.</translation>
    </message>
    <message>
        <source>Make sure the responder and this wizard are of the same version.</source>
        <translation>Assurez-vous que le serveur de test et cet assistant sont de la même version.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its host may send UDP out: the firewall of a rented server, or its provider, can block it.</source>
        <translation>Demandez à qui gère le serveur de test si son hôte peut émettre de l&apos;UDP vers l&apos;extérieur : le pare-feu d&apos;un serveur loué, ou son hébergeur, peut le bloquer.</translation>
    </message>
    <message>
        <source>Look for a firewall in front of this computer that drops UDP from addresses it does not know.</source>
        <translation>Cherchez un pare-feu en amont de cet ordinateur qui rejette l&apos;UDP venant d&apos;adresses qu&apos;il ne connaît pas.</translation>
    </message>
    <message>
        <source>The router rewrites SIP messages (SIP ALG)</source>
        <translation>Le routeur réécrit les messages SIP (SIP ALG)</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, and a device on the way changed it: {parts}. A SIP helper like this breaks calls in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>La vérification a envoyé un message SIP au serveur de test, et un appareil sur le chemin l&apos;a modifié : {parts}. Un tel SIP helper fait échouer les appels de façon difficile à diagnostiquer : audio dans un seul sens ou absent, appels coupés au bout d&apos;environ 30 secondes, trunks et postes qui perdent leur enregistrement.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. Its name varies: SIP ALG, SIP helper, SIP inspection, SIP fixup, SIP transformations, SIP pass-through. Where it typically sits on common devices:</source>
        <translation>Désactivez le SIP helper du routeur ou du pare-feu placé devant le PBX. Son nom varie : SIP ALG, SIP helper, inspection SIP, SIP fixup, SIP transformations, SIP pass-through. Où il se trouve généralement sur les appareils courants :</translation>
    </message>
    <message>
        <source>DrayTek Vigor: typically NAT &gt; ALG, where the SIP entry is switched off.</source>
        <translation>DrayTek Vigor : généralement NAT &gt; ALG, où l&apos;on désactive l&apos;entrée SIP.</translation>
    </message>
    <message>
        <source>Netgear: typically Advanced &gt; Setup &gt; WAN Setup, with the option Disable SIP ALG.</source>
        <translation>Netgear : généralement Avancé &gt; Configuration &gt; Configuration WAN (Advanced &gt; Setup &gt; WAN Setup), avec l&apos;option Désactiver SIP ALG (Disable SIP ALG).</translation>
    </message>
    <message>
        <source>TP-Link: typically Advanced &gt; NAT Forwarding &gt; ALG, where SIP ALG is switched off.</source>
        <translation>TP-Link : généralement Avancé &gt; Redirection NAT &gt; ALG (Advanced &gt; NAT Forwarding &gt; ALG), où l&apos;on désactive le SIP ALG.</translation>
    </message>
    <message>
        <source>FRITZ!Box: typically there is no switch for it. If the FRITZ!Box itself has internet phone numbers set up, it uses SIP on port 5060 too: move those numbers to the PBX, or give the PBX another SIP port.</source>
        <translation>FRITZ!Box : en général, il n&apos;y a pas de réglage pour cela. Si des numéros de téléphonie Internet sont configurés sur la FRITZ!Box elle-même, elle utilise elle aussi SIP sur le port 5060 : transférez ces numéros vers le PBX, ou donnez au PBX un autre port SIP.</translation>
    </message>
    <message>
        <source>SonicWall: typically VoIP &gt; Settings, where Enable SIP Transformations is cleared.</source>
        <translation>SonicWall : généralement VoIP &gt; Settings, où l&apos;on décoche Enable SIP Transformations.</translation>
    </message>
    <message>
        <source>Fortinet FortiGate: typically in the command line, under config system settings, set default-voip-alg-mode to kernel-helper-based, then delete the entry named sip under config system session-helper. A VoIP profile on a firewall policy turns the SIP ALG on again for that policy.</source>
        <translation>Fortinet FortiGate : généralement en ligne de commande, sous config system settings, réglez default-voip-alg-mode sur kernel-helper-based, puis supprimez l&apos;entrée nommée sip sous config system session-helper. Un profil VoIP sur une règle de pare-feu (policy) réactive le SIP ALG pour cette règle.</translation>
    </message>
    <message>
        <source>Cisco ASA: typically no inspect sip in the class inspection_default of the global policy-map.</source>
        <translation>Cisco ASA : généralement no inspect sip dans la classe inspection_default de la policy-map globale.</translation>
    </message>
    <message>
        <source>MikroTik: typically IP &gt; Firewall &gt; Service Ports, where sip is disabled.</source>
        <translation>MikroTik : généralement IP &gt; Firewall &gt; Service Ports, où l&apos;on désactive sip.</translation>
    </message>
    <message>
        <source>pfSense and OPNsense have no SIP helper of their own; if the siproxd package is installed, remove it or leave the PBX out of it, and give the PBX Static Port in the outbound NAT rules.</source>
        <translation>pfSense et OPNsense n&apos;ont pas de SIP helper propre ; si le paquet siproxd est installé, supprimez-le ou excluez-en le PBX, et activez Static Port pour le PBX dans les règles de NAT sortant.</translation>
    </message>
    <message>
        <source>A Linux router (iptables or nftables): typically the kernel modules nf_nat_sip and nf_conntrack_sip, or a ct helper rule for sip; unload the modules and keep them from loading again, or delete the rule.</source>
        <translation>Un routeur Linux (iptables ou nftables) : généralement les modules noyau nf_nat_sip et nf_conntrack_sip, ou une règle ct helper pour sip ; déchargez les modules et empêchez leur rechargement, ou supprimez la règle.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off. Some routers need a restart before the change takes effect.</source>
        <translation>Relancez ensuite la vérification : elle montre si le SIP helper est vraiment désactivé. Certains routeurs doivent redémarrer avant que la modification prenne effet.</translation>
    </message>
    <message>
        <source>No SIP helper changed the check&apos;s SIP message</source>
        <translation>Aucun SIP helper n&apos;a modifié le message SIP de la vérification</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} from port {port} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>La vérification a envoyé un message SIP en {transports} depuis le port {port} au serveur de test, et il est arrivé intact : aucun SIP helper (SIP ALG) sur le chemin ne l&apos;a réécrit.</translation>
    </message>
    <message>
        <source>The check sent a SIP message over {transports} to the responder, and it arrived unchanged: no SIP helper (SIP ALG) on the way rewrote it.</source>
        <translation>La vérification a envoyé un message SIP en {transports} au serveur de test, et il est arrivé intact : aucun SIP helper (SIP ALG) sur le chemin ne l&apos;a réécrit.</translation>
    </message>
    <message>
        <source>No SIP helper seen, but not from the product&apos;s SIP port</source>
        <translation>Aucun SIP helper détecté, mais pas depuis le port SIP du produit</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), so the check sent its SIP message from port {port} instead, and it arrived unchanged. Many SIP helpers watch only the SIP port, so one may still be there.</source>
        <translation>Un programme de cet ordinateur occupe le port SIP du produit (souvent le PBX lui-même) : la vérification a donc envoyé son message SIP depuis le port {port}, et il est arrivé intact. Beaucoup de SIP helpers ne surveillent que le port SIP : il peut donc quand même y en avoir un.</translation>
    </message>
    <message>
        <source>To test the SIP port itself, stop the program that holds it while the check runs. If it is the PBX, calls drop while it is down: pick a quiet time.</source>
        <translation>Pour tester le port SIP lui-même, arrêtez le programme qui l&apos;occupe pendant la vérification. S&apos;il s&apos;agit du PBX, les appels sont coupés pendant l&apos;arrêt : choisissez un moment calme.</translation>
    </message>
    <message>
        <source>Whether a SIP helper rewrites SIP messages could not be told</source>
        <translation>Impossible de dire si un SIP helper réécrit les messages SIP</translation>
    </message>
    <message>
        <source>The SIP ALG test did not come to an answer.</source>
        <translation>Le test du SIP ALG n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>The check sent a SIP message to the responder, but nothing came back. Some SIP helpers drop messages they cannot handle; the message or its echo may also have been lost.</source>
        <translation>La vérification a envoyé un message SIP au serveur de test, mais rien n&apos;est revenu. Certains SIP helpers rejettent les messages qu&apos;ils ne savent pas traiter ; le message ou son écho a aussi pu se perdre.</translation>
    </message>
    <message>
        <source>The responder&apos;s SIP port refused or dropped the check&apos;s connection over TCP.</source>
        <translation>Le port SIP du serveur de test a refusé ou abandonné la connexion TCP de la vérification.</translation>
    </message>
    <message>
        <source>No responder with a SIP port was at hand, so no SIP message could be sent.</source>
        <translation>Aucun serveur de test doté d&apos;un port SIP n&apos;était disponible : aucun message SIP n&apos;a donc pu être envoyé.</translation>
    </message>
    <message>
        <source>A program on this computer holds the product&apos;s SIP port (often the PBX itself), and the check could not send its SIP message from it.</source>
        <translation>Un programme de cet ordinateur occupe le port SIP du produit (souvent le PBX lui-même), et la vérification n&apos;a pas pu envoyer son message SIP depuis ce port.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>If nothing comes back again, look on the router or firewall for a SIP helper (SIP ALG, SIP helper or SIP inspection) and switch it off.</source>
        <translation>Si rien ne revient à nouveau, cherchez un SIP helper (SIP ALG, SIP helper ou inspection SIP) sur le routeur ou le pare-feu et désactivez-le.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder whether its SIP port takes TCP, and whether the firewall of its host lets TCP in on it.</source>
        <translation>Demandez à qui gère le serveur de test si son port SIP accepte le TCP, et si le pare-feu de son hôte laisse entrer le TCP sur ce port.</translation>
    </message>
    <message>
        <source>Ask whoever runs the responder to give it a SIP port (its --sip-port option).</source>
        <translation>Demandez à qui gère le serveur de test de lui attribuer un port SIP (son option --sip-port).</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>Serveurs STUN</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Seen from outside (responder)</source>
        <translation>Vu de l&apos;extérieur (serveur de test)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Tel que reçu</translation>
    </message>
    <message>
        <source>What the SIP helper changed</source>
        <translation>Ce que le SIP helper a modifié</translation>
    </message>
    <message>
        <source>The router, and what lies beyond it</source>
        <translation>Le routeur, et ce qui se trouve au-delà</translation>
    </message>
    <message>
        <source>Public ports</source>
        <translation>Ports publics</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va vers</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Its description</source>
        <translation>Sa description</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>The router&apos;s forwards for the checked ports</source>
        <translation>Les redirections du routeur pour les ports vérifiés</translation>
    </message>
    <message>
        <source>Hairpin NAT</source>
        <translation>NAT hairpin</translation>
    </message>
    <message>
        <source>Mapping lifetime</source>
        <translation>Durée de vie du mappage</translation>
    </message>
    <message>
        <source>Ports held by another program</source>
        <translation>Ports occupés par un autre programme</translation>
    </message>
    <message>
        <source>Your router, as the server saw it</source>
        <translation>Votre routeur, vu par le serveur</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
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
        <translation>Résultats par port</translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation>Enregistrer le rapport &amp;HTML…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <source>Co&amp;py summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>R&amp;elancer</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message numerus="yes">
        <source>{product}: %n port(s) checked in {seconds} s.</source>
        <translation>
            <numerusform>{product} : %n port vérifié en {seconds} s.</numerusform>
            <numerusform>{product} : %n ports vérifiés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n port(s)</source>
        <translation>
            <numerusform>{title} — %n port</numerusform>
            <numerusform>{title} — %n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Second address: {other}.</source>
        <translation>Seconde adresse : {other}.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more port(s); the report lists them all.</source>
        <translation>
            <numerusform>… et %n autre port ; le rapport les liste tous.</numerusform>
            <numerusform>… et %n autres ports ; le rapport les liste tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every forward.</source>
        <translation>Lignes omises : {count}. Le rapport JSON liste toutes les redirections.</translation>
    </message>
    <message>
        <source>{part} ({transport})</source>
        <translation>{part} ({transport})</translation>
    </message>
    <message>
        <source>Allow for this check (administrator)</source>
        <translation>Autoriser pour cette vérification (administrateur)</translation>
    </message>
    <message>
        <source>Waiting for the administrator&apos;s approval…</source>
        <translation>En attente de l&apos;accord de l&apos;administrateur…</translation>
    </message>
    <message>
        <source>Allowed until this program closes.</source>
        <translation>Autorisé jusqu&apos;à la fermeture de ce programme.</translation>
    </message>
    <message>
        <source>Not allowed: the prompt was declined.</source>
        <translation>Non autorisé : la demande a été refusée.</translation>
    </message>
    <message>
        <source>Could not allow it: {problem}</source>
        <translation>Autorisation impossible : {problem}</translation>
    </message>
    <message>
        <source>Rows left out: {count}. The JSON report lists every port.</source>
        <translation>Lignes omises : {count}. Le rapport JSON liste tous les ports.</translation>
    </message>
    <message>
        <source>Link quality</source>
        <translation>Qualité de la liaison</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Port {port}: {program}</source>
        <translation>Port {port} : {program}</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Adresse IP publique</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Port numbers</source>
        <translation>Numéros de port</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Check these by hand (this check did not test them):</source>
        <translation>À vérifier manuellement (cette vérification ne les a pas testés) :</translation>
    </message>
    <message>
        <source>Check these by hand (STUN cannot test them):</source>
        <translation>À vérifier manuellement (STUN ne peut pas les tester) :</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Could not save {path}: {problem}</source>
        <translation>Impossible d&apos;enregistrer {path} : {problem}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Résumé copié dans le presse-papiers.</translation>
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
        <translation>saisie depuis la page d&apos;état du routeur</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>carrier-grade NAT of the provider</source>
        <translation>CGNAT de l&apos;opérateur</translation>
    </message>
    <message>
        <source>another router in front (private address)</source>
        <translation>un autre routeur en amont (adresse privée)</translation>
    </message>
    <message>
        <source>another NAT beyond the router (other public address)</source>
        <translation>un autre NAT en amont du routeur (autre adresse publique)</translation>
    </message>
    <message>
        <source>to this computer</source>
        <translation>vers cet ordinateur</translation>
    </message>
    <message>
        <source>to another device</source>
        <translation>vers un autre appareil</translation>
    </message>
    <message>
        <source>to this computer, other port</source>
        <translation>vers cet ordinateur, autre port</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, from 100.64.0.0/10, the range providers use for carrier-grade NAT (RFC 6598); the STUN server saw this site as {public}. The provider shares that public address among many customers, so traffic from the internet stops at the provider&apos;s NAT before it reaches this router.</source>
        <translation>L&apos;adresse Internet du routeur lui-même est {wan}, dans 100.64.0.0/10, la plage qu&apos;utilisent les opérateurs pour le CGNAT (RFC 6598) ; le serveur STUN a vu ce site comme {public}. L&apos;opérateur partage cette adresse publique entre de nombreux clients : le trafic venant d&apos;Internet s&apos;arrête donc au NAT de l&apos;opérateur avant d&apos;atteindre ce routeur.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, a private address (RFC 1918). Another device between it and the internet translates addresses too, most often the provider&apos;s modem or router, and traffic from the internet stops there unless it passes it on.</source>
        <translation>L&apos;adresse Internet du routeur lui-même est {wan}, une adresse privée (RFC 1918). Un autre équipement entre lui et Internet translate aussi les adresses, le plus souvent le modem ou la box de l&apos;opérateur, et le trafic venant d&apos;Internet s&apos;y arrête, à moins que cet équipement ne le transmette.</translation>
    </message>
    <message>
        <source>The router&apos;s own internet address is {wan}, but the STUN server saw this site come from {public}. Another NAT sits beyond this router (the provider&apos;s, or a second router), and traffic from the internet stops there unless it passes it on.</source>
        <translation>L&apos;adresse Internet du routeur lui-même est {wan}, mais le serveur STUN a vu ce site venir de {public}. Un autre NAT se trouve en amont de ce routeur (celui de l&apos;opérateur, ou un second routeur), et le trafic venant d&apos;Internet s&apos;y arrête, à moins qu&apos;il ne le transmette.</translation>
    </message>
    <message>
        <source>perhaps another NAT (not told for certain)</source>
        <translation>peut-être un autre NAT (sans certitude)</translation>
    </message>
    <message>
        <source>The router answered, but says its internet connection is not up, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers answer this way when their own internet address is private or shared, which means another NAT in front of them; but it cannot be told for certain from this answer.</source>
        <translation>Le routeur a répondu, mais indique que sa connexion Internet n&apos;est pas active, alors que le trafic de la vérification est passé par lui vers Internet (le serveur STUN a vu {public}). Les routeurs répondent ainsi quand leur propre adresse Internet est privée ou partagée, c&apos;est-à-dire avec un autre NAT en amont ; mais cette réponse ne permet pas de l&apos;affirmer.</translation>
    </message>
    <message>
        <source>The router answered, but gave no internet (WAN) address of its own, while the check&apos;s traffic passed through it to the internet (the STUN server saw {public}). Routers with miniupnpd answer this way when their own internet address is private or shared, which means another NAT in front of them; but also when it lies in a reserved range or they are set up oddly, so it cannot be told for certain from this answer.</source>
        <translation>Le routeur a répondu, mais sans donner sa propre adresse Internet (WAN), alors que le trafic de la vérification est passé par lui vers Internet (le serveur STUN a vu {public}). Les routeurs avec miniupnpd répondent ainsi quand leur propre adresse Internet est privée ou partagée, c&apos;est-à-dire avec un autre NAT en amont ; mais aussi quand elle se trouve dans une plage réservée ou qu&apos;ils sont configurés de façon inhabituelle : cette réponse ne permet donc pas de l&apos;affirmer.</translation>
    </message>
    <message>
        <source>The router forwards ports to this computer that still failed</source>
        <translation>Le routeur redirige vers cet ordinateur des ports qui ont pourtant échoué</translation>
    </message>
    <message>
        <source>The router lists forwards of {ports} to this computer, yet nothing from the internet arrived on them. Something drops that traffic before the forward is used: a device in front of the router (often the provider&apos;s), or a firewall rule on the router itself.</source>
        <translation>Le routeur indique des redirections de {ports} vers cet ordinateur, mais rien n&apos;est arrivé d&apos;Internet sur ces ports. Quelque chose rejette ce trafic avant que la redirection ne serve : un appareil en amont du routeur (souvent celui de l&apos;opérateur), ou une règle de pare-feu du routeur lui-même.</translation>
    </message>
    <message>
        <source>Check the router&apos;s firewall rules for these ports, and whether a device in front of the router passes them on; then run the check again.</source>
        <translation>Vérifiez les règles de pare-feu du routeur pour ces ports, et si un appareil en amont du routeur les laisse passer ; puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Perhaps a second NAT sits between the router and the internet</source>
        <translation>Un second NAT se trouve peut-être entre le routeur et Internet</translation>
    </message>
    <message>
        <source>The router&apos;s address was typed from its status page; the router was not asked.</source>
        <translation>L&apos;adresse du routeur a été saisie depuis sa page d&apos;état ; le routeur n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <source>A second NAT sits between the router and the internet</source>
        <translation>Un second NAT se trouve entre le routeur et Internet</translation>
    </message>
    <message>
        <source>Forwards on this router alone cannot make the failing ports work.</source>
        <translation>Des redirections sur ce seul routeur ne suffisent pas à faire fonctionner les ports en échec.</translation>
    </message>
    <message>
        <source>A second NAT sits in front of the router, and lets the ports through now</source>
        <translation>Un second NAT se trouve en amont du routeur et laisse actuellement passer les ports</translation>
    </message>
    <message>
        <source>The checked ports work, so that device passes traffic on to this router now (as an exposed host or DMZ, or with forwards of its own). A reset, a firmware update or a new device from the provider can undo that, and then the PBX&apos;s ports stop working.</source>
        <translation>Les ports vérifiés fonctionnent : cet équipement transmet donc actuellement le trafic à ce routeur (comme hôte exposé/DMZ, ou avec ses propres redirections). Une réinitialisation, une mise à jour du firmware ou un nouvel équipement de l&apos;opérateur peut défaire ce réglage, et les ports du PBX cessent alors de fonctionner.</translation>
    </message>
    <message>
        <source>Traffic from the internet passes that device before it reaches this router&apos;s forwards: if ports fail, look there too.</source>
        <translation>Le trafic venant d&apos;Internet traverse cet équipement avant d&apos;atteindre les redirections de ce routeur : si des ports échouent, regardez aussi de ce côté.</translation>
    </message>
    <message>
        <source>Ask the provider for a public IPv4 address for this line; no setting at the site can open a port through carrier-grade NAT.</source>
        <translation>Demandez à l&apos;opérateur une adresse IPv4 publique pour cette ligne ; aucun réglage sur site ne peut ouvrir un port à travers un CGNAT.</translation>
    </message>
    <message>
        <source>Find the device in front of this router, often the provider&apos;s modem or router, and put it into bridge mode, or make this router its exposed host (DMZ).</source>
        <translation>Repérez l&apos;équipement en amont de ce routeur, souvent le modem ou la box de l&apos;opérateur, et passez-le en mode bridge, ou faites de ce routeur son hôte exposé (DMZ).</translation>
    </message>
    <message>
        <source>Better still, put that device into bridge mode, so this router gets the public address itself and no second NAT is left to undo.</source>
        <translation>Mieux encore, passez cet équipement en mode bridge : ce routeur obtient alors lui-même l&apos;adresse publique, et il ne reste aucun second NAT dont le réglage pourrait se perdre.</translation>
    </message>
    <message>
        <source>Note how the device in front is set up in the customer&apos;s documentation, so it can be set again after a reset or a swap.</source>
        <translation>Notez dans la documentation du client comment l&apos;équipement en amont est configuré, afin de pouvoir le reconfigurer après une réinitialisation ou un remplacement.</translation>
    </message>
    <message>
        <source>The router did not answer</source>
        <translation>Le routeur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>The router answered neither UPnP nor NAT-PMP nor PCP, so a second NAT in front of it could not be seen from here. Many routers have these switched off, which is no fault.</source>
        <translation>Le routeur n&apos;a répondu ni en UPnP, ni en NAT-PMP, ni en PCP : un second NAT en amont n&apos;a donc pas pu être détecté d&apos;ici. Beaucoup de routeurs ont ces protocoles désactivés, ce qui n&apos;est pas un défaut.</translation>
    </message>
    <message>
        <source>To find out whether there is a second NAT, look up the internet (WAN) address on the router&apos;s status page, type it into the Test settings page or give it with --router-wan, and run the check again.</source>
        <translation>Pour savoir s&apos;il y a un second NAT, relevez l&apos;adresse Internet (WAN) sur la page d&apos;état du routeur, saisissez-la sur la page « Paramètres du test » ou indiquez-la avec --router-wan, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Other devices answered as routers</source>
        <translation>D&apos;autres appareils ont répondu comme routeurs</translation>
    </message>
    <message>
        <source>These are not this computer&apos;s way to the internet, so what they said was not used: {names}.</source>
        <translation>Ils ne sont pas la sortie de cet ordinateur vers Internet, et leurs réponses n&apos;ont donc pas été utilisées : {names}.</translation>
    </message>
    <message>
        <source>The router forwards ports to another device</source>
        <translation>Le routeur redirige des ports vers un autre appareil</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer ({this}). Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>Le routeur redirige {ports} vers un autre appareil ({client}), et non vers cet ordinateur ({this}). Le trafic venant d&apos;Internet pour ces ports y est envoyé : souvent un ancien PBX, un poste ou un autre programme qui a ajouté les redirections par UPnP.</translation>
    </message>
    <message>
        <source>The router forwards {ports} to another device ({client}), not to this computer. Traffic from the internet for those ports goes there: often an old PBX, a phone or another program that added the forwards by UPnP.</source>
        <translation>Le routeur redirige {ports} vers un autre appareil ({client}), et non vers cet ordinateur. Le trafic venant d&apos;Internet pour ces ports y est envoyé : souvent un ancien PBX, un poste ou un autre programme qui a ajouté les redirections par UPnP.</translation>
    </message>
    <message>
        <source>Delete those forwards on the router (on its port forwarding or UPnP page), and switch UPnP off on the other device if it added them.</source>
        <translation>Supprimez ces redirections sur le routeur (sur sa page de redirection de ports ou UPnP), et désactivez l&apos;UPnP sur l&apos;autre appareil si c&apos;est lui qui les a ajoutées.</translation>
    </message>
    <message>
        <source>Forward the ports to this computer instead, then run the check again.</source>
        <translation>Redirigez plutôt les ports vers cet ordinateur, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The router forwards ports onto other port numbers</source>
        <translation>Le routeur redirige des ports vers d&apos;autres numéros de port</translation>
    </message>
    <message>
        <source>The router forwards public ports to other ports of this computer: {pairs}. The PBX listens on the port numbers it writes into its SIP messages, so each forward must keep the port number.</source>
        <translation>Le routeur redirige des ports publics vers d&apos;autres ports de cet ordinateur : {pairs}. Le PBX écoute sur les numéros de port qu&apos;il inscrit dans ses messages SIP : chaque redirection doit donc conserver le numéro de port.</translation>
    </message>
    <message>
        <source>Change those forwards so the public port and the port on this computer are the same, then run the check again.</source>
        <translation>Modifiez ces redirections pour que le port public et le port sur cet ordinateur soient identiques, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Some of the router&apos;s forwards are switched off</source>
        <translation>Certaines redirections du routeur sont désactivées</translation>
    </message>
    <message>
        <source>The router lists forwards for {ports}, but they are switched off.</source>
        <translation>Le routeur liste des redirections pour {ports}, mais elles sont désactivées.</translation>
    </message>
    <message>
        <source>The router lists forwards for only some of the checked ports</source>
        <translation>Le routeur ne liste des redirections que pour une partie des ports vérifiés</translation>
    </message>
    <message>
        <source>Its list covers {covered}, but not {missing}. Most routers list only the forwards programs added by UPnP, not those typed into their settings, so the others may still be forwarded there; the port results show whether they work.</source>
        <translation>Sa liste couvre {covered}, mais pas {missing}. La plupart des routeurs ne listent que les redirections ajoutées par des programmes via UPnP, pas celles saisies dans leurs paramètres : les autres ports peuvent donc tout de même y être redirigés ; les résultats par port montrent s&apos;ils fonctionnent.</translation>
    </message>
    <message>
        <source>The router forwards the checked ports to this computer</source>
        <translation>Le routeur redirige les ports vérifiés vers cet ordinateur</translation>
    </message>
    <message>
        <source>Its list forwards {ports} to this computer, each on the same port number.</source>
        <translation>Sa liste redirige {ports} vers cet ordinateur, chacun sur le même numéro de port.</translation>
    </message>
    <message>
        <source>The router lists no forward for these ports</source>
        <translation>Le routeur ne liste aucune redirection pour ces ports</translation>
    </message>
    <message>
        <source>Most routers list only the forwards programs added by UPnP, not those typed into their settings, so this says nothing about the forwards set up by hand; the port results show whether they work.</source>
        <translation>La plupart des routeurs ne listent que les redirections ajoutées par des programmes via UPnP, pas celles saisies dans leurs paramètres : cela ne dit donc rien des redirections configurées à la main ; les résultats par port montrent si elles fonctionnent.</translation>
    </message>
    <message>
        <source>Why the check adds no UPnP forwards</source>
        <translation>Pourquoi la vérification n&apos;ajoute aucune redirection UPnP</translation>
    </message>
    <message>
        <source>The check only reads the router&apos;s forwards; it never adds or removes one. UPnP forwards are no fix for a PBX: they vanish when the router restarts or their lease runs out, any device on the LAN can take the same ports, and many routers refuse large ranges. Forward the PBX&apos;s ports by hand in the router&apos;s settings.</source>
        <translation>La vérification se contente de lire les redirections du routeur ; elle n&apos;en ajoute ni n&apos;en supprime jamais. Les redirections UPnP ne sont pas une solution pour un PBX : elles disparaissent au redémarrage du routeur ou à l&apos;expiration de leur bail, n&apos;importe quel appareil du LAN peut prendre les mêmes ports, et beaucoup de routeurs refusent les grandes plages. Redirigez les ports du PBX à la main dans les paramètres du routeur.</translation>
    </message>
    <message>
        <source>Hairpin NAT works</source>
        <translation>Le NAT hairpin fonctionne</translation>
    </message>
    <message>
        <source>A datagram from this computer to the public address {public} came back in through the router, and its answer went back out the same way: phones on the LAN that use the PBX&apos;s public name or address reach it.</source>
        <translation>Un datagramme envoyé de cet ordinateur à l&apos;adresse publique {public} est revenu par le routeur, et sa réponse est repartie par le même chemin : les postes du LAN qui utilisent le nom ou l&apos;adresse publics du PBX l&apos;atteignent.</translation>
    </message>
    <message>
        <source>The router loops traffic back, but its answers go astray</source>
        <translation>Le routeur renvoie le trafic vers le LAN, mais les réponses s&apos;égarent</translation>
    </message>
    <message>
        <source>A datagram to the public address {public} came back in, but from {source}, this computer&apos;s own address, not from the public address: the router loops traffic back without translating its source. A phone on the LAN then gets the PBX&apos;s answers straight from the PBX&apos;s LAN address, drops them, and cannot register by the public name. Calls from the internet are not affected.</source>
        <translation>Un datagramme envoyé à l&apos;adresse publique {public} est revenu, mais depuis {source}, l&apos;adresse propre de cet ordinateur, et non depuis l&apos;adresse publique : le routeur renvoie le trafic sans translater sa source. Un poste du LAN reçoit alors les réponses du PBX directement depuis l&apos;adresse LAN du PBX, les rejette et ne peut pas s&apos;enregistrer par le nom public. Les appels venant d&apos;Internet ne sont pas concernés.</translation>
    </message>
    <message>
        <source>Traffic to the PBX&apos;s public address does not come back (hairpin NAT)</source>
        <translation>Le trafic vers l&apos;adresse publique du PBX ne revient pas (NAT hairpin)</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. Either the router does not loop such traffic back, or it loops it back without translating its source, and this computer then drops it as coming from itself. Phones on the LAN that register to the PBX&apos;s public name or address fail either way. This is no fault of the port forwards: calls from the internet are not affected.</source>
        <translation>Un datagramme envoyé par cet ordinateur à l&apos;adresse publique {public} du PBX n&apos;est pas revenu. Soit le routeur ne renvoie pas ce trafic vers le réseau local, soit il le renvoie sans traduire sa source, et cet ordinateur le rejette alors comme venant de lui-même. Les téléphones du réseau local qui s&apos;enregistrent avec le nom ou l&apos;adresse publics du PBX échouent dans les deux cas. Les redirections de ports n&apos;y sont pour rien : les appels venant d&apos;Internet ne sont pas touchés.</translation>
    </message>
    <message>
        <source>A datagram from this computer to the PBX&apos;s public address {public} did not come back in. That address belongs to the device in front of this router (the second NAT), so it is that device that would have to loop the traffic back, whatever this router does. Phones on the LAN that register to the PBX&apos;s public name or address fail. Calls from the internet are not affected.</source>
        <translation>Un datagramme envoyé par cet ordinateur à l&apos;adresse publique {public} du PBX n&apos;est pas revenu. Cette adresse appartient à l&apos;appareil en amont de ce routeur (le second NAT) : c&apos;est lui qui devrait renvoyer le trafic, quoi que fasse ce routeur. Les téléphones du réseau local qui s&apos;enregistrent avec le nom ou l&apos;adresse publics du PBX échouent. Les appels venant d&apos;Internet ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Or switch on NAT loopback on the device in front of the router, where it offers it (bridge mode on that device removes the second NAT altogether).</source>
        <translation>Ou activez le NAT loopback sur l&apos;appareil en amont du routeur, s&apos;il le propose (le mode bridge sur cet appareil supprime complètement le second NAT).</translation>
    </message>
    <message>
        <source>Switch on hairpin NAT on the router (it also goes by NAT loopback, NAT reflection or hairpinning), with the source translated too where the router offers that.</source>
        <translation>Activez le NAT hairpin sur le routeur (aussi appelé NAT loopback, réflexion NAT ou hairpinning), avec traduction de la source là où le routeur le propose.</translation>
    </message>
    <message>
        <source>On the router, make the loopback translate the source too (NAT reflection with masquerading, or a source NAT rule for LAN traffic to the public address).</source>
        <translation>Sur le routeur, faites en sorte que le loopback translate aussi la source (NAT reflection avec masquerading, ou une règle de NAT source pour le trafic du LAN vers l&apos;adresse publique).</translation>
    </message>
    <message>
        <source>Or set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>Ou mettez en place un split DNS : faites répondre au serveur DNS du LAN l&apos;adresse LAN du PBX pour le nom du PBX, afin que les postes du LAN l&apos;atteignent directement, sans loopback.</translation>
    </message>
    <message>
        <source>Set up split DNS: let the LAN&apos;s DNS server answer the PBX&apos;s name with its LAN address, so phones on the LAN reach it directly and need no loopback.</source>
        <translation>Mettez en place un split DNS : le serveur DNS du réseau local répond au nom du PBX avec son adresse locale, de sorte que les téléphones du réseau local le joignent directement sans loopback.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>Whether hairpin NAT works could not be told</source>
        <translation>Impossible de dire si le NAT hairpin fonctionne</translation>
    </message>
    <message>
        <source>The hairpin test did not come to an answer.</source>
        <translation>Le test hairpin n&apos;a pas abouti à une réponse.</translation>
    </message>
    <message>
        <source>Hairpin NAT was not tested</source>
        <translation>Le NAT hairpin n&apos;a pas été testé</translation>
    </message>
    <message>
        <source>No port passed test 2, so no forwarded port was there to loop back to. Once the forwards work, run the check again to test it.</source>
        <translation>Aucun port n&apos;a réussi le test 2 : il n&apos;y avait donc aucun port redirigé vers lequel boucler. Une fois les redirections fonctionnelles, relancez la vérification pour le tester.</translation>
    </message>
    <message>
        <source>The port the hairpin test needs is held by another program on this computer now.</source>
        <translation>Le port dont le test hairpin a besoin est actuellement occupé par un autre programme sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may have dropped the looped-back datagram, so its silence says nothing about the router.</source>
        <translation>Le pare-feu de cet ordinateur a peut-être rejeté le datagramme renvoyé : son absence ne dit donc rien du routeur.</translation>
    </message>
    <message>
        <source>The link lost too many packets at the time to count a silence against the router.</source>
        <translation>La liaison perdait trop de paquets à ce moment-là pour imputer un silence au routeur.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>ne fonctionne pas</translation>
    </message>
    <message>
        <source>loops back, but without translating the source</source>
        <translation>renvoie, mais sans translater la source</translation>
    </message>
    <message>
        <source>could not be told</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>The PBX refreshes its mappings by itself every {need} s.</source>
        <translation>Le PBX rafraîchit lui-même ses mappages toutes les {need} s.</translation>
    </message>
    <message>
        <source>SIP registrations and calls on hold can stay quiet for {need} s and longer.</source>
        <translation>Les enregistrements SIP et les appels en attente peuvent rester silencieux pendant {need} s et plus.</translation>
    </message>
    <message>
        <source>The router keeps idle UDP mappings long enough</source>
        <translation>Le routeur garde assez longtemps les mappages UDP inactifs</translation>
    </message>
    <message>
        <source>The router forgets idle UDP mappings too soon</source>
        <translation>Le routeur oublie trop tôt les mappages UDP inactifs</translation>
    </message>
    <message>
        <source>Idle UDP mappings are forgotten too soon on the way out</source>
        <translation>Les mappages UDP inactifs sont oubliés trop tôt sur le chemin vers Internet</translation>
    </message>
    <message>
        <source>The router sits behind another NAT, so either of the two may be the one that forgets.</source>
        <translation>Le routeur se trouve derrière un autre NAT : l&apos;un ou l&apos;autre peut être celui qui oublie.</translation>
    </message>
    <message>
        <source>Or make both the router and the device in front of it keep idle UDP mappings longer (their UDP timeout or UDP session timeout; RFC 4787 asks for at least 2 minutes); for carrier-grade NAT only the provider can.</source>
        <translation>Ou faites en sorte que le routeur et l&apos;appareil en amont gardent plus longtemps les mappages UDP inactifs (leur délai UDP ou délai de session UDP ; la RFC 4787 demande au moins 2 minutes) ; pour un CGNAT de l&apos;opérateur, seul l&apos;opérateur le peut.</translation>
    </message>
    <message>
        <source>Whether the router keeps idle UDP mappings long enough could not be told</source>
        <translation>Impossible de dire si le routeur garde assez longtemps les mappages UDP inactifs</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, the longest gap this test tried.</source>
        <translation>Un mappage UDP inactif était encore ouvert après {alive} s, la plus longue pause essayée par ce test.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was still open after {alive} s, and gone after {expired} s.</source>
        <translation>Un mappage UDP inactif était encore ouvert après {alive} s, et avait disparu après {expired} s.</translation>
    </message>
    <message>
        <source>An idle UDP mapping was gone after {expired} s, the shortest gap this test tried.</source>
        <translation>Un mappage UDP inactif avait disparu après {expired} s, la plus courte pause essayée par ce test.</translation>
    </message>
    <message>
        <source>Expect one-way or no audio after a call was on hold, and trunks or phones that cannot be reached between their registrations.</source>
        <translation>Attendez-vous à un audio unidirectionnel ou absent après une mise en attente, et à des trunks ou des postes injoignables entre deux enregistrements.</translation>
    </message>
    <message>
        <source>The lifetime lies somewhere around what the PBX needs.</source>
        <translation>La durée de vie se situe quelque part autour de ce dont le PBX a besoin.</translation>
    </message>
    <message>
        <source>The test ended at its limit before reaching what the PBX needs.</source>
        <translation>Le test s&apos;est arrêté à sa limite avant d&apos;atteindre ce dont le PBX a besoin.</translation>
    </message>
    <message>
        <source>Make the PBX refresh its mappings more often than every {seconds} s. {setting}</source>
        <translation>Faites rafraîchir au PBX ses mappages plus souvent que toutes les {seconds} s. {setting}</translation>
    </message>
    <message>
        <source>Make the PBX refresh its registrations and keep-alives more often than every {seconds} s.</source>
        <translation>Faites rafraîchir au PBX ses enregistrements et keep-alive plus souvent que toutes les {seconds} s.</translation>
    </message>
    <message>
        <source>Or make the router keep idle UDP mappings longer (its UDP timeout or UDP session timeout): RFC 4787 asks for at least 2 minutes.</source>
        <translation>Ou faites garder plus longtemps au routeur les mappages UDP inactifs (son UDP timeout ou délai de session UDP) : la RFC 4787 demande au moins 2 minutes.</translation>
    </message>
    <message>
        <source>Run the mapping lifetime test again with a longer limit.</source>
        <translation>Relancez le test de durée de vie du mappage avec une limite plus longue.</translation>
    </message>
    <message>
        <source>No STUN server answered, so the lifetime could not be measured.</source>
        <translation>Aucun serveur STUN n&apos;a répondu : la durée de vie n&apos;a donc pas pu être mesurée.</translation>
    </message>
    <message>
        <source>The STUN server does not send its answer to another port when asked (RESPONSE-PORT, RFC 5780), which this test needs.</source>
        <translation>Le serveur STUN n&apos;envoie pas sa réponse vers un autre port quand on le lui demande (RESPONSE-PORT, RFC 5780), ce dont ce test a besoin.</translation>
    </message>
    <message>
        <source>The link lost the test&apos;s own control requests too, so a missing answer proves nothing about the router.</source>
        <translation>La liaison a aussi perdu les propres requêtes de contrôle du test : une réponse manquante ne prouve donc rien sur le routeur.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall may forget the mapping before the router does, so a missing answer proves nothing about the router.</source>
        <translation>Le pare-feu de cet ordinateur peut oublier le mappage avant le routeur : une réponse manquante ne prouve donc rien sur le routeur.</translation>
    </message>
    <message>
        <source>The test was stopped before it was done.</source>
        <translation>Le test a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Choose a STUN server that answers, and run the test again.</source>
        <translation>Choisissez un serveur STUN qui répond, puis relancez le test.</translation>
    </message>
    <message>
        <source>Choose a STUN server that supports RFC 5780 fully (coturn does), and run the test again.</source>
        <translation>Choisissez un serveur STUN qui prend entièrement en charge la RFC 5780 (c&apos;est le cas de coturn), puis relancez le test.</translation>
    </message>
    <message>
        <source>Run the test again while the line is quiet.</source>
        <translation>Relancez le test quand la ligne est calme.</translation>
    </message>
    <message>
        <source>Let this program receive UDP through this computer&apos;s firewall (see This computer), and run the test again.</source>
        <translation>Autorisez ce programme à recevoir de l&apos;UDP à travers le pare-feu de cet ordinateur (voir « Cet ordinateur »), puis relancez le test.</translation>
    </message>
    <message>
        <source>Up to then an idle UDP mapping was still open after {alive} s.</source>
        <translation>Jusque-là, un mappage UDP inactif était encore ouvert après {alive} s.</translation>
    </message>
    <message>
        <source>between {alive} and {expired} s</source>
        <translation>entre {alive} et {expired} s</translation>
    </message>
    <message>
        <source>at least {alive} s</source>
        <translation>au moins {alive} s</translation>
    </message>
    <message>
        <source>less than {expired} s</source>
        <translation>moins de {expired} s</translation>
    </message>
    <message>
        <source>{lifetime}: enough (the PBX needs {need} s)</source>
        <translation>{lifetime} : suffisant (le PBX a besoin de {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: too short (the PBX needs {need} s)</source>
        <translation>{lifetime} : trop court (le PBX a besoin de {need} s)</translation>
    </message>
    <message>
        <source>{lifetime}: not enough to tell (the PBX needs {need} s)</source>
        <translation>{lifetime} : pas assez pour conclure (le PBX a besoin de {need} s)</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <source>Checking the ports</source>
        <translation>Vérification des ports</translation>
    </message>
    <message>
        <source>Keep this window open. The PBX&apos;s ports must stay free while the check runs.</source>
        <translation>Laissez cette fenêtre ouverte. Les ports du PBX doivent rester libres pendant la vérification.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phase and pace</source>
        <translation>Phase et rythme</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m ports</source>
        <translation>%v ports sur %m</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>R&amp;elancer</translation>
    </message>
    <message>
        <source>Results so far</source>
        <translation>Résultats provisoires</translation>
    </message>
    <message>
        <source>Asking {servers}…</source>
        <translation>Interrogation de {servers}…</translation>
    </message>
    <message>
        <source>Ending the lifetime test with what it has measured so far…</source>
        <translation>Fin du test de durée de vie avec ce qu&apos;il a mesuré jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>{server}: {problem}</source>
        <translation>{server} : {problem}</translation>
    </message>
    <message>
        <source>Testing with {server} (second address {other}).</source>
        <translation>Test avec {server} (seconde adresse {other}).</translation>
    </message>
    <message>
        <source>Waiting {time} for the router to forget the answers of the previous check, so they cannot decide this one…</source>
        <translation>Attente de {time} : le routeur doit oublier les réponses du contrôle précédent pour qu’elles ne faussent pas celui-ci…</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message>
        <source>{time} so far</source>
        <translation>temps écoulé : {time}</translation>
    </message>
    <message>
        <source>{elapsed} of {limit}</source>
        <translation>{elapsed} sur {limit}</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n port(s) again, more slowly: their first answers were not enough.</source>
        <translation>
            <numerusform>Nouvelle interrogation, plus lente, de %n port : ses premières réponses ne suffisaient pas.</numerusform>
            <numerusform>Nouvelle interrogation, plus lente, de %n ports : leurs premières réponses ne suffisaient pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probing the ports from outside (responder)…</source>
        <translation>Test des ports depuis l&apos;extérieur (serveur de test)…</translation>
    </message>
    <message>
        <source>Testing for a SIP helper on the router…</source>
        <translation>Recherche d&apos;un SIP helper sur le routeur…</translation>
    </message>
    <message>
        <source>Asking the router what it knows (UPnP IGD, NAT-PMP, PCP)…</source>
        <translation>Interrogation du routeur (UPnP IGD, NAT-PMP, PCP)…</translation>
    </message>
    <message>
        <source>Testing hairpin NAT: whether phones on the LAN reach the PBX by its public address…</source>
        <translation>Test du NAT hairpin : les postes du LAN atteignent-ils le PBX par son adresse publique ?…</translation>
    </message>
    <message>
        <source>Paused: the server or the link stopped answering control requests. Waiting for it to recover…</source>
        <translation>En pause : le serveur ou la liaison ne répond plus aux requêtes de contrôle. Attente du rétablissement…</translation>
    </message>
    <message>
        <source>Slowed to {rate} requests a second: the server or the link dropped control requests.</source>
        <translation>Ralenti à {rate} requêtes par seconde : le serveur ou la liaison a perdu des requêtes de contrôle.</translation>
    </message>
    <message>
        <source>Measuring how long the router keeps an idle UDP mapping open.</source>
        <translation>Mesure de la durée pendant laquelle le routeur garde ouvert un mappage UDP inactif.</translation>
    </message>
    <message>
        <source>Gone after {seconds} s.</source>
        <translation>Disparu après {seconds} s.</translation>
    </message>
    <message>
        <source>Still open after {seconds} s.</source>
        <translation>Encore ouvert après {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {total} ports. Run it again or go back.</source>
        <translation>Arrêt après {done} ports sur {total}. Relancez la vérification ou revenez en arrière.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly.</source>
        <translation>La vérification a échoué de façon inattendue.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>ServerSpec</name>
    <message>
        <source>empty STUN server</source>
        <translation>serveur STUN vide</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: missing &apos;]&apos; after the IPv6 address</source>
        <translation>« {spec} » : « ] » manquant après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>« {spec} » : « :port » attendu après « ] »</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: the port &apos;{port}&apos; is not a number</source>
        <translation>« {spec} » : le port « {port} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos;: port {port} is outside 1–65535</source>
        <translation>« {spec} » : le port {port} est hors de la plage 1–65535</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a host name or IP address</source>
        <translation>« {spec} » n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; needs a port, as in stun.example.net:3478</source>
        <translation>&apos;{spec}&apos; doit indiquer un port, par exemple stun.example.net:3478</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not an IPv4 address such as 100.64.0.2 or 192.168.178.20</source>
        <translation>« {spec} » n&apos;est pas une adresse IPv4 comme 100.64.0.2 ou 192.168.178.20</translation>
    </message>
    <message>
        <source>{spec} cannot be a router&apos;s internet address: give the WAN address its status page shows</source>
        <translation>{spec} ne peut pas être l&apos;adresse Internet d&apos;un routeur : indiquez l&apos;adresse WAN qu&apos;affiche sa page d&apos;état</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>This name does not exist in DNS. Check the spelling; the service may have been shut down.</source>
        <translation>Ce nom n&apos;existe pas dans le DNS. Vérifiez l&apos;orthographe ; le service a peut-être été arrêté.</translation>
    </message>
    <message>
        <source>DNS gave no answer for this name. Check this computer&apos;s DNS settings and internet access.</source>
        <translation>Le DNS n&apos;a pas répondu pour ce nom. Vérifiez les réglages DNS et l&apos;accès Internet de cet ordinateur.</translation>
    </message>
    <message>
        <source>The name resolved, but the server did not answer. It may be down or on another port, or outgoing UDP is blocked.</source>
        <translation>Le nom a été résolu, mais le serveur n&apos;a pas répondu. Il est peut-être hors service ou sur un autre port, ou l&apos;UDP sortant est bloqué.</translation>
    </message>
    <message>
        <source>The server answers but has no second address, so it cannot test inbound traffic.</source>
        <translation>Le serveur répond mais n&apos;a pas de seconde adresse : il ne peut donc pas tester le trafic entrant.</translation>
    </message>
    <message>
        <source>The server names a second address but does not reply from it when asked, so it cannot test inbound traffic.</source>
        <translation>Le serveur annonce une seconde adresse mais ne répond pas depuis celle-ci quand on le lui demande : il ne peut donc pas tester le trafic entrant.</translation>
    </message>
    <message>
        <source>Not needed: a server earlier in the list was already suitable.</source>
        <translation>Inutile : un serveur placé plus haut dans la liste convenait déjà.</translation>
    </message>
    <message>
        <source>The server announces a second address, but nothing answers there, so it cannot do test 2. Choose another server.</source>
        <translation>Le serveur annonce une seconde adresse, mais rien n&apos;y répond : il ne peut donc pas faire le test 2. Choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s second address answers, but the server never replies from it when asked to, not even where the router would let that reply in. It cannot do test 2. Choose another server.</source>
        <translation>La seconde adresse du serveur répond, mais le serveur ne répond jamais depuis celle-ci quand on le lui demande, même là où le routeur laisserait entrer cette réponse. Il ne peut pas faire le test 2. Choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>No answer came, but this computer reported a network error on the check&apos;s socket each time it asked, so the server was not really tested. A network adapter that resets, a VPN that connects or drops, or security software can do this.</source>
        <translation>Aucune réponse n&apos;est venue, mais cet ordinateur a signalé une erreur réseau sur le socket de la vérification à chaque requête : le serveur n&apos;a donc pas vraiment été testé. Un adaptateur réseau qui se réinitialise, un VPN qui se connecte ou se coupe, ou un logiciel de sécurité peuvent en être la cause.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Test settings</source>
        <translation>Paramètres du test</translation>
    </message>
    <message>
        <source>The check asks STUN servers on the internet how the router treats each port. The defaults suit most sites.</source>
        <translation>La vérification demande à des serveurs STUN sur Internet comment le routeur traite chaque port. Les valeurs par défaut conviennent à la plupart des sites.</translation>
    </message>
    <message>
        <source>STUN servers, tried in this order</source>
        <translation>Serveurs STUN, essayés dans cet ordre</translation>
    </message>
    <message>
        <source>STUN servers</source>
        <translation>Serveurs STUN</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Product &amp;defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Add server:</source>
        <translation>&amp;Ajouter un serveur :</translation>
    </message>
    <message>
        <source>host or host:port, e.g. stun.example.net:3478</source>
        <translation>hôte ou hôte:port, p. ex. stun.example.net:3478</translation>
    </message>
    <message>
        <source>New STUN server</source>
        <translation>Nouveau serveur STUN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Problem with the servers</source>
        <translation>Problème avec les serveurs</translation>
    </message>
    <message>
        <source>Where the check runs</source>
        <translation>Où s&apos;exécute la vérification</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur :</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation>Adresses de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;PBX address:</source>
        <translation>Adresse du P&amp;BX :</translation>
    </message>
    <message>
        <source>PBX address</source>
        <translation>Adresse du PBX</translation>
    </message>
    <message>
        <source>the PBX&apos;s address in the LAN</source>
        <translation>adresse LAN du PBX</translation>
    </message>
    <message>
        <source>The LAN address the router&apos;s port forwards point at.</source>
        <translation>L&apos;adresse LAN vers laquelle pointent les redirections de port du routeur.</translation>
    </message>
    <message>
        <source>Note about the PBX address</source>
        <translation>Remarque sur l&apos;adresse du PBX</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>New STUN requests a second. Public servers are shared: stay near the default unless the server is your own.</source>
        <translation>Nouvelles requêtes STUN par seconde. Les serveurs publics sont partagés : restez proche de la valeur par défaut, sauf si le serveur vous appartient.</translation>
    </message>
    <message>
        <source>&amp;Time-out:</source>
        <translation>Délai d&apos;a&amp;ttente :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time-out</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>How long to wait for each answer, resends included.</source>
        <translation>Durée d&apos;attente de chaque réponse, retransmissions comprises.</translation>
    </message>
    <message>
        <source>Responder (optional)</source>
        <translation>Serveur de test (facultatif)</translation>
    </message>
    <message>
        <source>A responder your support team runs on a server on the internet. It tests the TCP ports and whether the router rewrites SIP messages, and it checks incoming UDP a second way, without a STUN server&apos;s second address.</source>
        <translation>Un serveur de test que votre équipe d&apos;assistance fait tourner sur un serveur sur Internet. Il teste les ports TCP et vérifie si le routeur réécrit les messages SIP, et il contrôle l&apos;UDP entrant d&apos;une seconde manière, sans seconde adresse de serveur STUN.</translation>
    </message>
    <message>
        <source>R&amp;esponder:</source>
        <translation>Serveur de &amp;test :</translation>
    </message>
    <message>
        <source>Responder address</source>
        <translation>Adresse du serveur de test</translation>
    </message>
    <message>
        <source>host or host:port from your support team; empty: none</source>
        <translation>hôte ou hôte:port fourni par votre équipe d&apos;assistance ; vide : aucun</translation>
    </message>
    <message>
        <source>Problem with the responder address</source>
        <translation>Problème avec l&apos;adresse du serveur de test</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Se&amp;cret :</translation>
    </message>
    <message>
        <source>Responder secret</source>
        <translation>Secret du serveur de test</translation>
    </message>
    <message>
        <source>only if the responder asks for one</source>
        <translation>seulement si le serveur de test en demande un</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Remember the secret in the system&apos;s &amp;key store</source>
        <translation>Mémor&amp;iser le secret dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Note about the key store</source>
        <translation>Remarque sur le trousseau de clés</translation>
    </message>
    <message>
        <source>TCP p&amp;orts:</source>
        <translation>P&amp;orts TCP :</translation>
    </message>
    <message>
        <source>TCP ports</source>
        <translation>Ports TCP</translation>
    </message>
    <message>
        <source>none, or e.g. 22, 443, 5060-5061</source>
        <translation>aucun, ou p. ex. 22, 443, 5060-5061</translation>
    </message>
    <message>
        <source>The responder connects to these ports from outside. The default is every port the product needs reachable over TCP.</source>
        <translation>Le serveur de test se connecte à ces ports depuis l&apos;extérieur. Par défaut, ce sont tous les ports que le produit doit rendre joignables en TCP.</translation>
    </message>
    <message>
        <source>Problem with the TCP ports</source>
        <translation>Problème avec les ports TCP</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>Ask the router (UPnP IGD, &amp;NAT-PMP)</source>
        <translation>Interroger le routeur (UPnP IGD, &amp;NAT-PMP)</translation>
    </message>
    <message>
        <source>Reads the router&apos;s internet address and its port forwards, to see whether a second NAT sits in front of it or a forward points elsewhere. Nothing is changed on the router.</source>
        <translation>Lit l&apos;adresse Internet du routeur et ses redirections de ports, pour voir si un second NAT se trouve en amont ou si une redirection pointe ailleurs. Rien n&apos;est modifié sur le routeur.</translation>
    </message>
    <message>
        <source>WAN address on its status pa&amp;ge:</source>
        <translation>Adresse WAN sur sa pa&amp;ge d&apos;état :</translation>
    </message>
    <message>
        <source>The router&apos;s WAN address</source>
        <translation>Adresse WAN du routeur</translation>
    </message>
    <message>
        <source>optional, e.g. 100.64.0.2</source>
        <translation>facultatif, p. ex. 100.64.0.2</translation>
    </message>
    <message>
        <source>The internet (WAN) address the router&apos;s status page shows. It tells whether a second NAT sits in front of the router when the router does not answer.</source>
        <translation>L&apos;adresse Internet (WAN) qu&apos;affiche la page d&apos;état du routeur. Elle révèle si un second NAT se trouve en amont du routeur quand celui-ci ne répond pas.</translation>
    </message>
    <message>
        <source>Problem with the WAN address</source>
        <translation>Problème avec l&apos;adresse WAN</translation>
    </message>
    <message>
        <source>Test hairpin NAT (NAT &amp;loopback)</source>
        <translation>Te&amp;ster le NAT hairpin (NAT loopback)</translation>
    </message>
    <message>
        <source>Whether phones on the LAN reach the PBX by its public address, as they do when they use its public name.</source>
        <translation>Si les postes du LAN atteignent le PBX par son adresse publique, comme lorsqu&apos;ils utilisent son nom public.</translation>
    </message>
    <message>
        <source>Measure how long it keeps &amp;idle UDP mappings, up to</source>
        <translation>Mesurer combien de temps il garde les mappages UDP inacti&amp;fs, jusqu&apos;à</translation>
    </message>
    <message>
        <source>A longer test: it waits for ever longer idle gaps, up to the limit, and adds about that long to the check. It shows whether calls on hold and registrations keep working.</source>
        <translation>Un test plus long : il attend des pauses de plus en plus longues, jusqu&apos;à la limite, et allonge la vérification d&apos;à peu près autant. Il montre si les appels en attente et les enregistrements continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Longest idle gap to try</source>
        <translation>Plus longue pause à essayer</translation>
    </message>
    <message>
        <source>no network address found</source>
        <translation>aucune adresse réseau trouvée</translation>
    </message>
    <message>
        <source>Add at least one STUN server.</source>
        <translation>Ajoutez au moins un serveur STUN.</translation>
    </message>
    <message>
        <source>Line {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>Leave empty if the PBX runs on this computer.</source>
        <translation>Laissez vide si le PBX tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an IPv4 address such as 192.168.1.10.</source>
        <translation>« {text} » n&apos;est pas une adresse IPv4 du type 192.168.1.10.</translation>
    </message>
    <message>
        <source>{pbx} is not this computer. The router&apos;s forwards must point at the PBX, so run this check on the PBX itself; from here it tests this computer&apos;s ports instead.</source>
        <translation>{pbx} n&apos;est pas cet ordinateur. Les redirections du routeur doivent pointer vers le PBX : lancez donc cette vérification sur le PBX lui-même ; d&apos;ici, elle teste les ports de cet ordinateur à la place.</translation>
    </message>
    <message>
        <source>The check runs on the PBX itself, as it should.</source>
        <translation>La vérification s&apos;exécute bien sur le PBX lui-même.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), which looks like a VPN. Disconnect the VPN before the check, or it measures the VPN&apos;s way out instead of the PBX&apos;s router.</source>
        <translation>Le trafic vers Internet quitte cet ordinateur par {adapter} ({source}), qui ressemble à un VPN. Déconnectez le VPN avant la vérification, sinon elle mesure la sortie du VPN au lieu du routeur du PBX.</translation>
    </message>
    <message>
        <source>Traffic to the internet leaves this computer by {adapter} ({source}), a virtual adapter. If it translates addresses itself (Hyper-V&apos;s Default Switch, WSL, Docker), the check measures it instead of the PBX&apos;s router.</source>
        <translation>Le trafic vers Internet quitte cet ordinateur par {adapter} ({source}), un adaptateur virtuel. S&apos;il translate lui-même les adresses (Default Switch de Hyper-V, WSL, Docker), la vérification mesure cet adaptateur au lieu du routeur du PBX.</translation>
    </message>
    <message>
        <source>{pbx} is this computer&apos;s, but traffic to the internet leaves from {source} ({adapter}), so the check would measure that way out, not the PBX&apos;s. Disconnect the other connection, or run the check where {pbx} leads to the internet.</source>
        <translation>{pbx} appartient à cet ordinateur, mais le trafic vers Internet sort depuis {source} ({adapter}) : la vérification mesurerait donc cette sortie, et non celle du PBX. Déconnectez l&apos;autre connexion, ou lancez la vérification là où {pbx} mène à Internet.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the responder is reached over IPv4; give its IPv4 address or name.</source>
        <translation>« {text} » : le serveur de test est joint en IPv4 ; indiquez son adresse IPv4 ou son nom.</translation>
    </message>
    <message>
        <source>Kept under the responder&apos;s address, where the system keeps passwords. Unticked, the secret is used for this check only and a kept one is removed.</source>
        <translation>Conservé sous l&apos;adresse du serveur de test, là où le système garde les mots de passe. Case décochée, le secret ne sert qu&apos;à cette vérification et un secret déjà conservé est supprimé.</translation>
    </message>
    <message>
        <source>This computer has no key store the program can use, so the secret cannot be remembered: type it for each check.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés utilisable par le programme : le secret ne peut donc pas être mémorisé. Saisissez-le à chaque vérification.</translation>
    </message>
    <message>
        <source>Could not read the kept secret from the key store: {problem}. Type it again, or leave the field empty to keep the stored one.</source>
        <translation>Impossible de lire le secret conservé dans le trousseau de clés : {problem}. Saisissez-le à nouveau, ou laissez le champ vide pour garder celui qui est enregistré.</translation>
    </message>
    <message>
        <source>Could not store the secret in the key store: {problem}. It is used for this check only; press Start check again to go on.</source>
        <translation>Impossible d&apos;enregistrer le secret dans le trousseau de clés : {problem}. Il ne sert qu&apos;à cette vérification ; cliquez de nouveau sur « Lancer la vérification » pour continuer.</translation>
    </message>
    <message>
        <source>Could not remove the kept secret from the key store: {problem}.</source>
        <translation>Impossible de supprimer le secret conservé du trousseau de clés : {problem}.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>A small internet protocol: a server tells a device which public address and port its traffic came from. This check uses it to see what the router does to each port.</source>
        <translation>Un protocole Internet simple : un serveur indique à un appareil l&apos;adresse et le port publics d&apos;où provient son trafic. Cette vérification s&apos;en sert pour voir ce que le routeur fait de chaque port.</translation>
    </message>
    <message>
        <source>Network address translation: on the way out, the router replaces the private addresses of the local network with its own public address.</source>
        <translation>Translation d&apos;adresses réseau : en sortie, le routeur remplace les adresses privées du réseau local par sa propre adresse publique.</translation>
    </message>
    <message>
        <source>A kind of NAT where, once a public port is open, traffic from any address on the internet reaches the device behind it. A one-to-one port forward gives the same.</source>
        <translation>Type de NAT où, une fois un port public ouvert, le trafic venant de toute adresse sur Internet atteint l&apos;appareil situé derrière. Une redirection de port un pour un donne le même résultat.</translation>
    </message>
    <message>
        <source>A kind of NAT that uses a new public port for every destination. Calls through it fail unless the router is set to keep ports fixed.</source>
        <translation>Type de NAT qui utilise un nouveau port public pour chaque destination. Les appels qui le traversent échouent, sauf si le routeur est réglé pour garder des ports fixes.</translation>
    </message>
    <message>
        <source>The router keeps the device&apos;s own port number when it translates the address, so local port 5060 goes out as public port 5060.</source>
        <translation>Le routeur conserve le numéro de port de l&apos;appareil lorsqu&apos;il translate l&apos;adresse : le port local 5060 sort ainsi en port public 5060.</translation>
    </message>
    <message>
        <source>A router feature, also called SIP helper, that rewrites SIP messages on the way through. It often gets them wrong; switch it off when the PBX handles NAT itself.</source>
        <translation>Fonction du routeur, aussi appelée SIP helper, qui réécrit les messages SIP au passage. Elle s&apos;y prend souvent mal ; désactivez-la quand le PBX gère lui-même le NAT.</translation>
    </message>
    <message>
        <source>A small server a support team runs on the internet: it sends test traffic to this computer from outside and sends SIP messages back as they arrived. With it the check tests TCP ports and SIP helpers, which STUN cannot.</source>
        <translation>Serveur de test : petit serveur qu&apos;une équipe d&apos;assistance fait tourner sur Internet ; il envoie du trafic de test à cet ordinateur depuis l&apos;extérieur et renvoie les messages SIP tels qu&apos;ils sont arrivés. Grâce à lui, la vérification teste les ports TCP et les SIP helpers, ce que STUN ne peut pas faire.</translation>
    </message>
    <message>
        <source>A router rule that sends everything arriving on a public port to the same port on one LAN device, and sends that device&apos;s traffic out on the same port.</source>
        <translation>Règle du routeur qui envoie tout ce qui arrive sur un port public vers le même port d&apos;un appareil du LAN, et fait sortir le trafic de cet appareil par ce même port.</translation>
    </message>
    <message>
        <source>NAT run by the internet provider, so the customer&apos;s router has no public address of its own. No port can be forwarded through it.</source>
        <translation>NAT géré par le FAI : le routeur du client n&apos;a pas d&apos;adresse publique propre. Aucun port ne peut être redirigé à travers ce NAT.</translation>
    </message>
    <message>
        <source>A router feature, also called NAT loopback or NAT reflection, that lets a device on the LAN reach another one there by the site&apos;s public address.</source>
        <translation>Une fonction du routeur, aussi appelée NAT loopback ou NAT reflection, qui permet à un appareil du LAN d&apos;en joindre un autre du même LAN par l&apos;adresse publique du site.</translation>
    </message>
    <message>
        <source>A way for programs on the LAN to ask the router for its internet address and to add port forwards without a password. The check only reads what the router says.</source>
        <translation>Un moyen pour les programmes du LAN de demander au routeur son adresse Internet et d&apos;ajouter des redirections de ports sans mot de passe. La vérification se contente de lire ce que dit le routeur.</translation>
    </message>
    <message>
        <source>How long the router keeps an idle UDP mapping open for traffic coming back. A PBX must send something before it runs out, or calls and registrations break.</source>
        <translation>Durée pendant laquelle le routeur garde ouvert un mappage UDP inactif pour le trafic de retour. Un PBX doit envoyer quelque chose avant qu&apos;elle n&apos;expire, sinon les appels et les enregistrements échouent.</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>None of the STUN server names could be resolved.</source>
        <translation>Aucun nom de serveur STUN n&apos;a pu être résolu.</translation>
    </message>
    <message>
        <source>No STUN server answered, not even requests sent from a random port.</source>
        <translation>Aucun serveur STUN n&apos;a répondu, pas même aux requêtes envoyées depuis un port aléatoire.</translation>
    </message>
    <message>
        <source>The STUN servers that answered cannot test inbound traffic; only outgoing traffic was checked.</source>
        <translation>Les serveurs STUN qui ont répondu ne peuvent pas tester le trafic entrant ; seul le trafic sortant a été vérifié.</translation>
    </message>
    <message>
        <source>Some ports are held by another program on this computer and were not tested.</source>
        <translation>Certains ports sont occupés par un autre programme de cet ordinateur et n&apos;ont pas été testés.</translation>
    </message>
    <message>
        <source>All checked ports behave as the product needs.</source>
        <translation>Tous les ports vérifiés se comportent comme le produit l&apos;exige.</translation>
    </message>
    <message>
        <source>Some ports behave as the product needs, others do not.</source>
        <translation>Certains ports se comportent comme le produit l&apos;exige, d&apos;autres non.</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer on ports that must be forwarded.</source>
        <translation>Le trafic venant d&apos;Internet n&apos;atteint pas cet ordinateur sur des ports qui doivent être redirigés.</translation>
    </message>
    <message>
        <source>The router changes the numbers of ports that must be forwarded one-to-one.</source>
        <translation>Le routeur modifie les numéros de ports qui doivent être redirigés un pour un.</translation>
    </message>
    <message>
        <source>The router uses a different public port for each destination (symmetric NAT).</source>
        <translation>Le routeur utilise un port public différent pour chaque destination (NAT symétrique).</translation>
    </message>
    <message>
        <source>Outgoing traffic from some ports gets no answer; something blocks it.</source>
        <translation>Le trafic sortant de certains ports ne reçoit aucune réponse ; quelque chose le bloque.</translation>
    </message>
    <message>
        <source>The operating system refused to open some ports, so they were not tested.</source>
        <translation>Le système d&apos;exploitation a refusé d&apos;ouvrir certains ports, qui n&apos;ont donc pas été testés.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall kept the check&apos;s test traffic out, so the router could not be judged for some ports.</source>
        <translation>Le pare-feu de cet ordinateur a bloqué le trafic de test de la vérification : le routeur n&apos;a donc pas pu être jugé pour certains ports.</translation>
    </message>
    <message>
        <source>Windows reserves some of the PBX&apos;s ports for itself; the PBX cannot use them.</source>
        <translation>Windows se réserve certains ports du PBX ; le PBX ne peut pas les utiliser.</translation>
    </message>
    <message>
        <source>Every checked port works, but a SIP helper (SIP ALG) on the way rewrites SIP messages.</source>
        <translation>Tous les ports vérifiés fonctionnent, mais un SIP helper (SIP ALG) sur le chemin réécrit les messages SIP.</translation>
    </message>
    <message>
        <source>A second NAT in front of the router keeps traffic from the internet out; forwards on this router alone cannot be enough.</source>
        <translation>Un second NAT en amont du routeur bloque le trafic venant d&apos;Internet ; des redirections sur ce seul routeur ne peuvent pas suffire.</translation>
    </message>
    <message>
        <source>No port failed for certain, but the results of some ports are not conclusive.</source>
        <translation>Aucun port n&apos;a échoué avec certitude, mais les résultats de certains ports ne sont pas concluants.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; the results are incomplete.</source>
        <translation>La vérification a été arrêtée avant la fin ; les résultats sont incomplets.</translation>
    </message>
    <message>
        <source>STUN server names not found</source>
        <translation>Noms des serveurs STUN introuvables</translation>
    </message>
    <message>
        <source>This computer could not turn any STUN server name into an address, so no port was checked. Either name lookup (DNS) does not work here, or the names are wrong or the service no longer exists. If DNS is the cause, the PBX will also fail to reach its SIP provider by name.</source>
        <translation>Cet ordinateur n&apos;a pu convertir aucun nom de serveur STUN en adresse : aucun port n&apos;a donc été vérifié. Soit la résolution de noms (DNS) ne fonctionne pas ici, soit les noms sont erronés ou le service n&apos;existe plus. Si le DNS est en cause, le PBX ne pourra pas non plus joindre son opérateur SIP par son nom.</translation>
    </message>
    <message>
        <source>Check the spelling of each STUN server name and its port.</source>
        <translation>Vérifiez l&apos;orthographe de chaque nom de serveur STUN et son port.</translation>
    </message>
    <message>
        <source>Open a command prompt and run nslookup with the server name after it. If it prints an address, DNS works for that name.</source>
        <translation>Ouvrez une invite de commandes et exécutez nslookup suivi du nom du serveur. S&apos;il affiche une adresse, le DNS fonctionne pour ce nom.</translation>
    </message>
    <message>
        <source>If nslookup fails for every name, check this computer&apos;s DNS settings: the DNS servers of the network adapter, a VPN client, or a DNS filter on the firewall.</source>
        <translation>Si nslookup échoue pour tous les noms, vérifiez les réglages DNS de cet ordinateur : les serveurs DNS de la carte réseau, un client VPN ou un filtre DNS sur le pare-feu.</translation>
    </message>
    <message>
        <source>If only some names fail, those services may be gone. Use another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Si seuls certains noms échouent, ces services n&apos;existent peut-être plus. Utilisez un autre serveur STUN, par exemple l&apos;un de ceux de la liste par défaut du produit.</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Relancez ensuite la vérification.</translation>
    </message>
    <message>
        <source>No STUN server answers</source>
        <translation>Aucun serveur STUN ne répond</translation>
    </message>
    <message>
        <source>The server names resolved, but no server replied, even to a request from a random port. So the cause is not one port: this computer has no working internet access, outgoing UDP is blocked as a whole, or the servers are down or use another port. No port could be tested.</source>
        <translation>Les noms des serveurs ont été résolus, mais aucun serveur n&apos;a répondu, pas même à une requête envoyée depuis un port aléatoire. La cause ne tient donc pas à un port précis : soit cet ordinateur n&apos;a pas d&apos;accès Internet fonctionnel, soit l&apos;UDP sortant est bloqué en totalité, soit les serveurs sont hors service ou utilisent un autre port. Aucun port n&apos;a pu être testé.</translation>
    </message>
    <message>
        <source>Check that this computer can reach the internet: open a website.</source>
        <translation>Vérifiez que cet ordinateur accède à Internet : ouvrez un site web.</translation>
    </message>
    <message>
        <source>Check the port of each server entry. STUN usually listens on UDP port 3478, but some servers use another one.</source>
        <translation>Vérifiez le port de chaque serveur saisi. STUN écoute en général sur le port UDP 3478, mais certains serveurs en utilisent un autre.</translation>
    </message>
    <message>
        <source>On the router or firewall, look for a rule that blocks outgoing UDP from this computer, or that allows only web and DNS traffic out.</source>
        <translation>Sur le routeur ou le pare-feu, cherchez une règle qui bloque l&apos;UDP sortant de cet ordinateur, ou qui n&apos;autorise en sortie que le trafic web et DNS.</translation>
    </message>
    <message>
        <source>Check Windows Defender Firewall and any security software on this computer for rules that block outgoing UDP.</source>
        <translation>Vérifiez si le Pare-feu Windows Defender ou un logiciel de sécurité de cet ordinateur a des règles qui bloquent l&apos;UDP sortant.</translation>
    </message>
    <message>
        <source>Try another STUN server, for example one from the product&apos;s default list, and run the check again.</source>
        <translation>Essayez un autre serveur STUN, par exemple l&apos;un de ceux de la liste par défaut du produit, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>STUN server cannot test inbound traffic</source>
        <translation>Le serveur STUN ne peut pas tester le trafic entrant</translation>
    </message>
    <message>
        <source>The servers that answered either have no second address or do not reply from it when asked. Without that, only test 1 (outgoing traffic) can run, and whether the ports are reachable from the internet stays unknown. The test 1 results are shown below.</source>
        <translation>Les serveurs qui ont répondu n&apos;ont pas de seconde adresse, ou ne répondent pas depuis celle-ci quand on le leur demande. Sans cela, seul le test 1 (trafic sortant) peut s&apos;exécuter, et on ne sait pas si les ports sont joignables depuis Internet. Les résultats du test 1 sont affichés ci-dessous.</translation>
    </message>
    <message>
        <source>Use a STUN server that has a second address and replies from it on request, for example one from the product&apos;s default list.</source>
        <translation>Utilisez un serveur STUN doté d&apos;une seconde adresse et qui répond depuis celle-ci sur demande, par exemple l&apos;un de ceux de la liste par défaut du produit.</translation>
    </message>
    <message>
        <source>Many free public STUN servers run on a single address; they cannot be used for this check.</source>
        <translation>Beaucoup de serveurs STUN publics gratuits n&apos;ont qu&apos;une seule adresse ; ils ne conviennent pas à cette vérification.</translation>
    </message>
    <message>
        <source>Ports used by another program</source>
        <translation>Ports occupés par un autre programme</translation>
    </message>
    <message>
        <source>Another program on this computer already holds some of the ports, so they could not be tested. Usually that is the PBX service itself or a softphone. The free ports were checked as usual.</source>
        <translation>Un autre programme de cet ordinateur occupe déjà certains ports, qui n&apos;ont donc pas pu être testés. Il s&apos;agit en général du service du PBX lui-même ou d&apos;un softphone. Les ports libres ont été vérifiés normalement.</translation>
    </message>
    <message>
        <source>Firewall set up correctly</source>
        <translation>Pare-feu correctement configuré</translation>
    </message>
    <message>
        <source>Every checked port behaves as required. Ports that must be forwarded are reachable from the internet on the same port number, and outbound ports keep a stable public port. On the network side, trunks, remote phones and audio can work.</source>
        <translation>Tous les ports vérifiés se comportent comme requis. Les ports à rediriger sont joignables depuis Internet sur le même numéro de port, et les ports sortants gardent un port public stable. Côté réseau, les trunks, les postes distants et l&apos;audio peuvent fonctionner.</translation>
    </message>
    <message>
        <source>Note the current router and firewall rules in the customer&apos;s documentation, so they can be restored after a router swap or reset.</source>
        <translation>Consignez les règles actuelles du routeur et du pare-feu dans la documentation du client, pour pouvoir les rétablir après un remplacement ou une réinitialisation du routeur.</translation>
    </message>
    <message>
        <source>If calls still fail, look elsewhere: the public IP settings of the PBX, the SIP provider&apos;s account data, and any TCP ports listed for a check by hand.</source>
        <translation>Si les appels échouent encore, cherchez ailleurs : les réglages d&apos;IP publique du PBX, les données du compte chez l&apos;opérateur SIP et les éventuels ports TCP à vérifier manuellement.</translation>
    </message>
    <message>
        <source>Run the check again after any change to the router, the firewall or the internet line.</source>
        <translation>Relancez la vérification après toute modification du routeur, du pare-feu ou de l&apos;accès Internet.</translation>
    </message>
    <message>
        <source>Some ports fail</source>
        <translation>Certains ports échouent</translation>
    </message>
    <message>
        <source>Some ports behave correctly and some do not. Calls may work one time and fail the next, for example with no audio whenever the PBX picks a media port from the failing part.</source>
        <translation>Certains ports se comportent correctement, d&apos;autres non. Les appels peuvent fonctionner une fois et échouer la suivante, par exemple sans audio chaque fois que le PBX choisit un port média dans la partie défaillante.</translation>
    </message>
    <message>
        <source>Look at which ports failed. A block at the start or end of a range usually means the forwarding rule covers less than the full range.</source>
        <translation>Regardez quels ports ont échoué. Un bloc au début ou à la fin d&apos;une plage signifie en général que la règle de redirection ne couvre pas toute la plage.</translation>
    </message>
    <message>
        <source>Check that every forwarding rule points to this computer&apos;s LAN address. A rule left over from an old PBX or another device can take part of the range.</source>
        <translation>Vérifiez que chaque règle de redirection pointe vers l&apos;adresse LAN de cet ordinateur. Une règle restée d&apos;un ancien PBX ou d&apos;un autre appareil peut accaparer une partie de la plage.</translation>
    </message>
    <message>
        <source>If the first ports pass and all later ones fail, the firewall&apos;s port scan or flood protection may have reacted to the check. Switch it off for the check, or exempt this computer, and run the check again.</source>
        <translation>Si les premiers ports réussissent et tous les suivants échouent, la protection du pare-feu contre les scans de ports ou le flood a peut-être réagi à la vérification. Désactivez-la le temps de la vérification, ou exemptez cet ordinateur, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>For each failing port, follow the steps given for its result.</source>
        <translation>Pour chaque port en échec, suivez les étapes indiquées pour son résultat.</translation>
    </message>
    <message>
        <source>Port forwarding is missing</source>
        <translation>Redirection de port manquante</translation>
    </message>
    <message>
        <source>Outgoing traffic works, but traffic from the internet does not reach this computer on ports that must be forwarded. Expect incoming calls that fail, remote phones that do not register, and calls with one-way or no audio.</source>
        <translation>Le trafic sortant fonctionne, mais le trafic venant d&apos;Internet n&apos;atteint pas cet ordinateur sur des ports qui doivent être redirigés. Attendez-vous à des appels entrants qui échouent, à des postes distants qui ne s&apos;enregistrent pas et à des appels avec un audio unidirectionnel ou absent.</translation>
    </message>
    <message>
        <source>Router changes port numbers</source>
        <translation>Le routeur modifie les numéros de port</translation>
    </message>
    <message>
        <source>The router sends the PBX&apos;s traffic out on other port numbers than the PBX uses. The PBX writes its own port numbers into its SIP messages, so the other side answers on ports that do not lead back to it. Expect one-way or no audio, and trunks or remote phones that drop.</source>
        <translation>Le routeur fait sortir le trafic du PBX sur d&apos;autres numéros de port que ceux qu&apos;utilise le PBX. Le PBX inscrit ses propres numéros de port dans ses messages SIP : l&apos;autre partie répond donc sur des ports qui ne ramènent pas jusqu&apos;à lui. Attendez-vous à un audio unidirectionnel ou absent, et à des trunks ou des postes distants qui se déconnectent.</translation>
    </message>
    <message>
        <source>Symmetric NAT: public port changes per destination</source>
        <translation>NAT symétrique : le port public change selon la destination</translation>
    </message>
    <message>
        <source>The router picks a new public port each time the PBX talks to a new destination. The public address the PBX learns with STUN is then wrong for the provider and the phones, so registrations and audio fail, often at random.</source>
        <translation>Le routeur choisit un nouveau port public chaque fois que le PBX communique avec une nouvelle destination. L&apos;adresse publique que le PBX apprend par STUN est alors fausse pour l&apos;opérateur et les postes : les enregistrements et l&apos;audio échouent, souvent de façon aléatoire.</translation>
    </message>
    <message>
        <source>Outgoing traffic blocked on some ports</source>
        <translation>Trafic sortant bloqué sur certains ports</translation>
    </message>
    <message>
        <source>The STUN server answers requests this computer sends from other ports, but not those sent from these ports. Something filters outgoing UDP by port: a rule on the router or firewall, Windows Defender Firewall, security software, or the internet provider. The PBX cannot use these ports until that is fixed.</source>
        <translation>Le serveur STUN répond aux requêtes que cet ordinateur envoie depuis d&apos;autres ports, mais pas à celles envoyées depuis ces ports. Quelque chose filtre l&apos;UDP sortant selon le port : une règle du routeur ou du pare-feu, le Pare-feu Windows Defender, un logiciel de sécurité ou le FAI. Le PBX ne peut pas utiliser ces ports tant que ce n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Ports could not be opened</source>
        <translation>Impossible d&apos;ouvrir certains ports</translation>
    </message>
    <message>
        <source>The operating system did not let this program open some ports, so they were not tested. Their results say nothing about the router yet.</source>
        <translation>Le système d&apos;exploitation n&apos;a pas laissé ce programme ouvrir certains ports, qui n&apos;ont donc pas été testés. Leurs résultats ne disent encore rien du routeur.</translation>
    </message>
    <message>
        <source>Blocked by this computer&apos;s firewall</source>
        <translation>Bloqué par le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>No port failed for certain because of the router. For some ports the answer from the STUN server&apos;s second address did not arrive, and this computer&apos;s own firewall would have dropped it whatever the router did. Those ports say nothing about the router; what the firewall showed is given under This computer.</source>
        <translation>Aucun port n&apos;a échoué avec certitude à cause du routeur. Pour certains ports, la réponse de la seconde adresse du serveur STUN n&apos;est pas arrivée, et le pare-feu de cet ordinateur l&apos;aurait rejetée quoi que fasse le routeur. Ces ports ne disent rien du routeur ; ce que le pare-feu a montré figure sous « Cet ordinateur ».</translation>
    </message>
    <message>
        <source>Ports reserved by Windows</source>
        <translation>Ports réservés par Windows</translation>
    </message>
    <message>
        <source>Windows keeps some of the PBX&apos;s ports for itself, so no program can open them: not this check, and not the PBX. Calls that need those ports fail on this computer before the router is even involved.</source>
        <translation>Windows se réserve certains ports du PBX : aucun programme ne peut donc les ouvrir, ni cette vérification ni le PBX. Les appels qui ont besoin de ces ports échouent sur cet ordinateur avant même que le routeur n&apos;intervienne.</translation>
    </message>
    <message>
        <source>SIP helper rewrites SIP messages</source>
        <translation>Un SIP helper réécrit les messages SIP</translation>
    </message>
    <message>
        <source>The ports behave as the product needs, but the router or a firewall on the way changes SIP messages as they pass: it rewrites the addresses and ports the PBX writes into them. Calls then fail in ways that are hard to trace: one-way or no audio, calls that drop after about 30 seconds, trunks and phones that lose their registration.</source>
        <translation>Les ports se comportent comme le produit l&apos;exige, mais le routeur ou un pare-feu sur le chemin modifie les messages SIP au passage : il réécrit les adresses et les ports que le PBX y inscrit. Les appels échouent alors de façon difficile à diagnostiquer : audio dans un seul sens ou absent, appels coupés au bout d&apos;environ 30 secondes, trunks et postes qui perdent leur enregistrement.</translation>
    </message>
    <message>
        <source>Switch off the SIP helper on the router or firewall in front of the PBX. It goes by SIP ALG, SIP helper, SIP inspection, SIP fixup or SIP transformations; where it typically sits on common devices is given with the SIP ALG finding.</source>
        <translation>Désactivez le SIP helper du routeur ou du pare-feu placé devant le PBX. On l&apos;appelle SIP ALG, SIP helper, inspection SIP, SIP fixup ou SIP transformations ; son emplacement habituel sur les appareils courants est indiqué avec le constat sur le SIP ALG.</translation>
    </message>
    <message>
        <source>Then run the check again: it shows whether the helper is really off.</source>
        <translation>Relancez ensuite la vérification : elle montre si le SIP helper est vraiment désactivé.</translation>
    </message>
    <message>
        <source>Second NAT in front of the router</source>
        <translation>Second NAT en amont du routeur</translation>
    </message>
    <message>
        <source>Traffic from the internet does not reach this computer, and the router in front of the PBX is itself behind another NAT: the provider&apos;s modem or router, or the provider&apos;s carrier-grade NAT. The traffic stops there, before this router&apos;s forwards are ever used. What the router said about itself is given below.</source>
        <translation>Le trafic venant d&apos;Internet n&apos;atteint pas cet ordinateur, et le routeur devant le PBX est lui-même derrière un autre NAT : le modem ou la box de l&apos;opérateur, ou le CGNAT de l&apos;opérateur. Le trafic s&apos;arrête là, avant même que les redirections de ce routeur n&apos;entrent en jeu. Ce que le routeur a dit de lui-même figure ci-dessous.</translation>
    </message>
    <message>
        <source>If the provider&apos;s modem or router sits in front of this router, put it into bridge mode, so this router gets the public address itself; or, on that device, make this router the exposed host (DMZ), so it passes everything on.</source>
        <translation>Si le modem ou la box de l&apos;opérateur se trouve en amont de ce routeur, passez-le en mode bridge pour que ce routeur obtienne lui-même l&apos;adresse publique ; ou, sur cet équipement, faites de ce routeur l&apos;hôte exposé (DMZ), pour qu&apos;il lui transmette tout.</translation>
    </message>
    <message>
        <source>If the router&apos;s internet address is in 100.64.0.0/10 (carrier-grade NAT, common on LTE, Starlink and many fibre and cable lines), no setting at the site can open a port: ask the provider for a public IPv4 address.</source>
        <translation>Si l&apos;adresse Internet du routeur est dans 100.64.0.0/10 (CGNAT, courant en 4G/LTE, avec Starlink et sur de nombreuses lignes fibre et câble), aucun réglage sur site ne peut ouvrir un port : demandez à l&apos;opérateur une adresse IPv4 publique.</translation>
    </message>
    <message>
        <source>Where the product allows it, connect the PBX to the provider&apos;s SIP trunk in an outbound-only setup, where the PBX registers out and needs nothing forwarded in; remote phones then need a way of their own, such as a VPN or the product&apos;s tunnel.</source>
        <translation>Si le produit le permet, raccordez le PBX au trunk SIP de l&apos;opérateur en mode sortant uniquement : le PBX s&apos;enregistre vers l&apos;extérieur et n&apos;a besoin d&apos;aucune redirection entrante ; les postes distants ont alors besoin d&apos;un chemin à eux, comme un VPN ou le tunnel du produit.</translation>
    </message>
    <message>
        <source>Some results are not conclusive</source>
        <translation>Certains résultats ne sont pas concluants</translation>
    </message>
    <message>
        <source>No port failed for certain. For some ports, though, what the check saw has another explanation than the router: traffic of an earlier run, a link that lost packets, a STUN server that did not answer as it should, or a port this computer would not open. Those ports count neither as passed nor as failed; the reason for each is given below.</source>
        <translation>Aucun port n&apos;a échoué avec certitude. Pour certains ports, toutefois, ce que la vérification a vu peut s&apos;expliquer autrement que par le routeur : le trafic d&apos;une exécution précédente, une liaison qui perdait des paquets, un serveur STUN qui n&apos;a pas répondu comme il le devrait, ou un port que cet ordinateur refusait d&apos;ouvrir. Ces ports ne comptent ni comme réussis ni comme échoués ; la raison de chacun est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>Read the reason given for the ports that are not conclusive and follow its advice.</source>
        <translation>Lisez la raison indiquée pour les ports non concluants et suivez son conseil.</translation>
    </message>
    <message>
        <source>Run the check again after five minutes, while nothing else uses the internet line heavily. To save time, check only those ports.</source>
        <translation>Relancez la vérification dans cinq minutes, à un moment où rien d&apos;autre n&apos;utilise beaucoup l&apos;accès Internet. Pour gagner du temps, ne vérifiez que ces ports.</translation>
    </message>
    <message>
        <source>If the same ports stay unclear, choose another STUN server, for example one from the product&apos;s default list.</source>
        <translation>Si les mêmes ports restent incertains, choisissez un autre serveur STUN, par exemple l&apos;un de ceux de la liste par défaut du produit.</translation>
    </message>
    <message>
        <source>Check stopped</source>
        <translation>Vérification arrêtée</translation>
    </message>
    <message>
        <source>The check was stopped before all ports were tested. The results shown are valid; the ports not reached have no result.</source>
        <translation>La vérification a été arrêtée avant que tous les ports soient testés. Les résultats affichés sont valables ; les ports non atteints n&apos;ont pas de résultat.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish. A large port range can take a few minutes.</source>
        <translation>Relancez la vérification et laissez-la aller à son terme. Une grande plage de ports peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>To save time, check only the ports that failed or were not reached.</source>
        <translation>Pour gagner du temps, ne vérifiez que les ports en échec ou non atteints.</translation>
    </message>
</context>
</TS>
