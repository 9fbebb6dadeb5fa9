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
    <name>SmtpCodes::Cli::CommandLine</name>
    <message>
        <source>smtp-codes: %1</source>
        <translation>smtp-codes: %1</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot;; nearest codes: %2</source>
        <translation>kode tidak dikenal &quot;%1&quot;; kode terdekat: %2</translation>
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
        <source>show takes one code, or a reply with its enhanced code such as &quot;550 5.7.26&quot;; &quot;%1&quot; is neither</source>
        <translation>show menerima satu kode, atau satu respons beserta kode lanjutannya seperti &quot;550 5.7.26&quot;; &quot;%1&quot; bukan keduanya</translation>
    </message>
    <message>
        <source>compare needs two codes, for example: smtp-codes compare 354 551</source>
        <translation>compare memerlukan dua kode, misalnya: smtp-codes compare 354 551</translation>
    </message>
    <message>
        <source>too many codes for compare: %1</source>
        <translation>terlalu banyak kode untuk compare: %1</translation>
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
        <translation>SMTP Codes: referensi offline untuk kode respons SMTP, kode status lanjutan, arti kode-kode itu menurut
penyedia, dan pembaca bounce.

Perintah:
  list                  semua entri: kode, kelas, nama
  show KODE             semua tentang satu entri: 550, 5.1.1, &quot;550 5.7.26&quot;, TSS04, mailboxfull
  compare KODE KODE     dua entri berdampingan
  explain [JALUR…]      siapa yang gagal, mengapa, dan apa yang harus dilakukan, untuk setiap pesan dalam
                        berkas bounce, folder, Maildir, dan berkas mbox (input standar bila JALUR berupa -
                        atau tidak diberikan)
  search KATA…          pencarian yang sama seperti di jendela: kode, kata, nama penyedia, dan tag
  languages             bahasa antarmuka

Tanpa perintah, jendela akan dibuka; &quot;smtp-codes 550&quot; membukanya pada 550,
&quot;smtp-codes 354 551&quot; pada perbandingan keduanya, dan &quot;smtp-codes --analyze BERKAS&quot; pada
analisis BERKAS.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown; jsonl for explain.</source>
        <translation>Format keluaran: text (bawaan), json, markdown; jsonl untuk explain.</translation>
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
        <source>list and search: only basic, enhanced, provider or reason entries.</source>
        <translation>list dan search: hanya entri basic, enhanced, provider, atau reason.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>list and search: only 2xx, 3xx, 4xx or 5xx.</source>
        <translation>list dan search: hanya 2xx, 3xx, 4xx, atau 5xx.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>kelas</translation>
    </message>
    <message>
        <source>list, show, compare, explain, search or languages</source>
        <translation>list, show, compare, explain, search, atau languages</translation>
    </message>
    <message>
        <source>The codes, files or words the command works on.</source>
        <translation>Kode, berkas, atau kata yang diolah oleh perintah.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text, json, markdown or jsonl</source>
        <translation>format tidak dikenal &quot;%1&quot;; gunakan text, json, markdown, atau jsonl</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use basic, enhanced, provider or reason</source>
        <translation>jenis tidak dikenal &quot;%1&quot;; gunakan basic, enhanced, provider, atau reason</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;; use 2xx, 3xx, 4xx or 5xx</source>
        <translation>kelas tidak dikenal &quot;%1&quot;; gunakan 2xx, 3xx, 4xx, atau 5xx</translation>
    </message>
    <message>
        <source>missing command; use list, show CODE, compare CODE CODE, explain FILE or search WORDS (see --help)</source>
        <translation>perintah tidak ada; gunakan list, show KODE, compare KODE KODE, explain BERKAS, atau search KATA (lihat --help)</translation>
    </message>
    <message>
        <source>the jsonl format is for explain only; use json</source>
        <translation>format jsonl hanya untuk explain; gunakan json</translation>
    </message>
    <message>
        <source>list takes no codes; to see one, use: smtp-codes show %1</source>
        <translation>list tidak menerima kode; untuk melihat satu kode, gunakan: smtp-codes show %1</translation>
    </message>
    <message>
        <source>search needs words or codes, for example: smtp-codes search mailbox full</source>
        <translation>search memerlukan kata atau kode, misalnya: smtp-codes search mailbox full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a code, not a command; use: smtp-codes show %1</source>
        <translation>&quot;%1&quot; adalah kode, bukan perintah; gunakan: smtp-codes show %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use list, show, compare, explain, search or languages (see --help)</source>
        <translation>perintah tidak dikenal &quot;%1&quot;; gunakan list, show, compare, explain, search, atau languages (lihat --help)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>input standar</translation>
    </message>
    <message>
        <source>smtp-codes: %1: %2</source>
        <translation>smtp-codes: %1: %2</translation>
    </message>
    <message>
        <source>smtp-codes: no message to analyze in %1</source>
        <translation>smtp-codes: tidak ada pesan untuk dianalisis di %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Pemberitahuan status pengiriman</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Delay warning</source>
        <translation>Peringatan keterlambatan</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Balasan otomatis</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Laporan keluhan</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transkrip SMTP</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Log email</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Relayed</source>
        <translation>Di-relay</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Diekspansi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>soft</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Penerima tidak disebutkan</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Hard bounce: alamat itu sendiri bermasalah</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Bukan hard bounce: alamat itu sendiri mungkin baik-baik saja</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>In reply to: %1</source>
        <translation>Sebagai respons atas: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Penyedia: %1</translation>
    </message>
    <message>
        <source>Decided by: &quot;%1&quot;</source>
        <translation>Diputuskan berdasarkan: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Originally addressed to: %1</source>
        <translation>Alamat tujuan semula: %1</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Respons server</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kesimpulan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>Ditemukan %Ln respons server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln kali, pertama di baris %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <comment>line number, then the codes found on it</comment>
        <translation>Baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln respons lainnya tidak dicantumkan di sini; &quot;smtp-codes explain --format json&quot; mencantumkan semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was analyzed</source>
        <translation>Tidak ada yang dianalisis</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln penerima</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Dilaporkan oleh: %1</translation>
    </message>
    <message>
        <source>Returned message: %1</source>
        <translation>Pesan yang dikembalikan: %1</translation>
    </message>
    <message>
        <source>Its subject: %1</source>
        <translation>Subjeknya: %1</translation>
    </message>
    <message>
        <source>Neither a recipient nor a server reply was found in this text. Give a bounce message, a delivery status notification, an SMTP transcript or mail log lines.</source>
        <translation>Tidak ditemukan penerima maupun respons server dalam teks ini. Berikan pesan bounce, pemberitahuan status pengiriman, transkrip SMTP, atau baris log email.</translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Ringkasan %Ln pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln penerima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln pesan tidak dapat dianalisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients by reason</source>
        <translation>Penerima menurut alasan</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Recipients by action</source>
        <translation>Penerima menurut tindakan</translation>
    </message>
    <message>
        <source>Addresses to remove from your lists</source>
        <translation>Alamat yang perlu dihapus dari daftar Anda</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln penerima lainnya tidak dicantumkan di sini; &quot;smtp-codes explain --format json&quot; mencantumkan semuanya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Analyzer</name>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Analisis dibatalkan.</translation>
    </message>
    <message>
        <source>The wording shows that this reply comes from %1.</source>
        <translation>Susunan katanya menunjukkan bahwa respons ini berasal dari %1.</translation>
    </message>
    <message>
        <source>There is nothing to analyze: the input is empty.</source>
        <translation>Tidak ada yang dapat dianalisis: input kosong.</translation>
    </message>
    <message>
        <source>The input is %1 MB; at most %2 MB can be analyzed at once. Analyze the part of the log that holds the bounce.</source>
        <translation>Input berukuran %1 MB; paling banyak %2 MB dapat dianalisis sekaligus. Analisis bagian log yang memuat bounce tersebut.</translation>
    </message>
    <message>
        <source>This is binary data, not text: it holds NUL bytes. Give the text of a bounce, a delivery report, a transcript or a mail log.</source>
        <translation>Ini data biner, bukan teks: data ini mengandung byte NUL. Berikan teks bounce, laporan pengiriman, transkrip, atau log email.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Catalog</name>
    <message>
        <source>reply code &quot;%1&quot; is not three digits from 200 to 559</source>
        <translation>kode respons &quot;%1&quot; bukan tiga digit antara 200 dan 559</translation>
    </message>
    <message>
        <source>enhanced code &quot;%1&quot; is not of the form X.1.1</source>
        <translation>kode status lanjutan &quot;%1&quot; tidak berbentuk X.1.1</translation>
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
        <translation>%1: respons lazim %2 bukan kode respons dalam katalog</translation>
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
    <message>
        <source>%1: &quot;formatVersion&quot; must be 2</source>
        <translation>%1: &quot;formatVersion&quot; harus bernilai 2</translation>
    </message>
    <message>
        <source>%1: provider %2: %3</source>
        <translation>%1: penyedia %2: %3</translation>
    </message>
    <message>
        <source>%1: provider %2 appears twice</source>
        <translation>%1: penyedia %2 muncul dua kali</translation>
    </message>
    <message>
        <source>%1: usual enhanced code %2 is not an enhanced code of the catalog</source>
        <translation>%1: kode lanjutan lazim %2 bukan kode lanjutan dalam katalog</translation>
    </message>
    <message>
        <source>%1: standard code %2 is not in the catalog</source>
        <translation>%1: kode standar %2 tidak ada dalam katalog</translation>
    </message>
    <message>
        <source>%1: provider %2 is not described in any catalog file</source>
        <translation>%1: penyedia %2 tidak dijelaskan di berkas katalog mana pun</translation>
    </message>
    <message>
        <source>%1: reason %2 is not a reason of the catalog</source>
        <translation>%1: alasan %2 bukan alasan dalam katalog</translation>
    </message>
    <message>
        <source>%1: &quot;hardBounce&quot; must be %2, as for every %3 bounce</source>
        <translation>%1: &quot;hardBounce&quot; harus bernilai %2, seperti untuk setiap bounce %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; harus berupa teks</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text that is not empty</source>
        <translation>&quot;%1&quot; harus berupa teks yang tidak kosong</translation>
    </message>
    <message>
        <source>&quot;examples&quot; needs at least %1 server replies, it has %2</source>
        <translation>&quot;examples&quot; memerlukan setidaknya %1 respons server, tetapi hanya ada %2</translation>
    </message>
    <message>
        <source>&quot;facts&quot; needs &quot;next&quot; (%1), &quot;closes&quot; (true or false), &quot;actor&quot; (%2) and &quot;bounce&quot; (%3)</source>
        <translation>&quot;facts&quot; memerlukan &quot;next&quot; (%1), &quot;closes&quot; (true atau false), &quot;actor&quot; (%2), dan &quot;bounce&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; harus bernilai true atau false</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot; or &quot;reason&quot;</source>
        <translation>&quot;kind&quot; harus bernilai &quot;reply&quot;, &quot;enhanced&quot;, &quot;nonstandard&quot;, &quot;provider&quot;, atau &quot;reason&quot;</translation>
    </message>
    <message>
        <source>non-standard code &quot;%1&quot; is not three digits from 100 to 599</source>
        <translation>kode non-standar &quot;%1&quot; bukan tiga digit antara 100 dan 599</translation>
    </message>
    <message>
        <source>&quot;class&quot; does not match the first digit of %1</source>
        <translation>&quot;class&quot; tidak cocok dengan digit pertama %1</translation>
    </message>
    <message>
        <source>provider response id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, with a &apos;-&apos;</source>
        <translation>id respons penyedia &quot;%1&quot; harus terdiri atas huruf kecil, angka, &apos;.&apos; dan &apos;-&apos;, serta memuat setidaknya satu &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; &quot;%1&quot; is not a reply code</source>
        <translation>&quot;reply&quot; &quot;%1&quot; bukan kode respons</translation>
    </message>
    <message>
        <source>&quot;enhanced&quot; &quot;%1&quot; is not an enhanced code such as 5.7.26</source>
        <translation>&quot;enhanced&quot; &quot;%1&quot; bukan kode lanjutan seperti 5.7.26</translation>
    </message>
    <message>
        <source>&quot;checked&quot; must be a date such as 2026-12-02</source>
        <translation>&quot;checked&quot; harus berupa tanggal seperti 2026-12-02</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; must be one lower-case word</source>
        <translation>alasan &quot;%1&quot; harus berupa satu kata dalam huruf kecil</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; must be one of %1</source>
        <translation>&quot;verdict&quot; harus salah satu dari %1</translation>
    </message>
    <message>
        <source>provider id &quot;%1&quot; must be lower-case letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>id penyedia &quot;%1&quot; harus terdiri atas huruf kecil, angka, &apos;.&apos; dan &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be one of %1</source>
        <translation>&quot;category&quot; harus salah satu dari %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslation</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is not valid JSON at byte %2: %3</source>
        <translation>teks katalog untuk &quot;%1&quot; bukan JSON yang valid pada byte %2: %3</translation>
    </message>
    <message>
        <source>the catalog text for &quot;%1&quot; must be an object with &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot; and &quot;entries&quot;</source>
        <translation>teks katalog untuk &quot;%1&quot; harus berupa objek dengan &quot;formatVersion&quot; 2, &quot;language&quot; &quot;%1&quot;, dan &quot;entries&quot;</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::CatalogTranslations</name>
    <message>
        <source>the catalog text for &quot;%1&quot; is missing: %2</source>
        <translation>teks katalog untuk &quot;%1&quot; tidak ada: %2</translation>
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
        <translation>Perbandingan %1 dan %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both enhanced status codes; they report different conditions.</source>
        <translation>%1 dan %2 sama-sama kode status lanjutan; keduanya melaporkan kondisi yang berbeda.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 basic reply, while %4 is an enhanced status code that refines a reply.</source>
        <translation>%1 adalah respons dasar %2 %3, sedangkan %4 adalah kode status lanjutan yang memperinci suatu respons.</translation>
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
        <translation>%1 sering muncul bersama %2: respons dasar menyatakan apa yang terjadi pada perintah, sedangkan kode lanjutan menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>%1 rarely comes with %2; it usually comes with %3.</source>
        <translation>%1 jarang muncul bersama %2; biasanya kode ini muncul bersama %3.</translation>
    </message>
    <message>
        <source>%1 reports success: the client goes on with its next command.</source>
        <translation>%1 menandakan keberhasilan: klien melanjutkan dengan perintah berikutnya.</translation>
    </message>
    <message>
        <source>%1 asks for more: the server waits for the message data or the next step.</source>
        <translation>%1 meminta kelanjutan: server menunggu data pesan atau langkah berikutnya.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later.</source>
        <translation>Server Anda menyimpan pesan yang mendapat %1 di antreannya dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>A message that gets %1 bounces now: your server gives up and returns it to the sender.</source>
        <translation>Pesan yang mendapat %1 langsung di-bounce: server Anda menyerah dan mengembalikannya kepada pengirim.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>the sending program</source>
        <translation>program pengirim</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>pengirim</translation>
    </message>
    <message>
        <source>the sending side&apos;s mail administrator</source>
        <translation>administrator email di sisi pengirim</translation>
    </message>
    <message>
        <source>the receiving side&apos;s administrator</source>
        <translation>administrator di sisi penerima</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>penerima</translation>
    </message>
    <message>
        <source>%1 is no bounce at all.</source>
        <translation>%1 sama sekali bukan bounce.</translation>
    </message>
    <message>
        <source>%1 is a soft bounce: the address is fine and a later try can succeed.</source>
        <translation>%1 adalah soft bounce: alamatnya baik-baik saja dan percobaan berikutnya dapat berhasil.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce: the address itself is refused, so stop sending to it.</source>
        <translation>%1 adalah hard bounce: alamat itu sendiri ditolak, jadi hentikan pengiriman ke alamat tersebut.</translation>
    </message>
    <message>
        <source>Whether %1 is a hard bounce depends on its enhanced code and text: only an unknown address or domain is.</source>
        <translation>Apakah %1 merupakan hard bounce bergantung pada kode lanjutan dan teksnya: hanya alamat atau domain yang tidak dikenal yang termasuk hard bounce.</translation>
    </message>
    <message>
        <source>Both sides show %1: an entry compared with itself has no differences.</source>
        <translation>Kedua sisi menampilkan %1: entri yang dibandingkan dengan dirinya sendiri tidak memiliki perbedaan.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3 %4 replies; they differ in the situation they report.</source>
        <translation>%1 dan %2 sama-sama respons %3 %4; keduanya berbeda dalam situasi yang dilaporkan.</translation>
    </message>
    <message>
        <source>%1 is a %2 %3 reply, while %4 is a %5 %6 reply.</source>
        <translation>%1 adalah respons %2 %3, sedangkan %4 adalah respons %5 %6.</translation>
    </message>
    <message>
        <source>%1 and %2 describe different situations; below are what each means and what to do.</source>
        <translation>%1 dan %2 menggambarkan situasi yang berbeda; di bawah ini dijelaskan arti masing-masing dan apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>Your server keeps a message that gets %1 in its queue and tries again later, while %2 bounces it now.</source>
        <translation>Server Anda menyimpan pesan yang mendapat %1 di antreannya dan mencoba lagi nanti, sedangkan %2 langsung mem-bounce pesan tersebut.</translation>
    </message>
    <message>
        <source>%1 bounces the message now, while your server keeps a message that gets %2 in its queue and tries again later.</source>
        <translation>%1 langsung mem-bounce pesan tersebut, sedangkan server Anda menyimpan pesan yang mendapat %2 di antreannya dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two codes</comment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 closes the connection, so your server must connect again to retry; %2 leaves it open.</source>
        <translation>%1 menutup koneksi, sehingga server Anda harus terhubung kembali untuk mencoba ulang; %2 membiarkannya tetap terbuka.</translation>
    </message>
    <message>
        <source>%1 at the opening of the connection refuses your server before any mail is sent: most often its IP address is blocked.</source>
        <translation>%1 pada pembukaan koneksi menolak server Anda sebelum email apa pun dikirim: paling sering karena alamat IP-nya diblokir.</translation>
    </message>
    <message>
        <source>After %1, %2 has to act; after %3, %4.</source>
        <translation>Setelah %1, %2 yang harus bertindak; setelah %3, %4.</translation>
    </message>
    <message>
        <source>%1 is a hard bounce (%2): stop sending to the address.</source>
        <translation>%1 adalah hard bounce (%2): hentikan pengiriman ke alamat tersebut.</translation>
    </message>
    <message>
        <source>%1 is not a hard bounce (%2): the address itself may be fine.</source>
        <translation>%1 bukan hard bounce (%2): alamat itu sendiri mungkin baik-baik saja.</translation>
    </message>
    <message>
        <source>None: %1 is the same entry on both sides.</source>
        <translation>Tidak ada: %1 adalah entri yang sama di kedua sisi.</translation>
    </message>
    <message>
        <source>%1 and %2 are related: they come up in similar situations, so read the exact wording of the server&apos;s reply to tell them apart.</source>
        <translation>%1 dan %2 berkaitan: keduanya muncul dalam situasi yang serupa, jadi baca kata-kata persis dalam respons server untuk membedakannya.</translation>
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
        <translation>Status Sistem Email</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Status Jaringan dan Routing</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status Protokol Pengiriman Email</translation>
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
        <source>Answers: %1</source>
        <comment>the client commands a reply can answer</comment>
        <translation>Menjawab: %1</translation>
    </message>
    <message>
        <source>Enhanced status code of subject %1 (%2)</source>
        <comment>subject number and name: 7 (Security or Policy Status)</comment>
        <translation>Kode status lanjutan dengan subjek %1 (%2)</translation>
    </message>
    <message>
        <source>a mailbox provider</source>
        <translation>penyedia kotak surat</translation>
    </message>
    <message>
        <source>a mail filter</source>
        <translation>filter email</translation>
    </message>
    <message>
        <source>a sending service</source>
        <translation>layanan pengiriman</translation>
    </message>
    <message>
        <source>a blocklist</source>
        <translation>blocklist</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>provider, its codes, the name of its reply: Gmail 550 5.7.26: Unauthenticated sender</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Not a standard code: no RFC defines %1 as an SMTP reply</source>
        <translation>Bukan kode standar: tidak ada RFC yang mendefinisikan %1 sebagai respons SMTP</translation>
    </message>
    <message>
        <source>A reply of %1, %2</source>
        <comment>provider name, then what it is: a reply of Gmail, a mailbox provider</comment>
        <translation>Respons dari %1, %2</translation>
    </message>
    <message>
        <source>Hard bounce: the address itself is bad</source>
        <translation>Hard bounce: alamat itu sendiri bermasalah</translation>
    </message>
    <message>
        <source>Not a hard bounce: the address itself may be fine</source>
        <translation>Bukan hard bounce: alamat itu sendiri mungkin baik-baik saja</translation>
    </message>
    <message>
        <source>%1 %2 reply</source>
        <comment>class label and class name: 5xx Permanent Negative reply</comment>
        <translation>Respons %1 %2</translation>
    </message>
    <message>
        <source>At %1: %2 (%3)</source>
        <comment>provider, what its reply means, its codes</comment>
        <translation>Di %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n respons penyedia lainnya menggunakan %1; cari dengan filter &quot;Respons penyedia&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Kesimpulan: %1</translation>
    </message>
    <message>
        <source>Reason: %1. Verdict: %2.</source>
        <translation>Alasan: %1. Kesimpulan: %2.</translation>
    </message>
    <message>
        <source>%1 (checked on %2)</source>
        <comment>a web address, then the date it was read</comment>
        <translation>%1 (diperiksa pada %2)</translation>
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
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Kode terkait</translation>
    </message>
    <message>
        <source>Enhanced codes that usually come with it</source>
        <translation>Kode status lanjutan yang biasa menyertainya</translation>
    </message>
    <message>
        <source>Basic replies that usually carry it</source>
        <translation>Respons dasar yang biasa memuatnya</translation>
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
        <source>Example replies</source>
        <translation>Contoh respons</translation>
    </message>
    <message>
        <source>What providers mean by it</source>
        <translation>Arti kode ini menurut penyedia</translation>
    </message>
    <message>
        <source>Standard codes to use instead</source>
        <translation>Kode standar yang sebaiknya digunakan</translation>
    </message>
    <message>
        <source>What the sender should do</source>
        <translation>Yang sebaiknya dilakukan pengirim</translation>
    </message>
    <message>
        <source>What the mail administrator should do</source>
        <translation>Yang sebaiknya dilakukan administrator email</translation>
    </message>
    <message>
        <source>Recognized by</source>
        <translation>Dikenali berdasarkan</translation>
    </message>
    <message>
        <source>Codes that lead to it</source>
        <translation>Kode yang mengarah ke alasan ini</translation>
    </message>
    <message>
        <source>Phrases in bounces that lead to it</source>
        <translation>Frasa dalam bounce yang mengarah ke alasan ini</translation>
    </message>
    <message>
        <source>Provider replies with this reason</source>
        <translation>Respons penyedia dengan alasan ini</translation>
    </message>
    <message>
        <source>What they mean together</source>
        <translation>Arti keduanya bersama-sama</translation>
    </message>
    <message>
        <source>the opening of the connection</source>
        <translation>pembukaan koneksi</translation>
    </message>
    <message>
        <source>the end of the message data</source>
        <translation>akhir data pesan</translation>
    </message>
    <message>
        <source>Typical wording</source>
        <comment>label of an example reply that is no particular server&apos;s wording</comment>
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
    <name>SmtpCodes::Core::LookupDocument</name>
    <message>
        <source>Replies recognized by &quot;%1&quot;</source>
        <translation>Respons yang dikenali dari &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>a basic reply with an enhanced code: 550 with 5.7.26</comment>
        <translation>%1 dengan %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Yang perlu dilakukan: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::MailSource</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>tidak dapat membaca %1: berkas atau folder tersebut tidak ada</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::RecipientModel</name>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
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
        <translation>Antara Positif</translation>
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
</context>
<context>
    <name>SmtpCodes::Core::ReplyExplanation</name>
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
        <translation>%1 bukan kode respons standar; menurut digit pertamanya, kode ini termasuk respons %2 %3.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry, and its subject %2 is not defined either; only its class %3 (%4) carries meaning.</source>
        <translation>%1 tidak ada dalam registri IANA, dan subjeknya, %2, juga tidak didefinisikan; hanya kelasnya, %3 (%4), yang bermakna.</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: it is a provider&apos;s own detail of subject %2 (%3) in class %4 (%5).</source>
        <translation>%1 tidak ada dalam registri IANA: ini rincian milik penyedia sendiri untuk subjek %2 (%3) dalam kelas %4 (%5).</translation>
    </message>
    <message>
        <source>The two codes disagree: %1 is a %2 reply but %3 has class %4 (%5); the basic reply decides what the client does.</source>
        <translation>Kedua kode tidak selaras: %1 adalah respons %2, tetapi %3 berkelas %4 (%5); respons dasarlah yang menentukan tindakan klien.</translation>
    </message>
    <message>
        <source>At %1 this reply means: %2</source>
        <translation>Di %1, respons ini berarti: %2</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::Verdicts</name>
    <message>
        <source>Remove the address from your lists</source>
        <translation>Hapus alamat ini dari daftar Anda</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Tidak ada yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying</source>
        <translation>Tidak ada yang perlu dilakukan kecuali terus berlanjut: server pengirim terus mencoba</translation>
    </message>
    <message>
        <source>Nothing to do unless it persists: the sending server keeps trying until %1</source>
        <translation>Tidak ada yang perlu dilakukan kecuali terus berlanjut: server pengirim terus mencoba hingga %1</translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation>Coba lagi nanti</translation>
    </message>
    <message>
        <source>Fix the sending configuration, then send again</source>
        <translation>Perbaiki konfigurasi pengiriman, lalu kirim lagi</translation>
    </message>
    <message>
        <source>Change the message, then send again</source>
        <translation>Ubah pesannya, lalu kirim lagi</translation>
    </message>
    <message>
        <source>Ask for the sending IP or domain to be delisted</source>
        <translation>Ajukan delisting untuk IP atau domain pengirim</translation>
    </message>
    <message>
        <source>Contact the recipient&apos;s postmaster</source>
        <translation>Hubungi postmaster penerima</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message>
        <source>Text to analyze</source>
        <translation>Teks yang akan dianalisis</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalisis</translation>
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
        <source>Bounce analyzer</source>
        <translation>Penganalisis bounce</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a bounce message, a delivery status notification, an SMTP transcript or mail log lines here, or drop .eml files, mbox files or folders.</source>
        <translation>Tempelkan pesan bounce, pemberitahuan status pengiriman, transkrip SMTP, atau baris log email di sini, atau seret berkas .eml, berkas mbox, atau folder ke sini.</translation>
    </message>
    <message>
        <source>Read every recipient and server reply in the text</source>
        <translation>Baca setiap penerima dan respons server di dalam teks</translation>
    </message>
    <message>
        <source>Filter recipients</source>
        <translation>Saring penerima</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Copy Addresses to &amp;Remove</source>
        <translation>Salin Alamat yang Perlu &amp;Dihapus</translation>
    </message>
    <message>
        <source>Copy the hard-bounced, suppressed and complaining addresses, one per line</source>
        <translation>Salin alamat yang mengalami hard bounce, disupresi, atau mengajukan keluhan, satu per baris</translation>
    </message>
    <message>
        <source>Open Bounces, Mailboxes or Logs</source>
        <translation>Buka Bounce, Kotak Surat, atau Log</translation>
    </message>
    <message>
        <source>Mail, mailboxes and logs (*.eml *.msg *.mbox *.mbx *.txt *.log);;All files (*)</source>
        <translation>Email, kotak surat, dan log (*.eml *.msg *.mbox *.mbx *.txt *.log);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Bounces (a Maildir)</source>
        <translation>Buka Folder Bounce (Maildir)</translation>
    </message>
    <message>
        <source>Paste a bounce above and press Analyze, open or drop .eml files, mbox files or a Maildir folder. For every recipient you read who failed, why, whether it is a hard bounce, and what to do; then every server reply with its basic and enhanced code.</source>
        <translation>Tempelkan bounce di atas lalu tekan Analisis, atau buka atau seret berkas .eml, berkas mbox, atau folder Maildir. Untuk setiap penerima, Anda dapat membaca siapa yang gagal, mengapa, apakah itu hard bounce, dan apa yang harus dilakukan; lalu setiap respons server beserta kode dasar dan kode lanjutannya.</translation>
    </message>
    <message>
        <source>Messages from: %1</source>
        <translation>Pesan dari: %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
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
    <message>
        <source>Basic replies</source>
        <translation>Respons dasar</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Kode status lanjutan</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter jenis</translation>
    </message>
    <message>
        <source>No code matches these filters.</source>
        <translation>Tidak ada kode yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <translation>&amp;Tampilkan %1</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Bandingkan &amp;dengan kode lain…</translation>
    </message>
    <message>
        <source>Search codes, names, text</source>
        <translation>Cari kode, nama, teks</translation>
    </message>
    <message>
        <source>Type a code (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), a provider&apos;s tag (&quot;TSS04&quot;), a word (&quot;%1&quot;) or several; the list follows as you type</source>
        <translation>Ketik kode (&quot;55&quot;, &quot;550&quot;, &quot;5.7.26&quot;), tag penyedia (&quot;TSS04&quot;), kata (&quot;%1&quot;), atau beberapa sekaligus; daftar diperbarui saat Anda mengetik</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Semua entri</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <translation>Respons penyedia</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Alasan bounce</translation>
    </message>
    <message>
        <source>Basic three-digit replies (550), enhanced status codes (5.1.1), what providers mean by their replies, or the reasons bounces give</source>
        <translation>Respons dasar tiga digit (550), kode status lanjutan (5.1.1), arti respons menurut penyedia, atau alasan yang diberikan bounce</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::ComparisonView</name>
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
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Pertama:</translation>
    </message>
    <message>
        <source>S&amp;econd:</source>
        <translation>&amp;Kedua:</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Kode pertama</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Kode kedua</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::DetailPanel</name>
    <message>
        <source>Code details</source>
        <translation>Rincian kode</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Kode %1 tidak dikenal</translation>
    </message>
    <message>
        <source>The catalog has no code &quot;%1&quot;. The nearest codes are:</source>
        <translation>Katalog tidak memiliki kode &quot;%1&quot;. Kode terdekat adalah:</translation>
    </message>
    <message>
        <source>Choose a code on the left, or type one in the search field to read what it means: a reply (550), an enhanced code (5.7.26), both together (550 5.7.26), a provider&apos;s tag (TSS04) or a word.</source>
        <translation>Pilih kode di sebelah kiri, atau ketik kode di kolom pencarian untuk membaca artinya: respons (550), kode lanjutan (5.7.26), keduanya sekaligus (550 5.7.26), tag penyedia (TSS04), atau kata.</translation>
    </message>
    <message>
        <source>Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to do.</source>
        <translation>Bandingkan… menampilkan dua kode berdampingan; Analisis… membaca bounce dan menjelaskan siapa yang gagal, mengapa, dan apa yang harus dilakukan.</translation>
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
        <source>&amp;Compare…</source>
        <translation>Ban&amp;dingkan…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tukar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
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
        <source>&amp;Analyze…</source>
        <translation>&amp;Analisis…</translation>
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
        <source>&amp;Forward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Salin sebagai Teks</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Salin sebagai &amp;Markdown</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reference is shown in English: %1</source>
        <translation>Referensi ditampilkan dalam bahasa Inggris: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes, enhanced status codes and what mail providers mean by them, with a bounce reader.&lt;/p&gt;&lt;p&gt;Facts come from RFC 5321, RFC 3463, the IANA SMTP Enhanced Status Codes registry, the RFCs they cite, mail servers&apos; sources and providers&apos; own documentation; every explanation is written for this program.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Referensi offline untuk kode respons SMTP, kode status lanjutan, dan arti kode-kode tersebut menurut penyedia email, dilengkapi pembaca bounce.&lt;/p&gt;&lt;p&gt;Fakta-faktanya berasal dari RFC 5321, RFC 3463, registri IANA SMTP Enhanced Status Codes, RFC yang dirujuk oleh dokumen-dokumen tersebut, kode sumber server email, dan dokumentasi milik penyedia sendiri; setiap penjelasan ditulis khusus untuk program ini.&lt;/p&gt;&lt;p&gt;Dilisensikan di bawah GNU GPL, versi 3 atau yang lebih baru.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;olors</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>Paste and Anal&amp;yze</source>
        <translation>&amp;Tempel dan Analisis</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Kembali ke halaman sebelumnya</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Maju lagi</translation>
    </message>
    <message>
        <source>Search the codes</source>
        <translation>Cari kode</translation>
    </message>
    <message>
        <source>Copy what is shown as plain text</source>
        <translation>Salin yang ditampilkan sebagai teks biasa</translation>
    </message>
    <message>
        <source>Copy what is shown as Markdown</source>
        <translation>Salin yang ditampilkan sebagai Markdown</translation>
    </message>
    <message>
        <source>Compare the current code with another one</source>
        <translation>Bandingkan kode saat ini dengan kode lain</translation>
    </message>
    <message>
        <source>Exchange the two compared codes</source>
        <translation>Tukar kedua kode yang dibandingkan</translation>
    </message>
    <message>
        <source>Show the current code&apos;s page</source>
        <translation>Tampilkan halaman kode saat ini</translation>
    </message>
    <message>
        <source>Read a bounce: who failed, why, and what to do</source>
        <translation>Baca bounce: siapa yang gagal, mengapa, dan apa yang harus dilakukan</translation>
    </message>
    <message>
        <source>Analyze the text on the clipboard</source>
        <translation>Analisis teks di papan klip</translation>
    </message>
    <message>
        <source>Analyze saved bounces, mailboxes or logs</source>
        <translation>Analisis bounce, kotak surat, atau log yang tersimpan</translation>
    </message>
    <message>
        <source>Analyze every message in a folder, such as a Maildir</source>
        <translation>Analisis setiap pesan dalam folder, seperti Maildir</translation>
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
