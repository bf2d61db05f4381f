#include "ui/UsageUpload.h"

#include "core/usage/UsageReporter.h"
#include "ui/FutureWatch.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace mm::ui {
namespace {

struct Uploaded
{
    int acknowledged = 0;
    QStringList problems;
};

Uploaded upload(Profile profile, const QUrl& marketplace)
{
    const QString path = usage::UsageLedger::pathIn(profile.directory());
    // Most profiles run no metered module: no ledger, nothing to send, and none is created.
    if (!QFileInfo::exists(path))
        return {};
    auto ledger = usage::UsageLedger::open(path);
    if (!ledger)
        return {0, {ledger.error().message}};
    usage::UsageReporter reporter(**ledger, marketplace);
    const auto outcome = reporter.reportAll();
    // Signed out, the records wait in the ledger for the next sync after a sign-in.
    if (!outcome && outcome.error().code == ErrorCode::Unauthenticated) {
        spdlog::debug("usage: not reported, nobody is signed in to {}", marketplace.toString().toStdString());
        return {};
    }
    if (!outcome)
        return {0, {outcome.error().message}};
    Uploaded uploaded{0, outcome->problems};
    for (const auto& report : outcome->reports)
        uploaded.acknowledged += report.acknowledged;
    return uploaded;
}

} // namespace

UsageUpload::UsageUpload(QObject* parent)
    : QObject(parent)
{}

void UsageUpload::start(const Profile& profile, const QUrl& marketplace)
{
    if (m_running)
        return;
    m_running = true;
    whenReady(this, QtConcurrent::run(upload, profile, marketplace), [this](const Uploaded& uploaded) {
        m_running = false;
        if (uploaded.acknowledged > 0)
            spdlog::info("usage: the marketplace took {} usage records", uploaded.acknowledged);
        for (const QString& problem : uploaded.problems)
            spdlog::warn("usage not reported, kept for the next sync: {}", problem.toStdString());
        Q_EMIT finished(uploaded.acknowledged, uploaded.problems);
    });
}

} // namespace mm::ui
