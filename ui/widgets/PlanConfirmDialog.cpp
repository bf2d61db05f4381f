#include "ui/widgets/PlanConfirmDialog.h"

#include "ui/models/PlanTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Action = mm::resolver::PlanStep::Action;

namespace mm::ui {

PlanConfirmDialog::PlanConfirmDialog(QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_steps(new QTableView(this))
    , m_model(new PlanTableModel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"planConfirmDialog"_s);
    setWindowTitle(tr("Confirm changes"));
    setMinimumWidth(620);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(u"confirmHeading"_s);
    m_heading->setWordWrap(true);
    m_summary->setObjectName(u"confirmSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps->setObjectName(u"confirmSteps"_s);
    m_steps->setModel(m_model);
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setWordWrap(false);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(PlanTableModel::ModuleColumn, QHeaderView::Stretch);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
    layout->addStretch(1); // spare height goes below the text, not between its lines
    layout->addWidget(m_buttons);
}

QString PlanConfirmDialog::summaryOf(const resolver::Plan& plan)
{
    const auto count = [&plan](Action action) {
        return int(std::count_if(plan.steps.cbegin(), plan.steps.cend(),
                                 [action](const resolver::PlanStep& step) { return step.action == action; }));
    };
    // Counts after a colon read right in every number, without plural forms.
    QStringList parts;
    if (const int n = count(Action::Install))
        parts.append(tr("to install: %1").arg(n));
    if (const int n = count(Action::Upgrade))
        parts.append(tr("to upgrade: %1").arg(n));
    if (const int n = count(Action::Downgrade))
        parts.append(tr("to downgrade: %1").arg(n));
    if (const int n = count(Action::Remove))
        parts.append(tr("to remove: %1").arg(n));
    const QString download =
        plan.downloadSize > 0 ? QLocale().formattedDataSize(plan.downloadSize) : tr("nothing");
    return tr("Modules %1 · download: %2. The steps run in this order:").arg(parts.join(u" · "_s), download);
}

void PlanConfirmDialog::showPlan(const QString& heading, const resolver::Plan& plan,
                                 const QString& confirmText)
{
    m_hasPlan = true;
    m_heading->setText(heading);
    m_summary->setText(summaryOf(plan));
    m_model->setPlan(plan);
    m_steps->show();
    m_buttons->clear();
    QPushButton* confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    confirm->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    fitTable();
}

void PlanConfirmDialog::showRefusal(const QString& heading, const QString& explanation)
{
    m_hasPlan = false;
    m_heading->setText(heading);
    m_summary->setText(explanation.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    m_model->clear();
    m_steps->hide();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close)->setObjectName(u"cancelButton"_s);
    fitHeight();
}

void PlanConfirmDialog::fitHeight()
{
    // Wrapped text: the height that fits the dialog's width, not the one adjustSize() guesses.
    layout()->activate();
    const int width = std::max(this->width(), minimumWidth());
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height());
}

void PlanConfirmDialog::fitTable()
{
    // Exactly as tall as its steps up to a dozen rows; beyond that the table scrolls.
    const int rows = std::min(m_model->rowCount(), 12);
    const int height = m_steps->horizontalHeader()->sizeHint().height() + 2 * m_steps->frameWidth() +
                       rows * m_steps->verticalHeader()->defaultSectionSize();
    m_steps->setFixedHeight(height);
    fitHeight();
}

QString PlanConfirmDialog::heading() const
{
    return m_heading->text();
}

QString PlanConfirmDialog::summary() const
{
    return m_summary->text();
}

QPushButton* PlanConfirmDialog::confirmButton() const
{
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons)
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(button);
    return nullptr;
}

QPushButton* PlanConfirmDialog::cancelButton() const
{
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons)
        if (m_buttons->buttonRole(button) == QDialogButtonBox::RejectRole)
            return qobject_cast<QPushButton*>(button);
    return nullptr;
}

} // namespace mm::ui
