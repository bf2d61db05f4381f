#include "ui/widgets/InstallProgressDialog.h"

#include "ui/models/InstallProgressModel.h"
#include "ui/widgets/InstallProgressDelegate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Status = mm::Transaction::Status;

namespace mm::ui {

InstallProgressDialog::InstallProgressDialog(install::InstallTransaction* transaction, const QString& heading,
                                             QWidget* parent)
    : QDialog(parent)
    , m_transaction(transaction)
    , m_model(new InstallProgressModel(this))
    , m_heading(new QLabel(heading, this))
    , m_steps(new QListView(this))
    , m_overall(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    transaction->setParent(this);
    setObjectName(u"installProgressDialog"_s);
    setWindowTitle(heading);
    setMinimumWidth(600);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_steps->setObjectName(u"progressSteps"_s);
    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new InstallProgressDelegate(m_steps));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setUniformItemSizes(true);
    m_overall->setObjectName(u"overallProgress"_s);
    m_overall->setTextVisible(false);
    m_status->setObjectName(u"progressStatus"_s);
    m_status->setWordWrap(true);
    m_error->setObjectName(u"progressError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b03a2e"_s);
    m_error->hide();
    m_cancel->setObjectName(u"cancelButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    m_close->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_overall);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_cancel, &QPushButton::clicked, m_transaction, &Transaction::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_transaction, &Transaction::statusChanged, this, &InstallProgressDialog::onStatus);
    connect(m_transaction, &Transaction::progressChanged, this, &InstallProgressDialog::onProgress);
    connect(m_transaction, &install::InstallTransaction::planResolved, this,
            [this] { m_model->setPlan(*m_transaction->plan()); });
    connect(m_transaction, &install::InstallTransaction::moduleProgress, m_model,
            &InstallProgressModel::setProgress);
    connect(m_transaction, &install::InstallTransaction::settled, this, &InstallProgressDialog::onSettled);
    if (m_transaction->plan())
        m_model->setPlan(*m_transaction->plan());
    // Up to eight rows without scrolling.
    m_steps->setMinimumHeight(std::min(std::max(m_model->rowCount(), 1), 8) * m_steps->sizeHintForRow(0) +
                              2 * m_steps->frameWidth());
    onStatus(m_transaction->status());
    onProgress(m_transaction->progressDone(), m_transaction->progressTotal());
}

QString InstallProgressDialog::statusText() const
{
    return m_status->text();
}

QString InstallProgressDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InstallProgressDialog::reject()
{
    if (m_transaction->isSettled())
        return QDialog::reject();
    if (!m_transaction->isFinished())
        m_transaction->cancel();
}

void InstallProgressDialog::onStatus(Transaction::Status status)
{
    switch (status) {
    case Status::Queued:
        m_status->setText(tr("Waiting to start…"));
        break;
    case Status::Downloading:
        m_status->setText(m_transaction->plan() ? tr("Downloading and verifying…")
                                                : tr("Working out the plan…"));
        break;
    case Status::Committing:
        m_status->setText(tr("Activating the new versions…"));
        m_cancel->setEnabled(false); // past the commit point the operation completes
        break;
    case Status::Done:
        m_status->setText(tr("Done: every step completed."));
        break;
    case Status::Failed:
        m_status->setText(tr("The operation failed:"));
        break;
    case Status::Cancelled:
        m_status->setText(tr("Cancelling…"));
        break;
    }
    if (!m_transaction->isFinished())
        return;
    m_model->finish(status);
    if (status == Status::Done) {
        m_overall->setRange(0, 1);
        m_overall->setValue(1);
    } else if (m_overall->maximum() == 0) {
        m_overall->setRange(0, 1); // stop the busy indicator
    }
    if (const auto& error = m_transaction->error(); error && status == Status::Failed) {
        m_error->setText(error->message);
        m_error->show();
    }
    m_cancel->hide();
    m_close->show();
    m_close->setEnabled(m_transaction->isSettled());
    m_close->setDefault(true);
}

void InstallProgressDialog::onProgress(qint64 done, qint64 total)
{
    if (m_transaction->isFinished())
        return;
    if (total <= 0) {
        m_overall->setRange(0, 0); // nothing to measure: a busy indicator
        return;
    }
    m_overall->setRange(0, 1000);
    m_overall->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    const QLocale locale;
    if (m_transaction->status() == Status::Downloading)
        m_status->setText(
            tr("Downloaded %1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void InstallProgressDialog::onSettled()
{
    m_close->setEnabled(true);
    if (m_transaction->status() != Status::Cancelled)
        return;
    if (m_transaction->applied())
        m_model->finish(Status::Done);
    m_status->setText(m_transaction->applied()
                          ? tr("The operation had passed the point where it can be cancelled and was "
                               "completed.")
                          : tr("Cancelled. Nothing was changed."));
}

} // namespace mm::ui
