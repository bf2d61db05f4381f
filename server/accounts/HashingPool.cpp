#include "server/accounts/HashingPool.h"

namespace mm::server::accounts {

HashingPool::HashingPool(int threads)
{
    m_pool.setMaxThreadCount(threads);
    m_pool.setObjectName(QStringLiteral("password-hashing"));
}

HashingPool::~HashingPool()
{
    // Before QObject's destructor, which discards the answers queued for this object.
    m_pool.waitForDone();
}

} // namespace mm::server::accounts
