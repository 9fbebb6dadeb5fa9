<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>حجم النص %1 ميغابايت، والحد الأقصى الذي يمكن تحليله %2 ميغابايت. حلّل جزء السجل الذي يحتوي على رسالة الارتداد فقط.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>هذه بيانات ثنائية وليست نصًا، إذ تحتوي على بايتات NUL. الصق أو افتح نص رسالة ارتداد أو تقرير تسليم أو سجل جلسة أو سجل بريد.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>هذا النص ليس بترميز UTF-8 صالح. احفظه بترميز UTF-8 (أو ASCII عادي) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>أُلغي التحليل.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>وسيط: الخادم ينتظر المزيد</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>مؤقت: أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>دائم: لا تُعِد المحاولة دون تغيير</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) مع %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 ليس رمز رد قياسيًا، لكن رقمه الأول يجعله ردًا من الفئة %2 «%3».</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 غير موجود في سجل IANA، وموضوعه %2 غير معرَّف أيضًا؛ فلا دلالة فيه إلا لفئته %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 غير موجود في سجل IANA: فهو تفصيل خاص بمزوّد الخدمة ضمن الموضوع %2 (%3) في الفئة %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>الرمزان متعارضان: %1 رد من الفئة %2، لكن %3 من الفئة %4 (%5)؛ والرد الأساسي هو ما يحدد تصرّف العميل.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>تدل صياغة هذا الرد على أنه صادر من %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>ما يجب فعله: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>ما يجب فعله: اقرأ نص الخادم لمعرفة السبب، وتعامل مع الرسالة وفق الحكم «%1».</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>لم يُحلَّل أي شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردين من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردود من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردًا من الخادم</numerusform>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>لم يُعثر على أي رد SMTP في هذا النص. الصق رسالة ارتداد أو إشعار حالة تسليم أو سجل جلسة SMTP أو سطرًا من سجل البريد.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>رد الخادم</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>الحكم: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln مرة، أولها في السطر %2؛ %3</numerusform>
            <numerusform>%1: %Ln مرة، في السطر %2؛ %3</numerusform>
            <numerusform>%1: %Ln مرتان، أولاهما في السطر %2؛ %3</numerusform>
            <numerusform>%1: %Ln مرات، أولها في السطر %2؛ %3</numerusform>
            <numerusform>%1: %Ln مرة، أولها في السطر %2؛ %3</numerusform>
            <numerusform>%1: %Ln مرة، أولها في السطر %2؛ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>لم يُدرج هنا %Ln رد إضافي؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرج هنا %Ln رد إضافي؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرج هنا %Ln ردان إضافيان؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرج هنا %Ln ردود إضافية؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرج هنا %Ln ردًا إضافيًا؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرج هنا %Ln رد إضافي؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>يجب أن تكون قيمة &quot;kind&quot; إما &quot;reply&quot; أو &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>رمز الرد &quot;%1&quot; ليس عددًا من ثلاث خانات بين 200 و559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>رمز الحالة الموسّع &quot;%1&quot; ليس على الصيغة X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>قيمة &quot;class&quot; هي &quot;%1&quot;، وهي ليست إحدى القيم 2xx أو 3xx أو 4xx أو 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>قيمة &quot;class&quot; هي %1، لكن الرمز يبدأ بـ %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>أمر غير معروف &quot;%1&quot; في &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>الحقل المطلوب &quot;%1&quot; مفقود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>يجب أن يكون &quot;%1&quot; كائنًا يضم النصوص حسب اللغة، مثل {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>قيمة &quot;%1&quot; للغة &quot;%2&quot; فارغة أو ليست نصًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>لا يحتوي &quot;%1&quot; على نص باللغة الإنجليزية (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>يجب أن يكون &quot;%1&quot; مصفوفة من السلاسل النصية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>الحقل &quot;%1&quot; فارغ</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>يجب أن يكون &quot;examples&quot; مصفوفة</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>يجب أن يحتوي كل مثال على &quot;server&quot; و&quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>يجب أن يضم &quot;examples&quot; استجابتين من الخادم على الأقل، والموجود فيه %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>يجب أن يكون &quot;references&quot; مصفوفة</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>يجب أن يحتوي كل مرجع على &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>الحقل &quot;references&quot; فارغ</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: صيغة JSON غير صالحة عند البايت %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: يجب أن يكون المستوى الأعلى كائنًا يحتوي على &quot;formatVersion&quot; و&quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: يجب أن تكون قيمة &quot;formatVersion&quot; هي 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: يجب أن يكون &quot;entries&quot; مصفوفة</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: البند %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: الحقل المطلوب &quot;code&quot; مفقود</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: الرمز %2 مكرَّر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: يُدرج نفسه ضمن الرموز ذات الصلة</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: الرمز ذو الصلة %2 غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: الرد المعتاد %2 ليس من رموز الرد الموجودة في الفهرس</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>لا يحتوي الفهرس على أي بنود</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>لا يحتوي البرنامج على أي ملفات فهرس ضمن :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1، القسم %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
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
        <translation>رمز غير معروف &quot;%1&quot;؛ أقرب الرموز: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>صيغة المخرجات: text (الافتراضية) أو json أو markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>لغة الواجهة، مثل es أو zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>الرموز التي يعمل عليها الأمر.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>صيغة غير معروفة &quot;%1&quot;؛ استخدم text أو json أو markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>الأمر list لا يقبل رموزًا؛ لعرض رمز واحد استخدم: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| الرمز | الفئة | الاسم |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>الأمر show يحتاج إلى رمز، مثلًا: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>الأمر compare يحتاج إلى رمزين، مثلًا: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>رموز زائدة للأمر %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; رمز وليس أمرًا؛ استخدم: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list أو show أو compare أو explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>لم يُحدَّد أي أمر؛ استخدم list أو show CODE أو compare CODE CODE أو explain FILE (راجع --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>الأمر explain يقبل ملفًا واحدًا (أو - للإدخال القياسي)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>أمر غير معروف &quot;%1&quot;؛ استخدم list أو show أو compare أو explain (راجع --help)</translation>
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
        <translation>SMTP Codes: مرجع يعمل دون اتصال لرموز ردود SMTP ورموز الحالة الموسّعة.

الأوامر:
  list                  كل الرموز مع فئة كلٍّ منها واسمه
  show CODE             كل المعلومات عن رمز واحد (550، 5.1.1)
  compare CODE CODE     رمزان جنبًا إلى جنب
  explain [FILE|-]      كل ردود الخادم في رسالة ارتداد أو إشعار DSN أو سجل جلسة أو سجل بريد
                        (الإدخال القياسي إذا كان FILE هو - أو لم يُحدَّد)

دون أمر تُفتح النافذة؛ &quot;smtp-codes 550&quot; يفتحها على الرمز 550،
و&quot;smtp-codes 354 551&quot; على المقارنة بينهما، و&quot;smtp-codes --analyze FILE&quot; على
تحليل FILE.</translation>
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
        <translation>%1 مقابل %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>يعرض الجانبان %1 نفسه: مقارنة الرمز بنفسه لا تُظهر أي فروق.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>كلٌّ من %1 و%2 رمز حالة موسّع، ولكلٍّ منهما حالة مختلفة يُبلغ عنها.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 ردٌّ أساسي من الفئة %2 «%3»، بينما %4 رمز حالة موسّع يضيف إلى الرد تفصيلًا أدق.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>كلٌّ من %1 و%2 استجابة من الفئة %3 «%4»، ويختلفان في الحالة التي يُبلغان عنها.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 استجابة من الفئة %2 «%3»، بينما %4 استجابة من الفئة %5 «%6».</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>لا فروق: الرمز %1 نفسه على الجانبين.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>يردّ كلٌّ من %1 و%2 على الأوامر نفسها: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>يردّ %1 على %2، بينما يردّ %3 على %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 و%2 رمزان مترابطان: يظهران غالبًا في مواقف متشابهة، لذا اقرأ نص رد الخادم بدقة للتمييز بينهما.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>لا توجد صلة وثيقة بين %1 و%2: فكلٌّ منهما يظهر في مواقف مختلفة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>ينتمي كلٌّ من %1 و%2 إلى الموضوع %3 (%4)؛ ورقم التفصيل هو ما يحدد السبب بدقة.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>ينتمي %1 إلى الموضوع %2 (%3)، بينما ينتمي %4 إلى الموضوع %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>كثيرًا ما يأتي %1 مع %2: فالرد الأساسي يبيّن ما حدث للأمر، والرمز الموسّع يبيّن السبب.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>نادرًا ما يأتي %1 مع %2؛ فهو يأتي عادةً مع %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>فشل مؤقت مستمر</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>فشل دائم</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>حالة أخرى أو غير محددة</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>حالة العنونة</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>حالة صندوق البريد</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>حالة نظام البريد</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>حالة الشبكة والتوجيه</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>حالة بروتوكول تسليم البريد</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>حالة محتوى الرسالة أو الوسائط</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>حالة الأمان أو السياسة</translation>
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
        <translation>استجابة من الفئة %1 «%2»</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>يردّ على: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>رمز حالة موسّع من الموضوع %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>متى يظهر</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>طريقة الإصلاح</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>متى يرسله الخادم</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الأوامر التي يردّ عليها</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>أمثلة على الاستجابات</translation>
    </message>
    <message>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>رموز ذات صلة</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>رموز موسّعة ترافقه عادةً</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>ردود أساسية تحمله عادةً</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>الفروق الرئيسية</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>متى يُستخدم كلٌّ منهما</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>تحية الاتصال</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>نهاية بيانات الرسالة</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>أي أمر</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>صياغة نموذجية</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>لغة غير معروفة &quot;%1&quot;؛ اللغات المتاحة: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>ترجمة &quot;%1&quot; غير موجودة في البرنامج</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>إتمام إيجابي</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>وسيط إيجابي</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>سلبي مؤقت</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>سلبي دائم</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>فئة غير معروفة</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>يُبلغ %1 عن النجاح: اكتمل الإجراء المطلوب ويمكن للعميل الانتقال إلى أمره التالي.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 إذنٌ بالمتابعة: قبِل الخادم الأمر حتى الآن وينتظر مزيدًا من المدخلات من العميل.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 مؤقت: يحتفظ العميل بالرسالة ويعيد المحاولة لاحقًا، إذ قد تكون الحالة قد زالت حينها.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 دائم: تكرار الطلب نفسه دون تغيير سيفشل مجددًا، لذا يجب تصحيح شيء ما أولًا.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>يُبلغ كلٌّ من %1 و%2 عن النجاح، فلا يتطلب أيٌّ منهما أي إجراء من العميل.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>كلٌّ من %1 و%2 إذنٌ بالمتابعة ينتظر مزيدًا من المدخلات من العميل.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>كلٌّ من %1 و%2 مؤقت: يحتفظ العميل بالرسالة ويعيد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>كلٌّ من %1 و%2 دائم: إعادة المحاولة دون تغيير ستفشل مجددًا، لذا يجب تصحيح السبب.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>الصق هنا رسالة ارتداد أو إشعار حالة تسليم أو سجل جلسة SMTP أو أسطرًا من سجل البريد.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>النص المراد تحليله</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>تحليل (&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>العثور على كل ردود الخادم في النص وشرحها (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>تقدّم التحليل</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>جارٍ تحليل %1 من النص، وهو أطول من أن يُعرض هنا.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>لا تحتوي الحافظة على نص لتحليله.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>فتح رسالة ارتداد أو سجل</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>رسائل البريد والسجلات (*.eml *.txt *.log *.msg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>محلّل رسائل الارتداد</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>الصق رسالة ارتداد في الأعلى واضغط «تحليل»، أو اضغط Ctrl+Shift+V من أي مكان لتحليل محتوى الحافظة. يُعرض كل رد من الخادم مع رمزه الأساسي ورمزه الموسّع والحكم عليه وما يجب فعله.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>مقارنة مع…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>ابحث في الرموز والأسماء والنصوص (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>اكتب رمزًا (&quot;55&quot;، &quot;550&quot;) أو كلمة (&quot;ترحيل&quot;) أو عدة كلمات؛ تتحدّث القائمة أثناء الكتابة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>لا يوجد رمز يطابق &quot;%1&quot;.
جرّب نصًا أقصر أو كلمة أخرى أو عامل التصفية &quot;كل الفئات&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln رمز</numerusform>
            <numerusform>%Ln رمز</numerusform>
            <numerusform>%Ln رمزان</numerusform>
            <numerusform>%Ln رموز</numerusform>
            <numerusform>%Ln رمزًا</numerusform>
            <numerusform>%Ln رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>الردود الأساسية</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>الرموز الموسّعة</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>تصفية حسب النوع</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>الردود الأساسية ذات الخانات الثلاث (550) أو رموز الحالة الموسّعة (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>لا يوجد رمز يطابق عوامل التصفية هذه.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>الرمز الأول (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>الرمز الثاني (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>تبديل (&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>تبديل الرمزين (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>الرمز الأول</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>الرمز الثاني</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>مقارنة رمزين</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>اختر رمزًا في كل جانب لقراءتهما جنبًا إلى جنب.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>تفاصيل الرمز</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>اختر رمزًا من القائمة، أو اكتبه في حقل البحث (Ctrl+F) لتعرف معناه.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>اضغط Ctrl+D لمقارنة الرمز الحالي برمز آخر.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>الرمز %1 غير معروف</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>لا يحتوي الفهرس على الرمز &quot;%1&quot;. أقرب الرموز إليه:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث (&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>البحث في الرموز (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>مقارنة (&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>مقارنة الرمز الحالي برمز آخر (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>تبديل (&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>تبديل الرمزين المقارَنين (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل (&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>عرض تفاصيل الرمز الحالي (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>عن SMTP Codes (&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>الرمز %1 غير معروف؛ تُعرض بدلًا منه أقرب الرموز إليه.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>عن SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;مرجع يعمل دون اتصال لرموز ردود SMTP ورموز الحالة الموسّعة.&lt;/p&gt;&lt;p&gt;المعلومات مستقاة من RFC 5321 وRFC 3463 وسجل IANA لرموز الحالة الموسّعة في SMTP ووثائق RFC التي تستشهد بها، وكل شرح فيه مكتوب خصيصًا لهذا البرنامج.&lt;/p&gt;&lt;p&gt;مرخّص بموجب رخصة GNU العمومية (GPL)، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>تحليل (&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>شرح كل ردود الخادم في رسالة ارتداد أو تقرير تسليم أو سجل جلسة أو سجل بريد (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>لصق وتحليل (&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>تحليل النص الموجود في الحافظة (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>فتح رسالة ارتداد أو سجل (&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>تحليل رسالة ارتداد محفوظة أو سجل بريد (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>محلّل رسائل الارتداد — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>المقارنة بين %1 و%2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>الرمز %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — مرجع ردود SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>الألوان (&amp;C)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>اتباع النظام (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>فاتح (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>داكن (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع (&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>الرجوع إلى الرمز أو المقارنة السابقة (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدّم (&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>التقدّم مجددًا (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>نسخ كنص (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>نسخ الرمز أو المقارنة أو التحليل المعروض كنص عادي (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>نسخ بصيغة Markdown (&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>نسخ المحتوى المعروض بصيغة Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>تصدير بصيغة PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح (&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>نُسخ بصيغة Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>نُسخ كنص.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: الفهرس تالف: %1</translation>
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
        <translation>الفهرس تالف:
%1</translation>
    </message>
</context>
</TS>
