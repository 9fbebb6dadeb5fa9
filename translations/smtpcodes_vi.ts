<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
        <translation>Văn bản có dung lượng %1 MB; chỉ có thể phân tích tối đa %2 MB. Hãy phân tích riêng phần nhật ký chứa thư bị trả lại.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Đây là dữ liệu nhị phân, không phải văn bản: dữ liệu chứa byte NUL. Hãy dán hoặc mở nội dung văn bản của thư bị trả lại, báo cáo gửi thư, bản ghi phiên SMTP hoặc nhật ký thư.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Văn bản này không phải là UTF-8 hợp lệ. Hãy lưu lại dưới dạng UTF-8 (hoặc ASCII thuần) rồi thử lại.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Đã hủy phân tích.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>trung gian: máy chủ đang chờ thêm dữ liệu</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>tạm thời: thử lại sau</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>vĩnh viễn: không thử lại khi chưa thay đổi gì</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) kèm %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 không phải là mã phản hồi chuẩn; theo chữ số đầu tiên, đây là phản hồi thuộc lớp %2 %3.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 không có trong sổ đăng ký của IANA, và chủ đề %2 của mã cũng không được định nghĩa; chỉ có lớp %3 (%4) của mã là mang ý nghĩa.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 không có trong sổ đăng ký của IANA: đây là mã chi tiết riêng của nhà cung cấp, thuộc chủ đề %2 (%3) trong lớp %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Hai mã không khớp nhau: %1 là phản hồi %2 nhưng %3 thuộc lớp %4 (%5); phản hồi cơ bản mới quyết định máy khách sẽ làm gì.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Cách diễn đạt cho thấy phản hồi này đến từ %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cách xử lý: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Cách xử lý: đọc nội dung máy chủ gửi về để biết lý do, và xử lý thư theo trường hợp %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Không có gì được phân tích</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>Tìm thấy %Ln phản hồi của máy chủ</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>Không tìm thấy phản hồi SMTP nào trong văn bản này. Hãy dán một thư bị trả lại, thông báo trạng thái gửi thư, bản ghi phiên SMTP hoặc một dòng nhật ký thư.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Phản hồi của máy chủ</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kết luận: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln lần, lần đầu ở dòng %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Còn %Ln phản hồi khác không được liệt kê ở đây; &quot;smtp-codes explain --format json&quot; sẽ liệt kê tất cả.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; phải là &quot;reply&quot; hoặc &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>mã phản hồi &quot;%1&quot; không phải là số có ba chữ số từ 200 đến 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>mã trạng thái mở rộng &quot;%1&quot; không có dạng X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; là &quot;%1&quot;, không thuộc 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; là %1 nhưng mã lại bắt đầu bằng %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>lệnh không xác định &quot;%1&quot; trong &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>thiếu trường bắt buộc &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; phải là một đối tượng chứa văn bản theo từng ngôn ngữ, ví dụ {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; có giá trị rỗng hoặc không phải văn bản cho ngôn ngữ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; không có văn bản tiếng Anh (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; phải là một mảng chuỗi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; trống</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; phải là một mảng</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>mỗi ví dụ đều phải có &quot;server&quot; và &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; cần ít nhất hai phản hồi của máy chủ, hiện chỉ có %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; phải là một mảng</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>mỗi tài liệu tham khảo đều phải có &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; trống</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON không hợp lệ tại byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: cấp cao nhất phải là một đối tượng có &quot;formatVersion&quot; và &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; phải bằng 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; phải là một mảng</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: mục nhập %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: phải là một đối tượng</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: thiếu trường bắt buộc &quot;code&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: mã %2 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: tự liệt kê chính nó là mã liên quan</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: mã liên quan %2 không có trong danh mục</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: phản hồi thường đi kèm %2 không phải là mã phản hồi có trong danh mục</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>danh mục không có mục nhập nào</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>chương trình không chứa tệp danh mục nào trong :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, mục %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
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
        <translation>mã không xác định &quot;%1&quot;; các mã gần nhất: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Định dạng đầu ra: text (mặc định), json hoặc markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Ngôn ngữ giao diện, ví dụ es hoặc zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Các mã mà lệnh sẽ xử lý.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>định dạng không xác định &quot;%1&quot;; hãy dùng text, json hoặc markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list không nhận mã nào; để xem một mã, hãy dùng: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Mã | Lớp | Tên |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show cần một mã, ví dụ: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare cần hai mã, ví dụ: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>quá nhiều mã cho %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; là một mã, không phải lệnh; hãy dùng: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare hoặc explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>thiếu lệnh; hãy dùng list, show CODE, compare CODE CODE hoặc explain FILE (xem --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain nhận một tệp (hoặc - để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>lệnh không xác định &quot;%1&quot;; hãy dùng list, show, compare hoặc explain (xem --help)</translation>
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
        <translation>SMTP Codes: tài liệu tra cứu ngoại tuyến về mã phản hồi SMTP và mã trạng thái mở rộng.

Lệnh:
  list                  mọi mã kèm lớp và tên của mã
  show CODE             toàn bộ thông tin về một mã (550, 5.1.1)
  compare CODE CODE     đặt hai mã cạnh nhau để so sánh
  explain [FILE|-]      mọi phản hồi của máy chủ trong thư bị trả lại, DSN,
                        bản ghi phiên hoặc nhật ký
                        (đọc từ đầu vào chuẩn khi FILE là - hoặc bị bỏ trống)

Khi không có lệnh, chương trình mở cửa sổ; &quot;smtp-codes 550&quot; mở cửa sổ tại mã 550,
&quot;smtp-codes 354 551&quot; mở phần so sánh hai mã đó và &quot;smtp-codes --analyze FILE&quot;
mở kết quả phân tích FILE.</translation>
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
        <translation>So sánh %1 và %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Cả hai bên đều hiển thị %1: một mã so với chính nó thì không có khác biệt nào.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 và %2 đều là mã trạng thái mở rộng; chúng báo những tình trạng khác nhau.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 là phản hồi cơ bản thuộc lớp %2 %3, còn %4 là mã trạng thái mở rộng, bổ sung chi tiết cho một phản hồi.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 và %2 đều là phản hồi thuộc lớp %3 %4; chúng khác nhau ở tình huống mà mỗi mã thông báo.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 là phản hồi thuộc lớp %2 %3, còn %4 là phản hồi thuộc lớp %5 %6.</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Không có: %1 là cùng một mã ở cả hai bên.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>Cả %1 và %2 đều trả lời cho cùng các lệnh: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 trả lời cho %2, còn %3 trả lời cho %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 và %2 là các mã có liên quan: chúng thường xuất hiện trong những tình huống tương tự, vì vậy hãy đọc kỹ nội dung chính xác trong phản hồi của máy chủ để phân biệt.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 và %2 không liên quan chặt chẽ: chúng xuất hiện trong những tình huống khác nhau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>Cả %1 và %2 đều thuộc chủ đề %3 (%4); số chi tiết cho biết nguyên nhân cụ thể.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 thuộc chủ đề %2 (%3), còn %4 thuộc chủ đề %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 thường đi kèm với %2: phản hồi cơ bản cho biết điều gì đã xảy ra với lệnh, còn mã mở rộng cho biết lý do.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 hiếm khi đi kèm với %2; mã này thường đi kèm với %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Thất bại tạm thời kéo dài</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Thất bại vĩnh viễn</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Trạng thái khác hoặc không xác định</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Trạng thái địa chỉ</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Trạng thái hộp thư</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Trạng thái hệ thống thư</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Trạng thái mạng và định tuyến</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Trạng thái giao thức chuyển thư</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Trạng thái nội dung hoặc định dạng thư</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Trạng thái bảo mật hoặc chính sách</translation>
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
        <translation>Phản hồi %1 %2</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Trả lời cho: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Mã trạng thái mở rộng thuộc chủ đề %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Khi nào máy chủ gửi mã này</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Trả lời cho</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Phản hồi mẫu</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Tài liệu tham khảo</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Mã liên quan</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Mã mở rộng thường đi kèm</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Phản hồi cơ bản thường mang mã này</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Khác biệt chính</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Khi nào dùng từng mã</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>lời chào khi kết nối</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>kết thúc dữ liệu thư</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>bất kỳ lệnh nào</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Cách diễn đạt điển hình</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>ngôn ngữ không xác định &quot;%1&quot;; các ngôn ngữ có sẵn: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>chương trình thiếu bản dịch cho &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Hoàn tất thành công</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Chấp nhận trung gian</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Lỗi tạm thời</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Lỗi vĩnh viễn</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Lớp không xác định</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 báo thành công: thao tác được yêu cầu đã hoàn tất và máy khách có thể tiếp tục với lệnh kế tiếp.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 là tín hiệu cho phép tiếp tục: máy chủ đã chấp nhận lệnh cho đến lúc này và đang chờ thêm dữ liệu từ máy khách.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 là lỗi tạm thời: máy khách giữ lại thư và thử lại sau, khi tình trạng này có thể đã hết.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 là lỗi vĩnh viễn: gửi lại đúng yêu cầu đó mà không thay đổi gì sẽ lại thất bại, vì vậy cần khắc phục điều gì đó trước.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>Cả %1 và %2 đều báo thành công, nên máy khách không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>Cả %1 và %2 đều là tín hiệu cho phép tiếp tục và đang chờ thêm dữ liệu từ máy khách.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>Cả %1 và %2 đều là lỗi tạm thời: máy khách giữ lại thư và thử lại sau.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>Cả %1 và %2 đều là lỗi vĩnh viễn: thử lại mà không thay đổi gì sẽ lại thất bại, vì vậy cần khắc phục nguyên nhân.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Dán thư bị trả lại, thông báo trạng thái gửi thư, bản ghi phiên SMTP hoặc các dòng nhật ký thư vào đây.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Văn bản cần phân tích</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Tìm và giải thích mọi phản hồi của máy chủ trong văn bản (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Kết quả phân tích</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Tiến độ phân tích</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Đang phân tích %1 văn bản, quá dài để hiển thị ở đây.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>Khay nhớ tạm không có văn bản nào để phân tích.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Mở thư bị trả lại hoặc nhật ký</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Thư và nhật ký (*.eml *.txt *.log *.msg);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Phân tích thư bị trả lại</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Dán thư bị trả lại vào ô phía trên rồi nhấn Phân tích, hoặc nhấn Ctrl+Shift+V ở bất kỳ đâu để phân tích nội dung khay nhớ tạm. Mỗi phản hồi của máy chủ được liệt kê kèm mã cơ bản, mã mở rộng, kết luận và cách xử lý.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>Xem %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>So sánh với…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Tìm mã, tên, nội dung (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Nhập một mã (&quot;55&quot;, &quot;550&quot;), một từ (&quot;relay&quot;) hoặc nhiều từ; danh sách được cập nhật ngay khi bạn gõ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Bộ lọc lớp</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Danh sách mã</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Không có mã nào khớp với &quot;%1&quot;.
Hãy thử nội dung ngắn hơn, một từ khác hoặc bộ lọc &quot;Tất cả các lớp&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln mã</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tất cả các mã</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Phản hồi cơ bản</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Mã mở rộng</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Bộ lọc loại mã</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Phản hồi cơ bản gồm ba chữ số (550) hoặc mã trạng thái mở rộng (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Không có mã nào khớp với các bộ lọc này.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>Bên &amp;trái:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>Bên &amp;phải:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Hoán đổi</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Hoán đổi hai mã (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Mã bên trái</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Mã bên phải</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>So sánh hai mã</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Chọn một mã ở mỗi bên để đọc song song hai mã.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Chi tiết mã</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Chọn một mã ở bên trái hoặc nhập mã vào ô tìm kiếm (Ctrl+F) để xem ý nghĩa của mã.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Nhấn Ctrl+D để so sánh mã hiện tại với một mã khác.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Mã %1 không xác định</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Danh mục không có mã &quot;%1&quot;. Các mã gần nhất là:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Tìm kiếm mã (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>So sánh mã hiện tại với một mã khác (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Hoán đổi</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Hoán đổi hai mã đang so sánh (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Hiển thị chi tiết của mã hiện tại (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Giới thiệu về SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Mã %1 không xác định; thay vào đó là danh sách các mã gần nhất.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Giới thiệu về SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Tài liệu tra cứu ngoại tuyến về mã phản hồi SMTP và mã trạng thái mở rộng.&lt;/p&gt;&lt;p&gt;Thông tin được lấy từ RFC 5321, RFC 3463, sổ đăng ký mã trạng thái mở rộng SMTP của IANA và các RFC mà chúng trích dẫn; mọi phần giải thích đều được viết riêng cho chương trình này.&lt;/p&gt;&lt;p&gt;Phát hành theo giấy phép GNU GPL, phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Phân tích…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Giải thích mọi phản hồi của máy chủ trong thư bị trả lại, báo cáo, bản ghi phiên hoặc nhật ký (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>&amp;Dán và phân tích</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Phân tích văn bản trong khay nhớ tạm (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Mở thư bị trả lại hoặc nhật ký…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Phân tích thư bị trả lại hoặc nhật ký thư đã lưu (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Phân tích thư bị trả lại — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>So sánh %1 và %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Mã %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — tra cứu phản hồi SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Màu sắc</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Quay lại mã hoặc phần so sánh trước đó (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiến tới</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Tiến tới mục vừa rời khỏi (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Sao chép dạng văn bản</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Sao chép mã, phần so sánh hoặc kết quả phân tích đang hiển thị dưới dạng văn bản thuần (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Sao chép dạng &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Sao chép nội dung đang hiển thị dưới dạng Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Xuất ra PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Đã sao chép dưới dạng Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Đã sao chép dưới dạng văn bản.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: danh mục bị hỏng: %1</translation>
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
        <translation>Danh mục bị hỏng:
%1</translation>
    </message>
</context>
</TS>
