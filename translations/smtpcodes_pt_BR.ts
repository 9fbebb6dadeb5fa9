<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>O texto tem %1 MB; só é possível analisar até %2 MB. Analise a parte do registro que contém a mensagem devolvida.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Estes são dados binários, não texto: contêm bytes NUL. Cole ou abra o texto de uma mensagem devolvida, de um relatório de entrega, de uma transcrição ou de um registro de e-mail.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Este texto não é UTF-8 válido. Salve-o como UTF-8 (ou ASCII simples) e tente novamente.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>A análise foi cancelada.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>intermediário: o servidor aguarda mais dados</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>temporário: tentar de novo mais tarde</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>permanente: não tentar de novo sem alterações</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) com %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 não é um código de resposta padrão; pelo primeiro dígito, é uma resposta %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 não consta no registro da IANA, e a categoria %2 também não está definida; só a classe %3 (%4) tem significado.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 não consta no registro da IANA: é um detalhe específico do provedor na categoria %2 (%3) da classe %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Os dois códigos não concordam: %1 é uma resposta %2, mas %3 tem a classe %4 (%5); é a resposta básica que determina o que o cliente faz.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>O texto indica que esta resposta vem de %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>O que fazer: leia o texto do servidor para saber o motivo e trate a mensagem como %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Nada foi analisado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln resposta do servidor encontrada</numerusform>
            <numerusform>%Ln respostas do servidor encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>Nenhuma resposta SMTP foi encontrada neste texto. Cole uma mensagem devolvida, uma notificação de status de entrega, uma transcrição SMTP ou uma linha de um registro de e-mail.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Resposta do servidor</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredito: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln vez, na linha %2; %3</numerusform>
            <numerusform>%1: %Ln vezes, a primeira na linha %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Mais %Ln resposta não aparece aqui; &quot;smtp-codes explain --format json&quot; lista todas.</numerusform>
            <numerusform>Mais %Ln respostas não aparecem aqui; &quot;smtp-codes explain --format json&quot; lista todas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; deve ser &quot;reply&quot; ou &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>o código de resposta &quot;%1&quot; não é um número de três dígitos entre 200 e 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>o código estendido &quot;%1&quot; não está no formato X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; é &quot;%1&quot;, mas deve ser 2xx, 3xx, 4xx ou 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; é %1, mas o código começa com %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>comando desconhecido &quot;%1&quot; em &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>falta o campo obrigatório &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; deve ser um objeto com textos por idioma, como {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tem um valor vazio ou que não é texto para o idioma &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; não tem texto em inglês (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; deve ser uma matriz de cadeias de caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; deve ser uma matriz</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>cada exemplo precisa dos campos &quot;server&quot; e &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; precisa de pelo menos duas respostas do servidor, mas tem %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; deve ser uma matriz</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>cada referência precisa do campo &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; está vazio</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON inválido no byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: o nível superior deve ser um objeto com &quot;formatVersion&quot; e &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; deve ser 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; deve ser uma matriz</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: entrada %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: deve ser um objeto</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: falta o campo obrigatório &quot;code&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: o código %2 aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: inclui a si mesmo como relacionado</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: o código relacionado %2 não está no catálogo</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: a resposta usual %2 não é um código de resposta do catálogo</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>o catálogo não tem entradas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>o programa não contém arquivos de catálogo em :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, seção %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>código desconhecido &quot;%1&quot;; códigos mais próximos: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Formato de saída: text (padrão), json ou markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Idioma da interface, como es ou zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Os códigos sobre os quais o comando atua.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>formato desconhecido &quot;%1&quot;; use text, json ou markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list não aceita códigos; para ver um, use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Código | Classe | Nome |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show precisa de um código, por exemplo: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare precisa de dois códigos, por exemplo: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>códigos demais para %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; é um código, não um comando; use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare ou explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>comando ausente; use list, show CODE, compare CODE CODE ou explain FILE (veja --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain aceita um único arquivo (ou - para a entrada padrão)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>comando desconhecido &quot;%1&quot;; use list, show, compare ou explain (veja --help)</translation>
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
        <translation>SMTP Codes: referência dos códigos de resposta SMTP e dos códigos de status estendidos, sem necessidade de conexão.

Comandos:
  list                  todos os códigos com sua classe e seu nome
  show CODE             tudo sobre um código (550, 5.1.1)
  compare CODE CODE     dois códigos lado a lado
  explain [FILE|-]      cada resposta do servidor em uma mensagem devolvida,
                        DSN, transcrição ou registro
                        (entrada padrão quando FILE é - ou é omitido)

Sem comando, abre a janela; &quot;smtp-codes 550&quot; a abre no 550,
&quot;smtp-codes 354 551&quot; na comparação dos dois e &quot;smtp-codes --analyze FILE&quot; na
análise de FILE.</translation>
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
        <translation>%1 versus %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Os dois lados mostram %1: um código comparado consigo mesmo não tem diferenças.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 e %2 são ambos códigos de status estendidos; indicam condições diferentes.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 é uma resposta básica %2 (%3), enquanto %4 é um código de status estendido que detalha uma resposta.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 e %2 são ambas respostas %3 (%4); diferem na situação que indicam.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 é uma resposta %2 (%3), enquanto %4 é uma resposta %5 (%6).</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Nenhuma: %1 é o mesmo código nos dois lados.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 e %2 respondem aos mesmos comandos: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 responde a %2, enquanto %3 responde a %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 e %2 são códigos relacionados: costumam aparecer em situações parecidas, então leia o texto exato da resposta do servidor para diferenciá-los.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 e %2 não têm relação próxima: aparecem em situações diferentes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>Tanto %1 quanto %2 pertencem à categoria %3 (%4); o número de detalhe indica a causa exata.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 pertence à categoria %2 (%3), enquanto %4 pertence à categoria %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 costuma vir junto com %2: a resposta básica diz o que aconteceu com o comando, e o código estendido diz por quê.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 raramente vem com %2; normalmente vem com %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Falha transitória persistente</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Falha permanente</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Outro status ou status indefinido</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Status de endereçamento</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Status da caixa de correio</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Status do sistema de e-mail</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Status de rede e roteamento</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status do protocolo de entrega de e-mail</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Status do conteúdo ou do tipo de mídia da mensagem</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Status de segurança ou de política</translation>
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
        <translation>Resposta %1 (%2)</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Código de status estendido da categoria %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Quando aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Como resolver</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Quando um servidor o envia</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Exemplos de resposta</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Códigos estendidos que costumam acompanhá-lo</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Respostas básicas que costumam incluí-lo</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Principais diferenças</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Quando usar cada um</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>saudação da conexão</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>fim dos dados da mensagem</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>qualquer comando</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Redação típica</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>idioma desconhecido &quot;%1&quot;; disponíveis: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>o programa não inclui a tradução para &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Positiva de conclusão</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiva intermediária</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Negativa transitória</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Negativa permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Classe desconhecida</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 indica sucesso: a ação solicitada foi concluída e o cliente pode seguir para o próximo comando.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 autoriza a continuar: o servidor aceitou o comando até aqui e aguarda mais dados do cliente.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 é temporário: o cliente mantém a mensagem e tenta de novo mais tarde, quando a situação pode já ter se resolvido.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 é permanente: repetir a mesma solicitação sem alterações vai falhar de novo, então é preciso corrigir algo antes.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>Tanto %1 quanto %2 indicam sucesso, então nenhum deles exige ação do cliente.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>Tanto %1 quanto %2 autorizam a continuar e aguardam mais dados do cliente.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>Tanto %1 quanto %2 são temporários: o cliente mantém a mensagem e tenta de novo mais tarde.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>Tanto %1 quanto %2 são permanentes: tentar de novo sem alterações falha outra vez, então é preciso corrigir a causa.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Cole aqui uma mensagem devolvida, uma notificação de status de entrega, uma transcrição SMTP ou linhas de um registro de e-mail.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Texto a analisar</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalisar</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Encontrar e explicar cada resposta do servidor no texto (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progresso da análise</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Analisando %1 de texto, longo demais para ser exibido aqui.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>A área de transferência não contém texto para analisar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir mensagem devolvida ou registro</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>E-mails e registros (*.eml *.txt *.log *.msg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Analisador de mensagens devolvidas</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Cole uma mensagem devolvida acima e clique em Analisar, ou pressione Ctrl+Shift+V em qualquer lugar para analisar a área de transferência. Cada resposta do servidor é listada com seu código básico, seu código estendido, um veredito e o que fazer.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar com…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Pesquisar códigos, nomes, texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Digite um código (&quot;55&quot;, &quot;550&quot;), uma palavra (&quot;relay&quot;) ou várias; a lista é atualizada enquanto você digita</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas as classes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de classe</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Nenhum código corresponde a &quot;%1&quot;.
Tente um texto mais curto, outra palavra ou o filtro &quot;Todas as classes&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln código</numerusform>
            <numerusform>%Ln códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Respostas básicas</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos estendidos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Respostas básicas de três dígitos (550) ou códigos de status estendidos (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Nenhum código corresponde a estes filtros.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>Es&amp;querda:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Direita:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Trocar</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Trocar os dois códigos (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Código da esquerda</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Código da direita</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Comparar dois códigos</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Escolha um código de cada lado para lê-los lado a lado.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Detalhes do código</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Escolha um código à esquerda ou digite um no campo de pesquisa (Ctrl+F) para ver o que ele significa.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D compara o código atual com outro.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Código %1 desconhecido</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>O catálogo não contém o código &quot;%1&quot;. Os códigos mais próximos são:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Pesquisar nos códigos (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Comparar o código atual com outro (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Trocar</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Trocar os dois códigos comparados (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Mostrar os detalhes do código atual (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Sobre o SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Código %1 desconhecido; em vez dele, são listados os códigos mais próximos.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Sobre o SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referência dos códigos de resposta SMTP e dos códigos de status estendidos que funciona sem conexão.&lt;/p&gt;&lt;p&gt;As informações vêm do RFC 5321, do RFC 3463, do registro de códigos de status estendidos SMTP da IANA e dos RFCs citados por eles; todas as explicações foram escritas para este programa.&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>A&amp;nalisar…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Explicar cada resposta do servidor em uma mensagem devolvida, um relatório, uma transcrição ou um registro (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>Co&amp;lar e analisar</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Analisar o texto da área de transferência (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Abrir mensagem devolvida ou registro…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Analisar uma mensagem devolvida ou um registro de e-mail salvo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Analisador de mensagens devolvidas — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Comparação de %1 e %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Código %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — referência de respostas SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>C&amp;ores</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Voltar ao código ou à comparação anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Avançar novamente (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Copiar como texto simples o código, a comparação ou a análise exibida (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Copiar o conteúdo exibido em Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Copiado como Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Copiado como texto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 foi salvo.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: o catálogo está danificado: %1</translation>
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
        <translation>O catálogo está danificado:
%1</translation>
    </message>
</context>
</TS>
