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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>رمز غير معروف &quot;%1&quot;؛ أقرب الرموز: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| الرمز | الفئة | الاسم |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>يحتاج الأمر show إلى رمز، مثل: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>يقبل الأمر show رمزًا واحدًا، أو ردًا مع رمزه المحسَّن مثل &quot;550 5.7.26&quot;؛ و&quot;%1&quot; ليس هذا ولا ذاك</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>يحتاج الأمر compare إلى رمزين، مثل: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>رموز أكثر مما يقبله الأمر compare: %1</translation>
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
        <translation>SMTP Codes: مرجع يعمل دون اتصال بالإنترنت لرموز ردود SMTP ورموز الحالة المحسَّنة وما يقصده المزوِّدون بها، مع قارئ لرسائل الارتداد.

الأوامر:
  list                  كل البنود: الرمز والفئة والاسم
  show CODE             كل ما يخص بندًا واحدًا: 550 أو 5.1.1 أو &quot;550 5.7.26&quot; أو TSS04 أو mailboxfull
  compare CODE CODE     بندان جنبًا إلى جنب
  explain [PATH…]       مَن فشل التسليم إليه ولماذا وما يجب فعله، لكل رسالة في ملفات الارتداد
                        والمجلدات ومجلدات Maildir وملفات mbox (الإدخال القياسي إن كان PATH هو - أو لم يُذكر)
  search WORDS…         بحث النافذة: الرموز والكلمات وأسماء المزوِّدين ووسومهم
  languages             لغات الواجهة

دون أمر تُفتح النافذة؛ فالأمر &quot;smtp-codes 550&quot; يفتحها على 550،
و&quot;smtp-codes 354 551&quot; على المقارنة بينهما، و&quot;smtp-codes --analyze FILE&quot; على
تحليل FILE.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>صيغة المخرجات: text (الافتراضية) أو json أو markdown، أو jsonl مع الأمر explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>مع list و search: بنود نوع واحد فقط: basic أو enhanced أو provider أو reason.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>مع list و search: فئة واحدة فقط: 2xx أو 3xx أو 4xx أو 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list أو show أو compare أو explain أو search أو languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>الرموز أو الملفات أو الكلمات التي يعمل عليها الأمر.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>صيغة غير معروفة &quot;%1&quot;؛ استخدم text أو json أو markdown أو jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>نوع غير معروف &quot;%1&quot;؛ استخدم basic أو enhanced أو provider أو reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>فئة غير معروفة &quot;%1&quot;؛ استخدم 2xx أو 3xx أو 4xx أو 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>لم يُذكر أمر؛ استخدم list أو show CODE أو compare CODE CODE أو explain FILE أو search WORDS (انظر --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>الصيغة jsonl خاصة بالأمر explain؛ استخدم json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>لا يقبل الأمر list رموزًا؛ لعرض رمز واحد استخدم: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>يحتاج الأمر search إلى كلمات أو رموز، مثل: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; رمز وليس أمرًا؛ استخدم: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>أمر غير معروف &quot;%1&quot;؛ استخدم list أو show أو compare أو explain أو search أو languages (انظر --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>الإدخال القياسي</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: لا توجد رسالة لتحليلها في %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>إشعار حالة التسليم</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>ارتداد</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>تحذير من التأخير</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>رد تلقائي</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>تقرير شكوى</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>محضر جلسة SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>سجل البريد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>تأخُّر</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>توسيع</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوِّد</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>دائم</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>مؤقت</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>مستلِم غير مذكور</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>الإجراء: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>ارتداد دائم: العنوان نفسه غير صالح</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ليس ارتدادًا دائمًا: قد يكون العنوان نفسه سليمًا</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>الرموز: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>ردًا على: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>المزوِّد: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>حُدِّد بناءً على: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>موجَّهة في الأصل إلى: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردَّين من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردود من الخادم</numerusform>
            <numerusform>عُثر على %Ln ردًا من الخادم</numerusform>
            <numerusform>عُثر على %Ln رد من الخادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln مرة، أولاها في السطر %2</numerusform>
            <numerusform>%1: %Ln مرة، أولاها في السطر %2</numerusform>
            <numerusform>%1: %Ln مرتان، أولاهما في السطر %2</numerusform>
            <numerusform>%1: %Ln مرات، أولاها في السطر %2</numerusform>
            <numerusform>%1: %Ln مرةً، أولاها في السطر %2</numerusform>
            <numerusform>%1: %Ln مرة، أولاها في السطر %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>لم يُدرَج هنا %Ln رد آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln رد آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln ردَّان آخران؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم تُدرَج هنا %Ln ردود أخرى؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln ردًا آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln رد آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع الردود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>لم يُحلَّل أي شيء</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln مستلِم</numerusform>
            <numerusform>%1: %Ln مستلِم</numerusform>
            <numerusform>%1: %Ln مستلِمان</numerusform>
            <numerusform>%1: %Ln مستلِمين</numerusform>
            <numerusform>%1: %Ln مستلِمًا</numerusform>
            <numerusform>%1: %Ln مستلِم</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>المُبلِّغ: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>الرسالة المُعادة: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>موضوعها: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>لم يُعثر في هذا النص على مستلِم ولا على رد من الخادم. قدِّم رسالة ارتداد أو إشعار حالة التسليم أو محضر جلسة SMTP أو أسطرًا من سجل البريد.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>ملخص %Ln رسالة</numerusform>
            <numerusform>ملخص %Ln رسالة</numerusform>
            <numerusform>ملخص %Ln رسالتين</numerusform>
            <numerusform>ملخص %Ln رسائل</numerusform>
            <numerusform>ملخص %Ln رسالةً</numerusform>
            <numerusform>ملخص %Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln مستلِم</numerusform>
            <numerusform>%Ln مستلِم</numerusform>
            <numerusform>%Ln مستلِمان</numerusform>
            <numerusform>%Ln مستلِمين</numerusform>
            <numerusform>%Ln مستلِمًا</numerusform>
            <numerusform>%Ln مستلِم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>تعذّر تحليل %Ln رسالة</numerusform>
            <numerusform>تعذّر تحليل %Ln رسالة</numerusform>
            <numerusform>تعذّر تحليل %Ln رسالتين</numerusform>
            <numerusform>تعذّر تحليل %Ln رسائل</numerusform>
            <numerusform>تعذّر تحليل %Ln رسالةً</numerusform>
            <numerusform>تعذّر تحليل %Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>المستلِمون حسب السبب</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلِمون</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>المستلِمون حسب الإجراء</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>العناوين التي يجب حذفها من قوائمك</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>لم يُدرَج هنا %Ln مستلِم آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln مستلِم آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln مستلِمان آخران؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln مستلِمين آخرين؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln مستلِمًا آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
            <numerusform>لم يُدرَج هنا %Ln مستلِم آخر؛ يعرض الأمر &quot;smtp-codes explain --format json&quot; جميع المستلِمين.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>أُلغي التحليل.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>تدل صياغة هذا الرد على أنه صادر من %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>لا يوجد ما يُحلَّل: الإدخال فارغ.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>حجم الإدخال %1 ميغابايت، والحد الأقصى لما يمكن تحليله دفعة واحدة %2 ميغابايت. حلِّل جزء السجل الذي يحتوي على رسالة الارتداد.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>هذه بيانات ثنائية وليست نصًا: فهي تحتوي على بايتات NUL. قدِّم نص رسالة ارتداد أو تقرير تسليم أو محضر جلسة SMTP أو سجل بريد.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>رمز الرد &quot;%1&quot; ليس عددًا من ثلاث خانات بين 200 و559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>الرمز المحسَّن &quot;%1&quot; ليس على الصيغة X.1.1</translation>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: يجب أن تكون قيمة &quot;formatVersion&quot; هي 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: المزوِّد %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: المزوِّد %2 مكرَّر</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: الرمز المحسَّن المعتاد %2 ليس من الرموز المحسَّنة الموجودة في الفهرس</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: الرمز القياسي %2 غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: المزوِّد %2 غير موصوف في أي ملف من ملفات الفهرس</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: السبب %2 ليس من الأسباب الموجودة في الفهرس</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: يجب أن تكون قيمة &quot;hardBounce&quot; هي %2، كما في كل ارتداد سببه %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>يجب أن يكون &quot;%1&quot; نصًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>يجب أن يكون &quot;%1&quot; نصًا غير فارغ</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>يحتاج &quot;examples&quot; إلى %1 من ردود الخادم على الأقل، وفيه %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>يحتاج &quot;facts&quot; إلى &quot;next&quot; (%1) و&quot;closes&quot; (true أو false) و&quot;actor&quot; (%2) و&quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; هي true أو false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>يجب أن تكون قيمة &quot;kind&quot; هي &quot;reply&quot; أو &quot;enhanced&quot; أو &quot;nonstandard&quot; أو &quot;provider&quot; أو &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>الرمز غير القياسي &quot;%1&quot; ليس عددًا من ثلاث خانات بين 100 و599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>قيمة &quot;class&quot; لا تطابق الرقم الأول من %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>يجب أن يتألف معرِّف رد المزوِّد &quot;%1&quot; من أحرف صغيرة وأرقام و&apos;.&apos; و&apos;-&apos;، وأن يحتوي على &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>قيمة &quot;reply&quot; (&quot;%1&quot;) ليست رمز رد</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>قيمة &quot;enhanced&quot; (&quot;%1&quot;) ليست رمزًا محسَّنًا مثل 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>يجب أن تكون قيمة &quot;checked&quot; تاريخًا مثل 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>يجب أن يكون السبب &quot;%1&quot; كلمة واحدة بأحرف صغيرة</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>يجب أن تكون قيمة &quot;verdict&quot; إحدى القيم: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>يجب أن يتألف معرِّف المزوِّد &quot;%1&quot; من أحرف صغيرة وأرقام و&apos;.&apos; و&apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>يجب أن تكون قيمة &quot;category&quot; إحدى القيم: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>نص الفهرس للغة &quot;%1&quot; ليس بصيغة JSON صالحة عند البايت %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>يجب أن يكون نص الفهرس للغة &quot;%1&quot; كائنًا يحتوي على &quot;formatVersion&quot; بالقيمة 2 و&quot;language&quot; بالقيمة &quot;%1&quot; و&quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>نص الفهرس للغة &quot;%1&quot; مفقود: %2</translation>
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
        <translation>%1 مقابل %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>كلٌّ من %1 و%2 رمز حالة محسَّن، ويُبلغ كلٌّ منهما عن حالة مختلفة.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 ردٌّ أساسي من الفئة %2 «%3»، بينما %4 رمز حالة محسَّن يضيف إلى الرد تفصيلًا أدق.</translation>
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
        <translation>كثيرًا ما يأتي %1 مع %2: فالرد الأساسي يبيّن ما حدث للأمر، والرمز المحسَّن يبيّن السبب.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>نادرًا ما يأتي %1 مع %2؛ فهو يأتي عادةً مع %3.</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>يدل %1 على النجاح: ينتقل العميل إلى أمره التالي.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>يطلب %1 المزيد: ينتظر الخادم بيانات الرسالة أو الخطوة التالية.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>يُبقي خادمك الرسالة التي تتلقى %1 في قائمة الانتظار ويعيد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>الرسالة التي تتلقى %1 ترتد فورًا: يتخلى عنها خادمك ويعيدها إلى المرسِل.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>البرنامج المرسِل</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>مسؤول البريد لدى الجهة المرسِلة</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>المسؤول لدى الجهة المستقبِلة</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 ليس ارتدادًا على الإطلاق.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 ارتداد مؤقت: العنوان سليم، وقد تنجح محاولة لاحقة.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 ارتداد دائم: العنوان نفسه مرفوض، فتوقَّف عن الإرسال إليه.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>كون %1 ارتدادًا دائمًا يتوقف على رمزه المحسَّن ونصه: فلا يكون كذلك إلا مع عنوان أو نطاق غير معروف.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>يعرض الجانبان كلاهما %1: ولا فروق عند مقارنة البند بنفسه.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>كلٌّ من %1 و%2 ردٌّ من الفئة %3 «%4»؛ ويختلفان في الحالة التي يُبلغان عنها.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 ردٌّ من الفئة %2 «%3»، بينما %4 ردٌّ من الفئة %5 «%6».</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>يصف %1 و%2 حالتين مختلفتين؛ وفيما يلي معنى كلٍّ منهما وما يجب فعله.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>يُبقي خادمك الرسالة التي تتلقى %1 في قائمة الانتظار ويعيد المحاولة لاحقًا، بينما يجعلها %2 ترتد فورًا.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>يجعل %1 الرسالة ترتد فورًا، بينما يُبقي خادمك الرسالة التي تتلقى %2 في قائمة الانتظار ويعيد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>يغلق %1 الاتصال، فعلى خادمك أن يتصل من جديد لإعادة المحاولة؛ أما %2 فيُبقيه مفتوحًا.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>يرفض %1 عند فتح الاتصال خادمَك قبل إرسال أي بريد: والسبب في الغالب أن عنوان IP الخاص بخادمك محظور.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>بعد %1، الطرف الذي عليه التصرف: %2؛ وبعد %3: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 ارتداد دائم (%2): توقَّف عن الإرسال إلى العنوان.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 ليس ارتدادًا دائمًا (%2): قد يكون العنوان نفسه سليمًا.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>لا فروق: %1 هو البند نفسه في الجانبين.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 و%2 مترابطان: يظهران في حالات متشابهة، فاقرأ صياغة رد الخادم بدقة للتمييز بينهما.</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>يردّ على: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>رمز حالة محسَّن من الموضوع %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>مزوِّد بريد</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>عامل تصفية للبريد</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>خدمة إرسال</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>قائمة حظر</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>ليس رمزًا قياسيًا: لا يعرِّف أي RFC الرمز %1 بوصفه رد SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>رد من %1، وهو %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>ارتداد دائم: العنوان نفسه غير صالح</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ليس ارتدادًا دائمًا: قد يكون العنوان نفسه سليمًا</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>رد من الفئة %1 «%2»</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>لدى %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>ثمة %n رد آخر من ردود المزوِّدين يستخدم %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
            <numerusform>ثمة %n رد آخر من ردود المزوِّدين يستخدم %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
            <numerusform>ثمة %n ردَّان آخران من ردود المزوِّدين يستخدمان %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
            <numerusform>ثمة %n ردود أخرى من ردود المزوِّدين تستخدم %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
            <numerusform>ثمة %n ردًا آخر من ردود المزوِّدين يستخدم %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
            <numerusform>ثمة %n رد آخر من ردود المزوِّدين يستخدم %1؛ ابحث عن الرمز مع عامل التصفية «ردود المزوِّدين».</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>الحكم: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>السبب: %1. الحكم: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (تاريخ الاطلاع: %2)</translation>
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
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>رموز ذات صلة</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>رموز محسَّنة ترافقه عادةً</translation>
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
        <source>Example replies</source>
        <translation>أمثلة على الردود</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>ما يقصده المزوِّدون به</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>رموز قياسية تُستخدم بدلًا منه</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>ما يجب أن يفعله المرسِل</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>ما يجب أن يفعله مسؤول البريد</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>يُتعرَّف عليه من</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>رموز تؤدي إليه</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>عبارات في رسائل الارتداد تؤدي إليه</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>ردود المزوِّدين التي لها هذا السبب</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>معناهما معًا</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>فتح الاتصال</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>نهاية بيانات الرسالة</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>الردود التي يُتعرَّف عليها من &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 مع %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>ما يجب فعله: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>تعذّرت قراءة %1: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>إيجابي تام</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>إيجابي مرحلي</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <translation>%1 غير موجود في جدول IANA، وموضوعه %2 غير معرَّف أيضًا؛ فلا دلالة فيه إلا لفئته %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 غير موجود في جدول IANA: فهو تفصيل خاص بأحد المزوِّدين ضمن الموضوع %2 (%3) في الفئة %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>الرمزان متعارضان: %1 رد من الفئة %2، لكن %3 من الفئة %4 (%5)؛ والرد الأساسي هو ما يحدد تصرّف العميل.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>لدى %1 يعني هذا الرد: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>احذف العنوان من قوائمك</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>لا حاجة إلى أي إجراء</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>لا حاجة إلى أي إجراء ما لم تستمر المشكلة: فالخادم المرسِل يواصل المحاولة</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>لا حاجة إلى أي إجراء ما لم تستمر المشكلة: فالخادم المرسِل يواصل المحاولة حتى %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>أصلح إعدادات الإرسال، ثم أعد الإرسال</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>عدِّل الرسالة، ثم أعد الإرسال</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>اطلب شطب عنوان IP المرسِل أو النطاق المرسِل من قائمة الحظر</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>تواصل مع مسؤول البريد لدى المستلِم</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>النص المراد تحليله</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>تحليل (&amp;A)</translation>
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
        <source>Bounce analyzer</source>
        <translation>محلّل رسائل الارتداد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالةً</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>الصق هنا رسالة ارتداد أو إشعار حالة التسليم أو محضر جلسة SMTP أو أسطرًا من سجل البريد، أو أفلِت هنا ملفات eml أو ملفات mbox أو مجلدات.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>قراءة كل مستلِم وكل رد من الخادم في النص</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>تصفية المستلِمين</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلِمون</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>نسخ العناوين المطلوب حذفها (&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>نسخ العناوين ذات الارتداد الدائم والعناوين المستبعَدة وعناوين أصحاب الشكاوى، عنوانًا في كل سطر</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>فتح رسائل ارتداد أو صناديق بريد أو سجلات</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>البريد وصناديق البريد والسجلات (*.eml *.msg *.mbox *.mbx *.txt *.log);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>فتح مجلد رسائل ارتداد (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>الصق رسالة ارتداد في الأعلى واضغط «تحليل»، أو افتح ملفات eml أو ملفات mbox أو مجلد Maildir أو أفلِتها هنا. ستقرأ لكل مستلِم: هل فشل التسليم إليه ولماذا، وهل هو ارتداد دائم، وما يجب فعله؛ ثم كل رد من الخادم مع رمزه الأساسي ورمزه المحسَّن.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>الرسائل من: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
    <message>
        <source>Basic replies</source>
        <translation>الردود الأساسية</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>الرموز المحسَّنة</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>تصفية حسب النوع</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>لا يوجد رمز يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>عرض %1 (&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>مقارنة برمز آخر (&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>البحث في الرموز والأسماء والنصوص</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>اكتب رمزًا (&quot;55&quot; أو &quot;550&quot; أو &quot;5.7.26&quot;)، أو وسم مزوِّد (&quot;TSS04&quot;)، أو كلمة (&quot;%1&quot;) أو عدة كلمات؛ وتتغير القائمة أثناء الكتابة</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>كل البنود</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>ردود المزوِّدين</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>أسباب الارتداد</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>الردود الأساسية ذات الخانات الثلاث (550)، أو رموز الحالة المحسَّنة (5.1.1)، أو ما يقصده المزوِّدون بردودهم، أو الأسباب التي تذكرها رسائل الارتداد</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>الأول (&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>الثاني (&amp;E):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>الرمز الأول</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>الرمز الثاني</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>تفاصيل الرمز</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>الرمز %1 غير معروف</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>لا يحتوي الفهرس على الرمز &quot;%1&quot;. أقرب الرموز إليه:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>اختر رمزًا من القائمة على اليمين، أو اكتبه في حقل البحث لتقرأ معناه: ردًا (550)، أو رمزًا محسَّنًا (5.7.26)، أو كليهما معًا (550 5.7.26)، أو وسم مزوِّد (TSS04)، أو كلمة.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>يضع «مقارنة…» رمزين جنبًا إلى جنب؛ ويقرأ «تحليل…» رسالة ارتداد ويبيّن مَن فشل التسليم إليه ولماذا وما يجب فعله.</translation>
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
        <source>&amp;Compare…</source>
        <translation>مقارنة (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>تبديل (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>التفاصيل (&amp;D)</translation>
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
        <source>&amp;Analyze…</source>
        <translation>تحليل (&amp;A)…</translation>
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
        <source>&amp;Forward</source>
        <translation>تقدّم (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>نسخ كنص (&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>نسخ بصيغة Markdown (&amp;M)</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>يُعرض المرجع بالإنجليزية: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;مرجع يعمل دون اتصال بالإنترنت لرموز ردود SMTP ورموز الحالة المحسَّنة وما يقصده مزوِّدو البريد بها، مع قارئ لرسائل الارتداد.&lt;/p&gt;&lt;p&gt;المعلومات مأخوذة من RFC 5321 وRFC 3463 وجدول IANA لرموز الحالة المحسَّنة في SMTP ووثائق RFC التي تستشهد بها، ومن الشيفرة المصدرية لخوادم البريد ووثائق المزوِّدين أنفسهم؛ وكل شرح فيه مكتوب خصيصًا لهذا البرنامج.&lt;/p&gt;&lt;p&gt;مرخَّص بموجب رخصة GNU GPL، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>الألوان (&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>لصق وتحليل (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>فتح مجلد (&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>الرجوع إلى الصفحة السابقة</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>التقدم إلى الصفحة التالية مجددًا</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>البحث في الرموز</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>نسخ المعروض كنص عادي</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>نسخ المعروض بصيغة Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>مقارنة الرمز الحالي برمز آخر</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>تبديل موضعَي الرمزين المقارَنين</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>عرض صفحة الرمز الحالي</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>قراءة رسالة ارتداد: مَن فشل التسليم إليه، ولماذا، وما يجب فعله</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>تحليل النص الموجود في الحافظة</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>تحليل رسائل ارتداد محفوظة أو صناديق بريد أو سجلات</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>تحليل كل رسالة في مجلد، مثل Maildir</translation>
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
