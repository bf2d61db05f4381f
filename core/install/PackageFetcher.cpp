#include "core/install/PackageFetcher.h"

namespace mm::install {

PackageFetcher::~PackageFetcher() = default;

} // namespace mm::install
