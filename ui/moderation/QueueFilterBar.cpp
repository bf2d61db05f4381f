#include "ui/moderation/QueueFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_risk(new QComboBox(this))
{
    m_status->setObjectName(u"queueStatusFilter"_s);
    m_status->addItem(tr("Waiting for a decision"), QString());
    m_status->addItem(tr("Passed"), u"passed"_s);
    m_status->addItem(tr("Flagged"), u"flagged"_s);
    m_status->addItem(tr("Changes requested"), u"changes-requested"_s);
    m_status->addItem(tr("Declined"), u"declined"_s);
    m_status->addItem(tr("Approved"), u"approved"_s);
    m_risk->setObjectName(u"queueRiskFilter"_s);
    m_risk->addItem(tr("Any risk"), QString());
    m_risk->addItem(tr("High risk"), u"high"_s);
    m_risk->addItem(tr("Medium risk"), u"medium"_s);
    m_risk->addItem(tr("Low risk"), u"low"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_risk);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
}

moderation::QueueFilter QueueFilterBar::filter() const
{
    moderation::QueueFilter filter;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    filter.risk = moderation::riskFromName(m_risk->currentData().toString());
    return filter;
}

} // namespace mm::ui
