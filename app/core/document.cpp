#include "document.h"

#include <QLocale>

namespace SmtpCodes::Core {

DocumentBlock Document::heading(const QString &text, int level)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Heading;
    block.level = level;
    block.text = text;
    return block;
}

DocumentBlock Document::paragraph(const QString &text)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Paragraph;
    block.text = text;
    return block;
}

DocumentBlock Document::list(DocumentBlock::Kind kind, const QStringList &items)
{
    DocumentBlock block;
    block.kind = kind;
    block.items = items;
    return block;
}

DocumentBlock Document::pairs(DocumentBlock::Kind kind, const QList<DocumentItem> &pairs)
{
    DocumentBlock block;
    block.kind = kind;
    block.pairs = pairs;
    return block;
}

DocumentBlock Document::table(const QStringList &headings, const QList<QStringList> &rows)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.items = headings;
    block.rows = rows;
    return block;
}

QString isolateLeftToRight(const QString &text, bool rightToLeft)
{
    if (!rightToLeft)
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}

QString isolate(const QString &text, bool rightToLeft)
{
    if (!rightToLeft)
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString withoutBidiControls(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
    });
    return text;
}

QString shortened(const QString &text)
{
    constexpr qsizetype Length = 24;
    return text.size() > Length ? text.left(Length) + QChar(0x2026) : text;
}

bool isRightToLeftLanguage(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft;
}

} // namespace SmtpCodes::Core
