#pragma once

#include <QStringList>
#include <QTemporaryDir>

namespace mm::test {

// A temporary tree with sentinel files around the folder an archive is extracted into:
//   <root>/archives/                 where tests put their archives
//   <root>/sandbox/outside/...       what a hostile archive would like to reach
//   <root>/sandbox/staging/x         the destination (created by the extractor)
//   <root>/sandbox/staging/...       neighbours of the destination
// listing() describes the whole tree, so comparing it before and after an extraction proves
// that nothing outside the destination was written.
class Sandbox
{
public:
    Sandbox();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString archive(const QString& name) const;
    QString outside() const;
    QString destination() const;

    // One line per file, folder or link under root(): path, type, size, mtime (and a link's
    // target). The staging folder's own size and mtime are left out: creating and removing
    // the destination inside it changes them, and nothing else.
    QStringList listing() const;

private:
    QTemporaryDir m_dir;
};

} // namespace mm::test
