#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace mm::test {

// One run of a program to completion: its exit code and what it printed.
struct ProgramRun
{
    int exitCode = -1; // -2 when it crashed, -1 when it did not finish in time
    QString out;
    QString err;

    QJsonObject json() const;
    QStringList errLines() const;
    // The "id" of every entry of the JSON answer's "items".
    QStringList ids() const;

    static ProgramRun run(const QString& program, const QStringList& arguments,
                          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                          int timeoutMs = 60000);
    // The same with `input` written to its standard input, which is then closed (--password-stdin).
    static ProgramRun runWithInput(const QString& program, const QStringList& arguments,
                                   const QProcessEnvironment& environment, const QByteArray& input,
                                   int timeoutMs = 60000);
    // For CLI children: HOME and XDG folders under `home` (so no profile of the user is touched),
    // no log level override, and the given locale.
    static QProcessEnvironment isolatedEnvironment(const QString& home,
                                                   const QString& locale = QStringLiteral("C"));
};

} // namespace mm::test
