#pragma once

#include <core/analyzer.h>
#include <core/comparison.h>

#include <QJsonArray>
#include <QJsonObject>

namespace SmtpCodes::Cli {

/// The one place that turns catalog entries, comparisons and analyses into the JSON the CLI prints (field names
/// are documented in README.md and the manual page). Machine fields (code, kind, class, reason, verdict, action)
/// are the same in every language; human text is in the requested one, without bidirectional controls.
class JsonWriter final
{
public:
    /// {"code","kind","class","className","name","description",…}; the fields depend on the kind.
    static QJsonObject entry(const Core::Catalog &catalog, const Core::CodeEntry &entry, const QString &language);

    /// {"left":entry,"right":entry,"summary","keyDifferences":[],"whenToUseEach":[]}
    static QJsonObject comparison(const Core::Catalog &catalog, const Core::Comparison &comparison);

    /// {"lookup": text, "entries": [entry…]}: what a reply with its enhanced code names.
    static QJsonObject lookup(const Core::Catalog &catalog, const QString &text, const QList<qsizetype> &entries,
                              const QString &language);

    /// {"source","kind","reportingMta","messageId","subject","recipients":[…],"findings":[…]}
    static QJsonObject analysis(const Core::Analyzer &analyzer, const Core::Analysis &analysis,
                                const QString &language);

    /// Indented UTF-8 text of @p value followed by a newline; @p compact: one line, for JSON Lines.
    static QByteArray toText(const QJsonObject &value, bool compact = false);
    static QByteArray toText(const QJsonArray &value);
};

} // namespace SmtpCodes::Cli
