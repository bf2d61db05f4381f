#include "app/cli/ModuleSpec.h"

#include "core/catalog/ModuleRecord.h"

namespace mm::cli {

Result<resolver::Request::Install> ModuleSpec::parse(const QString& text)
{
    const qsizetype at = text.indexOf(u'@');
    resolver::Request::Install wanted{at < 0 ? text : text.left(at), std::nullopt, {}};
    if (!catalog::isValidModuleId(wanted.id))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a module id").arg(wanted.id));
    if (at >= 0) {
        wanted.rangeText = text.mid(at + 1);
        auto range = semver::Range::parse(wanted.rangeText);
        if (!range)
            return std::unexpected(range.error().toError());
        wanted.range = std::move(*range);
    }
    return wanted;
}

Result<QString> ModuleSpec::parseId(const QString& text)
{
    if (!catalog::isValidModuleId(text))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a module id").arg(text));
    return text;
}

} // namespace mm::cli
