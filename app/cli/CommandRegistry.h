#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace mm::cli {

// Every verb of modmarket-cli, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace mm::cli
