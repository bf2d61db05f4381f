#include "ui/widgets/HistoryDialog.h"

#include "ui/FutureWatch.h"
#include "ui/models/HistoryTableModel.h"
#include "ui/models/InstalledReader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

HistoryDialog::HistoryDialog(const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_model(new HistoryTableModel(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(tr("Reading the history…"), this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Install history"));
    resize(860, 480);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::ModuleColumn, QHeaderView::Stretch);
    m_state->setObjectName(u"historyState"_s);
    m_state->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    whenReady(this, InstalledReader::history(profile),
              [this](const Result<QList<install::HistoryEntry>>& entries) {
                  if (!entries) {
                      m_state->setText(entries.error().message);
                  } else {
                      m_model->setEntries(*entries);
                      m_state->setText(entries->isEmpty()
                                           ? tr("Nothing has been installed with this profile yet.")
                                           : tr("Every install, update, removal and rollback, newest "
                                                "first. Hover a failed one to see why it failed."));
                  }
                  Q_EMIT loaded();
              });
}

} // namespace mm::ui
