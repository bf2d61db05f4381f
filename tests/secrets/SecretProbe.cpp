#include "tests/secrets/SecretProbe.h"

#include "core/logging/Logging.h"
#include "core/secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::test {
namespace {

QJsonObject describe(const Result<void>& result, const QByteArray& secret = {})
{
    if (result)
        return {{u"ok"_s, true}, {u"secret"_s, QString::fromLatin1(secret.toBase64())}};
    return {{u"ok"_s, false},
            {u"code"_s, errorCodeName(result.error().code)},
            {u"message"_s, result.error().message}};
}

} // namespace

int runSecretProbe(const QStringList& arguments)
{
    if (arguments.size() < 4) {
        std::fputs("usage: --probe check|read|write|remove SERVICE KEY TIMEOUT_MS [SECRET]\n", stderr);
        return 2;
    }
    // Logs go to stderr, as in the CLI; stdout carries only the answer.
    logging::initialize(u"tst_secretstore"_s, logging::Level::Error);
    const QString& operation = arguments[0];
    secrets::SecretStore store(arguments[1]);
    const QString& key = arguments[2];
    store.setTimeout(std::chrono::milliseconds(arguments[3].toLongLong()));
    QJsonObject answer;
    if (operation == u"check") {
        answer = describe(store.checkAvailable());
    } else if (operation == u"read") {
        const auto secret = store.read(key);
        answer = secret ? describe({}, *secret) : describe(std::unexpected(secret.error()));
    } else if (operation == u"write") {
        answer = describe(store.write(key, arguments.value(4).toUtf8()));
    } else if (operation == u"remove") {
        answer = describe(store.remove(key));
    } else {
        std::fputs("unknown probe operation\n", stderr);
        return 2;
    }
    std::fputs(QJsonDocument(answer).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace mm::test
