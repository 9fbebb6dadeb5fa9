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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>código desconocido &quot;%1&quot;; códigos más cercanos: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show admite un solo código, o una respuesta con su código extendido, como &quot;550 5.7.26&quot;; &quot;%1&quot; no es ninguna de las dos cosas</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare necesita dos códigos, por ejemplo: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>demasiados códigos para compare: %1</translation>
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
        <translation>SMTP Codes: referencia sin conexión de los códigos de respuesta SMTP, los códigos de estado extendidos y lo que los proveedores quieren decir con ellos, con un lector de rebotes.

Comandos:
  list                  todas las entradas: código, clase, nombre
  show CÓDIGO           todo sobre una entrada: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare CÓDIGO CÓDIGO dos entradas, una junto a la otra
  explain [RUTA…]       a quién no se pudo entregar, por qué y qué hacer, para cada mensaje de
                        archivos de rebote, carpetas, Maildirs y archivos mbox (entrada estándar
                        si RUTA es - o falta)
  search PALABRAS…      la búsqueda de la ventana: códigos, palabras, nombres de proveedores y etiquetas
  languages             los idiomas de la interfaz

Sin comando, abre la ventana; &quot;smtp-codes 550&quot; la abre en el 550,
&quot;smtp-codes 354 551&quot;, en su comparación y &quot;smtp-codes --analyze ARCHIVO&quot;, en el
análisis de ARCHIVO.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Formato de salida: text (predeterminado), json, markdown; jsonl para explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list y search: solo las entradas de tipo basic, enhanced, provider o reason.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list y search: solo 2xx, 3xx, 4xx o 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search o languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Los códigos, archivos o palabras con los que trabaja el comando.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>formato desconocido &quot;%1&quot;; use text, json, markdown o jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>tipo desconocido &quot;%1&quot;; use basic, enhanced, provider o reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>clase desconocida &quot;%1&quot;; use 2xx, 3xx, 4xx o 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>falta el comando; use list, show CÓDIGO, compare CÓDIGO CÓDIGO, explain ARCHIVO o search PALABRAS (consulte --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>el formato jsonl solo sirve para explain; use json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list no admite códigos; para ver uno, use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search necesita palabras o códigos, por ejemplo: smtp-codes search buzón lleno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; es un código, no un comando; use: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>comando desconocido &quot;%1&quot;; use list, show, compare, explain, search o languages (consulte --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: no hay ningún mensaje que analizar en %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Notificación de estado de entrega</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Aviso de retraso</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Informe de queja</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcripción SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Registro de correo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Retransmitido</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandido</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Destinatario no indicado</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Rebote permanente: la propia dirección no es válida</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>No es un rebote permanente: puede que la dirección sea correcta</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>En respuesta a: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Determinado por: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Dirigido originalmente a: %1</translation>
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
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln respuesta del servidor encontrada</numerusform>
            <numerusform>%Ln respuestas del servidor encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln vez, en la línea %2</numerusform>
            <numerusform>%1: %Ln veces, la primera en la línea %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Aquí no se muestra %Ln respuesta más; &quot;smtp-codes explain --format json&quot; las muestra todas.</numerusform>
            <numerusform>Aquí no se muestran %Ln respuestas más; &quot;smtp-codes explain --format json&quot; las muestra todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>No se ha analizado nada</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln destinatario</numerusform>
            <numerusform>%1: %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Notificado por: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Mensaje devuelto: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Asunto del mensaje devuelto: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>No se ha encontrado en este texto ningún destinatario ni ninguna respuesta del servidor. Proporcione un mensaje de rebote, una notificación de estado de entrega, una transcripción SMTP o líneas de un registro de correo.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Resumen de %Ln mensaje</numerusform>
            <numerusform>Resumen de %Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>No se ha podido analizar %Ln mensaje</numerusform>
            <numerusform>No se han podido analizar %Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Destinatarios por motivo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Destinatarios por acción</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Direcciones que eliminar de sus listas</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>Aquí no se muestra %Ln destinatario más; &quot;smtp-codes explain --format json&quot; los muestra todos.</numerusform>
            <numerusform>Aquí no se muestran %Ln destinatarios más; &quot;smtp-codes explain --format json&quot; los muestra todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Se ha cancelado el análisis.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>La redacción indica que esta respuesta procede de %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>No hay nada que analizar: la entrada está vacía.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>La entrada ocupa %1 MB y como máximo se pueden analizar %2 MB a la vez. Analice la parte del registro que contiene el rebote.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Son datos binarios, no texto: contienen bytes NUL. Proporcione el texto de un rebote, un informe de entrega, una transcripción o un registro de correo.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; debe ser 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: proveedor %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: el proveedor %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: el código extendido habitual %2 no es un código extendido del catálogo</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: el código estándar %2 no está en el catálogo</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: el proveedor %2 no se describe en ningún archivo del catálogo</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: el motivo %2 no es un motivo del catálogo</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; debe ser %2, como en todos los rebotes con el motivo %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; debe ser un texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; necesita al menos %1 respuestas de servidor, pero tiene %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; necesita &quot;next&quot; (%1), &quot;closes&quot; (true o false), &quot;actor&quot; (%2) y &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; debe ser &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; o &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>el código no estándar &quot;%1&quot; no es un número de tres dígitos entre 100 y 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; no coincide con el primer dígito de %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>el identificador de respuesta de proveedor &quot;%1&quot; solo puede contener letras minúsculas, dígitos, &apos;.&apos; y &apos;-&apos;, y debe incluir un &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>el valor &quot;%1&quot; de &quot;reply&quot; no es un código de respuesta</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>el valor &quot;%1&quot; de &quot;enhanced&quot; no es un código extendido como 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; debe ser una fecha como 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>el motivo &quot;%1&quot; debe ser una sola palabra en minúsculas</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>el identificador de proveedor &quot;%1&quot; solo puede contener letras minúsculas, dígitos, &apos;.&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; debe ser uno de estos valores: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>el texto del catálogo para &quot;%1&quot; no es JSON válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>el texto del catálogo para &quot;%1&quot; debe ser un objeto con &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; y &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>falta el texto del catálogo para &quot;%1&quot;: %2</translation>
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
        <translation>%1 frente a %2</translation>
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
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 y %2 responden a los mismos comandos: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 responde a %2, mientras que %3 responde a %4.</translation>
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
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>Con %1, la operación tiene éxito y el cliente continúa con su siguiente comando.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>Con %1, el servidor pide más: espera los datos del mensaje o el siguiente paso.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Su servidor mantiene en la cola un mensaje que recibe %1 y lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Un mensaje que recibe %1 rebota de inmediato: su servidor desiste y lo devuelve al remitente.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>el programa que envía</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>el administrador de correo del lado emisor</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>el administrador del lado receptor</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 no es ningún rebote.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 es un rebote temporal: la dirección es correcta y un intento posterior puede tener éxito.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 es un rebote permanente: se rechaza la propia dirección, así que deje de enviarle mensajes.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Que %1 sea o no un rebote permanente depende de su código extendido y de su texto: solo lo es una dirección o un dominio desconocido.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Ambos lados muestran %1: una entrada comparada consigo misma no tiene diferencias.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>Tanto %1 como %2 son respuestas %3 (%4); se diferencian en la situación que indican.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 es una respuesta %2 (%3), mientras que %4 es una respuesta %5 (%6).</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 y %2 describen situaciones distintas; a continuación se indica qué significa cada uno y qué hacer.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Su servidor mantiene en la cola un mensaje que recibe %1 y lo reintenta más tarde, mientras que con %2 el mensaje rebota de inmediato.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>Con %1, el mensaje rebota de inmediato, mientras que su servidor mantiene en la cola un mensaje que recibe %2 y lo reintenta más tarde.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 cierra la conexión, por lo que su servidor debe volver a conectarse para reintentarlo; %2 la deja abierta.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>Enviado nada más abrirse la conexión, %1 rechaza a su servidor antes de que se envíe ningún correo: lo más habitual es que la dirección IP de su servidor esté bloqueada.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Quién debe actuar después de %1: %2; después de %3: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 es un rebote permanente (%2): deje de enviar mensajes a esa dirección.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 no es un rebote permanente (%2): puede que la dirección sea correcta.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Ninguna: %1 es la misma entrada en ambos lados.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 y %2 están relacionados: aparecen en situaciones parecidas, así que lea la redacción exacta de la respuesta del servidor para distinguirlos.</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Código de estado extendido de la categoría %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>un proveedor de buzones de correo</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>un filtro de correo</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>un servicio de envío</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>una lista de bloqueo</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Código no estándar: ninguna RFC define %1 como respuesta SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Una respuesta de %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Rebote permanente: la propia dirección no es válida</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>No es un rebote permanente: puede que la dirección sea correcta</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Respuesta %1 (%2)</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>En %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>Hay %n respuesta más de un proveedor que usa %1; búsquela con el filtro &quot;Respuestas de proveedores&quot;.</numerusform>
            <numerusform>Hay %n respuestas más de proveedores que usan %1; búsquelas con el filtro &quot;Respuestas de proveedores&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Motivo: %1. Veredicto: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (consultado el %2)</translation>
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
        <source>Example replies</source>
        <translation>Respuestas de ejemplo</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Qué significa para los proveedores</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Códigos estándar que usar en su lugar</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Qué debe hacer el remitente</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Qué debe hacer el administrador de correo</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Se reconoce por</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Códigos que lo provocan</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Frases de los rebotes que lo provocan</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Respuestas de proveedores con este motivo</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Qué significan juntos</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>la apertura de la conexión</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>la finalización de los datos del mensaje</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Respuestas que se reconocen por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>no se puede leer %1: no existe el archivo o la carpeta</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 no figura en el registro de la IANA: es un detalle propio de un proveedor dentro de la categoría %2 (%3) de la clase %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Los dos códigos no concuerdan: %1 es una respuesta %2, pero %3 tiene la clase %4 (%5); lo que hace el cliente lo determina la respuesta básica.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>En %1, esta respuesta significa: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Elimine la dirección de sus listas</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>No hay que hacer nada</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>No hay que hacer nada salvo que persista: el servidor emisor sigue reintentándolo</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>No hay que hacer nada salvo que persista: el servidor emisor sigue reintentándolo hasta %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Reintente más tarde</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Corrija la configuración de envío y vuelva a enviarlo</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Modifique el mensaje y vuelva a enviarlo</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Solicite la retirada de la IP o el dominio de envío de la lista de bloqueo</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Póngase en contacto con el postmaster del destinatario</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Texto que analizar</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalizar</translation>
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
        <source>Bounce analyzer</source>
        <translation>Analizador de rebotes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Pegue aquí un mensaje de rebote, una notificación de estado de entrega, una transcripción SMTP o líneas de un registro de correo, o suelte archivos .eml, archivos mbox o carpetas.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Leer todos los destinatarios y las respuestas del servidor del texto</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Filtrar destinatarios</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>Copiar direcciones que &amp;eliminar</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Copiar las direcciones con rebote permanente, en lista de supresión o con quejas, una por línea</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Abrir rebotes, buzones o registros</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Correo, buzones y registros (*.eml *.msg *.mbox *.mbx *.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Abrir una carpeta de rebotes (un Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Pegue un rebote arriba y pulse Analizar, o abra o suelte archivos .eml, archivos mbox o una carpeta Maildir. Para cada destinatario se indica si no se le pudo entregar el mensaje, por qué, si es un rebote permanente y qué hacer; después, cada respuesta del servidor con su código básico y su código extendido.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Mensajes de: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
        <source>No code matches these filters.</source>
        <translation>Ningún código coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Mostrar %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Comparar con…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Buscar códigos, nombres, texto</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Escriba un código (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), una etiqueta de un proveedor (&quot;TSS04&quot;), una palabra (&quot;%1&quot;) o varias; la lista se actualiza mientras escribe</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Respuestas de proveedores</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Motivos de rebote</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Respuestas básicas de tres dígitos (550), códigos de estado extendidos (5.1.1), lo que los proveedores quieren decir con sus respuestas o los motivos que indican los rebotes</translation>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Primero:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Segundo:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Primer código</translation>
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
        <translation>Detalles del código</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Código %1 desconocido</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>El catálogo no contiene el código &quot;%1&quot;. Los códigos más cercanos son:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Elija un código a la izquierda o escriba uno en el campo de búsqueda para leer qué significa: una respuesta (550), un código extendido (5.7.26), ambos juntos (550 5.7.26), una etiqueta de un proveedor (TSS04) o una palabra.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>Comparar… muestra dos códigos uno junto al otro; Analizar… lee un rebote e indica a quién no se pudo entregar, por qué y qué hacer.</translation>
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
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>In&amp;tercambiar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
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
        <source>&amp;Analyze…</source>
        <translation>Anali&amp;zar…</translation>
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
        <source>&amp;Forward</source>
        <translation>Adela&amp;nte</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>La referencia se muestra en inglés: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referencia sin conexión de los códigos de respuesta SMTP, los códigos de estado extendidos y lo que los proveedores de correo quieren decir con ellos, con un lector de rebotes.&lt;/p&gt;&lt;p&gt;Los datos proceden de RFC 5321, RFC 3463, el registro SMTP Enhanced Status Codes de la IANA, las RFC que estos citan, el código fuente de los servidores de correo y la documentación de los propios proveedores; todas las explicaciones se han redactado para este programa.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Pegar y analizar</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avanzar de nuevo</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Buscar en los códigos</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Copiar lo que se muestra como texto sin formato</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Copiar lo que se muestra como Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Comparar el código actual con otro</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Intercambiar los dos códigos comparados</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Mostrar la página del código actual</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Leer un rebote: a quién no se pudo entregar, por qué y qué hacer</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Analizar el texto del portapapeles</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Analizar rebotes, buzones o registros guardados</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Analizar todos los mensajes de una carpeta, como un Maildir</translation>
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
