#pragma once

#include <QObject>

class QSocketNotifier;

namespace mm::server {

// Turns SIGTERM and SIGINT into QCoreApplication::quit(), so modmarketd stops like any Qt program:
// its objects are destroyed, the validation queue stops its worker and kills a running checker's
// process group instead of leaving it behind. (The handler only writes a byte to a socket pair;
// the quit happens on the event loop.)
class ShutdownSignal : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignal(QObject* parent = nullptr);
    ~ShutdownSignal() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace mm::server
