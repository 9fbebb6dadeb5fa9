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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>code inconnu «&#xa0;%1&#xa0;»&#xa0;; codes les plus proches&#xa0;: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show attend un seul code, ou une réponse accompagnée de son code étendu, comme «&#xa0;550 5.7.26&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» n’est ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare attend deux codes, par exemple&#xa0;: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>trop de codes pour compare&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMTP Codes: an offline reference of SMTP reply codes, enhanced status codes, what providers mean by them, and a bounce reader.

Commands:
  list                  every entry: code, class, name
  show CODE             everything about one entry: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     two entries side by side
  explain [PATH…]       who failed, why and what to do, for every message in bounce files,
                        folders, Maildirs and mbox files (standard input when PATH is - or missing)
  search WORDS…         the window&apos;s search: codes, words, provider names and tags
  languages             the interface languages

Without a command, opens the window; &quot;smtp-codes 550&quot; opens it on 550,
&quot;smtp-codes 354 551&quot; on their comparison and &quot;smtp-codes --analyze FILE&quot; on the
analysis of FILE.</source>
        <translation>SMTP Codes&#xa0;: une référence hors ligne des codes de réponse SMTP, des codes d’état étendus, de ce que les fournisseurs entendent par ces codes, et un lecteur de messages de non-remise.

Commandes&#xa0;:
  list                  toutes les entrées&#xa0;: code, classe, nom
  show CODE             tout sur une entrée&#xa0;: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     deux entrées côte à côte
  explain [CHEMIN…]     qui a échoué, pourquoi et que faire, pour chaque message des fichiers
                        de non-remise, dossiers, Maildir et fichiers mbox (entrée standard
                        si CHEMIN vaut - ou est absent)
  search MOTS…          la recherche de la fenêtre&#xa0;: codes, mots, noms et étiquettes de fournisseurs
  languages             les langues de l’interface

Sans commande, ouvre la fenêtre&#xa0;; «&#xa0;smtp-codes 550&#xa0;» l’ouvre sur 550,
«&#xa0;smtp-codes 354 551&#xa0;» sur leur comparaison et «&#xa0;smtp-codes --analyze FICHIER&#xa0;»
sur l’analyse de FICHIER.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), json, markdown&#xa0;; jsonl pour explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list et search&#xa0;: uniquement les entrées basic (réponses de base), enhanced (codes étendus), provider (réponses de fournisseurs) ou reason (motifs).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list et search&#xa0;: uniquement 2xx, 3xx, 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search ou languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Les codes, fichiers ou mots sur lesquels porte la commande.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez text, json, markdown ou jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez basic, enhanced, provider ou reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>classe inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez 2xx, 3xx, 4xx ou 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>commande manquante&#xa0;; utilisez list, show CODE, compare CODE CODE, explain FICHIER ou search MOTS (voir --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>le format jsonl est réservé à explain&#xa0;; utilisez json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list n’accepte aucun code&#xa0;; pour en afficher un, utilisez&#xa0;: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search attend des mots ou des codes, par exemple&#xa0;: smtp-codes search boîte pleine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>«&#xa0;%1&#xa0;» est un code, pas une commande&#xa0;; utilisez&#xa0;: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list, show, compare, explain, search ou languages (voir --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes&#xa0;: aucun message à analyser dans %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Notification d’état de remise</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Non-remise</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Avertissement de retard</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Rapport de plainte</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcription SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Journal de messagerie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Différé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Relayé</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Développé</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Destinataire non indiqué</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Non-remise définitive&#xa0;: l’adresse elle-même est invalide</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Pas une non-remise définitive&#xa0;: l’adresse elle-même est peut-être valide</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>En réponse à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Déterminé d’après&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Adressé à l’origine à&#xa0;: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln réponse de serveur trouvée</numerusform>
            <numerusform>%Ln réponses de serveur trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1&#xa0;: %Ln fois, à la ligne %2</numerusform>
            <numerusform>%1&#xa0;: %Ln fois, la première à la ligne %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln autre réponse n’est pas listée ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste toutes.</numerusform>
            <numerusform>%Ln autres réponses ne sont pas listées ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Rien n’a été analysé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1&#xa0;: %Ln destinataire</numerusform>
            <numerusform>%1&#xa0;: %Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Signalé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Message renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Son objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>Ce texte ne contient ni destinataire ni réponse de serveur. Fournissez un message de non-remise, une notification d’état de remise, une transcription SMTP ou des lignes de journal de messagerie.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Récapitulatif de %Ln message</numerusform>
            <numerusform>Récapitulatif de %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln message n’a pas pu être analysé</numerusform>
            <numerusform>%Ln messages n’ont pas pu être analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Destinataires par motif</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Destinataires par action</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Adresses à retirer de vos listes</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln autre destinataire n’est pas listé ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste tous.</numerusform>
            <numerusform>%Ln autres destinataires ne sont pas listés ici&#xa0;; «&#xa0;smtp-codes explain --format json&#xa0;» les liste tous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L’analyse a été annulée.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>La formulation indique que cette réponse provient de %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Il n’y a rien à analyser&#xa0;: l’entrée est vide.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>L’entrée fait %1 Mo&#xa0;; on ne peut pas analyser plus de %2 Mo à la fois. Analysez la partie du journal qui contient la non-remise.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Ce sont des données binaires, pas du texte&#xa0;: elles contiennent des octets NUL. Fournissez le texte d’un message de non-remise, d’un rapport de remise, d’une transcription ou d’un journal de messagerie.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1&#xa0;: &quot;formatVersion&quot; doit valoir 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1&#xa0;: fournisseur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1&#xa0;: le fournisseur %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1&#xa0;: le code étendu habituel %2 n’est pas un code étendu du catalogue</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1&#xa0;: le code standard %2 ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1&#xa0;: le fournisseur %2 n’est décrit dans aucun fichier du catalogue</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1&#xa0;: le motif %2 n’est pas un motif du catalogue</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1&#xa0;: &quot;hardBounce&quot; doit valoir %2, comme pour toute non-remise de motif %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; doit contenir au moins %1 réponses de serveur, il en contient %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; doit comporter &quot;next&quot; (%1), &quot;closes&quot; (true ou false), &quot;actor&quot; (%2) et &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; doit valoir &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; ou &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>le code non standard &quot;%1&quot; n’est pas un nombre à trois chiffres compris entre 100 et 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; ne correspond pas au premier chiffre de %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>l’identifiant de réponse de fournisseur &quot;%1&quot; ne doit contenir que des lettres minuscules, des chiffres, &apos;.&apos; et &apos;-&apos;, dont au moins un &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; n’est pas un code de réponse</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; n’est pas un code étendu comme 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; doit être une date comme 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>le motif &quot;%1&quot; doit être un seul mot en minuscules</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; doit valoir l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>l’identifiant de fournisseur &quot;%1&quot; ne doit contenir que des lettres minuscules, des chiffres, &apos;.&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; doit valoir l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>le texte du catalogue pour &quot;%1&quot; n’est pas du JSON valide à l’octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>le texte du catalogue pour &quot;%1&quot; doit être un objet contenant &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; et &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>le texte du catalogue pour &quot;%1&quot; est absent&#xa0;: %2</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>a provider and the name of its reply in the code list</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 et %2 sont tous deux des codes d’état étendus&#xa0;; ils signalent des situations différentes.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 est une réponse de base de classe %2 (%3), tandis que %4 est un code d’état étendu qui précise une réponse.</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>Avec %1, l’opération réussit&#xa0;: le client passe à sa commande suivante.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>Avec %1, le serveur attend la suite&#xa0;: les données du message ou l’étape suivante.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Un message qui reçoit %1 reste dans la file d’attente de votre serveur, qui fait une nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Un message qui reçoit %1 est immédiatement renvoyé en non-remise&#xa0;: votre serveur abandonne et le retourne à l’expéditeur.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>le programme d’envoi</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l’expéditeur</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>l’administrateur de messagerie côté expéditeur</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>l’administrateur côté destinataire</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 n’est pas du tout une non-remise.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 est une non-remise temporaire&#xa0;: l’adresse est valide et une nouvelle tentative peut réussir.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 est une non-remise définitive&#xa0;: l’adresse elle-même est refusée, cessez donc de lui écrire.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Que %1 soit ou non une non-remise définitive dépend de son code étendu et de son texte&#xa0;: seuls une adresse ou un domaine inconnus en font une.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Les deux côtés affichent %1&#xa0;: une entrée comparée à elle-même ne présente aucune différence.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 et %2 sont deux réponses de classe %3 (%4)&#xa0;; elles diffèrent par la situation qu’elles signalent.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 est une réponse de classe %2 (%3), tandis que %4 est une réponse de classe %5 (%6).</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 et %2 décrivent des situations différentes&#xa0;; voici ci-dessous ce que chacun signifie et ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Un message qui reçoit %1 reste dans la file d’attente de votre serveur, qui fait une nouvelle tentative plus tard, tandis qu’avec %2 il est immédiatement renvoyé en non-remise.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>Avec %1, le message est immédiatement renvoyé en non-remise, tandis qu’un message qui reçoit %2 reste dans la file d’attente de votre serveur, qui fait une nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 ferme la connexion&#xa0;: votre serveur doit donc se reconnecter pour faire une nouvelle tentative&#xa0;; %2 la laisse ouverte.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>Envoyé dès l’ouverture de la connexion, %1 refuse votre serveur avant tout envoi de message&#xa0;: le plus souvent, l’adresse IP de votre serveur est bloquée.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Qui doit agir après %1&#xa0;: %2&#xa0;; après %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 est une non-remise définitive (%2)&#xa0;: cessez d’écrire à cette adresse.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 n’est pas une non-remise définitive (%2)&#xa0;: l’adresse elle-même est peut-être valide.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Aucune&#xa0;: %1 est la même entrée des deux côtés.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 et %2 sont liés&#xa0;: ils apparaissent dans des situations semblables&#xa0;; lisez donc le texte exact de la réponse du serveur pour les distinguer.</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Répond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Code d’état étendu du sujet %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>un fournisseur de messagerie</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>un filtre de messagerie</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>un service d’envoi</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>une liste de blocage</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Code non standard&#xa0;: aucune RFC ne définit %1 comme réponse SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Réponse de %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Non-remise définitive&#xa0;: l’adresse elle-même est invalide</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Pas une non-remise définitive&#xa0;: l’adresse elle-même est peut-être valide</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Réponse de classe %1 (%2)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>Chez %1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n autre réponse de fournisseur utilise %1&#xa0;; recherchez ce code avec le filtre «&#xa0;Réponses des fournisseurs&#xa0;».</numerusform>
            <numerusform>%n autres réponses de fournisseurs utilisent %1&#xa0;; recherchez ce code avec le filtre «&#xa0;Réponses des fournisseurs&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Motif&#xa0;: %1. Verdict&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (consulté le %2)</translation>
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
        <source>Example replies</source>
        <translation>Exemples de réponses</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Signification chez les fournisseurs</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Codes standard à utiliser à la place</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Ce que doit faire l’expéditeur</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Ce que doit faire l’administrateur de messagerie</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Critères de reconnaissance</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Codes qui y conduisent</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Formulations de non-remise qui y conduisent</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Réponses de fournisseurs ayant ce motif</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Ce qu’ils signifient ensemble</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>l’ouverture de la connexion</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>la fin des données du message</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Réponses reconnues d’après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>impossible de lire %1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 ne figure pas dans le registre IANA&#xa0;: c’est un détail propre à un fournisseur, dans le sujet %2 (%3) et la classe %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Les deux codes se contredisent&#xa0;: %1 est une réponse %2, mais %3 est de classe %4 (%5)&#xa0;; c’est la réponse de base qui détermine ce que fait le client.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>Chez %1, cette réponse signifie&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Retirer l’adresse de vos listes</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Rien à faire, sauf si le problème persiste&#xa0;: le serveur d’envoi continue ses tentatives</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Rien à faire, sauf si le problème persiste&#xa0;: le serveur d’envoi continue ses tentatives jusqu’à %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Réessayer plus tard</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Corriger la configuration d’envoi, puis renvoyer le message</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Modifier le message, puis le renvoyer</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Demander le retrait de la liste de l’adresse IP ou du domaine d’envoi</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Contacter le postmaster du destinataire</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Texte à analyser</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analyser</translation>
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
        <source>Bounce analyzer</source>
        <translation>Analyse des messages de non-remise</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Collez ici un message de non-remise, une notification d’état de remise, une transcription SMTP ou des lignes de journal de messagerie, ou déposez des fichiers .eml, des fichiers mbox ou des dossiers.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Relever chaque destinataire et chaque réponse de serveur présents dans le texte</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Filtrer les destinataires</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>Copier les adresses à &amp;retirer</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Copier les adresses en non-remise définitive, sur liste de suppression ou ayant porté plainte, une par ligne</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Ouvrir des messages de non-remise, des boîtes aux lettres ou des journaux</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Messages, boîtes aux lettres et journaux (*.eml *.msg *.mbox *.mbx *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Ouvrir un dossier de messages de non-remise (un Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Collez un message de non-remise ci-dessus et cliquez sur Analyser, ou ouvrez ou déposez des fichiers .eml, des fichiers mbox ou un dossier Maildir. Pour chaque destinataire, vous lisez qui a échoué, pourquoi, s’il s’agit d’une non-remise définitive et que faire&#xa0;; puis chaque réponse de serveur, avec son code de base et son code étendu.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Messages de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>Aucun code ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Afficher %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Rechercher des codes, des noms, du texte</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Saisissez un code («&#xa0;55&#xa0;», «&#xa0;550&#xa0;», «&#xa0;5.7.26&#xa0;»), une étiquette de fournisseur («&#xa0;TSS04&#xa0;»), un mot («&#xa0;%1&#xa0;») ou plusieurs&#xa0;; la liste se met à jour au fil de la saisie</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Réponses des fournisseurs</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Motifs de non-remise</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Réponses de base à trois chiffres (550), codes d’état étendus (5.1.1), signification des réponses des fournisseurs, ou motifs indiqués par les non-remises</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Premier&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Second&#xa0;:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Premier code</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Second code</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Détails du code</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Code %1 inconnu</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Le catalogue ne contient aucun code «&#xa0;%1&#xa0;». Les codes les plus proches sont&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Choisissez un code à gauche, ou saisissez-en un dans le champ de recherche pour lire sa signification&#xa0;: une réponse (550), un code étendu (5.7.26), les deux ensemble (550 5.7.26), une étiquette de fournisseur (TSS04) ou un mot.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>Comparer… place deux codes côte à côte&#xa0;; Analyser… lit un message de non-remise et indique qui a échoué, pourquoi et que faire.</translation>
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
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
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
        <source>&amp;Analyze…</source>
        <translation>&amp;Analyser…</translation>
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
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>La référence est affichée en anglais&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Une référence hors ligne des codes de réponse SMTP, des codes d’état étendus et de ce que les fournisseurs de messagerie entendent par ces codes, avec un lecteur de messages de non-remise.&lt;/p&gt;&lt;p&gt;Les informations proviennent des RFC 5321 et 3463, du registre IANA des codes d’état étendus SMTP (SMTP Enhanced Status Codes), des RFC qu’ils citent, du code source de serveurs de messagerie et de la documentation des fournisseurs eux-mêmes&#xa0;; chaque explication a été rédigée pour ce programme.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>C&amp;ouleurs</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>Coller et anal&amp;yser</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Rechercher dans les codes</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Copier le contenu affiché en texte brut</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Copier le contenu affiché en Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Comparer le code actuel avec un autre</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Intervertir les deux codes comparés</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Afficher la page du code actuel</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Lire un message de non-remise&#xa0;: qui a échoué, pourquoi et que faire</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Analyser le texte du presse-papiers</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Analyser des messages de non-remise, des boîtes aux lettres ou des journaux enregistrés</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Analyser tous les messages d’un dossier, par exemple un Maildir</translation>
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
