#pragma once

#include "core/profile/Profile.h"
#include "core/resolver/Plan.h"

#include <QMap>
#include <QStringList>

namespace mm::test {

semver::Version ver(const char* text);
// No `from`: an install; no `to`: a removal; both: an upgrade or downgrade.
resolver::PlanStep step(const QString& id, const char* from, const char* to);
resolver::Plan planOf(const QList<resolver::PlanStep>& steps);
// Creates the parent folders; replaces an existing file.
bool writeFile(const QString& path, const QByteArray& content);

// Everything the installer can change in a profile, read from the disk and from state.sqlite,
// so that two states compare equal exactly when nothing changed.
struct ProfileState
{
    QMap<QString, QString> active;    // id -> version its `current` link points at
    QMap<QString, QString> installed; // id -> version in the installations table
    QStringList manual;               // installed by hand
    QMap<QString, QStringList> keptOnDisk;
    QMap<QString, QStringList> keptRecorded;
    QStringList listing;    // every entry under the modules root; links with their targets
    QStringList staging;    // entries under staging/
    QStringList strayLinks; // current.new links
    QList<qint64> unfinished;

    static ProfileState read(const Profile& profile);
    friend bool operator==(const ProfileState&, const ProfileState&) = default;
};

char* toString(const ProfileState& state); // for QCOMPARE

} // namespace mm::test
