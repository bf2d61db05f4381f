#include "core/install/SignatureFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mm::install {

QString SignatureFile::pathFor(const QString& archive)
{
    return archive + u".sig"_s;
}

Result<QByteArray> SignatureFile::read(const QString& archive)
{
    QFile file(pathFor(archive));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Verification,
                    tr("%1 has no signature file beside it (%2); an unsigned package cannot be installed.")
                        .arg(archive, file.fileName()));
    return file.read(maxBytes);
}

} // namespace mm::install
