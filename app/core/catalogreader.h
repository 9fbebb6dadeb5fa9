#pragma once

#include "codeentry.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SmtpCodes::Core {

/// Reads one catalog entry or provider from its JSON object and checks everything that can be checked without
/// the rest of the catalog. Each function returns an empty string on success, else what is wrong, for the user.
class CatalogReader final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Catalog)

public:
    static QString readEntry(const QJsonObject &object, CodeEntry &entry);
    static QString readProvider(const QJsonObject &object, Provider &provider);

    /// The verdict tokens a reason may name: what the sender's side should do.
    static const QStringList &verdicts();

    /// The client commands a reply may answer, as written in the catalog.
    static const QStringList &commands();

private:
    explicit CatalogReader(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString missing(const QString &key) const;
    QString readText(Field field, CodeEntry &entry, bool required) const;
    QString readString(const QString &key, QString &target, bool required) const;
    QString readStrings(const QString &key, QStringList &target, bool required) const;
    QString readExamples(QList<ServerExample> &target, qsizetype minimum) const;
    QString readReferences(QList<Reference> &target) const;
    QString readFacts(ReplyFacts &facts) const;
    QString readBool(const QString &key, bool &target) const;
    QString readKind(CodeEntry &entry) const;
    QString readReply(CodeEntry &entry) const;
    QString readEnhanced(CodeEntry &entry) const;
    QString readNonStandard(CodeEntry &entry) const;
    QString readProviderResponse(CodeEntry &entry) const;
    QString readReason(CodeEntry &entry) const;

    QJsonObject m_object;
};

} // namespace SmtpCodes::Core
