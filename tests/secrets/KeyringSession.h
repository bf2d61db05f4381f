#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace mm::test {

// The private keyring that scripts/with-keyring.sh starts for the tests.
namespace keyring {

// True inside scripts/with-keyring.sh: the keychain must work, and a failure is a test failure.
bool isPrivateSession();
// Why the keychain tests were skipped, and how to run them.
const char* skipReason();
// A child's environment in which no D-Bus session bus (so no keychain) can be reached.
QProcessEnvironment unreachable(QProcessEnvironment environment, const QString& missingSocket);

} // namespace keyring
} // namespace mm::test
