#include "server/submissions/SubmissionRecords.h"

#include "server/billing/BillingTime.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {
namespace {

// An empty report is stored as '' (the column is NOT NULL), never as a null string.
QString reportText(const QJsonObject& report)
{
    return report.isEmpty() ? u""_s : QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact));
}

} // namespace

SubmissionRecords::SubmissionRecords(catalog::CatalogDatabase& database)
    : m_database(database)
{}

Result<void> SubmissionRecords::createSchema()
{
    for (const auto& statement :
         {u"CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, module TEXT NOT NULL,"
          " version TEXT NOT NULL, publisher TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
          " status TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL,"
          " report TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL)"_s,
          u"CREATE INDEX IF NOT EXISTS submissions_module ON submissions(module, seq)"_s,
          u"CREATE INDEX IF NOT EXISTS submissions_publisher ON submissions(publisher, seq)"_s}) {
        QSqlQuery q(m_database.db());
        q.prepare(statement);
        if (auto ok = catalog::CatalogDatabase::exec(q, tr("creating the submission records")); !ok)
            return ok;
    }
    return migrate();
}

Result<void> SubmissionRecords::migrate()
{
    QSqlQuery columns(m_database.db());
    columns.prepare(u"PRAGMA table_info(submissions)"_s);
    if (auto ok = catalog::CatalogDatabase::exec(columns, tr("reading the submission table")); !ok)
        return ok;
    QStringList present;
    while (columns.next())
        present.append(columns.value(1).toString());
    // The moderator's decision and claim (docs/moderation.md); '' until there is one.
    for (const auto* column :
         {u"decision_reason", u"decided_at", u"decided_by", u"claimed_by", u"claimed_email", u"claimed_at"}) {
        const QString name = QStringView(column).toString();
        if (present.contains(name))
            continue;
        QSqlQuery add(m_database.db());
        add.prepare(u"ALTER TABLE submissions ADD COLUMN %1 TEXT NOT NULL DEFAULT ''"_s.arg(name));
        if (auto ok = catalog::CatalogDatabase::exec(add, tr("adding %1 to the submission table").arg(name));
            !ok)
            return ok;
    }
    return {};
}

Result<void> SubmissionRecords::insert(const Submission& s)
{
    QSqlQuery q(m_database.db());
    // seq orders submissions made within the same second, newest last.
    q.prepare(u"INSERT INTO submissions(id, module, version, publisher, sha256, size, status, created,"
              " updated, report, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              " (SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions))"_s);
    for (const QVariant& value :
         {QVariant(s.id), QVariant(s.module), QVariant(s.version), QVariant(s.publisher), QVariant(s.sha256),
          QVariant(s.size), QVariant(s.status), QVariant(billing::isoUtc(s.created)),
          QVariant(billing::isoUtc(s.updated)), QVariant(reportText(s.report))})
        q.addBindValue(value);
    return catalog::CatalogDatabase::exec(q, tr("recording submission %1").arg(s.id));
}

Result<QList<Submission>> SubmissionRecords::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT id, module, version, publisher, sha256, size, status, created, updated, report,"
              " decision_reason, decided_at, decided_by, claimed_by, claimed_email, claimed_at"
              " FROM submissions WHERE "_s +
              where);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("reading submissions")); !ok)
        return std::unexpected(ok.error());
    QList<Submission> result;
    while (q.next()) {
        Submission s;
        s.id = q.value(0).toString();
        s.module = q.value(1).toString();
        s.version = q.value(2).toString();
        s.publisher = q.value(3).toString();
        s.sha256 = q.value(4).toString();
        s.size = q.value(5).toLongLong();
        s.status = q.value(6).toString();
        s.created = billing::fromIso(q.value(7).toString());
        s.updated = billing::fromIso(q.value(8).toString());
        s.report = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        s.decisionReason = q.value(10).toString();
        s.decidedAt = billing::fromIso(q.value(11).toString());
        s.decidedBy = q.value(12).toString();
        s.claimedBy = q.value(13).toString();
        s.claimedEmail = q.value(14).toString();
        s.claimedAt = billing::fromIso(q.value(15).toString());
        result.append(std::move(s));
    }
    return result;
}

Result<std::optional<Submission>> SubmissionRecords::find(const QString& id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->front());
}

Result<std::optional<Submission>> SubmissionRecords::newest(const QString& module, const QString& version)
{
    auto found = version.isEmpty()
                     ? select(u"module = ? ORDER BY seq DESC LIMIT 1"_s, {module})
                     : select(u"module = ? AND version = ? ORDER BY seq DESC LIMIT 1"_s, {module, version});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->front());
}

Result<QList<Submission>> SubmissionRecords::ofPublisher(const QString& publisher)
{
    return select(u"publisher = ? ORDER BY seq DESC"_s, {publisher});
}

Result<QList<Submission>> SubmissionRecords::liveOf(const QString& module)
{
    return select(
        u"module = ? AND status NOT IN ('rejected', 'declined', 'changes-requested') ORDER BY seq"_s,
        {module});
}

Result<QList<Submission>> SubmissionRecords::withStatus(const QStringList& statuses)
{
    if (statuses.isEmpty())
        return QList<Submission>();
    QStringList marks(statuses.size(), u"?"_s);
    QVariantList values;
    for (const QString& status : statuses)
        values.append(status);
    return select(u"status IN (%1) ORDER BY seq"_s.arg(marks.join(u", ")), values);
}

Result<qint64> SubmissionRecords::approvedCount(const QString& publisher)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT COUNT(*) FROM submissions WHERE publisher = ? AND status = 'approved'"_s);
    q.addBindValue(publisher);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("counting approvals of %1").arg(publisher)); !ok)
        return std::unexpected(ok.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> SubmissionRecords::setClaim(const QString& id, const QString& userId, const QString& email,
                                         const QDateTime& at)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE submissions SET claimed_by = ?, claimed_email = ?, claimed_at = ? WHERE id = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(email);
    q.addBindValue(billing::isoUtc(at));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("claiming submission %1").arg(id));
}

Result<bool> SubmissionRecords::decide(const QString& id, QStringView status, const QString& reason,
                                       const QString& userId, const QDateTime& at)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE submissions SET status = ?, updated = ?, decision_reason = ?, decided_at = ?,"
              " decided_by = ? WHERE id = ? AND status IN ('passed', 'flagged')"_s);
    q.addBindValue(status.toString());
    q.addBindValue(billing::isoUtc(at));
    q.addBindValue(reason.isNull() ? u""_s : reason);
    q.addBindValue(billing::isoUtc(at));
    q.addBindValue(userId);
    q.addBindValue(id);
    if (auto ok = catalog::CatalogDatabase::exec(q, tr("recording the decision on submission %1").arg(id));
        !ok)
        return std::unexpected(ok.error());
    return q.numRowsAffected() == 1;
}

Result<QList<Submission>> SubmissionRecords::unfinished()
{
    return select(u"status IN ('queued', 'validating') ORDER BY seq"_s, {});
}

Result<void> SubmissionRecords::setStatus(const QString& id, QStringView status)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE submissions SET status = ?, updated = ? WHERE id = ?"_s);
    q.addBindValue(status.toString());
    q.addBindValue(billing::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("updating submission %1").arg(id));
}

Result<void> SubmissionRecords::setResult(const QString& id, QStringView status, const QJsonObject& report)
{
    QSqlQuery q(m_database.db());
    q.prepare(u"UPDATE submissions SET status = ?, updated = ?, report = ? WHERE id = ?"_s);
    q.addBindValue(status.toString());
    q.addBindValue(billing::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(reportText(report));
    q.addBindValue(id);
    return catalog::CatalogDatabase::exec(q, tr("recording the report of submission %1").arg(id));
}

} // namespace mm::server::submissions
