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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>टेक्स्ट का आकार %1 मेगाबाइट है; अधिकतम %2 मेगाबाइट का ही विश्लेषण किया जा सकता है। लॉग का केवल वह हिस्सा विश्लेषित करें जिसमें बाउंस संदेश है।</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>यह टेक्स्ट नहीं, बाइनरी डेटा है: इसमें NUL बाइट हैं। किसी बाउंस संदेश, डिलीवरी रिपोर्ट, ट्रांसक्रिप्ट या मेल लॉग का टेक्स्ट चिपकाएँ या खोलें।</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>यह टेक्स्ट मान्य UTF-8 नहीं है। इसे UTF-8 (या सादे ASCII) में सहेजें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>विश्लेषण रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>success</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>मध्यवर्ती: सर्वर और इनपुट की प्रतीक्षा कर रहा है</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>अस्थायी: बाद में फिर प्रयास करें</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>स्थायी: बिना बदलाव के दोबारा प्रयास न करें</translation>
    </message>
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
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 IANA रजिस्ट्री में नहीं है: यह श्रेणी %4 (%5) में विषय %2 (%3) का प्रदाता-विशिष्ट विवरण है।</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>दोनों कोड आपस में मेल नहीं खाते: %1 एक %2 उत्तर है, लेकिन %3 की श्रेणी %4 (%5) है; क्लाइंट क्या करेगा, यह मूल उत्तर तय करता है।</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>शब्दों से पता चलता है कि यह उत्तर %1 से आया है।</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>क्या करें: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>क्या करें: कारण जानने के लिए सर्वर का टेक्स्ट पढ़ें, और संदेश के साथ निर्णय &quot;%1&quot; के अनुसार व्यवहार करें।</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>कुछ भी विश्लेषित नहीं किया गया</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln सर्वर उत्तर मिला</numerusform>
            <numerusform>%Ln सर्वर उत्तर मिले</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>इस टेक्स्ट में कोई SMTP उत्तर नहीं मिला। कोई बाउंस संदेश, डिलीवरी स्थिति सूचना, SMTP ट्रांसक्रिप्ट या मेल लॉग की कोई पंक्ति चिपकाएँ।</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>पंक्ति %1: %2</translation>
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
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln बार, पंक्ति %2 पर; %3</numerusform>
            <numerusform>%1: %Ln बार, पहली बार पंक्ति %2 पर; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln और उत्तर यहाँ सूचीबद्ध नहीं है; &quot;smtp-codes explain --format json&quot; सभी उत्तरों की सूची देता है।</numerusform>
            <numerusform>%Ln और उत्तर यहाँ सूचीबद्ध नहीं हैं; &quot;smtp-codes explain --format json&quot; सभी उत्तरों की सूची देता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; का मान &quot;reply&quot; या &quot;enhanced&quot; होना चाहिए</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; भाषा-वार टेक्स्ट वाला ऑब्जेक्ट होना चाहिए, जैसे {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; में भाषा &quot;%2&quot; का मान खाली है या टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; में अंग्रेज़ी (&quot;en&quot;) टेक्स्ट नहीं है</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; में कम से कम दो सर्वर प्रतिक्रियाएँ होनी चाहिए, जबकि इसमें %1 है</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; का मान 1 होना चाहिए</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>अज्ञात कोड &quot;%1&quot;; निकटतम कोड: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>आउटपुट प्रारूप: text (डिफ़ॉल्ट), json या markdown।</translation>
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
        <source>The codes the command works on.</source>
        <translation>वे कोड जिन पर कमांड काम करती है।</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>अज्ञात प्रारूप &quot;%1&quot;; text, json या markdown का उपयोग करें</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list के साथ कोड नहीं दिए जाते; किसी एक कोड को देखने के लिए उपयोग करें: smtp-codes show %1</translation>
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
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare के लिए दो कोड आवश्यक हैं, उदाहरण: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>%1 के लिए बहुत अधिक कोड: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; एक कोड है, कमांड नहीं; उपयोग करें: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare या explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>कोई कमांड नहीं दी गई; list, show CODE, compare CODE CODE या explain FILE का उपयोग करें (--help देखें)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain के साथ एक ही फ़ाइल दी जाती है (या मानक इनपुट के लिए -)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>अज्ञात कमांड &quot;%1&quot;; list, show, compare या explain का उपयोग करें (--help देखें)</translation>
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
        <translation>SMTP Codes: SMTP उत्तर कोड और उन्नत स्थिति कोड का ऑफ़लाइन संदर्भ।

कमांड:
  list                  हर कोड, उसकी श्रेणी और नाम के साथ
  show CODE             किसी एक कोड (550, 5.1.1) के बारे में पूरी जानकारी
  compare CODE CODE     दो कोड साथ-साथ
  explain [FILE|-]      बाउंस संदेश, DSN, ट्रांसक्रिप्ट या लॉग में सर्वर का हर उत्तर
                        (FILE के - होने या न दिए जाने पर मानक इनपुट)

कमांड के बिना विंडो खुलती है; &quot;smtp-codes 550&quot; उसे 550 पर खोलता है,
&quot;smtp-codes 354 551&quot; उनकी तुलना पर और &quot;smtp-codes --analyze FILE&quot;
FILE के विश्लेषण पर।</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>दोनों ओर %1 है: किसी कोड की उसी से तुलना करने पर कोई अंतर नहीं मिलता।</translation>
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
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 और %2 दोनों %3 %4 प्रतिक्रियाएँ हैं; इनमें अंतर उस स्थिति का है जिसकी ये सूचना देती हैं।</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 एक %2 %3 प्रतिक्रिया है, जबकि %4 एक %5 %6 प्रतिक्रिया है।</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>कोई नहीं: दोनों ओर एक ही कोड %1 है।</translation>
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
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 और %2 संबंधित कोड हैं: ये अक्सर मिलती-जुलती स्थितियों में दिखते हैं, इसलिए इनमें अंतर करने के लिए सर्वर के उत्तर के सटीक शब्द पढ़ें।</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>%1 %2 प्रतिक्रिया</translation>
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
        <source>Answers</source>
        <translation>किनके उत्तर में आता है</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>प्रतिक्रियाओं के उदाहरण</translation>
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
        <source>connection greeting</source>
        <translation>कनेक्शन का अभिवादन</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>संदेश डेटा का अंत</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>कोई भी कमांड</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 सफलता की सूचना देता है: अनुरोधित कार्य पूरा हो गया है और क्लाइंट अपनी अगली कमांड पर आगे बढ़ सकता है।</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 आगे बढ़ने का संकेत है: सर्वर ने अब तक की कमांड स्वीकार कर ली है और क्लाइंट से और इनपुट की प्रतीक्षा कर रहा है।</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 अस्थायी है: क्लाइंट संदेश को अपने पास रखता है और बाद में दोबारा प्रयास करता है, क्योंकि तब तक स्थिति सुधर सकती है।</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 स्थायी है: उसी अनुरोध को बिना बदलाव के दोहराने पर वह फिर विफल होगा, इसलिए पहले कुछ ठीक करना होगा।</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 और %2 दोनों सफलता की सूचना देते हैं, इसलिए किसी के लिए भी क्लाइंट को कुछ करने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 और %2 दोनों आगे बढ़ने के संकेत हैं, जो क्लाइंट से और इनपुट की प्रतीक्षा करते हैं।</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 और %2 दोनों अस्थायी हैं: क्लाइंट संदेश अपने पास रखता है और बाद में दोबारा प्रयास करता है।</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 और %2 दोनों स्थायी हैं: बिना बदलाव के दोबारा प्रयास करने पर फिर विफलता मिलेगी, इसलिए कारण को ठीक करना होगा।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>कोई बाउंस संदेश, डिलीवरी स्थिति सूचना, SMTP ट्रांसक्रिप्ट या मेल लॉग की पंक्तियाँ यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>विश्लेषण के लिए टेक्स्ट</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>विश्लेषण करें (&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>टेक्स्ट में सर्वर का हर उत्तर खोजें और समझाएँ (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>बाउंस संदेश या लॉग खोलें</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>मेल और लॉग (*.eml *.txt *.log *.msg);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>बाउंस विश्लेषक</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>ऊपर कोई बाउंस संदेश चिपकाएँ और &quot;विश्लेषण करें&quot; दबाएँ, या क्लिपबोर्ड का विश्लेषण करने के लिए कहीं भी Ctrl+Shift+V दबाएँ। सर्वर का हर उत्तर उसके मूल कोड, उन्नत कोड, निर्णय और आगे क्या करना है, इसके साथ दिखाया जाता है।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>%1 दिखाएँ</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>इससे तुलना करें…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>कोड, नाम, टेक्स्ट खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>कोई कोड (&quot;55&quot;, &quot;550&quot;), कोई शब्द (&quot;रिले&quot;) या कई शब्द लिखें; लिखते ही सूची बदलती जाती है</translation>
    </message>
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
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln कोड</numerusform>
            <numerusform>%Ln कोड</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>सभी कोड</translation>
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
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>तीन अंकों वाले मूल उत्तर (550) या उन्नत स्थिति कोड (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>इन फ़िल्टरों से मेल खाने वाला कोई कोड नहीं है।</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>बायाँ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>दायाँ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>अदला-बदली (&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>दोनों कोड की जगह आपस में बदलें (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>बायाँ कोड</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>दायाँ कोड</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>कोड का विवरण</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>किसी कोड का अर्थ जानने के लिए उसे बाईं ओर की सूची से चुनें या खोज फ़ील्ड (Ctrl+F) में लिखें।</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D दबाकर वर्तमान कोड की किसी दूसरे कोड से तुलना करें।</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>अज्ञात कोड %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>कैटलॉग में &quot;%1&quot; कोड नहीं है। निकटतम कोड ये हैं:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>कोड खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>तुलना करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>वर्तमान कोड की किसी दूसरे कोड से तुलना करें (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>अदला-बदली (&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>तुलना किए जा रहे दोनों कोड की जगह आपस में बदलें (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>विवरण (&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>वर्तमान कोड का विवरण दिखाएँ (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP उत्तर कोड और उन्नत स्थिति कोड का ऑफ़लाइन संदर्भ।&lt;/p&gt;&lt;p&gt;तथ्य RFC 5321, RFC 3463, IANA की SMTP उन्नत स्थिति कोड रजिस्ट्री और उनमें उद्धृत RFC से लिए गए हैं; हर व्याख्या इसी प्रोग्राम के लिए लिखी गई है।&lt;/p&gt;&lt;p&gt;GNU GPL, संस्करण 3 या उसके बाद के किसी भी संस्करण के अंतर्गत लाइसेंसीकृत।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>विश्लेषण करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>बाउंस संदेश, रिपोर्ट, ट्रांसक्रिप्ट या लॉग में सर्वर के हर उत्तर को समझाएँ (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>चिपकाएँ और विश्लेषण करें (&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>क्लिपबोर्ड के टेक्स्ट का विश्लेषण करें (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>बाउंस संदेश या लॉग खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>सहेजे गए बाउंस संदेश या मेल लॉग का विश्लेषण करें (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>बाउंस विश्लेषक — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>%1 और %2 की तुलना — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>कोड %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — SMTP उत्तरों का संदर्भ</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>रंग (&amp;C)</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>पिछले कोड या तुलना पर वापस जाएँ (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>आगे (&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>फिर से आगे जाएँ (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>टेक्स्ट के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>दिखाए गए कोड, तुलना या विश्लेषण को सादे टेक्स्ट के रूप में कॉपी करें (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown के रूप में कॉपी करें (&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>जो दिख रहा है उसे Markdown के रूप में कॉपी करें (Ctrl+Shift+C)</translation>
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
        <translation>कैटलॉग क्षतिग्रस्त है:
%1</translation>
    </message>
</context>
</TS>
