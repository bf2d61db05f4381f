// libFuzzer target for ValidationReport::fromJson: hostile reports arrive from the network.
// Any bytes either parse or give a named Parse error; a parsed report writes itself back to the
// same JSON, and its text form never breaks.
#include "core/validation/ValidationReport.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using mm::validation::ValidationReport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto report = ValidationReport::fromJson(input);
    if (!report) {
        if (report.error().code != mm::ErrorCode::Parse || report.error().message.isEmpty()) {
            std::fprintf(stderr, "validation report: a refusal that is not a named Parse error\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact);
    const auto again = ValidationReport::fromJson(written);
    if (!again || again->toJson() != report->toJson()) {
        std::fprintf(stderr, "validation report: the round trip changed the report\n");
        std::abort();
    }
    if (report->toText().isEmpty())
        std::abort();
    return 0;
}
