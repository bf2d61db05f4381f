#include "ui/TenantTierUpdate.h"

#include "core/licensing/TenantTier.h"
#include "ui/FutureWatch.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace mm::ui {
namespace {

Result<void> fetchAndStore(Profile profile, const QUrl& marketplace)
{
    const auto tier = licensing::TenantTier::fetch(marketplace);
    // Signed out there is no tenant to ask about: the last known tier stays (free after sign-out).
    if (!tier && tier.error().code == ErrorCode::Unauthenticated) {
        spdlog::debug("tenant tier not asked for: nobody is signed in to {}",
                      marketplace.toString().toStdString());
        return {};
    }
    if (!tier)
        return std::unexpected(tier.error());
    if (*tier != profile.tenantTier())
        spdlog::info("tenant tier is now {}", licensing::tierName(*tier).toStdString());
    return profile.setTenantTier(*tier);
}

} // namespace

TenantTierUpdate::TenantTierUpdate(QObject* parent)
    : QObject(parent)
{}

void TenantTierUpdate::start(const Profile& profile, const QUrl& marketplace)
{
    if (m_running)
        return;
    m_running = true;
    whenReady(this, QtConcurrent::run(fetchAndStore, profile, marketplace),
              [this](const Result<void>& updated) {
                  m_running = false;
                  if (!updated)
                      spdlog::warn("tenant tier not updated, keeping the last known one: {}",
                                   updated.error().message.toStdString());
                  Q_EMIT finished();
              });
}

} // namespace mm::ui
