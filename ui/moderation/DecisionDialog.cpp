#include "ui/moderation/DecisionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

using Kind = moderation::Decision::Kind;

DecisionDialog::DecisionDialog(Kind kind, const QString& submissionText, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_confirm(nullptr)
{
    setObjectName(u"decisionDialog"_s);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    QString confirmText;
    switch (kind) {
    case Kind::Approve:
        setWindowTitle(tr("Approve submission"));
        intro->setText(tr("Approve %1? The marketplace countersigns the package and publishes it in the "
                          "next catalog; tenants can install it after their next sync.")
                           .arg(submissionText));
        m_text->setPlaceholderText(tr("Note for the record (optional)"));
        confirmText = tr("Approve");
        break;
    case Kind::Reject:
        setWindowTitle(tr("Reject submission"));
        intro->setText(tr("Reject %1? The developer sees the reason in My modules.").arg(submissionText));
        m_text->setPlaceholderText(tr("Why it is rejected (required)"));
        confirmText = tr("Reject");
        break;
    case Kind::RequestChanges:
        setWindowTitle(tr("Request changes"));
        intro->setText(tr("Send %1 back to the developer? They may submit the same version again after "
                          "the changes.")
                           .arg(submissionText));
        m_text->setPlaceholderText(tr("What has to change (required)"));
        confirmText = tr("Request changes");
        break;
    }
    m_text->setObjectName(u"decisionReason"_s);
    m_text->setTabChangesFocus(true);
    m_problem->setObjectName(u"decisionProblem"_s);
    m_problem->setStyleSheet(u"QLabel { color: #b03a2e; }"_s);
    m_problem->setWordWrap(true);
    m_confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"decisionConfirm"_s);
    m_confirm->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(480, 280);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateState);
    updateState();
}

Result<moderation::Decision> DecisionDialog::decision() const
{
    return moderation::Decision::make(m_kind, m_text->toPlainText());
}

void DecisionDialog::updateState()
{
    const auto decision = this->decision();
    m_confirm->setEnabled(bool(decision));
    // An empty reason is the normal start, not a mistake worth red text.
    m_problem->setText(decision || m_text->toPlainText().trimmed().isEmpty() ? QString()
                                                                             : decision.error().message);
}

void DecisionDialog::accept()
{
    if (const auto decision = this->decision(); !decision) {
        m_problem->setText(decision.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace mm::ui
