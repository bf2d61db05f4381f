#pragma once

#include "core/profile/Profile.h"

#include <QStringList>

namespace mm::ui {

// The publisher ids this profile publishes as, kept in its config.ini ("publish/publishers"):
// My modules lists their submissions. The keychain cannot list the keys it holds, so the wizard
// adds a publisher here once it has a key for it.
class PublisherList
{
public:
    static QStringList read(const Profile& profile);
    static void add(const Profile& profile, const QString& publisher);
};

} // namespace mm::ui
