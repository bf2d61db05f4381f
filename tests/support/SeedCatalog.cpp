#include "tests/support/SeedCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mm::test {

namespace {

QJsonObject ratingOf(const QJsonArray& histogram)
{
    qint64 count = 0;
    for (const auto& n : histogram)
        count += n.toInteger();
    return {{u"count"_s, count}, {u"histogram"_s, histogram}};
}

QJsonArray versionsReleased(const QString& released)
{
    return {
        QJsonObject{
            {u"version"_s, u"1.2.0"_s}, {u"released"_s, released}, {u"host"_s, u">=6.0.0"_s}, {u"size"_s, 5}},
        QJsonObject{{u"version"_s, u"1.0.0"_s}, {u"released"_s, u"2024-01-01T00:00:00Z"_s}, {u"size"_s, 4}}};
}

} // namespace

QString storefrontIcon()
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\"/></svg>"_s;
}

TestCatalog storefrontCatalog()
{
    TestCatalog c;
    c.addModule(u"grid-name"_s, u"Grid Layout"_s, u"Arranges panels."_s, {}, {u"layout"_s, u"sync"_s});
    c.set(u"grid-name"_s, u"installs"_s, 30);
    c.set(u"grid-name"_s, u"rating"_s, ratingOf({0, 0, 0, 0, 2}));
    c.set(u"grid-name"_s, u"icon"_s, storefrontIcon());
    c.set(u"grid-name"_s, u"versions"_s, versionsReleased(u"2025-05-01T00:00:00Z"_s));

    c.addModule(u"grid-desc"_s, u"Layout Helper"_s, u"Helps."_s, u"Snaps panels to a grid."_s, {u"layout"_s});
    c.set(u"grid-desc"_s, u"installs"_s, 300);
    c.set(u"grid-desc"_s, u"rating"_s, ratingOf({0, 0, 1, 1, 0}));
    c.set(u"grid-desc"_s, u"pricing"_s,
          QJsonObject{{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 1500}});
    c.set(u"grid-desc"_s, u"versions"_s, versionsReleased(u"2025-02-01T00:00:00Z"_s));

    c.addModule(u"crm-sync"_s, u"CRM Sync"_s, u"Syncs contacts."_s, {}, {u"sync"_s, u"crm"_s});
    c.setCategory(u"crm-sync"_s, u"crm"_s);
    c.set(u"crm-sync"_s, u"installs"_s, 200);
    c.set(u"crm-sync"_s, u"rating"_s, ratingOf({0, 0, 0, 1, 0}));
    c.set(u"crm-sync"_s, u"pricing"_s,
          QJsonObject{
              {u"model"_s, u"subscription"_s},
              {u"currency"_s, u"EUR"_s},
              {u"plans"_s,
               QJsonArray{QJsonObject{{u"id"_s, u"m"_s}, {u"interval"_s, u"month"_s}, {u"amount"_s, 900}}}}});
    c.set(u"crm-sync"_s, u"versions"_s, versionsReleased(u"2025-07-01T00:00:00Z"_s));

    c.addModule(u"meter"_s, u"Meter"_s, u"Counts calls."_s);
    c.set(u"meter"_s, u"installs"_s, 10);
    c.set(u"meter"_s, u"rating"_s, ratingOf({0, 0, 0, 0, 0}));
    c.set(u"meter"_s, u"pricing"_s,
          QJsonObject{{u"model"_s, u"usage"_s},
                      {u"currency"_s, u"USD"_s},
                      {u"unit"_s, u"call"_s},
                      {u"unit_amount"_s, 1},
                      {u"per_units"_s, 100},
                      {u"included_units"_s, 0},
                      {u"period"_s, u"month"_s}});
    c.set(u"meter"_s, u"versions"_s, versionsReleased(u"2024-12-01T00:00:00Z"_s));
    return c;
}

} // namespace mm::test
