#include "ui/widgets/CheckoutPlanPage.h"

#include "ui/models/PriceText.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

CheckoutPlanPage::CheckoutPlanPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_message(new QLabel(this))
    , m_price(new QLabel(this))
    , m_trial(new QLabel(this))
    , m_plans(new QWidget(this))
    , m_planLayout(new QVBoxLayout(m_plans))
    , m_group(new QButtonGroup(this))
{
    setObjectName(u"checkoutPlanPage"_s);
    m_intro->setObjectName(u"checkoutIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("You pay on Stripe's secure page in your web browser; Module Marketplace never "
                        "sees your card. Once the payment is confirmed, the license is stored on this "
                        "computer and the module can be installed."));
    m_message->setObjectName(u"checkoutPriceMessage"_s);
    m_message->setWordWrap(true);
    m_price->setObjectName(u"checkoutPrice"_s);
    m_price->setWordWrap(true);
    m_price->setTextFormat(Qt::RichText);
    m_trial->setObjectName(u"checkoutTrial"_s);
    m_trial->setWordWrap(true);
    m_planLayout->setContentsMargins(12, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addWidget(m_price);
    layout->addWidget(m_plans);
    layout->addWidget(m_trial);
    layout->addStretch();
    showMessage(tr("Asking the marketplace for your price…"), false);
}

void CheckoutPlanPage::showMessage(const QString& text, bool error)
{
    m_hasPrice = false;
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b03a2e; }"_s : QString());
    m_message->show();
    m_price->hide();
    m_plans->hide();
    m_trial->hide();
}

void CheckoutPlanPage::setPrice(const checkout::TenantPrice& price, const QString& moduleName)
{
    for (QAbstractButton* button : m_group->buttons()) {
        m_group->removeButton(button);
        button->deleteLater();
    }
    m_singlePlan.clear();
    m_message->hide();
    const QLocale locale;
    if (price.options.size() == 1) {
        // Nothing to choose: one-time or usage.
        m_singlePlan = price.options.front().plan;
        m_price->setText(
            tr("<b>%1</b><br>%2")
                .arg(moduleName.toHtmlEscaped(), PriceText::option(price, price.options.front(), locale)) +
            (PriceText::discount(price).isEmpty() ? QString()
                                                  : u" · "_s + PriceText::discount(price).toHtmlEscaped()));
        m_plans->hide();
    } else {
        m_price->setText(tr("<b>%1</b> — choose a plan:").arg(moduleName.toHtmlEscaped()));
        for (const checkout::PriceOption& option : price.options) {
            // A radio button takes plain text: the struck list price only fits a label.
            auto* button = new QRadioButton(m_plans);
            button->setObjectName(u"plan_"_s + option.plan);
            button->setProperty("plan", option.plan);
            const QString amount = pricing::formatMoney({option.amount, price.currency}, locale);
            const QString list = pricing::formatMoney({option.listAmount, price.currency}, locale);
            const QString period =
                option.interval == u"year" ? tr("%1 per year").arg(amount) : tr("%1 per month").arg(amount);
            button->setText(option.amount == option.listAmount ? period
                                                               : tr("%1 (instead of %2)").arg(period, list));
            m_group->addButton(button);
            m_planLayout->addWidget(button);
        }
        if (!m_group->buttons().isEmpty())
            m_group->buttons().front()->setChecked(true);
        if (const QString off = PriceText::discount(price); !off.isEmpty())
            m_price->setText(m_price->text() + u"<br>"_s +
                             tr("Your prices include a %1.").arg(off.toHtmlEscaped()));
        m_plans->show();
    }
    m_price->show();
    const bool trial = price.trialDays > 0 && price.model == pricing::PricingModel::Subscription;
    m_trial->setText(trial ? tr("The subscription starts with a free trial of %n day(s); you are charged "
                                "when it ends unless you cancel before.",
                                nullptr, price.trialDays)
                           : QString());
    m_trial->setVisible(trial);
    m_hasPrice = !price.options.isEmpty();
    if (!m_hasPrice)
        showMessage(tr("%1 cannot be bought: the marketplace offers no plan for it.").arg(moduleName), true);
}

QString CheckoutPlanPage::plan() const
{
    if (!m_singlePlan.isEmpty())
        return m_singlePlan;
    QAbstractButton* checked = m_group->checkedButton();
    return checked ? checked->property("plan").toString() : QString();
}

QList<QRadioButton*> CheckoutPlanPage::planButtons() const
{
    QList<QRadioButton*> buttons;
    for (QAbstractButton* button : m_group->buttons())
        buttons.append(static_cast<QRadioButton*>(button));
    return buttons;
}

} // namespace mm::ui
