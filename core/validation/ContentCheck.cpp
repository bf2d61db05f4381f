#include "core/validation/ContentCheck.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

const QStringList vcsNames = {u".git"_s, u".svn"_s, u".hg"_s, u".bzr"_s, u"CVS"_s};

QString modeText(int mode)
{
    QStringList bits;
    if (mode & 04000)
        bits << u"setuid"_s;
    if (mode & 02000)
        bits << u"setgid"_s;
    if (mode & 01000)
        bits << u"sticky"_s;
    return bits.join(u", "_s);
}

} // namespace

ContentCheck::ContentCheck(FindingSink& sink)
    : m_sink(sink)
{}

QString ContentCheck::binaryKind(QByteArrayView head)
{
    if (head.startsWith("\x7f"
                        "ELF"))
        return u"ELF"_s;
    if (head.size() >= 64 && head.startsWith("MZ")) {
        // The PE header's offset is at 0x3c; a text file that starts with "MZ" has none there.
        const quint32 offset = qFromLittleEndian<quint32>(head.data() + 0x3c);
        if (offset <= quint32(head.size() - 4) && head.sliced(offset, 4) == QByteArrayView("PE\0\0", 4))
            return u"PE"_s;
    }
    if (head.size() >= 8) {
        const quint32 magic = qFromBigEndian<quint32>(head.data());
        if (magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe || magic == 0xcffaedfe)
            return u"Mach-O"_s;
        // Universal binaries share 0xcafebabe with Java classes; a class file's next word is its
        // version (45 or more), a universal binary's the count of architectures it holds.
        if (magic == 0xcafebabe && qFromBigEndian<quint32>(head.data() + 4) < 30)
            return u"Mach-O"_s;
    }
    return {};
}

void ContentCheck::run(const ModuleTree& tree, std::stop_token stop)
{
    const QString check = u"content"_s;
    for (const auto& [path, mode] : tree.specialModes)
        m_sink.add(u"content.setuid"_s, Severity::Error, path, 0,
                   tr("Has the %1 bit (mode %2); modules may not carry special permission bits.")
                       .arg(modeText(mode), QString::number(mode & 07777, 8)));
    if (!tree.hasFiles()) {
        m_sink.skipped(check, tr("The package could not be extracted."));
        return;
    }
    checkVcs(tree);
    const QString plugin = tree.manifest ? tree.manifest->plugin : QString();
    for (const auto& f : tree.files) {
        if (stop.stop_requested())
            return;
        if (f.size < 4 || f.path == plugin)
            continue;
        QFile file(tree.absolute(f.path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString kind = binaryKind(file.read(4096));
        if (kind.isEmpty())
            continue;
        m_sink.add(
            u"content.executable"_s, Severity::Error, f.path, 0,
            plugin.isEmpty()
                ? tr("A native %1 binary, and the manifest declares no plugin. Modules ship no programs; "
                     "a Qt plugin is declared in module.json's \"plugin\".")
                      .arg(kind)
                : tr("A native %1 binary that is not the declared plugin %2.").arg(kind, plugin));
    }
    m_sink.ran(check);
}

void ContentCheck::checkVcs(const ModuleTree& tree)
{
    // One finding per repository: the top-most VCS folder, not each file inside it.
    QSet<QString> reported;
    auto consider = [&](const QString& path) {
        const QStringList parts = path.split(u'/');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (!vcsNames.contains(parts[i]))
                continue;
            const QString top = parts.first(i + 1).join(u'/');
            if (!reported.contains(top)) {
                reported.insert(top);
                m_sink.add(u"content.vcs"_s, Severity::Error, top, 0,
                           tr("A %1 version control folder; its history may hold files and secrets that were "
                              "meant to stay private. Pack from a clean export.")
                               .arg(parts[i]));
            }
            return;
        }
    };
    for (const auto& folder : tree.folders)
        consider(folder);
    for (const auto& f : tree.files)
        consider(f.path);
}

} // namespace mm::validation
