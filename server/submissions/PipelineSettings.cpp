#include "server/submissions/PipelineSettings.h"

#include "core/common/JsonNumbers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {
namespace {

constexpr qint64 maxSettingsBytes = 1024 * 1024;

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage,
                    PipelineSettings::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return fail(ErrorCode::InvalidInput,
                    PipelineSettings::tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return file.readAll();
}

Result<validation::PerformanceBudget> budget(const QJsonValue& value, const QString& where)
{
    const QJsonObject object = value.toObject();
    validation::PerformanceBudget result;
    for (const auto& [key, field] :
         {std::pair{u"load_ms"_s, &result.loadMs}, std::pair{u"memory_kib"_s, &result.memoryKib}}) {
        if (!object.contains(key))
            continue;
        const auto number = wholeNumber(object.value(key));
        if (!number || *number <= 0)
            return fail(
                ErrorCode::Parse,
                PipelineSettings::tr("budgets: %1 \"%2\" must be a whole number above 0").arg(where, key));
        *field = *number;
    }
    if (!value.isObject())
        return fail(ErrorCode::Parse, PipelineSettings::tr("budgets: %1 must be an object").arg(where));
    return result;
}

} // namespace

Result<void> PipelineSettings::parseBudgets(QByteArrayView json, validation::ValidationContext& context)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Parse, tr("budgets: not a JSON object"));
    const QJsonObject root = document.object();
    if (root.contains(u"default")) {
        auto fallback = budget(root.value(u"default"), u"\"default\""_s);
        if (!fallback)
            return std::unexpected(fallback.error());
        context.defaultBudget = *fallback;
    }
    const QJsonObject categories = root.value(u"categories").toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        auto category = budget(it.value(), u"category \"%1\""_s.arg(it.key()));
        if (!category)
            return std::unexpected(category.error());
        context.budgets.insert(it.key(), *category);
    }
    return {};
}

QString PipelineSettings::findProbeHost(const ServerOptions& options)
{
    if (!options.probeHost.isEmpty())
        return options.probeHost;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"modmarket-example-host"_s);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"modmarket-example-host"_s);
}

QByteArray PipelineSettings::demoAdvisories()
{
    validation::Advisory advisory;
    advisory.id = u"MMSA-2026-0001"_s;
    advisory.module = u"http-core"_s;
    advisory.affected = *semver::Range::parse(u"<3.0.0"_s);
    advisory.level = validation::Advisory::Level::High;
    advisory.summary = u"http-core before 3.0.0 follows redirects from https to plain http, sending "
                       u"credentials in the clear."_s;
    advisory.advice = u"Update to 3.0.0 or later."_s;
    return validation::AdvisoryFeed::toJson({advisory});
}

Result<PipelineSettings> PipelineSettings::fromOptions(const ServerOptions& options,
                                                       const QString& catalogPath)
{
    PipelineSettings settings;
    auto& context = settings.context;
    context.catalogPath = catalogPath;
    context.maxPackageBytes = options.maxPackageBytes;
    context.checkerTimeout = options.checkerTimeout;

    const QString feedPath = options.advisoriesFile.isEmpty()
                                 ? QDir(options.dataDir).filePath(u"advisories.json"_s)
                                 : options.advisoriesFile;
    if (QFileInfo::exists(feedPath)) {
        auto bytes = readFile(feedPath, validation::AdvisoryFeed::maxBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto advisories = validation::AdvisoryFeed::parse(*bytes);
        if (!advisories)
            return fail(ErrorCode::Parse, tr("%1: %2").arg(feedPath, advisories.error().message));
        context.advisories = *advisories;
        settings.advisoriesJson = *bytes;
    } else {
        settings.advisoriesJson = validation::AdvisoryFeed::toJson({});
    }

    for (const QString& text : options.hostVersions)
        if (auto version = semver::Version::parse(text))
            context.hostVersions.append(*version);
    settings.hostVersions = options.hostVersions;

    if (!options.checkersFile.isEmpty()) {
        auto bytes = readFile(options.checkersFile, maxSettingsBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto checkers = validation::ValidationContext::parseCheckers(*bytes);
        if (!checkers)
            return fail(ErrorCode::Parse, tr("%1: %2").arg(options.checkersFile, checkers.error().message));
        context.checkers = *checkers;
    } else {
        context.checkers = validation::ValidationContext::detectCheckers();
    }

    if (!options.budgetsFile.isEmpty()) {
        auto bytes = readFile(options.budgetsFile, maxSettingsBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto ok = parseBudgets(*bytes, context); !ok)
            return fail(ErrorCode::Parse, tr("%1: %2").arg(options.budgetsFile, ok.error().message));
    }

    context.probeHost = findProbeHost(options);
    QStringList checkerNames;
    for (const auto& checker : context.checkers)
        checkerNames.append(checker.name);
    spdlog::info("submissions: {} advisories, host versions {}, checkers [{}], plugin probe {}",
                 context.advisories.size(), options.hostVersions.join(u", "_s).toStdString(),
                 checkerNames.join(u", "_s).toStdString(),
                 context.probeHost.isEmpty() ? std::string("not available")
                                             : context.probeHost.toStdString());
    return settings;
}

} // namespace mm::server::submissions
