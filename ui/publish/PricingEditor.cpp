#include "ui/publish/PricingEditor.h"

#include "core/common/JsonNumbers.h"
#include "core/pricing/Money.h"
#include "ui/publish/AmountText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

const QStringList modelFields = {u"currency"_s, u"amount"_s,         u"plans"_s,
                                 u"unit"_s,     u"unit_amount"_s,    u"per_units"_s,
                                 u"period"_s,   u"included_units"_s, u"trial_days"_s};

qint64 number(const QJsonValue& value)
{
    return wholeNumber(value).value_or(0);
}

} // namespace

PricingEditor::PricingEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_model(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_monthly(new QLineEdit(this))
    , m_yearly(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_unitAmount(new QLineEdit(this))
    , m_perUnits(new QSpinBox(this))
    , m_includedUnits(new QSpinBox(this))
    , m_trialDays(new QSpinBox(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_model->setObjectName(u"pricingModel"_s);
    m_model->addItem(tr("Free"), u"free"_s);
    m_model->addItem(tr("One-time purchase"), u"one_time"_s);
    m_model->addItem(tr("Subscription"), u"subscription"_s);
    m_model->addItem(tr("Usage-based"), u"usage"_s);
    m_currency->setObjectName(u"pricingCurrency"_s);
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(u"EUR"_s);
    m_amount->setObjectName(u"pricingAmount"_s);
    m_monthly->setObjectName(u"pricingMonthly"_s);
    m_yearly->setObjectName(u"pricingYearly"_s);
    for (QLineEdit* edit : {m_amount, m_monthly, m_yearly, m_unitAmount})
        edit->setPlaceholderText(tr("e.g. 9.50"));
    m_yearly->setPlaceholderText(tr("optional"));
    m_unit->setPlaceholderText(tr("e.g. API call"));
    m_perUnits->setRange(1, 1000000000);
    m_includedUnits->setRange(0, 1000000000);
    m_trialDays->setRange(0, 365);
    m_trialDays->setSpecialValueText(tr("No trial"));
    m_trialDays->setSuffix(tr(" days"));

    m_form->addRow(tr("Pricing:"), m_model);
    m_form->addRow(tr("Currency:"), m_currency);
    m_form->addRow(tr("Price:"), m_amount);
    m_form->addRow(tr("Monthly price:"), m_monthly);
    m_form->addRow(tr("Yearly price:"), m_yearly);
    m_form->addRow(tr("Counted unit:"), m_unit);
    m_form->addRow(tr("Price per block:"), m_unitAmount);
    m_form->addRow(tr("Units per block:"), m_perUnits);
    m_form->addRow(tr("Included units per month:"), m_includedUnits);
    m_form->addRow(tr("Free trial:"), m_trialDays);

    connect(m_currency, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_currency->setText(text.toUpper()); });
    connect(m_model, &QComboBox::currentIndexChanged, this, &PricingEditor::showFieldsOfModel);
    showFieldsOfModel();
}

QString PricingEditor::model() const
{
    return m_model->currentData().toString();
}

void PricingEditor::showFieldsOfModel()
{
    const QString current = model();
    const bool paid = current != u"free";
    m_form->setRowVisible(m_currency, paid);
    m_form->setRowVisible(m_amount, current == u"one_time");
    m_form->setRowVisible(m_monthly, current == u"subscription");
    m_form->setRowVisible(m_yearly, current == u"subscription");
    for (QWidget* field : std::initializer_list<QWidget*>{m_unit, m_unitAmount, m_perUnits, m_includedUnits})
        m_form->setRowVisible(field, current == u"usage");
    m_form->setRowVisible(m_trialDays, paid);
}

void PricingEditor::setPricing(const QJsonObject& pricing)
{
    m_original = pricing;
    const QString currency = pricing.value(u"currency").toString();
    const int digits = pricing::minorUnitDigits(currency);
    m_model->setCurrentIndex(std::max(0, m_model->findData(pricing.value(u"model").toString(u"free"_s))));
    m_currency->setText(currency);
    const auto amountText = [digits](const QJsonValue& value) {
        return value.isUndefined() ? QString() : AmountText::format(number(value), digits);
    };
    m_amount->setText(amountText(pricing.value(u"amount")));
    m_monthly->clear();
    m_yearly->clear();
    for (const QJsonValue& plan : pricing.value(u"plans").toArray()) {
        const QString interval = plan.toObject().value(u"interval").toString();
        (interval == u"year" ? m_yearly : m_monthly)->setText(amountText(plan.toObject().value(u"amount")));
    }
    m_unit->setText(pricing.value(u"unit").toString());
    m_unitAmount->setText(amountText(pricing.value(u"unit_amount")));
    m_perUnits->setValue(int(std::clamp<qint64>(number(pricing.value(u"per_units")), 1, 1000000000)));
    m_includedUnits->setValue(
        int(std::clamp<qint64>(number(pricing.value(u"included_units")), 0, 1000000000)));
    m_trialDays->setValue(int(std::clamp<qint64>(number(pricing.value(u"trial_days")), 0, 365)));
    showFieldsOfModel();
}

void PricingEditor::setReadOnly(bool readOnly)
{
    m_model->setEnabled(!readOnly);
    for (QLineEdit* edit : {m_currency, m_amount, m_monthly, m_yearly, m_unit, m_unitAmount})
        edit->setReadOnly(readOnly);
    for (QSpinBox* box : {m_perUnits, m_includedUnits, m_trialDays})
        box->setReadOnly(readOnly);
}

Result<qint64> PricingEditor::amountOf(const QLineEdit* edit, const QString& field, int digits,
                                       bool required) const
{
    if (edit->text().trimmed().isEmpty() && !required)
        return 0;
    const auto amount = AmountText::parse(edit->text(), digits);
    if (!amount || *amount <= 0)
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 must be an amount above zero with at most %n decimal(s), such as %2.", nullptr, digits)
                .arg(field, AmountText::format(950, digits)));
    return *amount;
}

Result<void> PricingEditor::putPlans(QJsonObject& pricing, int digits) const
{
    QJsonArray plans;
    const auto monthly = amountOf(m_monthly, tr("The monthly price"), digits, false);
    if (!monthly)
        return std::unexpected(monthly.error());
    const auto yearly = amountOf(m_yearly, tr("The yearly price"), digits, false);
    if (!yearly)
        return std::unexpected(yearly.error());
    if (*monthly > 0)
        plans.append(
            QJsonObject{{u"id"_s, u"monthly"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, *monthly}});
    if (*yearly > 0)
        plans.append(QJsonObject{{u"id"_s, u"yearly"_s}, {u"interval"_s, u"year"_s}, {u"amount"_s, *yearly}});
    if (plans.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A subscription needs a monthly or a yearly price."));
    pricing.insert(u"plans"_s, plans);
    return {};
}

Result<QJsonObject> PricingEditor::pricing() const
{
    QJsonObject pricing = m_original;
    for (const QString& field : modelFields)
        pricing.remove(field);
    const QString current = model();
    pricing.insert(u"model"_s, current);
    if (current == u"free") {
        pricing.remove(u"tier_discounts"_s); // only for paid models
        return pricing;
    }
    const QString currency = m_currency->text().trimmed();
    if (!pricing::isCurrencyCode(currency))
        return fail(
            ErrorCode::InvalidInput,
            tr("The currency must be a three-letter ISO 4217 code such as EUR, got “%1”.").arg(currency));
    const int digits = pricing::minorUnitDigits(currency);
    pricing.insert(u"currency"_s, currency);
    if (current == u"one_time") {
        const auto amount = amountOf(m_amount, tr("The price"), digits, true);
        if (!amount)
            return std::unexpected(amount.error());
        pricing.insert(u"amount"_s, *amount);
    } else if (current == u"subscription") {
        if (auto plans = putPlans(pricing, digits); !plans)
            return std::unexpected(plans.error());
    } else {
        if (m_unit->text().trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Say what is counted, such as “API call”."));
        const auto unitAmount = amountOf(m_unitAmount, tr("The price per block"), digits, true);
        if (!unitAmount)
            return std::unexpected(unitAmount.error());
        pricing.insert(u"unit"_s, m_unit->text().trimmed());
        pricing.insert(u"unit_amount"_s, *unitAmount);
        pricing.insert(u"per_units"_s, m_perUnits->value());
        pricing.insert(u"included_units"_s, m_includedUnits->value());
        pricing.insert(u"period"_s, u"month"_s);
    }
    if (m_trialDays->value() > 0)
        pricing.insert(u"trial_days"_s, m_trialDays->value());
    return pricing;
}

} // namespace mm::ui
