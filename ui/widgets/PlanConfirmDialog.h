#pragma once

#include "core/resolver/Plan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mm::ui {

class PlanTableModel;

// The confirmation before an install, update, uninstall or rollback: every step with its
// versions and the download size, with the action's button and Cancel. When no plan exists it
// shows the resolver's explanation and only Close. Accepted means "go ahead".
class PlanConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanConfirmDialog(QWidget* parent = nullptr);

    void showPlan(const QString& heading, const resolver::Plan& plan, const QString& confirmText);
    // No plan (or nothing to do): the explanation and a Close button.
    void showRefusal(const QString& heading, const QString& explanation);

    bool hasPlan() const { return m_hasPlan; }
    QString heading() const;
    QString summary() const;
    PlanTableModel* planModel() const { return m_model; }
    // The action's button; null while the dialog shows a refusal.
    QPushButton* confirmButton() const;
    // Cancel next to a plan, Close next to a refusal.
    QPushButton* cancelButton() const;

    static QString summaryOf(const resolver::Plan& plan);

private:
    void fitTable();
    void fitHeight();

    QLabel* m_heading;
    QLabel* m_summary;
    QTableView* m_steps;
    PlanTableModel* m_model;
    QDialogButtonBox* m_buttons;
    bool m_hasPlan = false;
};

} // namespace mm::ui
