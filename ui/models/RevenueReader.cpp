#include "ui/models/RevenueReader.h"

#include "core/accounts/Credentials.h"
#include "core/net/BlockingGet.h"

#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace mm::ui {

QFuture<Result<RevenueReport>> RevenueReader::read(const QUrl& marketplace, const QString& publisher,
                                                   const QDate& today)
{
    return QtConcurrent::run(
        [marketplace, publisher, today] { return readNow(marketplace, publisher, today); });
}

Result<RevenueReport> RevenueReader::readNow(const QUrl& marketplace, const QString& publisher,
                                             const QDate& today)
{
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    const auto fetch = [&](const QString& path, const QUrlQuery& extra) -> Result<QByteArray> {
        QUrl url = marketplace;
        url.setPath(marketplace.path().chopped(marketplace.path().endsWith(u'/') ? 1 : 0) + path);
        QUrlQuery query = extra;
        query.addQueryItem(u"publisher"_s, publisher);
        url.setQuery(query);
        const auto headers = accounts::Credentials::forMarketplace(marketplace)->authorization();
        if (!headers)
            return std::unexpected(headers.error());
        return net::BlockingGet::fetch(url, 4 * 1024 * 1024, 20s, {}, *headers);
    };
    RevenueReport report;
    report.publisher = publisher;
    QUrlQuery range;
    range.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    range.addQueryItem(u"to"_s, today.toString(Qt::ISODate));
    range.addQueryItem(u"interval"_s, u"month"_s);
    const auto buckets = fetch(u"/api/marketplace/revenue"_s, range);
    if (!buckets)
        return std::unexpected(buckets.error());
    if (auto read = report.readBuckets(*buckets); !read)
        return std::unexpected(read.error());
    const auto modules = fetch(u"/api/marketplace/revenue/modules"_s, {});
    if (!modules)
        return std::unexpected(modules.error());
    if (auto read = report.readModules(*modules); !read)
        return std::unexpected(read.error());
    const auto subscriptions = fetch(u"/api/marketplace/revenue/subscriptions"_s, {});
    if (!subscriptions)
        return std::unexpected(subscriptions.error());
    if (auto read = report.readSubscriptions(*subscriptions); !read)
        return std::unexpected(read.error());
    return report;
}

} // namespace mm::ui
