#include "support/testsupport.h"

#include <core/codelistmodel.h>
#include <core/itemdatarole.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace SmtpCodes;

TEST(CodeListModelTest, PassesTheModelTesterThroughQueries)
{
    Core::CodeListModel model(Testing::catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), Testing::catalog().size());

    Core::SearchQuery query;
    query.text = QStringLiteral("55");
    model.setQuery(query);
    EXPECT_EQ(model.index(0).data(Core::CodeRole).toString(), QStringLiteral("550"));

    query.text = QStringLiteral("nothing-matches-this");
    model.setQuery(query);
    EXPECT_EQ(model.rowCount(), 0);

    query.text.clear();
    query.replyClass = Core::ReplyClass::PositiveIntermediate;
    model.setQuery(query);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row).data(Core::ClassLabelRole).toString(), QStringLiteral("3xx"));
    model.retranslate();
}

TEST(CodeListModelTest, RowsCarryTheirCatalogIndex)
{
    Core::CodeListModel model(Testing::catalog());
    const qsizetype entry = Testing::catalog().indexOf(u"550");
    const int row = model.rowOf(entry);
    ASSERT_GE(row, 0);
    const QModelIndex index = model.index(row);
    EXPECT_EQ(index.data(Core::IndexRole).value<qsizetype>(), entry);
    EXPECT_EQ(model.entryIndex(row), entry);
    EXPECT_EQ(index.data(Core::CodeRole).toString(), QStringLiteral("550"));
    EXPECT_EQ(index.data(Core::NameRole).toString(), Testing::catalog().at(entry).englishText(Core::Field::Name));
    EXPECT_EQ(Core::ReplyClass(index.data(Core::ClassRole).toInt()), Core::ReplyClass::PermanentNegative);
    EXPECT_TRUE(index.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("550")));
    EXPECT_FALSE(model.data(model.index(model.rowCount() + 5), Qt::DisplayRole).isValid());
    EXPECT_EQ(model.rowOf(-1), -1);
}

TEST(CodeListModelTest, ProviderRepliesShowTheirCodeAndProvider)
{
    Core::CodeListModel model(Testing::catalog());
    const qsizetype entry = Testing::catalog().lookup(u"TSS04").value(0, -1);
    ASSERT_GE(entry, 0);
    const QModelIndex index = model.index(model.rowOf(entry));
    EXPECT_EQ(index.data(Core::ShownCodeRole).toString(), QStringLiteral("4.7.0"));
    EXPECT_TRUE(index.data(Core::NameRole).toString().startsWith(u"Yahoo"))
        << index.data(Core::NameRole).toString().toStdString();
    EXPECT_EQ(index.data(Core::ClassLabelRole).toString(), QStringLiteral("4xx"));
}

TEST(CodeListModelTest, SameResultRefreshesDataInsteadOfResetting)
{
    Core::CodeListModel model(Testing::catalog());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setQuery(Core::SearchQuery{});
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 1);
}
