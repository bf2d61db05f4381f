#pragma once

#include "core/common/Transaction.h"
#include "core/install/InstallEngine.h"
#include "core/install/InstallObserver.h"
#include "core/install/OperationKind.h"
#include "core/profile/Profile.h"
#include "core/resolver/Resolver.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>
#include <stop_token>

namespace mm::install {

// One install, update, uninstall or rollback for the app: ModuleManager's recipe run on a worker
// thread (the manager and its database connections are created and destroyed there), reported
// back on this object's thread. Downloading lasts until the first module is activated, then
// Committing; progress counts downloaded bytes against the plan's download size.
//
// cancel() ends the transaction as Cancelled at once, as for every Transaction, while the worker
// undoes what it had done. Past the commit point the operation can no longer be stopped and
// completes; settled() says when the worker has let go of the profile, and applied() then tells
// which way it went.
class InstallTransaction : public Transaction
{
    Q_OBJECT

public:
    // Resolves `request` first (ModuleManager::plan), then applies the plan.
    InstallTransaction(Profile profile, QUrl marketplace, resolver::Request request, OperationKind kind,
                       QSet<QString> manual, QObject* parent = nullptr);
    // Applies a plan the user has confirmed.
    InstallTransaction(Profile profile, QUrl marketplace, resolver::Plan plan, OperationKind kind,
                       QSet<QString> manual, QObject* parent = nullptr);
    ~InstallTransaction() override;

    OperationKind kind() const { return m_kind; }
    // The given plan, or the resolved one once planResolved() has been emitted.
    const std::optional<resolver::Plan>& plan() const { return m_plan; }
    // Valid once the status is Done.
    const OperationResult& outcome() const { return m_outcome; }
    bool isSettled() const { return m_settled; }
    // Once settled: whether the plan took effect.
    bool applied() const { return m_applied; }

Q_SIGNALS:
    void planResolved();
    // Bytes belong to the phase (downloading, extracting); total is -1 while unknown.
    void moduleProgress(const QString& id, mm::install::InstallPhase phase, qint64 done, qint64 total);
    void settled();

protected:
    void run() override;
    void abort() override;

private:
    struct Relay;

    void onPlan(const resolver::Plan& plan);
    void onPhase(const QString& id, InstallPhase phase);
    void onBytes(const QString& id, qint64 done, qint64 total);
    void onResult(const Result<OperationResult>& result);

    Profile m_profile;
    QUrl m_marketplace;
    std::optional<resolver::Request> m_request;
    std::optional<resolver::Plan> m_plan;
    OperationKind m_kind;
    QSet<QString> m_manual;
    std::stop_source m_stop;
    std::shared_ptr<Relay> m_relay;
    QHash<QString, InstallPhase> m_phases;
    QHash<QString, qint64> m_downloaded;
    OperationResult m_outcome;
    bool m_settled = false;
    bool m_applied = false;
};

} // namespace mm::install
