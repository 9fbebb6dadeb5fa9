#include "codelist.h"

#include "codeitemdelegate.h"

#include <core/itemdatarole.h>

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace SmtpCodes::Widgets {

using Core::ReplyClass;

CodeList::CodeList(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
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
    for (int i = 0; i < 3; ++i)
        m_kindFilter->addItem(QString());
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

    for (int i = 0; i <= Core::ReplyClasses::all().size(); ++i)
        m_classFilter->addItem(QString());

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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit currentCodeChanged(current.data(Core::CodeRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        const QString code = index.data(Core::CodeRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Show %1").arg(code), this, [this, code] { selectCode(code); });
        menu.addAction(tr("Compare with…"), this, [this, code] { emit compareRequested(code); });
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });
    // Down in the search field moves into the list, so the keyboard never has to leave the home row.
    m_search->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0));
            m_view->setFocus();
        }
    });

    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_classFilter);
    setTabOrder(m_classFilter, m_view);

    retranslateUi();
    applyQuery();
}

void CodeList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search codes, names, text (Ctrl+F)"));
    m_search->setToolTip(tr("Type a code (\"55\", \"550\"), a word (\"relay\") or several; the list follows as you "
                            "type"));
    m_search->setAccessibleName(tr("Search"));
    m_classFilter->setItemText(0, tr("All classes"));
    const QList<ReplyClass> classes = Core::ReplyClasses::all();
    for (qsizetype i = 0; i < classes.size(); ++i)
        m_classFilter->setItemText(
            int(i) + 1, tr("%1 %2", "class label and name in the class filter: 5xx Permanent "
                                    "Negative")
                            .arg(Core::ReplyClasses::label(classes.at(i)), Core::ReplyClasses::name(classes.at(i))));
    m_classFilter->setAccessibleName(tr("Class filter"));
    m_kindFilter->setItemText(0, tr("All codes"));
    m_kindFilter->setItemText(1, tr("Basic replies"));
    m_kindFilter->setItemText(2, tr("Enhanced codes"));
    m_kindFilter->setAccessibleName(tr("Kind filter"));
    m_kindFilter->setToolTip(tr("Basic three-digit replies (550) or enhanced status codes (5.1.1)"));
    m_view->setAccessibleName(tr("Codes"));
    updateEmptyState();
}

void CodeList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CodeList::eventFilter(QObject *watched, QEvent *event)
{
    // Once the list has been painted, build the search index while the user reads, not on their first keystroke.
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] { m_model->prepareSearch(); });
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeList::applyQuery()
{
    const QString current = currentCode();
    Core::SearchQuery query;
    query.text = m_search->text();
    if (const int filter = m_classFilter->currentIndex(); filter > 0)
        query.replyClass = Core::ReplyClasses::all().at(filter - 1);
    if (const int kind = m_kindFilter->currentIndex(); kind > 0)
        query.kind = kind == 1 ? Core::EntryKind::Reply : Core::EntryKind::Enhanced;
    m_model->setQuery(query);
    static const QRegularExpression combined(
        QStringLiteral("^\\s*[2-5][0-5][0-9][\\s-]+#?[245]\\.[0-9]{1,3}\\.[0-9]{1,3}\\s*$"));
    if (combined.match(query.text).hasMatch())
        emit combinedLookup(query.text.trimmed());
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    updateEmptyState();
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
                             .arg(m_search->text().left(60)));
    m_count->setText(tr("%Ln code(s)", nullptr, rows));
}

bool CodeList::selectCode(const QString &code)
{
    int row = m_model->rowOf(code);
    if (row < 0) {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockFilter(m_classFilter);
        m_search->clear();
        const QSignalBlocker blockKind(m_kindFilter);
        m_classFilter->setCurrentIndex(0);
        m_kindFilter->setCurrentIndex(0);
        applyQuery();
        row = m_model->rowOf(code);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    if (m_view->currentIndex() == index)
        emit currentCodeChanged(code);
    else
        m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString CodeList::currentCode() const
{
    return m_view->currentIndex().data(Core::CodeRole).toString();
}

void CodeList::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
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
