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
    q.prepare(u"SELECT id, module, version, publisher, sha256, size, status, created, updated, report"
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
    return select(u"module = ? AND status NOT IN ('rejected', 'declined') ORDER BY seq"_s, {module});
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
