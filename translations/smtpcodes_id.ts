<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <translation>Teks ini berukuran %1 MB, sedangkan yang dapat dianalisis paling banyak %2 MB. Analisis hanya bagian log yang memuat pesan gagal kirim.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Paste or open the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Ini data biner, bukan teks: isinya mengandung byte NUL. Tempel atau buka teks pesan gagal kirim, laporan pengiriman, transkrip, atau log surel.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8. Save it as UTF-8 (or plain ASCII) and try again.</source>
        <translation>Teks ini bukan UTF-8 yang valid. Simpan sebagai UTF-8 (atau ASCII biasa), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Analisis dibatalkan.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>intermediate: the server waits for more</source>
        <translation>lanjutan: server menunggu masukan berikutnya</translation>
    </message>
    <message>
        <source>temporary: retry later</source>
        <translation>sementara: coba lagi nanti</translation>
    </message>
    <message>
        <source>permanent: do not retry unchanged</source>
        <translation>permanen: jangan coba lagi tanpa perubahan</translation>
    </message>
    <message>
        <source>%1 (%2) with %3 (%4): %5</source>
        <comment>reply and enhanced code with their names, then what the enhanced code means</comment>
        <translation>%1 (%2) dengan %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a code, its name, what it means</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not a standard reply code; its first digit makes it a %2 %3 reply.</source>
        <translation>%1 bukan kode balasan standar; menurut digit pertamanya, kode ini termasuk balasan %2 %3.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 tidak ada dalam registri IANA, dan subjeknya, %2, juga tidak didefinisikan; hanya kelasnya, %3 (%4), yang bermakna.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider-specific detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 tidak ada dalam registri IANA: kode ini adalah rincian khusus penyedia untuk subjek %2 (%3) dalam kelas %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Kedua kode tidak selaras: %1 adalah balasan %2, tetapi %3 berkelas %4 (%5); balasan dasarlah yang menentukan tindakan klien.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Susunan katanya menunjukkan bahwa balasan ini berasal dari %1.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Yang perlu dilakukan: %1</translation>
    </message>
    <message>
        <source>What to do: read the server&apos;s text for the reason, and treat the message as %1.</source>
        <translation>Yang perlu dilakukan: baca teks dari server untuk mengetahui alasannya, lalu perlakukan pesan sebagai %1.</translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Tidak ada yang dianalisis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>title of the analysis</comment>
        <translation>
            <numerusform>Ditemukan %Ln balasan server</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMTP reply was found in this text. Paste a bounce message, a delivery status notification, an SMTP transcript or a mail log line.</source>
        <translation>Tidak ada balasan SMTP yang ditemukan dalam teks ini. Tempel pesan gagal kirim, pemberitahuan status pengiriman, transkrip SMTP, atau baris log surel.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Balasan server</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kesimpulan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2; %3</source>
        <comment>codes, how often, first line, verdict</comment>
        <translation>
            <numerusform>%1: %Ln kali, pertama kali di baris %2; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln balasan lainnya tidak dicantumkan di sini; &quot;smtp-codes explain --format json&quot; mencantumkan semuanya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot; or &quot;enhanced&quot;</source>
        <translation>&quot;kind&quot; harus &quot;reply&quot; atau &quot;enhanced&quot;</translation>
    </message>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>kode balasan &quot;%1&quot; bukan tiga digit antara 200 dan 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>kode status yang diperluas &quot;%1&quot; tidak berbentuk X.1.1</translation>
    </message>
    <message>
        <source>&quot;class&quot; is &quot;%1&quot;, not one of 2xx, 3xx, 4xx, 5xx</source>
        <translation>&quot;class&quot; bernilai &quot;%1&quot;, bukan salah satu dari 2xx, 3xx, 4xx, 5xx</translation>
    </message>
    <message>
        <source>&quot;class&quot; is %1 but the code starts with %2</source>
        <translation>&quot;class&quot; bernilai %1, tetapi kodenya diawali %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; in &quot;commands&quot;</source>
        <translation>perintah tidak dikenal &quot;%1&quot; di &quot;commands&quot;</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>bidang wajib &quot;%1&quot; tidak ada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of texts by language, such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; harus berupa objek berisi teks per bahasa, misalnya {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty or non-text value for language &quot;%2&quot;</source>
        <translation>&quot;%1&quot; memiliki nilai kosong atau bukan teks untuk bahasa &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no English (&quot;en&quot;) text</source>
        <translation>&quot;%1&quot; tidak memiliki teks bahasa Inggris (&quot;en&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; harus berupa larik string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; kosong</translation>
    </message>
    <message>
        <source>&quot;examples&quot; must be an array</source>
        <translation>&quot;examples&quot; harus berupa larik</translation>
    </message>
    <message>
        <source>every example needs a &quot;server&quot; and a &quot;text&quot;</source>
        <translation>setiap contoh memerlukan &quot;server&quot; dan &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least two server responses, it has %1</source>
        <translation>&quot;examples&quot; memerlukan setidaknya dua respons server, saat ini hanya ada %1</translation>
    </message>
    <message>
        <source>&quot;references&quot; must be an array</source>
        <translation>&quot;references&quot; harus berupa larik</translation>
    </message>
    <message>
        <source>every reference needs a &quot;document&quot;</source>
        <translation>setiap referensi memerlukan &quot;document&quot;</translation>
    </message>
    <message>
        <source>&quot;references&quot; is empty</source>
        <translation>&quot;references&quot; kosong</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON tidak valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the top level must be an object with &quot;formatVersion&quot; and &quot;entries&quot;</source>
        <translation>%1: tingkat teratas harus berupa objek dengan &quot;formatVersion&quot; dan &quot;entries&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;formatVersion&quot; must be 1</source>
        <translation>%1: &quot;formatVersion&quot; harus bernilai 1</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1: &quot;entries&quot; harus berupa larik</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1: entri %2</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: harus berupa objek</translation>
    </message>
    <message>
        <source>%1: required field &quot;code&quot; is missing</source>
        <translation>%1: bidang wajib &quot;code&quot; tidak ada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice</source>
        <translation>%1: kode %2 muncul dua kali</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: lists itself as related</source>
        <translation>%1: mencantumkan dirinya sendiri sebagai kode terkait</translation>
    </message>
    <message>
        <source>%1: related code %2 is not in the catalog</source>
        <translation>%1: kode terkait %2 tidak ada dalam katalog</translation>
    </message>
    <message>
        <source>%1: usual reply %2 is not a reply code of the catalog</source>
        <translation>%1: balasan lazim %2 bukan kode balasan dalam katalog</translation>
    </message>
    <message>
        <source>the catalog has no entries</source>
        <translation>katalog tidak memiliki entri</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>the program holds no catalog files under :/catalog</source>
        <translation>program tidak memuat berkas katalog apa pun di :/catalog</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeEntry</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, bagian %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
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
        <translation>kode tidak dikenal &quot;%1&quot;; kode terdekat: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Format keluaran: text (bawaan), json, atau markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Interface language, such as es or zh_CN.</source>
        <translation>Bahasa antarmuka, misalnya es atau zh_CN.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>The codes the command works on.</source>
        <translation>Kode yang akan diproses oleh perintah.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json or markdown</source>
        <translation>format tidak dikenal &quot;%1&quot;; gunakan text, json, atau markdown</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list tidak menerima kode; untuk melihat satu kode, gunakan: smtp-codes show %1</translation>
    </message>
    <message>
        <source>| Code | Class | Name |</source>
        <translation>| Kode | Kelas | Nama |</translation>
    </message>
    <message>
        <source>show needs a code, for example: smtp-codes show 550</source>
        <translation>show memerlukan sebuah kode, misalnya: smtp-codes show 550</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare memerlukan dua kode, misalnya: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for %1: %2</source>
        <translation>terlalu banyak kode untuk %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; adalah kode, bukan perintah; gunakan: smtp-codes show %1</translation>
    </message>
    <message>
        <source>list, show, compare or explain</source>
        <translation>list, show, compare, atau explain</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE or explain FILE (see --help)</source>
        <translation>perintah tidak diberikan; gunakan list, show CODE, compare CODE CODE, atau explain FILE (lihat --help)</translation>
    </message>
    <message>
        <source>explain takes one file (or - for standard input)</source>
        <translation>explain menerima satu berkas (atau - untuk masukan standar)</translation>
    </message>
    <message>
        <source>smtp-codes: cannot read %1: %2</source>
        <translation>smtp-codes: tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare or explain (see --help)</source>
        <translation>perintah tidak dikenal &quot;%1&quot;; gunakan list, show, compare, atau explain (lihat --help)</translation>
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
        <translation>SMTP Codes: referensi luring untuk kode balasan SMTP dan kode status yang diperluas.

Perintah:
  list                  semua kode beserta kelas dan namanya
  show CODE             semua informasi tentang satu kode (550, 5.1.1)
  compare CODE CODE     dua kode secara berdampingan
  explain [FILE|-]      setiap balasan server dalam pesan gagal kirim, DSN,
                        transkrip, atau log
                        (masukan standar jika FILE berupa - atau tidak diberikan)

Tanpa perintah, jendela program akan dibuka; &quot;smtp-codes 550&quot; membukanya pada
550, &quot;smtp-codes 354 551&quot; pada perbandingan keduanya, dan
&quot;smtp-codes --analyze FILE&quot; pada hasil analisis FILE.</translation>
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
        <translation>Perbandingan %1 dan %2</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences.</source>
        <translation>Kedua sisi menampilkan %1: kode yang dibandingkan dengan dirinya sendiri tidak memiliki perbedaan.</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 dan %2 sama-sama kode status yang diperluas; keduanya melaporkan kondisi yang berbeda.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 adalah balasan dasar %2 %3, sedangkan %4 adalah kode status yang diperluas yang memperinci suatu balasan.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 responses; they differ in the situation they report.</source>
        <translation>%1 dan %2 sama-sama respons %3 %4; keduanya berbeda dalam situasi yang dilaporkan.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 response, while %4 is a %5 %6 response.</source>
        <translation>%1 adalah respons %2 %3, sedangkan %4 adalah respons %5 %6.</translation>
    </message>
    <message>
        <source>None: %1 is the same code on both sides.</source>
        <translation>Tidak ada: %1 adalah kode yang sama di kedua sisi.</translation>
    </message>
    <message>
        <source>Both %1 and %2 answer the same commands: %3.</source>
        <translation>%1 dan %2 sama-sama menjawab perintah yang sama: %3.</translation>
    </message>
    <message>
        <source>%1 answers %2, while %3 answers %4.</source>
        <translation>%1 menjawab %2, sedangkan %3 menjawab %4.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes: they are often seen in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 dan %2 adalah kode yang berkaitan: keduanya sering muncul dalam situasi serupa, jadi bacalah kata-kata persis dalam balasan server untuk membedakannya.</translation>
    </message>
    <message>
        <source>%1 and %2 are not closely related: they come up in different situations.</source>
        <translation>%1 dan %2 tidak berkaitan erat: keduanya muncul dalam situasi yang berbeda.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a code and its name, then one sentence on when a server sends it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to subject %3 (%4); the detail number tells the exact cause.</source>
        <translation>%1 dan %2 sama-sama termasuk subjek %3 (%4); nomor rinciannya menunjukkan penyebab yang pasti.</translation>
    </message>
    <message>
        <source>%1 belongs to subject %2 (%3), while %4 belongs to subject %5 (%6).</source>
        <translation>%1 termasuk subjek %2 (%3), sedangkan %4 termasuk subjek %5 (%6).</translation>
    </message>
    <message>
        <source>%1 often comes together with %2: the basic reply says what happened to the command, the enhanced code says why.</source>
        <translation>%1 sering muncul bersama %2: balasan dasar menyatakan apa yang terjadi pada perintah, sedangkan kode status yang diperluas menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 jarang muncul bersama %2; biasanya kode ini muncul bersama %3.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EnhancedStatus</name>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Kegagalan Sementara Persisten</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Kegagalan Permanen</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Status Lain atau Tidak Terdefinisi</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Status Pengalamatan</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Status Kotak Surat</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Status Sistem Surat</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Status Jaringan dan Perutean</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status Protokol Pengiriman Surat</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Status Isi Pesan atau Media</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Status Keamanan atau Kebijakan</translation>
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
        <translation>Respons %1 %2</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Menjawab: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Kode status yang diperluas dengan subjek %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Headings</name>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Kapan kode ini muncul</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cara memperbaiki</translation>
    </message>
    <message>
        <source>When a server sends it</source>
        <translation>Kapan server mengirimnya</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Menjawab</translation>
    </message>
    <message>
        <source>Example responses</source>
        <translation>Contoh respons</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Kode terkait</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Kode status diperluas yang biasa menyertainya</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Balasan dasar yang biasa memuatnya</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Perbedaan utama</translation>
    </message>
    <message>
        <source>When to use each</source>
        <translation>Kapan menggunakan masing-masing</translation>
    </message>
    <message>
        <source>connection greeting</source>
        <translation>sapaan koneksi</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>akhir data pesan</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>perintah apa pun</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example response that is no particular server&apos;s wording</comment>
        <translation>Redaksi umum</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Languages</name>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>bahasa tidak dikenal &quot;%1&quot;; yang tersedia: %2</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; is missing from the program</source>
        <translation>terjemahan untuk &quot;%1&quot; tidak ada dalam program</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::ReplyClasses</name>
    <message>
        <source>Positive Completion</source>
        <translation>Penyelesaian Positif</translation>
    </message>
    <message>
        <source>Positive Intermediate</source>
        <translation>Lanjutan Positif</translation>
    </message>
    <message>
        <source>Transient Negative</source>
        <translation>Negatif Sementara</translation>
    </message>
    <message>
        <source>Permanent Negative</source>
        <translation>Negatif Permanen</translation>
    </message>
    <message>
        <source>Unknown class</source>
        <translation>Kelas tidak dikenal</translation>
    </message>
    <message>
        <source>%1 reports success: the requested action is done and the client can go on with its next command.</source>
        <translation>%1 melaporkan keberhasilan: tindakan yang diminta telah selesai dan klien dapat melanjutkan ke perintah berikutnya.</translation>
    </message>
    <message>
        <source>%1 is a go-ahead: the server has accepted the command so far and waits for more input from the client.</source>
        <translation>%1 adalah tanda untuk melanjutkan: server sejauh ini telah menerima perintah dan menunggu masukan lebih lanjut dari klien.</translation>
    </message>
    <message>
        <source>%1 is temporary: the client keeps the message and tries again later, when the condition may have cleared.</source>
        <translation>%1 bersifat sementara: klien menyimpan pesan dan mencoba lagi nanti, saat kondisinya mungkin sudah pulih.</translation>
    </message>
    <message>
        <source>%1 is permanent: repeating the same request unchanged will fail again, so something has to be corrected first.</source>
        <translation>%1 bersifat permanen: mengulangi permintaan yang sama tanpa perubahan akan gagal lagi, jadi ada yang harus diperbaiki terlebih dahulu.</translation>
    </message>
    <message>
        <source>Both %1 and %2 report success, so neither needs any action from the client.</source>
        <translation>%1 dan %2 sama-sama melaporkan keberhasilan, sehingga klien tidak perlu melakukan tindakan apa pun.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are go-aheads that wait for more input from the client.</source>
        <translation>%1 dan %2 sama-sama tanda untuk melanjutkan yang menunggu masukan lebih lanjut dari klien.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are temporary: the client keeps the message and retries later.</source>
        <translation>%1 dan %2 sama-sama bersifat sementara: klien menyimpan pesan dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are permanent: retrying unchanged fails again, so the cause has to be corrected.</source>
        <translation>%1 dan %2 sama-sama bersifat permanen: mencoba lagi tanpa perubahan akan gagal lagi, jadi penyebabnya harus diperbaiki.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here.</source>
        <translation>Tempel pesan gagal kirim, pemberitahuan status pengiriman, transkrip SMTP, atau baris log surel di sini.</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <translation>Teks yang akan dianalisis</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalisis</translation>
    </message>
    <message>
        <source>Find and explain every server reply in the text (Ctrl+Return)</source>
        <translation>Temukan dan jelaskan setiap balasan server dalam teks (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Bata&amp;l</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Hasil analisis</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Kemajuan analisis</translation>
    </message>
    <message>
        <source>Analyzing %1 of text that is too long to show here.</source>
        <translation>Menganalisis %1 teks yang terlalu panjang untuk ditampilkan di sini.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to analyze.</source>
        <translation>Papan klip tidak berisi teks untuk dianalisis.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Open a Bounce or Log</source>
        <translation>Buka Pesan Gagal Kirim atau Log</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.txt *.log *.msg);;All files (*)</source>
        <translation>Surel dan log (*.eml *.txt *.log *.msg);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Bounce analyzer</source>
        <translation>Penganalisis pesan gagal kirim</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, or press Ctrl+Shift+V anywhere to analyze the clipboard. Every server reply is listed with its basic code, its enhanced code, a verdict and what to do.</source>
        <translation>Tempel pesan gagal kirim di atas lalu tekan Analisis, atau tekan Ctrl+Shift+V di mana saja untuk menganalisis isi papan klip. Setiap balasan server dicantumkan beserta kode dasarnya, kode status yang diperluas, kesimpulan, dan hal yang perlu dilakukan.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message>
        <source>Show %1</source>
        <translation>Tampilkan %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Bandingkan dengan…</translation>
    </message>
    <message>
        <source>Search codes, names, text (Ctrl+F)</source>
        <translation>Cari kode, nama, teks (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;), a word (&quot;relay&quot;) or several; the list follows as you type</source>
        <translation>Ketik kode (&quot;55&quot;, &quot;550&quot;), kata (&quot;relay&quot;), atau beberapa kata; daftar menyesuaikan saat Anda mengetik</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class label and name in the class filter: 5xx Permanent Negative</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filter kelas</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Daftar kode</translation>
    </message>
    <message>
        <source>No code matches &quot;%1&quot;.
Try a shorter text, another word or the filter &quot;All classes&quot;.</source>
        <translation>Tidak ada kode yang cocok dengan &quot;%1&quot;.
Coba teks yang lebih pendek, kata lain, atau filter &quot;Semua kelas&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kode</numerusform>
        </translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Semua kode</translation>
    </message>
    <message>
        <source>Basic replies</source>
        <translation>Balasan dasar</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Kode status diperluas</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter jenis</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550) or enhanced status codes (5.1.1)</source>
        <translation>Balasan dasar tiga digit (550) atau kode status yang diperluas (5.1.1)</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Tidak ada kode yang cocok dengan filter ini.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Kiri:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>K&amp;anan:</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tukar</translation>
    </message>
    <message>
        <source>Exchange the two codes (Ctrl+Shift+S)</source>
        <translation>Tukar kedua kode (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Left code</source>
        <translation>Kode kiri</translation>
    </message>
    <message>
        <source>Right code</source>
        <translation>Kode kanan</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation>Bandingkan dua kode</translation>
    </message>
    <message>
        <source>Pick a code on each side to read them side by side.</source>
        <translation>Pilih satu kode di setiap sisi untuk membacanya secara berdampingan.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Rincian kode</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.</source>
        <translation>Pilih kode di sebelah kiri, atau ketik kode di kolom pencarian (Ctrl+F) untuk membaca artinya.</translation>
    </message>
    <message>
        <source>Ctrl+D compares the current code with another one.</source>
        <translation>Tekan Ctrl+D untuk membandingkan kode saat ini dengan kode lain.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Kode %1 tidak dikenal</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Katalog tidak memiliki kode &quot;%1&quot;. Kode terdekat adalah:</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search the codes (Ctrl+F)</source>
        <translation>Cari kode (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ban&amp;dingkan…</translation>
    </message>
    <message>
        <source>Compare the current code with another one (Ctrl+D)</source>
        <translation>Bandingkan kode saat ini dengan kode lain (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tukar</translation>
    </message>
    <message>
        <source>Exchange the two compared codes (Ctrl+Shift+S)</source>
        <translation>Tukar kedua kode yang dibandingkan (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>Show the current code&apos;s details (Ctrl+1)</source>
        <translation>Tampilkan rincian kode saat ini (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Tentang SMTP Codes</translation>
    </message>
    <message>
        <source>Unknown code %1; the nearest codes are listed instead.</source>
        <translation>Kode %1 tidak dikenal; sebagai gantinya, kode terdekat ditampilkan.</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Tentang SMTP Codes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry and the RFCs they cite; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referensi luring untuk kode balasan SMTP dan kode status yang diperluas.&lt;/p&gt;&lt;p&gt;Informasinya berasal dari RFC 5321, RFC 3463, registri Kode Status SMTP yang Diperluas dari IANA, serta RFC yang dirujuk oleh sumber-sumber tersebut; setiap penjelasan ditulis khusus untuk program ini.&lt;/p&gt;&lt;p&gt;Dilisensikan di bawah GNU GPL versi 3 atau yang lebih baru.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Analyze…</source>
        <translation>&amp;Analisis…</translation>
    </message>
    <message>
        <source>Explain every server reply in a bounce, report, transcript or log (Ctrl+Shift+A)</source>
        <translation>Jelaskan setiap balasan server dalam pesan gagal kirim, laporan, transkrip, atau log (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Paste and Analyze</source>
        <translation>&amp;Tempel dan Analisis</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Analisis teks di papan klip (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce or Log…</source>
        <translation>&amp;Buka Pesan Gagal Kirim atau Log…</translation>
    </message>
    <message>
        <source>Analyze a saved bounce or mail log (Ctrl+O)</source>
        <translation>Analisis pesan gagal kirim atau log surel yang tersimpan (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bounce analyzer — SMTP Codes</source>
        <translation>Penganalisis pesan gagal kirim — SMTP Codes</translation>
    </message>
    <message>
        <source>Comparison of %1 and %2 — SMTP Codes</source>
        <translation>Perbandingan %1 dan %2 — SMTP Codes</translation>
    </message>
    <message>
        <source>Code %1 — SMTP Codes</source>
        <translation>Kode %1 — SMTP Codes</translation>
    </message>
    <message>
        <source>SMTP Codes — reference of SMTP replies</source>
        <translation>SMTP Codes — referensi balasan SMTP</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Ikuti &amp;Sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Go back to the previous code or comparison (Alt+Left)</source>
        <translation>Kembali ke kode atau perbandingan sebelumnya (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Maju lagi (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Salin sebagai Teks</translation>
    </message>
    <message>
        <source>Copy the code, comparison or analysis shown as plain text (Ctrl+C)</source>
        <translation>Salin kode, perbandingan, atau analisis yang ditampilkan sebagai teks biasa (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Salin sebagai &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown (Ctrl+Shift+C)</source>
        <translation>Salin yang sedang ditampilkan sebagai Markdown (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Ekspor sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Copied as Markdown.</source>
        <translation>Disalin sebagai Markdown.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Disalin sebagai teks.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 telah disimpan.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>smtp-codes: the catalog is damaged: %1</source>
        <translation>smtp-codes: katalog rusak: %1</translation>
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
        <translation>Katalog rusak:
%1</translation>
    </message>
</context>
</TS>
