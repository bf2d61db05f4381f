#include "ui/widgets/LicensesView.h"

#include "ui/FutureWatch.h"
#include "ui/models/LicenseActions.h"
#include "ui/models/LicenseListModel.h"
#include "ui/widgets/PageStyle.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

LicensesView::LicensesView(Profile profile, QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_model(new LicenseListModel(this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh from marketplace"), this))
    , m_import(new QPushButton(tr("Import license file…"), this))
    , m_renew(new QPushButton(tr("Renew"), this))
    , m_buy(new QPushButton(tr("Buy…"), this))
    , m_billing(new QPushButton(tr("Manage billing…"), this))
{
    setObjectName(u"licensesView"_s);
    auto* title = new QLabel(tr("Licenses"), this);
    stylePageTitle(title);
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fdf3dc; color: #5c3d00; border: 1px solid #e8c66a;"
                            " border-radius: 4px; padding: 8px; }"_s);
    m_banner->hide();
    m_message->setObjectName(u"licensesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_progress->setObjectName(u"licensesBusy"_s);
    m_progress->setRange(0, 0); // how long the marketplace takes is unknown
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_refresh->setObjectName(u"refreshLicensesButton"_s);
    m_import->setObjectName(u"importLicenseButton"_s);
    m_renew->setObjectName(u"renewLicenseButton"_s);
    m_buy->setObjectName(u"buyLicenseButton"_s);
    m_billing->setObjectName(u"manageBillingButton"_s);
    m_billing->setToolTip(tr("Change or cancel subscriptions and payment methods on Stripe's billing page"));

    m_table->setObjectName(u"licensesTable"_s);
    setUpRecordTable(m_table, m_model, LicenseListModel::EntitlementsColumn);
    m_empty->setObjectName(u"licensesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_progress);
    header->addWidget(m_billing);
    header->addWidget(m_import);
    header->addWidget(m_refresh);
    auto* rowActions = new QHBoxLayout;
    rowActions->addWidget(new QLabel(tr("Selected license:"), this));
    rowActions->addWidget(m_renew);
    rowActions->addWidget(m_buy);
    rowActions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(rowActions);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LicensesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LicensesView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT moduleActivated(index.data(LicenseListModel::IdRole).toString());
    });
    connect(m_refresh, &QPushButton::clicked, this, &LicensesView::refreshFromMarketplace);
    connect(m_import, &QPushButton::clicked, this, &LicensesView::chooseFileToImport);
    connect(m_renew, &QPushButton::clicked, this, &LicensesView::renewCurrent);
    connect(m_billing, &QPushButton::clicked, this, &LicensesView::billingRequested);
    connect(m_buy, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT buyRequested(currentId());
    });
    setLicenses({});
}

void LicensesView::setLicenses(const LicenseList& list)
{
    const QString current = currentId();
    m_model->setLicenses(list.rows);
    m_banner->setVisible(!list.keychainProblem.isEmpty());
    m_banner->setText(tr("<b>The keychain cannot be reached, so the status of each license is unknown.</b> "
                         "The list shows what this profile's index knows. %1")
                          .arg(list.keychainProblem.toHtmlEscaped()));
    if (list.rows.isEmpty())
        m_empty->setText(
            list.problem.isEmpty()
                ? tr("No licenses yet. Free modules bring theirs when they are installed; a paid "
                     "module's page offers a trial or the purchase.")
                : list.problem);
    else if (!list.problem.isEmpty())
        showMessage(list.problem, true);
    m_table->setVisible(!list.rows.isEmpty());
    m_empty->setVisible(list.rows.isEmpty());
    selectModule(current.isEmpty() && !list.rows.isEmpty() ? list.rows.front().moduleId : current);
}

void LicensesView::reload()
{
    const quint64 generation = ++m_generation;
    whenReady(this, LicenseReader::read(m_profile, m_marketplace),
              [this, generation](const Result<LicenseList>& list) {
                  if (generation != m_generation) // a newer read is on its way
                      return;
                  if (list)
                      setLicenses(*list);
                  else
                      showMessage(list.error().message, true);
                  Q_EMIT reloaded();
              });
}

void LicensesView::refreshFromMarketplace()
{
    run(LicenseActions::refresh(m_profile, m_marketplace),
        tr("Asking the marketplace for this tenant's licenses…"));
}

void LicensesView::chooseFileToImport()
{
    auto* dialog = new QFileDialog(this, tr("Import a license file"), {},
                                   tr("License documents (*.json *.lic *.license);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &LicensesView::importFile);
    dialog->open();
}

void LicensesView::importFile(const QString& path)
{
    run(LicenseActions::importFile(m_profile, m_marketplace, path), tr("Checking and storing the license…"));
}

void LicensesView::renewCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(LicenseListModel::CanRenewRole).toBool())
        return;
    run(LicenseActions::renew(m_profile, m_marketplace,
                              current.data(LicenseListModel::LicenseIdRole).toString()),
        tr("Asking the marketplace to renew the license of %1…")
            .arg(current.data(LicenseListModel::NameRole).toString()));
}

void LicensesView::run(QFuture<Result<QString>> action, const QString& busyText)
{
    setBusy(true, busyText);
    whenReady(this, std::move(action), [this](const Result<QString>& outcome) {
        setBusy(false);
        const QString text = outcome ? *outcome : outcome.error().message;
        showMessage(text, !outcome);
        // Announced once the list shows the outcome, so whoever listens sees the new state.
        connect(
            this, &LicensesView::reloaded, this,
            [this, succeeded = outcome.has_value(), text] { Q_EMIT actionFinished(succeeded, text); },
            Qt::SingleShotConnection);
        reload();
    });
}

void LicensesView::setBusy(bool busy, const QString& text)
{
    m_busy += busy ? 1 : -1;
    m_progress->setVisible(m_busy > 0);
    if (busy)
        showMessage(text, false);
    updateActions();
}

void LicensesView::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"QLabel { color: #b03a2e; }"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString LicensesView::currentId() const
{
    return m_table->currentIndex().data(LicenseListModel::IdRole).toString();
}

void LicensesView::selectModule(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, LicenseListModel::ModuleColumn));
    updateActions();
}

void LicensesView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool idle = m_busy == 0;
    m_refresh->setEnabled(idle);
    m_import->setEnabled(idle);
    m_renew->setEnabled(idle && current.isValid() && current.data(LicenseListModel::CanRenewRole).toBool());
    m_buy->setEnabled(current.isValid() && current.data(LicenseListModel::CanBuyRole).toBool());
    // Only a tenant that pays by subscription or usage has something to manage.
    const auto& rows = m_model->licenses();
    m_billing->setVisible(std::any_of(rows.cbegin(), rows.cend(), [](const LicenseRow& row) {
        return row.plan == licensing::LicensePlan::Subscription ||
               row.plan == licensing::LicensePlan::UsageBased;
    }));
}

} // namespace mm::ui
