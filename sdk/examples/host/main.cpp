// modmarket-example-host [--profile DIR] [--json]: what a host application does with the
// modmarket-host library (sdk/README.md). Exit code 0 when it ran, 1 when the profile could not
// be read, 2 on bad usage. --probe PLUGIN_FILE loads one plugin for the validation pipeline
// (ProbeMode).
#include "ExampleHost.h"
#include "ProbeMode.h"
#include "core/common/Translations.h"
#include "core/logging/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"modmarket-example-host"_s);
    QCoreApplication::setOrganizationName(u"modmarket"_s);
    // Warnings stay visible: developer mode says in the log which modules it loaded unlicensed.
    mm::logging::initialize(u"modmarket-example-host"_s, mm::logging::Level::Warning);
    mm::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(ExampleHost::tr(
        "Lists the modules installed in a marketplace profile, loads those whose license allows it "
        "and runs each feature the license grants."));
    parser.addHelpOption();
    const QCommandLineOption profile(
        u"profile"_s, ExampleHost::tr("The profile folder (default: the user's default profile)."),
        ExampleHost::tr("DIR"));
    const QCommandLineOption json(u"json"_s, ExampleHost::tr("Print one JSON document instead of text."));
    const QCommandLineOption probe(
        u"probe"_s,
        ExampleHost::tr("Load one module plugin, print its load time and memory as JSON, and exit."),
        ExampleHost::tr("PLUGIN_FILE"));
    parser.addOptions({profile, json, probe});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        err << "modmarket-example-host: "
            << (parser.errorText().isEmpty() ? ExampleHost::tr("it takes no arguments besides its options")
                                             : parser.errorText())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(probe))
        return ProbeMode::run(parser.value(probe));

    auto host = modmarket::Host::open(parser.value(profile));
    if (!host) {
        err << "modmarket-example-host: " << host.error().message << Qt::endl;
        return 1;
    }
    const auto outcomes = ExampleHost(*host).run();
    if (!outcomes) {
        err << "modmarket-example-host: " << outcomes.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(json))
        out << QJsonDocument(ExampleHost::toJson(host->profileDirectory(), *outcomes)).toJson();
    else
        out << ExampleHost::toText(*outcomes);
    return 0;
}
