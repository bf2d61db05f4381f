#include "core/semver/Version.h"

#include "core/semver/Scanner.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mm::semver {

namespace {

bool isNumeric(QStringView id)
{
    return std::all_of(id.begin(), id.end(), detail::isDigit);
}

// Item 11.4: numeric identifiers compare as numbers and sort before alphanumeric ones;
// alphanumeric ones compare in ASCII order. Numeric identifiers have no leading zeros, so
// comparing length first then text is exact at any size (node converts to a double instead,
// which only matters past 2^53).
std::strong_ordering compareIdentifiers(QStringView a, QStringView b)
{
    const bool aNum = isNumeric(a);
    const bool bNum = isNumeric(b);
    if (aNum != bNum)
        return aNum ? std::strong_ordering::less : std::strong_ordering::greater;
    if (aNum && a.size() != b.size())
        return a.size() <=> b.size();
    return a.compare(b, Qt::CaseSensitive) <=> 0;
}

[[maybe_unused]] bool validIdentifiers(const QStringList& ids, bool prerelease)
{
    return std::all_of(ids.begin(), ids.end(), [prerelease](const QString& id) {
        return !id.isEmpty() && std::all_of(id.begin(), id.end(), detail::isIdentifierChar) &&
               !(prerelease && id.size() > 1 && id.front() == u'0' && isNumeric(id));
    });
}

} // namespace

Version::Version(quint64 major, quint64 minor, quint64 patch, QStringList prerelease, QStringList build)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
    , m_prerelease(std::move(prerelease))
    , m_build(std::move(build))
{
    Q_ASSERT(major <= detail::kMaxSafeInteger && minor <= detail::kMaxSafeInteger &&
             patch <= detail::kMaxSafeInteger);
    Q_ASSERT(validIdentifiers(m_prerelease, true) && validIdentifiers(m_build, false));
}

std::expected<Version, SemverError> Version::parse(QStringView text)
{
    detail::Scanner in(text, SemverError::Subject::Version);
    if (text.size() > detail::kMaxLength)
        return in.fail(detail::kMaxLength, u"at most 256 characters"_s);

    Version v;
    quint64* const parts[] = {&v.m_major, &v.m_minor, &v.m_patch};
    for (int i = 0; i < 3; ++i) {
        if (i > 0 && !in.take(u'.'))
            return in.fail(in.pos(), u"'.'"_s);
        auto n = in.number();
        if (!n)
            return std::unexpected(std::move(n.error()));
        *parts[i] = *n;
    }
    QString expected = u"'-', '+' or end of input"_s;
    if (in.take(u'-')) {
        auto pre = in.prerelease();
        if (!pre)
            return std::unexpected(std::move(pre.error()));
        v.m_prerelease = std::move(*pre);
        expected = u"'.', '+' or end of input"_s;
    }
    if (in.take(u'+')) {
        auto build = in.build();
        if (!build)
            return std::unexpected(std::move(build.error()));
        v.m_build = std::move(*build);
        expected = u"'.' or end of input"_s;
    }
    if (!in.atEnd())
        return in.fail(in.pos(), expected);
    return v;
}

QString Version::toString() const
{
    QString s = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.' + QString::number(m_patch);
    if (!m_prerelease.isEmpty())
        s += u'-' + m_prerelease.join(u'.');
    if (!m_build.isEmpty())
        s += u'+' + m_build.join(u'.');
    return s;
}

std::strong_ordering operator<=>(const Version& a, const Version& b)
{
    if (auto c = a.m_major <=> b.m_major; c != 0)
        return c;
    if (auto c = a.m_minor <=> b.m_minor; c != 0)
        return c;
    if (auto c = a.m_patch <=> b.m_patch; c != 0)
        return c;
    // Item 11.3: a prerelease ranks below the release it precedes.
    if (a.isPrerelease() != b.isPrerelease())
        return a.isPrerelease() ? std::strong_ordering::less : std::strong_ordering::greater;
    const qsizetype common = std::min(a.m_prerelease.size(), b.m_prerelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (auto c = compareIdentifiers(a.m_prerelease.at(i), b.m_prerelease.at(i)); c != 0)
            return c;
    }
    // Item 11.4.4: with an equal prefix, the longer list of identifiers ranks higher.
    return a.m_prerelease.size() <=> b.m_prerelease.size();
}

bool operator==(const Version& a, const Version& b)
{
    return a.m_major == b.m_major && a.m_minor == b.m_minor && a.m_patch == b.m_patch &&
           a.m_prerelease == b.m_prerelease;
}

size_t qHash(const Version& version, size_t seed) noexcept
{
    return qHashMulti(seed, version.major(), version.minor(), version.patch(), version.prerelease());
}

} // namespace mm::semver
