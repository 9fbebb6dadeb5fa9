#include "detailpanel.h"

#include "rerender.h"
#include "textview.h"

#include <core/entrydocument.h>
#include <core/languages.h>
#include <core/lookupdocument.h>

#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

DetailPanel::DetailPanel(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_view(new TextView(this))
{
    m_view->setObjectName(QStringLiteral("detailView"));
    m_view->setReadingWidth(100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &TextView::codeActivated, this, [this](const QString &code) {
        if (const qsizetype index = m_catalog->indexOf(code); index >= 0)
            emit entryRequested(index);
    });
    onRerender(this, [this] {
        m_view->setAccessibleName(tr("Code details"));
        m_view->showDocument(document());
    });
}

void DetailPanel::show(const Core::Place &place)
{
    m_place = place;
    m_view->showDocument(document());
}

Core::Document DetailPanel::document() const
{
    const QString language = Core::Languages::current();
    switch (m_place.kind) {
    case Core::Place::Kind::Entry:
        return Core::EntryDocument::build(*m_catalog, m_catalog->at(m_place.entry), language);
    case Core::Place::Kind::Lookup:
        return Core::LookupDocument::build(*m_catalog, m_place.text, m_catalog->lookup(m_place.text), language);
    default:
        break;
    }
    Core::Document page;
    page.rightToLeft = Core::isRightToLeftLanguage(language);
    if (m_place.kind != Core::Place::Kind::Unknown) {
        // The welcome page has no title: the window's title says where the reader is, and a heading's larger font
        // would be one more font to load before the window first appears.
        page.blocks.push_back(Core::Document::paragraph(
            tr("Choose a code on the left, or type one in the search field to read what it means: a reply (550), an "
               "enhanced code (5.7.26), both together (550 5.7.26), a provider's tag (TSS04) or a word.")));
        page.blocks.push_back(Core::Document::paragraph(
            tr("Compare… puts two codes side by side; Analyze… reads a bounce and says who failed, why and what to "
               "do.")));
        return page;
    }
    const QString shown = Core::isolateLeftToRight(Core::shortened(m_place.text), page.rightToLeft);
    page.title = tr("Unknown code %1").arg(shown);
    page.blocks.push_back(
        Core::Document::paragraph(tr("The catalog has no code \"%1\". The nearest codes are:").arg(shown)));
    page.blocks.push_back(
        Core::Document::pairs(Core::DocumentBlock::Kind::Links,
                              Core::EntryDocument::links(*m_catalog, m_catalog->nearest(m_place.text), language)));
    return page;
}

} // namespace SmtpCodes::Widgets
