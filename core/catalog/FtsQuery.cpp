#include "core/catalog/FtsQuery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mm::catalog {
namespace {

constexpr qsizetype maxTerms = 16;
constexpr qsizetype maxTermLength = 64;

} // namespace

QString toFtsMatch(QStringView userText)
{
    QStringList terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty() && terms.size() < maxTerms)
            terms.append(current.left(maxTermLength));
        current.clear();
    };
    for (QChar c : userText) {
        // The unicode61 tokenizer splits on the same classes, so a word here is a token there.
        if (c.isLetterOrNumber())
            current.append(c);
        else
            flush();
    }
    const bool stillTyping = !current.isEmpty();
    flush();
    if (terms.isEmpty())
        return {};

    QString match;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (i > 0)
            match += u' ';
        match += u'"' + terms[i] + u'"';
        if (i == terms.size() - 1 && stillTyping)
            match += u'*';
    }
    return match;
}

} // namespace mm::catalog
