#include "tests/install/FakeFetcher.h"

#include "core/crypto/Sha256.h"
#include "core/install/FileOps.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace mm::test {

QList<FakeFetcher::File> FakeFetcher::contentOf(const QString& id, const semver::Version& version)
{
    const QString v = version.toString();
    return {
        {u"module.json"_s, (u"{\"id\":\"%1\",\"version\":\"%2\"}\n"_s.arg(id, v)).toUtf8(), false},
        {u"lib/%1.txt"_s.arg(id), (u"payload of %1 %2\n"_s.arg(id, v)).toUtf8().repeated(4), false},
        {u"bin/run"_s, (u"#!/bin/sh\necho %1 %2\n"_s.arg(id, v)).toUtf8(), true},
    };
}

QList<install::StagedFile> FakeFetcher::filesOf(const QString& id, const semver::Version& version)
{
    QList<install::StagedFile> files;
    for (const File& file : contentOf(id, version))
        files.append({file.path, file.content.size(), crypto::Sha256::hex(file.content), file.executable});
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return files;
}

Result<install::StagedPackage> FakeFetcher::fetch(const resolver::PlanStep& step, const QString& stagingDir,
                                                  const install::FetchProgress& progress,
                                                  std::stop_token stop)
{
    const int call = m_calls.fetch_add(1);
    const Failure failure = m_failures.value(call, Failure::None);
    const QString label = step.id + u' ' + step.to->toString();
    if (progress)
        progress(install::FetchPhase::Downloading, 0, 100);
    if (failure == Failure::WaitForCancel) {
        if (onWaiting)
            onWaiting();
        while (!stop.stop_requested())
            QThread::msleep(1);
        return fail(ErrorCode::Cancelled, u"Downloading %1 was cancelled"_s.arg(label));
    }
    if (failure == Failure::Verification)
        return fail(ErrorCode::Verification, u"The signature of %1 does not verify"_s.arg(label));
    if (progress) {
        progress(install::FetchPhase::Downloading, 100, 100);
        progress(install::FetchPhase::Verifying, 0, -1);
    }
    const QList<File> files = contentOf(step.id, *step.to);
    if (!QDir().mkpath(stagingDir))
        return fail(ErrorCode::Storage, u"Cannot create %1"_s.arg(stagingDir));
    qint64 written = 0;
    for (const File& file : files) {
        const QString path = stagingDir + u'/' + file.path;
        if (failure == Failure::NoSpace && written > 0)
            return std::unexpected(install::FileOps::error(ENOSPC, install::FileOps::Action::Create, path));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size())
            return fail(ErrorCode::Storage, u"Cannot write %1"_s.arg(path));
        if (file.executable)
            out.setPermissions(out.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        written += file.content.size();
        if (progress)
            progress(install::FetchPhase::Extracting, written, -1);
    }
    install::StagedPackage package{step.id, *step.to, crypto::Sha256::hex(label.toUtf8()),
                                   filesOf(step.id, *step.to)};
    if (failure == Failure::WrongFileList)
        package.files.first().sha256 = crypto::Sha256::hex("something else");
    m_fetched.append(step.id + u'@' + step.to->toString());
    return package;
}

} // namespace mm::test
