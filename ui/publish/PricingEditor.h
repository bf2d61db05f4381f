#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace mm::ui {

// The "pricing" object of module.json (docs/catalog-format.md, "Pricing") as a form: the model,
// then the fields that model needs. Amounts are typed as decimal text in the currency's units and
// kept as integers in its minor unit; fields the form does not show (tier_discounts) are kept.
class PricingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PricingEditor(QWidget* parent = nullptr);

    void setPricing(const QJsonObject& pricing);
    // The object to write, or an error naming the field that is wrong.
    Result<QJsonObject> pricing() const;
    void setReadOnly(bool readOnly);

    QComboBox* modelBox() const { return m_model; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* monthlyEdit() const { return m_monthly; }
    QLineEdit* yearlyEdit() const { return m_yearly; }

private:
    void showFieldsOfModel();
    QString model() const;
    Result<qint64> amountOf(const QLineEdit* edit, const QString& field, int digits, bool required) const;
    Result<void> putPlans(QJsonObject& pricing, int digits) const;

    QJsonObject m_original;
    QFormLayout* m_form;
    QComboBox* m_model;
    QLineEdit* m_currency;
    QLineEdit* m_amount;
    QLineEdit* m_monthly;
    QLineEdit* m_yearly;
    QLineEdit* m_unit;
    QLineEdit* m_unitAmount;
    QSpinBox* m_perUnits;
    QSpinBox* m_includedUnits;
    QSpinBox* m_trialDays;
};

} // namespace mm::ui
