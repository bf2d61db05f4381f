#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mm::cli {

// Reads what login and signup need from the user: a line from standard input (for scripts,
// --password-stdin), or from the terminal with a prompt and, for a password, without echo.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::PasswordInput)

public:
    static bool stdinIsTerminal();
    // One line of standard input without its line ending; InvalidInput when it is empty.
    static Result<QString> readLine(const QString& what);
    // Prompts on stderr and reads one line; with `hidden` the terminal does not echo it.
    static Result<QString> ask(const QString& prompt, bool hidden);
};

} // namespace mm::cli
