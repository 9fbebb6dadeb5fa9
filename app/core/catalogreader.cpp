#include "catalogreader.h"

#include "codesyntax.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace SmtpCodes::Core {

namespace {

/// The index of @p token in @p tokens, or -1.
int tokenIndex(const QStringList &tokens, const QString &token)
{
    return int(tokens.indexOf(token));
}

bool isIdentifier(const QString &text, bool withHyphen)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    return pattern.match(text).hasMatch() && (!withHyphen || text.contains(u'-'));
}

} // namespace

const QStringList &CatalogReader::verdicts()
{
    static const QStringList tokens{
        QStringLiteral("suppress"),  QStringLiteral("none"),       QStringLiteral("wait"),   QStringLiteral("retry"),
        QStringLiteral("fixconfig"), QStringLiteral("fixmessage"), QStringLiteral("delist"), QStringLiteral("contact")};
    return tokens;
}

const QStringList &CatalogReader::commands()
{
    static const QStringList tokens{QStringLiteral("CONNECT"),     QStringLiteral("EHLO"), QStringLiteral("HELO"),
                                    QStringLiteral("MAIL"),        QStringLiteral("RCPT"), QStringLiteral("DATA"),
                                    QStringLiteral("END-OF-DATA"), QStringLiteral("BDAT"), QStringLiteral("RSET"),
                                    QStringLiteral("VRFY"),        QStringLiteral("EXPN"), QStringLiteral("HELP"),
                                    QStringLiteral("NOOP"),        QStringLiteral("QUIT"), QStringLiteral("AUTH"),
                                    QStringLiteral("STARTTLS"),    QStringLiteral("ETRN")};
    return tokens;
}

QString CatalogReader::missing(const QString &key) const
{
    return tr("required field \"%1\" is missing").arg(key);
}

QString CatalogReader::readText(Field field, CodeEntry &entry, bool required) const
{
    const QString key = CodeEntry::fieldKey(field);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return required ? missing(key) : QString();
    // The catalog files hold English; other languages come from files of their own (see Catalog::text).
    if (!value.isString())
        return tr("\"%1\" must be a text").arg(key);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return tr("\"%1\" is empty").arg(key);
    entry.english[std::size_t(field)] = text;
    return {};
}

QString CatalogReader::readString(const QString &key, QString &target, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return required ? missing(key) : QString();
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return tr("\"%1\" must be a text that is not empty").arg(key);
    target = value.toString().trimmed();
    return {};
}

QString CatalogReader::readStrings(const QString &key, QStringList &target, bool required) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return required ? missing(key) : QString();
    if (!value.isArray())
        return tr("\"%1\" must be an array of strings").arg(key);
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return tr("\"%1\" must be an array of strings").arg(key);
        target.append(item.toString().trimmed());
    }
    if (required && target.isEmpty())
        return tr("\"%1\" is empty").arg(key);
    return {};
}

QString CatalogReader::readExamples(QList<ServerExample> &target, qsizetype minimum) const
{
    const QJsonValue value = m_object.value(u"examples");
    if (value.isUndefined())
        return missing(QStringLiteral("examples"));
    if (!value.isArray())
        return tr("\"examples\" must be an array");
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject example = item.toObject();
        ServerExample parsed{example.value(u"server").toString().trimmed(),
                             example.value(u"text").toString().trimmed()};
        if (parsed.server.isEmpty() || parsed.text.isEmpty())
            return tr("every example needs a \"server\" and a \"text\"");
        target.append(parsed);
    }
    if (target.size() < minimum)
        return tr("\"examples\" needs at least %1 server replies, it has %2").arg(minimum).arg(target.size());
    return {};
}

QString CatalogReader::readReferences(QList<Reference> &target) const
{
    const QJsonValue value = m_object.value(u"references");
    if (value.isUndefined())
        return missing(QStringLiteral("references"));
    if (!value.isArray())
        return tr("\"references\" must be an array");
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject reference = item.toObject();
        Reference parsed{reference.value(u"document").toString().trimmed(),
                         reference.value(u"section").toString().trimmed()};
        if (parsed.document.isEmpty())
            return tr("every reference needs a \"document\"");
        target.append(parsed);
    }
    if (target.isEmpty())
        return tr("\"references\" is empty");
    return {};
}

QString CatalogReader::readFacts(ReplyFacts &facts) const
{
    const QJsonValue value = m_object.value(u"facts");
    if (value.isUndefined())
        return {};
    const QJsonObject object = value.toObject();
    static const QStringList next{QStringLiteral("continue"), QStringLiteral("send-more"), QStringLiteral("retry"),
                                  QStringLiteral("bounce")};
    static const QStringList actors{QStringLiteral("nobody"),          QStringLiteral("client-software"),
                                    QStringLiteral("sender"),          QStringLiteral("sender-admin"),
                                    QStringLiteral("recipient-admin"), QStringLiteral("recipient")};
    static const QStringList bounces{QStringLiteral("none"), QStringLiteral("soft"), QStringLiteral("hard"),
                                     QStringLiteral("depends")};
    const int nextIndex = tokenIndex(next, object.value(u"next").toString());
    const int actorIndex = tokenIndex(actors, object.value(u"actor").toString());
    const int bounceIndex = tokenIndex(bounces, object.value(u"bounce").toString());
    if (nextIndex < 0 || actorIndex < 0 || bounceIndex < 0 || !object.value(u"closes").isBool())
        return tr("\"facts\" needs \"next\" (%1), \"closes\" (true or false), \"actor\" (%2) and \"bounce\" (%3)")
            .arg(next.join(u", "), actors.join(u", "), bounces.join(u", "));
    facts.known = true;
    facts.next = ReplyFacts::Next(nextIndex);
    facts.actor = ReplyFacts::Actor(actorIndex);
    facts.bounce = ReplyFacts::Bounce(bounceIndex);
    facts.closes = object.value(u"closes").toBool();
    return {};
}

QString CatalogReader::readBool(const QString &key, bool &target) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        return tr("\"%1\" must be true or false").arg(key);
    target = value.toBool();
    return {};
}

QString CatalogReader::readEntry(const QJsonObject &object, CodeEntry &entry)
{
    return CatalogReader(object).readKind(entry);
}

QString CatalogReader::readKind(CodeEntry &entry) const
{
    const QString kind = m_object.value(u"kind").toString();
    static const QList<EntryKind> kinds{EntryKind::Reply, EntryKind::Enhanced, EntryKind::NonStandard,
                                        EntryKind::Provider, EntryKind::Reason};
    bool known = false;
    for (EntryKind candidate : kinds) {
        if (kind == CodeEntry::kindName(candidate)) {
            entry.kind = candidate;
            known = true;
        }
    }
    if (!known)
        return tr("\"kind\" must be \"reply\", \"enhanced\", \"nonstandard\", \"provider\" or \"reason\"");
    for (Field field : {Field::Name, Field::Description}) {
        if (QString problem = readText(field, entry, true); !problem.isEmpty())
            return problem;
    }
    switch (entry.kind) {
    case EntryKind::Reply:
        return readReply(entry);
    case EntryKind::Enhanced:
        return readEnhanced(entry);
    case EntryKind::NonStandard:
        return readNonStandard(entry);
    case EntryKind::Provider:
        return readProviderResponse(entry);
    case EntryKind::Reason:
        break;
    }
    return readReason(entry);
}

QString CatalogReader::readReply(CodeEntry &entry) const
{
    if (!CodeSyntax::isReplyCode(entry.code))
        return tr("reply code \"%1\" is not three digits from 200 to 559").arg(entry.code);
    if (!m_object.contains(u"class"))
        return missing(QStringLiteral("class"));
    const QString label = m_object.value(u"class").toString();
    entry.replyClass = ReplyClasses::fromLabel(label);
    if (entry.replyClass == ReplyClass::Unknown)
        return tr("\"class\" is \"%1\", not one of 2xx, 3xx, 4xx, 5xx").arg(label);
    if (entry.replyClass != ReplyClasses::fromCode(entry.code))
        return tr("\"class\" is %1 but the code starts with %2").arg(label, entry.code.left(1));
    for (Field field : {Field::WhenYouSeeIt, Field::HowToFix, Field::WhenToUse}) {
        if (QString problem = readText(field, entry, true); !problem.isEmpty())
            return problem;
    }
    if (QString problem = readStrings(QStringLiteral("commands"), entry.commands, true); !problem.isEmpty())
        return problem;
    for (const QString &command : std::as_const(entry.commands)) {
        if (!commands().contains(command))
            return tr("unknown command \"%1\" in \"commands\"").arg(command);
    }
    for (const QString &problem :
         {readExamples(entry.examples, 2), readReferences(entry.references),
          readStrings(QStringLiteral("related"), entry.related, false),
          readStrings(QStringLiteral("usualEnhanced"), entry.usualEnhanced, false), readFacts(entry.facts)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString CatalogReader::readEnhanced(CodeEntry &entry) const
{
    if (!CodeSyntax::isGenericEnhanced(entry.code) || entry.code.front() != u'X')
        return tr("enhanced code \"%1\" is not of the form X.1.1").arg(entry.code);
    for (Field field : {Field::WhenYouSeeIt, Field::HowToFix, Field::WhenToUse}) {
        if (QString problem = readText(field, entry, true); !problem.isEmpty())
            return problem;
    }
    for (const QString &problem : {readExamples(entry.examples, 2), readReferences(entry.references),
                                   readStrings(QStringLiteral("related"), entry.related, false),
                                   readStrings(QStringLiteral("replies"), entry.replies, true)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString CatalogReader::readNonStandard(CodeEntry &entry) const
{
    static const QRegularExpression pattern(QStringLiteral("^[1-5][0-9][0-9]$"));
    if (!pattern.match(entry.code).hasMatch())
        return tr("non-standard code \"%1\" is not three digits from 100 to 599").arg(entry.code);
    entry.replyClass = ReplyClasses::fromCode(entry.code);
    if (m_object.contains(u"class") && ReplyClasses::fromLabel(m_object.value(u"class").toString()) != entry.replyClass)
        return tr("\"class\" does not match the first digit of %1").arg(entry.code);
    for (Field field : {Field::WhenYouSeeIt, Field::HowToFix, Field::WhenToUse}) {
        if (QString problem = readText(field, entry, true); !problem.isEmpty())
            return problem;
    }
    for (const QString &problem :
         {readExamples(entry.examples, 1), readReferences(entry.references),
          readStrings(QStringLiteral("related"), entry.related, false),
          readStrings(QStringLiteral("standardCodes"), entry.standardCodes, true), readFacts(entry.facts)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString CatalogReader::readProviderResponse(CodeEntry &entry) const
{
    if (!isIdentifier(entry.code, true))
        return tr("provider response id \"%1\" must be lower-case letters, digits, '.' and '-', with a '-'")
            .arg(entry.code);
    QString example;
    for (const QString &problem :
         {readString(QStringLiteral("provider"), entry.provider, true),
          readString(QStringLiteral("reply"), entry.reply, true),
          readString(QStringLiteral("enhanced"), entry.enhanced, false),
          readStrings(QStringLiteral("match"), entry.match, true), readString(QStringLiteral("example"), example, true),
          readText(Field::Sender, entry, true), readText(Field::Admin, entry, true),
          readString(QStringLiteral("reason"), entry.reason, true),
          readBool(QStringLiteral("hardBounce"), entry.hardBounce),
          readString(QStringLiteral("documentation"), entry.documentation, true),
          readString(QStringLiteral("checked"), entry.checked, true)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (!CodeSyntax::isReplyCode(entry.reply))
        return tr("\"reply\" \"%1\" is not a reply code").arg(entry.reply);
    if (!entry.enhanced.isEmpty() && !CodeSyntax::parseEnhanced(entry.enhanced))
        return tr("\"enhanced\" \"%1\" is not an enhanced code such as 5.7.26").arg(entry.enhanced);
    static const QRegularExpression date(QStringLiteral("^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"));
    if (!date.match(entry.checked).hasMatch())
        return tr("\"checked\" must be a date such as 2026-12-02");
    entry.replyClass = ReplyClasses::fromCode(entry.reply);
    entry.examples.append({entry.provider, example});
    return {};
}

QString CatalogReader::readReason(CodeEntry &entry) const
{
    static const QRegularExpression token(QStringLiteral("^[a-z]+$"));
    if (!token.match(entry.code).hasMatch())
        return tr("reason \"%1\" must be one lower-case word").arg(entry.code);
    entry.reason = entry.code;
    for (const QString &problem :
         {readText(Field::HowToFix, entry, true), readString(QStringLiteral("verdict"), entry.verdict, true),
          readBool(QStringLiteral("hardBounce"), entry.hardBounce),
          readStrings(QStringLiteral("phrases"), entry.phrases, false),
          readStrings(QStringLiteral("related"), entry.related, false)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (!verdicts().contains(entry.verdict))
        return tr("\"verdict\" must be one of %1").arg(verdicts().join(u", "));
    return {};
}

QString CatalogReader::readProvider(const QJsonObject &object, Provider &provider)
{
    const CatalogReader reader(object);
    for (const QString &problem : {reader.readString(QStringLiteral("id"), provider.id, true),
                                   reader.readString(QStringLiteral("name"), provider.name, true),
                                   reader.readString(QStringLiteral("category"), provider.category, true),
                                   reader.readStrings(QStringLiteral("hosts"), provider.hosts, false),
                                   reader.readStrings(QStringLiteral("markers"), provider.markers, false),
                                   reader.readString(QStringLiteral("documentation"), provider.documentation, true)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (!isIdentifier(provider.id, false))
        return tr("provider id \"%1\" must be lower-case letters, digits, '.' and '-'").arg(provider.id);
    static const QStringList categories{QStringLiteral("mailbox"), QStringLiteral("filter"), QStringLiteral("esp"),
                                        QStringLiteral("blocklist")};
    if (!categories.contains(provider.category))
        return tr("\"category\" must be one of %1").arg(categories.join(u", "));
    for (QString &host : provider.hosts)
        host = host.toCaseFolded();
    for (QString &marker : provider.markers)
        marker = marker.toCaseFolded();
    return {};
}

} // namespace SmtpCodes::Core
