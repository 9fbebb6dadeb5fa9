<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
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
        <translation>ไม่รู้จักรหัส &quot;%1&quot; รหัสที่ใกล้เคียงที่สุด: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| รหัส | คลาส | ชื่อ |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show ต้องระบุรหัส เช่น smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show รับรหัสหนึ่งรหัส หรือการตอบกลับพร้อมรหัสแบบขยาย เช่น &quot;550 5.7.26&quot; แต่ &quot;%1&quot; ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare ต้องระบุสองรหัส เช่น smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare ได้รับรหัสมากเกินไป: %1</translation>
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
        <translation>SMTP Codes: ข้อมูลอ้างอิงแบบออฟไลน์ของรหัสตอบกลับ SMTP รหัสสถานะแบบขยาย ความหมายที่ผู้ให้บริการใช้
และตัววิเคราะห์อีเมลตีกลับ

คำสั่ง:
  list                  ทุกรายการ: รหัส คลาส ชื่อ
  show CODE             ทุกอย่างเกี่ยวกับรายการเดียว: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     สองรายการเคียงข้างกัน
  explain [PATH…]       ใครล้มเหลว เพราะอะไร และต้องทำอย่างไร สำหรับทุกข้อความในไฟล์อีเมลตีกลับ
                        โฟลเดอร์ Maildir และไฟล์ mbox (ใช้อินพุตมาตรฐานเมื่อ PATH เป็น - หรือไม่ได้ระบุ)
  search WORDS…         การค้นหาแบบเดียวกับในหน้าต่าง: รหัส คำ ชื่อผู้ให้บริการ และแท็ก
  languages             ภาษาของส่วนติดต่อผู้ใช้

หากไม่ระบุคำสั่ง จะเปิดหน้าต่างขึ้นมา โดย &quot;smtp-codes 550&quot; จะเปิดที่ 550
&quot;smtp-codes 354 551&quot; จะเปิดที่การเปรียบเทียบของทั้งสองรหัส และ &quot;smtp-codes --analyze FILE&quot;
จะเปิดที่ผลการวิเคราะห์ FILE</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>รูปแบบเอาต์พุต: text (ค่าเริ่มต้น), json, markdown และ jsonl สำหรับ explain</translation>
    </message>
    <message>
        <source>format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>ภาษาของส่วนติดต่อผู้ใช้ เช่น es หรือ zh_CN</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>สำหรับ list และ search: แสดงเฉพาะรายการชนิด basic, enhanced, provider หรือ reason</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>สำหรับ list และ search: แสดงเฉพาะ 2xx, 3xx, 4xx หรือ 5xx</translation>
    </message>
    <message>
        <source>class</source>
        <translation>คลาส</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search หรือ languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>รหัส ไฟล์ หรือคำที่คำสั่งจะใช้ทำงาน</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot; ให้ใช้ text, json, markdown หรือ jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>ไม่รู้จักชนิด &quot;%1&quot; ให้ใช้ basic, enhanced, provider หรือ reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>ไม่รู้จักคลาส &quot;%1&quot; ให้ใช้ 2xx, 3xx, 4xx หรือ 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>ไม่ได้ระบุคำสั่ง ให้ใช้ list, show CODE, compare CODE CODE, explain FILE หรือ search WORDS (ดู --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>รูปแบบ jsonl ใช้ได้กับ explain เท่านั้น ให้ใช้ json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list ไม่รับรหัสใด ๆ หากต้องการดูรหัสเดียว ให้ใช้: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search ต้องระบุคำหรือรหัส เช่น smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; เป็นรหัส ไม่ใช่คำสั่ง ให้ใช้: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; ให้ใช้ list, show, compare, explain, search หรือ languages (ดู --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>อินพุตมาตรฐาน</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: ไม่มีข้อความให้วิเคราะห์ใน %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>การแจ้งสถานะการนำส่ง</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>อีเมลตีกลับ</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>การแจ้งเตือนการนำส่งล่าช้า</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>การตอบกลับอัตโนมัติ</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>รายงานการร้องเรียน</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>บันทึกการสนทนา SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>ล็อกเมล</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความทั่วไป</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>นำส่งแล้ว</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>รีเลย์ต่อแล้ว</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>ขยายไปยังผู้รับหลายรายแล้ว</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ผลการนำส่ง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>ถาวร</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>ชั่วคราว</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>ไม่ได้ระบุผู้รับ</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>ผลการนำส่ง: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>สาเหตุ: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>การตีกลับถาวร: ตัวที่อยู่เองใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ไม่ใช่การตีกลับถาวร: ตัวที่อยู่เองอาจไม่มีปัญหา</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>รหัส: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>เป็นการตอบกลับต่อ: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>เซิร์ฟเวอร์: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>ผู้ให้บริการ: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>ตัดสินจาก: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>ที่อยู่ผู้รับเดิม: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>การตอบกลับของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>ผลวินิจฉัย: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>พบการตอบกลับของเซิร์ฟเวอร์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln ครั้ง พบครั้งแรกที่บรรทัด %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>บรรทัดที่ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ยังมีการตอบกลับอีก %Ln รายการที่ไม่ได้แสดงไว้ที่นี่ คำสั่ง &quot;smtp-codes explain --format json&quot; จะแสดงทั้งหมด</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>ไม่ได้วิเคราะห์สิ่งใด</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: ผู้รับ %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>รายงานโดย: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>ข้อความที่ถูกส่งคืน: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>หัวเรื่อง: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>ไม่พบทั้งผู้รับและการตอบกลับของเซิร์ฟเวอร์ในข้อความนี้ โปรดใส่ข้อความแจ้งการตีกลับ การแจ้งสถานะการนำส่ง บันทึกการสนทนา SMTP หรือบรรทัดจากล็อกเมล</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>สรุปจาก %Ln ข้อความ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>ผู้รับ %Ln ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>มี %Ln ข้อความที่วิเคราะห์ไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>ผู้รับแยกตามสาเหตุ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>ผู้รับแยกตามผลการนำส่ง</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>ที่อยู่ที่ควรนำออกจากรายชื่อของคุณ</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ยังมีผู้รับอีก %Ln รายที่ไม่ได้แสดงไว้ที่นี่ คำสั่ง &quot;smtp-codes explain --format json&quot; จะแสดงทั้งหมด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>ยกเลิกการวิเคราะห์แล้ว</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>ถ้อยคำแสดงว่าการตอบกลับนี้มาจาก %1</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>ไม่มีสิ่งใดให้วิเคราะห์ เพราะอินพุตว่างเปล่า</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>อินพุตมีขนาด %1 MB แต่วิเคราะห์ได้ครั้งละไม่เกิน %2 MB ให้วิเคราะห์เฉพาะส่วนของล็อกที่มีอีเมลตีกลับ</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>ข้อมูลนี้เป็นข้อมูลไบนารี ไม่ใช่ข้อความ เพราะมีไบต์ NUL โปรดใส่ข้อความของอีเมลตีกลับ รายงานการนำส่ง บันทึกการสนทนา หรือล็อกเมล</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>รหัสตอบกลับ &quot;%1&quot; ไม่ใช่ตัวเลขสามหลักในช่วง 200 ถึง 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>รหัสแบบขยาย &quot;%1&quot; ไม่อยู่ในรูปแบบ X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; มีค่าเป็น &quot;%1&quot; ซึ่งไม่ใช่ค่าใดใน 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; มีค่าเป็น %1 แต่รหัสขึ้นต้นด้วย %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; ใน &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>ไม่พบฟิลด์ &quot;%1&quot; ซึ่งจำเป็นต้องมี</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; ต้องเป็นอาร์เรย์ของสตริง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ว่างเปล่า</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; ต้องเป็นอาร์เรย์</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>ตัวอย่างทุกรายการต้องมี &quot;server&quot; และ &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; ต้องเป็นอาร์เรย์</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>การอ้างอิงทุกรายการต้องมี &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON ไม่ถูกต้องที่ไบต์ %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: ระดับบนสุดต้องเป็นออบเจกต์ที่มี &quot;formatVersion&quot; และ &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; ต้องเป็นอาร์เรย์</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: รายการที่ %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ต้องเป็นออบเจกต์</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: ไม่พบฟิลด์ &quot;code&quot; ซึ่งจำเป็นต้องมี</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: รหัส %2 ปรากฏซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: ระบุตัวเองเป็นรหัสที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: ไม่พบรหัสที่เกี่ยวข้อง %2 ในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: การตอบกลับที่มักพบร่วมกัน %2 ไม่ใช่รหัสตอบกลับในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>แค็ตตาล็อกไม่มีรายการใดเลย</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>โปรแกรมไม่มีไฟล์แค็ตตาล็อกอยู่ภายใต้ :/catalog</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; ต้องมีค่าเป็น 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: ผู้ให้บริการ %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: ผู้ให้บริการ %2 ปรากฏซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: รหัสแบบขยายที่มักพบร่วมกัน %2 ไม่ใช่รหัสแบบขยายในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: ไม่พบรหัสมาตรฐาน %2 ในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: ไม่มีไฟล์แค็ตตาล็อกใดอธิบายผู้ให้บริการ %2</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: สาเหตุ %2 ไม่ใช่สาเหตุในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; ต้องมีค่าเป็น %2 เช่นเดียวกับอีเมลตีกลับแบบ %3 ทุกรายการ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความที่ไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; ต้องมีการตอบกลับของเซิร์ฟเวอร์อย่างน้อย %1 รายการ แต่มีอยู่ %2 รายการ</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; ต้องมี &quot;next&quot; (%1), &quot;closes&quot; (true หรือ false), &quot;actor&quot; (%2) และ &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; ต้องเป็น &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; หรือ &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>รหัสที่ไม่เป็นมาตรฐาน &quot;%1&quot; ไม่ใช่ตัวเลขสามหลักในช่วง 100 ถึง 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; ไม่ตรงกับตัวเลขหลักแรกของ %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>รหัสระบุการตอบกลับของผู้ให้บริการ &quot;%1&quot; ต้องประกอบด้วยอักษรตัวพิมพ์เล็ก ตัวเลข &apos;.&apos; และ &apos;-&apos; โดยต้องมี &apos;-&apos; อยู่ด้วย</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; ไม่ใช่รหัสตอบกลับ</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; ไม่ใช่รหัสแบบขยายในรูปแบบเช่น 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; ต้องเป็นวันที่ในรูปแบบเช่น 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>สาเหตุ &quot;%1&quot; ต้องเป็นคำเดียวที่เป็นอักษรตัวพิมพ์เล็ก</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; ต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>รหัสระบุผู้ให้บริการ &quot;%1&quot; ต้องประกอบด้วยอักษรตัวพิมพ์เล็ก ตัวเลข &apos;.&apos; และ &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; ต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>ข้อความแค็ตตาล็อกสำหรับ &quot;%1&quot; เป็น JSON ที่ไม่ถูกต้องที่ไบต์ %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>ข้อความแค็ตตาล็อกสำหรับ &quot;%1&quot; ต้องเป็นออบเจกต์ที่มี &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; และ &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>ไม่พบข้อความแค็ตตาล็อกสำหรับ &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1 ส่วนที่ %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
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
        <translation>%1 เทียบกับ %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 และ %2 เป็นรหัสสถานะแบบขยายทั้งคู่ แต่รายงานสภาวะที่ต่างกัน</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 เป็นการตอบกลับพื้นฐานคลาส %2 %3 ส่วน %4 เป็นรหัสสถานะแบบขยายที่ระบุรายละเอียดของการตอบกลับให้ชัดเจนขึ้น</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>ทั้ง %1 และ %2 เป็นการตอบกลับต่อคำสั่งเดียวกัน: %3</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 เป็นการตอบกลับต่อ %2 ส่วน %3 เป็นการตอบกลับต่อ %4</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 และ %2 ไม่ได้เกี่ยวข้องกันโดยตรง เพราะพบในสถานการณ์ที่ต่างกัน</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 และ %2 อยู่ในหมวด %3 (%4) เหมือนกัน โดยหมายเลขรายละเอียดจะบอกสาเหตุที่แน่ชัด</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 อยู่ในหมวด %2 (%3) ส่วน %4 อยู่ในหมวด %5 (%6)</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 มักมาพร้อมกับ %2: การตอบกลับพื้นฐานบอกว่าเกิดอะไรขึ้นกับคำสั่ง ส่วนรหัสแบบขยายบอกว่าเพราะเหตุใด</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 แทบไม่มาพร้อมกับ %2 แต่มักมาพร้อมกับ %3</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 แจ้งความสำเร็จ ไคลเอนต์จะดำเนินการต่อด้วยคำสั่งถัดไป</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 ขอข้อมูลเพิ่มเติม เซิร์ฟเวอร์จะรอข้อมูลของข้อความหรือขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>เซิร์ฟเวอร์ของคุณจะเก็บข้อความที่ได้รับ %1 ไว้ในคิวและลองส่งใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>ข้อความที่ได้รับ %1 จะตีกลับทันที เซิร์ฟเวอร์ของคุณจะยุติการส่งและส่งข้อความคืนให้ผู้ส่ง</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีใคร</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>โปรแกรมที่ส่ง</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>ผู้ส่ง</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>ผู้ดูแลระบบเมลฝั่งผู้ส่ง</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>ผู้ดูแลระบบฝั่งผู้รับ</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 ไม่ใช่อีเมลตีกลับเลย</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 เป็นการตีกลับชั่วคราว ที่อยู่ไม่มีปัญหาและการลองครั้งถัดไปอาจสำเร็จ</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 เป็นการตีกลับถาวร ตัวที่อยู่เองถูกปฏิเสธ จึงให้หยุดส่งไปยังที่อยู่นี้</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1 จะเป็นการตีกลับถาวรหรือไม่ขึ้นอยู่กับรหัสแบบขยายและข้อความ โดยจะเป็นการตีกลับถาวรเฉพาะเมื่อไม่รู้จักที่อยู่หรือโดเมนเท่านั้น</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>ทั้งสองฝั่งแสดง %1 รายการที่เปรียบเทียบกับตัวเองย่อมไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 และ %2 เป็นการตอบกลับคลาส %3 %4 ทั้งคู่ แต่ต่างกันที่สถานการณ์ที่รายงาน</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 เป็นการตอบกลับคลาส %2 %3 ส่วน %4 เป็นการตอบกลับคลาส %5 %6</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 และ %2 อธิบายสถานการณ์ที่ต่างกัน ด้านล่างคือความหมายของแต่ละรหัสและสิ่งที่ควรทำ</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>เซิร์ฟเวอร์ของคุณจะเก็บข้อความที่ได้รับ %1 ไว้ในคิวและลองส่งใหม่ภายหลัง ส่วน %2 จะทำให้ข้อความตีกลับทันที</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 ทำให้ข้อความตีกลับทันที ส่วนข้อความที่ได้รับ %2 เซิร์ฟเวอร์ของคุณจะเก็บไว้ในคิวและลองส่งใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 และ %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 ปิดการเชื่อมต่อ เซิร์ฟเวอร์ของคุณจึงต้องเชื่อมต่อใหม่เพื่อลองอีกครั้ง ส่วน %2 คงการเชื่อมต่อไว้</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>%1 ที่ได้รับตอนเปิดการเชื่อมต่อคือการปฏิเสธเซิร์ฟเวอร์ของคุณก่อนจะมีการส่งเมลใด ๆ ซึ่งส่วนใหญ่เป็นเพราะที่อยู่ IP ของเซิร์ฟเวอร์ถูกบล็อก</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>หลังได้รับ %1 ผู้ที่ต้องดำเนินการคือ %2 ส่วนหลังได้รับ %3 คือ %4</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 เป็นการตีกลับถาวร (%2) ให้หยุดส่งไปยังที่อยู่นี้</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 ไม่ใช่การตีกลับถาวร (%2) ตัวที่อยู่เองอาจไม่มีปัญหา</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>ไม่มี เพราะ %1 เป็นรายการเดียวกันทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 และ %2 เกี่ยวข้องกัน เพราะพบในสถานการณ์ที่คล้ายกัน จึงให้อ่านถ้อยคำที่แน่ชัดในการตอบกลับของเซิร์ฟเวอร์เพื่อแยกความแตกต่าง</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>ล้มเหลวชั่วคราวแบบต่อเนื่อง</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>ล้มเหลวถาวร</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>สถานะอื่นหรือที่ไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>สถานะการระบุที่อยู่</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>สถานะกล่องจดหมาย</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>สถานะระบบเมล</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>สถานะเครือข่ายและการกำหนดเส้นทาง</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>สถานะโปรโตคอลการนำส่งเมล</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>สถานะเนื้อหาหรือสื่อของข้อความ</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>สถานะความปลอดภัยหรือนโยบาย</translation>
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
        <translation>เป็นการตอบกลับต่อ: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>รหัสสถานะแบบขยายในหมวด %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>ผู้ให้บริการกล่องจดหมาย</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>ตัวกรองเมล</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>บริการส่งเมล</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>บล็อกลิสต์</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>ไม่ใช่รหัสมาตรฐาน: ไม่มี RFC ใดกำหนด %1 เป็นการตอบกลับ SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>การตอบกลับของ %1 ซึ่งเป็น%2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>การตีกลับถาวร: ตัวที่อยู่เองใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ไม่ใช่การตีกลับถาวร: ตัวที่อยู่เองอาจไม่มีปัญหา</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>การตอบกลับคลาส %1 %2</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>ที่ %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>การตอบกลับของผู้ให้บริการอีก %n รายการใช้ %1 ค้นหาได้ด้วยตัวกรอง “การตอบกลับของผู้ให้บริการ”</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>ผลวินิจฉัย: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>สาเหตุ: %1 ผลวินิจฉัย: %2</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (ตรวจสอบเมื่อ %2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>กรณีที่พบ</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>วิธีแก้ไข</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>กรณีที่เซิร์ฟเวอร์ส่งรหัสนี้</translation>
    </message>
    <message>
        <source>References</source>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>รหัสที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>รหัสแบบขยายที่มักมาด้วยกัน</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>การตอบกลับพื้นฐานที่มักมีรหัสนี้</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>ความแตกต่างหลัก</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>กรณีใช้งานของแต่ละรหัส</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>ตัวอย่างการตอบกลับ</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>ความหมายตามผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>รหัสมาตรฐานที่ควรใช้แทน</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>สิ่งที่ผู้ส่งควรทำ</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>สิ่งที่ผู้ดูแลระบบเมลควรทำ</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>จดจำได้จาก</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>รหัสที่นำไปสู่สาเหตุนี้</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>วลีในอีเมลตีกลับที่นำไปสู่สาเหตุนี้</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>การตอบกลับของผู้ให้บริการที่มีสาเหตุนี้</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>ความหมายเมื่อมาด้วยกัน</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>การเปิดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>การสิ้นสุดข้อมูลของข้อความ</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>ถ้อยคำทั่วไป</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>ไม่รู้จักภาษา &quot;%1&quot; ภาษาที่ใช้ได้: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>โปรแกรมไม่มีคำแปลสำหรับ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>การตอบกลับที่จดจำได้จาก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 ร่วมกับ %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>สิ่งที่ควรทำ: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>ไม่สามารถอ่าน %1: ไม่มีไฟล์หรือโฟลเดอร์นี้</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>ตอบรับเสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>ตอบรับขั้นกลาง</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>ปฏิเสธชั่วคราว</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>ปฏิเสธถาวร</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>คลาสที่ไม่รู้จัก</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) ร่วมกับ %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 ไม่ใช่รหัสตอบกลับมาตรฐาน แต่ตัวเลขหลักแรกทำให้จัดเป็นการตอบกลับคลาส %2 %3</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 ไม่อยู่ในรีจิสทรีของ IANA และหมวด %2 ของรหัสนี้ก็ไม่ได้กำหนดไว้เช่นกัน มีเพียงคลาส %3 (%4) เท่านั้นที่มีความหมาย</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 ไม่อยู่ในรีจิสทรีของ IANA แต่เป็นรายละเอียดที่ผู้ให้บริการกำหนดเองภายใต้หมวด %2 (%3) ในคลาส %4 (%5)</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>รหัสทั้งสองขัดแย้งกัน: %1 เป็นการตอบกลับ %2 แต่ %3 อยู่ในคลาส %4 (%5) ทั้งนี้การตอบกลับพื้นฐานเป็นตัวกำหนดว่าไคลเอนต์จะทำอย่างไร</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>ที่ %1 การตอบกลับนี้หมายถึง: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>นำที่อยู่ออกจากรายชื่อของคุณ</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>ไม่ต้องดำเนินการใด ๆ</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>ไม่ต้องดำเนินการ เว้นแต่ปัญหายังคงอยู่ เซิร์ฟเวอร์ต้นทางจะพยายามส่งต่อไป</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>ไม่ต้องดำเนินการ เว้นแต่ปัญหายังคงอยู่ เซิร์ฟเวอร์ต้นทางจะพยายามส่งต่อไปจนถึง %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>ลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>แก้ไขการกำหนดค่าการส่ง แล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>แก้ไขข้อความ แล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>ขอให้ถอด IP หรือโดเมนที่ใช้ส่งออกจากบล็อกลิสต์</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>ติดต่อโพสต์มาสเตอร์ของผู้รับ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>ข้อความที่จะวิเคราะห์</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>วิเคราะห์(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>ความคืบหน้าของการวิเคราะห์</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>กำลังวิเคราะห์ข้อความขนาด %1 ซึ่งยาวเกินกว่าจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>ไม่มีข้อความในคลิปบอร์ดให้วิเคราะห์</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>ตัววิเคราะห์อีเมลตีกลับ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>วางข้อความแจ้งการตีกลับ การแจ้งสถานะการนำส่ง บันทึกการสนทนา SMTP หรือบรรทัดจากล็อกเมลที่นี่ หรือลากไฟล์ .eml ไฟล์ mbox หรือโฟลเดอร์มาวาง</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>อ่านผู้รับและการตอบกลับของเซิร์ฟเวอร์ทุกรายการในข้อความ</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>กรองผู้รับ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>คัดลอกที่อยู่ที่ควรนำออก(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>คัดลอกที่อยู่ที่ตีกลับถาวร ที่อยู่ในรายชื่องดส่ง และที่ร้องเรียน บรรทัดละหนึ่งที่อยู่</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>เปิดอีเมลตีกลับ กล่องจดหมาย หรือล็อก</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>เมล กล่องจดหมาย และล็อก (*.eml *.msg *.mbox *.mbx *.txt *.log);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>เปิดโฟลเดอร์อีเมลตีกลับ (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>วางอีเมลตีกลับด้านบนแล้วกด “วิเคราะห์” หรือเปิดหรือลากไฟล์ .eml ไฟล์ mbox หรือโฟลเดอร์ Maildir มาวาง สำหรับผู้รับแต่ละราย คุณจะได้อ่านว่าใครล้มเหลว เพราะอะไร เป็นการตีกลับถาวรหรือไม่ และต้องทำอย่างไร จากนั้นจะเป็นการตอบกลับของเซิร์ฟเวอร์ทุกรายการพร้อมรหัสพื้นฐานและรหัสแบบขยาย</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>ข้อความจาก: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>ทุกคลาส</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>ตัวกรองคลาส</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>ไม่มีรหัสที่ตรงกับ &quot;%1&quot;
ลองใช้ข้อความที่สั้นลง ใช้คำอื่น หรือเลือกตัวกรอง &quot;ทุกคลาส&quot;</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>การตอบกลับพื้นฐาน</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>รหัสแบบขยาย</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>ตัวกรองชนิดรายการ</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>ไม่มีรหัสที่ตรงกับตัวกรองเหล่านี้</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>แสดง %1(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>เปรียบเทียบกับรหัสอื่น(&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>ค้นหารหัส ชื่อ และข้อความ</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>พิมพ์รหัส (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;) แท็กของผู้ให้บริการ (&quot;TSS04&quot;) คำ (&quot;%1&quot;) หรือหลายคำ รายการจะเปลี่ยนตามที่คุณพิมพ์</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>ทุกรายการ</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>การตอบกลับของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>สาเหตุของการตีกลับ</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>การตอบกลับพื้นฐานแบบตัวเลขสามหลัก (550) รหัสสถานะแบบขยาย (5.1.1) ความหมายของการตอบกลับตามผู้ให้บริการ หรือสาเหตุที่อีเมลตีกลับระบุ</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n รหัส</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>เปรียบเทียบสองรหัส</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>เลือกรหัสฝั่งละหนึ่งรหัสเพื่ออ่านเทียบกันแบบเคียงข้าง</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>รหัสแรก(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>รหัสที่สอง(&amp;E):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>รหัสแรก</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>รหัสที่สอง</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>รายละเอียดรหัส</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>ไม่รู้จักรหัส %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>แค็ตตาล็อกไม่มีรหัส &quot;%1&quot; รหัสที่ใกล้เคียงที่สุด ได้แก่:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>เลือกรหัสทางซ้าย หรือพิมพ์ในช่องค้นหาเพื่ออ่านความหมาย ได้แก่ การตอบกลับ (550) รหัสแบบขยาย (5.7.26) ทั้งสองอย่างรวมกัน (550 5.7.26) แท็กของผู้ให้บริการ (TSS04) หรือคำ</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>“เปรียบเทียบ…” แสดงสองรหัสเคียงข้างกัน ส่วน “วิเคราะห์…” อ่านอีเมลตีกลับและบอกว่าใครล้มเหลว เพราะอะไร และต้องทำอย่างไร</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>เปรียบเทียบ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>สลับ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>เกี่ยวกับ SMTP Codes(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>ไม่รู้จักรหัส %1 จึงแสดงรายการรหัสที่ใกล้เคียงที่สุดแทน</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>เกี่ยวกับ SMTP Codes</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>วิเคราะห์(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>ตามระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>สว่าง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>มืด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ไปข้างหน้า(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>คัดลอกเป็นข้อความ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>คัดลอกเป็น Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>ส่งออกเป็น PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์(&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>คัดลอกเป็น Markdown แล้ว</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>คัดลอกเป็นข้อความแล้ว</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>ส่งออกเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>ข้อมูลอ้างอิงแสดงเป็นภาษาอังกฤษ: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;ข้อมูลอ้างอิงแบบออฟไลน์ของรหัสตอบกลับ SMTP รหัสสถานะแบบขยาย และความหมายที่ผู้ให้บริการเมลใช้ พร้อมตัววิเคราะห์อีเมลตีกลับ&lt;/p&gt;&lt;p&gt;ข้อเท็จจริงมาจาก RFC 5321, RFC 3463, รีจิสทรี SMTP Enhanced Status Codes ของ IANA, RFC ที่เอกสารเหล่านั้นอ้างถึง, ซอร์สโค้ดของเมลเซิร์ฟเวอร์ และเอกสารของผู้ให้บริการเอง คำอธิบายทุกรายการเขียนขึ้นสำหรับโปรแกรมนี้โดยเฉพาะ&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU GPL รุ่นที่ 3 หรือรุ่นที่ใหม่กว่า&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>สี(&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>วางและวิเคราะห์(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>เปิด(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>เปิดโฟลเดอร์(&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>ย้อนกลับไปหน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>ไปข้างหน้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>ค้นหารหัส</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>คัดลอกสิ่งที่แสดงอยู่เป็นข้อความธรรมดา</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>คัดลอกสิ่งที่แสดงอยู่เป็น Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>เปรียบเทียบรหัสปัจจุบันกับรหัสอื่น</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>สลับตำแหน่งรหัสสองรหัสที่กำลังเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>แสดงหน้าของรหัสปัจจุบัน</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>อ่านอีเมลตีกลับ: ใครล้มเหลว เพราะอะไร และต้องทำอย่างไร</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>วิเคราะห์ข้อความในคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>วิเคราะห์อีเมลตีกลับ กล่องจดหมาย หรือล็อกที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>วิเคราะห์ทุกข้อความในโฟลเดอร์ เช่น Maildir</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: แค็ตตาล็อกเสียหาย: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>แค็ตตาล็อกเสียหาย:
%1</translation>
    </message>
</context>
</TS>
