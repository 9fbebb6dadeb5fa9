#include "codesyntax.h"

#include <QList>

#include <array>

namespace SmtpCodes::Core {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

/// The three dot-separated parts of "c.s.d" (the class part may be an X), or nothing.
std::optional<std::array<QStringView, 3>> dottedParts(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    for (qsizetype i = 1; i < 3; ++i) {
        if (parts[i].isEmpty() || parts[i].size() > 3 || !allDigits(parts[i]))
            return std::nullopt;
    }
    if (parts[0].size() != 1)
        return std::nullopt;
    return std::array<QStringView, 3>{parts[0], parts[1], parts[2]};
}

} // namespace

QString EnhancedCode::toString() const
{
    return QString::number(statusClass) + u'.' + QString::number(subject) + u'.' + QString::number(detail);
}

QString EnhancedCode::generic() const
{
    return u"X." + QString::number(subject) + u'.' + QString::number(detail);
}

namespace CodeSyntax {

bool isReplyCode(QStringView text)
{
    return text.size() == 3 && text[0] >= u'2' && text[0] <= u'5' && text[1] >= u'0' && text[1] <= u'5' &&
           isDigit(text[2]);
}

std::optional<EnhancedCode> parseEnhanced(QStringView text)
{
    const auto parts = dottedParts(text);
    if (!parts)
        return std::nullopt;
    const QChar first = (*parts)[0][0];
    if (first != u'2' && first != u'4' && first != u'5')
        return std::nullopt;
    return EnhancedCode{first.unicode() - u'0', (*parts)[1].toInt(), (*parts)[2].toInt()};
}

bool isGenericEnhanced(QStringView text)
{
    const auto parts = dottedParts(text);
    return parts && ((*parts)[0][0] == u'X' || (*parts)[0][0] == u'x');
}

QString genericEnhanced(QStringView text)
{
    if (const auto code = parseEnhanced(text))
        return code->generic();
    if (isGenericEnhanced(text))
        return u'X' + text.mid(1).toString();
    return text.toString();
}

std::optional<CodePair> parseLookup(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 24)
        return std::nullopt;
    auto enhancedPart = [](QStringView part) -> std::optional<QString> {
        if (part.startsWith(u'#'))
            part = part.mid(1);
        if (parseEnhanced(part))
            return part.toString();
        if (isGenericEnhanced(part))
            return genericEnhanced(part);
        return std::nullopt;
    };
    if (isReplyCode(text))
        return CodePair{text.toString(), {}};
    if (const auto enhanced = enhancedPart(text))
        return CodePair{{}, *enhanced};
    if (text.size() < 5 || !isReplyCode(text.left(3)) || !(isSpace(text[3]) || text[3] == u'-'))
        return std::nullopt;
    qsizetype rest = 4;
    while (rest < text.size() && isSpace(text[rest]))
        ++rest;
    const auto enhanced = enhancedPart(text.mid(rest));
    if (!enhanced)
        return std::nullopt;
    return CodePair{text.left(3).toString(), *enhanced};
}

bool isPartialCode(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    const QChar first = text[0];
    if (!isDigit(first) && first != u'x' && first != u'X')
        return false;
    int dots = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == u'.') {
            if (text[i - 1] == u'.' || ++dots > 2)
                return false;
        } else if (!isDigit(text[i])) {
            return false;
        }
    }
    // Without a dot it is a reply being typed: at most three digits, and an X alone is no reply.
    return dots > 0 || (text.size() <= 3 && isDigit(first));
}

bool replyAt(QStringView s, qsizetype i, QChar *separator)
{
    if (i < 0 || s.size() - i < 3 || !isReplyCode(s.mid(i, 3)))
        return false;
    if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'.' || s[i - 1] == u'-' || s[i - 1] == u':'))
        return false;
    if (s.size() - i == 3) {
        *separator = u' ';
        return true;
    }
    const QChar next = s[i + 3];
    if (isSpace(next) || next == u'-') {
        *separator = isSpace(next) ? u' ' : u'-';
        return true;
    }
    return false;
}

QString enhancedAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return {};
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (i < s.size() && s[i] == u'#')
        ++i;
    qsizetype end = i;
    while (end < s.size() && (isDigit(s[end]) || s[end] == u'.'))
        ++end;
    if (end < s.size() && s[end].isLetter())
        return {};
    QStringView token = s.mid(i, end - i);
    while (token.endsWith(u'.'))
        token.chop(1);
    const std::optional<EnhancedCode> code = parseEnhanced(token);
    return code ? code->toString() : QString();
}

} // namespace CodeSyntax

} // namespace SmtpCodes::Core
