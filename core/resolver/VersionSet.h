#pragma once

#include "core/semver/Version.h"

#include <QBitArray>
#include <QList>
#include <QString>

namespace mm::resolver {

// A set of versions of one package, one bit per version the catalog lists (ascending order).
// The catalog is finite, so set algebra on bits is exact and cheap, which npm ranges (unions of
// intervals with the prerelease rule) would not be. A label keeps the range text a user or a
// manifest wrote ("^3.1.0"), so explanations can quote it instead of a computed description.
class VersionSet
{
public:
    VersionSet() = default;
    explicit VersionSet(QBitArray bits, QString label = {});
    static VersionSet none(qsizetype universe);
    static VersionSet all(qsizetype universe);
    static VersionSet span(qsizetype universe, qsizetype first, qsizetype last); // inclusive

    qsizetype universe() const { return m_bits.size(); }
    bool contains(qsizetype index) const { return m_bits.testBit(index); }
    qsizetype count() const { return m_bits.count(true); }
    bool isEmpty() const { return count() == 0; }
    bool isAll() const { return count() == universe(); }
    const QBitArray& bits() const { return m_bits; }
    const QString& label() const { return m_label; }

    // Equal sets describe the same versions, so a label carries over to any result equal to it.
    friend bool operator==(const VersionSet& a, const VersionSet& b) { return a.m_bits == b.m_bits; }

private:
    QBitArray m_bits;
    QString m_label;
};

// Text for a set: its label when it has one, else the shortest comparators over the listed
// versions: "2.1.0", ">=2.0.0", "<2.0.0", ">=1.2.0 <2.0.0", joined by " || " for gaps.
QString describe(const VersionSet& set, const QList<semver::Version>& ascending);

} // namespace mm::resolver
