#include "catalogtranslation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmtpCodes::Core {

CatalogTranslation CatalogTranslation::fromJson(const QByteArray &json, const QString &language, QString *problem)
{
    auto fail = [problem](const QString &message) {
        if (problem)
            *problem = message;
        return CatalogTranslation();
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("the catalog text for \"%1\" is not valid JSON at byte %2: %3")
                        .arg(language)
                        .arg(error.offset)
                        .arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(u"formatVersion").toInt() != 2 || root.value(u"language").toString() != language ||
        !root.value(u"entries").isObject())
        return fail(tr("the catalog text for \"%1\" must be an object with \"formatVersion\" 2, \"language\" "
                       "\"%1\" and \"entries\"")
                        .arg(language));

    CatalogTranslation translation;
    const QJsonObject entries = root.value(u"entries").toObject();
    translation.m_texts.reserve(entries.size());
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject fields = it.value().toObject();
        std::array<QString, FieldCount> texts;
        for (int field = 0; field < FieldCount; ++field) {
            const QString text = fields.value(CodeEntry::fieldKey(Field(field))).toString().trimmed();
            texts[std::size_t(field)] = text;
        }
        translation.m_texts.insert(it.key(), std::move(texts));
    }
    return translation;
}

const QString *CatalogTranslation::find(const QString &code, Field field) const
{
    const auto it = m_texts.constFind(code);
    if (it == m_texts.cend())
        return nullptr;
    const QString &text = (*it)[std::size_t(field)];
    return text.isEmpty() ? nullptr : &text;
}

std::shared_ptr<const CatalogTranslation> CatalogTranslations::get(const QString &language) const
{
    if (language.isEmpty() || language == u"en" || m_directory.isEmpty())
        return nullptr;
    const QMutexLocker locker(&m_mutex);
    if (const auto it = m_loaded.constFind(language); it != m_loaded.cend())
        return *it;
    QFile file(m_directory + u'/' + language + u".json");
    std::shared_ptr<const CatalogTranslation> loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.insert(language, tr("the catalog text for \"%1\" is missing: %2").arg(language, file.errorString()));
    } else {
        QString problem;
        loaded = std::make_shared<const CatalogTranslation>(
            CatalogTranslation::fromJson(file.readAll(), language, &problem));
        if (!problem.isEmpty())
            m_problems.insert(language, problem);
    }
    m_loaded.insert(language, loaded);
    return loaded;
}

QString CatalogTranslations::problem(const QString &language) const
{
    get(language);
    const QMutexLocker locker(&m_mutex);
    return m_problems.value(language);
}

} // namespace SmtpCodes::Core
