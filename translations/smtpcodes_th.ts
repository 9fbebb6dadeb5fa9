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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>ข้อความมีขนาด %1 MB แต่วิเคราะห์ได้สูงสุด %2 MB โปรดวิเคราะห์เฉพาะส่วนของล็อกที่มีอีเมลตีกลับ</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>นี่เป็นข้อมูลไบนารี ไม่ใช่ข้อความ เนื่องจากมีไบต์ NUL อยู่ โปรดวางหรือเปิดข้อความของอีเมลตีกลับ รายงานการส่ง บันทึกเซสชัน หรือล็อกเมล</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>ข้อความนี้ไม่ใช่ UTF-8 ที่ถูกต้อง โปรดบันทึกเป็น UTF-8 (หรือ ASCII ธรรมดา) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>ยกเลิกการวิเคราะห์แล้ว</translation>
    </message>
    <message>
        <source>success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>ขั้นกลาง: เซิร์ฟเวอร์รอข้อมูลเพิ่มเติม</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>ชั่วคราว: ลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>ถาวร: อย่าลองใหม่โดยไม่แก้ไข</translation>
    </message>
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
        <translation>%1 ไม่ใช่รหัสตอบกลับมาตรฐาน แต่จากตัวเลขหลักแรกจัดเป็นการตอบกลับประเภท %2 %3</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 ไม่อยู่ในทะเบียนของ IANA และหมวด %2 ของรหัสนี้ก็ไม่มีการกำหนดไว้เช่นกัน มีเพียงประเภท %3 (%4) เท่านั้นที่มีความหมาย</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 ไม่อยู่ในทะเบียนของ IANA: เป็นรายละเอียดเฉพาะของผู้ให้บริการในหมวด %2 (%3) ของประเภท %4 (%5)</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>รหัสทั้งสองขัดแย้งกัน: %1 เป็นการตอบกลับ %2 แต่ %3 อยู่ในประเภท %4 (%5) ทั้งนี้การตอบกลับพื้นฐานเป็นตัวกำหนดว่าไคลเอนต์จะทำอย่างไร</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>ถ้อยคำแสดงว่าการตอบกลับนี้มาจาก %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>สิ่งที่ควรทำ: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>สิ่งที่ควรทำ: อ่านข้อความของเซิร์ฟเวอร์เพื่อหาสาเหตุ แล้วจัดการอีเมลฉบับนี้ตามผลวินิจฉัย %1</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>ไม่ได้วิเคราะห์ข้อมูลใด ๆ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>พบการตอบกลับของเซิร์ฟเวอร์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>ไม่พบการตอบกลับ SMTP ในข้อความนี้ โปรดวางอีเมลตีกลับ การแจ้งสถานะการส่ง (DSN) บันทึกเซสชัน SMTP หรือบรรทัดจากล็อกเมล</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>บรรทัดที่ %1: %2</translation>
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
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln ครั้ง (พบครั้งแรกที่บรรทัด %2) — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ยังมีการตอบกลับอีก %Ln รายการที่ไม่ได้แสดงไว้ที่นี่ ใช้ &quot;smtp-codes explain --format json&quot; เพื่อแสดงทั้งหมด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; ต้องเป็น &quot;reply&quot; หรือ &quot;enhanced&quot;</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; ต้องเป็นออบเจกต์ที่เก็บข้อความแยกตามภาษา เช่น {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; มีค่าว่างหรือค่าที่ไม่ใช่ข้อความสำหรับภาษา &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; ไม่มีข้อความภาษาอังกฤษ (&quot;en&quot;)</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; ต้องมีการตอบกลับของเซิร์ฟเวอร์อย่างน้อยสองรายการ แต่มีเพียง %1 รายการ</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; ต้องมีค่าเป็น 1</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1 หัวข้อ %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
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
        <translation>ไม่รู้จักรหัส &quot;%1&quot; รหัสที่ใกล้เคียงที่สุด: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>รูปแบบผลลัพธ์: text (ค่าเริ่มต้น), json หรือ markdown</translation>
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
        <source>The codes the command works on.</source>
        <translation>รหัสที่คำสั่งจะใช้ทำงาน</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot; ให้ใช้ text, json หรือ markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list ไม่รับรหัสใด ๆ หากต้องการดูรหัสเดียว ให้ใช้: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| รหัส | ประเภท | ชื่อ |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show ต้องระบุรหัส เช่น smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare ต้องระบุสองรหัส เช่น smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>ระบุรหัสมากเกินไปสำหรับ %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; เป็นรหัส ไม่ใช่คำสั่ง ให้ใช้: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare หรือ explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>ไม่ได้ระบุคำสั่ง ให้ใช้ list, show CODE, compare CODE CODE หรือ explain FILE (ดู --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain รับไฟล์เพียงไฟล์เดียว (หรือ - สำหรับอินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; ให้ใช้ list, show, compare หรือ explain (ดู --help)</translation>
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
        <translation>SMTP Codes: ข้อมูลอ้างอิงแบบออฟไลน์สำหรับรหัสตอบกลับ SMTP และรหัสสถานะแบบขยาย

คำสั่ง:
  list                  รหัสทั้งหมดพร้อมประเภทและชื่อ
  show CODE             ข้อมูลทั้งหมดของรหัสหนึ่งรหัส (550, 5.1.1)
  compare CODE CODE     เปรียบเทียบสองรหัสแบบเคียงข้างกัน
  explain [FILE|-]      การตอบกลับของเซิร์ฟเวอร์ทุกรายการในอีเมลตีกลับ DSN
                        บันทึกเซสชัน หรือล็อก
                        (อ่านจากอินพุตมาตรฐานเมื่อ FILE เป็น - หรือไม่ได้ระบุ)

หากไม่ระบุคำสั่ง โปรแกรมจะเปิดหน้าต่างขึ้นมา &quot;smtp-codes 550&quot; จะเปิดที่รหัส 550
&quot;smtp-codes 354 551&quot; จะเปิดที่การเปรียบเทียบของทั้งสองรหัส และ
&quot;smtp-codes --analyze FILE&quot; จะเปิดที่ผลการวิเคราะห์ของ FILE</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>ทั้งสองฝั่งแสดง %1: รหัสที่เปรียบเทียบกับตัวเองย่อมไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 และ %2 เป็นรหัสสถานะแบบขยายทั้งคู่ แต่รายงานสภาวะที่ต่างกัน</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 เป็นการตอบกลับพื้นฐานประเภท %2 %3 ส่วน %4 เป็นรหัสสถานะแบบขยายที่ระบุรายละเอียดของการตอบกลับให้ชัดเจนขึ้น</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 และ %2 เป็นการตอบกลับประเภท %3 %4 ทั้งคู่ แต่รายงานสถานการณ์ที่ต่างกัน</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 เป็นการตอบกลับประเภท %2 %3 ส่วน %4 เป็นการตอบกลับประเภท %5 %6</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>ไม่มี: ทั้งสองฝั่งเป็นรหัส %1 เดียวกัน</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>ทั้ง %1 และ %2 ตอบกลับคำสั่งเดียวกัน: %3</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 ตอบกลับ %2 ส่วน %3 ตอบกลับ %4</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 และ %2 เป็นรหัสที่เกี่ยวข้องกัน: มักพบในสถานการณ์ที่คล้ายกัน จึงควรอ่านถ้อยคำในการตอบกลับของเซิร์ฟเวอร์อย่างละเอียดเพื่อแยกแยะ</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 และ %2 ไม่ได้เกี่ยวข้องกันโดยตรง: พบในสถานการณ์ที่ต่างกัน</translation>
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
        <translation>สถานะอื่นหรือไม่ได้กำหนด</translation>
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
        <translation>สถานะระบบอีเมล</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>สถานะเครือข่ายและการกำหนดเส้นทาง</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>สถานะโพรโทคอลการส่งอีเมล</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>การตอบกลับประเภท %1 %2</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>ตอบกลับคำสั่ง: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>รหัสสถานะแบบขยายในหมวด %1 (%2)</translation>
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
        <source>Answers</source>
        <translation>ตอบกลับคำสั่ง</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>ตัวอย่างการตอบกลับ</translation>
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
        <source>connection greeting</source>
        <translation>ข้อความทักทายเมื่อเชื่อมต่อ</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>จุดสิ้นสุดข้อมูลข้อความ</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>คำสั่งใดก็ได้</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
        <translation>ประเภทที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 แจ้งว่าสำเร็จ: การดำเนินการที่ร้องขอเสร็จสิ้นแล้ว และไคลเอนต์ส่งคำสั่งถัดไปต่อได้</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 เป็นสัญญาณให้ดำเนินการต่อ: เซิร์ฟเวอร์ยอมรับคำสั่งจนถึงตอนนี้แล้วและกำลังรอข้อมูลเพิ่มเติมจากไคลเอนต์</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 เป็นข้อผิดพลาดชั่วคราว: ไคลเอนต์จะเก็บข้อความไว้และลองใหม่ภายหลัง ซึ่งเมื่อถึงตอนนั้นปัญหาอาจหมดไปแล้ว</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 เป็นข้อผิดพลาดถาวร: การส่งคำขอเดิมซ้ำโดยไม่เปลี่ยนแปลงจะล้มเหลวอีก จึงต้องแก้ไขบางอย่างก่อน</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>ทั้ง %1 และ %2 แจ้งว่าสำเร็จ ไคลเอนต์จึงไม่ต้องดำเนินการใด ๆ</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>ทั้ง %1 และ %2 เป็นสัญญาณให้ดำเนินการต่อ ซึ่งรอข้อมูลเพิ่มเติมจากไคลเอนต์</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>ทั้ง %1 และ %2 เป็นข้อผิดพลาดชั่วคราว: ไคลเอนต์จะเก็บข้อความไว้และลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>ทั้ง %1 และ %2 เป็นข้อผิดพลาดถาวร: การลองใหม่โดยไม่เปลี่ยนแปลงจะล้มเหลวอีก จึงต้องแก้ไขที่สาเหตุ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>วางอีเมลตีกลับ การแจ้งสถานะการส่ง (DSN) บันทึกเซสชัน SMTP หรือบรรทัดจากล็อกเมลที่นี่</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>ข้อความที่จะวิเคราะห์</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>วิเคราะห์(&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>ค้นหาและอธิบายการตอบกลับของเซิร์ฟเวอร์ทุกรายการในข้อความ (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>เปิดอีเมลตีกลับหรือล็อก</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>อีเมลและล็อก (*.eml *.txt *.log *.msg);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>ตัววิเคราะห์อีเมลตีกลับ</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>วางอีเมลตีกลับในช่องด้านบนแล้วกด “วิเคราะห์” หรือกด Ctrl+Shift+V ที่ใดก็ได้เพื่อวิเคราะห์ข้อความในคลิปบอร์ด การตอบกลับของเซิร์ฟเวอร์แต่ละรายการจะแสดงพร้อมรหัสพื้นฐาน รหัสแบบขยาย ผลวินิจฉัย และสิ่งที่ควรทำ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>แสดง %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>เปรียบเทียบกับ…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>ค้นหารหัส ชื่อ หรือข้อความ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>พิมพ์รหัส (&quot;55&quot;, &quot;550&quot;) คำ (&quot;รีเลย์&quot;) หรือหลายคำ รายการจะอัปเดตตามที่คุณพิมพ์</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>ตัวกรองประเภท</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>ไม่มีรหัสที่ตรงกับ &quot;%1&quot;
ลองใช้ข้อความที่สั้นลง ใช้คำอื่น หรือเลือกตัวกรอง &quot;ทุกประเภท&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln รหัส</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>รหัสทั้งหมด</translation>
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
        <translation>ตัวกรองชนิดรหัส</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>การตอบกลับพื้นฐานแบบตัวเลขสามหลัก (550) หรือรหัสสถานะแบบขยาย (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>ไม่มีรหัสที่ตรงกับตัวกรองเหล่านี้</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>ซ้าย(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>ขวา(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>สลับ(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>สลับรหัสทั้งสอง (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>รหัสฝั่งซ้าย</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>รหัสฝั่งขวา</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>รายละเอียดรหัส</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>เลือกรหัสทางด้านซ้าย หรือพิมพ์รหัสในช่องค้นหา (Ctrl+F) เพื่ออ่านความหมาย</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>กด Ctrl+D เพื่อเปรียบเทียบรหัสปัจจุบันกับรหัสอื่น</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>ไม่รู้จักรหัส %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>แค็ตตาล็อกไม่มีรหัส &quot;%1&quot; รหัสที่ใกล้เคียงที่สุด ได้แก่:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>ค้นหารหัส (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>เปรียบเทียบ(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>เปรียบเทียบรหัสปัจจุบันกับรหัสอื่น (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>สลับ(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>สลับรหัสทั้งสองที่กำลังเปรียบเทียบ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>แสดงรายละเอียดของรหัสปัจจุบัน (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;ข้อมูลอ้างอิงแบบออฟไลน์สำหรับรหัสตอบกลับ SMTP และรหัสสถานะแบบขยาย&lt;/p&gt;&lt;p&gt;ข้อมูลมาจาก RFC 5321, RFC 3463, ทะเบียนรหัสสถานะ SMTP แบบขยายของ IANA และ RFC ที่เอกสารเหล่านั้นอ้างถึง คำอธิบายทั้งหมดเขียนขึ้นสำหรับโปรแกรมนี้โดยเฉพาะ&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU GPL รุ่น 3 หรือใหม่กว่า&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>วิเคราะห์(&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>อธิบายการตอบกลับของเซิร์ฟเวอร์ทุกรายการในอีเมลตีกลับ รายงาน บันทึกเซสชัน หรือล็อก (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>วางและวิเคราะห์(&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>วิเคราะห์ข้อความในคลิปบอร์ด (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>เปิดอีเมลตีกลับหรือล็อก(&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>วิเคราะห์อีเมลตีกลับหรือล็อกเมลที่บันทึกไว้ (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>ตัววิเคราะห์อีเมลตีกลับ — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>การเปรียบเทียบ %1 กับ %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>รหัส %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — ข้อมูลอ้างอิงการตอบกลับ SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>สี(&amp;C)</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>กลับไปยังรหัสหรือการเปรียบเทียบก่อนหน้า (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ไปข้างหน้า(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>ไปข้างหน้าอีกครั้ง (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>คัดลอกเป็นข้อความ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>คัดลอกรหัส การเปรียบเทียบ หรือผลการวิเคราะห์ที่แสดงอยู่เป็นข้อความธรรมดา (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>คัดลอกเป็น Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>คัดลอกสิ่งที่แสดงอยู่เป็น Markdown (Ctrl+Shift+C)</translation>
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
        <translation>แค็ตตาล็อกเสียหาย:
%1</translation>
    </message>
</context>
</TS>
