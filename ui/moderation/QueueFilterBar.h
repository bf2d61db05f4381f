#pragma once

#include "core/moderation/QueueItem.h"

#include <QWidget>

class QComboBox;

namespace mm::ui {

// The Moderation view's filters: which statuses (by default those waiting for a decision; the
// Approved filter is where takedowns start) and which risk.
class QueueFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit QueueFilterBar(QWidget* parent = nullptr);

    moderation::QueueFilter filter() const;
    QComboBox* statusBox() const { return m_status; }
    QComboBox* riskBox() const { return m_risk; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_status;
    QComboBox* m_risk;
};

} // namespace mm::ui
