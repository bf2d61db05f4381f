#pragma once

#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

#include <stop_token>

namespace mm::validation {

// Forbidden content (content.executable, content.setuid, content.vcs): native binaries the
// manifest does not declare as its plugin, special permission bits, and version control folders.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ContentCheck)

public:
    explicit ContentCheck(FindingSink& sink);

    void run(const ModuleTree& tree, std::stop_token stop);

    // "ELF", "PE", "Mach-O" when the bytes start like such a binary, else empty.
    static QString binaryKind(QByteArrayView head);

private:
    void checkVcs(const ModuleTree& tree);

    FindingSink& m_sink;
};

} // namespace mm::validation
