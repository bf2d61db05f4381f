#pragma once

#include <QString>

namespace mm::logging {

enum class Level
{
    Debug,
    Info,
    Warning,
    Error
};

// Sets up spdlog (stderr, with the program name) and routes every qDebug/qInfo/qWarning/
// qCritical/qFatal through it, so Qt's own messages and ours end up in one stream and format.
// MODMARKET_LOG_LEVEL=debug|info|warning|error overrides the level.
void initialize(const QString& program, Level level = Level::Info);

// The Qt message handler bridge on its own, for programs that configured spdlog themselves.
void installQtMessageBridge();

} // namespace mm::logging
