#pragma once

#include <QHash>
#include <QPixmap>

namespace mm::ui {

// Module icons arrive as SVG text; this renders each once per size and keeps the pixmap.
// A module without a usable icon gets a tile with its initial, so cards never show a hole.
class IconCache
{
public:
    QPixmap icon(const QString& moduleId, const QString& name, const QString& svg, int size, qreal dpr);
    void clear() { m_pixmaps.clear(); }

private:
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace mm::ui
