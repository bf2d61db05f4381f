#pragma once

#include "ModuleOutcome.h"
#include "modmarket/Host.h"

#include <QCoreApplication>
#include <QJsonObject>

// What a host does with modmarket::Host, in one place: list the active modules, load each
// module's plugin (the Host refuses those whose license does not hold), and run every feature
// of a loaded plugin that the license grants, leaving the others gated.
class ExampleHost
{
    Q_DECLARE_TR_FUNCTIONS(ExampleHost)

public:
    explicit ExampleHost(modmarket::Host& host);

    mm::Result<QList<ModuleOutcome>> run();

    static QJsonObject toJson(const QString& profile, const QList<ModuleOutcome>& outcomes);
    static QString toText(const QList<ModuleOutcome>& outcomes);

private:
    ModuleOutcome visit(modmarket::InstalledModule module);

    modmarket::Host& m_host;
};
