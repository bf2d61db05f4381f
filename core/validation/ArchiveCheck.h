#pragma once

#include "core/common/Error.h"
#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"
#include "core/validation/ValidationContext.h"

#include <stop_token>

namespace mm::validation {

// Archive safety and size (rules archive.unsafe, archive.unreadable, size.package): turns the
// path under test into a ModuleTree. A package is extracted with the installer's SafeExtractor,
// so the checks see exactly what an install would write; its headers are read first for the
// setuid bits the extractor drops. A folder is walked as it is and packed once into `workDir`
// to prove PackageWriter accepts it.
class ArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ArchiveCheck)

public:
    ArchiveCheck(const ValidationContext& context, FindingSink& sink);

    // Errors are this machine's (Storage) or Cancelled; everything wrong with the module is a finding.
    Result<ModuleTree> run(const QString& path, const QString& workDir, std::stop_token stop);

private:
    Result<ModuleTree> runPackage(const QString& path, const QString& workDir, std::stop_token stop);
    Result<ModuleTree> runFolder(const QString& path, const QString& workDir);
    void readHeaderModes(const QString& path, ModuleTree& tree);
    void checkSize(qint64 bytes);

    const ValidationContext& m_context;
    FindingSink& m_sink;
};

} // namespace mm::validation
