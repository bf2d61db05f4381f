#pragma once

#include "core/profile/Profile.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace mm::ui {

class HistoryTableModel;

// The install history of the profile, newest first, read off the UI thread when the dialog opens.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(const Profile& profile, QWidget* parent = nullptr);

    HistoryTableModel* model() const { return m_model; }

Q_SIGNALS:
    void loaded();

private:
    HistoryTableModel* m_model;
    QTableView* m_table;
    QLabel* m_state;
};

} // namespace mm::ui
