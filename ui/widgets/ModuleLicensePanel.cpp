#include "ui/widgets/ModuleLicensePanel.h"

#include "ui/models/PriceText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

using licensing::Tier;

ModuleLicensePanel::ModuleLicensePanel(QWidget* parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_trial(new QPushButton(this))
    , m_price(new QLabel(this))
    , m_buy(new QPushButton(tr("Buy…"), this))
{
    setObjectName(u"moduleLicense"_s);
    m_badge->setObjectName(u"detailLicenseBadge"_s);
    m_tier->setObjectName(u"detailTier"_s);
    m_tier->setWordWrap(true);
    m_tier->setStyleSheet(
        u"QLabel { color: %1; }"_s.arg(LicenseBadge::foreground(LicenseBadge::Severity::Warning).name()));
    m_trial->setObjectName(u"startTrialButton"_s);
    m_price->setObjectName(u"detailPrice"_s);
    m_price->setTextFormat(Qt::RichText);
    m_buy->setObjectName(u"buyButton"_s);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_badge);
    row->addWidget(m_price);
    row->addWidget(m_buy);
    row->addWidget(m_trial);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_tier);
    connect(m_trial, &QPushButton::clicked, this, [this] { Q_EMIT trialRequested(m_id); });
    connect(m_buy, &QPushButton::clicked, this, [this] { Q_EMIT buyRequested(m_id); });
    clear();
}

void ModuleLicensePanel::clear()
{
    m_id.clear();
    m_offersTrial = false;
    m_pending = false;
    m_paid = false;
    m_owned = false;
    m_paidLicense = false;
    m_price->clear();
    m_tier->clear();
    m_tier->hide();
    setLicense({});
}

void ModuleLicensePanel::setModule(const catalog::ModuleRecord& module, const catalog::HostPlatform& host)
{
    clear();
    m_id = module.id;
    const QString notice = tierNotice(module, host.tier);
    m_tier->setText(notice);
    m_tier->setVisible(!notice.isEmpty());
    // The marketplace gives trials of paid modules only, and only when the tier allows a version.
    bool allowed = false;
    for (const catalog::VersionInfo& version : module.versions)
        allowed = allowed || licensing::tierAllows(
                                 host.tier, licensing::tierFromName(version.minTier).value_or(Tier::Free));
    m_offersTrial =
        module.pricing.model != pricing::PricingModel::Free && module.pricing.trialDays > 0 && allowed;
    m_trial->setText(tr("Start %n-day trial", nullptr, module.pricing.trialDays));
    m_paid = module.pricing.model != pricing::PricingModel::Free;
    // The list price until the marketplace tells this tenant's (and whenever it cannot).
    m_price->setText(m_paid ? module.pricing.shortLabel().toHtmlEscaped() : QString());
    updateTrialButton();
}

void ModuleLicensePanel::setLicense(const LicenseBadge& badge)
{
    m_licensed = !badge.isEmpty();
    m_badge->setText(badge.text);
    m_badge->setStyleSheet(u"QLabel { background: %1; color: %2; border-radius: 6px; padding: 2px 8px;"
                           " font-weight: bold; }"_s.arg(LicenseBadge::background(badge.severity).name(),
                                                         LicenseBadge::foreground(badge.severity).name()));
    m_badge->setVisible(m_licensed);
    updateTrialButton();
}

void ModuleLicensePanel::setTrialPending(bool pending)
{
    m_pending = pending;
    updateTrialButton();
}

void ModuleLicensePanel::setTenantPrice(const checkout::TenantPrice& price)
{
    if (price.module != m_id)
        return;
    m_paid = price.model != pricing::PricingModel::Free;
    m_owned = price.owned && price.owned->plan != u"trial";
    m_price->setText(m_paid ? PriceText::headline(price) : QString());
    updateTrialButton();
}

void ModuleLicensePanel::setPaidLicense(bool held)
{
    m_paidLicense = held;
    updateTrialButton();
}

void ModuleLicensePanel::updateTrialButton()
{
    m_trial->setVisible(m_offersTrial && !m_licensed);
    m_trial->setEnabled(!m_pending);
    m_price->setVisible(m_paid && !m_price->text().isEmpty());
    m_buy->setVisible(m_paid && !m_owned && !m_paidLicense);
}

QString ModuleLicensePanel::tierNotice(const catalog::ModuleRecord& module, Tier tier)
{
    if (module.versions.isEmpty())
        return {};
    const catalog::VersionInfo& latest = module.latest();
    const Tier needed = licensing::tierFromName(latest.minTier).value_or(Tier::Free);
    if (licensing::tierAllows(tier, needed))
        return {};
    // Versions are newest first: the first the tier allows is as far as this tenant gets.
    for (const catalog::VersionInfo& version : module.versions)
        if (licensing::tierAllows(tier, licensing::tierFromName(version.minTier).value_or(Tier::Free)))
            return tr("Your %1 tier allows up to %2; %3 needs the %4 tier.")
                .arg(licensing::tierDisplayName(tier), version.version, latest.version,
                     licensing::tierDisplayName(needed));
    return tr("Your %1 tier allows no version of this module; %2 needs the %3 tier.")
        .arg(licensing::tierDisplayName(tier), latest.version, licensing::tierDisplayName(needed));
}

} // namespace mm::ui
