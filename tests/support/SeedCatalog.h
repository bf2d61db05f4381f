#pragma once

#include "tests/support/TestCatalog.h"

namespace mm::test {

// A four-module catalog whose every sort key and filter gives a different, known answer:
//   id         name           category  tags          pricing                installs  rating  updated
//   grid-name  Grid Layout    tools     layout, sync  free                   30        5.00    2025-05-01
//   grid-desc  Layout Helper  tools     layout        one_time EUR 1500      300       3.50    2025-02-01
//   crm-sync   CRM Sync       crm       sync, crm     subscription EUR 900   200       4.00    2025-07-01
//   meter      Meter          tools     -             usage USD              10        -       2024-12-01
// "grid" is in grid-name's name and in grid-desc's description only. Every module has versions
// 1.2.0 (host >=6.0.0) and 1.0.0; only grid-name has an icon (storefrontIcon()).
TestCatalog storefrontCatalog();
QString storefrontIcon();

} // namespace mm::test
