<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>Le texte fait %1 Mo&#xa0;; au plus %2 Mo peuvent être analysés. Analysez la partie du journal qui contient le message de non-remise.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Il s’agit de données binaires, et non de texte&#xa0;: elles contiennent des octets NUL. Collez ou ouvrez le texte d’un message de non-remise, d’un rapport de remise, d’une trace de session ou d’un journal de messagerie.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Ce texte n’est pas de l’UTF-8 valide. Enregistrez-le en UTF-8 (ou en ASCII simple) et réessayez.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L’analyse a été annulée.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>intermédiaire&#xa0;: le serveur attend la suite</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>temporaire&#xa0;: réessayer plus tard</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>permanent&#xa0;: ne pas réessayer sans modification</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) avec %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 n’est pas un code de réponse standard&#xa0;; son premier chiffre en fait une réponse de classe %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 ne figure pas dans le registre IANA, et son sujet %2 n’est pas défini non plus&#xa0;; seule sa classe %3 (%4) est significative.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 ne figure pas dans le registre IANA&#xa0;: c’est un détail propre au fournisseur, relevant du sujet %2 (%3) dans la classe %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Les deux codes se contredisent&#xa0;: %1 est une réponse %2, mais %3 est de classe %4 (%5)&#xa0;; c’est la réponse de base qui détermine ce que fait le client.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>La formulation indique que cette réponse provient de %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Marche à suivre&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Marche à suivre&#xa0;: lisez le texte du serveur pour en connaître la raison, et traitez le message comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Aucune analyse effectuée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln réponse de serveur trouvée</numerusform>
            <numerusform>%Ln réponses de serveur trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>Aucune réponse SMTP n’a été trouvée dans ce texte. Collez un message de non-remise, une notification d’état de remise, une trace de session SMTP ou une ligne de journal de messagerie.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1&#xa0;: %Ln fois, d’abord à la ligne %2&#xa0;; %3</numerusform>
            <numerusform>%1&#xa0;: %Ln fois, d’abord à la ligne %2&#xa0;; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln autre réponse n’est pas listée ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste toutes.</numerusform>
            <numerusform>%Ln autres réponses ne sont pas listées ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; doit valoir &quot;reply&quot; ou &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>le code de réponse &quot;%1&quot; n’est pas un nombre à trois chiffres compris entre 200 et 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>le code d’état étendu &quot;%1&quot; n’est pas de la forme X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; vaut &quot;%1&quot; au lieu de l’une des valeurs 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; vaut %1, mais le code commence par %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>commande inconnue &quot;%1&quot; dans &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire &quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; doit être un objet associant un texte à chaque langue, par exemple {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; a une valeur vide ou non textuelle pour la langue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; n’a pas de texte en anglais (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; est vide</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>chaque exemple doit comporter &quot;server&quot; et &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; doit contenir au moins deux réponses de serveur&#xa0;; il en contient %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>chaque référence doit comporter &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; est vide</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1&#xa0;: JSON non valide à l’octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1&#xa0;: le niveau supérieur doit être un objet contenant &quot;formatVersion&quot; et &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1&#xa0;: &quot;formatVersion&quot; doit valoir 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1&#xa0;: &quot;entries&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1&#xa0;: entrée %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1&#xa0;: le champ obligatoire &quot;code&quot; est absent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1&#xa0;: le code %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1&#xa0;: se cite lui-même comme code associé</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1&#xa0;: le code associé %2 ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1&#xa0;: la réponse habituelle %2 n’est pas un code de réponse du catalogue</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>le catalogue ne contient aucune entrée</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>le programme ne contient aucun fichier de catalogue sous :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>code inconnu &quot;%1&quot;&#xa0;; codes les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), json ou markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Langue de l’interface, par exemple es ou zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Les codes sur lesquels porte la commande.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>format inconnu &quot;%1&quot;&#xa0;; utilisez text, json ou markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list n’accepte aucun code&#xa0;; pour en afficher un, utilisez&#xa0;: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Code | Classe | Nom |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show attend un code, par exemple&#xa0;: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare attend deux codes, par exemple&#xa0;: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>trop de codes pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; est un code, pas une commande&#xa0;; utilisez&#xa0;: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare ou explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>commande manquante&#xa0;; utilisez list, show CODE, compare CODE CODE ou explain FILE (voir --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain attend un seul fichier (ou - pour l’entrée standard)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>commande inconnue &quot;%1&quot;&#xa0;; utilisez list, show, compare ou explain (voir --help)</translation>
    </message>
    <message>
        <source>SMTP Codes: an offline reference of SMTP reply codes and enhanced status codes.

Commands:
  list                  every code with its class and name
  show CODE             everything about one code (550, 5.1.1)
  compare CODE CODE     two codes side by side
  explain [FILE|-]      every server reply in a bounce, DSN, transcript or log
                        (standard input when FILE is - or missing)

Without a command, opens the window; &quot;smtp-codes 550&quot; opens it on 550,
&quot;smtp-codes 354 551&quot; on their comparison and &quot;smtp-codes --analyze FILE&quot; on the
analysis of FILE.</source>
        <translation>SMTP Codes&#xa0;: une référence hors ligne des codes de réponse SMTP et des codes d’état étendus.

Commandes&#xa0;:
  list                  tous les codes avec leur classe et leur nom
  show CODE             tout sur un code (550, 5.1.1)
  compare CODE CODE     deux codes côte à côte
  explain [FILE|-]      chaque réponse de serveur d’un message de non-remise,
                        d’une DSN, d’une trace de session ou d’un journal
                        (entrée standard si FILE vaut - ou est absent)

Sans commande, ouvre la fenêtre&#xa0;; &quot;smtp-codes 550&quot; l’ouvre sur 550,
&quot;smtp-codes 354 551&quot; sur la comparaison des deux codes et
&quot;smtp-codes --analyze FILE&quot; sur l’analyse de FILE.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Comparison</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a code and its name in parentheses: 354 (Start Mail Input)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>title of a comparison of two codes</comment>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Les deux côtés affichent %1&#xa0;: un code comparé à lui-même ne présente aucune différence.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 et %2 sont tous deux des codes d’état étendus&#xa0;; ils signalent des situations différentes.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 est une réponse de base de classe %2 (%3), tandis que %4 est un code d’état étendu qui précise une réponse.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 et %2 sont tous deux des réponses de classe %3 (%4)&#xa0;; ils diffèrent par la situation qu’ils signalent.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 est une réponse de classe %2 (%3), tandis que %4 est une réponse de classe %5 (%6).</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Aucune&#xa0;: %1 est le même code des deux côtés.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 et %2 répondent aux mêmes commandes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 répond à %2, tandis que %3 répond à %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 et %2 sont des codes associés&#xa0;: on les rencontre souvent dans des situations similaires&#xa0;; lisez donc le libellé exact de la réponse du serveur pour les distinguer.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 et %2 ne sont pas étroitement liés&#xa0;: ils apparaissent dans des situations différentes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 et %2 relèvent tous deux du sujet %3 (%4)&#xa0;; le numéro de détail indique la cause exacte.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 relève du sujet %2 (%3), tandis que %4 relève du sujet %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 accompagne souvent %2&#xa0;: la réponse de base indique ce qu’il est advenu de la commande, le code étendu en donne la raison.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 accompagne rarement %2&#xa0;; il accompagne généralement %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Échec transitoire persistant</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Échec permanent</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Autre état ou état non défini</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>État de l’adressage</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>État du système de messagerie</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>État du réseau et du routage</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>État du protocole de remise du courrier</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>État du contenu ou du média du message</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>État de sécurité ou de politique</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EntryDocument</name>
    <message>
        <source>%1 %2</source>
        <comment>a code followed by its name: 550 Mailbox Unavailable</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>Réponse de classe %1 (%2)</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Répond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Code d’état étendu du sujet %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Circonstances d’apparition</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Quand un serveur l’envoie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Exemples de réponses</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Codes associés</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Codes étendus qui l’accompagnent habituellement</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Réponses de base qui le contiennent habituellement</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Principales différences</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Quand utiliser chacun</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>accueil à la connexion</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>fin des données du message</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>n’importe quelle commande</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Formulation type</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>langue inconnue &quot;%1&quot;&#xa0;; langues disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>la traduction pour &quot;%1&quot; est absente du programme</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Positive définitive</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positive intermédiaire</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Négative transitoire</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Négative permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Classe inconnue</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 signale un succès&#xa0;: l’action demandée est effectuée et le client peut passer à sa commande suivante.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 est un feu vert&#xa0;: le serveur a accepté la commande jusqu’ici et attend d’autres données du client.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 est temporaire&#xa0;: le client conserve le message et réessaie plus tard, quand la situation se sera peut-être rétablie.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 est permanent&#xa0;: répéter la même requête sans modification échouera à nouveau&#xa0;; il faut donc d’abord corriger quelque chose.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 et %2 signalent tous deux un succès&#xa0;; aucun n’exige d’action de la part du client.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 et %2 sont tous deux des feux verts qui attendent d’autres données du client.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 et %2 sont tous deux temporaires&#xa0;: le client conserve le message et réessaie plus tard.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 et %2 sont tous deux permanents&#xa0;: réessayer sans modification échoue à nouveau&#xa0;; il faut donc corriger la cause.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Collez ici un message de non-remise, une notification d’état de remise, une trace de session SMTP ou des lignes de journal de messagerie.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Texte à analyser</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Trouver et expliquer chaque réponse de serveur du texte (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progression de l’analyse</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Analyse de %1 de texte, trop long pour être affiché ici.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>Le presse-papiers ne contient aucun texte à analyser.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Ouvrir un message de non-remise ou un journal</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Messages et journaux (*.eml *.txt *.log *.msg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Analyseur de non-remises</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Collez un message de non-remise ci-dessus et cliquez sur «&#xa0;Analyser&#xa0;», ou appuyez n’importe où sur Ctrl+Shift+V pour analyser le presse-papiers. Chaque réponse de serveur est listée avec son code de base, son code étendu, un verdict et la marche à suivre.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Rechercher un code, un nom, un texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Saisissez un code («&#xa0;55&#xa0;», «&#xa0;550&#xa0;»), un mot («&#xa0;relais&#xa0;») ou plusieurs&#xa0;; la liste se met à jour pendant la saisie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtre de classe</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Aucun code ne correspond à «&#xa0;%1&#xa0;».
Essayez un texte plus court, un autre mot ou le filtre «&#xa0;Toutes les classes&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Réponses de base</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Codes étendus</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Réponses de base à trois chiffres (550) ou codes d’état étendus (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Aucun code ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Inverser les deux codes (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Code de gauche</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Code de droite</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Comparer deux codes</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Choisissez un code de chaque côté pour les lire côte à côte.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Détails du code</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Choisissez un code à gauche ou saisissez-en un dans le champ de recherche (Ctrl+F) pour en lire la signification.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D compare le code actuel avec un autre.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Code %1 inconnu</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Le catalogue ne contient aucun code «&#xa0;%1&#xa0;». Les codes les plus proches sont&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Rechercher dans les codes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Comparer le code actuel avec un autre (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Inverser les deux codes comparés (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Afficher les détails du code actuel (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>À &amp;propos de SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Code %1 inconnu&#xa0;; les codes les plus proches sont affichés à la place.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>À propos de SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Une référence hors ligne des codes de réponse SMTP et des codes d’état étendus.&lt;/p&gt;&lt;p&gt;Les informations proviennent des RFC 5321 et RFC 3463, du registre IANA des codes d’état étendus SMTP et des RFC qu’ils citent&#xa0;; toutes les explications ont été rédigées pour ce programme.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Analyser…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Expliquer chaque réponse de serveur d’un message de non-remise, d’un rapport, d’une trace de session ou d’un journal (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>Co&amp;ller et analyser</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Analyser le texte du presse-papiers (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Ouvrir un message de non-remise ou un journal…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Analyser un message de non-remise ou un journal de messagerie enregistré (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Analyseur de non-remises — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Comparaison de %1 et %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Code %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — référence des réponses SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>C&amp;ouleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Revenir au code ou à la comparaison précédente (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Avancer à nouveau (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Copier en texte brut le code, la comparaison ou l’analyse affichés (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Copier le contenu affiché en Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Copié en Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Copié en texte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes&#xa0;: le catalogue est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>Le catalogue est endommagé&#xa0;:
%1</translation>
    </message>
</context>
</TS>
