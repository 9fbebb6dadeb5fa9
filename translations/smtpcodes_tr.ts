<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
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
        <translation>bilinmeyen kod &quot;%1&quot;; en yakın kodlar: %2</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Kod | Sınıf | Ad |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show bir kod gerektirir, örneğin: smtp-codes show 550</translation>
    </message>
    <message>
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show tek bir kod ya da &quot;550 5.7.26&quot; gibi genişletilmiş koduyla birlikte bir yanıt alır; &quot;%1&quot; bunların hiçbiri değil</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare iki kod gerektirir, örneğin: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>compare için çok fazla kod: %1</translation>
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
        <translation>SMTP Codes: SMTP yanıt kodları, genişletilmiş durum kodları ve sağlayıcıların bunlarla ne kastettiği için çevrimdışı bir başvuru kaynağı ve geri dönen ileti okuyucusu.

Komutlar:
  list                  her kayıt: kod, sınıf, ad
  show KOD              bir kayıtla ilgili her şey: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare KOD KOD       iki kayıt yan yana
  explain [YOL…]        geri dönen ileti dosyalarındaki, klasörlerdeki, Maildir&apos;lerdeki ve mbox
                        dosyalarındaki her ileti için kimin başarısız olduğu, neden ve ne yapılacağı
                        (YOL - ise ya da verilmemişse standart girdi okunur)
  search SÖZCÜKLER…     pencerenin araması: kodlar, sözcükler, sağlayıcı adları ve etiketler
  languages             arayüz dilleri

Komut verilmezse pencereyi açar; &quot;smtp-codes 550&quot; pencereyi 550 koduyla,
&quot;smtp-codes 354 551&quot; ikisinin karşılaştırmasıyla, &quot;smtp-codes --analyze DOSYA&quot; ise
DOSYA&apos;nın çözümlemesiyle açar.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Çıktı biçimi: text (varsayılan), json, markdown; explain için jsonl.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>biçim</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Arayüz dili, örneğin es ya da zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list ve search: yalnızca basic, enhanced, provider ya da reason kayıtları.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list ve search: yalnızca 2xx, 3xx, 4xx ya da 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>sınıf</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search ya da languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Komutun üzerinde çalıştığı kodlar, dosyalar ya da sözcükler.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>bilinmeyen biçim &quot;%1&quot;; text, json, markdown ya da jsonl kullanın</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>bilinmeyen tür &quot;%1&quot;; basic, enhanced, provider ya da reason kullanın</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>bilinmeyen sınıf &quot;%1&quot;; 2xx, 3xx, 4xx ya da 5xx kullanın</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>komut eksik; list, show KOD, compare KOD KOD, explain DOSYA ya da search SÖZCÜKLER kullanın (bkz. --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>jsonl biçimi yalnızca explain içindir; json kullanın</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list komutu kod almaz; bir kodu görmek için şunu kullanın: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search sözcük ya da kod gerektirir, örneğin: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; bir komut değil, bir koddur; şunu kullanın: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>bilinmeyen komut &quot;%1&quot;; list, show, compare, explain, search ya da languages kullanın (bkz. --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standart girdi</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: %1 içinde çözümlenecek ileti yok</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Teslim durumu bildirimi</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Geri dönen ileti</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Gecikme uyarısı</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Otomatik yanıt</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Şikâyet raporu</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP oturum dökümü</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Posta günlüğü</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Gecikti</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Aktarıldı</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Genişletildi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kodlar</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>kalıcı</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>geçici</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Alıcı belirtilmemiş</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Eylem: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Neden: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Kalıcı geri dönme: adresin kendisi hatalı</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Kalıcı geri dönme değil: adresin kendisi sorunsuz olabilir</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Kodlar: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>Şuna yanıt olarak: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Sunucu: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Sağlayıcı: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Karar veren ifade: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Asıl alıcı adresi: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Sunucu yanıtı</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Karar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln sunucu yanıtı bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln kez, ilk olarak %2. satırda</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Satır %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln yanıt daha burada listelenmiyor; tümünü &quot;smtp-codes explain --format json&quot; komutu listeler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Hiçbir şey çözümlenmedi</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln alıcı</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Bildiren: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Geri gönderilen ileti: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Konusu: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>Bu metinde ne bir alıcı ne de bir sunucu yanıtı bulundu. Bir geri dönen ileti, teslim durumu bildirimi, SMTP oturum dökümü ya da posta günlüğü satırları verin.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>%Ln iletinin özeti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln alıcı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln ileti çözümlenemedi</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Nedene göre alıcılar</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Eyleme göre alıcılar</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Listelerinizden kaldırılacak adresler</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Yok.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln alıcı daha burada listelenmiyor; tümünü &quot;smtp-codes explain --format json&quot; komutu listeler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Çözümleme iptal edildi.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>İfadeden anlaşıldığı kadarıyla bu yanıt %1 tarafından gönderilmiş.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Çözümlenecek bir şey yok: girdi boş.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>Girdi %1 MB; bir seferde en fazla %2 MB çözümlenebilir. Günlüğün geri dönen iletiyi içeren bölümünü çözümleyin.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Bu metin değil, ikili veri: NUL baytları içeriyor. Bir geri dönen iletinin, teslim raporunun, oturum dökümünün ya da posta günlüğünün metnini verin.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>&quot;%1&quot; yanıt kodu, 200 ile 559 arasında üç basamaklı bir sayı değil</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>&quot;%1&quot; genişletilmiş kodu X.1.1 biçiminde değil</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; alanının değeri &quot;%1&quot;; 2xx, 3xx, 4xx, 5xx değerlerinden biri olmalıdır</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; alanının değeri %1, ancak kod %2 ile başlıyor</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>&quot;commands&quot; alanında bilinmeyen komut: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>zorunlu &quot;%1&quot; alanı eksik</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; bir dizgi dizisi olmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; alanı boş</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; bir dizi olmalıdır</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>her örnekte &quot;server&quot; ve &quot;text&quot; bulunmalıdır</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; bir dizi olmalıdır</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>her kaynakta &quot;document&quot; bulunmalıdır</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; alanı boş</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: %2. baytta geçersiz JSON: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: en üst düzey, &quot;formatVersion&quot; ve &quot;entries&quot; alanlarını içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; bir dizi olmalıdır</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: %2. kayıt</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: zorunlu &quot;code&quot; alanı eksik</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: %2 kodu iki kez geçiyor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: kendisini ilgili kod olarak listeliyor</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: ilgili kod %2 katalogda yok</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: olağan yanıt %2, katalogdaki yanıt kodlarından biri değil</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>katalogda hiç kayıt yok</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>programda :/catalog altında katalog dosyası yok</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; değeri 2 olmalıdır</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: %2 sağlayıcısı: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: %2 sağlayıcısı iki kez geçiyor</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: olağan genişletilmiş kod %2, katalogdaki genişletilmiş kodlardan biri değil</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: standart kod %2 katalogda yok</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: %2 sağlayıcısı hiçbir katalog dosyasında tanımlanmamış</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: %2 nedeni, katalogdaki nedenlerden biri değil</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; değeri, her %3 geri dönmesinde olduğu gibi %2 olmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; bir metin olmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; boş olmayan bir metin olmalıdır</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; en az %1 sunucu yanıtı gerektirir, içinde %2 tane var</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; alanında &quot;next&quot; (%1), &quot;closes&quot; (true ya da false), &quot;actor&quot; (%2) ve &quot;bounce&quot; (%3) bulunmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; true ya da false olmalıdır</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; değeri &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; ya da &quot;reason&quot; olmalıdır</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>&quot;%1&quot; standart dışı kodu, 100 ile 599 arasında üç basamaklı bir sayı değil</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot;, %1 kodunun ilk basamağıyla eşleşmiyor</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>&quot;%1&quot; sağlayıcı yanıtı kimliği küçük harflerden, rakamlardan, &apos;.&apos; ve &apos;-&apos; karakterlerinden oluşmalı ve bir &apos;-&apos; içermelidir</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; değeri &quot;%1&quot; bir yanıt kodu değil</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; değeri &quot;%1&quot;, 5.7.26 gibi bir genişletilmiş kod değil</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; değeri 2026-12-02 gibi bir tarih olmalıdır</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>&quot;%1&quot; nedeni küçük harfli tek bir sözcük olmalıdır</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; şunlardan biri olmalıdır: %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; sağlayıcı kimliği küçük harflerden, rakamlardan, &apos;.&apos; ve &apos;-&apos; karakterlerinden oluşmalıdır</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; şunlardan biri olmalıdır: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>&quot;%1&quot; için katalog metni %2. baytta geçerli bir JSON değil: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>&quot;%1&quot; için katalog metni &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; ve &quot;entries&quot; içeren bir nesne olmalıdır</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>&quot;%1&quot; için katalog metni eksik: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, bölüm %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
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
        <translation>%1 ve %2 karşılaştırması</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 ve %2 ikisi de genişletilmiş durum kodudur; farklı durumları bildirirler.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1, %2 %3 sınıfında temel bir yanıttır; %4 ise bir yanıtı ayrıntılandıran genişletilmiş bir durum kodudur.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 ve %2 aynı komutlara yanıt verir: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 şunlara yanıt verir: %2; %3 ise şunlara: %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 ve %2 yakından ilişkili değildir: farklı durumlarda ortaya çıkarlar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 ve %2 ikisi de %3 (%4) konusuna aittir; kesin nedeni ayrıntı numarası belirtir.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1, %2 (%3) konusuna aittir; %4 ise %5 (%6) konusuna aittir.</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 çoğunlukla %2 ile birlikte gelir: temel yanıt komuta ne olduğunu, genişletilmiş kod ise nedenini söyler.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 nadiren %2 ile birlikte gelir; genellikle şunlarla gelir: %3.</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 başarıyı bildirir: istemci sonraki komutuyla devam eder.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 devamını ister: sunucu ileti verisini ya da sonraki adımı bekler.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Sunucunuz %1 alan bir iletiyi kuyruğunda tutar ve daha sonra yeniden dener.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>%1 alan bir ileti hemen geri döner: sunucunuz denemeyi bırakır ve iletiyi gönderene geri gönderir.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>hiç kimse</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>gönderen program</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>gönderen</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>gönderen tarafın posta yöneticisi</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>alıcı tarafın yöneticisi</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>alıcı</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 hiçbir şekilde geri dönme değildir.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 geçici bir geri dönmedir (soft bounce): adres sorunsuzdur ve daha sonraki bir deneme başarılı olabilir.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 kalıcı bir geri dönmedir (hard bounce): adresin kendisi reddediliyor, bu yüzden ona göndermeyi bırakın.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>%1 kodunun kalıcı geri dönme olup olmadığı genişletilmiş koduna ve metnine bağlıdır: yalnızca bilinmeyen bir adres ya da alan adı kalıcı geri dönmedir.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>İki tarafta da %1 gösteriliyor: kendisiyle karşılaştırılan bir kaydın hiçbir farkı yoktur.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 ve %2 ikisi de %3 %4 sınıfında yanıtlardır; bildirdikleri durum bakımından farklıdırlar.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1, %2 %3 sınıfında bir yanıttır; %4 ise %5 %6 sınıfında bir yanıttır.</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 ve %2 farklı durumları tanımlar; her birinin ne anlama geldiği ve ne yapılması gerektiği aşağıdadır.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Sunucunuz %1 alan bir iletiyi kuyruğunda tutar ve daha sonra yeniden dener; %2 ise iletiyi hemen geri döndürür.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 iletiyi hemen geri döndürür; sunucunuz ise %2 alan bir iletiyi kuyruğunda tutar ve daha sonra yeniden dener.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 bağlantıyı kapatır, bu yüzden sunucunuz yeniden denemek için yeniden bağlanmak zorundadır; %2 ise bağlantıyı açık bırakır.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>Bağlantı açılırken verilen %1, daha hiçbir ileti gönderilmeden sunucunuzu reddeder: çoğunlukla sunucunun IP adresi engellenmiştir.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>%1 sonrasında harekete geçmesi gereken: %2; %3 sonrasında: %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 kalıcı bir geri dönmedir (%2): bu adrese göndermeyi bırakın.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 kalıcı bir geri dönme değildir (%2): adresin kendisi sorunsuz olabilir.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Yok: %1 her iki tarafta da aynı kayıttır.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 ve %2 ilişkilidir: benzer durumlarda ortaya çıkarlar; bu yüzden onları ayırt etmek için sunucu yanıtının tam ifadesini okuyun.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Başarı</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Süregelen Geçici Hata</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Kalıcı Hata</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Diğer ya da Tanımsız Durum</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Adresleme Durumu</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Posta Kutusu Durumu</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Posta Sistemi Durumu</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Ağ ve Yönlendirme Durumu</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Posta Teslim Protokolü Durumu</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>İleti İçeriği ya da Ortam Durumu</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Güvenlik ya da İlke Durumu</translation>
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
        <translation>Şunlara yanıt verir: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Genişletilmiş durum kodu; konu: %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>bir posta kutusu sağlayıcısı</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>bir e-posta filtresi</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>bir gönderim hizmeti</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>bir engelleme listesi</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Standart bir kod değil: hiçbir RFC %1 kodunu bir SMTP yanıtı olarak tanımlamaz</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>%1 yanıtı (%2)</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Kalıcı geri dönme: adresin kendisi hatalı</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Kalıcı geri dönme değil: adresin kendisi sorunsuz olabilir</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>%1 %2 yanıt</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n sağlayıcı yanıtı daha %1 kullanıyor; bunları Sağlayıcı yanıtları filtresiyle arayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Karar: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Neden: %1. Karar: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (%2 tarihinde kontrol edildi)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Ne zaman görülür</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Nasıl düzeltilir</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Sunucu ne zaman gönderir</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>İlgili kodlar</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Genellikle birlikte gelen genişletilmiş kodlar</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Genellikle içinde geldiği temel yanıtlar</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Temel farklar</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Hangisi ne zaman kullanılır</translation>
    </message>
    <message>
        <source>Example replies</source>
        <translation>Örnek yanıtlar</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Sağlayıcıların bununla kastettiği</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Bunun yerine kullanılacak standart kodlar</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Gönderen ne yapmalı</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Posta yöneticisi ne yapmalı</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Tanıma ölçütleri</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Buna yol açan kodlar</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Geri dönen iletilerde buna yol açan ifadeler</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Bu nedeni taşıyan sağlayıcı yanıtları</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Birlikte ne anlama gelirler</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>bağlantının açılması</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>ileti verisinin sonu</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
        <translation>Tipik ifade</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>bilinmeyen dil &quot;%1&quot;; kullanılabilir diller: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>&quot;%1&quot; çevirisi programda yok</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ile tanınan yanıtlar</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 (%2 ile)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Ne yapılmalı: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 okunamıyor: böyle bir dosya ya da klasör yok</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Olumlu Tamamlanma</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Olumlu Ara</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Geçici Olumsuz</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Kalıcı Olumsuz</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Bilinmeyen sınıf</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) ile birlikte %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 standart bir yanıt kodu değil; ilk basamağına göre %2 %3 sınıfında bir yanıttır.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 IANA kayıt defterinde yok ve konusu olan %2 de tanımlı değil; yalnızca sınıfı olan %3 (%4) bir anlam taşır.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 IANA kayıt defterinde yok: %4 (%5) sınıfındaki %2 (%3) konusunun sağlayıcıya özgü bir ayrıntısıdır.</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>İki kod çelişiyor: %1, %2 sınıfında bir yanıttır, ancak %3 kodunun sınıfı %4 (%5); istemcinin ne yapacağını temel yanıt belirler.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>%1 aşamasında bu yanıtın anlamı: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Adresi listelerinizden kaldırın</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Yapılacak bir şey yok</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Sürmedikçe yapılacak bir şey yok: gönderen sunucu denemeyi sürdürür</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Sürmedikçe yapılacak bir şey yok: gönderen sunucu %1 tarihine kadar denemeyi sürdürür</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Daha sonra yeniden deneyin</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Gönderim yapılandırmasını düzeltin, ardından yeniden gönderin</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>İletiyi değiştirin, ardından yeniden gönderin</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Gönderen IP&apos;nin ya da alan adının listeden çıkarılmasını isteyin</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Alıcının postmaster&apos;ına başvurun</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Çözümlenecek metin</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Çözümle</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Çözümleme</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Çözümleme ilerlemesi</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Burada gösterilemeyecek kadar uzun, %1 boyutunda bir metin çözümleniyor.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>Panoda çözümlenecek metin yok.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Geri dönen ileti çözümleyicisi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln ileti</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Buraya bir geri dönen ileti, teslim durumu bildirimi, SMTP oturum dökümü ya da posta günlüğü satırları yapıştırın veya .eml dosyaları, mbox dosyaları ya da klasörler bırakın.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Metindeki her alıcıyı ve sunucu yanıtını oku</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Alıcıları filtrele</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>&amp;Kaldırılacak adresleri kopyala</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Kalıcı olarak geri dönen, gönderim dışı listesindeki ve şikâyet eden adresleri her satıra bir adres gelecek şekilde kopyala</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Geri Dönen İletileri, Posta Kutularını ya da Günlükleri Aç</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>İletiler, posta kutuları ve günlükler (*.eml *.msg *.mbox *.mbx *.txt *.log);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Geri Dönen İletilerin Bulunduğu Bir Klasörü Aç (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Yukarıya bir geri dönen ileti yapıştırıp Çözümle&apos;ye basın ya da .eml dosyalarını, mbox dosyalarını veya bir Maildir klasörünü açın ya da buraya bırakın. Her alıcı için kimin başarısız olduğunu, nedenini, kalıcı bir geri dönme olup olmadığını ve ne yapılacağını; ardından her sunucu yanıtını temel ve genişletilmiş koduyla birlikte okursunuz.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>İletilerin kaynağı: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tüm sınıflar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Sınıf filtresi</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kodlar</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>&quot;%1&quot; ile eşleşen kod yok.
Daha kısa bir metin, başka bir sözcük ya da &quot;Tüm sınıflar&quot; filtresini deneyin.</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Temel yanıtlar</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Genişletilmiş kodlar</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Tür filtresi</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Bu filtrelerle eşleşen kod yok.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>%1 kodunu &amp;göster</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Başka bir kodla karşılaştır…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Kodlarda, adlarda ve metinde ara</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Bir kod (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), bir sağlayıcı etiketi (&quot;TSS04&quot;), bir sözcük (&quot;%1&quot;) ya da birkaçını yazın; liste siz yazdıkça güncellenir</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Tüm kayıtlar</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Sağlayıcı yanıtları</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Geri dönme nedenleri</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Üç basamaklı temel yanıtlar (550), genişletilmiş durum kodları (5.1.1), sağlayıcıların yanıtlarıyla ne kastettiği ya da geri dönen iletilerin bildirdiği nedenler</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Karşılaştırma</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>İki kodu karşılaştırın</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Kodları yan yana okumak için her iki taraftan birer kod seçin.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Birinci:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>İ&amp;kinci:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Birinci kod</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>İkinci kod</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Kod ayrıntıları</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Bilinmeyen kod %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Katalogda &quot;%1&quot; kodu yok. En yakın kodlar:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Ne anlama geldiğini okumak için soldan bir kod seçin ya da arama alanına yazın: bir yanıt (550), bir genişletilmiş kod (5.7.26), ikisi birlikte (550 5.7.26), bir sağlayıcı etiketi (TSS04) ya da bir sözcük.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>Karşılaştır… iki kodu yan yana koyar; Çözümle… bir geri dönen iletiyi okur ve kimin başarısız olduğunu, nedenini ve ne yapılacağını söyler.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Karşılaştır…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Yer değiştir</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>SMTP Codes &amp;Hakkında</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Bilinmeyen kod %1; bunun yerine en yakın kodlar listeleniyor.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>SMTP Codes Hakkında</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>Çö&amp;zümle…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Sistemi izle</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Me&amp;tin olarak kopyala</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>&amp;Markdown olarak kopyala</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Yazdı&amp;r…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Markdown olarak kopyalandı.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Metin olarak kopyalandı.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF Olarak Dışa Aktar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>Başvuru metni İngilizce gösteriliyor: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP yanıt kodları, genişletilmiş durum kodları ve posta sağlayıcılarının bunlarla ne kastettiği için çevrimdışı bir başvuru kaynağı; bir geri dönen ileti okuyucusuyla birlikte.&lt;/p&gt;&lt;p&gt;Bilgiler RFC 5321, RFC 3463, IANA SMTP Enhanced Status Codes kayıt defteri, bunların atıfta bulunduğu RFC&apos;ler, posta sunucularının kaynak kodları ve sağlayıcıların kendi belgelerinden gelir; her açıklama bu program için yazılmıştır.&lt;/p&gt;&lt;p&gt;GNU GPL sürüm 3 ya da sonraki bir sürüm altında lisanslanmıştır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>&amp;Renkler</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Yapıştır ve çözümle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Klasör aç…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Önceki sayfaya dön</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Yeniden ileri git</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Kodlarda ara</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Gösterileni düz metin olarak kopyala</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Gösterileni Markdown olarak kopyala</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Geçerli kodu başka bir kodla karşılaştır</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Karşılaştırılan iki kodun yerini değiştir</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Geçerli kodun sayfasını göster</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Bir geri dönen iletiyi oku: kim başarısız oldu, neden ve ne yapılmalı</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Panodaki metni çözümle</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Kaydedilmiş geri dönen iletileri, posta kutularını ya da günlükleri çözümle</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Bir klasördeki, örneğin bir Maildir içindeki her iletiyi çözümle</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye Kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: katalog bozuk: %1</translation>
    </message>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>The catalog is damaged:
%1</source>
        <translation>Katalog bozuk:
%1</translation>
    </message>
</context>
</TS>
