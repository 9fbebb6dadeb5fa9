#include "support/testsupport.h"

#include <core/navigationhistory.h>

using namespace SmtpCodes;
using Core::Place;

TEST(NavigationHistoryTest, BackAndForwardLikeABrowser)
{
    Core::NavigationHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit(Place::ofEntry(1));
    history.visit(Place::ofEntry(2));
    history.visit(Place::ofEntry(2)); // the same place again is no new step
    history.visit(Place::ofComparison(3, 4));
    EXPECT_EQ(history.size(), 3);
    EXPECT_EQ(history.back(), Place::ofEntry(2));
    EXPECT_EQ(history.back(), Place::ofEntry(1));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.back(), Place::ofEntry(1));
    EXPECT_EQ(history.forward(), Place::ofEntry(2));
    history.visit(Place::ofEntry(7)); // a new place drops what was ahead
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), Place::ofEntry(2));
}

TEST(NavigationHistoryTest, EachAnalysisIsAPlaceOfItsOwn)
{
    Core::NavigationHistory history;
    history.visit(Place::ofAnalysis(1));
    history.visit(Place::ofEntry(5));
    history.visit(Place::ofAnalysis(2));
    EXPECT_EQ(history.size(), 3);
    EXPECT_EQ(history.back(), Place::ofEntry(5));
    EXPECT_EQ(history.back(), Place::ofAnalysis(1));
}

TEST(NavigationHistoryTest, ReplacingTheCurrentPlaceAddsNoStep)
{
    Core::NavigationHistory history;
    history.visit(Place::ofEntry(1));
    history.visit(Place::ofComparison(1, 2));
    history.replaceCurrent(Place::ofComparison(2, 1));
    EXPECT_EQ(history.size(), 2);
    EXPECT_EQ(history.current(), Place::ofComparison(2, 1));
}

TEST(NavigationHistoryTest, KeepsABoundedNumberOfPlaces)
{
    Core::NavigationHistory history;
    for (int i = 0; i < 1000; ++i)
        history.visit(Place::ofEntry(i));
    EXPECT_EQ(history.size(), Core::NavigationHistory::Limit);
    EXPECT_EQ(history.current().entry, 999);
}

TEST(NavigationHistoryTest, PlacesRoundTripAsTextAndGarbageIsNone)
{
    const Core::Catalog &catalog = Testing::catalog();
    for (const Place &place : {Place::ofEntry(catalog.indexOf(u"550")),
                               Place::ofComparison(catalog.indexOf(u"354"), catalog.indexOf(u"551")),
                               Place::ofLookup(QStringLiteral("550 5.7.26")), Place::ofAnalysis(0)})
        EXPECT_EQ(Place::fromString(catalog, place.toString(catalog)), place) << place.toString(catalog).toStdString();
    for (const char *garbage :
         {"", "code:", "code:999", "compare:354", "compare:,551", "lookup:550", "nonsense", "\x01\x02"})
        EXPECT_EQ(Place::fromString(catalog, QString::fromUtf8(garbage)).kind, Place::Kind::None) << garbage;
    EXPECT_EQ(Place::fromString(catalog, QStringLiteral("code:") + QString(100000, u'5')).kind, Place::Kind::None);
}
