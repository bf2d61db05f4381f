#pragma once

#include <QString>

// The key names under which the app keeps its secrets in the keychain (SecretStore), so that every
// part of the code spells them the same way. docs/licensing.md, "Where secrets live", lists them.
namespace mm::secrets::keys {

// "license/<tenant-id>/<module-id>": the license document of one module for one tenant.
QString license(const QString& tenantId, const QString& moduleId);

// "session/<host>:<port>": the signed-in session of one marketplace (core/accounts/SessionStore).
QString session(const QString& marketplaceHost);

// "developer-key/<publisher-id>": a developer's package signing key for one publisher
// (core/publish/DeveloperKeys), never written to a file.
QString developerKey(const QString& publisherId);

} // namespace mm::secrets::keys
