#include "app/cli/CliContext.h"

#include "core/install/ModuleManager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mm::cli {

CliContext::CliContext(CliOptions options, Profile profile, QTextStream& out, QTextStream& err)
    : m_options(std::move(options))
    , m_profile(std::move(profile))
    , m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

Result<install::ModuleManager*> CliContext::modules()
{
    if (!m_modules)
        m_modules = std::make_unique<install::ModuleManager>(m_profile, marketplaceUrl());
    return m_modules.get();
}

QUrl CliContext::marketplaceUrl() const
{
    return m_options.marketplace.isEmpty() ? m_profile.marketplaceUrl() : m_options.marketplace;
}

net::MarketplaceApi& CliContext::api()
{
    if (!m_api)
        m_api = std::make_unique<net::MarketplaceApi>(marketplaceUrl());
    return *m_api;
}

Result<catalog::CatalogDatabase*> CliContext::syncedCatalog()
{
    if (!m_catalog) {
        auto opened = catalog::CatalogDatabase::open(m_profile.catalogPath());
        if (!opened)
            return std::unexpected(opened.error());
        m_catalog = std::move(*opened);
    }
    if (m_catalog->catalogVersion() == 0)
        return fail(ErrorCode::NotFound,
                    tr("The catalog cache in %1 is empty; run \"modmarket-cli sync\" first.")
                        .arg(m_profile.directory()));
    return m_catalog.get();
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::report(const Error& error)
{
    QString message = error.message;
    message.replace(u'\n', u' ');
    m_err << "modmarket-cli: " << message << Qt::endl;
    if (m_options.json)
        printJson(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)},
                                                       {u"message"_s, error.message}}}});
    return error.code == ErrorCode::InvalidInput ? 2 : 1;
}

int CliContext::usage(const QString& synopsis, const QString& message)
{
    return report({ErrorCode::InvalidInput, tr("%1 (usage: modmarket-cli %2)").arg(message, synopsis)});
}

void CliContext::wait(Transaction& transaction)
{
    if (transaction.isFinished())
        return;
    QEventLoop loop;
    QObject::connect(&transaction, &Transaction::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace mm::cli
