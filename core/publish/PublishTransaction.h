#pragma once

#include "core/common/Transaction.h"
#include "core/publish/Submission.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace mm::publish {

// Uploads a signed package (`<package>` and `<package>.sig`) and submits it: asks the marketplace
// what it already has of these bytes, sends the rest in chunks with progress (in bytes), then
// submits. Cancelled or broken off, a rerun with the same package continues where it stopped.
// Runs its blocking calls on a pool thread; signals arrive on the owner's thread.
class PublishTransaction : public Transaction
{
    Q_OBJECT

public:
    PublishTransaction(QUrl marketplace, QString packagePath, QObject* parent = nullptr);
    ~PublishTransaction() override;

    // Set once it ends Done.
    const std::optional<Submission>& submission() const { return m_submission; }
    // Bytes that were already on the server when it started (0 for a fresh upload).
    qint64 resumedFrom() const { return m_resumedFrom; }

protected:
    void run() override;
    void abort() override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QUrl m_marketplace;
    QString m_packagePath;
    std::optional<Submission> m_submission;
    qint64 m_resumedFrom = 0;
};

} // namespace mm::publish
