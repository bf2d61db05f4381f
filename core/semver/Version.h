#pragma once

#include "core/semver/SemverError.h"

#include <QStringList>
#include <QStringView>

#include <compare>
#include <expected>

namespace mm::semver {

// A Semantic Versioning 2.0.0 version. Build metadata is kept for display but, as the
// spec says (item 10), plays no part in precedence or equality.
class Version
{
public:
    Version() = default; // 0.0.0
    // Preconditions: each number <= 2^53 - 1 and each identifier valid (checked by Q_ASSERT);
    // text from outside goes through parse() instead.
    Version(quint64 major, quint64 minor, quint64 patch, QStringList prerelease = {}, QStringList build = {});

    // Strict: no leading 'v', no surrounding whitespace, no leading zeros in numbers or in
    // numeric prerelease identifiers, numbers up to 2^53 - 1, at most 256 characters.
    static std::expected<Version, SemverError> parse(QStringView text);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList& prerelease() const { return m_prerelease; }
    const QStringList& build() const { return m_build; }
    bool isPrerelease() const { return !m_prerelease.isEmpty(); }

    // Canonical text including build metadata; parse(toString()) gives back an identical value.
    QString toString() const;

    // Precedence per semver.org item 11; build metadata ignored.
    friend std::strong_ordering operator<=>(const Version& a, const Version& b);
    friend bool operator==(const Version& a, const Version& b);

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_prerelease;
    QStringList m_build;
};

// Consistent with operator==: versions differing only in build metadata hash alike.
size_t qHash(const Version& version, size_t seed = 0) noexcept;

} // namespace mm::semver
