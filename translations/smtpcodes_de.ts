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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>Der Text ist %1 MB groß; analysiert werden können höchstens %2 MB. Analysieren Sie den Teil des Logs, der die Unzustellbarkeitsnachricht enthält.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Dies sind Binärdaten, kein Text: Sie enthalten NUL-Bytes. Fügen Sie den Text einer Unzustellbarkeitsnachricht, eines Zustellberichts, eines Mitschnitts oder eines Mail-Logs ein oder öffnen Sie ihn.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Dieser Text ist kein gültiges UTF-8. Speichern Sie ihn als UTF-8 (oder reines ASCII) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>vorläufig: Der Server wartet auf weitere Eingaben</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>vorübergehend: später erneut versuchen</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>dauerhaft: nicht unverändert wiederholen</translation>
    </message>
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
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 steht nicht im IANA-Register: Es handelt sich um eine anbieterspezifische Detailangabe der Kategorie %2 (%3) in der Klasse %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Die beiden Codes widersprechen sich: %1 ist eine %2-Antwort, %3 hat jedoch die Klasse %4 (%5); was der Client tut, entscheidet die Basisantwort.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Der Wortlaut zeigt, dass diese Antwort von %1 stammt.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Vorgehen: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Vorgehen: Entnehmen Sie den Grund dem Text des Servers und behandeln Sie die Nachricht als „%1“.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Nichts wurde analysiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln Serverantwort gefunden</numerusform>
            <numerusform>%Ln Serverantworten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>In diesem Text wurde keine SMTP-Antwort gefunden. Fügen Sie eine Unzustellbarkeitsnachricht, eine Zustellstatusbenachrichtigung, einen SMTP-Mitschnitt oder eine Zeile aus einem Mail-Log ein.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln-mal, erstmals in Zeile %2; %3</numerusform>
            <numerusform>%1: %Ln-mal, erstmals in Zeile %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln weitere Antwort wird hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
            <numerusform>%Ln weitere Antworten werden hier nicht aufgeführt; „smtp-codes explain --format json“ listet alle auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; muss &quot;reply&quot; oder &quot;enhanced&quot; sein</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; muss ein Objekt mit Texten je Sprache sein, etwa {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; hat für die Sprache &quot;%2&quot; einen leeren Wert oder einen Wert, der kein Text ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; hat keinen englischen (&quot;en&quot;) Text</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; benötigt mindestens zwei Serverantworten, enthält aber %1</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; muss 1 sein</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>unbekannter Code &quot;%1&quot;; ähnlichste Codes: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Ausgabeformat: text (Standard), json oder markdown.</translation>
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
        <source>The codes the command works on.</source>
        <translation>Die Codes, auf die sich der Befehl bezieht.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>unbekanntes Format &quot;%1&quot;; verwenden Sie text, json oder markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list erwartet keine Codes; um einen Code anzuzeigen, verwenden Sie: smtp-codes show %1</translation>
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
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare benötigt zwei Codes, zum Beispiel: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>zu viele Codes für %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; ist ein Code, kein Befehl; verwenden Sie: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare oder explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>Befehl fehlt; verwenden Sie list, show CODE, compare CODE CODE oder explain FILE (siehe --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain erwartet genau eine Datei (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>unbekannter Befehl &quot;%1&quot;; verwenden Sie list, show, compare oder explain (siehe --help)</translation>
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
        <translation>SMTP Codes: eine Offline-Referenz der SMTP-Antwortcodes und erweiterten Statuscodes.

Befehle:
  list                  alle Codes mit Klasse und Name
  show CODE             alles über einen Code (550, 5.1.1)
  compare CODE CODE     zwei Codes nebeneinander
  explain [FILE|-]      alle Serverantworten in einer Unzustellbarkeitsnachricht,
                        einer DSN, einem Mitschnitt oder einem Log
                        (Standardeingabe, wenn FILE - ist oder fehlt)

Ohne Befehl wird das Fenster geöffnet; &quot;smtp-codes 550&quot; öffnet es mit 550,
&quot;smtp-codes 354 551&quot; mit dem Vergleich beider Codes und
&quot;smtp-codes --analyze FILE&quot; mit der Analyse von FILE.</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Beide Seiten zeigen %1: Ein Code, der mit sich selbst verglichen wird, weist keine Unterschiede auf.</translation>
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
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 und %2 sind beide Antworten der Klasse %3 (%4); sie unterscheiden sich in der Situation, die sie melden.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 ist eine Antwort der Klasse %2 (%3), %4 dagegen eine Antwort der Klasse %5 (%6).</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Keine: Auf beiden Seiten steht derselbe Code %1.</translation>
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
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 und %2 sind verwandte Codes: Sie treten oft in ähnlichen Situationen auf. Um sie zu unterscheiden, achten Sie auf den genauen Wortlaut der Serverantwort.</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>Antwort der Klasse %1 (%2)</translation>
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
        <source>Answers</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Beispielantworten</translation>
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
        <source>connection greeting</source>
        <translation>Begrüßung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>Ende der Nachrichtendaten</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>beliebiger Befehl</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 meldet Erfolg: Die angeforderte Aktion ist ausgeführt, und der Client kann mit dem nächsten Befehl fortfahren.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 ist eine Freigabe zum Fortfahren: Der Server hat den Befehl bis hierhin angenommen und wartet auf weitere Eingaben des Clients.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 ist vorübergehend: Der Client behält die Nachricht und versucht es später erneut, wenn die Ursache womöglich behoben ist.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 ist dauerhaft: Eine unveränderte Wiederholung derselben Anfrage schlägt erneut fehl; zuerst muss etwas korrigiert werden.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 und %2 melden beide Erfolg; keiner von beiden erfordert eine Aktion des Clients.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 und %2 sind beide Freigaben zum Fortfahren und warten auf weitere Eingaben des Clients.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 und %2 sind beide vorübergehend: Der Client behält die Nachricht und versucht es später erneut.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 und %2 sind beide dauerhaft: Eine unveränderte Wiederholung schlägt erneut fehl, daher muss die Ursache behoben werden.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Fügen Sie hier eine Unzustellbarkeitsnachricht, eine Zustellstatusbenachrichtigung, einen SMTP-Mitschnitt oder Zeilen aus einem Mail-Log ein.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Zu analysierender Text</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Alle Serverantworten im Text finden und erklären (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>Unzustellbarkeitsnachricht oder Log öffnen</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>E-Mails und Logs (*.eml *.txt *.log *.msg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Zustellfehler-Analyse</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Fügen Sie oben eine Unzustellbarkeitsnachricht ein und klicken Sie auf „Analysieren“, oder drücken Sie an beliebiger Stelle Ctrl+Shift+V, um die Zwischenablage zu analysieren. Jede Serverantwort wird mit ihrem Basiscode, ihrem erweiterten Code, einer Bewertung und dem empfohlenen Vorgehen aufgeführt.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Codes, Namen und Texte durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Geben Sie einen Code („55“, „550“), ein Wort („Relay“) oder mehrere Wörter ein; die Liste wird beim Tippen aktualisiert</translation>
    </message>
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
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
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
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Dreistellige Basisantworten (550) oder erweiterte Statuscodes (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Kein Code entspricht diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Die beiden Codes vertauschen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Linker Code</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Rechter Code</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Code-Details</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Wählen Sie links einen Code aus oder geben Sie einen im Suchfeld ein (Ctrl+F), um seine Bedeutung nachzulesen.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D vergleicht den aktuellen Code mit einem anderen.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Unbekannter Code %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Der Katalog enthält keinen Code „%1“. Die ähnlichsten Codes sind:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>Codes durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Den aktuellen Code mit einem anderen vergleichen (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Die beiden verglichenen Codes vertauschen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Details des aktuellen Codes anzeigen (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Eine Offline-Referenz der SMTP-Antwortcodes und erweiterten Statuscodes.&lt;/p&gt;&lt;p&gt;Die Fakten stammen aus RFC 5321, RFC 3463, dem IANA-Register der erweiterten SMTP-Statuscodes und den darin zitierten RFCs; alle Erläuterungen wurden eigens für dieses Programm verfasst.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Analysieren…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Alle Serverantworten in einer Unzustellbarkeitsnachricht, einem Bericht, einem Mitschnitt oder einem Log erklären (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>&amp;Einfügen und analysieren</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Den Text in der Zwischenablage analysieren (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>Unzustellbarkeitsnachricht oder Log ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Eine gespeicherte Unzustellbarkeitsnachricht oder ein Mail-Log analysieren (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Zustellfehler-Analyse — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Vergleich von %1 und %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Code %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — Referenz der SMTP-Antworten</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Farben</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Zum vorherigen Code oder Vergleich zurückgehen (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>V&amp;orwärts</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Wieder vorwärts gehen (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Den angezeigten Code, Vergleich oder die angezeigte Analyse als reinen Text kopieren (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Den angezeigten Inhalt als Markdown kopieren (Ctrl+Shift+C)</translation>
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
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
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
