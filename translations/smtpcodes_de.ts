<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>unbekannter Code &quot;%1&quot;; ähnlichste Codes: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Code | Klasse | Name |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show benötigt einen Code, zum Beispiel: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show erwartet einen Code oder eine Antwort mit ihrem erweiterten Code wie &quot;550 5.7.26&quot;; &quot;%1&quot; ist weder das eine noch das andere</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare benötigt zwei Codes, zum Beispiel: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>zu viele Codes für compare: %1</translation>
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
        <translation>SMTP Codes: eine Offline-Referenz der SMTP-Antwortcodes, der erweiterten Statuscodes und ihrer Bedeutung
bei den Providern, mit Bounce-Analyse.

Befehle:
  list                  alle Einträge: Code, Klasse, Name
  show CODE             alles zu einem Eintrag: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     zwei Einträge nebeneinander
  explain [PFAD…]       wer nicht erreicht wurde, warum und was zu tun ist, für jede Nachricht in
                        Bounce-Dateien, Ordnern, Maildirs und mbox-Dateien (Standardeingabe, wenn
                        PFAD - ist oder fehlt)
  search WÖRTER…        die Suche des Fensters: Codes, Wörter, Providernamen und Tags
  languages             die Sprachen der Oberfläche

Ohne Befehl öffnet sich das Fenster; &quot;smtp-codes 550&quot; öffnet es mit 550,
&quot;smtp-codes 354 551&quot; mit dem Vergleich der beiden und &quot;smtp-codes --analyze DATEI&quot;
mit der Analyse von DATEI.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Ausgabeformat: text (Standard), json, markdown; jsonl für explain.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Sprache der Oberfläche, etwa es oder zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list und search: nur Einträge vom Typ basic, enhanced, provider oder reason.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list und search: nur 2xx, 3xx, 4xx oder 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search oder languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Die Codes, Dateien oder Wörter, auf die der Befehl angewendet wird.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>unbekanntes Format &quot;%1&quot;; verwenden Sie text, json, markdown oder jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>unbekannter Typ &quot;%1&quot;; verwenden Sie basic, enhanced, provider oder reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>unbekannte Klasse &quot;%1&quot;; verwenden Sie 2xx, 3xx, 4xx oder 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>Befehl fehlt; verwenden Sie list, show CODE, compare CODE CODE, explain DATEI oder search WÖRTER (siehe --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>das Format jsonl gibt es nur für explain; verwenden Sie json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list erwartet keine Codes; um einen Code anzuzeigen, verwenden Sie: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search benötigt Wörter oder Codes, zum Beispiel: smtp-codes search Postfach voll</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; ist ein Code, kein Befehl; verwenden Sie: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot;; verwenden Sie list, show, compare, explain, search oder languages (siehe --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: keine zu analysierende Nachricht in %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Zustellstatusbenachrichtigung</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Verzögerungswarnung</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Beschwerdebericht</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP-Mitschnitt</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Mail-Log</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandiert</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Empfänger nicht genannt</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Hardbounce: Die Adresse selbst ist ungültig</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Kein Hardbounce: Die Adresse selbst ist möglicherweise in Ordnung</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>Antwort auf: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Ausschlaggebend: „%1“</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Ursprünglich adressiert an: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln Serverantwort gefunden</numerusform>
            <numerusform>%Ln Serverantworten gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln-mal, in Zeile %2</numerusform>
            <numerusform>%1: %Ln-mal, zuerst in Zeile %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln weitere Antwort wird hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
            <numerusform>%Ln weitere Antworten werden hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Es wurde nichts analysiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln Empfänger</numerusform>
            <numerusform>%1: %Ln Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Zurückgesandte Nachricht: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>In diesem Text wurden weder ein Empfänger noch eine Serverantwort gefunden. Analysieren lassen sich Bounce-Nachrichten, Zustellstatusbenachrichtigungen, SMTP-Mitschnitte und Zeilen aus Mail-Logs.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Zusammenfassung von %Ln Nachricht</numerusform>
            <numerusform>Zusammenfassung von %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln Nachricht konnte nicht analysiert werden</numerusform>
            <numerusform>%Ln Nachrichten konnten nicht analysiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Empfänger nach Grund</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Empfänger nach Aktion</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Aus Ihren Listen zu entfernende Adressen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln weiterer Empfänger wird hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
            <numerusform>%Ln weitere Empfänger werden hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Der Wortlaut zeigt, dass diese Antwort von %1 stammt.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Es gibt nichts zu analysieren: Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>Die Eingabe ist %1 MB groß; höchstens %2 MB können auf einmal analysiert werden. Analysieren Sie den Teil des Logs, der den Bounce enthält.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Das sind Binärdaten, kein Text: Sie enthalten NUL-Bytes. Verwenden Sie den Text eines Bounces, eines Zustellberichts, eines SMTP-Mitschnitts oder eines Mail-Logs.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>Antwortcode &quot;%1&quot; besteht nicht aus drei Ziffern zwischen 200 und 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>erweiterter Statuscode &quot;%1&quot; hat nicht die Form X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; ist &quot;%1&quot;, erlaubt sind nur 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; ist %1, aber der Code beginnt mit %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot; in &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>jedes Beispiel benötigt &quot;server&quot; und &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>jede Quellenangabe benötigt &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; ist leer</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: die oberste Ebene muss ein Objekt mit &quot;formatVersion&quot; und &quot;entries&quot; sein</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: Eintrag %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: Pflichtfeld &quot;code&quot; fehlt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: Code %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: führt sich selbst als verwandten Code auf</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: verwandter Code %2 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: übliche Antwort %2 ist kein Antwortcode des Katalogs</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>der Katalog enthält keine Einträge</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>das Programm enthält keine Katalogdateien unter :/catalog</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; muss 2 sein</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: Provider %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: Provider %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: üblicher erweiterter Code %2 ist kein erweiterter Code des Katalogs</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: Standardcode %2 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: Provider %2 wird in keiner Katalogdatei beschrieben</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: Grund %2 ist kein Grund des Katalogs</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; muss %2 sein, wie bei jedem Bounce mit dem Grund %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; benötigt mindestens %1 Serverantworten, enthält aber %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; benötigt &quot;next&quot; (%1), &quot;closes&quot; (true oder false), &quot;actor&quot; (%2) und &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; muss &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; oder &quot;reason&quot; sein</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>nicht standardisierter Code &quot;%1&quot; besteht nicht aus drei Ziffern zwischen 100 und 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; passt nicht zur ersten Ziffer von %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>Provider-Antwort-ID &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos; enthalten und muss ein &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; ist kein Antwortcode</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; ist kein erweiterter Code wie etwa 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; muss ein Datum wie 2026-12-02 sein</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>Grund &quot;%1&quot; muss ein einzelnes Wort in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Provider-ID &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; muss einer dieser Werte sein: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>der Katalogtext für &quot;%1&quot; ist ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>der Katalogtext für &quot;%1&quot; muss ein Objekt mit &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; und &quot;entries&quot; sein</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>der Katalogtext für &quot;%1&quot; fehlt: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, Abschnitt %2</translation>
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
        <translation>%1: %2</translation>
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
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 und %2 sind beide erweiterte Statuscodes; sie melden unterschiedliche Zustände.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 ist eine Basisantwort der Klasse %2 (%3), während %4 ein erweiterter Statuscode ist, der eine Antwort präzisiert.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 und %2 beantworten dieselben Befehle: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 beantwortet %2, %3 dagegen %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 und %2 sind nicht eng verwandt: Sie treten in unterschiedlichen Situationen auf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 und %2 gehören beide zur Kategorie %3 (%4); die Detailnummer nennt die genaue Ursache.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 gehört zur Kategorie %2 (%3), %4 dagegen zur Kategorie %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 tritt häufig zusammen mit %2 auf: Die Basisantwort sagt, was mit dem Befehl geschehen ist, der erweiterte Code sagt, warum.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 tritt selten zusammen mit %2 auf, meist dagegen mit %3.</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>Bei %1 war der Befehl erfolgreich: Der Client fährt mit seinem nächsten Befehl fort.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>Bei %1 will der Server mehr: Er wartet auf die Nachrichtendaten oder den nächsten Schritt.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Ihr Server behält eine Nachricht, die %1 erhält, in seiner Warteschlange und versucht es später erneut.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Eine Nachricht, die %1 erhält, wird sofort zum Bounce: Ihr Server gibt auf und schickt sie an den Absender zurück.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>das sendende Programm</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>der Absender</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>der Mailadministrator der Absenderseite</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>der Administrator der Empfängerseite</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 ist überhaupt kein Bounce.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 ist ein Softbounce: Die Adresse ist in Ordnung, ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 ist ein Hardbounce: Die Adresse selbst wird abgelehnt; senden Sie also nicht mehr an sie.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Ob %1 ein Hardbounce ist, hängt vom erweiterten Code und vom Text ab: Ein Hardbounce liegt nur bei einer unbekannten Adresse oder Domain vor.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Beide Seiten zeigen %1: Ein Eintrag, der mit sich selbst verglichen wird, hat keine Unterschiede.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 und %2 sind beide Antworten der Klasse %3 (%4); sie unterscheiden sich in der Situation, die sie melden.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 ist eine Antwort der Klasse %2 (%3), %4 dagegen eine Antwort der Klasse %5 (%6).</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 und %2 beschreiben unterschiedliche Situationen; unten steht, was jeder von beiden bedeutet und was zu tun ist.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Eine Nachricht, die %1 erhält, behält Ihr Server in seiner Warteschlange und versucht es später erneut; bei %2 dagegen wird sie sofort zum Bounce.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>Bei %1 wird die Nachricht sofort zum Bounce; eine Nachricht, die %2 erhält, behält Ihr Server dagegen in seiner Warteschlange und versucht es später erneut.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 schließt die Verbindung, sodass Ihr Server für einen erneuten Versuch neu verbinden muss; %2 lässt sie offen.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>%1 beim Verbindungsaufbau weist Ihren Server ab, bevor überhaupt eine Mail gesendet wird: Meist ist die IP-Adresse Ihres Servers gesperrt.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Nach %1 muss %2 handeln, nach %3 %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 ist ein Hardbounce (%2): Stellen Sie den Versand an diese Adresse ein.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 ist kein Hardbounce (%2): Die Adresse selbst ist möglicherweise in Ordnung.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Keine: %1 ist auf beiden Seiten derselbe Eintrag.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 und %2 sind verwandt: Sie treten in ähnlichen Situationen auf; am genauen Wortlaut der Serverantwort erkennen Sie, welcher vorliegt.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Anhaltender vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Status des Mailsystems</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Status von Nachrichteninhalt oder Medien</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
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
        <translation>Antwortet auf: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Erweiterter Statuscode der Kategorie %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>einem Mailprovider</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>einem Mailfilter</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>einem Versanddienst</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>einer Blocklist</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Kein Standardcode: Kein RFC definiert %1 als SMTP-Antwort</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Eine Antwort von %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Hardbounce: Die Adresse selbst ist ungültig</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Kein Hardbounce: Die Adresse selbst ist möglicherweise in Ordnung</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Antwort der Klasse %1 (%2)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>Bei %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n weitere Provider-Antwort verwendet %1; suchen Sie danach mit dem Filter „Provider-Antworten“.</numerusform>
            <numerusform>%n weitere Provider-Antworten verwenden %1; suchen Sie danach mit dem Filter „Provider-Antworten“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Grund: %1. Empfehlung: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (geprüft am %2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Typisches Auftreten</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Wann ein Server ihn sendet</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Verwandte Codes</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Häufig zugehörige erweiterte Codes</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Häufig zugehörige Basisantworten</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Wichtigste Unterschiede</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Wann welcher Code gilt</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>Beispielantworten</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Was Provider damit meinen</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Stattdessen zu verwendende Standardcodes</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Was der Absender tun sollte</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Was der Mailadministrator tun sollte</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Erkannt an</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Codes, die dazu führen</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Formulierungen in Bounces, die dazu führen</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Provider-Antworten mit diesem Grund</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Was sie zusammen bedeuten</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>das Ende der Nachrichtendaten</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>Typischer Wortlaut</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>unbekannte Sprache &quot;%1&quot;; verfügbar: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>die Übersetzung für &quot;%1&quot; fehlt im Programm</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Anhand von „%1“ erkannte Antworten</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Vorgehen: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: Datei oder Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Positiv abgeschlossen</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiv vorläufig</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Vorübergehend negativ</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Dauerhaft negativ</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Unbekannte Klasse</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) mit %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 ist kein standardisierter Antwortcode; seine erste Ziffer macht ihn zu einer Antwort der Klasse %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 steht nicht im IANA-Register, und auch seine Kategorie %2 ist nicht definiert; nur seine Klasse %3 (%4) ist aussagekräftig.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 steht nicht im IANA-Register: Es ist ein providereigener Detailcode der Kategorie %2 (%3) in der Klasse %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Die beiden Codes widersprechen sich: %1 ist eine %2-Antwort, %3 hat jedoch die Klasse %4 (%5); was der Client tut, entscheidet die Basisantwort.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>Bei %1 bedeutet diese Antwort: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Adresse aus Ihren Listen entfernen</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Nichts zu tun, es sei denn, das Problem hält an: Der sendende Server versucht es weiter</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Nichts zu tun, es sei denn, das Problem hält an: Der sendende Server versucht es bis %1 weiter</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Versandkonfiguration korrigieren, dann erneut senden</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Nachricht ändern, dann erneut senden</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Delisting der sendenden IP oder Domain beantragen</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Postmaster des Empfängers kontaktieren</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Zu analysierender Text</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>%1 Text wird analysiert; er ist zu lang, um hier angezeigt zu werden.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>Die Zwischenablage enthält keinen Text, der analysiert werden kann.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Bounce-Analyse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Fügen Sie hier eine Bounce-Nachricht, eine Zustellstatusbenachrichtigung, einen SMTP-Mitschnitt oder Zeilen aus dem Mail-Log ein, oder ziehen Sie .eml-Dateien, mbox-Dateien oder Ordner hierher.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Jeden Empfänger und jede Serverantwort im Text auswerten</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Empfänger filtern</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>&amp;Zu entfernende Adressen kopieren</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Die Adressen mit Hardbounce, auf Unterdrückungslisten und mit Beschwerden kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Bounces, Postfachdateien oder Logs öffnen</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Mails, Postfachdateien und Logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Ordner mit Bounces öffnen (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Fügen Sie oben einen Bounce ein und klicken Sie auf „Analysieren“, oder öffnen bzw. ziehen Sie .eml-Dateien, mbox-Dateien oder einen Maildir-Ordner hierher. Für jeden Empfänger sehen Sie, ob und warum die Zustellung scheiterte, ob es ein Hardbounce ist und was zu tun ist; danach folgt jede Serverantwort mit ihrem Antwortcode und ihrem erweiterten Statuscode.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Nachrichten aus: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Kein Code passt zu „%1“.
Versuchen Sie einen kürzeren Text, ein anderes Wort oder den Filter „Alle Klassen“.</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Basisantworten</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Erweiterte Codes</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Kein Code entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>%1 &amp;anzeigen</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Codes, Namen und Texte durchsuchen</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Geben Sie einen Code („55“, „550“, „5.7.26“), ein Provider-Tag („TSS04“), ein Wort („%1“) oder mehrere ein; die Liste aktualisiert sich während der Eingabe</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Provider-Antworten</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Bounce-Gründe</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Dreistellige Basisantworten (550), erweiterte Statuscodes (5.1.1), was Provider mit ihren Antworten meinen, oder die Gründe, die Bounces angeben</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Zwei Codes vergleichen</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Wählen Sie auf jeder Seite einen Code, um beide nebeneinander zu lesen.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Erster:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Zweiter:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Erster Code</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Zweiter Code</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Code-Details</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Unbekannter Code %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Der Katalog enthält keinen Code „%1“. Die ähnlichsten Codes sind:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Wählen Sie links einen Code oder geben Sie einen in das Suchfeld ein, um zu lesen, was er bedeutet: eine Antwort (550), einen erweiterten Code (5.7.26), beides zusammen (550 5.7.26), ein Provider-Tag (TSS04) oder ein Wort.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>„Vergleichen…“ stellt zwei Codes nebeneinander; „Analysieren…“ wertet einen Bounce aus und zeigt, wer nicht erreicht wurde, warum und was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Über SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Unbekannter Code %1; stattdessen werden die ähnlichsten Codes angezeigt.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Über SMTP Codes</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Analysieren…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>V&amp;orwärts</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Als Text kopiert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>Die Referenz wird auf Englisch angezeigt: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Eine Offline-Referenz der SMTP-Antwortcodes, der erweiterten Statuscodes und ihrer Bedeutung bei den Mailprovidern, mit Bounce-Analyse.&lt;/p&gt;&lt;p&gt;Die Fakten stammen aus RFC 5321, RFC 3463, dem IANA-Register „SMTP Enhanced Status Codes“, den darin zitierten RFCs, den Quelltexten von Mailservern und der Dokumentation der Provider; jede Erklärung wurde eigens für dieses Programm geschrieben.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Einfügen und analysieren</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Zur vorherigen Seite zurückkehren</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Die Codes durchsuchen</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Das Angezeigte als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Das Angezeigte als Markdown kopieren</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Den aktuellen Code mit einem anderen vergleichen</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Die beiden verglichenen Codes vertauschen</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Die Seite des aktuellen Codes anzeigen</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Einen Bounce auswerten: wer nicht erreicht wurde, warum und was zu tun ist</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Den Text in der Zwischenablage analysieren</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Gespeicherte Bounces, Postfachdateien oder Logs analysieren</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Jede Nachricht in einem Ordner analysieren, etwa in einem Maildir</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: der Katalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>Der Katalog ist beschädigt:
%1</translation>
    </message>
</context>
</TS>
