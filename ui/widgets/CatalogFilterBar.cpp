#include "ui/widgets/CatalogFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace mm::ui {

CatalogFilterBar::CatalogFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_pricing(new QComboBox(this))
    , m_compatible(new QCheckBox(this))
    , m_sort(new QComboBox(this))
{
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search modules by name, tag, publisher…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    m_pricing->setObjectName(u"pricingFilter"_s);
    m_pricing->addItem(tr("Any price"), QString());
    m_pricing->addItem(tr("Free"), pricing::modelName(pricing::PricingModel::Free));
    m_pricing->addItem(tr("One-time purchase"), pricing::modelName(pricing::PricingModel::OneTime));
    m_pricing->addItem(tr("Subscription"), pricing::modelName(pricing::PricingModel::Subscription));
    m_pricing->addItem(tr("Usage-based"), pricing::modelName(pricing::PricingModel::Usage));

    m_compatible->setObjectName(u"compatibleFilter"_s);
    setHostVersion({});

    m_sort->setObjectName(u"sortOrder"_s);
    m_sort->addItem(tr("Relevance"), int(catalog::SortKey::Relevance));
    m_sort->addItem(tr("Most installed"), int(catalog::SortKey::Installs));
    m_sort->addItem(tr("Best rated"), int(catalog::SortKey::Rating));
    m_sort->addItem(tr("Newest"), int(catalog::SortKey::Newest));
    m_sort->addItem(tr("Name"), int(catalog::SortKey::Name));
    m_sort->addItem(tr("Price"), int(catalog::SortKey::Price));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_pricing);
    layout->addWidget(m_compatible);
    auto* sortLabel = new QLabel(tr("&Sort by"), this);
    sortLabel->setBuddy(m_sort);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sort);

    // A short pause after typing saves work without feeling laggy; searches run off the UI thread anyway.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(120);
    connect(&m_typingPause, &QTimer::timeout, this, &CatalogFilterBar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingPause.stop();
        Q_EMIT queryChanged();
    });
    connect(m_pricing, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::queryChanged);
    connect(m_compatible, &QCheckBox::toggled, this, &CatalogFilterBar::queryChanged);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CatalogFilterBar::queryChanged);
}

void CatalogFilterBar::setHostVersion(const QString& version)
{
    m_compatible->setText(version.isEmpty() ? tr("Compatible with my platform")
                                            : tr("Compatible with my platform (%1)").arg(version));
}

catalog::CatalogQuery CatalogFilterBar::query() const
{
    catalog::CatalogQuery query;
    query.text = m_search->text();
    if (const QString pricing = m_pricing->currentData().toString(); !pricing.isEmpty())
        query.pricing = pricing::modelFromName(pricing);
    query.compatibleOnly = m_compatible->isChecked();
    query.sort = catalog::SortKey(m_sort->currentData().toInt());
    return query;
}

} // namespace mm::ui
