#pragma once

#include "core/profile/Profile.h"

#include <QObject>

namespace mm::ui {

// At start the app finishes or undoes whatever operation a crash interrupted, before the user
// acts on a half-changed state; off the UI thread, since it may move folders.
class RecoveryOnStart : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryOnStart(QObject* parent = nullptr);
    void start(const Profile& profile);

Q_SIGNALS:
    // `message` is empty when there was nothing to do.
    void finished(const QString& message);
};

} // namespace mm::ui
