// The smallest window of SMTP Codes' shape: a search field and a list on the left, a text panel on the right.
// With SMTPCODES_EXIT_AFTER_SHOW set, it reports when it was shown and painted, and quits, exactly as smtp-codes
// does (the same harness).
#include <widgets/firstpaint.h>

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QSplitter window;
    auto *left = new QWidget(&window);
    auto *layout = new QVBoxLayout(left);
    layout->addWidget(new QLineEdit(left));
    auto *list = new QListView(left);
    QStringList items;
    for (int code = 200; code < 560; code += 3)
        items.append(QString::number(code));
    list->setModel(new QStringListModel(items, list));
    layout->addWidget(list);
    auto *text = new QTextBrowser(&window);
    text->setHtml(QStringLiteral("<h1>550</h1><p>Text</p>"));
    window.resize(1100, 720);
    window.show();
    if (SmtpCodes::Widgets::reportFirstPaint(window))
        return 0;
    return app.exec();
}
