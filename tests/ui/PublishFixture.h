#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace mm::test {

// Module folders for the publish tests: a valid content module (module.json and a few files)
// of a publisher id made up for the test, so the marketplace has never seen it.
struct PublishFixture
{
    static QString newPublisherId(const QString& prefix);
    static QJsonObject manifest(const QString& id, const QString& publisher,
                                const QString& version = QStringLiteral("1.0.0"));
    // Writes the folder; an empty string when it worked, else what failed.
    static QString writeModule(const QString& dir, const QJsonObject& manifest);
    // Signs up a developer of `publisher` on the marketplace and signs this process in as it
    // (core/accounts/Credentials), as the wizard and My modules need; what failed, or empty.
    static QString signInAsDeveloper(const QUrl& marketplace, const QString& publisher);
};

} // namespace mm::test
