#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace mm::usage {

// One use a host recorded: what the marketplace bills a usage-based module by.
struct UsageRecord
{
    QString id; // a UUID: the marketplace counts each id once, so a resent record is not billed twice
    QString moduleId;
    qint64 quantity = 0;
    QDateTime time; // UTC
    bool reported = false;
};

// The profile's usage.sqlite (docs/checkout.md, "Usage-based billing"): usage the host SDK
// recorded and whether the marketplace acknowledged it. One connection per instance, for the
// thread that opened it; several processes (hosts, the app, the CLI) may share the file.
class UsageLedger
{
    Q_DECLARE_TR_FUNCTIONS(mm::usage::UsageLedger)

    struct Private
    {};

public:
    static constexpr qint64 maxQuantity = qint64(1) << 40;

    static QString pathIn(const QString& profileDirectory); // PROFILE/usage.sqlite
    static Result<std::unique_ptr<UsageLedger>> open(const QString& path);
    UsageLedger(Private, const QString& path); // use open()
    ~UsageLedger();
    UsageLedger(const UsageLedger&) = delete;
    UsageLedger& operator=(const UsageLedger&) = delete;

    // Appends a row; refuses a quantity below 1 (or absurdly large) and a malformed module id.
    Result<UsageRecord> record(const QString& moduleId, qint64 quantity,
                               const QDateTime& time = QDateTime::currentDateTimeUtc());
    // Oldest first; `limit` rows at most.
    Result<QList<UsageRecord>> unreported(const QString& moduleId, int limit);
    Result<QStringList> modulesWithUnreported();
    // Every record of a module, oldest first.
    Result<QList<UsageRecord>> records(const QString& moduleId);
    // Marks exactly these ids reported; returns how many rows changed.
    Result<int> markReported(const QStringList& ids);

private:
    Result<void> exec(const QString& sql, const QVariantList& values, const QString& what, QSqlQuery* out);
    Result<QList<UsageRecord>> select(const QString& where, const QVariantList& values, int limit);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace mm::usage
