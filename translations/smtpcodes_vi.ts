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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>mã không xác định &quot;%1&quot;; các mã gần nhất: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show nhận một mã, hoặc một phản hồi kèm mã mở rộng như &quot;550 5.7.26&quot;; &quot;%1&quot; không thuộc trường hợp nào</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare cần hai mã, ví dụ: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>quá nhiều mã cho compare: %1</translation>
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
        <translation>SMTP Codes: tài liệu tra cứu ngoại tuyến về mã phản hồi SMTP, mã trạng thái mở rộng, ý nghĩa của chúng theo từng nhà cung cấp, kèm trình đọc thư bị trả lại.

Lệnh:
  list                  mọi mục: mã, lớp, tên
  show MÃ               mọi thông tin về một mục: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare MÃ MÃ         hai mục đặt cạnh nhau
  explain [ĐƯỜNG_DẪN…]  ai thất bại, vì sao và cần làm gì, cho từng thư trong các tệp thư bị trả lại,
                        thư mục, Maildir và tệp mbox (đọc đầu vào chuẩn khi ĐƯỜNG_DẪN là - hoặc bị bỏ trống)
  search TỪ…            tìm kiếm như trong cửa sổ: mã, từ ngữ, tên và thẻ của nhà cung cấp
  languages             các ngôn ngữ giao diện

Không có lệnh thì chương trình mở cửa sổ; &quot;smtp-codes 550&quot; mở cửa sổ tại 550,
&quot;smtp-codes 354 551&quot; mở phần so sánh hai mã và &quot;smtp-codes --analyze TỆP&quot; mở
kết quả phân tích TỆP.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Định dạng đầu ra: text (mặc định), json, markdown; jsonl dành cho explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list và search: chỉ các mục loại basic (phản hồi cơ bản), enhanced (mã mở rộng), provider (nhà cung cấp) hoặc reason (lý do).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list và search: chỉ 2xx, 3xx, 4xx hoặc 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search hoặc languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Các mã, tệp hoặc từ mà lệnh xử lý.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>định dạng không xác định &quot;%1&quot;; hãy dùng text, json, markdown hoặc jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>loại không xác định &quot;%1&quot;; hãy dùng basic, enhanced, provider hoặc reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>lớp không xác định &quot;%1&quot;; hãy dùng 2xx, 3xx, 4xx hoặc 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>thiếu lệnh; hãy dùng list, show MÃ, compare MÃ MÃ, explain TỆP hoặc search TỪ (xem --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>định dạng jsonl chỉ dành cho explain; hãy dùng json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list không nhận mã nào; để xem một mã, hãy dùng: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search cần từ hoặc mã, ví dụ: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; là một mã, không phải lệnh; hãy dùng: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>lệnh không xác định &quot;%1&quot;; hãy dùng list, show, compare, explain, search hoặc languages (xem --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>đầu vào chuẩn</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: không có thư nào để phân tích trong %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Thông báo trạng thái chuyển phát</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Thư bị trả lại</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Cảnh báo chậm trễ</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Thư trả lời tự động</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Báo cáo khiếu nại</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Bản ghi phiên SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Nhật ký thư</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Bị hoãn</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã chuyển phát</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Đã trung chuyển</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Đã mở rộng</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>vĩnh viễn</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>tạm thời</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Không nêu người nhận</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Trả lại vĩnh viễn: chính địa chỉ có vấn đề</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Không phải trả lại vĩnh viễn: bản thân địa chỉ có thể vẫn ổn</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>Trả lời cho: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Nhà cung cấp: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Căn cứ vào: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Địa chỉ nhận ban đầu: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>Tìm thấy %Ln phản hồi của máy chủ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln lần, lần đầu ở dòng %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Còn %Ln phản hồi khác không được liệt kê ở đây; &quot;smtp-codes explain --format json&quot; sẽ liệt kê tất cả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Không có gì được phân tích</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln người nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Nơi báo cáo: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Thư gốc bị trả lại: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Tiêu đề của thư: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>Không tìm thấy người nhận hay phản hồi máy chủ nào trong văn bản này. Hãy cung cấp thư bị trả lại, thông báo trạng thái chuyển phát, bản ghi phiên SMTP hoặc các dòng nhật ký thư.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Tóm tắt %Ln thư</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln người nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>Không phân tích được %Ln thư</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Người nhận theo lý do</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Người nhận theo kết quả</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Địa chỉ cần xóa khỏi danh sách của bạn</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Còn %Ln người nhận khác không được liệt kê ở đây; &quot;smtp-codes explain --format json&quot; sẽ liệt kê tất cả.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Đã hủy phân tích.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Cách diễn đạt cho thấy phản hồi này đến từ %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Không có gì để phân tích: dữ liệu đầu vào trống.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>Dữ liệu đầu vào có %1 MB; mỗi lần chỉ phân tích được tối đa %2 MB. Hãy phân tích phần nhật ký có chứa thư bị trả lại.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Đây là dữ liệu nhị phân, không phải văn bản: nó chứa byte NUL. Hãy cung cấp văn bản của thư bị trả lại, báo cáo chuyển phát, bản ghi phiên SMTP hoặc nhật ký thư.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; phải bằng 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: nhà cung cấp %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: nhà cung cấp %2 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: mã mở rộng thường đi kèm %2 không phải là mã mở rộng có trong danh mục</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: mã chuẩn %2 không có trong danh mục</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: nhà cung cấp %2 không được mô tả trong tệp danh mục nào</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: lý do %2 không phải là lý do có trong danh mục</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; phải là %2, như với mọi thư bị trả lại thuộc loại %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; phải là một chuỗi văn bản</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; phải là một chuỗi văn bản không rỗng</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; cần ít nhất %1 phản hồi máy chủ, hiện có %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; cần &quot;next&quot; (%1), &quot;closes&quot; (true hoặc false), &quot;actor&quot; (%2) và &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; phải là true hoặc false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; phải là &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; hoặc &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>mã không chuẩn &quot;%1&quot; không phải là số có ba chữ số từ 100 đến 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; không khớp với chữ số đầu tiên của %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>id phản hồi của nhà cung cấp &quot;%1&quot; chỉ được gồm chữ thường, chữ số, &apos;.&apos; và &apos;-&apos;, và phải có ít nhất một dấu &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; không phải là mã phản hồi</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; không phải là mã mở rộng dạng 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; phải là ngày tháng dạng 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>lý do &quot;%1&quot; phải là một từ viết thường</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; phải là một trong các giá trị %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>id nhà cung cấp &quot;%1&quot; chỉ được gồm chữ thường, chữ số, &apos;.&apos; và &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; phải là một trong các giá trị %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>văn bản danh mục cho &quot;%1&quot; không phải JSON hợp lệ tại byte %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>văn bản danh mục cho &quot;%1&quot; phải là một đối tượng có &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; và &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>thiếu văn bản danh mục cho &quot;%1&quot;: %2</translation>
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
        <translation>So sánh %1 và %2</translation>
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
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>Cả %1 và %2 đều trả lời cho cùng các lệnh: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 trả lời cho %2, còn %3 trả lời cho %4.</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 báo thành công: máy khách tiếp tục với lệnh kế tiếp.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 yêu cầu thêm: máy chủ chờ dữ liệu thư hoặc bước kế tiếp.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Khi thư nhận %1, máy chủ của bạn giữ thư trong hàng đợi và thử lại sau.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Thư nhận %1 bị trả lại ngay: máy chủ của bạn bỏ cuộc và trả thư về cho người gửi.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>chương trình gửi</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>người gửi</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>quản trị viên thư phía gửi</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>quản trị viên phía nhận</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>người nhận</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 hoàn toàn không khiến thư bị trả lại.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 là trả lại tạm thời (soft bounce): địa chỉ không có vấn đề và lần thử sau có thể thành công.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 là trả lại vĩnh viễn (hard bounce): chính địa chỉ bị từ chối, vì vậy hãy ngừng gửi tới địa chỉ đó.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1 có phải là trả lại vĩnh viễn hay không tùy vào mã mở rộng và nội dung đi kèm: chỉ địa chỉ hoặc tên miền không tồn tại mới là trả lại vĩnh viễn.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Cả hai bên đều hiển thị %1: một mục so sánh với chính nó thì không có khác biệt.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 và %2 đều là phản hồi thuộc lớp %3 %4; chúng khác nhau ở tình huống mà chúng báo.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 là phản hồi thuộc lớp %2 %3, còn %4 là phản hồi thuộc lớp %5 %6.</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 và %2 mô tả những tình huống khác nhau; dưới đây là ý nghĩa của từng mã và cách xử lý.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Khi thư nhận %1, máy chủ của bạn giữ thư trong hàng đợi và thử lại sau, còn %2 khiến thư bị trả lại ngay.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 khiến thư bị trả lại ngay, còn khi thư nhận %2, máy chủ của bạn giữ thư trong hàng đợi và thử lại sau.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 đóng kết nối, nên máy chủ của bạn phải kết nối lại để thử lại; %2 thì giữ kết nối mở.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>%1 ngay khi kết nối vừa mở nghĩa là máy chủ của bạn bị từ chối trước khi gửi được thư nào: thường nhất là do địa chỉ IP của nó bị chặn.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Sau %1, %2 phải xử lý; sau %3, %4 phải xử lý.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 là trả lại vĩnh viễn (%2): hãy ngừng gửi tới địa chỉ đó.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 không phải là trả lại vĩnh viễn (%2): bản thân địa chỉ có thể vẫn ổn.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Không có: %1 là cùng một mục ở cả hai bên.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 và %2 có liên quan: chúng xuất hiện trong những tình huống tương tự, vì vậy hãy đọc chính xác câu chữ trong phản hồi của máy chủ để phân biệt.</translation>
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
        <translation>Lỗi tạm thời kéo dài</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Lỗi vĩnh viễn</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Trả lời cho: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Mã trạng thái mở rộng thuộc chủ đề %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>một nhà cung cấp hộp thư</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>một bộ lọc thư</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>một dịch vụ gửi thư</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>một danh sách chặn</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Không phải mã chuẩn: không RFC nào định nghĩa %1 là một phản hồi SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Phản hồi của %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Trả lại vĩnh viễn: chính địa chỉ có vấn đề</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Không phải trả lại vĩnh viễn: bản thân địa chỉ có thể vẫn ổn</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Phản hồi %1 %2</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>Tại %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>Còn %n phản hồi khác của nhà cung cấp dùng %1; hãy tìm mã này với bộ lọc &quot;Phản hồi của nhà cung cấp&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kết luận: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Lý do: %1. Kết luận: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (kiểm tra ngày %2)</translation>
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
        <source>Example replies</source>
        <translation>Phản hồi mẫu</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Ý nghĩa theo từng nhà cung cấp</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Mã chuẩn nên dùng thay thế</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Người gửi nên làm gì</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Quản trị viên thư nên làm gì</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Nhận diện qua</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Các mã dẫn đến lý do này</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Các cụm từ trong thư bị trả lại dẫn đến lý do này</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Phản hồi của nhà cung cấp có lý do này</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Ý nghĩa khi đi cùng nhau</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>việc mở kết nối</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>phần kết thúc dữ liệu thư</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Các phản hồi được nhận diện qua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 kèm %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cách xử lý: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>không thể đọc %1: không có tệp hoặc thư mục này</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Thư</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 không có trong sổ đăng ký của IANA: đây là mã chi tiết riêng của nhà cung cấp, thuộc chủ đề %2 (%3) trong lớp %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Hai mã không khớp nhau: %1 là phản hồi %2 nhưng %3 thuộc lớp %4 (%5); phản hồi cơ bản mới quyết định máy khách sẽ làm gì.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>Tại %1, phản hồi này có nghĩa: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Xóa địa chỉ khỏi danh sách của bạn</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Không cần làm gì</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Không cần làm gì trừ khi tình trạng kéo dài: máy chủ gửi sẽ tiếp tục thử</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Không cần làm gì trừ khi tình trạng kéo dài: máy chủ gửi sẽ tiếp tục thử cho tới %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Thử lại sau</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Sửa cấu hình gửi, rồi gửi lại</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Sửa thư, rồi gửi lại</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Yêu cầu gỡ IP hoặc tên miền gửi khỏi danh sách chặn</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Liên hệ postmaster phía người nhận</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Văn bản cần phân tích</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Phân tích</translation>
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
        <source>Bounce analyzer</source>
        <translation>Trình phân tích thư bị trả lại</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln thư</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Dán vào đây thư bị trả lại, thông báo trạng thái chuyển phát, bản ghi phiên SMTP hoặc các dòng nhật ký thư, hoặc thả tệp .eml, tệp mbox hay thư mục vào.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Đọc mọi người nhận và phản hồi máy chủ trong văn bản</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Lọc người nhận</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>&amp;Sao chép địa chỉ cần xóa</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Sao chép các địa chỉ bị trả lại vĩnh viễn, bị loại trừ và đã khiếu nại, mỗi địa chỉ một dòng</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Mở thư bị trả lại, hộp thư hoặc nhật ký</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Thư, hộp thư và nhật ký (*.eml *.msg *.mbox *.mbx *.txt *.log);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Mở thư mục chứa thư bị trả lại (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Dán thư bị trả lại vào ô phía trên rồi bấm Phân tích, hoặc mở hay thả vào tệp .eml, tệp mbox hoặc thư mục Maildir. Với từng người nhận, bạn sẽ thấy ai thất bại, vì sao, có phải trả lại vĩnh viễn không và cần làm gì; tiếp theo là từng phản hồi máy chủ cùng mã cơ bản và mã mở rộng của nó.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Thư từ: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>Không có mã nào khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Xem %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>So sánh &amp;với…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Tìm mã, tên, nội dung</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Nhập một mã (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), một thẻ của nhà cung cấp (&quot;TSS04&quot;), một từ (&quot;%1&quot;) hoặc nhiều từ; danh sách được lọc ngay khi bạn gõ</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Tất cả các mục</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Phản hồi của nhà cung cấp</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Lý do trả lại thư</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Phản hồi cơ bản ba chữ số (550), mã trạng thái mở rộng (5.1.1), ý nghĩa các phản hồi của nhà cung cấp, hoặc các lý do mà thư bị trả lại nêu ra</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n mã</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Thứ nhất:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>Thứ h&amp;ai:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Mã thứ nhất</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Mã thứ hai</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Chi tiết mã</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Mã %1 không xác định</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Danh mục không có mã &quot;%1&quot;. Các mã gần nhất là:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Chọn một mã ở bên trái, hoặc nhập vào ô tìm kiếm để đọc ý nghĩa của nó: một phản hồi (550), một mã mở rộng (5.7.26), cả hai cùng lúc (550 5.7.26), một thẻ của nhà cung cấp (TSS04) hoặc một từ.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>So sánh… đặt hai mã cạnh nhau; Phân tích… đọc thư bị trả lại và cho biết ai thất bại, vì sao và cần làm gì.</translation>
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
        <source>&amp;Compare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Hoán đổi</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
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
        <source>&amp;Analyze…</source>
        <translation>&amp;Phân tích…</translation>
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
        <source>&amp;Forward</source>
        <translation>&amp;Tiến tới</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Sao chép dạng văn bản</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Sao chép dạng &amp;Markdown</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>Tài liệu tra cứu được hiển thị bằng tiếng Anh: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Tài liệu tra cứu ngoại tuyến về mã phản hồi SMTP, mã trạng thái mở rộng và ý nghĩa của chúng theo từng nhà cung cấp dịch vụ thư, kèm trình đọc thư bị trả lại.&lt;/p&gt;&lt;p&gt;Các dữ kiện được lấy từ RFC 5321, RFC 3463, sổ đăng ký SMTP Enhanced Status Codes của IANA, các RFC được dẫn trong đó, mã nguồn của các máy chủ thư và tài liệu của chính các nhà cung cấp; mọi lời giải thích đều được viết riêng cho chương trình này.&lt;/p&gt;&lt;p&gt;Phát hành theo giấy phép GNU GPL, phiên bản 3 hoặc mới hơn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>&amp;Màu sắc</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Dán và phân tích</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Tiến tới trang sau</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Tìm mã</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Sao chép nội dung đang hiển thị dưới dạng văn bản thuần</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Sao chép nội dung đang hiển thị dưới dạng Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>So sánh mã hiện tại với một mã khác</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Hoán đổi hai mã đang so sánh</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Hiển thị trang của mã hiện tại</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Đọc thư bị trả lại: ai thất bại, vì sao và cần làm gì</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Phân tích văn bản trong khay nhớ tạm</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Phân tích thư bị trả lại, hộp thư hoặc nhật ký đã lưu</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Phân tích mọi thư trong một thư mục, chẳng hạn Maildir</translation>
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
