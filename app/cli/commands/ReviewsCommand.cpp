#include "app/cli/commands/ReviewsCommand.h"

#include "app/cli/CliContext.h"
#include "core/reviews/ReviewApi.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mm::cli {
namespace {

QString stars(int rating)
{
    return QString(rating, u'★') + QString(5 - rating, u'☆');
}

} // namespace

QString ReviewsCommand::summary() const
{
    return tr("show a module's rating and reviews");
}

int ReviewsCommand::run(CliContext& context, const QStringList& arguments)
{
    ArgumentReader reader(arguments, {u"--sort"_s, u"--limit"_s});
    if (auto ok = reader.parse(); !ok)
        return context.usage(synopsis(), ok.error().message);
    if (reader.positional().size() != 1)
        return context.usage(synopsis(), tr("reviews takes exactly one module id"));
    auto sort = reviews::ReviewApi::Sort::Newest;
    if (const auto value = reader.value(u"--sort"_s)) {
        if (*value == u"helpful")
            sort = reviews::ReviewApi::Sort::Helpful;
        else if (*value != u"newest")
            return context.usage(synopsis(), tr("--sort is newest or helpful, got \"%1\"").arg(*value));
    }
    qint64 limit = 50;
    if (const auto value = reader.value(u"--limit"_s)) {
        bool ok = false;
        limit = value->toLongLong(&ok);
        if (!ok || limit < 1 || limit > reviews::ReviewPage::maxItems)
            return context.usage(synopsis(), tr("--limit is a number from 1 to %1, got \"%2\"")
                                                 .arg(reviews::ReviewPage::maxItems)
                                                 .arg(*value));
    }
    const QString module = reader.positional().front();
    const reviews::ReviewApi api(context.marketplaceUrl());
    const auto page = api.list(module, sort, 0, limit);
    if (!page)
        return context.report(page.error());
    if (context.json()) {
        context.printJson(page->toJson());
        return 0;
    }
    QTextStream& out = context.out();
    const QLocale locale;
    if (page->rating.count() == 0)
        out << tr("%1: no ratings yet.").arg(module) << '\n';
    else
        out << tr("%1: %2 %3 from %n rating(s)", nullptr,
                  int(std::min<qint64>(page->rating.count(), INT_MAX)))
                   .arg(module, stars((page->averageX100 + 50) / 100),
                        locale.toString(page->averageX100 / 100.0, 'f', 1))
            << '\n';
    if (page->items.isEmpty()) {
        out << tr("No written reviews.") << Qt::endl;
        return 0;
    }
    for (const auto& review : page->items) {
        out << '\n'
            << stars(review.rating) << u"  "_s << review.author << u"  "_s
            << review.updated.toString(Qt::ISODate);
        if (review.mine)
            out << u"  "_s << tr("(yours)");
        if (review.hidden)
            out << u"  "_s << tr("[hidden: %1]").arg(review.hiddenReason);
        out << '\n';
        if (!review.text.isEmpty())
            out << u"  "_s << QString(review.text).replace(u'\n', u"\n  "_s) << '\n';
        if (review.helpful > 0)
            out << u"  "_s
                << tr("%n found this helpful", nullptr, int(std::min<qint64>(review.helpful, INT_MAX)))
                << '\n';
        if (review.reply)
            out << u"  "_s << tr("Publisher's reply: %1").arg(review.reply->text) << '\n';
        out << u"  "_s << tr("id %1").arg(review.id) << '\n';
    }
    if (page->total > page->items.size())
        out << '\n' << tr("%1 of %2 reviews shown.").arg(page->items.size()).arg(page->total) << '\n';
    out.flush();
    return 0;
}

} // namespace mm::cli
