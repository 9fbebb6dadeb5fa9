#include "mailmessage.h"

#include <QRegularExpression>
#include <QStringDecoder>

// GLib's headers use "signals" as a name, which Qt defines as a keyword; this file has no signals of its own.
#undef signals
#include <gmime/gmime.h>

#include <iconv.h>

#include <mutex>
#include <vector>

namespace SmtpCodes::Core {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

/// Owns a GObject reference.
template <typename T> struct Ref
{
    T *object = nullptr;
    explicit Ref(T *o)
        : object(o)
    {
    }
    ~Ref()
    {
        if (object)
            g_object_unref(object);
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
};

/// The field's value as written, unfolded and decoded. (GMime's own decoded value would convert every field through
/// iconv, which costs more than the rest of reading a message.)
QString headerValue(GMimeHeader *header)
{
    const char *raw = g_mime_header_get_raw_value(header);
    if (!raw)
        return {};
    return MailMessage::decodeHeader(QByteArray(raw));
}

QString headerValue(GMimeObject *object, const char *name)
{
    GMimeHeader *header = g_mime_header_list_get_header(g_mime_object_get_header_list(object), name);
    return header ? headerValue(header) : QString();
}

QByteArray contentBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.object);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.object));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString normalizedLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

/// The headers of a text/rfc822-headers part, or of the returned message's own header block.
void readReturnedHeaders(const QString &text, MailMessage &message)
{
    static const QRegularExpression field(QStringLiteral("^(message-id|subject|to):[ \\t]*(.*(?:\\n[ \\t].*)*)"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = field.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).toLower();
        const QString clean = MailMessage::decodeHeader(match.captured(2).toUtf8());
        QString &target = name == u"message-id" ? message.returnedMessageId
                          : name == u"subject"  ? message.returnedSubject
                                                : message.returnedTo;
        if (target.isEmpty())
            target = clean;
    }
}

class Walker
{
public:
    explicit Walker(MailMessage &message)
        : m_message(message)
    {
    }

    void walk(GMimeObject *object)
    {
        if (GMIME_IS_MESSAGE_PART(object)) {
            // The returned original: only what it says of itself, never its text.
            GMimeMessage *returned = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (returned) {
                if (m_message.returnedMessageId.isEmpty())
                    m_message.returnedMessageId = headerValue(GMIME_OBJECT(returned), "Message-ID");
                if (m_message.returnedSubject.isEmpty())
                    m_message.returnedSubject = headerValue(GMIME_OBJECT(returned), "Subject");
                if (m_message.returnedTo.isEmpty())
                    m_message.returnedTo = headerValue(GMIME_OBJECT(returned), "To");
            }
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            GMimeContentType *type = g_mime_object_get_content_type(object);
            if (g_mime_content_type_is_type(type, "multipart", "report") && m_message.reportType.isEmpty()) {
                const char *reportType = g_mime_content_type_get_parameter(type, "report-type");
                m_message.reportType = QString::fromLatin1(reportType ? reportType : "").toLower();
            }
            // Of alternatives, read the plain text one: the same words twice would count every reply twice.
            if (g_mime_content_type_is_type(type, "multipart", "alternative")) {
                GMimeObject *chosen = nullptr;
                for (int i = 0; i < count; ++i) {
                    GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                    if (g_mime_content_type_is_type(g_mime_object_get_content_type(child), "text", "plain"))
                        chosen = child;
                }
                if (chosen) {
                    walk(chosen);
                    return;
                }
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i));
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        const QString mediaType = QString::fromLatin1(g_mime_content_type_get_media_type(type)).toLower();
        const QString subtype = QString::fromLatin1(g_mime_content_type_get_media_subtype(type)).toLower();
        if (mediaType != u"text" && mediaType != u"message")
            return; // attachments, images: never read
        const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
        QString text = normalizedLines(MailMessage::decode(contentBytes(GMIME_PART(object)), charset));
        if (subtype == u"rfc822-headers" || subtype == u"global-headers") {
            readReturnedHeaders(text, m_message);
        } else if (subtype == u"delivery-status" || subtype == u"global-delivery-status") {
            m_message.parts.append({MailPart::Role::DeliveryStatus, text});
        } else if (subtype == u"feedback-report") {
            m_message.parts.append({MailPart::Role::FeedbackReport, text});
        } else if (mediaType == u"text") {
            if (subtype == u"html")
                text = MailMessage::htmlToText(text);
            m_message.parts.append({MailPart::Role::Text, text});
        }
    }

private:
    MailMessage &m_message;
};

} // namespace

QString MailMessage::decode(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        QByteArray name = charset.trimmed();
        // Mail software writes some names ICU does not take as they are.
        if (name.compare("x-sjis", Qt::CaseInsensitive) == 0)
            name = "Shift_JIS";
        else if (name.compare("ks_c_5601-1987", Qt::CaseInsensitive) == 0)
            name = "windows-949";
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder fallback("windows-1252");
    return fallback.isValid() ? fallback.decode(bytes) : QString::fromLatin1(bytes);
}

void MailMessage::keepCharsetsLoaded()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static const char *const charsets[] = {
            "ISO-8859-1",   "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-7",   "ISO-8859-9",   "ISO-8859-15",
            "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253", "WINDOWS-1254", "WINDOWS-1256",
            "KOI8-R",       "KOI8-U",       "ISO-2022-JP",  "SHIFT_JIS",    "EUC-JP",       "GB2312",
            "GBK",          "GB18030",      "BIG5",         "EUC-KR",       "ISO-2022-KR",  "TIS-620"};
        // An open converter keeps its module loaded; they are closed when the program ends.
        static struct Kept
        {
            std::vector<iconv_t> open;
            ~Kept()
            {
                for (iconv_t converter : open)
                    iconv_close(converter);
            }
        } kept;
        for (const char *charset : charsets) {
            if (const iconv_t converter = iconv_open("UTF-8", charset); converter != reinterpret_cast<iconv_t>(-1))
                kept.open.push_back(converter);
        }
    });
}

QString MailMessage::decodeHeader(const QByteArray &value)
{
    if (!value.contains("=?")) // no encoded word: nothing for GMime (and iconv) to do
        return decode(value).simplified();
    initGMime();
    char *decoded = g_mime_utils_header_decode_text(nullptr, value.constData());
    const QString text = decode(QByteArray(decoded ? decoded : value.constData())).simplified();
    g_free(decoded);
    return text;
}

QString MailMessage::htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/tr|/li|/h[1-6]|p|div|tr|li)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("<\\s*/?t[dh]\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.replace(cells, QStringLiteral(" "));
    text.remove(tags);
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entities.globalMatch(text);
    static const QHash<QString, QChar> named{{QStringLiteral("amp"), u'&'},   {QStringLiteral("lt"), u'<'},
                                             {QStringLiteral("gt"), u'>'},    {QStringLiteral("quot"), u'"'},
                                             {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), u' '},
                                             {QStringLiteral("#39"), u'\''}};
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (named.contains(name)) {
            decoded += named.value(name);
        } else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code =
                name.startsWith(u"#x", Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else {
            decoded += match.captured(0);
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

bool MailMessage::looksLikeMessage(const QByteArray &bytes)
{
    static const QRegularExpression field(QStringLiteral("^[!-9;-~]+:"));
    static const QRegularExpression usual(
        QStringLiteral("^(from|to|subject|date|received|return-path|content-type|mime-version|message-id|"
                       "delivered-to|x-failed-recipients|auto-submitted|reply-to|sender)[ \\t]*:"),
        QRegularExpression::CaseInsensitiveOption);
    // The first lines up to the first blank one must all be header fields (or their continuations).
    const QByteArray head = bytes.left(64 * 1024);
    const QString text = QString::fromLatin1(head);
    bool usualSeen = false;
    int fields = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (line.front() == u' ' || line.front() == u'\t') {
            if (fields == 0)
                return false;
            continue;
        }
        if (fields == 0 && line.startsWith(u"From "))
            continue; // an mbox separator line
        if (!field.match(line).hasMatch())
            return false;
        ++fields;
        usualSeen = usualSeen || usual.match(line).hasMatch();
    }
    return usualSeen;
}

MailMessage MailMessage::read(const QByteArray &bytes)
{
    MailMessage message;
    if (!looksLikeMessage(bytes)) {
        message.parts.append({MailPart::Role::Text, normalizedLines(decode(bytes))});
        return message;
    }
    initGMime();
    // Old Mac mail ends lines with CR alone, which no MIME parser reads as line ends.
    QByteArray data = bytes;
    if (data.contains('\r') && !data.contains('\n'))
        data.replace('\r', '\n');
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.object));
    g_mime_parser_set_format(parser.object, GMIME_FORMAT_MESSAGE);
    Ref<GMimeMessage> parsed(g_mime_parser_construct_message(parser.object, nullptr));
    if (!parsed.object) {
        message.parts.append({MailPart::Role::Text, normalizedLines(decode(bytes))});
        return message;
    }
    message.isMessage = true;
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(parsed.object));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const QString name = QString::fromLatin1(g_mime_header_get_name(header)).toCaseFolded();
        if (!message.m_headers.contains(name))
            message.m_headers.insert(name, headerValue(header));
    }
    if (GMimeObject *body = g_mime_message_get_mime_part(parsed.object))
        Walker(message).walk(body);
    return message;
}

} // namespace SmtpCodes::Core
