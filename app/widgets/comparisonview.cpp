#include "comparisonview.h"

#include "rerender.h"
#include "textview.h"

#include <core/comparison.h>
#include <core/entrydocument.h>
#include <core/languages.h>

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

ComparisonView::ComparisonView(const Core::Catalog &catalog, QAction *swapAction, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_firstLabel(new QLabel(this))
    , m_first(new QComboBox(this))
    , m_secondLabel(new QLabel(this))
    , m_second(new QComboBox(this))
    , m_view(new TextView(this))
{
    m_first->setObjectName(QStringLiteral("firstPicker"));
    m_second->setObjectName(QStringLiteral("secondPicker"));
    m_view->setObjectName(QStringLiteral("comparisonView"));
    m_view->setReadingWidth(180);
    auto *swap = new QToolButton(this);
    swap->setObjectName(QStringLiteral("swapButton"));
    swap->setDefaultAction(swapAction);
    swap->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QComboBox *picker : {m_first, m_second}) {
        // The pickers take the width there is, on a row each, so that a long name stays readable in a narrow
        // window.
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(12);
        picker->setMaxVisibleItems(20);
        picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);

    auto *pickers = new QGridLayout;
    pickers->addWidget(m_firstLabel, 0, 0);
    pickers->addWidget(m_first, 0, 1);
    pickers->addWidget(swap, 0, 2, 2, 1);
    pickers->addWidget(m_secondLabel, 1, 0);
    pickers->addWidget(m_second, 1, 1);
    pickers->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_view, 1);

    for (QComboBox *picker : {m_first, m_second}) {
        connect(picker, &QComboBox::activated, this, [this] { emit comparisonRequested(first(), second()); });
    }
    connect(m_view, &TextView::codeActivated, this, [this](const QString &code) {
        if (const qsizetype index = m_catalog->indexOf(code); index >= 0)
            emit entryRequested(index);
    });
    onRerender(this, [this] {
        m_firstLabel->setText(tr("&First:"));
        m_secondLabel->setText(tr("S&econd:"));
        m_first->setAccessibleName(tr("First code"));
        m_second->setAccessibleName(tr("Second code"));
        m_view->setAccessibleName(tr("Comparison"));
        fillPickers();
        m_view->showDocument(document());
    });
}

void ComparisonView::fillPickers()
{
    const QString language = Core::Languages::current();
    for (QComboBox *picker : {m_first, m_second}) {
        const QSignalBlocker blocker(picker);
        const int current = picker->currentIndex();
        picker->clear();
        for (const Core::CodeEntry &entry : m_catalog->entries())
            picker->addItem(Core::EntryDocument::label(*m_catalog, entry, language));
        picker->setCurrentIndex(current);
    }
}

void ComparisonView::show(qsizetype first, qsizetype second)
{
    // Picker rows are catalog indexes.
    m_first->setCurrentIndex(int(first));
    m_second->setCurrentIndex(int(second));
    m_view->showDocument(document());
}

qsizetype ComparisonView::first() const
{
    return m_first->currentIndex();
}

qsizetype ComparisonView::second() const
{
    return m_second->currentIndex();
}

void ComparisonView::focusSecondPicker()
{
    m_second->setFocus(Qt::ShortcutFocusReason);
}

Core::Document ComparisonView::document() const
{
    const QString language = Core::Languages::current();
    if (first() >= 0 && second() >= 0)
        return Core::Comparison(*m_catalog, m_catalog->at(first()), m_catalog->at(second()), language).document();
    Core::Document page;
    page.title = tr("Compare two codes");
    page.rightToLeft = Core::isRightToLeftLanguage(language);
    page.blocks.push_back(Core::Document::paragraph(tr("Pick a code on each side to read them side by side.")));
    return page;
}

} // namespace SmtpCodes::Widgets
