#pragma once

#include "core/common/Error.h"
#include "core/semver/Range.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace mm::validation {

// One entry of the marketplace's advisory feed, like a CVE record: versions `affected` of
// `module` have a known vulnerability (docs/developers/validation.md, "Advisories").
struct Advisory
{
    enum class Level
    {
        Low,
        Medium,
        High,
        Critical
    };

    QString id; // "MMSA-2026-0001"
    QString module;
    semver::Range affected = semver::Range::any();
    Level level = Level::High;
    QString summary;
    QString advice; // "Update to 3.1.2 or later."
};

// The feed served at GET /api/marketplace/advisories:
// {"format":"modmarket-advisories/1","advisories":[{"id":…,"module":…,"affected":"<3.1.2",
//  "severity":"high","summary":…,"advice":…}]}
class AdvisoryFeed
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::AdvisoryFeed)

public:
    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;
    static constexpr qsizetype maxAdvisories = 100000;

    // Errors (ErrorCode::Parse) name the entry and the field that is wrong.
    static Result<QList<Advisory>> parse(QByteArrayView json);
    static QByteArray toJson(const QList<Advisory>& advisories);
};

QString levelName(Advisory::Level level);

} // namespace mm::validation
