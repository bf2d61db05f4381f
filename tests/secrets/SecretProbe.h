#pragma once

#include <QStringList>

namespace mm::test {

// The child side of tst_secretstore's "no keychain" cases: the binary re-runs itself with
// `--probe OP SERVICE KEY TIMEOUT_MS [SECRET]` in an environment without a reachable keychain
// (QtKeychain picks its backend once per process, so the parent cannot test this itself) and
// prints what SecretStore answered as JSON: {"ok", "code", "message", "secret"}.
int runSecretProbe(const QStringList& arguments);

} // namespace mm::test
