#pragma once

#include <QHash>
#include <QString>

namespace SmtpCodes::Core {

/// A piece of catalog text in one or more languages, keyed by language code ("en", "es", "pt_BR").
/// English is always present in a validated catalog and is what a missing language falls back to.
class LocalizedText final
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> texts)
        : m_texts(std::move(texts))
    {
    }

    /// The text in @p language, else in the language without its region ("pt_BR" -> "pt"), else English.
    QString text(const QString &language = QStringLiteral("en")) const;

    /// True when the text exists in exactly @p language (no fallback).
    bool has(const QString &language) const { return m_texts.contains(language); }

    const QHash<QString, QString> &texts() const { return m_texts; }

private:
    QHash<QString, QString> m_texts;
};

} // namespace SmtpCodes::Core
