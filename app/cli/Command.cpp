#include "app/cli/Command.h"

namespace mm::cli {

Command::~Command() = default;

ArgumentReader::ArgumentReader(QStringList arguments, QStringList optionsWithValue, QStringList flags)
    : m_arguments(std::move(arguments))
    , m_optionsWithValue(std::move(optionsWithValue))
    , m_flags(std::move(flags))
{}

Result<void> ArgumentReader::parse()
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& arg = m_arguments[i];
        if (m_optionsWithValue.contains(arg)) {
            if (i + 1 >= m_arguments.size())
                return fail(ErrorCode::InvalidInput, tr("%1 needs a value").arg(arg));
            m_values.insert(arg, m_arguments[++i]);
        } else if (m_flags.contains(arg)) {
            m_setFlags.append(arg);
        } else if (arg.startsWith(u"--") && arg.size() > 2) {
            return fail(ErrorCode::InvalidInput, tr("unknown option %1").arg(arg));
        } else {
            m_positional.append(arg);
        }
    }
    return {};
}

std::optional<QString> ArgumentReader::value(const QString& option) const
{
    const auto it = m_values.constFind(option);
    return it == m_values.cend() ? std::nullopt : std::optional(*it);
}

bool ArgumentReader::flag(const QString& option) const
{
    return m_setFlags.contains(option);
}

} // namespace mm::cli
