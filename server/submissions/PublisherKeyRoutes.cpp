#include "server/submissions/PublisherKeyRoutes.h"

#include "core/catalog/ModuleRecord.h"
#include "core/crypto/Base64.h"
#include "server/ApiJson.h"
#include "server/ApiRouter.h"
#include "server/audit/AuditLog.h"
#include "server/submissions/SubmissionJson.h"

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace mm::server::submissions {

PublisherKeyRoutes::PublisherKeyRoutes(PublisherKeyRecords& keys)
    : m_keys(keys)
{}

void PublisherKeyRoutes::registerOn(ApiRouter& router)
{
    m_audit = router.audit();
    router.route(
        u"/api/marketplace/publishers/<arg>/keys"_s, QHttpServerRequest::Method::Post,
        ApiRouter::Access::developer(),
        [this](const QString& publisher, const accounts::Caller& caller, const QHttpServerRequest& request) {
            return registerKey(publisher, caller, request);
        });
}

QByteArray PublisherKeyRoutes::registrationMessage(const QString& publisher, const QString& publicBase64)
{
    return "modmarket-key-registration/1\n" + publisher.toUtf8() + '\n' + publicBase64.toUtf8();
}

QHttpServerResponse PublisherKeyRoutes::registerKey(const QString& publisher, const accounts::Caller& caller,
                                                    const QHttpServerRequest& request)
{
    if (publisher != caller.publisher)
        return errorResponse(
            {ErrorCode::Forbidden, tr("Keys of publisher %1 are registered by its own developers; "
                                      "you publish as %2.")
                                       .arg(publisher, caller.publisher)});
    if (!catalog::isValidModuleId(publisher))
        return errorResponse({ErrorCode::InvalidInput,
                              tr("A publisher id is 2 to 64 lower-case letters, digits, '-' or '.', starting "
                                 "with a letter; \"%1\" is not one.")
                                  .arg(publisher)});
    const auto body = SubmissionJson::body(request);
    if (!body)
        return errorResponse(body.error());
    const QString publicText = body->value(u"public").toString();
    const auto key = crypto::PublicKey::fromBase64(publicText);
    if (!key)
        return errorResponse(
            {ErrorCode::InvalidInput,
             tr("\"public\" must be an Ed25519 public key in base64: %1").arg(key.error().message)});
    const QString name = body->value(u"name").toString().trimmed();
    if (name.size() > 100)
        return errorResponse({ErrorCode::InvalidInput, tr("\"name\" may have at most 100 characters.")});
    const QByteArray message = registrationMessage(publisher, publicText);
    const auto proof = crypto::base64::decode(body->value(u"proof").toString());
    if (!proof || !key->verify(message, *proof))
        return errorResponse(
            {ErrorCode::InvalidInput,
             tr("\"proof\" must be the new key's signature of the registration; it is not.")});

    const auto owner = m_keys.ownerOf(*key);
    if (!owner)
        return errorResponse(owner.error());
    const QJsonObject answer{{u"publisher"_s, publisher}, {u"key_id"_s, key->id()}};
    if (*owner && **owner != publisher)
        return errorResponse(
            {ErrorCode::Conflict, tr("Key %1 is registered for another publisher.").arg(key->id())});
    if (*owner)
        return jsonResponse(answer, QHttpServerResponse::StatusCode::Created); // already there: same answer

    const auto known = m_keys.isKnown(publisher);
    if (!known)
        return errorResponse(known.error());
    if (*known) {
        const QJsonObject endorsement = body->value(u"endorsement").toObject();
        const QString endorser = endorsement.value(u"key_id").toString();
        const auto signature = crypto::base64::decode(endorsement.value(u"signature").toString());
        const auto registered = m_keys.keysOf(publisher);
        if (!registered)
            return errorResponse(registered.error());
        const bool endorsed =
            signature && std::any_of(registered->begin(), registered->end(), [&](const crypto::PublicKey& k) {
                return k.id() == endorser && k.verify(message, *signature);
            });
        if (!endorsed)
            return errorResponse(
                {ErrorCode::Forbidden,
                 endorsement.isEmpty()
                     ? tr("Publisher %1 already has keys: a new key needs the endorsement of one of them.")
                           .arg(publisher)
                     : tr("The endorsement is not a valid signature by a key of publisher %1.")
                           .arg(publisher)});
    }
    if (auto added = m_keys.add(publisher, name.isEmpty() ? publisher : name, *key); !added)
        return errorResponse(added.error());
    spdlog::info("registered key {} for publisher {}{}", key->id().toStdString(), publisher.toStdString(),
                 *known ? "" : " (new, unverified)");
    if (m_audit)
        (void)m_audit->record(
            caller, u"publisher.key-add"_s, publisher, audit::AuditEntry::Outcome::Ok,
            {{u"key_id"_s, key->id()},
             {u"endorsed_by"_s,
              *known ? QJsonValue(body->value(u"endorsement").toObject().value(u"key_id")) : QJsonValue()}});
    return jsonResponse(answer, QHttpServerResponse::StatusCode::Created);
}

} // namespace mm::server::submissions
