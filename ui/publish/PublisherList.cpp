#include "ui/publish/PublisherList.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

constexpr auto key = "publish/publishers";

QString configPath(const Profile& profile)
{
    return QDir(profile.directory()).filePath(u"config.ini"_s);
}

} // namespace

QStringList PublisherList::read(const Profile& profile)
{
    const QSettings settings(configPath(profile), QSettings::IniFormat);
    return settings.value(QLatin1StringView(key)).toStringList();
}

void PublisherList::add(const Profile& profile, const QString& publisher)
{
    if (publisher.isEmpty())
        return;
    QSettings settings(configPath(profile), QSettings::IniFormat);
    QStringList publishers = settings.value(QLatin1StringView(key)).toStringList();
    if (publishers.contains(publisher))
        return;
    publishers.append(publisher);
    publishers.sort();
    settings.setValue(QLatin1StringView(key), publishers);
}

} // namespace mm::ui
