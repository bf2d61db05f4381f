#pragma once

#include "core/accounts/Session.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mm::cli {

class CliContext;

// What login, signup and whoami print about an account, and what a sign-in changes in the profile.
class AccountOutput
{
    Q_DECLARE_TR_FUNCTIONS(mm::cli::AccountOutput)

public:
    static void printUser(QTextStream& out, const accounts::AccountUser& user);
    // Keeps the user's tenant (and its tier, when the marketplace tells it) in the profile, then
    // prints the result: "Signed in to HOST as EMAIL" or the JSON {"marketplace","user"}.
    static int signedIn(CliContext& context, const accounts::Session& session);
};

} // namespace mm::cli
