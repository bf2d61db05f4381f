#include "core/install/InstallTransaction.h"

#include "core/install/ModuleManager.h"

#include <QMutex>
#include <QThreadPool>

#include <functional>
#include <spdlog/spdlog.h>

namespace mm::install {

// What the worker and the transaction share. The worker posts through it; the transaction
// detaches in its destructor, after which posts are dropped, so the worker never outlives or
// touches a deleted transaction.
struct InstallTransaction::Relay
{
    QMutex mutex;
    InstallTransaction* target = nullptr;

    void post(std::function<void(InstallTransaction&)> call)
    {
        const QMutexLocker lock(&mutex);
        if (target)
            QMetaObject::invokeMethod(
                target, [transaction = target, call = std::move(call)] { call(*transaction); },
                Qt::QueuedConnection);
    }
};

namespace {

// Enough to move a progress bar smoothly without flooding the event loop with every chunk.
constexpr qint64 bytesBetweenReports = 32 * 1024;

} // namespace

InstallTransaction::InstallTransaction(Profile profile, QUrl marketplace, resolver::Request request,
                                       OperationKind kind, QSet<QString> manual, QObject* parent)
    : Transaction(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_request(std::move(request))
    , m_kind(kind)
    , m_manual(std::move(manual))
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

InstallTransaction::InstallTransaction(Profile profile, QUrl marketplace, resolver::Plan plan,
                                       OperationKind kind, QSet<QString> manual, QObject* parent)
    : Transaction(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_plan(std::move(plan))
    , m_kind(kind)
    , m_manual(std::move(manual))
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

InstallTransaction::~InstallTransaction()
{
    // A worker still running stops at its next check (or completes past the commit point).
    m_stop.request_stop();
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->target = nullptr;
}

void InstallTransaction::run()
{
    setStatus(Status::Downloading);
    if (m_plan)
        setProgress(0, m_plan->downloadSize);
    QThreadPool::globalInstance()->start([relay = m_relay, profile = m_profile, marketplace = m_marketplace,
                                          request = m_request, plan = m_plan, kind = m_kind,
                                          manual = m_manual, stop = m_stop.get_token()]() mutable {
        const auto finish = [&](Result<OperationResult> result) {
            relay->post([result = std::move(result)](InstallTransaction& t) { t.onResult(result); });
        };
        ModuleManager manager(std::move(profile), std::move(marketplace));
        if (!plan) {
            auto resolved = manager.plan(*request);
            if (!resolved)
                return finish(std::unexpected(resolved.error()));
            plan = std::move(*resolved);
            relay->post([resolvedPlan = *plan](InstallTransaction& t) { t.onPlan(resolvedPlan); });
        }
        if (stop.stop_requested())
            return finish(fail(ErrorCode::Cancelled, tr("Cancelled by the user.")));

        QHash<QString, qint64> reported;
        InstallObserver observer;
        observer.phaseChanged = [&](const QString& id, InstallPhase phase) {
            reported.remove(id);
            relay->post([id, phase](InstallTransaction& t) { t.onPhase(id, phase); });
        };
        observer.progress = [&](const QString& id, qint64 done, qint64 total) {
            const qint64 last = reported.value(id, -1);
            if (last >= 0 && done != total && done >= last && done - last < bytesBetweenReports)
                return;
            reported.insert(id, done);
            relay->post([id, done, total](InstallTransaction& t) { t.onBytes(id, done, total); });
        };
        finish(manager.apply(*plan, kind, manual, observer, stop));
    });
}

void InstallTransaction::abort()
{
    m_stop.request_stop();
}

void InstallTransaction::onPlan(const resolver::Plan& plan)
{
    m_plan = plan;
    setProgress(0, plan.downloadSize);
    Q_EMIT planResolved();
}

void InstallTransaction::onPhase(const QString& id, InstallPhase phase)
{
    m_phases.insert(id, phase);
    // The first activation happens after the journal's commit record: no way back from here.
    if (phase == InstallPhase::Activating)
        setStatus(Status::Committing);
    Q_EMIT moduleProgress(id, phase, 0, -1);
}

void InstallTransaction::onBytes(const QString& id, qint64 done, qint64 total)
{
    const InstallPhase phase = m_phases.value(id, InstallPhase::Downloading);
    if (phase == InstallPhase::Downloading && !isFinished()) {
        m_downloaded.insert(id, done);
        qint64 sum = 0;
        for (const qint64 bytes : std::as_const(m_downloaded))
            sum += bytes;
        const qint64 planned = m_plan ? m_plan->downloadSize : -1;
        setProgress(planned > 0 ? std::min(sum, planned) : sum, planned > 0 ? planned : -1);
    }
    Q_EMIT moduleProgress(id, phase, done, total);
}

void InstallTransaction::onResult(const Result<OperationResult>& result)
{
    m_settled = true;
    m_applied = result.has_value();
    if (result) {
        m_outcome = *result;
        if (!isFinished()) {
            const qint64 total = std::max<qint64>(progressTotal(), 0);
            setProgress(total, total);
            finishSucceeded();
        } else {
            spdlog::warn("install: operation {} had passed its commit point when it was cancelled and "
                         "completed",
                         result->operation);
        }
    } else {
        finishFailed(result.error());
    }
    Q_EMIT settled();
}

} // namespace mm::install
