#include "server/accounts/UserCommand.h"

#include "server/TenantRecords.h"
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/UserProvisioning.h"
#include "server/audit/AuditLog.h"
#include "server/submissions/PublisherKeyRecords.h"

#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mm::server::accounts {
namespace {

int failed(const Error& error, int code = 1)
{
    std::fprintf(stderr, "modmarketd: %s\n", qPrintable(error.message));
    return code;
}

} // namespace

int UserCommand::run(const ServerOptions& options)
{
    QDir().mkpath(options.dataDir);
    auto database = catalog::CatalogDatabase::open(QDir(options.dataDir).filePath(u"marketplace.sqlite"_s));
    if (!database)
        return failed(database.error());
    catalog::CatalogDatabase& db = **database;
    UserRecords users(db);
    TenantRecords tenants(db);
    submissions::PublisherKeyRecords publishers(db, QDir(options.dataDir).filePath(u"keys/publishers"_s));
    audit::AuditLog audit(db);
    for (const auto& ok :
         {users.createSchema(), tenants.createSchema(), publishers.createSchema(), audit.createSchema()})
        if (!ok)
            return failed(ok.error());

    if (options.commandAction == u"list") {
        const auto all = users.all();
        if (!all)
            return failed(all.error());
        for (const User& user : *all) {
            const QString of = !user.tenant.isEmpty()      ? u" tenant "_s + user.tenant
                               : !user.publisher.isEmpty() ? u" publisher "_s + user.publisher
                                                           : QString();
            std::printf("%s\t%s\t%s%s%s\n", qPrintable(user.id), qPrintable(user.email),
                        qPrintable(roleNames(user.roles).join(u',')), qPrintable(of),
                        user.isDeleted() ? " (deleted)" : "");
        }
        return 0;
    }

    // One line from stdin, so `echo "$PASSWORD" | modmarketd user add ...` works and the password
    // never shows in a process list.
    QTextStream in(stdin);
    const QString password = in.readLine();
    const auto& values = options.commandOptions;
    const UserProvisioning::Request request{values.value(u"email"_s),  password,
                                            values.value(u"name"_s),   values.value(u"role"_s).split(u','),
                                            values.value(u"tenant"_s), values.value(u"publisher"_s)};
    auto user = UserProvisioning::check(request);
    if (!user)
        return failed(user.error(), 2);
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return failed(hash.error());
    user->passwordHash = *hash;
    const auto created = UserProvisioning(db, users, tenants, publishers).create(*user);
    if (!created)
        return failed(created.error());
    Caller operatorCaller;
    operatorCaller.address = u"local"_s;
    (void)audit.record(operatorCaller, u"user.create"_s, u"user:"_s + created->id,
                       audit::AuditEntry::Outcome::Ok,
                       {{u"by"_s, u"operator"_s}, {u"roles"_s, roleNames(created->roles).join(u',')}});
    std::printf("%s\n",
                qPrintable(tr("created %1 (%2) as %3")
                               .arg(created->email, created->id, roleNames(created->roles).join(u", "_s))));
    return 0;
}

} // namespace mm::server::accounts
