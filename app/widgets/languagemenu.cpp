#include "languagemenu.h"

#include <core/languages.h>

#include "rerender.h"

#include <QActionGroup>

namespace SmtpCodes::Widgets {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const Core::Language &language : Core::Languages::all()) {
        // Native names are never translated: a reader finds their own language whatever the current one is.
        QAction *action = addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language_") + language.code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageChosen(action->data().toString()); });
    setCurrent(Core::Languages::current());
    onRerender(this, [this] { setTitle(tr("&Language")); });
}

void LanguageMenu::setCurrent(const QString &code)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

} // namespace SmtpCodes::Widgets
