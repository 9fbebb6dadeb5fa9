<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
        <translation>알 수 없는 코드 &quot;%1&quot;입니다. 가장 가까운 코드: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| 코드 | 클래스 | 이름 |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show에는 코드가 필요합니다. 예: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show에는 코드 하나, 또는 &quot;550 5.7.26&quot;처럼 응답 코드와 확장 코드를 함께 지정해야 합니다. &quot;%1&quot;은(는) 어느 쪽도 아닙니다</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare에는 코드 두 개가 필요합니다. 예: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare에 지정한 코드가 너무 많습니다: %1</translation>
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
        <translation>SMTP Codes: SMTP 응답 코드, 확장 상태 코드, 제공업체별 의미를 담은 오프라인 참조 도구이자 반송 메일 분석기입니다.

명령:
  list                  모든 항목: 코드, 클래스, 이름
  show CODE             항목 하나의 모든 정보: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CODE CODE     두 항목을 나란히 비교
  explain [PATH…]       반송 메일 파일, 폴더, Maildir, mbox 파일의
                        모든 메시지에 대해 누가 실패했는지, 원인, 대응 방법
                        (PATH가 - 이거나 없으면 표준 입력)
  search WORDS…         창의 검색과 같음: 코드, 단어, 제공업체 이름과 태그
  languages             인터페이스 언어 목록

명령 없이 실행하면 창을 엽니다. &quot;smtp-codes 550&quot;은 550 코드를,
&quot;smtp-codes 354 551&quot;은 두 코드의 비교를, &quot;smtp-codes --analyze FILE&quot;은
FILE의 분석 결과를 표시한 상태로 창을 엽니다.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>출력 형식: text(기본값), json, markdown. explain에는 jsonl도 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>인터페이스 언어(예: es, zh_CN).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list 및 search: basic(기본 응답), enhanced(확장 코드), provider(제공업체 응답), reason(반송 원인) 중 해당 종류의 항목만 표시합니다.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list 및 search: 2xx, 3xx, 4xx, 5xx 중 해당 클래스만 표시합니다.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search, languages 중 하나</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>명령이 처리할 코드, 파일 또는 단어입니다.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. text, json, markdown, jsonl 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>알 수 없는 종류 &quot;%1&quot;입니다. basic, enhanced, provider, reason 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>알 수 없는 클래스 &quot;%1&quot;입니다. 2xx, 3xx, 4xx, 5xx 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>명령이 없습니다. list, show CODE, compare CODE CODE, explain FILE, search WORDS 중 하나를 사용하십시오(--help 참조)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>jsonl 형식은 explain 전용입니다. json을 사용하십시오</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list에는 코드를 지정할 수 없습니다. 코드 하나를 보려면 다음을 사용하십시오: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search에는 단어나 코드가 필요합니다. 예: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot;은(는) 명령이 아니라 코드입니다. 다음을 사용하십시오: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다. list, show, compare, explain, search, languages 중 하나를 사용하십시오(--help 참조)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: %1에 분석할 메시지가 없습니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>전달 상태 알림</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>반송 메일</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>전달 지연 알림</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>자동 응답</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>스팸 신고 보고서</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP 세션 기록</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>메일 로그</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>릴레이됨</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>확장됨</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>하드</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>소프트</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>수신자가 명시되지 않음</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>처리 결과: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>원인: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>하드 바운스: 주소 자체가 잘못되었습니다</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>하드 바운스 아님: 주소 자체는 문제없을 수 있습니다</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>코드: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>응답 대상: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>제공업체: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>판단 근거: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>원래 수신 주소: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>서버 응답</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>찾은 서버 응답 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln회, %2행에서 처음 나옴</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>%1행: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>여기에 표시되지 않은 응답이 %Ln개 더 있습니다. 전체 목록은 &quot;smtp-codes explain --format json&quot;으로 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>분석한 내용 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: 수신자 %Ln명</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>보고한 곳: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>반송된 메시지: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>메시지 제목: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>이 텍스트에서 수신자도 서버 응답도 찾지 못했습니다. 반송 메일, 전달 상태 알림, SMTP 세션 기록, 메일 로그 줄을 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>메시지 %Ln개 요약</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>수신자 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>메시지 %Ln개를 분석할 수 없었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>원인별 수신자</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>처리 결과별 수신자</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>목록에서 삭제할 주소</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>여기에 표시되지 않은 수신자가 %Ln명 더 있습니다. 전체 목록은 &quot;smtp-codes explain --format json&quot;으로 볼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>분석이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>문구로 보아 이 응답은 %1에서 보낸 것입니다.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>분석할 내용이 없습니다. 입력이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>입력 크기가 %1 MB입니다. 한 번에 최대 %2 MB까지 분석할 수 있습니다. 로그에서 반송 내용이 들어 있는 부분만 분석하십시오.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>텍스트가 아닌 바이너리 데이터입니다(NUL 바이트 포함). 반송 메일, 전달 보고서, 세션 기록, 메일 로그의 텍스트를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>응답 코드 &quot;%1&quot;이(가) 200에서 559 사이의 세 자리 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>확장 코드 &quot;%1&quot;이(가) X.1.1 형식이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; 값 &quot;%1&quot;은(는) 2xx, 3xx, 4xx, 5xx 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; 값은 %1이지만 코드는 %2(으)로 시작합니다</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>&quot;commands&quot;에 알 수 없는 명령 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>필수 필드 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot;은(는) 문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot;이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>모든 예시에는 &quot;server&quot;와 &quot;text&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>모든 참고 문헌에는 &quot;document&quot;가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot;가 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: %2번째 바이트에서 JSON이 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: 최상위 요소는 &quot;formatVersion&quot;과 &quot;entries&quot;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot;는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: 항목 %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: 필수 필드 &quot;code&quot;가 없습니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: 코드 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: 자기 자신을 관련 코드로 지정했습니다</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: 관련 코드 %2이(가) 카탈로그에 없습니다</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: 주로 함께 쓰이는 응답 %2이(가) 카탈로그의 응답 코드가 아닙니다</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>카탈로그에 항목이 하나도 없습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>프로그램의 :/catalog 아래에 카탈로그 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; 값은 2여야 합니다</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: 제공업체 %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: 제공업체 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: 주로 함께 쓰이는 확장 코드 %2이(가) 카탈로그의 확장 코드가 아닙니다</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: 표준 코드 %2이(가) 카탈로그에 없습니다</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: 제공업체 %2에 대한 설명이 어느 카탈로그 파일에도 없습니다</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: 원인 %2은(는) 카탈로그의 원인이 아닙니다</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: 모든 %3 반송과 마찬가지로 &quot;hardBounce&quot; 값은 %2여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot;은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot;은(는) 비어 있지 않은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot;에는 서버 응답이 최소 %1개 필요하지만 %2개만 있습니다</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot;에는 &quot;next&quot;(%1), &quot;closes&quot;(true 또는 false), &quot;actor&quot;(%2), &quot;bounce&quot;(%3)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot;은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot;는 &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot;, &quot;reason&quot; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>비표준 코드 &quot;%1&quot;이(가) 100에서 599 사이의 세 자리 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; 값이 %1의 첫 자리 숫자와 일치하지 않습니다</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>제공업체 응답 ID &quot;%1&quot;은(는) 소문자, 숫자, &apos;.&apos;, &apos;-&apos;로만 이루어져야 하며 &apos;-&apos;를 포함해야 합니다</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; 값 &quot;%1&quot;은(는) 응답 코드가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; 값 &quot;%1&quot;은(는) 5.7.26 같은 확장 코드가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot;는 2026-12-02 같은 날짜여야 합니다</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>원인 &quot;%1&quot;은(는) 소문자 단어 하나여야 합니다</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot;는 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>제공업체 ID &quot;%1&quot;은(는) 소문자, 숫자, &apos;.&apos;, &apos;-&apos;로만 이루어져야 합니다</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot;는 %1 중 하나여야 합니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>&quot;%1&quot;의 카탈로그 텍스트가 %2번째 바이트에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>&quot;%1&quot;의 카탈로그 텍스트는 &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot;, &quot;entries&quot;가 있는 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>&quot;%1&quot;의 카탈로그 텍스트가 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, 섹션 %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
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
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1과(와) %2은(는) 모두 확장 상태 코드이며, 서로 다른 상태를 알립니다.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1은(는) %2 %3 기본 응답이고, %4은(는) 응답의 의미를 구체화하는 확장 상태 코드입니다.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1과(와) %2 모두 같은 명령에 응답합니다: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1은(는) %2에 응답하고, %3은(는) %4에 응답합니다.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1과(와) %2은(는) 밀접한 관련이 없으며, 서로 다른 상황에서 나타납니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1과(와) %2 모두 주제 %3 (%4)에 속합니다. 정확한 원인은 세부 번호로 알 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1은(는) 주제 %2 (%3)에 속하고, %4은(는) 주제 %5 (%6)에 속합니다.</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1은(는) %2과(와) 함께 나오는 경우가 많습니다. 기본 응답은 명령이 어떻게 처리되었는지를, 확장 코드는 그 이유를 알려 줍니다.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1은(는) %2과(와) 함께 나오는 경우가 드물며, 주로 %3과(와) 함께 나옵니다.</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1은(는) 성공을 알립니다. 클라이언트는 다음 명령으로 진행합니다.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1은(는) 추가 입력을 요청합니다. 서버는 메시지 데이터나 다음 단계를 기다립니다.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>%1 응답을 받은 메시지는 발신 서버의 큐에 남아 나중에 재시도됩니다.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>%1 응답을 받은 메시지는 즉시 반송됩니다. 발신 서버가 전달을 포기하고 메시지를 발신자에게 돌려보냅니다.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>발신 프로그램</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>발신 측 메일 관리자</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>수신 측 관리자</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1은(는) 반송이 전혀 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1은(는) 소프트 바운스입니다. 주소에는 문제가 없으며 나중에 다시 시도하면 성공할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1은(는) 하드 바운스입니다. 주소 자체가 거부되므로 해당 주소로의 발송을 중단하십시오.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1이(가) 하드 바운스인지는 확장 코드와 텍스트에 따라 다릅니다. 알 수 없는 주소나 도메인인 경우에만 하드 바운스입니다.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>양쪽 모두 %1입니다. 자기 자신과 비교한 항목에는 차이가 없습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1과(와) %2은(는) 모두 %3 %4 응답이며, 알리는 상황이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1은(는) %2 %3 응답이고, %4은(는) %5 %6 응답입니다.</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1과(와) %2은(는) 서로 다른 상황을 나타냅니다. 각각의 의미와 대응 방법은 아래와 같습니다.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>%1 응답을 받은 메시지는 발신 서버의 큐에 남아 나중에 재시도되지만, %2 응답을 받은 메시지는 즉시 반송됩니다.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 응답을 받은 메시지는 즉시 반송되지만, %2 응답을 받은 메시지는 발신 서버의 큐에 남아 나중에 재시도됩니다.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1은(는) 연결을 닫으므로 발신 서버가 재시도하려면 다시 연결해야 합니다. %2은(는) 연결을 열어 둡니다.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>연결 수립 시점의 %1 응답은 메일을 보내기도 전에 발신 서버를 거부하는 것입니다. 대개 서버의 IP 주소가 차단된 경우입니다.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>%1 이후 조치할 주체: %2. %3 이후 조치할 주체: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1은(는) 하드 바운스(%2)입니다. 해당 주소로의 발송을 중단하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1은(는) 하드 바운스가 아닙니다(%2). 주소 자체는 문제없을 수 있습니다.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>없음: 양쪽 모두 같은 항목(%1)입니다.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1과(와) %2은(는) 관련이 있습니다. 비슷한 상황에서 나타나므로, 서버 응답의 정확한 문구를 읽고 둘을 구분하십시오.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>지속적 일시적 실패</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>영구적 실패</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>기타 또는 정의되지 않은 상태</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>주소 지정 상태</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>메일함 상태</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>메일 시스템 상태</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>네트워크 및 라우팅 상태</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>메일 전달 프로토콜 상태</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>메시지 콘텐츠 또는 미디어 상태</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>보안 또는 정책 상태</translation>
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
        <translation>응답 대상: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>주제 %1 (%2)의 확장 상태 코드</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>메일 서비스 제공업체</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>메일 필터</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>발송 서비스</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>차단 목록</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>표준 코드 아님: %1을(를) SMTP 응답으로 정의한 RFC가 없습니다</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>%2인 %1의 응답</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>하드 바운스: 주소 자체가 잘못되었습니다</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>하드 바운스 아님: 주소 자체는 문제없을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>%1 %2 응답</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%1 코드를 사용하는 제공업체 응답이 %n개 더 있습니다. &quot;제공업체 응답&quot; 필터로 검색하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>원인: %1. 판정: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (%2 확인)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>발생 상황</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>서버가 보내는 경우</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고 문헌</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>관련 코드</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>주로 함께 쓰이는 확장 코드</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>주로 이 코드를 담는 기본 응답</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>주요 차이점</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>각 코드의 사용 상황</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>응답 예시</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>제공업체별 의미</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>대신 사용할 표준 코드</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>발신자가 할 일</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>메일 관리자가 할 일</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>식별 문구</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>이 원인으로 이어지는 코드</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>이 원인으로 이어지는 반송 메일 문구</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>이 원인에 해당하는 제공업체 응답</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>함께 쓰일 때의 의미</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>연결 수립</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>메시지 데이터의 끝</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>일반적인 문구</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 사용 가능한 언어: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>프로그램에 &quot;%1&quot; 번역이 없습니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(으)로 식별되는 응답</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 응답과 %2 코드</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>대응 방법: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1을(를) 읽을 수 없습니다: 해당 파일이나 폴더가 없습니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>긍정 완료</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>긍정 중간</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>일시적 부정</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>영구적 부정</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>알 수 없는 클래스</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) 응답과 %3 (%4) 코드: %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1은(는) 표준 응답 코드가 아니지만, 첫 자리 숫자로 보아 %2 %3 응답입니다.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1은(는) IANA 레지스트리에 없으며 주제 %2도 정의되어 있지 않습니다. 의미가 있는 것은 클래스 %3 (%4)뿐입니다.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1은(는) IANA 레지스트리에 없습니다. 클래스 %4 (%5), 주제 %2 (%3) 안에서 제공업체가 자체적으로 정한 세부 코드입니다.</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>두 코드가 서로 맞지 않습니다. %1은(는) %2 응답이지만 %3의 클래스는 %4 (%5)입니다. 클라이언트의 동작은 기본 응답에 따라 결정됩니다.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>%1에서 이 응답의 의미: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>목록에서 주소를 삭제하십시오</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>조치할 필요가 없습니다</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>계속되지 않는 한 조치할 필요가 없습니다. 발신 서버가 계속 재시도합니다</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>계속되지 않는 한 조치할 필요가 없습니다. 발신 서버가 %1까지 계속 재시도합니다</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>나중에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>발신 설정을 수정한 뒤 다시 보내십시오</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>메시지를 수정한 뒤 다시 보내십시오</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>발신 IP나 도메인의 등재 해제를 요청하십시오</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>수신 측 포스트마스터에게 연락하십시오</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>분석할 텍스트</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석 결과</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>분석 진행률</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>텍스트(%1)가 너무 길어 여기에 표시하지 않고 분석하는 중입니다.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>클립보드에 분석할 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>반송 메일 분석기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>메시지 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>반송 메일, 전달 상태 알림, SMTP 세션 기록, 메일 로그 줄을 여기에 붙여 넣거나, .eml 파일, mbox 파일, 폴더를 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>텍스트에 있는 모든 수신자와 서버 응답을 읽습니다</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>수신자 필터</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>삭제할 주소 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>하드 바운스, 발송 제외, 스팸 신고 주소를 한 줄에 하나씩 복사합니다</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>반송 메일, 메일함 또는 로그 열기</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>메일, 메일함, 로그 (*.eml *.msg *.mbox *.mbx *.txt *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>반송 메일 폴더(Maildir) 열기</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>위에 반송 메일을 붙여 넣고 분석을 누르거나, .eml 파일, mbox 파일, Maildir 폴더를 열거나 끌어다 놓으십시오. 수신자마다 누가 실패했는지, 원인은 무엇인지, 하드 바운스인지, 어떻게 해야 하는지를 보여 주고, 이어서 모든 서버 응답을 기본 코드 및 확장 코드와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>메시지 출처: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>클래스 필터</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드 목록</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 코드가 없습니다.
더 짧은 텍스트나 다른 단어를 입력하거나 &quot;모든 클래스&quot; 필터를 선택해 보십시오.</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>기본 응답</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>확장 코드</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>필터 조건과 일치하는 코드가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>%1 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>다른 코드와 비교(&amp;W)…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>코드, 이름, 텍스트 검색</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>코드(&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), 제공업체 태그(&quot;TSS04&quot;), 단어(&quot;%1&quot;)를 하나 이상 입력하십시오. 입력하는 대로 목록이 바뀝니다</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>모든 항목</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>제공업체 응답</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>반송 원인</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>세 자리 기본 응답(550), 확장 상태 코드(5.1.1), 제공업체가 응답으로 뜻하는 바, 반송 메일이 밝히는 원인</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>코드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>두 코드 비교</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>양쪽에서 코드를 하나씩 선택하면 나란히 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>첫 번째(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>두 번째(&amp;E):</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>첫 번째 코드</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>두 번째 코드</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>코드 상세 정보</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>알 수 없는 코드 %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>카탈로그에 &quot;%1&quot; 코드가 없습니다. 가장 가까운 코드는 다음과 같습니다:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>왼쪽에서 코드를 선택하거나 검색 필드에 입력하면 그 의미를 볼 수 있습니다. 응답 코드(550), 확장 코드(5.7.26), 둘을 함께(550 5.7.26), 제공업체 태그(TSS04), 단어를 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>비교…는 두 코드를 나란히 보여 주고, 분석…은 반송 메일을 읽어 누가 실패했는지, 원인이 무엇인지, 어떻게 해야 하는지 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>맞바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>알 수 없는 코드 %1입니다. 대신 가장 가까운 코드를 표시합니다.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>SMTP Codes 정보</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>분석(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>텍스트로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Markdown으로 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>텍스트로 복사했습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>참조 내용이 영어로 표시됩니다: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 응답 코드, 확장 상태 코드, 메일 서비스 제공업체가 응답으로 뜻하는 바를 담은 오프라인 참조 도구이며, 반송 메일 분석기를 포함합니다.&lt;/p&gt;&lt;p&gt;내용은 RFC 5321, RFC 3463, IANA SMTP Enhanced Status Codes 레지스트리, 이들이 인용하는 RFC, 메일 서버의 소스 코드, 제공업체의 자체 문서를 근거로 하며, 모든 설명은 이 프로그램을 위해 작성되었습니다.&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 또는 그 이후 버전에 따라 사용이 허가됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>색상(&amp;O)</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>붙여넣고 분석(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>이전 페이지로 돌아갑니다</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>다음 페이지로 다시 이동합니다</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>코드를 검색합니다</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>표시된 내용을 일반 텍스트로 복사합니다</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>표시된 내용을 Markdown으로 복사합니다</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>현재 코드를 다른 코드와 비교합니다</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>비교 중인 두 코드의 위치를 맞바꿉니다</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>현재 코드의 페이지를 표시합니다</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>반송 메일을 읽고 누가 실패했는지, 원인, 대응 방법을 알려 줍니다</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>클립보드의 텍스트를 분석합니다</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>저장된 반송 메일, 메일함, 로그를 분석합니다</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Maildir 같은 폴더에 있는 모든 메시지를 분석합니다</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: 카탈로그가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>카탈로그가 손상되었습니다:
%1</translation>
    </message>
</context>
</TS>
