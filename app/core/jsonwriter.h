#pragma once

#include "comparison.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SmtpCodes::Core {

/// The one place that turns catalog entries and comparisons into the JSON the CLI prints (field names are
/// documented in README.md).
class JsonWriter final
{
public:
    /// {"code","kind","class","className","name","description","whenYouSeeIt","howToFix","whenToUse",
    ///  "commands","examples":[{"server","text"}],"references":[{"document","section"}],"related","replies"}
    static QJsonObject entry(const CodeEntry &entry, const QString &language);

    /// {"left":entry,"right":entry,"summary","keyDifferences":[],"whenToUseEach":[]}
    static QJsonObject comparison(const Comparison &comparison);

    /// Indented UTF-8 text of @p value followed by a newline.
    static QByteArray toText(const QJsonObject &value);
    static QByteArray toText(const QJsonArray &value);
};

} // namespace SmtpCodes::Core
