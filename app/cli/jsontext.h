#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes::Cli {

/// Writes JSON text as it goes, keys in the order given (as README documents them), compact or indented. Cheaper
/// than building a QJsonObject per message: explain writes one object per message of a mailbox of any size.
///
/// @code
/// JsonText json(JsonText::Style::Indented);
/// json.beginObject().key(u"code").value(QStringLiteral("550")).key(u"related").value(QStringList{"551"});
/// json.endObject().take(); // "{\n    \"code\": \"550\",\n    \"related\": [\n        \"551\"\n    ]\n}\n"
/// @endcode
class JsonText final
{
public:
    enum class Style
    {
        Compact,  ///< one line, for JSON Lines
        Indented, ///< four spaces a level, for people
    };

    explicit JsonText(Style style)
        : m_indented(style == Style::Indented)
    {
    }

    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    JsonText &key(QStringView name);
    JsonText &value(const QString &text);
    JsonText &value(const QStringList &texts);
    JsonText &value(bool flag);
    JsonText &value(qint64 number);
    JsonText &value(int number) { return value(qint64(number)); }
    JsonText &null();
    /// The text, or null when it is empty.
    JsonText &textOrNull(const QString &text);

    /// The JSON written, ending with a newline; the writer is empty afterwards.
    QByteArray take();

private:
    void beforeValue();
    void newline();
    void open(char bracket);
    void close(char bracket);

    bool m_indented;
    QByteArray m_out;
    QList<bool> m_empty; ///< for each open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace SmtpCodes::Cli
