#include "tests/secrets/KeyringSession.h"

using namespace Qt::StringLiterals;

namespace mm::test::keyring {

bool isPrivateSession()
{
    return qEnvironmentVariable("MM_PRIVATE_KEYRING") == u"1"_s;
}

const char* skipReason()
{
    // Outside the harness these tests would write to the user's own keyring, or find none.
    return "Keychain tests need the private keyring of scripts/with-keyring.sh; run scripts/test.sh, or "
           "dbus-run-session -- scripts/with-keyring.sh ctest --test-dir BUILD_DIR -R keychain|secretstore";
}

QProcessEnvironment unreachable(QProcessEnvironment environment, const QString& missingSocket)
{
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + missingSocket);
    // Without a display GDBus cannot autolaunch a bus instead.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"GNOME_KEYRING_CONTROL"_s);
    return environment;
}

} // namespace mm::test::keyring
