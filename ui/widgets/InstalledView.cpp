#include "ui/widgets/InstalledView.h"

#include "ui/FutureWatch.h"
#include "ui/models/InstalledModel.h"
#include "ui/widgets/HistoryDialog.h"
#include "ui/widgets/PageStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

InstalledView::InstalledView(Profile profile, QUrl marketplace, QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_marketplace(std::move(marketplace))
    , m_model(new InstalledModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_updateAll(new QPushButton(tr("Update all"), this))
    , m_history(new QPushButton(tr("History…"), this))
    , m_update(new QPushButton(tr("Update"), this))
    , m_rollBack(new QPushButton(tr("Roll back"), this))
    , m_uninstall(new QPushButton(tr("Uninstall"), this))
{
    setObjectName(u"installedView"_s);
    auto* title = new QLabel(tr("Installed modules"), this);
    stylePageTitle(title);
    m_summary->setObjectName(u"installedSummary"_s);
    m_summary->setWordWrap(true);
    m_updateAll->setObjectName(u"updateAllButton"_s);
    m_history->setObjectName(u"historyButton"_s);
    m_update->setObjectName(u"updateButton"_s);
    m_rollBack->setObjectName(u"rollBackButton"_s);
    m_uninstall->setObjectName(u"uninstallButton"_s);

    m_table->setObjectName(u"installedTable"_s);
    setUpRecordTable(m_table, m_model, InstalledModel::NameColumn);
    m_empty->setObjectName(u"installedEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No modules are installed yet. Open a module in the catalog and choose Install."));

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_history);
    header->addWidget(m_updateAll);
    auto* rowActions = new QHBoxLayout;
    rowActions->addWidget(new QLabel(tr("Selected module:"), this));
    rowActions->addWidget(m_update);
    rowActions->addWidget(m_rollBack);
    rowActions->addWidget(m_uninstall);
    rowActions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(rowActions);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InstalledView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InstalledView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT moduleActivated(index.data(InstalledModel::IdRole).toString());
    });
    connect(m_updateAll, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(InstallAction::UpdateAll, {}, {}); });
    connect(m_history, &QPushButton::clicked, this, &InstalledView::showHistory);
    connect(m_update, &QPushButton::clicked, this, [this] { requestForCurrent(InstallAction::Update); });
    connect(m_rollBack, &QPushButton::clicked, this, [this] { requestForCurrent(InstallAction::RollBack); });
    connect(m_uninstall, &QPushButton::clicked, this,
            [this] { requestForCurrent(InstallAction::Uninstall); });
    setInstalled({});
}

void InstalledView::setInstalled(const InstalledList& list)
{
    const QString current = currentId();
    m_model->setModules(list.modules);
    const int updates = m_model->updateCount();
    const QString count = tr("Installed modules: %1").arg(list.modules.size());
    if (!list.updatesUnknown.isEmpty())
        m_summary->setText(tr("%1 · updates unknown: %2").arg(count, list.updatesUnknown));
    else if (updates > 0)
        m_summary->setText(tr("%1 · updates available: %2").arg(count).arg(updates));
    else
        m_summary->setText(tr("%1 · everything is up to date").arg(count));
    m_updateAll->setText(updates > 0 ? tr("Update all (%1)").arg(updates) : tr("Update all"));
    m_updateAll->setEnabled(updates > 0);
    m_table->setVisible(!list.modules.isEmpty());
    m_empty->setVisible(list.modules.isEmpty());
    selectModule(current.isEmpty() && !list.modules.isEmpty() ? list.modules.front().id : current);
}

void InstalledView::reload()
{
    const quint64 generation = ++m_generation;
    whenReady(this, InstalledReader::installed(m_profile, m_marketplace),
              [this, generation](const Result<InstalledList>& list) {
                  if (generation != m_generation) // a newer read is on its way
                      return;
                  if (list)
                      setInstalled(*list);
                  else
                      m_summary->setText(list.error().message);
                  Q_EMIT reloaded();
              });
}

void InstalledView::showHistory()
{
    auto* dialog = new HistoryDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString InstalledView::currentId() const
{
    return m_table->currentIndex().data(InstalledModel::IdRole).toString();
}

void InstalledView::selectModule(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, InstalledModel::NameColumn));
    updateActions();
}

void InstalledView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool selected = current.isValid();
    // A held-back update stays clickable: its dialog explains what holds it back.
    m_update->setEnabled(selected && !current.data(InstalledModel::NewestVersionRole).toString().isEmpty());
    m_rollBack->setEnabled(selected && current.data(InstalledModel::CanRollBackRole).toBool());
    m_uninstall->setEnabled(selected);
    const QString version = current.data(InstalledModel::KeptVersionsRole).toStringList().value(0);
    m_rollBack->setText(version.isEmpty() ? tr("Roll back") : tr("Roll back to %1").arg(version));
    const QString update = current.data(InstalledModel::UpdateVersionRole).toString();
    m_update->setText(update.isEmpty() ? tr("Update") : tr("Update to %1").arg(update));
}

void InstalledView::requestForCurrent(InstallAction action)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT actionRequested(action, current.data(InstalledModel::IdRole).toString(),
                           current.data(InstalledModel::NameRole).toString());
}

} // namespace mm::ui
