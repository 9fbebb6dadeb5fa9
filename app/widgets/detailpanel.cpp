#include "detailpanel.h"

#include "textview.h"

#include <core/analyzer.h>
#include <core/entrydocument.h>

#include <QEvent>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

DetailPanel::DetailPanel(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_view(new TextView(this))
{
    m_view->setObjectName(QStringLiteral("detailView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &TextView::codeActivated, this, &DetailPanel::codeActivated);
    m_view->setAccessibleName(tr("Code details"));
    render();
}

void DetailPanel::showCode(const QString &code)
{
    m_code = code;
    m_analysis.clear();
    render();
}

void DetailPanel::showAnalysis(const QString &text)
{
    m_code.clear();
    m_analysis = text;
    render();
}

void DetailPanel::setLanguage(const QString &language)
{
    m_language = language;
    render();
}

void DetailPanel::changeEvent(QEvent *event)
{
    // The page itself was already rendered again by setLanguage(), which the window calls with the new language.
    if (event->type() == QEvent::LanguageChange)
        m_view->setAccessibleName(tr("Code details"));
    QWidget::changeEvent(event);
}

void DetailPanel::render()
{
    m_view->showDocument(document());
}

Core::Document DetailPanel::document() const
{
    if (!m_analysis.isEmpty()) {
        const Core::Analyzer analyzer(*m_catalog);
        return analyzer.document(analyzer.analyze(m_analysis.toUtf8()), m_language);
    }
    if (const Core::CodeEntry *entry = m_catalog->find(m_code))
        return Core::EntryDocument::build(*m_catalog, *entry, m_language);

    Core::Document page;
    page.rightToLeft = Core::isRightToLeftLanguage(m_language);
    if (m_code.isEmpty()) {
        // The welcome page has no title: the window's title says where the reader is, and a heading's larger font
        // would be one more font to load before the window first appears.
        page.blocks.push_back(Core::Document::paragraph(
            tr("Choose a code on the left, or type one in the search field (Ctrl+F) to read what it means.")));
        page.blocks.push_back(Core::Document::paragraph(tr("Ctrl+D compares the current code with another one.")));
        return page;
    }
    const QString shown = Core::shortened(m_code);
    page.title = tr("Unknown code %1").arg(Core::isolateLeftToRight(shown, page.rightToLeft));
    page.blocks.push_back(Core::Document::paragraph(tr("The catalog has no code \"%1\". The nearest codes are:")
                                                        .arg(Core::isolateLeftToRight(shown, page.rightToLeft))));
    QList<Core::DocumentItem> links;
    for (const QString &nearest : m_catalog->nearest(m_code))
        links.append({nearest, Core::EntryDocument::label(*m_catalog->find(nearest), m_language)});
    page.blocks.push_back(Core::Document::pairs(Core::DocumentBlock::Kind::Links, links));
    return page;
}

} // namespace SmtpCodes::Widgets
