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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>텍스트 크기가 %1MB입니다. 최대 %2MB까지만 분석할 수 있으니 로그에서 반송 내용이 담긴 부분만 분석하십시오.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>NUL 바이트가 들어 있어 텍스트가 아닌 바이너리 데이터입니다. 반송 메일, 배달 보고서, 세션 기록 또는 메일 로그의 텍스트를 붙여 넣거나 여십시오.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>이 텍스트는 올바른 UTF-8이 아닙니다. UTF-8(또는 일반 ASCII)로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>분석이 취소되었습니다.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>중간: 서버가 추가 입력을 기다림</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>일시적: 나중에 다시 시도</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>영구적: 수정하지 않고 다시 시도하지 말 것</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2), 확장 코드 %3 (%4): %5</translation>
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
        <translation>%1은(는) IANA 레지스트리에 없으며 주제 %2도 정의되어 있지 않습니다. 의미가 있는 것은 분류 %3 (%4)뿐입니다.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1은(는) IANA 레지스트리에 없습니다. 분류 %4 (%5), 주제 %2 (%3)에 속하는 제공업체 고유의 세부 코드입니다.</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>두 코드가 서로 맞지 않습니다. %1은(는) %2 응답이지만 %3의 분류는 %4 (%5)입니다. 클라이언트의 동작은 기본 응답에 따라 결정됩니다.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>문구로 보아 이 응답은 %1에서 보낸 것입니다.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>대응 방법: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>대응 방법: 서버가 보낸 텍스트에서 원인을 확인하고, 메시지를 다음 판정에 따라 처리하십시오: %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>분석한 내용 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>서버 응답 %Ln개 발견</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>이 텍스트에서 SMTP 응답을 찾지 못했습니다. 반송 메일, 배달 상태 알림(DSN), SMTP 세션 기록 또는 메일 로그 줄을 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>%1행: %2</translation>
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
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln회(처음: %2행) — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>여기에 표시되지 않은 응답이 %Ln개 더 있습니다. 전체 목록은 &quot;smtp-codes explain --format json&quot;으로 볼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; 값은 &quot;reply&quot; 또는 &quot;enhanced&quot;여야 합니다</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot;은(는) {&quot;en&quot;: &quot;…&quot;}과 같이 언어별 텍스트로 이루어진 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot;의 &quot;%2&quot; 언어 값이 비어 있거나 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot;에 영어(&quot;en&quot;) 텍스트가 없습니다</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot;에는 서버 응답이 두 개 이상 필요하지만 %1개만 있습니다</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot;은 1이어야 합니다</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, %2절</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
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
        <translation>알 수 없는 코드 &quot;%1&quot;입니다. 가장 가까운 코드: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>출력 형식: text(기본값), json 또는 markdown.</translation>
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
        <source>The codes the command works on.</source>
        <translation>명령을 적용할 코드.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. text, json 또는 markdown을 사용하십시오</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list에는 코드를 지정할 수 없습니다. 코드 하나를 보려면 다음을 사용하십시오: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| 코드 | 분류 | 이름 |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show에는 코드가 필요합니다. 예: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare에는 코드 두 개가 필요합니다. 예: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>%1에 지정한 코드가 너무 많습니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot;은(는) 명령이 아니라 코드입니다. 다음을 사용하십시오: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare 또는 explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>명령이 없습니다. list, show CODE, compare CODE CODE 또는 explain FILE을 사용하십시오(--help 참조)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain에는 파일 하나를 지정하십시오(표준 입력은 -)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다. list, show, compare 또는 explain을 사용하십시오(--help 참조)</translation>
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
        <translation>SMTP Codes: SMTP 응답 코드와 확장 상태 코드를 위한 오프라인 참조 도구입니다.

명령:
  list                  모든 코드와 각 코드의 분류 및 이름
  show CODE             코드 하나에 대한 모든 정보 (550, 5.1.1)
  compare CODE CODE     두 코드를 나란히 비교
  explain [FILE|-]      반송 메일, DSN, 세션 기록 또는 로그의 모든 서버 응답
                        (FILE이 -이거나 생략되면 표준 입력)

명령 없이 실행하면 창을 엽니다. &quot;smtp-codes 550&quot;은 550을,
&quot;smtp-codes 354 551&quot;은 두 코드의 비교를, &quot;smtp-codes --analyze FILE&quot;은
FILE의 분석 결과를 보여 주는 창을 엽니다.</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>양쪽 모두 %1입니다. 같은 코드끼리 비교하면 차이가 없습니다.</translation>
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
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1과(와) %2은(는) 모두 %3 %4 응답이지만, 알리는 상황이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1은(는) %2 %3 응답이고, %4은(는) %5 %6 응답입니다.</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>없음: 양쪽 모두 같은 코드 %1입니다.</translation>
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
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1과(와) %2은(는) 관련 코드입니다. 비슷한 상황에서 자주 나타나므로, 서버 응답의 정확한 문구를 읽고 구별하십시오.</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>지속적 일시 실패</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>영구 실패</translation>
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
        <translation>메일 배달 프로토콜 상태</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>메시지 내용 또는 미디어 상태</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>%1 %2 응답</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>응답 대상 명령: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>주제 %1 (%2)의 확장 상태 코드</translation>
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
        <source>Answers</source>
        <translation>응답 대상 명령</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>응답 예시</translation>
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
        <source>connection greeting</source>
        <translation>연결 인사말</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>메시지 데이터 끝</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>모든 명령</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
        <translation>알 수 없는 분류</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1은(는) 성공을 알립니다. 요청한 작업이 완료되었으며 클라이언트는 다음 명령을 계속 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1은(는) 계속 진행하라는 신호입니다. 서버가 지금까지의 명령을 수락했으며 클라이언트의 추가 입력을 기다립니다.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1은(는) 일시적인 오류입니다. 클라이언트는 메시지를 보관해 두었다가, 문제가 해소되었을 수 있는 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1은(는) 영구적인 오류입니다. 같은 요청을 그대로 반복하면 다시 실패하므로 먼저 문제를 바로잡아야 합니다.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1과(와) %2 모두 성공을 알리므로 클라이언트가 따로 조치할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1과(와) %2 모두 클라이언트의 추가 입력을 기다리는, 계속 진행하라는 신호입니다.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1과(와) %2 모두 일시적인 오류입니다. 클라이언트는 메시지를 보관해 두었다가 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1과(와) %2 모두 영구적인 오류입니다. 그대로 다시 시도하면 또 실패하므로 원인을 바로잡아야 합니다.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>반송 메일, 배달 상태 알림(DSN), SMTP 세션 기록 또는 메일 로그 줄을 여기에 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>분석할 텍스트</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>텍스트에서 모든 서버 응답을 찾아 설명 (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>반송 메일 또는 로그 열기</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>메일 및 로그 (*.eml *.txt *.log *.msg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>반송 메일 분석기</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>위에 반송 메일을 붙여 넣고 [분석]을 누르거나, 어디서든 Ctrl+Shift+V를 눌러 클립보드 내용을 분석하십시오. 모든 서버 응답이 기본 코드, 확장 코드, 판정, 대응 방법과 함께 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>다른 코드와 비교…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>코드, 이름, 텍스트 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>코드(&quot;55&quot;, &quot;550&quot;)나 단어(&quot;릴레이&quot;)를 하나 이상 입력하십시오. 입력하는 대로 목록이 바뀝니다</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>분류 필터</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드 목록</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 코드가 없습니다.
더 짧은 텍스트나 다른 단어를 입력하거나 &quot;모든 분류&quot; 필터를 선택해 보십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>코드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>모든 코드</translation>
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
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>세 자리 기본 응답(550) 또는 확장 상태 코드(5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>필터 조건과 일치하는 코드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>왼쪽(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>오른쪽(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>맞바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>두 코드를 서로 맞바꾸기 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>왼쪽 코드</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>오른쪽 코드</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>코드 상세 정보</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>왼쪽에서 코드를 선택하거나 검색 창(Ctrl+F)에 코드를 입력하면 그 의미를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D를 누르면 현재 코드를 다른 코드와 비교합니다.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>알 수 없는 코드 %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>카탈로그에 &quot;%1&quot; 코드가 없습니다. 가장 가까운 코드는 다음과 같습니다:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>코드 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>현재 코드를 다른 코드와 비교 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>맞바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>비교 중인 두 코드를 서로 맞바꾸기 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>현재 코드의 상세 정보 표시 (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP 응답 코드와 확장 상태 코드를 위한 오프라인 참조 도구입니다.&lt;/p&gt;&lt;p&gt;내용은 RFC 5321, RFC 3463, IANA SMTP 확장 상태 코드 레지스트리, 그리고 이들이 인용하는 RFC에 근거하며, 모든 설명은 이 프로그램을 위해 작성되었습니다.&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 또는 그 이후 버전에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>분석(&amp;A)…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>반송 메일, 보고서, 세션 기록 또는 로그에 있는 모든 서버 응답 설명 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>붙여 넣고 분석(&amp;P)</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>클립보드의 텍스트 분석 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>반송 메일 또는 로그 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>저장된 반송 메일 또는 메일 로그 분석 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>반송 메일 분석기 — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>%1과(와) %2 비교 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>코드 %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — SMTP 응답 참조 도구</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>색상(&amp;C)</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>이전 코드 또는 비교로 돌아가기 (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>다시 앞으로 이동 (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>텍스트로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>표시된 코드, 비교 또는 분석 결과를 일반 텍스트로 복사 (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>표시된 내용을 Markdown으로 복사 (Ctrl+Shift+C)</translation>
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
        <translation>카탈로그가 손상되었습니다:
%1</translation>
    </message>
</context>
</TS>
