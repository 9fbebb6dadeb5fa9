#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace SmtpCodes::Core {

/// A key and a text: a code and its label in a list of links, a server and its reply line in examples.
struct DocumentItem
{
    QString key;
    QString text;
};

/// One block of a Document. Which members are used depends on the kind.
struct DocumentBlock
{
    enum class Kind
    {
        Heading,      ///< text; level 1 for a section, 2 for a heading inside a column
        Paragraph,    ///< text
        NumberedList, ///< items
        BulletList,   ///< items
        Examples,     ///< pairs: server, raw reply line (always shown left-to-right, monospace)
        Links,        ///< pairs: code, label; the code is a link into the catalog
        References,   ///< pairs: web address (may be empty), label; addresses are shown only where text can link
        Table,        ///< items: the column headings; rows: the cells
        Columns,      ///< first and second, side by side where there is room (the first at the start of the
                      ///< reading direction), one after the other elsewhere
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QStringList items;
    QList<DocumentItem> pairs;
    QList<QStringList> rows;
    std::vector<DocumentBlock> left;
    std::vector<DocumentBlock> right;
};

/// What the app says about a code or a pair of codes, independent of how it is shown. One Document renders to
/// plain text, Markdown and the HTML of the detail and comparison panels (see renderer.h), so every sentence is
/// composed once.
struct Document
{
    QString title;
    bool rightToLeft = false;
    std::vector<DocumentBlock> blocks;

    static DocumentBlock heading(const QString &text, int level = 1);
    static DocumentBlock paragraph(const QString &text);
    static DocumentBlock list(DocumentBlock::Kind kind, const QStringList &items);
    static DocumentBlock pairs(DocumentBlock::Kind kind, const QList<DocumentItem> &pairs);
    static DocumentBlock table(const QStringList &headings, const QList<QStringList> &rows);
};

/// Wraps @p text in a left-to-right isolate (U+2066 … U+2069) when @p rightToLeft, so that "550 5.1.1" or a raw
/// server line keeps its order inside right-to-left text; returns it unchanged otherwise.
QString isolateLeftToRight(const QString &text, bool rightToLeft);

/// Wraps @p text in a first-strong isolate (U+2068 … U+2069) when @p rightToLeft, so that catalog text quoted in
/// a translated sentence (an English name or description inside Arabic) keeps its own direction and punctuation.
QString isolate(const QString &text, bool rightToLeft);

/// @p text without the bidirectional controls isolateLeftToRight() and isolate() add: for terminals, which lay
/// text out by themselves, and for machine-readable output.
QString withoutBidiControls(QString text);

/// @p text cut to its first 24 characters and an ellipsis when longer: how the app names what the user typed in a
/// message, so that a 100 000-character argument still makes a one-line message.
QString shortened(const QString &text);

/// True when text in @p language is written right to left ("ar").
bool isRightToLeftLanguage(const QString &language);

} // namespace SmtpCodes::Core
