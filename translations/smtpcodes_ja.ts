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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>テキストのサイズは %1 MB ですが、解析できるのは最大 %2 MB です。ログのうちバウンスを含む部分だけを解析してください。</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>これはテキストではなくバイナリデータです (NUL バイトが含まれています)。バウンスメール、配信レポート、SMTP セッションの記録、またはメールログのテキストを貼り付けるか開いてください。</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>このテキストは有効な UTF-8 ではありません。UTF-8 (またはプレーン ASCII) で保存してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>解析はキャンセルされました。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>中間: サーバーは続きを待っています</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>一時的: 後で再試行してください</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>永続的: そのまま再試行しないでください</translation>
    </message>
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
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 は IANA レジストリに登録されていません。クラス %4 (%5) のサブジェクト %2 (%3) に属する、プロバイダー独自の詳細コードです。</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>2 つのコードが食い違っています。%1 は %2 応答ですが、%3 のクラスは %4 (%5) です。クライアントの動作を決めるのは基本応答のほうです。</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>文言から、この応答は %1 によるものと判断できます。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>対処方法: サーバーのテキストで理由を確認し、このメッセージを「%1」として扱ってください。</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>解析は行われませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln 件のサーバー応答が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>このテキストには SMTP 応答が見つかりませんでした。バウンスメール、配信状態通知 (DSN)、SMTP セッションの記録、またはメールログの行を貼り付けてください。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>%1 行目: %2</translation>
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
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln 回 (初出は %2 行目) — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>ほかに %Ln 件の応答がありますが、ここには表示されていません。すべて表示するには &quot;smtp-codes explain --format json&quot; を使用してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; には &quot;reply&quot; または &quot;enhanced&quot; を指定する必要があります</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; は {&quot;en&quot;: &quot;…&quot;} のような、言語ごとのテキストを持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; の言語 &quot;%2&quot; の値が空か、テキストではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; に英語 (&quot;en&quot;) のテキストがありません</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; にはサーバー応答が 2 件以上必要ですが、%1 件しかありません</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; は 1 でなければなりません</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>不明なコード &quot;%1&quot; です。近いコード: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>出力形式: text (既定)、json、markdown のいずれか。</translation>
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
        <source>The codes the command works on.</source>
        <translation>コマンドの対象となるコード。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>不明な形式 &quot;%1&quot; です。text、json、markdown のいずれかを指定してください</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list にはコードを指定できません。コードを 1 つ表示するには次のようにします: smtp-codes show %1</translation>
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
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare には 2 つのコードが必要です。例: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>%1 に指定されたコードが多すぎます: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; はコマンドではなくコードです。次のようにします: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list、show、compare、explain のいずれか</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>コマンドが指定されていません。list、show CODE、compare CODE CODE、explain FILE のいずれかを使用してください (--help を参照)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain に指定できるファイルは 1 つだけです (標準入力の場合は -)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>不明なコマンド &quot;%1&quot; です。list、show、compare、explain のいずれかを使用してください (--help を参照)</translation>
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
        <translation>SMTP Codes: SMTP 応答コードと拡張ステータスコードのオフラインリファレンスです。

コマンド:
  list                  すべてのコードをクラスと名前付きで一覧表示
  show CODE             1 つのコードのすべての情報を表示 (550、5.1.1)
  compare CODE CODE     2 つのコードを並べて比較
  explain [FILE|-]      バウンスメール、DSN、セッション記録、ログ内の全サーバー応答を解説
                        (FILE が - または省略時は標準入力を読み込み)

コマンドを指定しない場合はウィンドウを開きます。&quot;smtp-codes 550&quot; は 550 を、
&quot;smtp-codes 354 551&quot; は両者の比較を、&quot;smtp-codes --analyze FILE&quot; は FILE の
解析結果を表示した状態でウィンドウを開きます。</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>左右とも%1です。同じコード同士を比較しても違いはありません。</translation>
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
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1と%2はどちらも%3 %4応答ですが、報告する状況が異なります。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1は%2 %3応答、%4は%5 %6応答です。</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>なし: 左右とも同じコード %1 です。</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1と%2はどちらも同じコマンドに対する応答です: %3。</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1は%2に対する応答で、%3は%4に対する応答です。</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1と%2は関連するコードです。似た状況でよく見られるため、区別するにはサーバー応答の正確な文言を確認してください。</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>%1 %2応答</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>対象コマンド: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>サブジェクト %1 (%2) の拡張ステータスコード</translation>
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
        <source>Answers</source>
        <translation>対象コマンド</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>応答例</translation>
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
        <source>connection greeting</source>
        <translation>接続時のグリーティング</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>メッセージデータの終端</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意のコマンド</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1は成功を示します。要求された処理は完了しており、クライアントは次のコマンドに進めます。</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1は続行の合図です。サーバーはここまでのコマンドを受け付け、クライアントからの追加入力を待っています。</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1は一時的なエラーです。クライアントはメッセージを保持したまま、状況が解消されていることを期待して後で再試行します。</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1は永続的なエラーです。同じ要求をそのまま繰り返しても再び失敗するため、先に何らかの修正が必要です。</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1と%2はどちらも成功を示すため、クライアント側での対応は不要です。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1と%2はどちらも続行の合図で、クライアントからの追加入力を待ちます。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1と%2はどちらも一時的なエラーです。クライアントはメッセージを保持し、後で再試行します。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1と%2はどちらも永続的なエラーです。そのまま再試行しても再び失敗するため、原因を修正する必要があります。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>バウンスメール、配信状態通知 (DSN)、SMTP セッションの記録、またはメールログの行をここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>解析するテキスト</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>テキスト内のすべてのサーバー応答を検出して解説します (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>バウンスメールまたはログを開く</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>メールとログ (*.eml *.txt *.log *.msg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>バウンス解析</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>上の欄にバウンスメールを貼り付けて [解析] を押すか、どこからでも Ctrl+Shift+V を押してクリップボードの内容を解析できます。各サーバー応答について、基本コード、拡張コード、判定、対処方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>別のコードと比較…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>コード、名前、本文を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>コード (「55」「550」)、単語 (「relay」)、または複数の語を入力します。入力に合わせて一覧が絞り込まれます</translation>
    </message>
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
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln 件のコード</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>すべてのコード</translation>
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
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>3 桁の基本応答 (550) または拡張ステータスコード (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>これらのフィルターに一致するコードはありません。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>左(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>右(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>入れ替え(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>2 つのコードを入れ替えます (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>左のコード</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>右のコード</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>コードの詳細</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>左の一覧からコードを選ぶか、検索欄 (Ctrl+F) にコードを入力すると、その意味を確認できます。</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D で現在のコードを別のコードと比較できます。</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>不明なコード %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>カタログにコード「%1」はありません。近いコードは次のとおりです:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>コードを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>現在のコードを別のコードと比較 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>入れ替え(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>比較中の 2 つのコードを入れ替え (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>現在のコードの詳細を表示 (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 応答コードと拡張ステータスコードのオフラインリファレンスです。&lt;/p&gt;&lt;p&gt;情報は RFC 5321、RFC 3463、IANA の SMTP 拡張ステータスコードレジストリ、およびそれらが引用する RFC に基づいています。説明文はすべてこのプログラムのために書き下ろしたものです。&lt;/p&gt;&lt;p&gt;GNU GPL バージョン 3 またはそれ以降のバージョンの下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>解析(&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>バウンスメール、レポート、SMTP セッションの記録、ログ内のすべてのサーバー応答を解説 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>貼り付けて解析(&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>クリップボードのテキストを解析 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>バウンスメールまたはログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>保存済みのバウンスメールまたはメールログを解析 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>バウンス解析 — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>%1 と %2 の比較 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>コード %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — SMTP 応答リファレンス</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>配色(&amp;C)</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>前のコードまたは比較に戻る (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>もう一度先に進む (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>表示中のコード、比較、または解析結果をプレーンテキストとしてコピー (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>表示中の内容を Markdown としてコピー (Ctrl+Shift+C)</translation>
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
        <translation>カタログが破損しています:
%1</translation>
    </message>
</context>
</TS>
