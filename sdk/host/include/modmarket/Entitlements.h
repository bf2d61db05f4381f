#pragma once

#include <QMap>
#include <QStringList>

#include <optional>

namespace modmarket {

// What a module's license grants: feature names, each with an optional limit (seats, documents a
// month, ...) that the module enforces itself. Header-only, so plugins need nothing but Qt Core.
class Entitlements
{
public:
    void grant(const QString& feature, std::optional<qint64> limit = std::nullopt)
    {
        m_limits.insert(feature, limit);
    }
    bool grants(const QString& feature) const { return m_limits.contains(feature); }
    // No value when the feature is unlimited or not granted at all (see grants()).
    std::optional<qint64> limit(const QString& feature) const { return m_limits.value(feature); }
    QStringList features() const { return m_limits.keys(); }
    bool isEmpty() const { return m_limits.isEmpty(); }

private:
    QMap<QString, std::optional<qint64>> m_limits;
};

} // namespace modmarket
