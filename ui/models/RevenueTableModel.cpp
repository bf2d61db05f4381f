#include "ui/models/RevenueTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::ui {

RevenueTableModel::RevenueTableModel(QString labelHeader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_labelHeader(std::move(labelHeader))
{}

void RevenueTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RevenueTableModel::setMonths(const QList<RevenueBucket>& buckets)
{
    QList<Row> rows;
    const QLocale locale;
    for (const RevenueBucket& bucket : buckets)
        rows.append({bucket.start.toString(u"yyyy-MM"_s), locale.toString(bucket.start, u"MMM yyyy"_s),
                     bucket.figures});
    setRows(std::move(rows));
}

void RevenueTableModel::setModules(const QList<ModuleRevenue>& modules, const QHash<QString, QString>& names)
{
    QList<Row> rows;
    for (const ModuleRevenue& module : modules)
        rows.append({module.module, names.value(module.module, module.module), module.figures});
    // The best earners first.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.figures.net > b.figures.net; });
    setRows(std::move(rows));
}

int RevenueTableModel::rowOf(const QString& key, const QString& currency) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key && (currency.isEmpty() || m_rows.at(i).figures.currency == currency))
            return int(i);
    return -1;
}

int RevenueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevenueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const RevenueFigures& f = row.figures;
    switch (role) {
    case KeyRole:
        return row.key;
    case LabelRole:
        return row.label;
    case CurrencyRole:
        return f.currency;
    case PaymentsRole:
        return f.payments;
    case GrossRole:
        return f.gross;
    case RefundsRole:
        return f.refunds;
    case FeeRole:
        return f.fee;
    case NetRole:
        return f.net;
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const auto money = [&](qint64 amount) { return pricing::formatMoney({amount, f.currency}, locale); };
    switch (index.column()) {
    case LabelColumn:
        return row.label;
    case PaymentsColumn:
        return locale.toString(f.payments);
    case GrossColumn:
        return money(f.gross);
    case RefundsColumn:
        return f.refunds == 0 ? QString() : money(f.refunds);
    case FeeColumn:
        return money(f.fee);
    case NetColumn:
        return money(f.net);
    default:
        return {};
    }
}

QVariant RevenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return m_labelHeader;
    case PaymentsColumn:
        return tr("Payments");
    case GrossColumn:
        return tr("Gross");
    case RefundsColumn:
        return tr("Refunds");
    case FeeColumn:
        return tr("Platform fee");
    case NetColumn:
        return tr("Your payout");
    default:
        return {};
    }
}

QHash<int, QByteArray> RevenueTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(LabelRole, "label");
    names.insert(CurrencyRole, "currency");
    names.insert(PaymentsRole, "payments");
    names.insert(GrossRole, "gross");
    names.insert(RefundsRole, "refunds");
    names.insert(FeeRole, "fee");
    names.insert(NetRole, "net");
    return names;
}

} // namespace mm::ui
