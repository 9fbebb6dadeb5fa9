<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>El texto ocupa %1 MB; solo se pueden analizar %2 MB como máximo. Analice la parte del registro que contiene el rebote.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Son datos binarios, no texto: contienen bytes NUL. Pegue o abra el texto de un rebote, un informe de entrega, una transcripción o un registro de correo.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Este texto no es UTF-8 válido. Guárdelo como UTF-8 (o ASCII simple) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Se ha cancelado el análisis.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>intermedio: el servidor espera más datos</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>temporal: reintentar más tarde</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>permanente: no reintentar sin cambios</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) con %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 no es un código de respuesta estándar; por su primer dígito, es una respuesta %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 no figura en el registro de la IANA y su categoría %2 tampoco está definida; solo su clase %3 (%4) tiene significado.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 no figura en el registro de la IANA: es un detalle propio del proveedor dentro de la categoría %2 (%3) de la clase %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Los dos códigos no concuerdan: %1 es una respuesta %2, pero %3 tiene la clase %4 (%5); lo que hace el cliente lo determina la respuesta básica.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>La redacción indica que esta respuesta procede de %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Qué hacer: lea el texto del servidor para conocer el motivo y trate el mensaje como %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>No se ha analizado nada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln respuesta del servidor encontrada</numerusform>
            <numerusform>%Ln respuestas del servidor encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>No se ha encontrado ninguna respuesta SMTP en este texto. Pegue un mensaje de rebote, una notificación de estado de entrega, una transcripción SMTP o una línea de un registro de correo.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln vez, en la línea %2; %3</numerusform>
            <numerusform>%1: %Ln veces, la primera en la línea %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>No se muestra %Ln respuesta más; &quot;smtp-codes explain --format json&quot; las muestra todas.</numerusform>
            <numerusform>No se muestran %Ln respuestas más; &quot;smtp-codes explain --format json&quot; las muestra todas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; debe ser &quot;reply&quot; o &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>el código de respuesta &quot;%1&quot; no es un número de tres dígitos entre 200 y 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>el código extendido &quot;%1&quot; no tiene la forma X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; es &quot;%1&quot;, pero debe ser 2xx, 3xx, 4xx o 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; es %1, pero el código empieza por %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>comando desconocido &quot;%1&quot; en &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>falta el campo obligatorio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; debe ser un objeto con textos por idioma, como {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tiene un valor vacío o que no es texto para el idioma &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; no tiene texto en inglés (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>cada ejemplo necesita los campos &quot;server&quot; y &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; necesita al menos dos respuestas del servidor, pero tiene %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>cada referencia necesita el campo &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; está vacío</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: el nivel superior debe ser un objeto con &quot;formatVersion&quot; y &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; debe ser 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: entrada %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: falta el campo obligatorio &quot;code&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: el código %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: se incluye a sí mismo como relacionado</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: el código relacionado %2 no está en el catálogo</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: la respuesta habitual %2 no es un código de respuesta del catálogo</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>el catálogo no tiene entradas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>el programa no contiene archivos de catálogo en :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
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
        <translation>código desconocido &quot;%1&quot;; códigos más cercanos: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Formato de salida: text (predeterminado), json o markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Idioma de la interfaz, como es o zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Los códigos sobre los que actúa el comando.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>formato desconocido &quot;%1&quot;; use text, json o markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list no admite códigos; para ver uno, use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Código | Clase | Nombre |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show necesita un código, por ejemplo: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare necesita dos códigos, por ejemplo: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>demasiados códigos para %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; es un código, no un comando; use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare o explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>falta el comando; use list, show CODE, compare CODE CODE o explain FILE (consulte --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain admite un solo archivo (o - para la entrada estándar)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>comando desconocido &quot;%1&quot;; use list, show, compare o explain (consulte --help)</translation>
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
        <translation>SMTP Codes: referencia sin conexión de los códigos de respuesta SMTP y de los códigos de estado extendidos.

Comandos:
  list                  todos los códigos con su clase y su nombre
  show CODE             toda la información sobre un código (550, 5.1.1)
  compare CODE CODE     dos códigos uno junto al otro
  explain [FILE|-]      todas las respuestas del servidor de un rebote, una DSN,
                        una transcripción o un registro
                        (entrada estándar si FILE es - o se omite)

Sin ningún comando, abre la ventana; &quot;smtp-codes 550&quot; la abre en el 550,
&quot;smtp-codes 354 551&quot; en su comparación y &quot;smtp-codes --analyze FILE&quot; en el
análisis de FILE.</translation>
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
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Ambos lados muestran %1: un código comparado consigo mismo no tiene diferencias.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 y %2 son ambos códigos de estado extendidos; indican condiciones distintas.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 es una respuesta básica %2 (%3), mientras que %4 es un código de estado extendido que detalla una respuesta.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 y %2 son ambas respuestas %3 (%4); se diferencian en la situación que indican.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 es una respuesta %2 (%3), mientras que %4 es una respuesta %5 (%6).</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Ninguna: %1 es el mismo código en ambos lados.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 y %2 responden a los mismos comandos: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 responde a %2, mientras que %3 responde a %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 y %2 son códigos relacionados: suelen aparecer en situaciones parecidas, así que lea el texto exacto de la respuesta del servidor para distinguirlos.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 y %2 no están estrechamente relacionados: aparecen en situaciones diferentes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>Tanto %1 como %2 pertenecen a la categoría %3 (%4); el número de detalle indica la causa exacta.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 pertenece a la categoría %2 (%3), mientras que %4 pertenece a la categoría %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 suele aparecer junto con %2: la respuesta básica indica qué ha ocurrido con el comando y el código extendido, por qué.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 rara vez aparece con %2; normalmente aparece con %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Fallo transitorio persistente</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Fallo permanente</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Otro estado o estado no definido</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Estado de direccionamiento</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Estado del buzón</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Estado del sistema de correo</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Estado de red y enrutamiento</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Estado del protocolo de entrega de correo</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Estado del contenido o del tipo de medio del mensaje</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Estado de seguridad o de políticas</translation>
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
        <translation>Respuesta %1 (%2)</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Código de estado extendido de la categoría %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Cuándo lo envía un servidor</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Ejemplos de respuesta</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Códigos extendidos que suelen acompañarlo</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Respuestas básicas que suelen incluirlo</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Diferencias principales</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Cuándo usar cada uno</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>saludo de conexión</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>fin de los datos del mensaje</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>cualquier comando</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Redacción típica</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>idioma desconocido &quot;%1&quot;; disponibles: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>el programa no incluye la traducción para &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Positiva de finalización</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Positiva intermedia</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Negativa transitoria</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Negativa permanente</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Clase desconocida</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 indica éxito: la acción solicitada se ha completado y el cliente puede continuar con el siguiente comando.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 autoriza a continuar: el servidor ha aceptado el comando hasta el momento y espera más datos del cliente.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 es temporal: el cliente conserva el mensaje y lo vuelve a intentar más tarde, cuando la situación puede haberse resuelto.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 es permanente: repetir la misma solicitud sin cambios volverá a fallar, así que primero hay que corregir algo.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>Tanto %1 como %2 indican éxito, por lo que ninguno requiere acción alguna por parte del cliente.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>Tanto %1 como %2 autorizan a continuar y esperan más datos del cliente.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>Tanto %1 como %2 son temporales: el cliente conserva el mensaje y lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>Tanto %1 como %2 son permanentes: reintentar sin cambios vuelve a fallar, así que hay que corregir la causa.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Pegue aquí un mensaje de rebote, una notificación de estado de entrega, una transcripción SMTP o líneas de un registro de correo.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Texto que analizar</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalizar</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Buscar y explicar todas las respuestas del servidor del texto (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Analizando %1 de texto, demasiado largo para mostrarlo aquí.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>El portapapeles no contiene texto que analizar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Abrir un rebote o un registro</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Correo y registros (*.eml *.txt *.log *.msg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Analizador de rebotes</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Pegue un rebote arriba y pulse Analizar, o pulse Ctrl+Shift+V en cualquier lugar para analizar el portapapeles. Cada respuesta del servidor aparece con su código básico, su código extendido, un veredicto y qué hacer.</translation>
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
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Buscar códigos, nombres, texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Escriba un código (&quot;55&quot;, &quot;550&quot;), una palabra (&quot;relay&quot;) o varias; la lista se actualiza a medida que escribe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Ningún código coincide con &quot;%1&quot;.
Pruebe con un texto más corto, otra palabra o el filtro &quot;Todas las clases&quot;.</translation>
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
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Respuestas básicas</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Códigos extendidos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Respuestas básicas de tres dígitos (550) o códigos de estado extendidos (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Ningún código coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>I&amp;zquierda:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Derecha:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>In&amp;tercambiar</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Intercambiar los dos códigos (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Código de la izquierda</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Código de la derecha</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Comparar dos códigos</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Elija un código en cada lado para leerlos uno junto al otro.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Detalles del código</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Elija un código a la izquierda o escriba uno en el campo de búsqueda (Ctrl+F) para ver qué significa.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D compara el código actual con otro.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Código %1 desconocido</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>El catálogo no contiene el código &quot;%1&quot;. Los códigos más cercanos son:</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Buscar en los códigos (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Comparar el código actual con otro (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>In&amp;tercambiar</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Intercambiar los dos códigos comparados (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Mostrar los detalles del código actual (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Acerca de SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Código %1 desconocido; en su lugar se muestran los códigos más cercanos.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Acerca de SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referencia sin conexión de los códigos de respuesta SMTP y de los códigos de estado extendidos.&lt;/p&gt;&lt;p&gt;La información procede del RFC 5321, del RFC 3463, del registro de códigos de estado extendidos SMTP de la IANA y de los RFC que estos citan; todas las explicaciones se han redactado para este programa.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>Anali&amp;zar…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Explicar todas las respuestas del servidor de un rebote, un informe, una transcripción o un registro (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>&amp;Pegar y analizar</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Analizar el texto del portapapeles (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Abrir rebote o registro…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Analizar un rebote o un registro de correo guardado (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Analizador de rebotes — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Comparación de %1 y %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Código %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — referencia de respuestas SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Volver al código o a la comparación anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Adela&amp;nte</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Volver a avanzar (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Copiar como texto sin formato el código, la comparación o el análisis que se muestra (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copiar como &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Copiar en formato Markdown lo que se muestra (Ctrl+Shift+C)</translation>
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
        <translation>Atajos de &amp;teclado</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: el catálogo está dañado: %1</translation>
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
        <translation>El catálogo está dañado:
%1</translation>
    </message>
</context>
</TS>
