#pragma once

#include <QProcess>
#include <QUrl>

#include <memory>
#include <optional>

namespace mm::test {

// What every helper that starts one of our servers for a test does: wait for the
// "listening on http://…" line the program prints once its port is bound, and stop it politely,
// then firmly.
namespace ListeningProcess {

// Starts `program` and reads its stdout into `output` until the line appears; the announced URL,
// or nothing when the program exits or stays silent for a minute.
std::optional<QUrl> start(QProcess& process, const QString& program, const QStringList& arguments,
                          QString& output);
void stop(std::unique_ptr<QProcess>& process);

} // namespace ListeningProcess
} // namespace mm::test
