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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>未知代码 &quot;%1&quot;；最接近的代码：%2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show 只接受一个代码，或一个响应码加其增强状态码（如 &quot;550 5.7.26&quot;）；&quot;%1&quot; 两者都不是</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare 需要两个代码，例如：smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare 的代码过多：%1</translation>
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
        <translation>SMTP Codes：离线查询 SMTP 响应码、增强状态码及各服务商对它们的解释，并附带退信分析器。

命令：
  list                  所有条目：代码、类别、名称
  show &lt;代码&gt;           某个条目的全部信息：550、5.1.1、&quot;550 5.7.26&quot;、TSS04、mailboxfull
  compare &lt;代码&gt; &lt;代码&gt; 并排比较两个条目
  explain [路径…]       针对退信文件、文件夹、Maildir 和 mbox 文件中的每封邮件，说明谁
                        投递失败、原因及如何处理（路径为 - 或省略时读取标准输入）
  search &lt;词语&gt;…        与窗口中的搜索相同：代码、词语、服务商名称和标签
  languages             界面语言

不带命令时打开窗口；&quot;smtp-codes 550&quot; 打开窗口并显示 550，
&quot;smtp-codes 354 551&quot; 显示两者的比较，&quot;smtp-codes --analyze &lt;文件&gt;&quot; 显示对该文件的分析。</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>输出格式：text（默认）、json、markdown；explain 还可使用 jsonl。</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list 和 search：只显示 basic（基本响应）、enhanced（增强状态码）、provider（服务商响应）或 reason（退信原因）条目。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list 和 search：只显示 2xx、3xx、4xx 或 5xx。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list、show、compare、explain、search 或 languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>命令要处理的代码、文件或词语。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>未知格式 &quot;%1&quot;；请使用 text、json、markdown 或 jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>未知类型 &quot;%1&quot;；请使用 basic、enhanced、provider 或 reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>未知类别 &quot;%1&quot;；请使用 2xx、3xx、4xx 或 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>缺少命令；请使用 list、show &lt;代码&gt;、compare &lt;代码&gt; &lt;代码&gt;、explain &lt;文件&gt; 或 search &lt;词语&gt;（参见 --help）</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>jsonl 格式仅适用于 explain；请使用 json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list 不接受代码；要查看某个代码，请使用：smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search 需要词语或代码，例如：smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; 是代码而不是命令；请使用：smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>未知命令 &quot;%1&quot;；请使用 list、show、compare、explain、search 或 languages（参见 --help）</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1：%2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: %1 中没有可分析的邮件</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>投递状态通知（DSN）</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>延迟投递警告</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>投诉报告</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP 会话记录</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>邮件日志</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>已中继</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>投递结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>硬退信</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>软退信</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>未注明收件人</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>投递结果：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>硬退信：地址本身有问题</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>不是硬退信：地址本身可能没有问题</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>响应对象：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>判断依据：“%1”</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>原始收件人：%1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>找到 %Ln 条服务器响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1：%Ln 次，首次出现在第 %2 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>另有 %Ln 条响应未在此列出；&quot;smtp-codes explain --format json&quot; 会列出全部响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>未进行分析</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1：%Ln 个收件人</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>报告方：%1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>被退回的邮件：%1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>邮件主题：%1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>此文本中既未找到收件人，也未找到服务器响应。请提供退信、投递状态通知（DSN）、SMTP 会话记录或邮件日志行。</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>%Ln 封邮件的汇总</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln 个收件人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln 封邮件无法分析</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>按原因统计收件人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人数</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>按投递结果统计收件人</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>应从列表中移除的地址</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>另有 %Ln 个收件人未在此列出；&quot;smtp-codes explain --format json&quot; 会列出全部收件人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>从措辞来看，此响应来自 %1。</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>没有可分析的内容：输入为空。</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>输入大小为 %1 MB，一次最多只能分析 %2 MB。请只分析日志中包含退信的部分。</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>这是二进制数据而不是文本：其中含有 NUL 字节。请提供退信、投递报告、SMTP 会话记录或邮件日志的文本。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1：&quot;formatVersion&quot; 必须为 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1：服务商 %2：%3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1：服务商 %2 重复出现</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1：常见增强状态码 %2 不是代码目录中的增强状态码</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1：标准代码 %2 不在代码目录中</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1：服务商 %2 未在任何代码目录文件中描述</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1：原因 %2 不是代码目录中的退信原因</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1：&quot;hardBounce&quot; 必须为 %2，与所有原因为 %3 的退信一致</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; 必须是文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; 必须是非空文本</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; 至少需要 %1 条服务器响应，实际只有 %2 条</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; 需要包含 &quot;next&quot;（%1）、&quot;closes&quot;（true 或 false）、&quot;actor&quot;（%2）和 &quot;bounce&quot;（%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; 必须为 &quot;reply&quot;、&quot;enhanced&quot;、&quot;nonstandard&quot;、&quot;provider&quot; 或 &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>非标准代码 &quot;%1&quot; 不是 100 到 599 之间的三位数字</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; 与 %1 的首位数字不符</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>服务商响应 ID &quot;%1&quot; 只能由小写字母、数字、&apos;.&apos; 和 &apos;-&apos; 组成，且必须包含 &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; 的值 &quot;%1&quot; 不是响应码</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; 的值 &quot;%1&quot; 不是增强状态码（如 5.7.26）</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; 必须是日期，例如 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>原因 &quot;%1&quot; 必须是一个小写单词</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; 必须是以下值之一：%1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>服务商 ID &quot;%1&quot; 只能由小写字母、数字、&apos;.&apos; 和 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; 必须是以下值之一：%1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>&quot;%1&quot; 的代码目录译文在第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>&quot;%1&quot; 的代码目录译文必须是包含 &quot;formatVersion&quot; 2、&quot;language&quot; &quot;%1&quot; 和 &quot;entries&quot; 的对象</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>缺少 &quot;%1&quot; 的代码目录译文：%2</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>a provider and the name of its reply in the code list</comment>
        <translation>%1：%2</translation>
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
        <translation>“%1”与“%2”对比</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1和 %2都是增强状态码，但报告的是不同的情况。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1是 %2 %3基本响应，而 %4是对响应进行细化的增强状态码。</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 和 %2 的响应对象相同：%3。</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 的响应对象：%2；%3 的响应对象：%4。</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 表示成功：客户端接着发送下一条命令。</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 表示需要更多内容：服务器等待邮件数据或下一步操作。</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>收到 %1 的邮件会留在您的服务器队列中，稍后重试。</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>收到 %1 的邮件会立即被退回：您的服务器放弃投递，并将邮件退还给发件人。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>发送程序</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>发件方的邮件管理员</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>收件方的管理员</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 根本不是退信。</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 是软退信：地址没有问题，稍后重试可能成功。</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 是硬退信：地址本身被拒收，请停止向该地址发送邮件。</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1 是否属于硬退信取决于其增强状态码和响应文本：只有地址或域名不存在时才是硬退信。</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>两侧显示的是同一条目：%1。条目与自身比较没有任何区别。</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1和 %2都是 %3 %4响应；区别在于它们报告的情况不同。</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1是 %2 %3响应，而 %4是 %5 %6响应。</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>“%1”和“%2”描述的是不同的情况；下面分别说明各自的含义和处理方法。</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>收到 %1 的邮件会留在您的服务器队列中稍后重试，而收到 %2 的邮件会立即被退回。</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>收到 %1 的邮件会立即被退回，而收到 %2 的邮件会留在您的服务器队列中稍后重试。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 会关闭连接，因此您的服务器必须重新连接才能重试；%2 则保持连接。</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>在建立连接时返回的 %1 表示对方在发送任何邮件之前就拒绝了您的服务器：最常见的原因是您的服务器 IP 地址被封禁。</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>收到 %1 后需要采取行动的一方：%2；收到 %3 后：%4。</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>“%1”是硬退信（%2）：请停止向该地址发送邮件。</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>“%1”不是硬退信（%2）：地址本身可能没有问题。</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>无：两侧是同一条目（%1）。</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 和 %2 相互关联：它们出现在相似的情况下，因此请根据服务器响应的具体措辞加以区分。</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>响应对象：%1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>主题 %1（%2）的增强状态码</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>邮箱服务商</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>邮件过滤服务</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>邮件发送服务</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>非标准代码：没有任何 RFC 将 %1 定义为 SMTP 响应</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>%1（%2）的响应</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>硬退信：地址本身有问题</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>不是硬退信：地址本身可能没有问题</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>%1 %2响应</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>另有 %n 条服务商响应使用 %1；可在“服务商响应”筛选条件下搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>原因：%1。结论：%2。</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1（查阅日期：%2）</translation>
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
        <source>Example replies</source>
        <translation>响应示例</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>各服务商的含义</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>应改用的标准代码</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>发件人应如何处理</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>邮件管理员应如何处理</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>识别依据</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>对应此原因的代码</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>对应此原因的退信措辞</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>属于此原因的服务商响应</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>组合起来的含义</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>建立连接</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>邮件数据结束</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>根据“%1”识别出的响应</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 附带 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>无法读取 %1：没有这个文件或文件夹</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <translation>%1 不是标准响应码；根据其首位数字，它属于 %2 %3响应。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 不在 IANA 注册表中，其主题 %2 也未定义；只有其类别 %3（%4）具有意义。</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 不在 IANA 注册表中：它是服务商自定义的详情代码，属于类别 %4（%5）下的主题 %2（%3）。</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>两个代码不一致：%1 是 %2 响应，但 %3 的类别为 %4（%5）；客户端如何处理由基本响应决定。</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>在 %1，此响应的含义是：%2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>将该地址从您的列表中移除</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>除非问题持续存在，否则无需处理：发件服务器会继续重试</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>除非问题持续存在，否则无需处理：发件服务器会继续重试，直到 %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>修正发送配置，然后重新发送</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>修改邮件，然后重新发送</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>申请将发件 IP 或域名移出黑名单</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>联系收件方的邮件管理员（postmaster）</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>待分析文本</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
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
        <source>Bounce analyzer</source>
        <translation>退信分析器</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>在此粘贴退信、投递状态通知（DSN）、SMTP 会话记录或邮件日志行，或者拖放 .eml 文件、mbox 文件或文件夹。</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>读取文本中的每个收件人和每条服务器响应</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>筛选收件人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>复制待移除的地址(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>复制硬退信、已被抑制和投诉的地址，每行一个</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>打开退信、邮箱文件或日志</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>邮件、邮箱文件和日志 (*.eml *.msg *.mbox *.mbx *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>打开退信文件夹（Maildir）</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>在上方粘贴退信并点击“分析”，或者打开或拖放 .eml 文件、mbox 文件或 Maildir 文件夹。对于每个收件人，您可以看到谁投递失败、原因、是否为硬退信以及如何处理；随后列出每条服务器响应及其基本响应码和增强状态码。</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>邮件来源：%1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>没有符合这些筛选条件的代码。</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>显示 %1(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>与其他代码比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>搜索代码、名称、文本</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>输入代码（“55”、“550”、“5.7.26”）、服务商标签（“TSS04”）、词语（“%1”）或多个词；列表会随输入实时更新</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>所有条目</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>服务商响应</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>退信原因</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>三位数的基本响应（550）、增强状态码（5.1.1）、各服务商对其响应的解释，或退信给出的原因</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个代码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>第一个(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>第二个(&amp;E)：</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>第一个代码</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>第二个代码</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>代码详情</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>代码目录中没有代码“%1”。最接近的代码有：</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>在左侧选择一个代码，或在搜索框中输入，即可查看其含义：可以是响应码（550）、增强状态码（5.7.26）、两者组合（550 5.7.26）、服务商标签（TSS04）或词语。</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>“比较…”可将两个代码并排显示；“分析…”可解读退信，说明谁投递失败、原因以及如何处理。</translation>
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
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>交换(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
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
        <source>&amp;Analyze…</source>
        <translation>分析(&amp;A)…</translation>
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
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>参考内容以英文显示：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;离线查询 SMTP 响应码、增强状态码以及各邮件服务商对它们的解释，并附带退信分析器。&lt;/p&gt;&lt;p&gt;资料来源于 RFC 5321、RFC 3463、IANA SMTP 增强状态码注册表、这些文档所引用的 RFC、邮件服务器的源代码以及各服务商自己的文档；所有解释均为本程序专门撰写。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>颜色(&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>粘贴并分析(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>返回上一页</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>前进到下一页</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>搜索代码</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>将当前显示的内容复制为纯文本</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>将当前显示的内容复制为 Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>将当前代码与另一个代码比较</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>交换所比较的两个代码</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>显示当前代码的页面</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>解读退信：谁投递失败、原因以及如何处理</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>分析剪贴板中的文本</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>分析已保存的退信、邮箱文件或日志</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>分析文件夹（如 Maildir）中的每封邮件</translation>
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
