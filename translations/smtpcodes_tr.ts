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
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The text is %1 MB; at most %2 MB can be analyzed. Analyze the part of the log that holds the bounce.</source>
        <translation>Metin %1 MB; en fazla %2 MB çözümlenebilir. Günlüğün yalnızca geri dönen iletiyi içeren kısmını çözümleyin.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Bu bir metin değil, ikili veri: NUL baytları içeriyor. Geri dönen bir iletinin, teslim raporunun, oturum dökümünün ya da posta günlüğünün metnini yapıştırın veya açın.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Bu metin geçerli bir UTF-8 metni değil. UTF-8 (ya da düz ASCII) olarak kaydedip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Çözümleme iptal edildi.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>ara yanıt: sunucu devamını bekliyor</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>geçici: daha sonra yeniden deneyin</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>kalıcı: değiştirmeden yeniden denemeyin</translation>
    </message>
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
        <translation>%1 IANA kaydında yok ve konusu olan %2 de tanımlı değil; yalnızca sınıfı olan %3 (%4) bir anlam taşır.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 IANA kaydında yok: %4 (%5) sınıfında, %2 (%3) konusuna ait, sağlayıcıya özgü bir ayrıntıdır.</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>İki kod çelişiyor: %1, %2 sınıfında bir yanıttır, ancak %3 kodunun sınıfı %4 (%5); istemcinin ne yapacağını temel yanıt belirler.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>İfadeden anlaşıldığı kadarıyla bu yanıt %1 tarafından gönderilmiş.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Ne yapılmalı: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Ne yapılmalı: nedeni öğrenmek için sunucunun metnini okuyun ve iletiyi şu karara göre ele alın: %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Hiçbir şey çözümlenmedi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>%Ln sunucu yanıtı bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>Bu metinde SMTP yanıtı bulunamadı. Geri dönen bir ileti, teslim durumu bildirimi, SMTP oturum dökümü ya da posta günlüğü satırı yapıştırın.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Satır %1: %2</translation>
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
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln kez, ilk olarak %2. satırda; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln yanıt daha burada listelenmiyor; tümünü &quot;smtp-codes explain --format json&quot; komutu listeler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; alanı &quot;reply&quot; ya da &quot;enhanced&quot; olmalıdır</translation>
    </message>
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
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot;, dillere göre metinler içeren bir nesne olmalıdır; örneğin {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; alanında &quot;%2&quot; dili için boş ya da metin olmayan bir değer var</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; alanında İngilizce (&quot;en&quot;) metin yok</translation>
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
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; en az iki sunucu yanıtı içermelidir, ancak %1 tane içeriyor</translation>
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
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; değeri 1 olmalıdır</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>bilinmeyen kod &quot;%1&quot;; en yakın kodlar: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Çıktı biçimi: text (varsayılan), json ya da markdown.</translation>
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
        <source>The codes the command works on.</source>
        <translation>Komutun işleyeceği kodlar.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>bilinmeyen biçim &quot;%1&quot;; text, json ya da markdown kullanın</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list komutu kod almaz; bir kodu görmek için şunu kullanın: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Kod | Sınıf | Ad |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show komutu bir kod gerektirir, örneğin: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare komutu iki kod gerektirir, örneğin: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>%1 komutu için fazla kod: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; bir komut değil, bir koddur; şunu kullanın: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare ya da explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>komut eksik; list, show CODE, compare CODE CODE ya da explain FILE kullanın (bkz. --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain komutu tek bir dosya alır (standart girdi için -)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>bilinmeyen komut &quot;%1&quot;; list, show, compare ya da explain kullanın (bkz. --help)</translation>
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
        <translation>SMTP Codes: SMTP yanıt kodları ve genişletilmiş durum kodları için çevrimdışı bir başvuru kaynağı.

Komutlar:
  list                  sınıfı ve adıyla birlikte tüm kodlar
  show CODE             tek bir kod hakkında her şey (550, 5.1.1)
  compare CODE CODE     iki kod yan yana
  explain [FILE|-]      geri dönen iletideki, DSN&apos;deki, oturum dökümündeki ya da
                        günlükteki tüm sunucu yanıtları
                        (FILE - ise ya da verilmemişse standart girdi)

Komut verilmezse pencere açılır; &quot;smtp-codes 550&quot; pencereyi 550 koduyla,
&quot;smtp-codes 354 551&quot; bu iki kodun karşılaştırmasıyla, &quot;smtp-codes --analyze FILE&quot;
ise FILE dosyasının çözümlemesiyle açar.</translation>
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
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>İki tarafta da %1 gösteriliyor: kendisiyle karşılaştırılan bir kodun farkı olmaz.</translation>
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
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 ve %2 ikisi de %3 %4 sınıfında yanıtlardır; bildirdikleri durum bakımından farklıdırlar.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1, %2 %3 sınıfında bir yanıttır; %4 ise %5 %6 sınıfındadır.</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Fark yok: %1 iki tarafta da aynı kod.</translation>
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
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 ve %2 ilişkili kodlardır: benzer durumlarda sıkça görülürler; bu yüzden onları ayırt etmek için sunucu yanıtının tam metnini okuyun.</translation>
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
        <source>%1 %2 response</source>
        <comment>class label and class name: 5xx Permanent Negative response</comment>
        <translation>Yanıt sınıfı: %1 %2</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Yanıt verdiği komutlar: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Genişletilmiş durum kodu; konu: %1 (%2)</translation>
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
        <source>Answers</source>
        <translation>Yanıt verdiği komutlar</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Örnek yanıtlar</translation>
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
        <source>connection greeting</source>
        <translation>bağlantı karşılaması</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>ileti verisinin sonu</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>herhangi bir komut</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
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
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 başarıyı bildirir: istenen işlem tamamlanmıştır ve istemci bir sonraki komutuyla devam edebilir.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 bir devam onayıdır: sunucu komutu şimdilik kabul etmiştir ve istemciden ek girdi bekler.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 geçicidir: istemci iletiyi saklar ve sorunun ortadan kalkmış olabileceği bir zamanda, daha sonra yeniden dener.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 kalıcıdır: aynı istek değiştirilmeden yinelenirse yine başarısız olur, bu nedenle önce bir şeyin düzeltilmesi gerekir.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 ve %2 ikisi de başarıyı bildirir; bu nedenle hiçbiri istemcinin bir şey yapmasını gerektirmez.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 ve %2 ikisi de istemciden ek girdi bekleyen devam onaylarıdır.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 ve %2 ikisi de geçicidir: istemci iletiyi saklar ve daha sonra yeniden dener.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 ve %2 ikisi de kalıcıdır: değiştirilmeden yinelenen istek yine başarısız olur, bu nedenle nedenin düzeltilmesi gerekir.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Geri dönen bir iletiyi, teslim durumu bildirimini, SMTP oturum dökümünü ya da posta günlüğü satırlarını buraya yapıştırın.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Çözümlenecek metin</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Çözümle</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Metindeki tüm sunucu yanıtlarını bul ve açıkla (Ctrl+Return)</translation>
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
        <source>Open a Bounce or Log</source>
        <translation>Geri Dönen İleti ya da Günlük Aç</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Posta ve günlükler (*.eml *.txt *.log *.msg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Geri dönen ileti çözümleyicisi</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Geri dönen bir iletiyi yukarıya yapıştırıp Çözümle düğmesine basın ya da panodaki metni çözümlemek için herhangi bir yerde Ctrl+Shift+V tuşlarına basın. Her sunucu yanıtı, temel ve genişletilmiş koduyla, kararla ve ne yapılması gerektiğiyle birlikte listelenir.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>%1 kodunu göster</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Başka bir kodla karşılaştır…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Kodlarda, adlarda ve metinlerde ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Bir kod (&quot;55&quot;, &quot;550&quot;), bir sözcük (&quot;relay&quot;) ya da birkaç sözcük yazın; liste siz yazdıkça güncellenir</translation>
    </message>
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
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kod</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tüm kodlar</translation>
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
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Üç basamaklı temel yanıtlar (550) ya da genişletilmiş durum kodları (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Bu filtrelerle eşleşen kod yok.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Sol:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>S&amp;ağ:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Yer değiştir</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>İki kodun yerini değiştir (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Sol kod</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Sağ kod</translation>
    </message>
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
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Kod ayrıntıları</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Anlamını okumak için soldan bir kod seçin ya da arama alanına (Ctrl+F) bir kod yazın.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Ctrl+D geçerli kodu başka bir kodla karşılaştırır.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Bilinmeyen kod %1</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Katalogda &quot;%1&quot; kodu yok. En yakın kodlar:</translation>
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
        <source>Search the codes (Ctrl+F)</source>
        <translation>Kodlarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Karşılaştır…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Geçerli kodu başka bir kodla karşılaştır (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Yer değiştir</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Karşılaştırılan iki kodun yerini değiştir (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Geçerli kodun ayrıntılarını göster (Ctrl+1)</translation>
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
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;SMTP yanıt kodları ve genişletilmiş durum kodları için çevrimdışı bir başvuru kaynağı.&lt;/p&gt;&lt;p&gt;Bilgiler RFC 5321, RFC 3463, IANA SMTP Genişletilmiş Durum Kodları kaydı ve bunların atıfta bulunduğu RFC&apos;lerden alınmıştır; tüm açıklamalar bu program için yazılmıştır.&lt;/p&gt;&lt;p&gt;GNU GPL sürüm 3 ya da sonraki sürümleri kapsamında lisanslanmıştır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>Çö&amp;zümle…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Geri dönen iletideki, rapordaki, oturum dökümündeki ya da günlükteki tüm sunucu yanıtlarını açıkla (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>&amp;Yapıştır ve çözümle</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Panodaki metni çözümle (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>Geri dönen ileti ya da günlük &amp;aç…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Kaydedilmiş bir geri dönen iletiyi ya da posta günlüğünü çözümle (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Geri dönen ileti çözümleyicisi — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>%1 ve %2 karşılaştırması — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Kod %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — SMTP yanıtları başvuru kaynağı</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Renkler</translation>
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
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Önceki koda ya da karşılaştırmaya geri dön (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Yeniden ileri git (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Me&amp;tin olarak kopyala</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Gösterilen kodu, karşılaştırmayı ya da çözümlemeyi düz metin olarak kopyala (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>&amp;Markdown olarak kopyala</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Gösterilen içeriği Markdown olarak kopyala (Ctrl+Shift+C)</translation>
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
        <translation>Katalog bozuk:
%1</translation>
    </message>
</context>
</TS>
