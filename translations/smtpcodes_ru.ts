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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>неизвестный код &quot;%1&quot;; ближайшие коды: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>команда show принимает один код или ответ с расширенным кодом, например &quot;550 5.7.26&quot;; &quot;%1&quot; не является ни тем, ни другим</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>команде compare нужны два кода, например: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>слишком много кодов для команды compare: %1</translation>
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
        <translation>SMTP Codes: офлайн-справочник по кодам ответов SMTP, расширенным кодам состояния и их
трактовке провайдерами, с разбором уведомлений о недоставке.

Команды:
  list                  все записи: код, класс, название
  show КОД              всё об одной записи: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare КОД КОД       две записи рядом
  explain [ПУТЬ…]       кому не доставлено письмо, почему и что делать — для каждого письма
                        в файлах уведомлений о недоставке, папках, Maildir и файлах mbox
                        (стандартный ввод, если ПУТЬ равен - или не указан)
  search СЛОВА…         поиск, как в окне: коды, слова, названия провайдеров и теги
  languages             языки интерфейса

Без команды открывается окно; &quot;smtp-codes 550&quot; открывает его на коде 550,
&quot;smtp-codes 354 551&quot; — на их сравнении, а &quot;smtp-codes --analyze ФАЙЛ&quot; — на
анализе файла ФАЙЛ.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Формат вывода: text (по умолчанию), json, markdown; для explain также jsonl.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>Для list и search: только базовые ответы (basic), расширенные коды (enhanced), ответы провайдеров (provider) или причины отказов (reason).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>Для list и search: только 2xx, 3xx, 4xx или 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search или languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Коды, файлы или слова, с которыми работает команда.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>неизвестный формат &quot;%1&quot;; используйте text, json, markdown или jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>неизвестный тип &quot;%1&quot;; используйте basic, enhanced, provider или reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>неизвестный класс &quot;%1&quot;; используйте 2xx, 3xx, 4xx или 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>не указана команда; используйте list, show КОД, compare КОД КОД, explain ФАЙЛ или search СЛОВА (см. --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>формат jsonl предназначен только для explain; используйте json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>команда list не принимает коды; чтобы посмотреть код, используйте: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>команде search нужны слова или коды, например: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; — это код, а не команда; используйте: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>неизвестная команда &quot;%1&quot;; используйте list, show, compare, explain, search или languages (см. --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: нет писем для анализа: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Уведомление о состоянии доставки (DSN)</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Отказ в доставке</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Предупреждение о задержке доставки</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Отчёт о жалобе</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Протокол SMTP-сеанса</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Журнал почтового сервера</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Передано дальше</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>жёсткий</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>мягкий</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Получатель не указан</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Жёсткий отказ: проблема в самом адресе</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Не жёсткий отказ: с самим адресом может быть всё в порядке</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Коды: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>В ответ на: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Провайдер: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Определено по фрагменту: «%1»</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Исходный адрес получателя: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>Найден %Ln ответ сервера</numerusform>
            <numerusform>Найдено %Ln ответа сервера</numerusform>
            <numerusform>Найдено %Ln ответов сервера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln раз, впервые в строке %2</numerusform>
            <numerusform>%1: %Ln раза, впервые в строке %2</numerusform>
            <numerusform>%1: %Ln раз, впервые в строке %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Ещё %Ln ответ здесь не показан; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln ответа здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln ответов здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Анализ не выполнен</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln получатель</numerusform>
            <numerusform>%1: %Ln получателя</numerusform>
            <numerusform>%1: %Ln получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Отчёт составил сервер: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Возвращённое письмо: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Тема письма: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>В этом тексте не найдено ни получателей, ни ответов сервера. Укажите уведомление о недоставке, уведомление о состоянии доставки (DSN), протокол SMTP-сеанса или строки журнала почтового сервера.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Сводка по %Ln письму</numerusform>
            <numerusform>Сводка по %Ln письмам</numerusform>
            <numerusform>Сводка по %Ln письмам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln получатель</numerusform>
            <numerusform>%Ln получателя</numerusform>
            <numerusform>%Ln получателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>Не удалось проанализировать %Ln письмо</numerusform>
            <numerusform>Не удалось проанализировать %Ln письма</numerusform>
            <numerusform>Не удалось проанализировать %Ln писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Получатели по причинам</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Получатели по действиям</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Адреса, которые нужно удалить из списков</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Ещё %Ln получатель здесь не показан; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln получателя здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
            <numerusform>Ещё %Ln получателей здесь не показаны; полный список выводит команда &quot;smtp-codes explain --format json&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Судя по формулировке, этот ответ получен от %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Анализировать нечего: входные данные пусты.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>Объём входных данных — %1 МБ; за один раз можно проанализировать не более %2 МБ. Проанализируйте ту часть журнала, где записан отказ.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Это двоичные данные, а не текст: в них есть байты NUL. Укажите текст уведомления о недоставке, отчёта о доставке, протокола SMTP-сеанса или журнала почтового сервера.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: поле &quot;formatVersion&quot; должно быть равно 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: провайдер № %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: провайдер %2 встречается дважды</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: типичный расширенный код %2 не является расширенным кодом из каталога</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: стандартного кода %2 нет в каталоге</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: провайдер %2 не описан ни в одном файле каталога</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: причины %2 нет в каталоге</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: поле &quot;hardBounce&quot; должно быть равно %2, как у всех отказов с причиной %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>поле &quot;%1&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>поле &quot;%1&quot; должно быть непустой строкой</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>в поле &quot;examples&quot; нужно не менее %1 ответов сервера, а указано %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>в поле &quot;facts&quot; должны быть &quot;next&quot; (%1), &quot;closes&quot; (true или false), &quot;actor&quot; (%2) и &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>поле &quot;%1&quot; должно иметь значение true или false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>поле &quot;kind&quot; должно иметь значение &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; или &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>нестандартный код &quot;%1&quot; не является трёхзначным числом от 100 до 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>поле &quot;class&quot; не соответствует первой цифре кода %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>идентификатор ответа провайдера &quot;%1&quot; должен состоять из строчных букв, цифр, &apos;.&apos; и &apos;-&apos; и содержать &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>значение &quot;%1&quot; поля &quot;reply&quot; не является кодом ответа</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>значение &quot;%1&quot; поля &quot;enhanced&quot; не является расширенным кодом вида 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>поле &quot;checked&quot; должно содержать дату, например 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>причина &quot;%1&quot; должна быть одним словом из строчных букв</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>поле &quot;verdict&quot; должно иметь одно из значений: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>идентификатор провайдера &quot;%1&quot; должен состоять из строчных букв, цифр, &apos;.&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>поле &quot;category&quot; должно иметь одно из значений: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>текст каталога для языка &quot;%1&quot;: некорректный JSON в байте %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>текст каталога для языка &quot;%1&quot; должен быть объектом с полями &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; и &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>текст каталога для языка &quot;%1&quot; отсутствует: %2</translation>
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
        <translation>Сравнение %1 и %2</translation>
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
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>И %1, и %2 отвечают на одно и то же: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 отвечает на %2, а %3 — на %4.</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 — успех: клиент переходит к следующей команде.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 — запрос продолжения: сервер ждёт данных письма или следующего шага.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Письмо, получившее ответ %1, ваш сервер оставляет в очереди и позже повторяет попытку.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Письмо, получившее ответ %1, сразу возвращается отправителю: ваш сервер прекращает попытки доставки.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>программа, отправляющая почту</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>почтовый администратор отправляющей стороны</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>администратор принимающей стороны</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 — это не отказ в доставке.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 — мягкий отказ: с адресом всё в порядке, и повторная попытка может оказаться успешной.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 — жёсткий отказ: отклонён сам адрес, поэтому прекратите отправку на него.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Является ли %1 жёстким отказом, зависит от расширенного кода и текста ответа: жёсткий отказ — только неизвестный адрес или домен.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>С обеих сторон — %1: у записи, сравниваемой с самой собой, различий нет.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 и %2 — ответы одного класса, %3 «%4»; они различаются ситуацией, о которой сообщают.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 — ответ класса %2 «%3», а %4 — ответ класса %5 «%6».</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 и %2 описывают разные ситуации; ниже показано, что означает каждый из них и что делать.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Письмо, получившее ответ %1, ваш сервер оставляет в очереди и позже повторяет попытку, а при %2 письмо сразу возвращается отправителю.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>При %1 письмо сразу возвращается отправителю, а письмо, получившее ответ %2, ваш сервер оставляет в очереди и позже повторяет попытку.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 закрывает соединение, поэтому для повторной попытки вашему серверу нужно подключиться заново; %2 оставляет соединение открытым.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>%1 в ответ на открытие соединения отклоняет ваш сервер ещё до отправки писем: чаще всего это значит, что IP-адрес вашего сервера заблокирован.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Кто должен действовать: после %1 — %2, после %3 — %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 — жёсткий отказ (%2): прекратите отправку на этот адрес.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 — не жёсткий отказ (%2): сам адрес может быть в порядке.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Нет: с обеих сторон одна и та же запись, %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 и %2 связаны: они возникают в похожих ситуациях, поэтому различайте их по точной формулировке ответа сервера.</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Ответ на: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Расширенный код состояния категории %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>почтовый сервис</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>почтовый фильтр</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>сервис рассылок</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>чёрный список</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Нестандартный код: ни один RFC не определяет %1 как SMTP-ответ</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Ответ %1 (%2)</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Жёсткий отказ: проблема в самом адресе</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Не жёсткий отказ: с самим адресом может быть всё в порядке</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Ответ класса %1 «%2»</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>Ещё %n ответ провайдеров использует %1: введите этот код в поиск с фильтром «Ответы провайдеров».</numerusform>
            <numerusform>Ещё %n ответа провайдеров используют %1: введите этот код в поиск с фильтром «Ответы провайдеров».</numerusform>
            <numerusform>Ещё %n ответов провайдеров используют %1: введите этот код в поиск с фильтром «Ответы провайдеров».</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Причина: %1. Вердикт: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (проверено %2)</translation>
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
        <source>Example replies</source>
        <translation>Примеры ответов</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Что под этим понимают провайдеры</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Стандартные коды, которые стоит использовать вместо него</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Что делать отправителю</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Что делать почтовому администратору</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Распознаётся по</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Коды, указывающие на эту причину</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Фразы в уведомлениях о недоставке, указывающие на эту причину</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Ответы провайдеров с этой причиной</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Что они означают вместе</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>открытие соединения</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>конец данных письма</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Ответы, распознаваемые по «%1»</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 с кодом %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что делать: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>не удаётся прочитать %1: нет такого файла или папки</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>Кода %1 нет в реестре IANA: это собственное уточнение провайдера в категории %2 (%3) класса %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Коды противоречат друг другу: %1 — ответ класса %2, а %3 относится к классу %4 (%5); действия клиента определяет базовый ответ.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>У %1 этот ответ означает: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Удалите адрес из своих списков</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Ничего делать не нужно</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Ничего делать не нужно, если ситуация не затянется: сервер отправки продолжает попытки</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Ничего делать не нужно, если ситуация не затянется: сервер отправки продолжает попытки до %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Повторите попытку позже</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Исправьте настройки отправки и отправьте письмо снова</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Измените письмо и отправьте его снова</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Запросите удаление IP-адреса отправки или домена из чёрного списка</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Свяжитесь с постмастером получателя</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Текст для анализа</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Анализировать</translation>
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
        <source>Bounce analyzer</source>
        <translation>Анализ отказов в доставке</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln письмо</numerusform>
            <numerusform>%Ln письма</numerusform>
            <numerusform>%Ln писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Вставьте сюда уведомление о недоставке, уведомление о состоянии доставки (DSN), протокол SMTP-сеанса или строки журнала почтового сервера либо перетащите сюда файлы .eml, файлы mbox или папки.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Разобрать всех получателей и ответы сервера в тексте</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Фильтр получателей</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>Копировать адреса для &amp;удаления</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Скопировать адреса с жёстким отказом, из стоп-листа и с жалобами — по одному на строку</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Открыть уведомления о недоставке, почтовые ящики или журналы</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Письма, почтовые ящики и журналы (*.eml *.msg *.mbox *.mbx *.txt *.log);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Открыть папку с уведомлениями о недоставке (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Вставьте выше уведомление о недоставке и нажмите «Анализировать» либо откройте или перетащите файлы .eml, файлы mbox или папку Maildir. По каждому получателю вы увидите, доставлено ли письмо, почему нет, жёсткий ли это отказ и что делать; затем — все ответы сервера с базовыми и расширенными кодами.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Письма из: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>Ни один код не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Показать %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Сравнить с другим кодом…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Поиск по кодам, названиям, тексту</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Введите код («55», «550», «5.7.26»), тег провайдера («TSS04»), слово («%1») или несколько слов; список обновляется по мере ввода</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Ответы провайдеров</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Базовые трёхзначные ответы (550), расширенные коды состояния (5.1.1), значения ответов провайдеров или причины отказов в доставке</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Первый:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Второй:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Второй код</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Сведения о коде</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Неизвестный код %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>В каталоге нет кода «%1». Ближайшие коды:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Выберите код слева или введите его в поле поиска, чтобы узнать, что он означает: ответ (550), расширенный код (5.7.26), оба вместе (550 5.7.26), тег провайдера (TSS04) или слово.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>«Сравнить…» показывает два кода рядом; «Анализировать…» разбирает уведомление о недоставке и сообщает, кому не доставлено письмо, почему и что делать.</translation>
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
        <source>&amp;Compare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Поменять &amp;местами</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
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
        <source>&amp;Analyze…</source>
        <translation>&amp;Анализировать…</translation>
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
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Копировать как текст</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Копировать как &amp;Markdown</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>Справочник показан на английском языке: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Офлайн-справочник по кодам ответов SMTP, расширенным кодам состояния и их трактовке почтовыми провайдерами, с разбором уведомлений о недоставке.&lt;/p&gt;&lt;p&gt;Сведения взяты из RFC 5321, RFC 3463, реестра IANA SMTP Enhanced Status Codes, RFC, на которые они ссылаются, исходного кода почтовых серверов и документации самих провайдеров; все пояснения написаны специально для этой программы.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>&amp;Цветовая схема</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>Вс&amp;тавить и проанализировать</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Поиск кодов</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Скопировать показанное как обычный текст</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Скопировать показанное в формате Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Сравнить текущий код с другим</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Поменять сравниваемые коды местами</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Показать страницу текущего кода</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Разобрать уведомление о недоставке: кому не доставлено письмо, почему и что делать</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Проанализировать текст из буфера обмена</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Проанализировать сохранённые уведомления о недоставке, почтовые ящики или журналы</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Проанализировать все письма в папке, например в Maildir</translation>
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
