#include "jsontext.h"

namespace SmtpCodes::Cli {

void JsonText::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out += QByteArray(4 * m_empty.size(), ' ');
}

void JsonText::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.isEmpty())
        return;
    if (!m_empty.last())
        m_out += ',';
    m_empty.last() = false;
    newline();
}

void JsonText::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_empty.append(true);
}

void JsonText::close(char bracket)
{
    const bool empty = m_empty.takeLast();
    if (!empty)
        newline();
    m_out += bracket;
}

JsonText &JsonText::beginObject()
{
    open('{');
    return *this;
}

JsonText &JsonText::endObject()
{
    close('}');
    return *this;
}

JsonText &JsonText::beginArray()
{
    open('[');
    return *this;
}

JsonText &JsonText::endArray()
{
    close(']');
    return *this;
}

JsonText &JsonText::key(QStringView name)
{
    value(name.toString());
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonText &JsonText::value(const QString &text)
{
    beforeValue();
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    // Runs of plain characters are copied at once; only quotes, backslashes and controls are escaped.
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(utf8.constData() + run, i - run);
        run = i + 1;
        switch (byte) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += hex[byte >> 4];
            m_out += hex[byte & 0xf];
        }
        }
    }
    m_out.append(utf8.constData() + run, utf8.size() - run);
    m_out += '"';
    return *this;
}

JsonText &JsonText::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

JsonText &JsonText::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonText &JsonText::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
    return *this;
}

JsonText &JsonText::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonText &JsonText::textOrNull(const QString &text)
{
    return text.isEmpty() ? null() : value(text);
}

QByteArray JsonText::take()
{
    m_out += '\n';
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

} // namespace SmtpCodes::Cli
