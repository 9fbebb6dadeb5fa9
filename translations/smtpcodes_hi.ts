<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
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
        <translation>अज्ञात कोड &quot;%1&quot;; निकटतम कोड: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| कोड | श्रेणी | नाम |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show के लिए एक कोड आवश्यक है, उदाहरण: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show एक कोड लेता है, या उन्नत कोड सहित कोई उत्तर, जैसे &quot;550 5.7.26&quot;; &quot;%1&quot; इनमें से कुछ भी नहीं है</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare के लिए दो कोड आवश्यक हैं, उदाहरण: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare के लिए बहुत अधिक कोड: %1</translation>
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
        <translation>SMTP Codes: SMTP उत्तर कोड, उन्नत स्थिति कोड और प्रदाता उनसे क्या मतलब रखते हैं, इनका ऑफ़लाइन संदर्भ, साथ में एक बाउंस रीडर।

कमांड:
  list                  हर प्रविष्टि: कोड, श्रेणी, नाम
  show CODE             किसी एक प्रविष्टि के बारे में सब कुछ: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     दो प्रविष्टियाँ साथ-साथ
  explain [PATH…]       बाउंस फ़ाइलों, फ़ोल्डरों, Maildir और mbox फ़ाइलों के हर संदेश के लिए: किसकी
                        डिलीवरी विफल हुई, क्यों और क्या करें (PATH - हो या न दिया गया हो तो मानक इनपुट)
  search WORDS…         विंडो वाली खोज: कोड, शब्द, प्रदाताओं के नाम और टैग
  languages             इंटरफ़ेस की भाषाएँ

कमांड के बिना विंडो खुलती है; &quot;smtp-codes 550&quot; उसे 550 पर खोलता है,
&quot;smtp-codes 354 551&quot; उनकी तुलना पर और &quot;smtp-codes --analyze FILE&quot; FILE के
विश्लेषण पर।</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>आउटपुट प्रारूप: text (डिफ़ॉल्ट), json, markdown; explain के लिए jsonl।</translation>
    </message>
    <message>
        <source>format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>इंटरफ़ेस की भाषा, जैसे es या zh_CN।</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list और search के लिए: केवल मूल (basic), उन्नत (enhanced), प्रदाता (provider) या कारण (reason) प्रविष्टियाँ।</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list और search के लिए: केवल 2xx, 3xx, 4xx या 5xx।</translation>
    </message>
    <message>
        <source>class</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search या languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>वे कोड, फ़ाइलें या शब्द जिन पर कमांड काम करता है।</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>अज्ञात प्रारूप &quot;%1&quot;; text, json, markdown या jsonl उपयोग करें</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>अज्ञात प्रकार &quot;%1&quot;; basic, enhanced, provider या reason उपयोग करें</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>अज्ञात श्रेणी &quot;%1&quot;; 2xx, 3xx, 4xx या 5xx उपयोग करें</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>कमांड नहीं दिया गया; list, show CODE, compare CODE CODE, explain FILE या search WORDS उपयोग करें (--help देखें)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>jsonl प्रारूप केवल explain के लिए है; json उपयोग करें</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list के साथ कोड नहीं दिए जाते; किसी एक कोड को देखने के लिए उपयोग करें: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search के लिए शब्द या कोड आवश्यक हैं, उदाहरण: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; एक कोड है, कमांड नहीं; उपयोग करें: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>अज्ञात कमांड &quot;%1&quot;; list, show, compare, explain, search या languages उपयोग करें (--help देखें)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>मानक इनपुट</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: %1 में विश्लेषण के लिए कोई संदेश नहीं है</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>डिलीवरी स्थिति सूचना</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>बाउंस</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>विलंब चेतावनी</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>स्वचालित उत्तर</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>शिकायत रिपोर्ट</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>मेल लॉग</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>रिले किया गया</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>विस्तारित</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>हार्ड</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>सॉफ़्ट</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>प्राप्तकर्ता नहीं बताया गया</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>क्रिया: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>हार्ड बाउंस: पता ही गलत है</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>हार्ड बाउंस नहीं: पता अपने आप में ठीक हो सकता है</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>कोड: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>इसके उत्तर में: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>सर्वर: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>प्रदाता: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>निर्णय का आधार: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>मूल प्राप्तकर्ता: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>सर्वर का उत्तर</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>निर्णय: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln सर्वर उत्तर मिला</numerusform>
            <numerusform>%Ln सर्वर उत्तर मिले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln बार, पहली बार पंक्ति %2 पर</numerusform>
            <numerusform>%1: %Ln बार, पहली बार पंक्ति %2 पर</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln और उत्तर यहाँ सूचीबद्ध नहीं है; &quot;smtp-codes explain --format json&quot; सभी उत्तरों की सूची देता है।</numerusform>
            <numerusform>%Ln और उत्तर यहाँ सूचीबद्ध नहीं हैं; &quot;smtp-codes explain --format json&quot; सभी उत्तरों की सूची देता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>किसी चीज़ का विश्लेषण नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln प्राप्तकर्ता</numerusform>
            <numerusform>%1: %Ln प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>रिपोर्ट करने वाला: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>लौटाया गया संदेश: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>उसका विषय: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>इस टेक्स्ट में न कोई प्राप्तकर्ता मिला, न कोई सर्वर उत्तर। कोई बाउंस संदेश, डिलीवरी स्थिति सूचना, SMTP ट्रांसक्रिप्ट या मेल लॉग की पंक्तियाँ दें।</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>%Ln संदेश का सारांश</numerusform>
            <numerusform>%Ln संदेशों का सारांश</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln प्राप्तकर्ता</numerusform>
            <numerusform>%Ln प्राप्तकर्ता</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln संदेश का विश्लेषण नहीं हो सका</numerusform>
            <numerusform>%Ln संदेशों का विश्लेषण नहीं हो सका</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>कारण के अनुसार प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>क्रिया के अनुसार प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>अपनी सूचियों से हटाने योग्य पते</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln और प्राप्तकर्ता यहाँ सूचीबद्ध नहीं है; &quot;smtp-codes explain --format json&quot; सभी प्राप्तकर्ताओं की सूची देता है।</numerusform>
            <numerusform>%Ln और प्राप्तकर्ता यहाँ सूचीबद्ध नहीं हैं; &quot;smtp-codes explain --format json&quot; सभी प्राप्तकर्ताओं की सूची देता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>विश्लेषण रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>शब्दों से पता चलता है कि यह उत्तर %1 से आया है।</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>विश्लेषण के लिए कुछ नहीं है: इनपुट खाली है।</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>इनपुट %1 MB का है; एक बार में अधिकतम %2 MB का विश्लेषण किया जा सकता है। लॉग के उस भाग का विश्लेषण करें जिसमें बाउंस है।</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>यह टेक्स्ट नहीं, बाइनरी डेटा है: इसमें NUL बाइट हैं। किसी बाउंस, डिलीवरी रिपोर्ट, ट्रांसक्रिप्ट या मेल लॉग का टेक्स्ट दें।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>उत्तर कोड &quot;%1&quot; 200 से 559 के बीच की तीन अंकों वाली संख्या नहीं है</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>उन्नत कोड &quot;%1&quot; X.1.1 के प्रारूप में नहीं है</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; का मान &quot;%1&quot; है, जो 2xx, 3xx, 4xx, 5xx में से कोई नहीं है</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; का मान %1 है, लेकिन कोड %2 से शुरू होता है</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>&quot;commands&quot; में अज्ञात कमांड &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>आवश्यक फ़ील्ड &quot;%1&quot; मौजूद नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; स्ट्रिंग का ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; खाली है</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; एक ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>हर उदाहरण में &quot;server&quot; और &quot;text&quot; होना आवश्यक है</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; एक ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>हर संदर्भ में &quot;document&quot; होना आवश्यक है</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; खाली है</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: बाइट %2 पर अमान्य JSON: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: शीर्ष स्तर &quot;formatVersion&quot; और &quot;entries&quot; वाला ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; एक ऐरे होना चाहिए</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: प्रविष्टि %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: आवश्यक फ़ील्ड &quot;code&quot; मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: कोड %2 दो बार आया है</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: संबंधित कोडों में इसी कोड को शामिल किया गया है</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: संबंधित कोड %2 कैटलॉग में नहीं है</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: सामान्यतः साथ आने वाला उत्तर %2 कैटलॉग का कोई उत्तर कोड नहीं है</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>कैटलॉग में कोई प्रविष्टि नहीं है</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>प्रोग्राम में :/catalog के अंतर्गत कोई कैटलॉग फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; का मान 2 होना चाहिए</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: प्रदाता %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: प्रदाता %2 दो बार आया है</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: सामान्यतः साथ आने वाला उन्नत कोड %2 कैटलॉग का कोई उन्नत कोड नहीं है</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: मानक कोड %2 कैटलॉग में नहीं है</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: प्रदाता %2 का वर्णन किसी भी कैटलॉग फ़ाइल में नहीं है</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: कारण %2 कैटलॉग का कोई कारण नहीं है</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; का मान %2 होना चाहिए, जैसा हर %3 बाउंस के लिए होता है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; एक टेक्स्ट होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; एक ऐसा टेक्स्ट होना चाहिए जो खाली न हो</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; में कम से कम %1 सर्वर उत्तर होने चाहिए, इसमें %2 हैं</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; में &quot;next&quot; (%1), &quot;closes&quot; (true या false), &quot;actor&quot; (%2) और &quot;bounce&quot; (%3) होने चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; का मान true या false होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; का मान &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; या &quot;reason&quot; होना चाहिए</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>गैर-मानक कोड &quot;%1&quot; 100 से 599 के बीच की तीन अंकों वाली संख्या नहीं है</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; %1 के पहले अंक से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>प्रदाता उत्तर id &quot;%1&quot; में केवल छोटे अक्षर (lower-case), अंक, &apos;.&apos; और &apos;-&apos; होने चाहिए, और कम से कम एक &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; कोई उत्तर कोड नहीं है</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; 5.7.26 जैसा कोई उन्नत कोड नहीं है</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; 2026-12-02 जैसी कोई तारीख होनी चाहिए</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>कारण &quot;%1&quot; छोटे अक्षरों (lower-case) वाला एक ही शब्द होना चाहिए</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; इनमें से एक होना चाहिए: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>प्रदाता id &quot;%1&quot; में केवल छोटे अक्षर (lower-case), अंक, &apos;.&apos; और &apos;-&apos; होने चाहिए</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; इनमें से एक होना चाहिए: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>&quot;%1&quot; के लिए कैटलॉग टेक्स्ट बाइट %2 पर मान्य JSON नहीं है: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>&quot;%1&quot; के लिए कैटलॉग टेक्स्ट ऐसा ऑब्जेक्ट होना चाहिए जिसमें &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; और &quot;entries&quot; हों</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>&quot;%1&quot; के लिए कैटलॉग टेक्स्ट मौजूद नहीं है: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, अनुभाग %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
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
        <translation>%1 बनाम %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 और %2 दोनों उन्नत स्थिति कोड हैं; ये अलग-अलग स्थितियों की सूचना देते हैं।</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 एक %2 %3 मूल उत्तर है, जबकि %4 एक उन्नत स्थिति कोड है जो उत्तर को और सटीक बनाता है।</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 और %2 दोनों एक ही कमांड का उत्तर देते हैं: %3।</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 %2 का उत्तर देता है, जबकि %3 %4 का उत्तर देता है।</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 और %2 का आपस में कोई निकट संबंध नहीं है: ये अलग-अलग स्थितियों में सामने आते हैं।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 और %2 दोनों विषय %3 (%4) के अंतर्गत आते हैं; सटीक कारण विवरण संख्या से पता चलता है।</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 विषय %2 (%3) के अंतर्गत आता है, जबकि %4 विषय %5 (%6) के अंतर्गत।</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 अक्सर %2 के साथ आता है: मूल उत्तर बताता है कि कमांड के साथ क्या हुआ, और उन्नत कोड बताता है कि ऐसा क्यों हुआ।</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 शायद ही कभी %2 के साथ आता है; आमतौर पर यह %3 के साथ आता है।</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 सफलता की सूचना देता है: क्लाइंट अपने अगले कमांड के साथ आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 आगे की माँग करता है: सर्वर संदेश डेटा या अगले चरण की प्रतीक्षा करता है।</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>जिस संदेश को %1 मिलता है, उसे आपका सर्वर अपनी कतार में रखता है और बाद में फिर प्रयास करता है।</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>जिस संदेश को %1 मिलता है, वह तुरंत बाउंस होता है: आपका सर्वर प्रयास छोड़ देता है और उसे प्रेषक को लौटा देता है।</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>किसी को नहीं</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>भेजने वाले प्रोग्राम को</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>प्रेषक को</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>भेजने वाले पक्ष के मेल व्यवस्थापक को</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>प्राप्त करने वाले पक्ष के व्यवस्थापक को</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>प्राप्तकर्ता को</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 बिल्कुल भी बाउंस नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 सॉफ़्ट बाउंस है: पता ठीक है और बाद का प्रयास सफल हो सकता है।</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 हार्ड बाउंस है: पता ही अस्वीकार किया गया है, इसलिए उस पर भेजना बंद करें।</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1 हार्ड बाउंस है या नहीं, यह उसके उन्नत कोड और टेक्स्ट पर निर्भर करता है: केवल अज्ञात पता या डोमेन ही हार्ड बाउंस होता है।</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>दोनों ओर %1 है: किसी प्रविष्टि की उसी से तुलना करने पर कोई अंतर नहीं होता।</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 और %2 दोनों %3 %4 उत्तर हैं; इनमें अंतर उस स्थिति का है जिसकी ये सूचना देते हैं।</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 एक %2 %3 उत्तर है, जबकि %4 एक %5 %6 उत्तर है।</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 और %2 अलग-अलग स्थितियों का वर्णन करते हैं; नीचे बताया गया है कि हर एक का क्या अर्थ है और क्या करना है।</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>जिस संदेश को %1 मिलता है, उसे आपका सर्वर अपनी कतार में रखता है और बाद में फिर प्रयास करता है, जबकि %2 मिलने पर संदेश तुरंत बाउंस हो जाता है।</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 मिलने पर संदेश तुरंत बाउंस हो जाता है, जबकि जिस संदेश को %2 मिलता है, उसे आपका सर्वर अपनी कतार में रखता है और बाद में फिर प्रयास करता है।</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 कनेक्शन बंद कर देता है, इसलिए पुनः प्रयास के लिए आपके सर्वर को फिर से कनेक्ट करना होगा; %2 उसे खुला रखता है।</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>कनेक्शन की शुरुआत में आया %1 किसी भी मेल के भेजे जाने से पहले ही आपके सर्वर को अस्वीकार कर देता है: अक्सर कारण यह होता है कि आपके सर्वर का IP पता ब्लॉक है।</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>%1 के बाद कार्रवाई %2 करनी होगी; %3 के बाद %4।</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 हार्ड बाउंस है (%2): उस पते पर भेजना बंद करें।</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 हार्ड बाउंस नहीं है (%2): पता अपने आप में ठीक हो सकता है।</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>कोई नहीं: दोनों ओर %1 एक ही प्रविष्टि है।</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 और %2 आपस में संबंधित हैं: ये मिलती-जुलती स्थितियों में आते हैं, इसलिए इनमें अंतर करने के लिए सर्वर के उत्तर के सटीक शब्द पढ़ें।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>सफलता</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>लगातार अस्थायी विफलता</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>स्थायी विफलता</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>अन्य या अपरिभाषित स्थिति</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>पता-निर्धारण स्थिति</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>मेलबॉक्स स्थिति</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>मेल सिस्टम स्थिति</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>नेटवर्क और रूटिंग स्थिति</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>मेल डिलीवरी प्रोटोकॉल स्थिति</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>संदेश सामग्री या मीडिया स्थिति</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>सुरक्षा या नीति स्थिति</translation>
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
        <translation>इनके उत्तर में आता है: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>विषय %1 (%2) का उन्नत स्थिति कोड</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>मेलबॉक्स प्रदाता</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>मेल फ़िल्टर</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>ईमेल भेजने की सेवा</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>ब्लॉकलिस्ट</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>मानक कोड नहीं: कोई RFC %1 को SMTP उत्तर के रूप में परिभाषित नहीं करता</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>%1 (%2) का उत्तर</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>हार्ड बाउंस: पता ही गलत है</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>हार्ड बाउंस नहीं: पता अपने आप में ठीक हो सकता है</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>%1 %2 उत्तर</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1 पर: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n और प्रदाता उत्तर %1 का उपयोग करता है; &quot;प्रदाता उत्तर&quot; फ़िल्टर से इसे खोजें।</numerusform>
            <numerusform>%n और प्रदाता उत्तर %1 का उपयोग करते हैं; &quot;प्रदाता उत्तर&quot; फ़िल्टर से इसे खोजें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>निर्णय: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>कारण: %1। निर्णय: %2।</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (%2 को जाँचा गया)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>यह कब दिखता है</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>कैसे ठीक करें</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>सर्वर इसे कब भेजता है</translation>
    </message>
    <message>
        <source>References</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>संबंधित कोड</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>साथ में आमतौर पर आने वाले उन्नत कोड</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>मूल उत्तर जिनमें यह आमतौर पर आता है</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>मुख्य अंतर</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>किसका उपयोग कब करें</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>उदाहरण उत्तर</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>प्रदाताओं के लिए इसका अर्थ</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>इसके बजाय उपयोग किए जाने वाले मानक कोड</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>प्रेषक को क्या करना चाहिए</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>मेल व्यवस्थापक को क्या करना चाहिए</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>इनसे पहचाना जाता है</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>इस तक ले जाने वाले कोड</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>बाउंस के वे वाक्यांश जो इस तक ले जाते हैं</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>इस कारण वाले प्रदाता उत्तर</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>साथ में इनका अर्थ</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>कनेक्शन की शुरुआत</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>संदेश डेटा की समाप्ति</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>सामान्य शब्दावली</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>अज्ञात भाषा &quot;%1&quot;; उपलब्ध भाषाएँ: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>&quot;%1&quot; का अनुवाद प्रोग्राम में मौजूद नहीं है</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>&quot;%1&quot; से पहचाने गए उत्तर</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%2 के साथ %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>क्या करें: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 पढ़ा नहीं जा सका: ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>सकारात्मक पूर्णता</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>सकारात्मक मध्यवर्ती</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>अस्थायी नकारात्मक</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>स्थायी नकारात्मक</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>अज्ञात श्रेणी</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) के साथ %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 कोई मानक उत्तर कोड नहीं है; पहले अंक के अनुसार यह एक %2 %3 उत्तर है।</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 IANA रजिस्ट्री में नहीं है, और इसका विषय %2 भी परिभाषित नहीं है; केवल इसकी श्रेणी %3 (%4) से कोई अर्थ निकलता है।</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 IANA रजिस्ट्री में नहीं है: यह श्रेणी %4 (%5) में विषय %2 (%3) का किसी प्रदाता का अपना विस्तृत कोड है।</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>दोनों कोड आपस में मेल नहीं खाते: %1 एक %2 उत्तर है, लेकिन %3 की श्रेणी %4 (%5) है; क्लाइंट क्या करेगा, यह मूल उत्तर तय करता है।</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>%1 पर इस उत्तर का अर्थ है: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>पते को अपनी सूचियों से हटाएँ</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>कुछ करने की ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>जब तक यह बना न रहे, कुछ करने की ज़रूरत नहीं: भेजने वाला सर्वर प्रयास करता रहता है</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>जब तक यह बना न रहे, कुछ करने की ज़रूरत नहीं: भेजने वाला सर्वर %1 तक प्रयास करता रहता है</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>बाद में फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>भेजने का कॉन्फ़िगरेशन ठीक करें, फिर दोबारा भेजें</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>संदेश बदलें, फिर दोबारा भेजें</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>भेजने वाले IP या डोमेन की डीलिस्टिंग का अनुरोध करें</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>प्राप्तकर्ता के पोस्टमास्टर से संपर्क करें</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>विश्लेषण के लिए टेक्स्ट</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>विश्लेषण करें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>विश्लेषण</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>विश्लेषण की प्रगति</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>%1 टेक्स्ट का विश्लेषण हो रहा है, जो यहाँ दिखाने के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>क्लिपबोर्ड में विश्लेषण के लिए कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>बाउंस विश्लेषक</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln संदेश</numerusform>
            <numerusform>%Ln संदेश</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>यहाँ कोई बाउंस संदेश, डिलीवरी स्थिति सूचना, SMTP ट्रांसक्रिप्ट या मेल लॉग की पंक्तियाँ पेस्ट करें, या .eml फ़ाइलें, mbox फ़ाइलें या फ़ोल्डर ड्रॉप करें।</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>टेक्स्ट के हर प्राप्तकर्ता और सर्वर उत्तर को पढ़ें</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>प्राप्तकर्ता फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>हटाने योग्य पते कॉपी करें (&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>हार्ड बाउंस हुए, सप्रेशन सूची वाले और शिकायत करने वाले पते कॉपी करें, हर पंक्ति में एक</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>बाउंस, मेलबॉक्स या लॉग खोलें</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>मेल, मेलबॉक्स और लॉग (*.eml *.msg *.mbox *.mbx *.txt *.log);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>बाउंस वाला फ़ोल्डर खोलें (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>ऊपर कोई बाउंस पेस्ट करके &quot;विश्लेषण करें&quot; दबाएँ, या .eml फ़ाइलें, mbox फ़ाइलें या कोई Maildir फ़ोल्डर खोलें या ड्रॉप करें। हर प्राप्तकर्ता के लिए आप पढ़ेंगे कि किसकी डिलीवरी विफल हुई, क्यों, क्या यह हार्ड बाउंस है और क्या करना है; फिर हर सर्वर उत्तर, उसके मूल और उन्नत कोड के साथ।</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>संदेशों का स्रोत: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>श्रेणी फ़िल्टर</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>कोड सूची</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>&quot;%1&quot; से मेल खाने वाला कोई कोड नहीं है।
छोटा टेक्स्ट, कोई दूसरा शब्द या &quot;सभी श्रेणियाँ&quot; फ़िल्टर आज़माएँ।</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>मूल उत्तर</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>उन्नत कोड</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>इन फ़िल्टरों से मेल खाने वाला कोई कोड नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>%1 दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>किसी दूसरे कोड से तुलना करें (&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>कोड, नाम, टेक्स्ट खोजें</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>कोई कोड (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), किसी प्रदाता का टैग (&quot;TSS04&quot;), कोई शब्द (&quot;%1&quot;) या कई शब्द टाइप करें; टाइप करते ही सूची बदलती जाती है</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>सभी प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>प्रदाता उत्तर</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>बाउंस के कारण</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>तीन अंकों वाले मूल उत्तर (550), उन्नत स्थिति कोड (5.1.1), प्रदाता अपने उत्तरों से क्या मतलब रखते हैं, या बाउंस में बताए गए कारण</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n कोड</numerusform>
            <numerusform>%n कोड</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>दो कोड की तुलना करें</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>दोनों ओर एक-एक कोड चुनें और उन्हें साथ-साथ पढ़ें।</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>पहला (&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>दूसरा (&amp;E):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>पहला कोड</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>दूसरा कोड</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>कोड का विवरण</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>अज्ञात कोड %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>कैटलॉग में &quot;%1&quot; कोड नहीं है। निकटतम कोड ये हैं:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>बाईं ओर कोई कोड चुनें, या उसका अर्थ पढ़ने के लिए खोज फ़ील्ड में टाइप करें: कोई उत्तर (550), कोई उन्नत कोड (5.7.26), दोनों एक साथ (550 5.7.26), किसी प्रदाता का टैग (TSS04) या कोई शब्द।</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>&quot;तुलना करें…&quot; दो कोड साथ-साथ दिखाता है; &quot;विश्लेषण करें…&quot; बाउंस पढ़कर बताता है कि किसकी डिलीवरी विफल हुई, क्यों और क्या करना है।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>तुलना करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>अदला-बदली (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>अज्ञात कोड %1; इसके स्थान पर निकटतम कोड दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>SMTP Codes के बारे में</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>विश्लेषण करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्का (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरा (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>आगे (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>टेक्स्ट के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown के रूप में कॉपी करें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>PDF के रूप में निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Markdown के रूप में कॉपी किया गया।</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>टेक्स्ट के रूप में कॉपी किया गया।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>संदर्भ अंग्रेज़ी में दिखाया जा रहा है: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP उत्तर कोड, उन्नत स्थिति कोड और मेल प्रदाता उनसे क्या मतलब रखते हैं, इनका एक ऑफ़लाइन संदर्भ, साथ में एक बाउंस रीडर।&lt;/p&gt;&lt;p&gt;तथ्य RFC 5321, RFC 3463, IANA की SMTP Enhanced Status Codes रजिस्ट्री, उनमें उद्धृत RFC, मेल सर्वरों के सोर्स कोड और प्रदाताओं के अपने दस्तावेज़ों से लिए गए हैं; हर व्याख्या इसी प्रोग्राम के लिए लिखी गई है।&lt;/p&gt;&lt;p&gt;GNU GPL, संस्करण 3 या उसके बाद के संस्करण के तहत लाइसेंस प्राप्त।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>रंग (&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>पेस्ट करें और विश्लेषण करें (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>फ़ोल्डर खोलें (&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>पिछले पेज पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>फिर से आगे जाएँ</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>कोड खोजें</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>दिखाई गई सामग्री को सादे टेक्स्ट के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>दिखाई गई सामग्री को Markdown के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>वर्तमान कोड की किसी दूसरे कोड से तुलना करें</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>तुलना किए जा रहे दोनों कोड की अदला-बदली करें</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>वर्तमान कोड का पेज दिखाएँ</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>बाउंस पढ़ें: किसकी डिलीवरी विफल हुई, क्यों, और क्या करना है</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>क्लिपबोर्ड के टेक्स्ट का विश्लेषण करें</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>सहेजे गए बाउंस, मेलबॉक्स या लॉग का विश्लेषण करें</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>किसी फ़ोल्डर (जैसे Maildir) के हर संदेश का विश्लेषण करें</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: कैटलॉग क्षतिग्रस्त है: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>कैटलॉग क्षतिग्रस्त है:
%1</translation>
    </message>
</context>
</TS>
