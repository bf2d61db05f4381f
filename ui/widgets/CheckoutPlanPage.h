#pragma once

#include "core/checkout/TenantPrice.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace mm::ui {

// The checkout dialog's first page: what happens next, in two sentences, and the tenant's price
// with a radio button per plan of a subscription (the trial mentioned when there is one).
class CheckoutPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckoutPlanPage(QWidget* parent = nullptr);

    // While the price is asked for; `text` says so (or why it failed).
    void showMessage(const QString& text, bool error);
    void setPrice(const checkout::TenantPrice& price, const QString& moduleName);
    // The plan to buy: the checked radio button's, or the only option's.
    QString plan() const;
    bool hasPrice() const { return m_hasPrice; }
    QList<QRadioButton*> planButtons() const;
    QLabel* priceLabel() const { return m_price; }
    QLabel* trialLabel() const { return m_trial; }

private:
    QLabel* m_intro;
    QLabel* m_message;
    QLabel* m_price;
    QLabel* m_trial;
    QWidget* m_plans;
    QVBoxLayout* m_planLayout;
    QButtonGroup* m_group;
    QString m_singlePlan;
    bool m_hasPrice = false;
};

} // namespace mm::ui
