#include "ui/calendar/CalendarPalette.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QRect>
#include <QString>

namespace slotwise {

namespace {
QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

CalendarPalette::CalendarPalette(const QPalette& palette)
{
    background = palette.color(QPalette::Base);
    text = palette.color(QPalette::Text);
    const bool dark = background.lightnessF() < 0.5;
    headerBackground = mix(background, palette.color(QPalette::Window), 0.6);
    gridLine = mix(background, text, dark ? 0.25 : 0.16);
    gridLineFaint = mix(background, text, dark ? 0.12 : 0.07);
    mutedText = mix(background, text, 0.55);
    accent = QColor(0x1a, 0x73, 0xe8);
    todayTint = mix(background, accent, dark ? 0.14 : 0.06);
    focusTint = mix(background, accent, dark ? 0.08 : 0.03);
    outsideTint = mix(background, palette.color(QPalette::Window), 0.5);
    nowLine = QColor(0xea, 0x43, 0x35);
    blockFill = dark ? QColor(0x2b, 0x4a, 0x7a) : QColor(0xd2, 0xe3, 0xfc);
    blockBorder = QColor(0x1a, 0x73, 0xe8);
    blockText = dark ? QColor(0xe8, 0xf0, 0xfe) : QColor(0x0b, 0x2a, 0x5b);
    cancelledFill = mix(background, text, 0.06);
    cancelledText = mutedText;
    busyFill = mix(background, text, dark ? 0.14 : 0.08);
    busyHatch = mix(background, text, dark ? 0.3 : 0.22);
}

void CalendarPalette::paintBlock(QPainter& painter, const QRect& rect, const Block& block) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    QColor fill = block.cancelled ? cancelledFill : blockFill;
    if (block.selected && !block.cancelled) {
        fill = blockBorder;
    }
    painter.fillPath(path, fill);
    if (block.selected) {
        painter.setPen(QPen(block.cancelled ? mutedText : blockBorder.darker(130), 1.5));
        painter.drawPath(path);
    } else {
        painter.setPen(Qt::NoPen);
    }
    // The coloured left edge says "booked" at a glance even in a tiny block.
    const QColor edge = block.cancelled ? gridLine : blockBorder;
    painter.fillRect(QRectF(r.left(), r.top() + 1, 3, r.height() - 2), edge);

    const QColor ink = block.cancelled ? cancelledText : (block.selected ? QColor(Qt::white) : blockText);
    painter.setPen(ink);
    QRect textRect = rect.adjusted(7, 2, -4, -2);
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setStrikeOut(block.cancelled);
    const QFontMetrics titleMetrics(titleFont);
    QFont smallFont = painter.font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    smallFont.setStrikeOut(block.cancelled);
    const QFontMetrics smallMetrics(smallFont);

    painter.setClipRect(rect.adjusted(1, 1, -1, -1));
    const bool oneLine = textRect.height() < titleMetrics.height() + smallMetrics.height();
    if (oneLine) {
        // Short appointments: "Title, 09:00" on one line.
        // Short appointments: "Title 09:00" on one line, in the small font if the block is tiny.
        QFont lineFont = textRect.height() + 2 < titleMetrics.height() ? smallFont : titleFont;
        lineFont.setBold(true);
        const QFontMetrics lineMetrics(lineFont);
        painter.setFont(lineFont);
        textRect = rect.adjusted(7, 0, -4, 0);
        const QString titleText = lineMetrics.elidedText(block.title, Qt::ElideRight, textRect.width());
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, titleText);
        const int used = lineMetrics.horizontalAdvance(titleText) + 6;
        const QString startTime = block.time.section(QLatin1Char(' '), 0, 0);
        if (used + smallMetrics.horizontalAdvance(startTime) < textRect.width()) {
            painter.setFont(smallFont);
            painter.drawText(textRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, startTime);
        }
    } else {
        painter.setFont(titleFont);
        // Wrap the title onto a second line only when it needs one and the block has room for it.
        const int wrapped =
            titleMetrics.boundingRect(QRect(0, 0, textRect.width(), 10000), Qt::TextWordWrap, block.title)
                .height();
        const int room = (textRect.height() - smallMetrics.height()) / titleMetrics.height();
        const int titleLines = std::clamp(std::min(room, wrapped / titleMetrics.height()), 1, 2);
        QString title = block.title;
        if (titleLines == 1) {
            title = titleMetrics.elidedText(title, Qt::ElideRight, textRect.width());
        }
        const QRect bounded(textRect.topLeft(), QSize(textRect.width(), titleLines * titleMetrics.height()));
        painter.drawText(bounded, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        int y = bounded.bottom() + 1;
        painter.setFont(smallFont);
        for (const QString& line : {block.time, block.client}) {
            if (line.isEmpty() || y + smallMetrics.height() > textRect.bottom() + 2) {
                continue;
            }
            painter.drawText(QRect(textRect.left(), y, textRect.width(), smallMetrics.height()),
                             Qt::AlignLeft | Qt::AlignTop,
                             smallMetrics.elidedText(line, Qt::ElideRight, textRect.width()));
            y += smallMetrics.height();
        }
    }
    painter.restore();
}

void CalendarPalette::paintChip(QPainter& painter, const QRect& rect, const QString& text, bool selected,
                                bool cancelled, bool filled) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QColor ink = cancelled ? cancelledText : text;
    if (selected) {
        painter.fillPath(path, cancelled ? gridLine : blockBorder);
        ink = cancelled ? this->text : QColor(Qt::white);
    } else if (filled) {
        painter.fillPath(path, cancelled ? cancelledFill : blockFill);
        ink = cancelled ? cancelledText : blockText;
    } else if (!cancelled) {
        // A dot instead of a fill keeps a busy month readable.
        painter.setBrush(blockBorder);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(rect.left() + 6.5, rect.center().y() + 0.5), 3, 3);
    }
    QFont font = painter.font();
    font.setStrikeOut(cancelled);
    painter.setFont(font);
    painter.setPen(ink);
    const QRect textRect = rect.adjusted(filled || selected ? 6 : 13, 0, -3, 0);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(font).elidedText(text, Qt::ElideRight, textRect.width()));
    painter.restore();
}

void CalendarPalette::paintBusy(QPainter& painter, const QRect& rect, const QString& text) const
{
    painter.save();
    painter.fillRect(rect, busyFill);
    painter.fillRect(rect, QBrush(busyHatch, Qt::BDiagPattern));
    painter.setPen(busyHatch);
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
    if (!text.isEmpty() && rect.height() >= painter.fontMetrics().height()) {
        painter.setPen(mutedText);
        const QRect inner = rect.adjusted(5, 1, -3, -1);
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
    }
    painter.restore();
}

} // namespace slotwise
