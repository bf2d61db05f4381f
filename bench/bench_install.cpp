// Install benchmark: a ~50 MB package (2,000 small files and one 32 MiB file) served by a real
// modmarketd on loopback, installed by ModuleManager (download, SHA-256, signatures, extraction,
// activation), next to `sha256sum` + `tar -xf` of the same archive in the same run.
// Budget (docs/benchmarks.md): at most 1.3x the baseline.
//
// Usage: bench_install [--runs N] [--modmarketd PATH] [--work DIR] [--keep]
//   --runs        timed runs of each side, after one warm-up (default 5)
//   --modmarketd  the server binary; by default ../server/modmarketd next to this binary's folder
//   --work        where the package, the server's data and the profiles go (default: $TMPDIR);
//                 its file system decides what fsync costs
//   --keep        leave the work folder (package, server data, each run's profile and tar tree;
//                 about 100 MB per run) for looking at it afterwards
#include "bench/LoopbackMarketplace.h"
#include "bench/Stopwatch.h"
#include "bench/SyntheticPackage.h"
#include "core/catalog/CatalogSync.h"
#include "core/install/ModuleManager.h"
#include "core/logging/Logging.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mm;
using bench::percentile;
using bench::Stopwatch;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mm::bench::InstallBench)
};

constexpr double budget = 1.3;
const QString moduleId = u"bench-payload"_s;
const QString moduleVersion = u"1.0.0"_s;

struct Options
{
    int runs = 5;
    QString modmarketd;
    QString workDir;
    bool keep = false;
};

// Named stretches of one install, in the order they happened.
using Segments = QList<std::pair<QString, double>>;

// The installer reports phases, not stretches; this turns each phase change into the end of one
// stretch and the start of the next, named by what the installer does between them.
class PhaseClock
{
public:
    void mark(const QString& next)
    {
        const double now = m_watch.elapsedMs();
        if (!m_current.isEmpty())
            m_segments.append({m_current, now - m_start});
        m_current = next;
        m_start = now;
    }
    void phase(install::InstallPhase phase)
    {
        using install::InstallPhase;
        switch (phase) {
        case InstallPhase::Downloading:
            return mark(u"download from loopback + SHA-256"_s);
        case InstallPhase::Verifying:
            // The first check is the signatures; the second re-reads the extracted tree.
            return mark(m_verified++ == 0 ? u"check signatures"_s
                                          : u"re-hash staged files, fsync, move into versions/"_s);
        case InstallPhase::Extracting:
            return mark(u"extract (libarchive, SHA-256 of each file)"_s);
        case InstallPhase::Activating:
            return mark(u"activate, record state"_s);
        case InstallPhase::Done:
            return mark(u"finish (remove staging, report to the marketplace)"_s);
        case InstallPhase::Failed:
            return mark(u"roll back"_s);
        }
    }
    Segments finish()
    {
        mark({});
        return m_segments;
    }

private:
    Stopwatch m_watch;
    QString m_current;
    double m_start = 0;
    int m_verified = 0;
    Segments m_segments;
};

int failWith(const QString& message)
{
    std::fprintf(stderr, "bench_install: %s\n", qPrintable(message));
    return 1;
}

std::optional<Options> parseOptions(const QStringList& arguments)
{
    Options options;
    options.modmarketd = QDir(QCoreApplication::applicationDirPath()).filePath(u"../server/modmarketd"_s);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& flag = arguments[i];
        if (flag == u"--keep") {
            options.keep = true;
            continue;
        }
        if (i + 1 >= arguments.size())
            return std::nullopt;
        const QString& value = arguments[++i];
        if (flag == u"--runs" && value.toInt() > 0)
            options.runs = value.toInt();
        else if (flag == u"--modmarketd")
            options.modmarketd = value;
        else if (flag == u"--work")
            options.workDir = value;
        else
            return std::nullopt;
    }
    return options;
}

// Syncs a fresh profile's catalog (not timed), then times plan() + apply() of the module.
Result<Segments> installOnce(const QString& profileDir, const QUrl& url, const QString& fingerprint)
{
    auto profile = Profile::open(profileDir);
    if (!profile)
        return std::unexpected(profile.error());
    if (auto pinned = profile->pinRootFingerprint(url, fingerprint); !pinned)
        return std::unexpected(pinned.error());
    {
        net::MarketplaceApi api(url);
        catalog::CatalogSync sync(api, profile->catalogPath(), profile->hostPlatform(), fingerprint);
        QEventLoop loop;
        QObject::connect(&sync, &Transaction::finished, &loop, &QEventLoop::quit);
        sync.start();
        if (!sync.isFinished())
            loop.exec();
        if (sync.status() != Transaction::Status::Done)
            return std::unexpected(*sync.error());
    }
    ::sync(); // what earlier steps left for writeback must not land in this timing

    install::ModuleManager manager(*profile, url);
    PhaseClock clock;
    clock.mark(u"resolve (plan)"_s);
    resolver::Request request;
    request.install.append({moduleId, std::nullopt, QString()});
    const auto plan = manager.plan(request);
    if (!plan)
        return std::unexpected(plan.error());
    clock.mark(u"lock, recover, journal the plan"_s);
    install::InstallObserver observer;
    observer.phaseChanged = [&](const QString&, install::InstallPhase phase) { clock.phase(phase); };
    const auto applied = manager.apply(*plan, install::OperationKind::Install, {moduleId}, observer);
    if (!applied)
        return std::unexpected(applied.error());
    Segments segments = clock.finish();
    if (applied->fetched != QStringList{moduleId + u'@' + moduleVersion} ||
        !QFileInfo(profile->modulesRoot() + u'/' + moduleId + u"/current/data/assets.pak"_s).isFile())
        return fail(ErrorCode::Verification,
                    Text::tr("The install of %1 reported success but is not in place.").arg(moduleId));
    return segments;
}

Result<void> runChecked(QProcess& process, const QString& program, const QStringList& arguments)
{
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return fail(ErrorCode::Storage, Text::tr("%1 %2 failed: %3")
                                            .arg(program, arguments.join(u' '),
                                                 QString::fromLocal8Bit(process.readAllStandardError())));
    return {};
}

// `sha256sum PKG` then `tar -xf PKG -C DEST`, timed together.
Result<Segments> baselineOnce(const QString& archive, const QString& sha256, const QString& destination)
{
    if (!QDir().mkpath(destination))
        return fail(ErrorCode::Storage, Text::tr("Cannot create %1").arg(destination));
    ::sync();
    const Stopwatch watch;
    QProcess hash;
    if (auto ran = runChecked(hash, u"sha256sum"_s, {archive}); !ran)
        return std::unexpected(ran.error());
    const double hashed = watch.elapsedMs();
    QProcess untar;
    if (auto ran = runChecked(untar, u"tar"_s, {u"-xf"_s, archive, u"-C"_s, destination}); !ran)
        return std::unexpected(ran.error());
    const double elapsed = watch.elapsedMs();
    if (!hash.readAllStandardOutput().startsWith(sha256.toLatin1()))
        return fail(ErrorCode::Verification,
                    Text::tr("sha256sum disagrees with the SHA-256 of %1").arg(archive));
    return Segments{{u"sha256sum"_s, hashed}, {u"tar -xf"_s, elapsed - hashed}};
}

// The samples of one side: totals per run, and each stretch's samples in first-seen order.
struct Tally
{
    QList<double> totals;
    QStringList order;
    QHash<QString, QList<double>> stretches;

    double add(const Segments& segments)
    {
        double total = 0;
        for (const auto& [label, ms] : segments) {
            if (!order.contains(label))
                order.append(label);
            stretches[label].append(ms);
            total += ms;
        }
        totals.append(total);
        return total;
    }
};

void printRow(const QString& label, const QList<double>& samples)
{
    std::printf("  %-52s %9.1f %9.1f\n", qPrintable(label), percentile(samples, 50),
                *std::min_element(samples.cbegin(), samples.cend()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    logging::initialize(u"bench_install"_s, logging::Level::Warning);
    const auto options = parseOptions(QCoreApplication::arguments());
    if (!options)
        return failWith(
            Text::tr("usage: bench_install [--runs N] [--modmarketd PATH] [--work DIR] [--keep]"));
    if (!QFileInfo(options->modmarketd).isExecutable())
        return failWith(
            Text::tr("There is no modmarketd at %1; pass --modmarketd PATH.").arg(options->modmarketd));
    QTemporaryDir work(
        options->workDir.isEmpty() ? QString() : QDir(options->workDir).filePath(u"bench-install-XXXXXX"_s));
    if (!work.isValid())
        return failWith(Text::tr("Cannot create a work folder: %1").arg(work.errorString()));
    work.setAutoRemove(!options->keep);

    // The package, packed as a publisher would.
    const Stopwatch generate;
    const QJsonObject module =
        bench::SyntheticPackage::moduleDocument(moduleId, moduleVersion, u"devtools"_s, u"benchlabs"_s);
    const bench::PackageShape shape;
    const auto content = bench::SyntheticPackage::writeFolder(work.filePath(u"module"_s), module, shape);
    if (!content)
        return failWith(content.error().message);
    const QString archive = work.filePath(u"package.mmpkg"_s);
    const auto packed = package::PackageWriter::pack(work.filePath(u"module"_s), archive);
    if (!packed)
        return failWith(packed.error().message);
    std::printf(
        "package %s %s: %lld files, %.1f MB of content, archive %.1f MB; generated and packed in %.0f ms\n",
        qPrintable(moduleId), qPrintable(moduleVersion), static_cast<long long>(packed->files),
        double(*content) / 1e6, double(packed->size) / 1e6, generate.elapsedMs());

    // The marketplace, set up as its operator would.
    const crypto::SecretKey publisherKey = crypto::SecretKey::generate();
    bench::LoopbackMarketplace marketplace(options->modmarketd, work.filePath(u"server"_s));
    bench::LoopbackMarketplace::Publication publication{
        {{u"id"_s, u"devtools"_s}, {u"name"_s, u"Developer Tools"_s}, {u"description"_s, u"Tools."_s}},
        {{u"id"_s, u"benchlabs"_s}, {u"name"_s, u"Bench Labs"_s}, {u"verified"_s, true}},
        module,
        &publisherKey,
        archive,
        *packed};
    if (auto published = marketplace.publish(publication); !published)
        return failWith(published.error().message);
    const auto fingerprint = marketplace.rootFingerprint();
    if (!fingerprint)
        return failWith(fingerprint.error().message);
    const auto url = marketplace.start();
    if (!url)
        return failWith(url.error().message);
    std::printf("modmarketd listening on %s, data in %s\n\n", qPrintable(url->toString()),
                qPrintable(work.path()));

    // Runs alternate between ours and the baseline so that drift on a shared machine hits both;
    // run 0 of each is a warm-up and not counted. Trees stay until the end: on ext4, creating
    // files right after deleting thousands makes inode allocation scan the recently freed ones,
    // which would add a cost to both sides that no user installing a module sees.
    Tally ours;
    Tally baseline;
    QList<double> paired;
    for (int run = 0; run <= options->runs; ++run) {
        const auto segments = installOnce(work.filePath(u"profile-%1"_s.arg(run)), *url, *fingerprint);
        if (!segments)
            return failWith(segments.error().message);
        const auto plain = baselineOnce(archive, packed->sha256, work.filePath(u"tar-%1"_s.arg(run)));
        if (!plain)
            return failWith(plain.error().message);
        if (run > 0)
            paired.append(ours.add(*segments) / baseline.add(*plain));
    }

    std::printf("%d runs (after one warm-up of each), ms%41s %9s %9s\n", options->runs, "", "median", "min");
    printRow(u"ours: plan + apply"_s, ours.totals);
    for (const QString& label : std::as_const(ours.order))
        printRow(u"  "_s + label, ours.stretches.value(label));
    printRow(u"baseline: sha256sum + tar -xf"_s, baseline.totals);
    for (const QString& label : std::as_const(baseline.order))
        printRow(u"  "_s + label, baseline.stretches.value(label));
    const auto minimum = [](const QList<double>& samples) {
        return *std::min_element(samples.cbegin(), samples.cend());
    };
    const double ratio = percentile(ours.totals, 50) / percentile(baseline.totals, 50);
    const double ratioMin = minimum(ours.totals) / minimum(baseline.totals);
    // Each run's ratio against the baseline run right after it: load that comes and goes on a
    // shared machine cancels out there better than in the medians.
    const double ratioPaired = percentile(paired, 50);
    const bool met = std::max(ratio, ratioPaired) <= budget;
    std::printf("\nratio ours / baseline: %.2fx of medians, %.2fx of minimums, %.2fx median of paired runs\n"
                "budget %.1fx (of medians and paired): %s\n",
                ratio, ratioMin, ratioPaired, budget, met ? "met" : "OVER");
    return 0;
}
