#pragma once

#include "core/moderation/Decision.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mm::ui {

// Asks a moderator to confirm a decision on a submission. Rejecting and requesting changes need a
// reason the developer will read: the confirm button stays disabled until there is one. Approving
// takes an optional note.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(moderation::Decision::Kind kind, const QString& submissionText, QWidget* parent = nullptr);

    moderation::Decision::Kind kind() const { return m_kind; }
    // The decision as typed; an error names what is missing.
    Result<moderation::Decision> decision() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    void updateState();

    moderation::Decision::Kind m_kind;
    QPlainTextEdit* m_text;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirm;
};

} // namespace mm::ui
