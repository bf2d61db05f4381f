#include "bench/SyntheticCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mm::bench {
namespace {

const QStringList common{u"data"_s,   u"sync"_s,      u"report"_s,      u"invoice"_s,  u"customer"_s,
                         u"export"_s, u"dashboard"_s, u"integration"_s, u"workflow"_s, u"security"_s};
const QStringList syllables{u"ka"_s,  u"lo"_s,  u"mi"_s,  u"ra"_s,  u"zen"_s, u"tor"_s, u"vex"_s, u"qui"_s,
                            u"dal"_s, u"mor"_s, u"fin"_s, u"sul"_s, u"bre"_s, u"gon"_s, u"pax"_s, u"ith"_s,
                            u"ul"_s,  u"nor"_s, u"cre"_s, u"wy"_s,  u"jas"_s, u"oph"_s, u"el"_s,  u"tri"_s};

// Word number n: distinct for every n, pronounceable, and never one of the common words.
QString wordFor(quint32 n)
{
    QString word;
    do {
        word += syllables[int(n % quint32(syllables.size()))];
        n /= quint32(syllables.size());
    } while (n > 0);
    return word + u"x"_s;
}

QString sentence(QRandomGenerator& rng, int words, quint32 vocabulary)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << (rng.bounded(5) == 0 ? common[int(rng.bounded(quint32(common.size())))]
                                      : wordFor(rng.bounded(vocabulary)));
    return parts.join(u' ');
}

QJsonObject pricingFor(int i)
{
    switch (i % 5) {
    case 0:
    case 1:
        return {{u"model"_s, u"free"_s}};
    case 2:
        return {{u"model"_s, u"one_time"_s}, {u"currency"_s, u"EUR"_s}, {u"amount"_s, 900 + (i % 50) * 100}};
    case 3:
        return {{u"model"_s, u"subscription"_s},
                {u"currency"_s, u"EUR"_s},
                {u"plans"_s, QJsonArray{QJsonObject{{u"id"_s, u"monthly"_s},
                                                    {u"interval"_s, u"month"_s},
                                                    {u"amount"_s, 500 + (i % 30) * 100}}}}};
    default:
        return {{u"model"_s, u"usage"_s}, {u"currency"_s, u"EUR"_s}, {u"unit"_s, u"call"_s},
                {u"unit_amount"_s, 2},    {u"per_units"_s, 1000},    {u"included_units"_s, 1000},
                {u"period"_s, u"month"_s}};
    }
}

} // namespace

QStringList SyntheticCatalog::commonWords()
{
    return common;
}

QByteArray SyntheticCatalog::exportJson(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QJsonArray categories;
    for (int c = 0; c < 12; ++c)
        categories.append(QJsonObject{{u"id"_s, u"cat%1"_s.arg(c)}, {u"name"_s, u"Category %1"_s.arg(c)}});
    QJsonArray publishers;
    for (int p = 0; p < 200; ++p)
        publishers.append(QJsonObject{{u"id"_s, u"pub%1"_s.arg(p)},
                                      {u"name"_s, wordFor(5000 + quint32(p))},
                                      {u"verified"_s, p % 3 == 0}});
    QJsonArray modules;
    for (int i = 0; i < count; ++i) {
        QJsonArray versions;
        const int versionCount = 1 + int(rng.bounded(3));
        for (int v = versionCount; v >= 1; --v)
            versions.append(
                QJsonObject{{u"version"_s, u"%1.%2.0"_s.arg(v).arg(i % 7)},
                            {u"released"_s, u"2025-%1-01T00:00:00Z"_s.arg(v + 1, 2, 10, QLatin1Char('0'))},
                            {u"host"_s, v == versionCount ? u">=6.0.0 <7.0.0"_s : u">=5.0.0 <6.0.0"_s},
                            {u"size"_s, 100000 + i}});
        const qint64 r1 = rng.bounded(5), r2 = rng.bounded(20), r3 = rng.bounded(50), r4 = rng.bounded(100),
                     r5 = rng.bounded(200);
        modules.append(QJsonObject{
            {u"id"_s, u"mod-%1"_s.arg(i)},
            {u"name"_s,
             QString(wordFor(200'000 + rng.bounded(1'000'000u)) + u' ' + wordFor(rng.bounded(3000u)))},
            {u"summary"_s, sentence(rng, 12, 20000)},
            {u"description"_s, sentence(rng, 60, 50000)},
            {u"category"_s, u"cat%1"_s.arg(i % 12)},
            {u"tags"_s, QJsonArray{wordFor(rng.bounded(500u)), wordFor(rng.bounded(500u))}},
            {u"publisher"_s, u"pub%1"_s.arg(i % 200)},
            {u"icon"_s, u""_s},
            {u"created"_s, u"2024-01-01T00:00:00Z"_s},
            {u"installs"_s, qint64(rng.bounded(250000u))},
            {u"rating"_s, QJsonObject{{u"count"_s, r1 + r2 + r3 + r4 + r5},
                                      {u"histogram"_s, QJsonArray{r1, r2, r3, r4, r5}}}},
            {u"pricing"_s, pricingFor(i)},
            {u"versions"_s, versions},
        });
    }
    const QJsonObject root{{u"format"_s, u"modmarket-catalog/1"_s},
                           {u"catalog_version"_s, 1},
                           {u"full"_s, true},
                           {u"since"_s, 0},
                           {u"categories"_s, categories},
                           {u"publishers"_s, publishers},
                           {u"modules"_s, modules},
                           {u"removed"_s, QJsonArray{}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace mm::bench
