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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>código desconhecido &quot;%1&quot;; códigos mais próximos: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show aceita um código, ou uma resposta com seu código estendido, como &quot;550 5.7.26&quot;; &quot;%1&quot; não é nenhum dos dois</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare precisa de dois códigos, por exemplo: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>códigos demais para compare: %1</translation>
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
        <translation>SMTP Codes: uma referência offline de códigos de resposta SMTP, códigos de status estendidos e do que os provedores querem dizer com eles, com um leitor de avisos de devolução.

Comandos:
  list                  todas as entradas: código, classe, nome
  show CÓDIGO           tudo sobre uma entrada: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CÓDIGO CÓDIGO duas entradas lado a lado
  explain [CAMINHO…]    quem falhou, por que e o que fazer, para cada mensagem em arquivos de
                        devolução, pastas, Maildirs e arquivos mbox (entrada padrão quando
                        CAMINHO é - ou está ausente)
  search PALAVRAS…      a pesquisa da janela: códigos, palavras, nomes e tags de provedores
  languages             os idiomas da interface

Sem comando, abre a janela; &quot;smtp-codes 550&quot; a abre no 550,
&quot;smtp-codes 354 551&quot; na comparação dos dois e &quot;smtp-codes --analyze ARQUIVO&quot; na
análise de ARQUIVO.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Formato de saída: text (padrão), json, markdown; jsonl para explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list e search: somente entradas do tipo basic, enhanced, provider ou reason.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list e search: somente 2xx, 3xx, 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search ou languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Os códigos, arquivos ou palavras sobre os quais o comando atua.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>formato desconhecido &quot;%1&quot;; use text, json, markdown ou jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>tipo desconhecido &quot;%1&quot;; use basic, enhanced, provider ou reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>classe desconhecida &quot;%1&quot;; use 2xx, 3xx, 4xx ou 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>falta o comando; use list, show CÓDIGO, compare CÓDIGO CÓDIGO, explain ARQUIVO ou search PALAVRAS (veja --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>o formato jsonl é só para explain; use json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list não aceita códigos; para ver um, use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search precisa de palavras ou códigos, por exemplo: smtp-codes search caixa de correio cheia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; é um código, não um comando; use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>comando desconhecido &quot;%1&quot;; use list, show, compare, explain, search ou languages (veja --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: nenhuma mensagem para analisar em %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Notificação de status de entrega</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Aviso de atraso</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Relatório de reclamação</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcrição SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Log de e-mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Retransmitida</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>temporária</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Destinatário não informado</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Devolução permanente: o próprio endereço é inválido</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Não é uma devolução permanente: o endereço em si pode estar correto</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>Resposta recebida após: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provedor: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Determinado por: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Destinatário original: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln resposta do servidor encontrada</numerusform>
            <numerusform>%Ln respostas do servidor encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln vez, na linha %2</numerusform>
            <numerusform>%1: %Ln vezes, a primeira na linha %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Mais %Ln resposta não aparece aqui; &quot;smtp-codes explain --format json&quot; lista todas.</numerusform>
            <numerusform>Mais %Ln respostas não aparecem aqui; &quot;smtp-codes explain --format json&quot; lista todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Nada foi analisado</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln destinatário</numerusform>
            <numerusform>%1: %Ln destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Relatado por: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Mensagem devolvida: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>Nenhum destinatário nem resposta do servidor foi encontrado neste texto. Forneça um aviso de devolução, uma notificação de status de entrega, uma transcrição SMTP ou linhas de log de e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Resumo de %Ln mensagem</numerusform>
            <numerusform>Resumo de %Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatário</numerusform>
            <numerusform>%Ln destinatários</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>Não foi possível analisar %Ln mensagem</numerusform>
            <numerusform>Não foi possível analisar %Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Destinatários por motivo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Destinatários por ação</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Endereços a remover das suas listas</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Mais %Ln destinatário não aparece aqui; &quot;smtp-codes explain --format json&quot; lista todos.</numerusform>
            <numerusform>Mais %Ln destinatários não aparecem aqui; &quot;smtp-codes explain --format json&quot; lista todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>A análise foi cancelada.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>O texto indica que esta resposta vem de %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Não há nada para analisar: a entrada está vazia.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>A entrada tem %1 MB; é possível analisar no máximo %2 MB de uma vez. Analise a parte do log que contém a devolução.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Isto são dados binários, não texto: contêm bytes NUL. Forneça o texto de um aviso de devolução, de um relatório de entrega, de uma transcrição ou de um log de e-mail.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; deve ser 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: provedor %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: o provedor %2 aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: o código estendido usual %2 não é um código estendido do catálogo</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: o código padrão %2 não está no catálogo</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: o provedor %2 não está descrito em nenhum arquivo do catálogo</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: o motivo %2 não é um motivo do catálogo</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; deve ser %2, como em toda devolução com o motivo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; deve ser um texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; precisa de pelo menos %1 respostas de servidor, mas tem %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; precisa de &quot;next&quot; (%1), &quot;closes&quot; (true ou false), &quot;actor&quot; (%2) e &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; deve ser &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; ou &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>o código não padrão &quot;%1&quot; não é um número de três dígitos entre 100 e 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; não corresponde ao primeiro dígito de %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>o id de resposta de provedor &quot;%1&quot; deve conter apenas letras minúsculas, dígitos, &apos;.&apos; e &apos;-&apos;, com pelo menos um &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; não é um código de resposta</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; não é um código estendido como 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; deve ser uma data como 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>o motivo &quot;%1&quot; deve ser uma única palavra em minúsculas</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; deve ser um destes: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>o id de provedor &quot;%1&quot; deve conter apenas letras minúsculas, dígitos, &apos;.&apos; e &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; deve ser um destes: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>o texto do catálogo para &quot;%1&quot; não é um JSON válido no byte %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>o texto do catálogo para &quot;%1&quot; deve ser um objeto com &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; e &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>falta o texto do catálogo para &quot;%1&quot;: %2</translation>
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
        <translation>%1 versus %2</translation>
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
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 e %2 respondem aos mesmos comandos: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>O servidor envia %1 após %2, enquanto envia %3 após %4.</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>Com %1, o servidor indica sucesso: o cliente passa para o próximo comando.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>Com %1, o servidor pede mais: ele aguarda os dados da mensagem ou a próxima etapa.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Uma mensagem que recebe %1 fica na fila do seu servidor, que tenta novamente mais tarde.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Uma mensagem que recebe %1 é devolvida na hora: seu servidor desiste e a devolve ao remetente.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>o programa que envia a mensagem</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>o remetente</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>o administrador de e-mail do lado remetente</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>o administrador do lado destinatário</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 não é uma devolução.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 é uma devolução temporária: o endereço está correto e uma nova tentativa mais tarde pode funcionar.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 é uma devolução permanente: o próprio endereço é recusado, então pare de enviar para ele.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Se %1 é uma devolução permanente depende do código estendido e do texto: só é quando o endereço ou o domínio é desconhecido.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Os dois lados mostram %1: uma entrada comparada consigo mesma não tem diferenças.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 e %2 são ambas respostas %3 (%4); diferem na situação que indicam.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 é uma resposta %2 (%3), enquanto %4 é uma resposta %5 (%6).</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 e %2 descrevem situações diferentes; veja abaixo o que cada um significa e o que fazer.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Uma mensagem que recebe %1 fica na fila do seu servidor, que tenta novamente mais tarde, enquanto com %2 ela é devolvida na hora.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>Com %1, a mensagem é devolvida na hora, enquanto uma mensagem que recebe %2 fica na fila do seu servidor, que tenta novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 encerra a conexão, então seu servidor precisa se conectar de novo para tentar novamente; %2 a mantém aberta.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>Na abertura da conexão, %1 recusa o seu servidor antes de qualquer envio de mensagem: na maioria das vezes, o endereço IP dele está bloqueado.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Quem deve agir após %1: %2; após %3: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 é uma devolução permanente (%2): pare de enviar para o endereço.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 não é uma devolução permanente (%2): o endereço em si pode estar correto.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Nenhuma: %1 é a mesma entrada nos dois lados.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 e %2 são relacionados: aparecem em situações parecidas, então leia o texto exato da resposta do servidor para distingui-los.</translation>
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
        <translation>Falha temporária persistente</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Enviada após: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Código de status estendido da categoria %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>um provedor de caixas de correio</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>um filtro de e-mail</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>um serviço de envio</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>uma lista de bloqueio</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Não é um código padrão: nenhum RFC define %1 como resposta SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Uma resposta de %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Devolução permanente: o próprio endereço é inválido</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Não é uma devolução permanente: o endereço em si pode estar correto</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Resposta %1 (%2)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>Mais %n resposta de provedor usa %1; pesquise-o com o filtro Respostas de provedores.</numerusform>
            <numerusform>Mais %n respostas de provedores usam %1; pesquise-o com o filtro Respostas de provedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredito: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Motivo: %1. Veredito: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (consultado em %2)</translation>
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
        <source>Example replies</source>
        <translation>Exemplos de respostas</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>O que os provedores querem dizer com ele</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Códigos padrão a usar no lugar</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>O que o remetente deve fazer</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>O que o administrador de e-mail deve fazer</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Reconhecido por</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Códigos que levam a ele</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Frases em avisos de devolução que levam a ele</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Respostas de provedores com este motivo</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>O que significam juntos</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>a abertura da conexão</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>o fim dos dados da mensagem</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>Texto típico</translation>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Respostas reconhecidas por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 com %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>não foi possível ler %1: arquivo ou pasta inexistente</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Negativa temporária</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Negativa permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Classe desconhecida</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 não consta no registro da IANA: é um detalhamento próprio de um provedor na categoria %2 (%3), classe %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Os dois códigos não concordam: %1 é uma resposta %2, mas %3 tem a classe %4 (%5); é a resposta básica que determina o que o cliente faz.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>No contexto de %1, esta resposta significa: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Remova o endereço das suas listas</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Nada a fazer, a menos que persista: o servidor remetente continua tentando</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Nada a fazer, a menos que persista: o servidor remetente continua tentando até %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Tente novamente mais tarde</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Corrija a configuração de envio e envie novamente</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Altere a mensagem e envie novamente</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Solicite a remoção do IP ou do domínio de envio da lista de bloqueio</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Entre em contato com o postmaster do destinatário</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Texto a analisar</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalisar</translation>
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
        <source>Bounce analyzer</source>
        <translation>Analisador de devoluções</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Cole aqui um aviso de devolução, uma notificação de status de entrega, uma transcrição SMTP ou linhas de log de e-mail, ou solte arquivos .eml, arquivos mbox ou pastas.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Ler todos os destinatários e respostas do servidor no texto</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Filtrar destinatários</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>Copiar endereços a &amp;remover</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Copiar os endereços com devolução permanente, suprimidos ou com reclamação, um por linha</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Abrir avisos de devolução, caixas de correio ou logs</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>E-mails, caixas de correio e logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Abrir uma pasta de avisos de devolução (um Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Cole um aviso de devolução acima e clique em Analisar, ou abra ou solte arquivos .eml, arquivos mbox ou uma pasta Maildir. Para cada destinatário, você vê quem falhou, por que, se é uma devolução permanente e o que fazer; depois, cada resposta do servidor com seu código básico e seu código estendido.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Mensagens de: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>Nenhum código corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Mostrar %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Comparar &amp;com…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Pesquisar códigos, nomes, texto</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Digite um código (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), uma tag de provedor (&quot;TSS04&quot;), uma palavra (&quot;%1&quot;) ou várias; a lista se atualiza enquanto você digita</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas as entradas</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Respostas de provedores</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Motivos de devolução</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Respostas básicas de três dígitos (550), códigos de status estendidos (5.1.1), o que os provedores querem dizer com suas respostas ou os motivos que as devoluções indicam</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Primeiro:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Segundo:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Primeiro código</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Segundo código</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Detalhes do código</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Código %1 desconhecido</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>O catálogo não contém o código &quot;%1&quot;. Os códigos mais próximos são:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Escolha um código à esquerda ou digite um no campo de pesquisa para ler o que ele significa: uma resposta (550), um código estendido (5.7.26), os dois juntos (550 5.7.26), uma tag de provedor (TSS04) ou uma palavra.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>Comparar… coloca dois códigos lado a lado; Analisar… lê um aviso de devolução e diz quem falhou, por que e o que fazer.</translation>
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
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Trocar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
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
        <source>&amp;Analyze…</source>
        <translation>A&amp;nalisar…</translation>
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
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>A referência é exibida em inglês: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Uma referência offline de códigos de resposta SMTP, códigos de status estendidos e do que os provedores de e-mail querem dizer com eles, com um leitor de avisos de devolução.&lt;/p&gt;&lt;p&gt;As informações vêm do RFC 5321, do RFC 3463, do registro SMTP Enhanced Status Codes da IANA, dos RFCs que eles citam, do código-fonte de servidores de e-mail e da documentação dos próprios provedores; todas as explicações foram escritas para este programa.&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>C&amp;ores</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Colar e analisar</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avançar novamente</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Pesquisar nos códigos</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Copiar o conteúdo exibido como texto simples</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Copiar o conteúdo exibido como Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Comparar o código atual com outro</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Inverter os dois códigos comparados</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Mostrar a página do código atual</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Ler um aviso de devolução: quem falhou, por que e o que fazer</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Analisar o texto da área de transferência</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Analisar avisos de devolução, caixas de correio ou logs salvos</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Analisar todas as mensagens de uma pasta, como um Maildir</translation>
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
