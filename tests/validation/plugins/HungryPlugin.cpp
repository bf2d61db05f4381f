#include "HungryPlugin.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype hoardBytes = 256LL * 1024 * 1024;
constexpr qsizetype pageBytes = 4096;

} // namespace

HungryPlugin::HungryPlugin()
    : m_hoard(new volatile unsigned char[hoardBytes])
    , m_size(hoardBytes)
{
    // Every page written, so each one is resident rather than merely reserved.
    for (qsizetype i = 0; i < m_size; i += pageBytes)
        m_hoard[i] = static_cast<unsigned char>(i / pageBytes);
}

QString HungryPlugin::title() const
{
    return u"Hungry Plugin %1"_s.arg(int(m_hoard[m_size - pageBytes]));
}

QStringList HungryPlugin::features() const
{
    return {};
}

QString HungryPlugin::run(const QString& feature, const modmarket::Entitlements&)
{
    return u"ran "_s + feature;
}
