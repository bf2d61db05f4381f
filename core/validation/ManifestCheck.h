#pragma once

#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

namespace mm::validation {

// The manifest rules (manifest.missing, manifest.invalid, manifest.host-range,
// manifest.plugin-missing): reads module.json with the installer's parser and puts the result
// in the tree for the checks after it.
class ManifestCheck
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::ManifestCheck)

public:
    explicit ManifestCheck(FindingSink& sink);

    void run(ModuleTree& tree);

private:
    void checkHostRange(const package::Manifest& manifest);

    FindingSink& m_sink;
};

} // namespace mm::validation
