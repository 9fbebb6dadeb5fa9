<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Codes: an offline reference of SMTP reply codes and enhanced status codes.

Commands:
  list                  every code with its class and name
  show CODE             everything about one code (550, 5.1.1)
  compare CODE CODE     two codes side by side

Without a command, opens the window; &quot;smtp-codes 550&quot; opens it on 550 and
&quot;smtp-codes 354 551&quot; on their comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show or compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command; use list, show CODE or compare CODE CODE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show or compare (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Comparison</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a code and its name in parentheses: 354 (Start Mail Input)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>title of a comparison of two codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EntryDocument</name>
    <message>
        <source>%1 %2</source>
        <comment>a code followed by its name: 550 Mailbox Unavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code belongs to this class filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>window title part: 354 vs 551</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SMTP Codes</source>
        <comment>window title: page, then app</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
