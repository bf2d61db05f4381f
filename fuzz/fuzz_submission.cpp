// libFuzzer target for publish::Submission::fromJson: submissions come from the marketplace over
// the network. Any bytes either parse or give a named Parse error; a parsed submission writes
// itself back to JSON that parses to the same document.
#include "core/publish/Submission.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using mm::publish::Submission;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const auto submission = Submission::fromJson(document.object());
    if (!submission) {
        if (submission.error().code != mm::ErrorCode::Parse || submission.error().message.isEmpty()) {
            std::fprintf(stderr, "submission: a refusal that is not a named Parse error\n");
            std::abort();
        }
        return 0;
    }
    const QJsonObject written = submission->toJson();
    const auto again = Submission::fromJson(written);
    if (!again || again->toJson() != written) {
        std::fprintf(stderr, "submission: the round trip changed the submission\n");
        std::abort();
    }
    return 0;
}
