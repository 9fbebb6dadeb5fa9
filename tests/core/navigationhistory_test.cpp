#include "support/testsupport.h"

#include <core/navigationhistory.h>

using namespace SmtpCodes::Core;

namespace {

Place code(const char16_t *value)
{
    return {Place::Kind::Code, QString::fromUtf16(value), {}};
}

} // namespace

TEST(NavigationHistoryTest, BackAndForwardLikeABrowser)
{
    NavigationHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit(code(u"250"));
    history.visit(code(u"550"));
    history.visit(code(u"550")); // the same place again is no new step
    history.visit({Place::Kind::Comparison, QStringLiteral("354"), QStringLiteral("551")});
    EXPECT_EQ(history.size(), 3);
    EXPECT_EQ(history.back(), code(u"550"));
    EXPECT_EQ(history.back(), code(u"250"));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.back(), code(u"250"));
    EXPECT_EQ(history.forward(), code(u"550"));
    history.visit(code(u"421")); // a new place drops what was ahead
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), code(u"550"));
    EXPECT_EQ(history.back(), code(u"250"));
}

TEST(NavigationHistoryTest, KeepsABoundedNumberOfPlaces)
{
    NavigationHistory history;
    for (int i = 0; i < 1000; ++i)
        history.visit({Place::Kind::Code, QString::number(i), {}});
    EXPECT_EQ(history.size(), NavigationHistory::Limit);
    EXPECT_EQ(history.current().first, QStringLiteral("999"));
}

TEST(NavigationHistoryTest, PlacesRoundTripAsTextAndGarbageIsNone)
{
    for (const Place &place :
         {code(u"550"), Place{Place::Kind::Comparison, QStringLiteral("354"), QStringLiteral("551")},
          Place{Place::Kind::Analyzer, {}, {}}})
        EXPECT_EQ(Place::fromString(place.toString()), place);
    for (const char *garbage : {"", "code:", "compare:354", "compare:,551", "nonsense", "\x01\x02"})
        EXPECT_EQ(Place::fromString(QString::fromUtf8(garbage)).kind, Place::Kind::None) << garbage;
    EXPECT_EQ(Place::fromString(QStringLiteral("code:") + QString(100000, u'5')).kind, Place::Kind::None);
}
