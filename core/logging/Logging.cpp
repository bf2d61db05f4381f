#include "core/logging/Logging.h"

#include <QtGlobal>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace mm::logging {
namespace {

spdlog::level::level_enum toSpdlog(Level level)
{
    switch (level) {
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

void qtMessageBridge(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray text = message.toUtf8();
    const char* category = context.category ? context.category : "default";
    const bool ownCategory = qstrcmp(category, "default") == 0;
    switch (type) {
    case QtDebugMsg:
        ownCategory ? spdlog::debug("{}", text.constData())
                    : spdlog::debug("[{}] {}", category, text.constData());
        break;
    case QtInfoMsg:
        ownCategory ? spdlog::info("{}", text.constData())
                    : spdlog::info("[{}] {}", category, text.constData());
        break;
    case QtWarningMsg:
        ownCategory ? spdlog::warn("{}", text.constData())
                    : spdlog::warn("[{}] {}", category, text.constData());
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text.constData());
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text.constData());
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

void installQtMessageBridge()
{
    qInstallMessageHandler(qtMessageBridge);
}

void initialize(const QString& program, Level level)
{
    auto logger = spdlog::stderr_color_mt(program.toStdString());
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %n: %v");
    spdlog::set_default_logger(logger);

    auto effective = toSpdlog(level);
    const QByteArray fromEnv = qgetenv("MODMARKET_LOG_LEVEL");
    if (!fromEnv.isEmpty())
        effective = spdlog::level::from_str(fromEnv.toStdString());
    spdlog::set_level(effective);
    installQtMessageBridge();
}

} // namespace mm::logging
