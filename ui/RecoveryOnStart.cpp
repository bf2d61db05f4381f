#include "ui/RecoveryOnStart.h"

#include "core/install/Recovery.h"
#include "ui/FutureWatch.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace mm::ui {

RecoveryOnStart::RecoveryOnStart(QObject* parent)
    : QObject(parent)
{}

void RecoveryOnStart::start(const Profile& profile)
{
    whenReady(this, QtConcurrent::run([profile] { return install::Recovery::recover(profile); }),
              [this](const Result<install::RecoveryReport>& report) {
                  if (!report) {
                      // Another operation (a CLI install, say) holds the profile: it recovers itself.
                      spdlog::warn("recovery at start: {}", report.error().message.toStdString());
                      Q_EMIT finished(report.error().code == ErrorCode::Conflict ? QString()
                                                                                 : report.error().message);
                      return;
                  }
                  QString message;
                  if (!report->completed.isEmpty())
                      message = tr("An interrupted operation was completed.");
                  else if (!report->rolledBack.isEmpty())
                      message = tr("An interrupted operation was undone; nothing it started was kept.");
                  if (!report->isEmpty())
                      spdlog::info(
                          "recovery at start: {} completed, {} rolled back, {} stale staging folders removed",
                          report->completed.size(), report->rolledBack.size(), report->removedStaging.size());
                  Q_EMIT finished(message);
              });
}

} // namespace mm::ui
