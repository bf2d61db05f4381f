#pragma once

#include <QByteArrayView>

#include <optional>

namespace mm::server {

// One byte range of an HTTP Range header (RFC 9110 14.1.2), resolved against a resource size.
// Only a single range is served; a list of ranges is answered with the whole resource, which the
// RFC allows.
struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive

    qint64 length() const { return last - first + 1; }

    enum class Parse
    {
        Whole,         // no usable Range header: send everything with 200
        Partial,       // send `range` with 206
        Unsatisfiable, // send 416 with "Content-Range: bytes */size"
    };
    static std::pair<Parse, ByteRange> parse(QByteArrayView header, qint64 size);
};

} // namespace mm::server
