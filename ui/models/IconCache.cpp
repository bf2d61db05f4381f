#include "ui/models/IconCache.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace mm::ui {
namespace {

QPixmap fallbackTile(const QString& name, int pixels)
{
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A stable colour per name keeps a module recognisable between runs.
    const QColor colour = QColor::fromHsv(int(qHash(name) % 360), 120, 190);
    QPainterPath tile;
    tile.addRoundedRect(QRectF(0, 0, pixels, pixels), pixels * 0.2, pixels * 0.2);
    painter.fillPath(tile, colour);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(pixels / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, name.left(1).toUpper());
    return pixmap;
}

} // namespace

QPixmap IconCache::icon(const QString& moduleId, const QString& name, const QString& svg, int size, qreal dpr)
{
    const QString key = moduleId + u'@' + QString::number(size) + u'x' + QString::number(dpr);
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.cend())
        return *it;
    const int pixels = int(size * dpr);
    QPixmap pixmap;
    QSvgRenderer renderer(svg.toUtf8());
    if (!svg.isEmpty() && renderer.isValid()) {
        pixmap = QPixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    } else {
        pixmap = fallbackTile(name, pixels);
    }
    pixmap.setDevicePixelRatio(dpr);
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

} // namespace mm::ui
