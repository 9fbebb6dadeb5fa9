#include "languagemenu.h"

#include <core/languages.h>

#include <QActionGroup>
#include <QEvent>

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
    retranslateUi();
}

void LanguageMenu::setCurrent(const QString &code)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
}

} // namespace SmtpCodes::Widgets
