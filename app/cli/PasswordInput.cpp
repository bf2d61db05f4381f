#include "app/cli/PasswordInput.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace mm::cli {
namespace {

// Turns terminal echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

Result<QString> lineFromStdin(const QString& what)
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return fail(ErrorCode::InvalidInput, PasswordInput::tr("No %1 on standard input.").arg(what));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        return fail(ErrorCode::InvalidInput,
                    PasswordInput::tr("The %1 on standard input is empty.").arg(what));
    return QString::fromStdString(line);
}

} // namespace

bool PasswordInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Result<QString> PasswordInput::readLine(const QString& what)
{
    return lineFromStdin(what);
}

Result<QString> PasswordInput::ask(const QString& prompt, bool hidden)
{
    std::cerr << prompt.toStdString() << std::flush;
    if (!hidden)
        return lineFromStdin(prompt.trimmed().chopped(prompt.trimmed().endsWith(u':') ? 1 : 0).toLower());
    Result<QString> line;
    {
        const EchoOff quiet;
        line = lineFromStdin(tr("password"));
    }
    std::cerr << std::endl; // the Enter the user typed was not echoed
    return line;
}

} // namespace mm::cli
