#include "codelist.h"

#include "actiontext.h"
#include "codeitemdelegate.h"
#include "rerender.h"

#include <core/codesyntax.h>
#include <core/document.h>
#include <core/itemdatarole.h>
#include <core/languages.h>
#include <core/search.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

using Core::ReplyClass;

namespace {

constexpr int KindCount = 5;

} // namespace

CodeList::CodeList(const Core::Catalog &catalog, QAction *findAction, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_findAction(findAction)
    , m_model(new Core::CodeListModel(catalog, this))
    , m_search(new QLineEdit(this))
    , m_classFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    // The clear button's icon comes from the icon theme, a slow lookup: ask for it when there is text to clear.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    for (int i = 0; i < KindCount; ++i)
        m_kindFilter->addItem(QString());
    for (int i = 0; i <= Core::ReplyClasses::all().size(); ++i)
        m_classFilter->addItem(QString());
    m_view->setObjectName(QStringLiteral("codeList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CodeItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setObjectName(QStringLiteral("emptyResult"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_classFilter, 1);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &CodeList::applyQuery);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &CodeList::applyQuery);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CodeList::applyQuery);
    // The reader's choices only: a click (also on the row already current) or a move with the keyboard.
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit entryChosen(index.data(Core::IndexRole).value<qsizetype>()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_following && m_view->hasFocus())
            emit entryChosen(current.data(Core::IndexRole).value<qsizetype>());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        const qsizetype entry = index.data(Core::IndexRole).value<qsizetype>();
        QMenu menu(this);
        menu.addAction(tr("&Show %1").arg(index.data(Core::ShownCodeRole).toString()), this,
                       [this, entry] { emit entryChosen(entry); });
        menu.addAction(tr("Compare &with…"), this, [this, entry] { emit compareRequested(entry); });
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });
    // Down in the search field moves into the list, so the keyboard never has to leave the home row.
    m_search->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0));
            emit entryChosen(m_model->entryIndex(0));
        }
    });

    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_classFilter);
    setTabOrder(m_classFilter, m_view);

    onRerender(this, [this] {
        m_search->setPlaceholderText(withShortcut(tr("Search codes, names, text"), m_findAction));
        m_search->setToolTip(tr("Type a code (\"55\", \"550\", \"5.7.26\"), a provider's tag (\"TSS04\"), a word "
                                "(\"%1\") or several; the list follows as you type")
                                 .arg(exampleWord()));
        m_search->setAccessibleName(tr("Search"));
        m_classFilter->setItemText(0, tr("All classes"));
        const QList<ReplyClass> classes = Core::ReplyClasses::all();
        for (qsizetype i = 0; i < classes.size(); ++i)
            m_classFilter->setItemText(int(i) + 1, tr("%1 %2", "class label and name in the class filter: 5xx "
                                                               "Permanent Negative")
                                                       .arg(Core::ReplyClasses::label(classes.at(i)),
                                                            Core::ReplyClasses::name(classes.at(i))));
        m_classFilter->setAccessibleName(tr("Class filter"));
        const QStringList kinds{tr("All entries"), tr("Basic replies"), tr("Enhanced codes"), tr("Provider replies"),
                                tr("Bounce reasons")};
        for (int i = 0; i < KindCount; ++i)
            m_kindFilter->setItemText(i, kinds.at(i));
        m_kindFilter->setAccessibleName(tr("Kind filter"));
        m_kindFilter->setToolTip(tr("Basic three-digit replies (550), enhanced status codes (5.1.1), what providers "
                                    "mean by their replies, or the reasons bounces give"));
        m_view->setAccessibleName(tr("Codes"));
        m_model->retranslate();
        updateEmptyState();
        // The new language's index, built on another core rather than on the next keystroke; at start-up only
        // once the list is on screen, so that it does not compete with showing the window.
        if (m_painted)
            m_model->prepareSearchInBackground();
    });
    applyQuery();
}

QString CodeList::exampleWord() const
{
    // The longest word of a common entry's name in the current language: the search finds it.
    const Core::CodeEntry *entry = m_catalog->find(u"X.2.2");
    if (!entry)
        return QStringLiteral("relay");
    const QString name = m_catalog->text(*entry, Core::Field::Name, Core::Languages::current());
    QString best;
    QString word;
    const QString padded = name + u' ';
    for (const QChar c : padded) {
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (word.size() > best.size())
            best = word;
        word.clear();
    }
    return best.left(12);
}

bool CodeList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, m_model, [model = m_model] { model->prepareSearchInBackground(); });
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid()) {
                m_view->setCurrentIndex(m_model->index(0));
                emit entryChosen(m_model->entryIndex(0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeList::applyQuery()
{
    const qsizetype current = currentEntry();
    Core::SearchQuery query;
    query.text = m_search->text();
    if (const int filter = m_classFilter->currentIndex(); filter > 0)
        query.replyClass = Core::ReplyClasses::all().at(filter - 1);
    static const Core::EntryKind kinds[] = {Core::EntryKind::Reply, Core::EntryKind::Enhanced,
                                            Core::EntryKind::Provider, Core::EntryKind::Reason};
    if (const int kind = m_kindFilter->currentIndex(); kind > 0)
        query.kind = kinds[kind - 1];
    m_model->setQuery(query);
    {
        const QScopedValueRollback following(m_following, true);
        const int row = m_model->rowOf(current);
        m_view->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    }
    updateEmptyState();
    if (const auto pair = Core::CodeSyntax::parseLookup(query.text);
        pair && !pair->reply.isEmpty() && !pair->enhanced.isEmpty())
        emit lookupRequested(query.text.trimmed());
}

void CodeList::updateEmptyState()
{
    const int rows = m_model->rowCount();
    m_stack->setCurrentWidget(rows == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    if (m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No code matches these filters."));
    else
        m_empty->setText(tr("No code matches \"%1\".\nTry a shorter text, another word or the filter \"All "
                            "classes\".")
                             .arg(Core::shortened(m_search->text())));
    m_count->setText(tr("%n code(s)", nullptr, rows));
}

void CodeList::follow(const Core::Place &place)
{
    // Elsewhere (a comparison, the analyzer) the code last shown stays marked: a click on it goes back to it.
    if (place.kind != Core::Place::Kind::Entry)
        return;
    const QScopedValueRollback following(m_following, true);
    const int row = m_model->rowOf(place.entry);
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
}

qsizetype CodeList::currentEntry() const
{
    return m_model->entryIndex(m_view->currentIndex().row());
}

int CodeList::kindFilter() const
{
    return m_kindFilter->currentIndex();
}

int CodeList::classFilter() const
{
    return m_classFilter->currentIndex();
}

void CodeList::setFilters(int kind, int replyClass)
{
    {
        const QSignalBlocker blockKind(m_kindFilter);
        const QSignalBlocker blockClass(m_classFilter);
        m_kindFilter->setCurrentIndex(std::clamp(kind, 0, m_kindFilter->count() - 1));
        m_classFilter->setCurrentIndex(std::clamp(replyClass, 0, m_classFilter->count() - 1));
    }
    applyQuery();
}

void CodeList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace SmtpCodes::Widgets
