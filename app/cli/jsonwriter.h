#pragma once

#include "jsontext.h"

#include <core/analyzer.h>
#include <core/comparison.h>

namespace SmtpCodes::Cli {

/// The one place that turns catalog entries, comparisons and analyses into the JSON the CLI prints (field names
/// are documented in README.md and the manual page). Machine fields (code, kind, class, reason, verdict, action)
/// are the same in every language; human text is in the requested one, without bidirectional controls.
class JsonWriter final
{
public:
    /// {"code","kind","class","className","name","description",…}; the fields depend on the kind.
    static void entry(JsonText &json, const Core::Catalog &catalog, const Core::CodeEntry &entry,
                      const QString &language);

    /// {"left":entry,"right":entry,"summary","keyDifferences":[],"whenToUseEach":[]}
    static void comparison(JsonText &json, const Core::Catalog &catalog, const Core::Comparison &comparison);

    /// {"lookup": text, "entries": [entry…]}: what a reply with its enhanced code names.
    static void lookup(JsonText &json, const Core::Catalog &catalog, const QString &text,
                       const QList<qsizetype> &entries, const QString &language);

    /// {"source","kind","reportingMta","messageId","subject","recipients":[…],"findings":[…]}
    static void analysis(JsonText &json, const Core::Analyzer &analyzer, const Core::Analysis &analysis,
                         const QString &language);
};

} // namespace SmtpCodes::Cli
