#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mm::cli {

class CliContext;

// One verb of modmarket-cli. Exit codes: 0 success, 1 the operation failed, 2 bad usage.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::Command)

public:
    virtual ~Command();
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "search [QUERY] [--category C] ..."
    virtual QString summary() const = 0;  // one line for the verb list
    virtual int run(CliContext& context, const QStringList& arguments) = 0;
};

// Reads a verb's own options: flags, options with a value, and positional words.
class ArgumentReader
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::ArgumentReader)

public:
    ArgumentReader(QStringList arguments, QStringList optionsWithValue, QStringList flags = {});

    // Fails on an unknown option or a missing value, naming it.
    Result<void> parse();
    std::optional<QString> value(const QString& option) const;
    bool flag(const QString& option) const;
    const QStringList& positional() const { return m_positional; }

private:
    QStringList m_arguments;
    QStringList m_optionsWithValue;
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QStringList m_setFlags;
    QStringList m_positional;
};

} // namespace mm::cli
