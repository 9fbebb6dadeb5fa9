<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
        <translation>不明なコード &quot;%1&quot; です。近いコード: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| コード | クラス | 名前 |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show にはコードが必要です。例: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show に指定できるのは、1 つのコード、または &quot;550 5.7.26&quot; のような応答コードと拡張コードの組み合わせです。&quot;%1&quot; はどちらでもありません</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare には 2 つのコードが必要です。例: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare に指定されたコードが多すぎます: %1</translation>
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
        <translation>SMTP Codes: SMTP 応答コード、拡張ステータスコード、それらがプロバイダーごとに何を意味するかをまとめたオフラインのリファレンスと、バウンスメールの読み取りツールです。

コマンド:
  list                  すべての項目: コード、クラス、名前
  show コード           1 つの項目のすべての情報: 550、5.1.1、&quot;550 5.7.26&quot;、TSS04、mailboxfull
  compare コード コード 2 つの項目を並べて表示
  explain [パス…]       バウンスファイル、フォルダー、Maildir、mbox ファイル内の各メッセージについて、
                        誰への配信が失敗したか、その理由と対処方法 (パスが - か省略時は標準入力を読む)
  search 単語…          ウィンドウと同じ検索: コード、単語、プロバイダー名、タグ
  languages             インターフェイスの言語

コマンドを指定しない場合はウィンドウを開きます。&quot;smtp-codes 550&quot; は 550 を、
&quot;smtp-codes 354 551&quot; はその比較を、&quot;smtp-codes --analyze ファイル&quot; は
ファイルの解析結果を表示した状態でウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>出力形式: text (既定)、json、markdown。explain では jsonl も使用できます。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>インターフェイスの言語 (例: es、zh_CN)。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list と search: basic (基本応答)、enhanced (拡張コード)、provider (プロバイダー応答)、reason (バウンス理由) のいずれかの項目だけを対象にします。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list と search: 2xx、3xx、4xx、5xx のいずれかだけを対象にします。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list、show、compare、explain、search、languages のいずれか</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>コマンドの対象となるコード、ファイル、または単語。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>不明な形式 &quot;%1&quot; です。text、json、markdown、jsonl のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>不明な種類 &quot;%1&quot; です。basic、enhanced、provider、reason のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>不明なクラス &quot;%1&quot; です。2xx、3xx、4xx、5xx のいずれかを指定してください</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>コマンドが指定されていません。list、show コード、compare コード コード、explain ファイル、search 単語 のいずれかを使用してください (--help を参照)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>jsonl 形式は explain 専用です。json を使用してください</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list にはコードを指定できません。1 つのコードを表示するには次のように指定してください: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search には単語またはコードが必要です。例: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; はコマンドではなくコードです。次のように指定してください: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>不明なコマンド &quot;%1&quot; です。list、show、compare、explain、search、languages のいずれかを使用してください (--help を参照)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: %1 に解析できるメッセージがありません</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>配信状態通知（DSN）</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>バウンス</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>配信遅延通知</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自動返信</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>苦情（迷惑メール報告）</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP セッションの記録</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>メールログ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>中継済み</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>展開済み</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>ハード</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>ソフト</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>受信者の記載なし</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>ハードバウンス: アドレス自体が無効です</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ハードバウンスではありません: アドレス自体は問題ない可能性があります</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>応答対象: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>判断の根拠: 「%1」</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>元の宛先: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>サーバー応答</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln 件のサーバー応答が見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln 回（初出は %2 行目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ほかに %Ln 件の応答がありますが、ここには表示されていません。すべて表示するには &quot;smtp-codes explain --format json&quot; を使用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>解析は行われませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: 受信者 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>報告元: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>返送されたメッセージ: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>このテキストには受信者もサーバー応答も見つかりませんでした。バウンスメール、配信状態通知（DSN）、SMTP セッションの記録、またはメールログの行を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>%Ln 件のメッセージの概要</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>受信者 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln 件のメッセージを解析できませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>理由別の受信者数</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者数</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>結果別の受信者数</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>リストから削除すべきアドレス</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ほかに受信者が %Ln 件ありますが、ここには表示されていません。すべて表示するには &quot;smtp-codes explain --format json&quot; を使用してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>解析はキャンセルされました。</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>文言から、この応答は %1 によるものと判断できます。</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>解析する内容がありません。入力が空です。</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>入力は %1 MB ですが、一度に解析できるのは %2 MB までです。ログのうち、バウンスを含む部分を解析してください。</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>これはテキストではなくバイナリデータです（NUL バイトを含んでいます）。バウンスメール、配信レポート、SMTP セッションの記録、またはメールログのテキストを入力してください。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>応答コード &quot;%1&quot; が 200～559 の 3 桁の数字ではありません</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>拡張コード &quot;%1&quot; が X.1.1 の形式ではありません</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; の値 &quot;%1&quot; は 2xx、3xx、4xx、5xx のいずれでもありません</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; は %1 ですが、コードは %2 で始まっています</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>&quot;commands&quot; に不明なコマンド &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>必須フィールド &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; は文字列の配列でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; が空です</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; は配列でなければなりません</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>各例には &quot;server&quot; と &quot;text&quot; が必要です</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; は配列でなければなりません</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>各参考文献には &quot;document&quot; が必要です</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; が空です</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: バイト %2 の位置の JSON が不正です: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: 最上位は &quot;formatVersion&quot; と &quot;entries&quot; を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; は配列でなければなりません</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: エントリ %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: 必須フィールド &quot;code&quot; がありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: コード %2 が重複しています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: 自身を関連コードに含めています</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: 関連コード %2 はカタログにありません</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: 通常の応答 %2 はカタログ内の応答コードではありません</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>カタログにエントリがありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>プログラム内の :/catalog にカタログファイルがありません</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; は 2 でなければなりません</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: プロバイダー %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: プロバイダー %2 が重複しています</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: 通常の拡張コード %2 はカタログ内の拡張コードではありません</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: 標準コード %2 はカタログにありません</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: プロバイダー %2 はどのカタログファイルにも記述されていません</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: 理由 %2 はカタログ内の理由ではありません</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; は %2 でなければなりません（理由が %3 のバウンスはすべてそうです）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; はテキストでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; は空でないテキストでなければなりません</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; には少なくとも %1 件のサーバー応答が必要ですが、%2 件しかありません</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; には &quot;next&quot; (%1)、&quot;closes&quot; (true または false)、&quot;actor&quot; (%2)、&quot;bounce&quot; (%3) が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; は true または false でなければなりません</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; は &quot;reply&quot;、&quot;enhanced&quot;、&quot;nonstandard&quot;、&quot;provider&quot;、&quot;reason&quot; のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>非標準コード &quot;%1&quot; が 100～599 の 3 桁の数字ではありません</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; が %1 の先頭の数字と一致しません</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>プロバイダー応答 ID &quot;%1&quot; は英小文字、数字、&apos;.&apos;、&apos;-&apos; だけで構成し、&apos;-&apos; を含む必要があります</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; の値 &quot;%1&quot; は応答コードではありません</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; の値 &quot;%1&quot; は 5.7.26 のような拡張コードではありません</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; は 2026-12-02 のような日付でなければなりません</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>理由 &quot;%1&quot; は英小文字の 1 単語でなければなりません</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; は %1 のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>プロバイダー ID &quot;%1&quot; は英小文字、数字、&apos;.&apos;、&apos;-&apos; だけで構成する必要があります</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; は %1 のいずれかでなければなりません</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>&quot;%1&quot; のカタログテキストは、バイト %2 の位置の JSON が不正です: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>&quot;%1&quot; のカタログテキストは、&quot;formatVersion&quot; が 2、&quot;language&quot; が &quot;%1&quot; で、&quot;entries&quot; を持つオブジェクトでなければなりません</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>&quot;%1&quot; のカタログテキストがありません: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1 セクション %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
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
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1と%2はどちらも拡張ステータスコードで、それぞれ異なる状態を報告します。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1は%2 %3の基本応答で、%4は応答を詳細化する拡張ステータスコードです。</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1と%2はどちらも%3に対する応答です。</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1は%2に対する応答で、%3は%4に対する応答です。</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1と%2に密接な関係はなく、それぞれ異なる状況で発生します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1と%2はどちらもサブジェクト %3 (%4) に属します。正確な原因は詳細番号で区別されます。</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1はサブジェクト %2 (%3) に属し、%4はサブジェクト %5 (%6) に属します。</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1はよく%2と組み合わせて使われます。基本応答はコマンドがどうなったかを、拡張コードはその理由を示します。</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1が%2と組み合わされることはまれで、通常は%3と組み合わせて使われます。</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1は成功を示します。クライアントは次のコマンドに進みます。</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1は続きを求めています。サーバーはメッセージデータまたは次の手順を待っています。</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>%1を受けたメッセージは、送信側サーバーがキューに保持し、後で再試行します。</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>%1を受けたメッセージはその場でバウンスします。送信側サーバーは配信をあきらめ、メッセージを送信者に返送します。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>送信プログラム</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>送信側のメール管理者</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>受信側の管理者</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1はバウンスではありません。</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1はソフトバウンスです。アドレスに問題はなく、後で再試行すれば成功する可能性があります。</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1はハードバウンスです。アドレス自体が拒否されているため、このアドレスへの送信を停止してください。</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1がハードバウンスかどうかは、拡張コードと応答テキストによって決まります。ハードバウンスになるのは、存在しないアドレスまたはドメインの場合だけです。</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>両側とも%1です。同じ項目どうしを比較しても違いはありません。</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1と%2はどちらも%3 %4の応答ですが、伝える状況が異なります。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1は%2 %3の応答で、%4は%5 %6の応答です。</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1と%2は異なる状況を表します。それぞれの意味と対処方法を以下に示します。</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>%1を受けたメッセージは、送信側サーバーがキューに保持して後で再試行しますが、%2の場合はその場でバウンスします。</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1の場合はメッセージがその場でバウンスしますが、%2を受けたメッセージは、送信側サーバーがキューに保持して後で再試行します。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1は接続を閉じるため、再試行するには送信側サーバーが接続し直す必要があります。%2は接続を維持します。</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>接続確立時の%1は、メールを送信する前の段階で送信側サーバーを拒否するものです。最も多い原因は、そのサーバーの IP アドレスがブロックされていることです。</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>対処する側: %1の後は%2、%3の後は%4。</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1はハードバウンスです（%2）。このアドレスへの送信を停止してください。</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1はハードバウンスではありません（%2）。アドレス自体は問題ない可能性があります。</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>なし: 両側とも同じ項目（%1）です。</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1と%2は関連しています。似た状況で発生するため、区別するにはサーバー応答の正確な文言を確認してください。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>持続的一時失敗</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>永続的失敗</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>その他または未定義のステータス</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>アドレス指定ステータス</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>メールボックスステータス</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>メールシステムステータス</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>ネットワークおよびルーティングステータス</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>メール配送プロトコルステータス</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>メッセージ内容またはメディアステータス</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>セキュリティまたはポリシーステータス</translation>
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
        <translation>応答対象: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>サブジェクト %1 (%2) の拡張ステータスコード</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>メールボックスプロバイダー</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>メールフィルター</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>メール配信サービス</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>標準コードではありません: %1 を SMTP 応答として定義している RFC はありません</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>%1（%2）の応答</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>ハードバウンス: アドレス自体が無効です</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>ハードバウンスではありません: アドレス自体は問題ない可能性があります</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>%1 %2応答</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1 の場合: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>ほかに %n 件のプロバイダー応答が %1 を使用しています。「プロバイダー応答」フィルターで検索してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>理由: %1。判定: %2。</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1（%2 に確認）</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>発生する状況</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>サーバーが送信する状況</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考資料</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>通常併用される拡張コード</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>通常これを伴う基本応答</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主な違い</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>それぞれの使い分け</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>応答の例</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>プロバイダーごとの意味</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>代わりに使うべき標準コード</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>送信者がすべきこと</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>メール管理者がすべきこと</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>識別に使う文字列</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>この理由につながるコード</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>この理由につながるバウンスメール内の語句</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>この理由に該当するプロバイダー応答</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>組み合わせの意味</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>接続の確立</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>メッセージデータの終了</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>一般的な文言</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>不明な言語 &quot;%1&quot; です。利用可能な言語: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>&quot;%1&quot; の翻訳がプログラムに含まれていません</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>「%1」で識別される応答</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 を読み込めません: そのようなファイルまたはフォルダーはありません</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>肯定完了</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中間</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>一時的否定</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>永続的否定</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>不明なクラス</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) と %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 は標準の応答コードではありませんが、先頭の数字から %2 %3応答に分類されます。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 は IANA レジストリに登録されておらず、そのサブジェクト %2 も定義されていません。意味を持つのはクラス %3 (%4) だけです。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 は IANA レジストリに登録されていません。クラス %4 (%5)、サブジェクト %2 (%3) の中でプロバイダーが独自に定めた詳細コードです。</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>2 つのコードが食い違っています。%1 は %2 応答ですが、%3 のクラスは %4 (%5) です。クライアントの動作を決めるのは基本応答のほうです。</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>%1 では、この応答は次の意味です: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>リストからアドレスを削除</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>対処不要</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>長引かない限り対処不要: 送信側サーバーが再試行を続けます</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>長引かない限り対処不要: 送信側サーバーが %1 まで再試行を続けます</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>後で再試行</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>送信設定を修正してから再送信</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>メッセージを修正してから再送信</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>送信元 IP アドレスまたはドメインの掲載解除を依頼</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>受信者側のポストマスターに連絡</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>解析するテキスト</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>解析結果</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>解析の進行状況</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>長すぎてここに表示できない %1 のテキストを解析しています。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>クリップボードに解析できるテキストがありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>バウンス解析</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>バウンスメール、配信状態通知（DSN）、SMTP セッションの記録、メールログの行をここに貼り付けるか、.eml ファイル、mbox ファイル、フォルダーをドロップしてください。</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>テキスト内のすべての受信者とサーバー応答を読み取ります</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>受信者を絞り込み</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>削除するアドレスをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>ハードバウンスしたアドレス、サプレッション対象のアドレス、苦情を報告したアドレスを 1 行に 1 つずつコピーします</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>バウンスメール、メールボックス、ログを開く</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>メール、メールボックス、ログ (*.eml *.msg *.mbox *.mbx *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>バウンスメールのフォルダー (Maildir) を開く</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>上の欄にバウンスメールを貼り付けて「解析」を押すか、.eml ファイル、mbox ファイル、Maildir フォルダーを開くかドロップしてください。受信者ごとに、誰への配信が失敗したか、その理由、ハードバウンスかどうか、対処方法が表示され、続いてすべてのサーバー応答が基本コードと拡張コードとともに表示されます。</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>メッセージの取得元: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>クラスフィルター</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード一覧</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>「%1」に一致するコードはありません。
もっと短い語句や別の単語を試すか、フィルターを「すべてのクラス」にしてください。</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>基本応答</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>拡張コード</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>種類フィルター</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>これらのフィルターに一致するコードはありません。</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>%1 を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>別のコードと比較(&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>コード、名前、本文を検索</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>コード（「55」「550」「5.7.26」）、プロバイダーのタグ（「TSS04」）、単語（「%1」）を 1 つ以上入力してください。入力に合わせて一覧が絞り込まれます</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>プロバイダー応答</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>バウンス理由</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>3 桁の基本応答 (550)、拡張ステータスコード (5.1.1)、プロバイダーごとの応答の意味、またはバウンスの理由</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 件のコード</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>2 つのコードを比較</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>左右それぞれでコードを選ぶと、並べて読み比べることができます。</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>1 つ目(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>2 つ目(&amp;E):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>1 つ目のコード</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>2 つ目のコード</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>コードの詳細</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>不明なコード %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>カタログにコード「%1」はありません。近いコードは次のとおりです:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>左の一覧からコードを選ぶか、検索欄に入力すると、その意味を確認できます。入力できるのは、応答 (550)、拡張コード (5.7.26)、その組み合わせ (550 5.7.26)、プロバイダーのタグ (TSS04)、または単語です。</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>「比較…」では 2 つのコードを並べて表示し、「解析…」ではバウンスメールを読み取って、誰への配信が失敗したか、その理由と対処方法を示します。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>入れ替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes について(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>不明なコード %1 です。代わりに近いコードを一覧表示しています。</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>SMTP Codes について</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>解析(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>PDF としてエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Markdown としてコピーしました。</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>テキストとしてコピーしました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>リファレンスは英語で表示されています: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 応答コード、拡張ステータスコード、それらがメールプロバイダーごとに何を意味するかをまとめたオフラインのリファレンスです。バウンスメールの読み取り機能も備えています。&lt;/p&gt;&lt;p&gt;情報の出典は、RFC 5321、RFC 3463、IANA の SMTP Enhanced Status Codes レジストリ、それらが引用している RFC、各メールサーバーのソースコード、各プロバイダー自身のドキュメントです。説明文はすべてこのプログラムのために書かれたものです。&lt;/p&gt;&lt;p&gt;GNU GPL バージョン 3 以降のもとでライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>配色(&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>貼り付けて解析(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>前のページに戻る</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>次のページに進む</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>コードを検索</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>表示内容をプレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>表示内容を Markdown としてコピー</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>現在のコードを別のコードと比較</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>比較中の 2 つのコードを入れ替え</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>現在のコードのページを表示</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>バウンスメールを読み取り、誰への配信が失敗したか、その理由と対処方法を表示</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>クリップボードのテキストを解析</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>保存したバウンスメール、メールボックス、ログを解析</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Maildir などのフォルダー内のすべてのメッセージを解析</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: カタログが破損しています: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>カタログが破損しています:
%1</translation>
    </message>
</context>
</TS>
