<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <translation>Размер текста — %1 МБ, а проанализировать можно не более %2 МБ. Выберите для анализа ту часть журнала, в которой находится уведомление о недоставке.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Это двоичные данные, а не текст: в них есть байты NUL. Вставьте или откройте текст уведомления о недоставке, отчёта о доставке, протокола SMTP-сеанса или почтового журнала.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Этот текст не является корректным UTF-8. Сохраните его в кодировке UTF-8 (или в обычном ASCII) и повторите попытку.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>промежуточный ответ: сервер ждёт продолжения</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>временная ошибка: повторите попытку позже</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>постоянная ошибка: не повторяйте без изменений</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) с кодом %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 — нестандартный код ответа; по первой цифре это ответ класса %2 «%3».</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>Кода %1 нет в реестре IANA, и его категория %2 тоже не определена; значение имеет только класс %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>Кода %1 нет в реестре IANA: это уточнение, принятое у конкретного почтового провайдера, в категории %2 (%3) класса %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Коды противоречат друг другу: %1 — ответ класса %2, а %3 относится к классу %4 (%5); действия клиента определяет базовый ответ.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Судя по формулировке, этот ответ получен от %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Что делать: найдите причину в тексте ответа сервера и поступайте с сообщением согласно вердикту «%1».</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Анализ не выполнен</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>Найден %Ln ответ сервера</numerusform>
            <numerusform>Найдено %Ln ответа сервера</numerusform>
            <numerusform>Найдено %Ln ответов сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>В этом тексте не найдено ни одного ответа SMTP. Вставьте уведомление о недоставке, уведомление о статусе доставки, протокол SMTP-сеанса или строку почтового журнала.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln раз, впервые в строке %2; %3</numerusform>
            <numerusform>%1: %Ln раза, впервые в строке %2; %3</numerusform>
            <numerusform>%1: %Ln раз, впервые в строке %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Ещё %Ln ответ здесь не показан; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln ответа здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln ответов здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>поле &quot;kind&quot; должно иметь значение &quot;reply&quot; или &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>код ответа &quot;%1&quot; не является трёхзначным числом от 200 до 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>расширенный код &quot;%1&quot; не соответствует формату X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>поле &quot;class&quot; имеет значение &quot;%1&quot; вместо одного из 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>поле &quot;class&quot; имеет значение %1, но код начинается с %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>неизвестная команда &quot;%1&quot; в поле &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>отсутствует обязательное поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>поле &quot;%1&quot; должно быть объектом с текстами на разных языках, например {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>поле &quot;%1&quot; содержит пустое или нетекстовое значение для языка &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>в поле &quot;%1&quot; нет текста на английском языке (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>поле &quot;%1&quot; должно быть массивом строк</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>поле &quot;%1&quot; пустое</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>поле &quot;examples&quot; должно быть массивом</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>в каждом примере должны быть поля &quot;server&quot; и &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>в поле &quot;examples&quot; должно быть не менее двух ответов сервера, а их %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>поле &quot;references&quot; должно быть массивом</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>в каждой ссылке должно быть поле &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>поле &quot;references&quot; пустое</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: некорректный JSON в байте %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: верхний уровень должен быть объектом с полями &quot;formatVersion&quot; и &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: поле &quot;formatVersion&quot; должно быть равно 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: поле &quot;entries&quot; должно быть массивом</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: запись %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: отсутствует обязательное поле &quot;code&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: код %2 встречается дважды</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: код указан как связанный сам с собой</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: связанного кода %2 нет в каталоге</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: типичный ответ %2 не является кодом ответа из каталога</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>в каталоге нет записей</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>в программе нет файлов каталога в :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, раздел %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
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
        <translation>неизвестный код &quot;%1&quot;; ближайшие коды: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Формат вывода: text (по умолчанию), json или markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Язык интерфейса, например es или zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Коды, с которыми работает команда.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>неизвестный формат &quot;%1&quot;; используйте text, json или markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>команда list не принимает коды; чтобы посмотреть код, используйте: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Код | Класс | Название |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>команде show нужен код, например: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>команде compare нужны два кода, например: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>лишние коды для команды %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; — это код, а не команда; используйте: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare или explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>не указана команда; используйте list, show CODE, compare CODE CODE или explain FILE (см. --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>команда explain принимает один файл (или - для стандартного ввода)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>неизвестная команда &quot;%1&quot;; используйте list, show, compare или explain (см. --help)</translation>
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
        <translation>SMTP Codes: офлайн-справочник кодов ответа SMTP и расширенных кодов состояния.

Команды:
  list                  все коды с их классами и названиями
  show CODE             всё об одном коде (550, 5.1.1)
  compare CODE CODE     сравнение двух кодов бок о бок
  explain [FILE|-]      все ответы сервера в уведомлении о недоставке, DSN,
                        протоколе сеанса или почтовом журнале
                        (стандартный ввод, если FILE равен - или не указан)

Без команды открывается окно программы; &quot;smtp-codes 550&quot; открывает его
на коде 550, &quot;smtp-codes 354 551&quot; — на сравнении этих кодов,
а &quot;smtp-codes --analyze FILE&quot; — на анализе файла FILE.</translation>
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
        <translation>Сравнение %1 и %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>С обеих сторон показан %1: у кода, сравниваемого с самим собой, нет различий.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 и %2 — расширенные коды состояния; они сообщают о разных ситуациях.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 — базовый ответ класса %2 «%3», а %4 — расширенный код состояния, который уточняет ответ.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 и %2 — ответы одного класса %3 «%4»; они различаются ситуацией, о которой сообщают.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 — ответ класса %2 «%3», а %4 — ответ класса %5 «%6».</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Нет: с обеих сторон один и тот же код %1.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 и %2 отвечают на одни и те же команды: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 отвечает на %2, а %3 — на %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 и %2 — связанные коды: они часто встречаются в похожих ситуациях, поэтому различайте их по точной формулировке ответа сервера.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 и %2 не связаны напрямую: они возникают в разных ситуациях.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>И %1, и %2 относятся к категории %3 (%4); точную причину указывает третье число кода.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 относится к категории %2 (%3), а %4 — к категории %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 часто приходит вместе с %2: базовый ответ сообщает, что произошло с командой, а расширенный код — почему.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 редко приходит вместе с %2; обычно он сопровождает %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Устойчивая временная ошибка</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Постоянная ошибка</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Прочее или неопределённое состояние</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Состояние адресации</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Состояние почтового ящика</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Состояние почтовой системы</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Состояние сети и маршрутизации</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Состояние протокола доставки почты</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Состояние содержимого или формата сообщения</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Состояние безопасности или политики</translation>
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
        <translation>Ответ класса %1 «%2»</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Отвечает на команды: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Расширенный код состояния категории %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Когда встречается</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Когда сервер его отправляет</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Отвечает на команды</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Примеры ответов</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Связанные коды</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Сопутствующие расширенные коды</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Типичные базовые ответы</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Основные различия</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Когда какой используется</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>приветствие при подключении</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>конец данных сообщения</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>любую команду</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Типичная формулировка</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>неизвестный язык &quot;%1&quot;; доступные языки: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>в программе отсутствует перевод для &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Положительное завершение</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Положительный промежуточный</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Временный отрицательный</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Постоянный отрицательный</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Неизвестный класс</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 сообщает об успехе: запрошенное действие выполнено, и клиент может перейти к следующей команде.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 — разрешение продолжать: сервер пока принял команду и ждёт от клиента дальнейших данных.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 — временная ошибка: клиент сохраняет сообщение и повторяет попытку позже, когда причина, возможно, исчезнет.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 — постоянная ошибка: повтор того же запроса без изменений снова закончится неудачей, поэтому сначала нужно что-то исправить.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>И %1, и %2 сообщают об успехе, поэтому ни один из них не требует действий от клиента.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>И %1, и %2 разрешают продолжать и ждут от клиента дальнейших данных.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>И %1, и %2 — временные ошибки: клиент сохраняет сообщение и повторяет попытку позже.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>И %1, и %2 — постоянные ошибки: повтор без изменений снова закончится неудачей, поэтому нужно устранить причину.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Вставьте сюда уведомление о недоставке, уведомление о статусе доставки, протокол SMTP-сеанса или строки почтового журнала.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Текст для анализа</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Найти и объяснить все ответы сервера в тексте (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Ход анализа</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Анализируется текст размером %1 — он слишком велик, чтобы показать его здесь.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>В буфере обмена нет текста для анализа.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Открыть уведомление о недоставке или журнал</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Письма и журналы (*.eml *.txt *.log *.msg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Анализ ошибок доставки</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Вставьте уведомление о недоставке в поле выше и нажмите «Анализировать» или нажмите Ctrl+Shift+V в любом месте окна, чтобы проанализировать содержимое буфера обмена. Для каждого ответа сервера будут показаны базовый код, расширенный код, вердикт и рекомендации.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>Показать %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Сравнить с…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Поиск по кодам, названиям и тексту (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Введите код («55», «550»), слово («relay») или несколько слов; список обновляется по мере ввода</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Фильтр по классу</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Ни один код не соответствует запросу «%1».
Попробуйте сократить запрос, ввести другое слово или выбрать фильтр «Все классы».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln код</numerusform>
            <numerusform>%Ln кода</numerusform>
            <numerusform>%Ln кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Все коды</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Базовые ответы</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Расширенные коды</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Базовые трёхзначные ответы (550) или расширенные коды состояния (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Ни один код не соответствует этим фильтрам.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>С&amp;лева:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>С&amp;права:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Поменять &amp;местами</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Поменять коды местами (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Левый код</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Правый код</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Сравнение двух кодов</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Выберите код с каждой стороны, чтобы сравнить их рядом.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Сведения о коде</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Выберите код слева или введите его в поле поиска (Ctrl+F), чтобы узнать, что он означает.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D сравнивает текущий код с другим.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Неизвестный код %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>В каталоге нет кода «%1». Ближайшие коды:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Поиск кодов (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Сравнить текущий код с другим (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Поменять &amp;местами</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Поменять сравниваемые коды местами (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Показать сведения о текущем коде (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;О программе SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Неизвестный код %1; вместо него показаны ближайшие коды.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>О программе SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Офлайн-справочник кодов ответа SMTP и расширенных кодов состояния.&lt;/p&gt;&lt;p&gt;Сведения взяты из RFC 5321, RFC 3463, реестра расширенных кодов состояния SMTP в IANA и RFC, на которые они ссылаются; все пояснения написаны специально для этой программы.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Анализировать…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Объяснить все ответы сервера в уведомлении о недоставке, отчёте, протоколе сеанса или журнале (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>Вставить и &amp;проанализировать</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Проанализировать текст из буфера обмена (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Открыть уведомление или журнал…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Проанализировать сохранённое уведомление о недоставке или почтовый журнал (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Анализ ошибок доставки — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Сравнение %1 и %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Код %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — справочник ответов SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Цветовая схема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Вернуться к предыдущему коду или сравнению (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Снова перейти вперёд (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Копировать как текст</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Скопировать показанный код, сравнение или анализ как обычный текст (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Копировать как &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Скопировать показанное в формате Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Скопировано в формате Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Скопировано как текст.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Файл %1 сохранён.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: каталог повреждён: %1</translation>
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
        <translation>Каталог повреждён:
%1</translation>
    </message>
</context>
</TS>
