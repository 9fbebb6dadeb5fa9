#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace SmtpCodes::Core {

namespace {

const QStringList &allowedCommands()
{
    static const QStringList commands{QStringLiteral("CONNECT"),     QStringLiteral("EHLO"), QStringLiteral("HELO"),
                                      QStringLiteral("MAIL"),        QStringLiteral("RCPT"), QStringLiteral("DATA"),
                                      QStringLiteral("END-OF-DATA"), QStringLiteral("BDAT"), QStringLiteral("RSET"),
                                      QStringLiteral("VRFY"),        QStringLiteral("EXPN"), QStringLiteral("HELP"),
                                      QStringLiteral("NOOP"),        QStringLiteral("QUIT"), QStringLiteral("AUTH"),
                                      QStringLiteral("STARTTLS"),    QStringLiteral("ANY")};
    return commands;
}

bool isReplyCode(QStringView code)
{
    static const QRegularExpression pattern(QStringLiteral("^[2-5][0-5][0-9]$"));
    return pattern.match(code).hasMatch();
}

bool isEnhancedCode(QStringView code)
{
    static const QRegularExpression pattern(QStringLiteral("^[245X]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    return pattern.match(code).hasMatch();
}

/// Reads one entry; returns an empty string on success, else what is wrong (without the entry's position).
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::Core::Catalog)

public:
    explicit EntryReader(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString read(CodeEntry &entry)
    {
        const QString kind = m_object.value(u"kind").toString();
        if (kind == u"reply")
            entry.kind = EntryKind::Reply;
        else if (kind == u"enhanced")
            entry.kind = EntryKind::Enhanced;
        else
            return tr("\"kind\" must be \"reply\" or \"enhanced\"");

        if (entry.kind == EntryKind::Reply && !isReplyCode(entry.code))
            return tr("reply code \"%1\" is not three digits from 200 to 559").arg(entry.code);
        if (entry.kind == EntryKind::Enhanced && !isEnhancedCode(entry.code))
            return tr("enhanced code \"%1\" is not of the form X.1.1").arg(entry.code);

        if (entry.kind == EntryKind::Reply) {
            if (!m_object.contains(u"class"))
                return missing(QStringLiteral("class"));
            const QString label = m_object.value(u"class").toString();
            entry.replyClass = ReplyClasses::fromLabel(label);
            if (entry.replyClass == ReplyClass::Unknown)
                return tr("\"class\" is \"%1\", not one of 2xx, 3xx, 4xx, 5xx").arg(label);
            if (entry.replyClass != ReplyClasses::fromCode(entry.code))
                return tr("\"class\" is %1 but the code starts with %2").arg(label, entry.code.left(1));
        } else {
            entry.replyClass = ReplyClasses::fromCode(entry.code);
        }

        const std::pair<const char16_t *, LocalizedText *> texts[] = {
            {u"name", &entry.name},
            {u"description", &entry.description},
            {u"whenYouSeeIt", &entry.whenYouSeeIt},
            {u"howToFix", &entry.howToFix},
            {u"whenToUse", &entry.whenToUse},
        };
        for (const auto &[key, target] : texts) {
            if (QString problem = readText(QString::fromUtf16(key), *target); !problem.isEmpty())
                return problem;
        }

        if (QString problem = readStrings(QStringLiteral("commands"), entry.commands, entry.kind == EntryKind::Reply);
            !problem.isEmpty())
            return problem;
        for (const QString &command : std::as_const(entry.commands)) {
            if (!allowedCommands().contains(command))
                return tr("unknown command \"%1\" in \"commands\"").arg(command);
        }

        if (QString problem = readExamples(entry.examples); !problem.isEmpty())
            return problem;
        if (QString problem = readReferences(entry.references); !problem.isEmpty())
            return problem;
        if (QString problem = readStrings(QStringLiteral("related"), entry.related, false); !problem.isEmpty())
            return problem;
        if (QString problem = readStrings(QStringLiteral("replies"), entry.replies, entry.kind == EntryKind::Enhanced);
            !problem.isEmpty())
            return problem;
        return {};
    }

private:
    QString missing(const QString &key) const { return tr("required field \"%1\" is missing").arg(key); }

    QString readText(const QString &key, LocalizedText &target) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return missing(key);
        if (!value.isObject())
            return tr("\"%1\" must be an object of texts by language, such as {\"en\": \"…\"}").arg(key);
        QHash<QString, QString> texts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString text = it.value().toString().trimmed();
            if (!it.value().isString() || text.isEmpty())
                return tr("\"%1\" has an empty or non-text value for language \"%2\"").arg(key, it.key());
            texts.insert(it.key(), text);
        }
        if (!texts.contains(QStringLiteral("en")))
            return tr("\"%1\" has no English (\"en\") text").arg(key);
        target = LocalizedText(std::move(texts));
        return {};
    }

    QString readStrings(const QString &key, QStringList &target, bool required) const
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

    QString readExamples(QList<ServerExample> &target) const
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
        if (target.size() < 2)
            return tr("\"examples\" needs at least two server responses, it has %1").arg(target.size());
        return {};
    }

    QString readReferences(QList<Reference> &target) const
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

    QJsonObject m_object;
};

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::optional<Catalog> Catalog::fromSources(const QList<Source> &sources, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Catalog> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    Catalog catalog;
    QList<QString> origins; // "replies.json: entry 3 (551)" for each entry, for later cross-checks
    for (const Source &source : sources) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(source.json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("%1: not valid JSON at byte %2: %3")
                            .arg(source.name)
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        if (!document.isObject())
            return fail(
                tr("%1: the top level must be an object with \"formatVersion\" and \"entries\"").arg(source.name));
        const QJsonObject root = document.object();
        if (root.value(u"formatVersion").toInt() != 1)
            return fail(tr("%1: \"formatVersion\" must be 1").arg(source.name));
        if (!root.value(u"entries").isArray())
            return fail(tr("%1: \"entries\" must be an array").arg(source.name));

        const QJsonArray entries = root.value(u"entries").toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString position = tr("%1: entry %2").arg(source.name).arg(i + 1);
            if (!entries.at(i).isObject())
                return fail(tr("%1: must be an object").arg(position));
            const QJsonObject object = entries.at(i).toObject();
            CodeEntry entry;
            entry.code = object.value(u"code").toString().trimmed();
            if (entry.code.isEmpty())
                return fail(tr("%1: required field \"code\" is missing").arg(position));
            const QString origin = tr("%1 (%2)").arg(position, entry.code);
            if (catalog.m_index.contains(entry.code))
                return fail(tr("%1: code %2 appears twice").arg(origin, entry.code));
            if (QString problem = EntryReader(object).read(entry); !problem.isEmpty())
                return fail(tr("%1: %2").arg(origin, problem));
            catalog.m_index.insert(entry.code, catalog.m_entries.size());
            catalog.m_entries.append(std::move(entry));
            origins.append(origin);
        }
    }

    // Basic replies first, then enhanced codes, each in the order the files give.
    QList<qsizetype> order(catalog.m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(),
                          [&](qsizetype i) { return catalog.m_entries.at(i).kind == EntryKind::Reply; });
    QList<CodeEntry> sorted;
    QList<QString> sortedOrigins;
    for (qsizetype i : std::as_const(order)) {
        sorted.append(catalog.m_entries.at(i));
        sortedOrigins.append(origins.at(i));
    }
    catalog.m_entries = std::move(sorted);
    origins = std::move(sortedOrigins);
    catalog.m_index.clear();
    for (qsizetype i = 0; i < catalog.m_entries.size(); ++i)
        catalog.m_index.insert(catalog.m_entries.at(i).code, i);

    for (qsizetype i = 0; i < catalog.m_entries.size(); ++i) {
        const CodeEntry &entry = catalog.m_entries.at(i);
        for (const QString &related : entry.related) {
            if (related == entry.code)
                return fail(tr("%1: lists itself as related").arg(origins.at(i)));
            if (!catalog.m_index.contains(related))
                return fail(tr("%1: related code %2 is not in the catalog").arg(origins.at(i), related));
        }
        for (const QString &reply : entry.replies) {
            const qsizetype target = catalog.m_index.value(reply, -1);
            if (target < 0 || catalog.m_entries.at(target).kind != EntryKind::Reply)
                return fail(tr("%1: usual reply %2 is not a reply code of the catalog").arg(origins.at(i), reply));
            catalog.m_enhancedByReply[reply].append(entry.code);
        }
    }
    if (catalog.m_entries.isEmpty())
        return fail(tr("the catalog has no entries"));
    return catalog;
}

QStringList Catalog::embeddedFiles()
{
    QStringList files;
    const QDir directory(QStringLiteral(":/catalog"));
    for (const QString &name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(directory.filePath(name));
    return files;
}

std::optional<Catalog> Catalog::loadEmbedded(QString *error)
{
    QList<Source> sources;
    for (const QString &path : embeddedFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        sources.append({QFileInfo(path).fileName(), file.readAll()});
    }
    if (sources.isEmpty()) {
        if (error)
            *error = tr("the program holds no catalog files under :/catalog");
        return std::nullopt;
    }
    return fromSources(sources, error);
}

QString Catalog::genericEnhanced(QStringView code)
{
    if (code.size() >= 5 && (code[0] == u'2' || code[0] == u'4' || code[0] == u'5') && code[1] == u'.' &&
        isEnhancedCode(code))
        return u'X' + code.mid(1).toString();
    return code.toString();
}

qsizetype Catalog::indexOf(QStringView code) const
{
    const QStringView trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 12)
        return -1;
    QString key = trimmed.toString();
    if (key.front() == u'x')
        key.front() = u'X';
    if (auto it = m_index.constFind(key); it != m_index.cend())
        return *it;
    if (auto it = m_index.constFind(genericEnhanced(key)); it != m_index.cend())
        return *it;
    return -1;
}

const CodeEntry *Catalog::find(QStringView code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? nullptr : &m_entries.at(index);
}

QStringList Catalog::nearest(QStringView code, int count) const
{
    // Codes are short; a long argument is compared by its beginning only.
    const QString probe = genericEnhanced(code.trimmed().left(12));
    bool numeric = false;
    const int number = probe.toInt(&numeric);

    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CodeEntry &entry = m_entries.at(i);
        int distance = editDistance(probe, entry.code) * 1000;
        if (numeric && entry.kind == EntryKind::Reply)
            distance = std::min(distance, std::abs(entry.code.toInt() - number));
        else if (numeric)
            distance += 100000; // a number is most likely a reply code
        ranked.append({distance, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList codes;
    for (qsizetype i = 0; i < ranked.size() && codes.size() < count; ++i)
        codes.append(m_entries.at(ranked.at(i).second).code);
    return codes;
}

QStringList Catalog::enhancedFor(const QString &replyCode) const
{
    return m_enhancedByReply.value(replyCode);
}

} // namespace SmtpCodes::Core
