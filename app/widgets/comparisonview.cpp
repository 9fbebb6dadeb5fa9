#include "comparisonview.h"

#include "textview.h"

#include <core/comparison.h>
#include <core/entrydocument.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

ComparisonView::ComparisonView(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_leftLabel(new QLabel(this))
    , m_left(new QComboBox(this))
    , m_swap(new QPushButton(this))
    , m_rightLabel(new QLabel(this))
    , m_right(new QComboBox(this))
    , m_view(new TextView(this))
{
    m_left->setObjectName(QStringLiteral("leftPicker"));
    m_right->setObjectName(QStringLiteral("rightPicker"));
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_view->setObjectName(QStringLiteral("comparisonView"));
    for (QComboBox *picker : {m_left, m_right}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(16);
        picker->setMaxVisibleItems(20);
    }
    m_leftLabel->setBuddy(m_left);
    m_rightLabel->setBuddy(m_right);
    fillPickers();

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_leftLabel);
    pickers->addWidget(m_left, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(m_rightLabel);
    pickers->addWidget(m_right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_view, 1);

    connect(m_left, &QComboBox::currentIndexChanged, this, &ComparisonView::render);
    connect(m_right, &QComboBox::currentIndexChanged, this, &ComparisonView::render);
    connect(m_swap, &QPushButton::clicked, this, &ComparisonView::swap);
    connect(m_view, &TextView::codeActivated, this, &ComparisonView::codeActivated);

    retranslateUi();
    render();
}

void ComparisonView::fillPickers()
{
    for (QComboBox *picker : {m_left, m_right}) {
        const QSignalBlocker blocker(picker);
        const int current = picker->currentIndex();
        picker->clear();
        for (const Core::CodeEntry &entry : m_catalog->entries())
            picker->addItem(Core::EntryDocument::label(entry, m_language), entry.code);
        picker->setCurrentIndex(current);
    }
}

void ComparisonView::retranslateUi()
{
    m_leftLabel->setText(tr("&Left:"));
    m_rightLabel->setText(tr("&Right:"));
    m_swap->setText(tr("&Swap"));
    m_swap->setToolTip(tr("Exchange the two codes (Ctrl+Shift+S)"));
    m_left->setAccessibleName(tr("Left code"));
    m_right->setAccessibleName(tr("Right code"));
    m_view->setAccessibleName(tr("Comparison"));
}

void ComparisonView::changeEvent(QEvent *event)
{
    // The page itself was already rendered again by setLanguage(), which the window calls with the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ComparisonView::setCodes(const QString &left, const QString &right)
{
    const Core::CodeEntry *a = m_catalog->find(left);
    const Core::CodeEntry *b = m_catalog->find(right);
    if (!a || !b)
        return false;
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(m_left->findData(a->code));
        m_right->setCurrentIndex(m_right->findData(b->code));
    }
    render();
    return true;
}

QString ComparisonView::leftCode() const
{
    return m_left->currentData().toString();
}

QString ComparisonView::rightCode() const
{
    return m_right->currentData().toString();
}

void ComparisonView::swap()
{
    setCodes(rightCode(), leftCode());
}

void ComparisonView::setLanguage(const QString &language)
{
    m_language = language;
    fillPickers();
    render();
}

void ComparisonView::focusRightPicker()
{
    m_right->setFocus(Qt::ShortcutFocusReason);
}

Core::Document ComparisonView::document() const
{
    const Core::CodeEntry *a = m_catalog->find(leftCode());
    const Core::CodeEntry *b = m_catalog->find(rightCode());
    if (a && b)
        return Core::Comparison(*m_catalog, *a, *b, m_language).document();
    Core::Document page;
    page.title = tr("Compare two codes");
    page.rightToLeft = Core::isRightToLeftLanguage(m_language);
    page.blocks.push_back(Core::Document::paragraph(tr("Pick a code on each side to read them side by side.")));
    return page;
}

void ComparisonView::render()
{
    m_view->showDocument(document());
    if (!leftCode().isEmpty() && !rightCode().isEmpty())
        emit codesChanged(leftCode(), rightCode());
}

} // namespace SmtpCodes::Widgets
