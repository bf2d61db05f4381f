#pragma once

#include "core/package/Manifest.h"
#include "core/publish/Submission.h"
#include "core/trust/PackageClaim.h"

#include <QString>

#include <optional>

namespace mm::ui {

// What the publish wizard's pages have settled so far, shared between them: the module's source,
// its manifest, the signed package and, at the end, the submission.
struct PublishDraft
{
    enum class Source
    {
        Folder,  // a module folder: details and screenshots can be edited, it is packed here
        Package, // a finished .mmpkg: everything in it is fixed
    };

    QString path;
    Source source = Source::Folder;
    std::optional<package::Manifest> manifest; // as last read (or written) by the details page
    QString packagePath;                       // the package that is signed and uploaded
    std::optional<trust::PackageClaim> claim;  // what its signature says
    std::optional<publish::Submission> submission;

    bool isFolder() const { return source == Source::Folder; }
    QString publisher() const
    {
        return manifest ? manifest->publisher : claim ? claim->publisher : QString();
    }
    QString moduleId() const { return manifest ? manifest->id : claim ? claim->id : QString(); }

    // A new source: everything derived from the old one goes.
    void reset(const QString& newPath, Source newSource)
    {
        *this = PublishDraft{};
        path = newPath;
        source = newSource;
    }
};

} // namespace mm::ui
