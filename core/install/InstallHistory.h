#pragma once

#include "core/common/Error.h"
#include "core/semver/Version.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace mm::install {

class InstallState;

// One module's part in one operation.
struct HistoryEntry
{
    qint64 operation = 0;
    QDateTime time; // UTC
    QString user;
    QString kind; // "install", "update", "uninstall" or "rollback"
    QString module;
    std::optional<semver::Version> from;
    std::optional<semver::Version> to;
    QString result; // "ok", "failed" or "cancelled"
    QString message;
};

// The history table of InstallState: what was installed, updated, removed or rolled back, by
// whom and how it ended.
class InstallHistory
{
    Q_DECLARE_TR_FUNCTIONS(mm::install::InstallHistory)

public:
    explicit InstallHistory(InstallState& state);

    Result<void> add(const HistoryEntry& entry);
    // Oldest first.
    Result<QList<HistoryEntry>> entries();

    // Who runs this process, for the history: $USER, else $LOGNAME, else the account's name.
    static QString currentUser();

private:
    InstallState& m_state;
};

} // namespace mm::install
