#include "core/validation/ValidationContext.h"

#include "core/crypto/JsonFields.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

constexpr qsizetype maxCheckers = 16;
constexpr qsizetype maxListEntries = 64;

Result<QStringList> stringList(const crypto::JsonFields& in, const QString& key, qsizetype maxLength)
{
    auto array = in.array(key, maxListEntries);
    if (!array)
        return std::unexpected(array.error());
    QStringList out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isString() || array->at(i).toString().size() > maxLength)
            return in.error(crypto::JsonFields::tr("\"%1\"[%2] is not a string of at most %3 characters")
                                .arg(key)
                                .arg(i)
                                .arg(maxLength));
        out.append(array->at(i).toString());
    }
    return out;
}

} // namespace

QList<CodeChecker> ValidationContext::detectCheckers()
{
    QList<CodeChecker> out;
    if (const QString cppcheck = QStandardPaths::findExecutable(u"cppcheck"_s); !cppcheck.isEmpty())
        out.append(
            CodeChecker{u"cppcheck"_s,
                        {u"c"_s, u"cc"_s, u"cpp"_s, u"cxx"_s, u"h"_s, u"hh"_s, u"hpp"_s, u"hxx"_s},
                        cppcheck,
                        {u"--template={file}:{line}:{column}: {severity}: {message} [{id}]"_s,
                         u"--enable=warning,performance,portability"_s, u"--quiet"_s, u"--error-exitcode=0"_s,
                         u"--suppress=missingIncludeSystem"_s, u"{files}"_s}});
    if (const QString shellcheck = QStandardPaths::findExecutable(u"shellcheck"_s); !shellcheck.isEmpty())
        out.append(CodeChecker{
            u"shellcheck"_s, {u"sh"_s, u"bash"_s}, shellcheck, {u"-f"_s, u"gcc"_s, u"{files}"_s}});
    if (const QString eslint = QStandardPaths::findExecutable(u"eslint"_s); !eslint.isEmpty())
        out.append(CodeChecker{
            u"eslint"_s, {u"js"_s, u"mjs"_s, u"cjs"_s}, eslint, {u"-f"_s, u"unix"_s, u"{files}"_s}});
    return out;
}

Result<QList<CodeChecker>> ValidationContext::parseCheckers(QByteArrayView json)
{
    const QString what = crypto::JsonFields::tr("checkers file");
    auto object = crypto::JsonFields::parseObject(json, what, 1024 * 1024);
    if (!object)
        return std::unexpected(object.error());
    const crypto::JsonFields in(*object, what);
    auto entries = in.array(u"checkers"_s, maxCheckers);
    if (!entries)
        return std::unexpected(entries.error());
    static const QRegularExpression namePattern(u"^[a-z0-9][a-z0-9-]{0,31}$"_s);
    QList<CodeChecker> out;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        auto element = in.element(*entries, u"checkers"_s, i);
        if (!element)
            return std::unexpected(element.error());
        CodeChecker checker;
        auto name = element->string(u"name"_s, 32);
        if (!name)
            return std::unexpected(name.error());
        if (!namePattern.match(*name).hasMatch())
            return element->error(
                crypto::JsonFields::tr("\"name\" is \"%1\"; use lower-case letters, digits and '-'")
                    .arg(*name));
        checker.name = *name;
        auto program = element->string(u"program"_s, 4096);
        if (!program)
            return std::unexpected(program.error());
        checker.program = *program;
        auto extensions = stringList(*element, u"extensions"_s, 16);
        if (!extensions)
            return std::unexpected(extensions.error());
        if (extensions->isEmpty())
            return element->error(
                crypto::JsonFields::tr("\"extensions\" is empty; name the file types the checker reads"));
        checker.extensions = *extensions;
        auto arguments = stringList(*element, u"arguments"_s, 4096);
        if (!arguments)
            return std::unexpected(arguments.error());
        checker.arguments = *arguments;
        out.append(std::move(checker));
    }
    return out;
}

} // namespace mm::validation
