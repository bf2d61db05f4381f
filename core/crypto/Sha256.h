#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace mm::crypto {

// Streaming SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA instructions.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;

    void add(QByteArrayView data);
    // The 32-byte digest; the object starts over afterwards.
    QByteArray result();
    QString hexResult();

    static QByteArray hash(QByteArrayView data);
    static QString hex(QByteArrayView data);
    // Reads the file in large blocks; errors name the file.
    static Result<QString> hexOfFile(const QString& path);

    static bool isHexDigest(QStringView text);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st* context) const;
    };
    void reset();
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace mm::crypto
