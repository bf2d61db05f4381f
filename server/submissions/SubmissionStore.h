#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mm::server::submissions {

// Submitted packages, kept apart from the package store so nothing of a submission can be
// downloaded before approval: DATA/submissions/<id>/package.mmpkg and package.sig.
class SubmissionStore
{
    Q_DECLARE_TR_FUNCTIONS(mm::server::submissions::SubmissionStore)

public:
    explicit SubmissionStore(QString root);

    Result<void> create();
    // Moves a complete upload's file in and writes the signatures beside it.
    Result<void> adopt(const QString& id, const QString& uploadFile, const QByteArray& signatures);
    // Undoes adopt() when the submission could not be recorded: the file goes back to the upload.
    void giveBack(const QString& id, const QString& uploadFile);

    QString packagePath(const QString& id) const;
    QString signaturesPath(const QString& id) const;

private:
    QString folderOf(const QString& id) const;
    QString m_root;
};

} // namespace mm::server::submissions
