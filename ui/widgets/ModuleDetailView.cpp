#include "ui/widgets/ModuleDetailView.h"

#include "ui/models/IconCache.h"
#include "ui/models/PlanTableModel.h"
#include "ui/models/PriceText.h"
#include "ui/models/VersionTableModel.h"
#include "ui/reviews/ReviewsPanel.h"
#include "ui/widgets/InstallActionBar.h"
#include "ui/widgets/ModuleLicensePanel.h"
#include "ui/widgets/PageStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

ModuleDetailView::ModuleDetailView(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_byline(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_compatibility(new QLabel(this))
    , m_reputation(new QLabel(this))
    , m_license(new ModuleLicensePanel(this))
    , m_actions(new InstallActionBar(this))
    , m_tabs(new QTabWidget(this))
    , m_description(new QTextBrowser(this))
    , m_pricing(new QTextBrowser(this))
    , m_versions(new QTableView(this))
    , m_changelog(new QTextBrowser(this))
    , m_planSummary(new QLabel(this))
    , m_planSteps(new QTableView(this))
    , m_planModel(new PlanTableModel(this))
    , m_versionModel(new VersionTableModel(this))
    , m_icons(std::make_unique<IconCache>())
{
    setObjectName(u"moduleDetail"_s);
    auto* back = new QPushButton(tr("← Back to the catalog"), this);
    back->setObjectName(u"backButton"_s);
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &ModuleDetailView::backRequested);

    stylePageTitle(m_title);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_compatibility->setWordWrap(true);
    m_compatibility->setObjectName(u"detailCompatibility"_s);
    m_icon->setFixedSize(72, 72);
    m_reputation->setObjectName(u"detailReputation"_s);
    m_reputation->hide();

    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_byline);
    headerText->addWidget(m_facts);
    headerText->addWidget(m_reputation);
    headerText->addWidget(m_compatibility);
    headerText->addWidget(m_license);
    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(headerText, 1);
    header->addWidget(m_actions, 0, Qt::AlignTop);
    connect(m_actions, &InstallActionBar::actionRequested, this, &ModuleDetailView::actionRequested);

    for (QTextBrowser* browser : {m_description, m_pricing, m_changelog}) {
        browser->setOpenExternalLinks(true);
        browser->setFrameShape(QFrame::NoFrame);
    }
    m_description->setObjectName(u"detailDescription"_s);
    m_versions->setModel(m_versionModel);
    m_versions->setObjectName(u"detailVersions"_s);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setWordWrap(false);
    m_tabs->addTab(m_description, tr("Overview"));
    m_tabs->addTab(m_pricing, tr("Pricing"));
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_changelog, tr("Changelog"));

    // The install plan: every module that installing this one brings, or why it cannot be installed.
    auto* planPage = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planPage);
    m_planSummary->setObjectName(u"planSummary"_s);
    m_planSummary->setWordWrap(true);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planSteps->setObjectName(u"planSteps"_s);
    m_planSteps->setModel(m_planModel);
    m_planSteps->verticalHeader()->hide();
    m_planSteps->horizontalHeader()->setSectionResizeMode(PlanTableModel::ModuleColumn, QHeaderView::Stretch);
    planLayout->addWidget(m_planSummary);
    planLayout->addWidget(m_planSteps, 1);
    planLayout->addStretch(); // keeps an explanation at the top while the table is hidden
    m_tabs->addTab(planPage, tr("Install plan"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);
}

ModuleDetailView::~ModuleDetailView() = default;

void ModuleDetailView::showModule(const catalog::ModuleRecord& module, const QString& publisherName,
                                  const catalog::HostPlatform& host)
{
    m_moduleId = module.id;
    m_actions->setModule(module.id, module.name);
    m_icon->setPixmap(m_icons->icon(module.id, module.name, module.icon, 72, devicePixelRatioF()));
    m_title->setText(module.name);
    m_byline->setText(tr("by %1 · %2").arg(publisherName.toHtmlEscaped(), module.summary.toHtmlEscaped()));
    m_byline->setWordWrap(true);

    const QLocale locale;
    const QString rating = module.rating.count() > 0
                               ? tr("★ %1 from %Ln rating(s)", nullptr, int(module.rating.count()))
                                     .arg(locale.toString(module.rating.averageX100() / 100.0, 'f', 1))
                               : tr("No ratings yet");
    m_facts->setText(
        tr("<b>%1</b> · %2 · %Ln install(s) · latest %3", nullptr,
           int(std::min<qint64>(module.installs, INT_MAX)))
            .arg(module.pricing.shortLabel(locale).toHtmlEscaped(), rating, module.latest().version));

    const catalog::VersionInfo* runnable = host.newestAccepted(module);
    if (runnable)
        m_compatibility->setText(
            tr("<span style='color:#2e7d32'>✔ Version %1 runs on your host platform %2.</span>")
                .arg(runnable->version, host.version.toString()));
    else
        m_compatibility->setText(
            tr("<span style='color:#b03a2e'>✘ No version runs on your host platform: the "
               "latest cannot be used because %1.</span>")
                .arg(host.rejectionReason(module.latest()).toHtmlEscaped()));
    m_license->setModule(module, host);
    m_actions->setRefusal(
        runnable ? QString()
                 : tr("Cannot be installed here: %1.").arg(host.rejectionReason(module.latest())));

    m_description->setMarkdown(module.description.isEmpty() ? tr("*No description.*") : module.description);
    m_pricing->setMarkdown(pricingMarkdown(module));
    m_versionModel->setModule(module, host);
    m_versions->resizeColumnsToContents();
    m_changelog->setMarkdown(changelogMarkdown(module));
    m_tabs->setCurrentIndex(0);
}

void ModuleDetailView::showError(const QString& message)
{
    m_moduleId.clear();
    m_actions->setModule({}, {});
    m_icon->clear();
    m_title->setText(tr("Module not available"));
    m_byline->setText(message.toHtmlEscaped());
    m_facts->clear();
    m_compatibility->clear();
    m_reputation->hide();
    m_license->clear();
    m_description->clear();
    m_pricing->clear();
    m_changelog->clear();
}

void ModuleDetailView::showReputation(const std::optional<catalog::PublisherReputation>& reputation)
{
    m_reputation->setVisible(reputation.has_value());
    if (!reputation)
        return;
    m_reputation->setText(tr("Publisher reputation %1/100 · %2 approved, %3 declined, %Ln takedown(s)",
                             nullptr, int(std::min<qint64>(reputation->takedowns, INT_MAX)))
                              .arg(reputation->score)
                              .arg(reputation->approved)
                              .arg(reputation->declined));
    m_reputation->setToolTip(tr("From the ratings of the publisher's modules, its approval history and its "
                                "takedowns."));
}

void ModuleDetailView::addReviewsTab(ReviewsPanel* panel)
{
    m_tabs->addTab(panel, tr("Reviews"));
}

const QStringList& ModuleDetailView::tabNames()
{
    // In the order the constructor adds the tabs.
    static const QStringList names{u"overview"_s,  u"pricing"_s, u"versions"_s,
                                   u"changelog"_s, u"plan"_s,    u"reviews"_s};
    return names;
}

bool ModuleDetailView::showTab(const QString& name)
{
    const qsizetype index = tabNames().indexOf(name);
    if (index < 0 || index >= m_tabs->count())
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

void ModuleDetailView::showPlanPending()
{
    m_planModel->clear();
    m_planSteps->hide();
    m_planSummary->setText(tr("Working out what installing this module takes…"));
}

void ModuleDetailView::showPlan(const Result<resolver::InstallPreview>& preview)
{
    if (!preview) {
        m_planModel->clear();
        m_planSteps->hide();
        m_planSummary->setText(preview.error().message.toHtmlEscaped());
        return;
    }
    if (!preview->plan) {
        m_planModel->clear();
        m_planSteps->hide();
        m_planSummary->setText(tr("<b>This module cannot be installed here.</b>") + u"<p>"_s +
                               preview->explanation.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s);
        return;
    }
    const resolver::Plan& plan = *preview->plan;
    if (plan.isEmpty()) { // resolved against the installed set: this module is part of it
        m_planModel->clear();
        m_planSteps->hide();
        m_planSummary->setText(tr("This module is installed, together with everything it needs."));
        return;
    }
    m_planModel->setPlan(plan);
    m_planSteps->resizeColumnsToContents();
    m_planSteps->show();
    m_planSummary->setText(tr("Installing takes %n module(s), %1 to download, dependencies first:", nullptr,
                              int(plan.steps.size()))
                               .arg(QLocale().formattedDataSize(plan.downloadSize)));
}

void ModuleDetailView::showTenantPrice(const checkout::TenantPrice& price)
{
    if (price.module == m_moduleId)
        m_pricing->setMarkdown(PriceText::markdown(price));
}

QString ModuleDetailView::pricingMarkdown(const catalog::ModuleRecord& module)
{
    const QLocale locale;
    const auto& p = module.pricing;
    QString md;
    switch (p.model) {
    case pricing::PricingModel::Free:
        md = tr("**Free.** No payment and no license purchase are needed.");
        break;
    case pricing::PricingModel::OneTime:
        md = tr("**One-time purchase: %1.** The license does not expire.")
                 .arg(pricing::formatMoney({p.amount, p.currency}, locale));
        break;
    case pricing::PricingModel::Subscription:
        md = tr("**Subscription.** Choose a plan:") + u"\n\n"_s;
        for (const auto& plan : p.plans)
            md += u"- "_s +
                  (plan.interval == pricing::Interval::Year ? tr("%1 per year") : tr("%1 per month"))
                      .arg(pricing::formatMoney({plan.amount, p.currency}, locale)) +
                  u"\n"_s;
        break;
    case pricing::PricingModel::Usage:
        md =
            tr("**Usage-based.** %1 per %2 %3, %4 included each month.")
                .arg(pricing::formatMoney({p.usage.unitAmount, p.currency}, locale),
                     locale.toString(p.usage.perUnits), p.usage.unit, locale.toString(p.usage.includedUnits));
        break;
    }
    if (p.trialDays > 0)
        md += u"\n\n"_s + tr("A free trial of %n day(s) is available.", nullptr, p.trialDays);
    QStringList tiers;
    for (const auto& v : module.versions)
        if (v.minTier != u"free" && !tiers.contains(v.minTier))
            tiers.append(v.minTier);
    if (!tiers.isEmpty())
        md += u"\n\n"_s + tr("Some versions need the %1 tier.").arg(tiers.join(u", "_s));
    return md;
}

QString ModuleDetailView::changelogMarkdown(const catalog::ModuleRecord& module)
{
    QString md;
    for (const auto& v : module.versions) {
        md += u"### "_s + v.version + u" — "_s + QLocale().toString(v.released.date(), QLocale::LongFormat) +
              u"\n\n"_s;
        md += (v.changelog.isEmpty() ? tr("*No changes listed.*") : v.changelog) + u"\n\n"_s;
    }
    return md;
}

} // namespace mm::ui
