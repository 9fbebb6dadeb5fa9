<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>文本大小为 %1 MB，最多只能分析 %2 MB。请只分析日志中包含退信的部分。</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>这是二进制数据而不是文本：其中包含 NUL 字节。请粘贴或打开退信、投递报告、SMTP 会话记录或邮件日志的文本。</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>此文本不是有效的 UTF-8。请将其另存为 UTF-8（或纯 ASCII）后重试。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>中间：服务器正在等待后续输入</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>暂时性：请稍后重试</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>永久性：请勿原样重试</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1（%2）附带 %3（%4）：%5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 不是标准响应码；根据其首位数字，它属于 %2 %3 响应。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 不在 IANA 注册表中，其主题 %2 也未定义；只有其类别 %3（%4）具有意义。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 不在 IANA 注册表中：它是类别 %4（%5）中主题 %2（%3）下由服务商自定义的详情代码。</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>两个代码不一致：%1 是 %2 响应，但 %3 的类别为 %4（%5）；客户端如何处理由基本响应决定。</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>从措辞来看，此响应来自 %1。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>解决方法：请阅读服务器返回的文本了解原因，并将该邮件视为“%1”。</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>未进行分析</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>找到 %Ln 条服务器响应</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>此文本中未找到 SMTP 响应。请粘贴退信、投递状态通知（DSN）、SMTP 会话记录或邮件日志行。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>服务器响应</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1：%Ln 次，首次出现在第 %2 行；%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>另有 %Ln 条响应未在此列出；使用 &quot;smtp-codes explain --format json&quot; 可列出全部响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; 必须是 &quot;reply&quot; 或 &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>响应码 &quot;%1&quot; 不是 200 到 559 之间的三位数字</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>增强状态码 &quot;%1&quot; 不符合 X.1.1 格式</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; 的值为 &quot;%1&quot;，不是 2xx、3xx、4xx、5xx 之一</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; 为 %1，但代码以 %2 开头</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>&quot;commands&quot; 中包含未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>缺少必填字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; 必须是按语言提供文本的对象，例如 {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 在语言 &quot;%2&quot; 下的值为空或不是文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; 缺少英语（&quot;en&quot;）文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; 必须是字符串数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; 为空</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; 必须是数组</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>每个示例都需要 &quot;server&quot; 和 &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; 至少需要两条服务器响应，当前只有 %1 条</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; 必须是数组</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>每条参考文献都需要 &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; 为空</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1：顶层必须是包含 &quot;formatVersion&quot; 和 &quot;entries&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1：&quot;formatVersion&quot; 必须为 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1：&quot;entries&quot; 必须是数组</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1：第 %2 个条目</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1：缺少必填字段 &quot;code&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1：代码 %2 重复出现</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1：将自身列为相关代码</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1：相关代码 %2 不在代码目录中</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1：常见响应 %2 不是代码目录中的响应码</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>代码目录中没有条目</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>程序中的 :/catalog 下没有代码目录文件</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1 第 %2 节</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <translation>未知代码 &quot;%1&quot;；最接近的代码：%2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>输出格式：text（默认）、json 或 markdown。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>界面语言，例如 es 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>命令要处理的代码。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>未知格式 &quot;%1&quot;；请使用 text、json 或 markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list 不接受代码；要查看某个代码，请使用：smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| 代码 | 类别 | 名称 |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show 需要一个代码，例如：smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare 需要两个代码，例如：smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>%1 的代码过多：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; 是代码而不是命令；请使用：smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list、show、compare 或 explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>缺少命令；请使用 list、show CODE、compare CODE CODE 或 explain FILE（参见 --help）</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain 只接受一个文件（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>未知命令 &quot;%1&quot;；请使用 list、show、compare 或 explain（参见 --help）</translation>
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
        <translation>SMTP Codes：SMTP 响应码和增强状态码的离线参考手册。

命令：
  list                  列出所有代码及其类别和名称
  show CODE             显示某个代码的全部信息（550、5.1.1）
  compare CODE CODE     并排比较两个代码
  explain [FILE|-]      解释退信、DSN、会话记录或日志中的每条服务器响应
                        （FILE 为 - 或省略时读取标准输入）

不带命令时打开主窗口；&quot;smtp-codes 550&quot; 打开并显示 550，
&quot;smtp-codes 354 551&quot; 显示两者的比较，&quot;smtp-codes --analyze FILE&quot;
显示 FILE 的分析结果。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Comparison</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a code and its name in parentheses: 354 (Start Mail Input)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>title of a comparison of two codes</comment>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>两侧都是 %1：同一代码与自身比较没有任何差异。</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 和 %2 都是增强状态码，但报告的是不同的情况。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 是 %2 %3 基本响应，而 %4 是对响应进行细化的增强状态码。</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 和 %2 都是 %3 %4 响应，区别在于所报告的情况不同。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 是 %2 %3 响应，而 %4 是 %5 %6 响应。</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>无：两侧是同一个代码 %1。</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 和 %2 响应的命令相同：%3。</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 响应 %2，而 %3 响应 %4。</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 和 %2 是相关代码：它们常出现在相似的情况下，因此请仔细阅读服务器响应的具体措辞来区分它们。</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 和 %2 关系不大：它们出现在不同的情况下。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 和 %2 都属于主题 %3（%4）；具体原因由详情编号区分。</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 属于主题 %2（%3），而 %4 属于主题 %5（%6）。</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 经常与 %2 一起出现：基本响应说明命令的结果，增强状态码说明原因。</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 很少与 %2 一起出现；它通常与 %3 一起出现。</translation>
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
        <translation>持续性暂时失败</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>永久失败</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>其他或未定义状态</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>寻址状态</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>邮箱状态</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>邮件系统状态</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>网络和路由状态</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>邮件投递协议状态</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>邮件内容或媒体状态</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>安全或策略状态</translation>
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
        <translation>%1 %2 响应</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>对应命令：%1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>主题 %1（%2）的增强状态码</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>出现场景</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>服务器何时发送</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>对应命令</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>响应示例</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相关代码</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>通常附带的增强状态码</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>通常携带此代码的基本响应</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主要区别</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>各自的使用场景</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>连接问候</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>邮件数据结束</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>任意命令</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>典型措辞</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>未知语言 &quot;%1&quot;；可用语言：%2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>程序中缺少 &quot;%1&quot; 的翻译</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>肯定完成</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>肯定中间</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>暂时否定</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>永久否定</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 表示成功：请求的操作已完成，客户端可以继续发送下一条命令。</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 表示可以继续：服务器已接受目前为止的命令，正在等待客户端的进一步输入。</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 是暂时性的：客户端会保留邮件，稍后在情况可能已解除时重试。</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 是永久性的：原样重复同一请求仍会失败，因此必须先修正问题。</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 和 %2 都表示成功，因此客户端无需采取任何操作。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 和 %2 都表示可以继续，并等待客户端的进一步输入。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 和 %2 都是暂时性的：客户端会保留邮件并稍后重试。</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 和 %2 都是永久性的：原样重试仍会失败，因此必须修正原因。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>在此粘贴退信、投递状态通知（DSN）、SMTP 会话记录或邮件日志行。</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>待分析文本</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>查找并解释文本中的每条服务器响应（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>分析进度</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>正在分析 %1 的文本，内容过长，无法在此显示。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>剪贴板中没有可分析的文本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>打开退信或日志</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>邮件和日志 (*.eml *.txt *.log *.msg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>退信分析器</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>在上方粘贴退信并点击“分析”，或在任意位置按 Ctrl+Shift+V 分析剪贴板内容。每条服务器响应都会列出其基本响应码、增强状态码、结论和解决方法。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与其他代码比较…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>搜索代码、名称、文本（Ctrl+F）</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>输入代码（“55”、“550”）、单词（“relay”）或多个词；列表会随输入实时更新</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码列表</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>没有与“%1”匹配的代码。
请尝试更短的文本、换一个词，或使用“所有类别”筛选。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln 个代码</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有代码</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>基本响应</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>增强状态码</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>三位数基本响应（550）或增强状态码（5.1.1）</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>没有符合这些筛选条件的代码。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>左侧(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>右侧(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>交换两个代码（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>左侧代码</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>右侧代码</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>比较两个代码</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>在两侧各选择一个代码，即可并排查看。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>代码详情</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>从左侧选择一个代码，或在搜索框（Ctrl+F）中输入代码，即可查看其含义。</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>按 Ctrl+D 可将当前代码与另一个代码进行比较。</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>代码目录中没有代码“%1”。最接近的代码有：</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>搜索代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>将当前代码与另一个代码比较（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>交换正在比较的两个代码（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>显示当前代码的详情（Ctrl+1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>关于 SMTP Codes(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>未知代码 %1；已改为列出最接近的代码。</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>关于 SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 响应码和增强状态码的离线参考手册。&lt;/p&gt;&lt;p&gt;内容依据 RFC 5321、RFC 3463、IANA SMTP 增强状态码注册表及其引用的 RFC；所有说明均为本程序专门编写。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>分析(&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>解释退信、报告、会话记录或日志中的每条服务器响应（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>粘贴并分析(&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>分析剪贴板中的文本（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>打开退信或日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>分析已保存的退信或邮件日志（Ctrl+O）</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>退信分析器 — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>%1 与 %2 的比较 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>代码 %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — SMTP 响应参考手册</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>返回上一个代码或比较（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>再次前进（Alt+Right）</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>将当前显示的代码、比较或分析结果复制为纯文本（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>将当前显示的内容复制为 Markdown（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>已复制为 Markdown。</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>已复制为文本。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: 代码目录已损坏：%1</translation>
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
        <translation>代码目录已损坏：
%1</translation>
    </message>
</context>
</TS>
