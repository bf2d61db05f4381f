#pragma once

#include "core/catalog/CatalogDatabase.h"
#include "server/PackageStore.h"
#include "server/moderation/TakedownRecords.h"
#include "server/submissions/SubmissionRecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace mm::server::moderation {

// The submissions waiting for a moderator, with how closely to look at each (docs/moderation.md):
// risk_score = 10·errors + 3·warnings + 5 when the publisher has nothing approved yet + 5·its
// takedowns; high from 10, medium from 3, else low.
class ModerationQueue
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::moderation::ModerationQueue)

public:
    enum class Risk
    {
        Low,
        Medium,
        High
    };
    static constexpr int highRisk = 10;
    static constexpr int mediumRisk = 3;

    struct Filter
    {
        QStringList statuses; // default: passed, flagged
        QList<Risk> risks;    // empty: any
        qint64 minAgeSeconds = 0;
    };
    // From ?status=passed,flagged&risk=low|medium|high&min_age=SECONDS; errors name the parameter.
    static Result<Filter> filterFrom(const QUrlQuery& query);

    struct Assessment
    {
        int score = 0;
        Risk risk = Risk::Low;
    };

    // The newest version of a module the catalog lists whose package the store holds.
    struct Previous
    {
        QString version;
        QString sha256;
    };

    ModerationQueue(catalog::CatalogDatabase& database, submissions::SubmissionRecords& records,
                    TakedownRecords& takedowns, const PackageStore& packages);

    // Oldest first, as {"items":[…]}.
    Result<QJsonObject> list(const Filter& filter, const QDateTime& now);
    // The queue item of one submission: its JSON for moderators plus risk, age and previous version.
    Result<QJsonObject> item(const submissions::Submission& submission, const QDateTime& now);
    Result<Assessment> assess(const submissions::Submission& submission);
    Result<std::optional<Previous>> previousOf(const QString& module) const;
    // Whether the publisher has anything approved: an approved submission or a module in the catalog.
    Result<bool> hasApproved(const QString& publisher);

    static QString riskName(Risk risk);

private:
    catalog::CatalogDatabase& m_database;
    submissions::SubmissionRecords& m_records;
    TakedownRecords& m_takedowns;
    const PackageStore& m_packages;
};

} // namespace mm::server::moderation
