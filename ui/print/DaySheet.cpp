#include "ui/print/DaySheet.h"

#include "models/AppointmentTableModel.h"
#include "services/AppIdentity.h"
#include "services/AppointmentBook.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <array>

namespace slotwise {

namespace {

// Time, client, phone, title, notes: share of the page width, and how many lines a cell may wrap to
// before it is cut with an ellipsis (a row stays a glance, and a row never outgrows a page).
constexpr int kColumns = 5;
constexpr std::array<qreal, kColumns> kWidthShares{0.14, 0.17, 0.16, 0.21, 0.32};
constexpr std::array<int, kColumns> kMaxLines{2, 2, 2, 2, 3};
constexpr int kTitleColumn = 3;

struct Row
{
    bool heading = false; // a day's heading in a week sheet; its text is in cells[0]
    std::array<QStringList, kColumns> cells;
    qreal height = 0;
};

struct Fonts
{
    QFont name;
    QFont period;
    QFont columnHeads;
    QFont heading;
    QFont body;

    Fonts()
    {
        name.setPointSizeF(15);
        name.setBold(true);
        period.setPointSizeF(10.5);
        columnHeads.setPointSizeF(8);
        columnHeads.setBold(true);
        heading.setPointSizeF(10);
        heading.setBold(true);
        body.setPointSizeF(9);
    }
};

// `text` wrapped to `width`, at most `maxLines` lines; the last one ends in an ellipsis when text was cut.
QStringList wrapped(const QString& text, const QFont& font, QPaintDevice* device, qreal width, int maxLines)
{
    QStringList lines;
    bool cut = false;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, device);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() == maxLines) {
                cut = true;
                break;
            }
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (cut) {
            break;
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    if (cut && !lines.isEmpty()) {
        const QFontMetricsF metrics(font, device);
        lines.last() =
            metrics.elidedText(lines.constLast() + QStringLiteral(" \u2026"), Qt::ElideRight, width);
    }
    return lines;
}

class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DaySheet)
public:
    SheetPainter(const DaySheetContent& content, const QString& period, QPagedPaintDevice& device)
        : m_content(content)
        , m_period(period)
        , m_device(device)
        , m_width(device.width())
        , m_height(device.height())
        , m_body(m_fonts.body, &device)
        , m_padding(m_body.lineSpacing() * 0.3)
    {
        qreal x = 0;
        for (int c = 0; c < kColumns; ++c) {
            m_columnX[c] = x;
            x += kWidthShares[c] * m_width;
        }
    }

    int paint();

private:
    qreal columnWidth(int c) const { return kWidthShares[c] * m_width - 2 * m_padding; }
    QList<Row> rows() const;
    Row appointmentRow(const Appointment& a, QDate day) const;
    Row textRow(const QString& text, bool heading) const;
    QList<QList<Row>> pages(const QList<Row>& rows) const;
    qreal headerHeight() const;
    void paintHeader(QPainter& painter, int page, int pageCount) const;
    void paintRow(QPainter& painter, const Row& row, qreal y) const;

    const DaySheetContent& m_content;
    QString m_period;
    QPagedPaintDevice& m_device;
    Fonts m_fonts;
    qreal m_width;
    qreal m_height;
    QFontMetricsF m_body;
    qreal m_padding;
    std::array<qreal, kColumns> m_columnX{};
};

Row SheetPainter::textRow(const QString& text, bool heading) const
{
    Row row;
    row.heading = heading;
    const int column = heading ? 0 : kTitleColumn;
    row.cells[column] = {text};
    const QFontMetricsF metrics(heading ? m_fonts.heading : m_fonts.body, &m_device);
    row.height = metrics.lineSpacing() + 2 * m_padding;
    return row;
}

Row SheetPainter::appointmentRow(const Appointment& a, QDate day) const
{
    QString time = tr("All day");
    if (!a.allDay) {
        const QDateTime start = a.startUtc.toTimeZone(m_content.zone);
        const QDateTime end = a.endUtc.toTimeZone(m_content.zone);
        const QString endText =
            (end.date() == start.date() ? QString()
                                        : QLocale().toString(end.date(), QStringLiteral("ddd "))) +
            AppointmentTableModel::formatTime(end.time());
        // An appointment that began the day before shows when it began.
        const QString startText =
            (start.date() == day ? QString() : QLocale().toString(start.date(), QStringLiteral("ddd "))) +
            AppointmentTableModel::formatTime(start.time());
        time = tr("%1–%2").arg(startText, endText);
    }
    const std::array<QString, kColumns> texts{time, a.clientName.isEmpty() ? a.clientEmail : a.clientName,
                                              a.clientPhone, a.title, a.notes};
    Row row;
    int lines = 1;
    for (int c = 0; c < kColumns; ++c) {
        row.cells[c] = wrapped(texts[c], m_fonts.body, &m_device, columnWidth(c), kMaxLines[c]);
        lines = std::max(lines, int(row.cells[c].size()));
    }
    row.height = lines * m_body.lineSpacing() + 2 * m_padding;
    return row;
}

QList<Row> SheetPainter::rows() const
{
    QList<Row> out;
    const QLocale locale;
    for (int d = 0; d < m_content.dayCount; ++d) {
        const QDate day = m_content.firstDay.addDays(d);
        const QDateTime from = day.startOfDay(m_content.zone);
        const QDateTime to = day.addDays(1).startOfDay(m_content.zone);
        if (m_content.dayCount > 1) {
            out << textRow(locale.toString(day, QLocale::LongFormat), true);
        }
        bool any = false;
        for (const Appointment& a : m_content.appointments) {
            if (a.overlaps(from, to)) {
                out << appointmentRow(a, day);
                any = true;
            }
        }
        if (!any) {
            out << textRow(tr("No appointments"), false);
        }
    }
    return out;
}

qreal SheetPainter::headerHeight() const
{
    const QFontMetricsF name(m_fonts.name, &m_device);
    const QFontMetricsF period(m_fonts.period, &m_device);
    const QFontMetricsF heads(m_fonts.columnHeads, &m_device);
    return name.lineSpacing() + period.lineSpacing() + heads.lineSpacing() + 3 * m_padding;
}

QList<QList<Row>> SheetPainter::pages(const QList<Row>& rows) const
{
    const qreal available = m_height - headerHeight();
    QList<QList<Row>> pages{{}};
    qreal y = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // A day's heading stays with its first row.
        qreal needed = rows.at(i).height;
        if (rows.at(i).heading && i + 1 < rows.size()) {
            needed += rows.at(i + 1).height;
        }
        if (y + needed > available && !pages.constLast().isEmpty()) {
            pages.append(QList<Row>());
            y = 0;
        }
        pages.last() << rows.at(i);
        y += rows.at(i).height;
    }
    return pages;
}

void SheetPainter::paintHeader(QPainter& painter, int page, int pageCount) const
{
    const QFontMetricsF name(m_fonts.name, &m_device);
    const QFontMetricsF period(m_fonts.period, &m_device);
    const QFontMetricsF heads(m_fonts.columnHeads, &m_device);
    qreal y = 0;
    painter.setFont(m_fonts.name);
    painter.drawText(QPointF(0, y + name.ascent()), m_content.profileName);
    y += name.lineSpacing();
    painter.setFont(m_fonts.period);
    painter.drawText(QPointF(0, y + period.ascent()), m_period);
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pageCount);
    painter.drawText(QPointF(m_width - period.horizontalAdvance(pageText), y + period.ascent()), pageText);
    y += period.lineSpacing() + 2 * m_padding;
    painter.setFont(m_fonts.columnHeads);
    const std::array<QString, kColumns> titles{tr("Time"), tr("Client"), tr("Phone"), tr("Title"),
                                               tr("Notes")};
    for (int c = 0; c < kColumns; ++c) {
        painter.drawText(QPointF(m_columnX[c] + m_padding, y + heads.ascent()), titles[c]);
    }
    y += heads.lineSpacing() + m_padding;
    painter.drawLine(QPointF(0, y), QPointF(m_width, y));
}

void SheetPainter::paintRow(QPainter& painter, const Row& row, qreal y) const
{
    if (row.heading) {
        painter.fillRect(QRectF(0, y, m_width, row.height), QColor(235, 235, 235));
    }
    const QFont& font = row.heading ? m_fonts.heading : m_fonts.body;
    const QFontMetricsF metrics(font, &m_device);
    painter.setFont(font);
    for (int c = 0; c < kColumns; ++c) {
        for (qsizetype l = 0; l < row.cells[c].size(); ++l) {
            painter.drawText(QPointF(m_columnX[c] + m_padding,
                                     y + m_padding + metrics.ascent() + l * metrics.lineSpacing()),
                             row.cells[c].at(l));
        }
    }
    painter.setPen(QColor(190, 190, 190));
    painter.drawLine(QPointF(0, y + row.height), QPointF(m_width, y + row.height));
    painter.setPen(Qt::black);
}

int SheetPainter::paint()
{
    QPainter painter;
    if (!painter.begin(&m_device)) {
        return 0;
    }
    const QList<QList<Row>> laidOut = pages(rows());
    const qreal top = headerHeight();
    for (qsizetype p = 0; p < laidOut.size(); ++p) {
        if (p > 0) {
            m_device.newPage();
        }
        paintHeader(painter, int(p + 1), int(laidOut.size()));
        qreal y = top;
        for (const Row& row : laidOut.at(p)) {
            paintRow(painter, row, y);
            y += row.height;
        }
    }
    painter.end();
    return int(laidOut.size());
}

} // namespace

Result<DaySheetContent> DaySheetContent::load(const AppointmentBook& book, const Profile& profile,
                                              QDate firstDay, int days, const QTimeZone& zone)
{
    const Result<QList<Appointment>> found = book.inRange(profile.id, firstDay.startOfDay(zone).toUTC(),
                                                          firstDay.addDays(days).startOfDay(zone).toUTC());
    if (!found) {
        return Result<DaySheetContent>::failure(found.error());
    }
    return Result<DaySheetContent>::success({profile.displayName, firstDay, days, found.value(), zone});
}

QDate DaySheetContent::startOfWeek(QDate day, Qt::DayOfWeek firstDayOfWeek)
{
    return day.addDays(-((day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
}

DaySheet::DaySheet(DaySheetContent content)
    : m_content(std::move(content))
{}

QString DaySheet::period() const
{
    const QLocale locale;
    if (m_content.dayCount <= 1) {
        return locale.toString(m_content.firstDay, QLocale::LongFormat);
    }
    return tr("%1 – %2").arg(
        locale.toString(m_content.firstDay, QLocale::LongFormat),
        locale.toString(m_content.firstDay.addDays(m_content.dayCount - 1), QLocale::LongFormat));
}

int DaySheet::paint(QPagedPaintDevice& device) const
{
    return SheetPainter(m_content, period(), device).paint();
}

Result<int> DaySheet::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("%1: %2").arg(m_content.profileName, period()));
    writer.setCreator(QStringLiteral(SLOTWISE_DISPLAY_NAME));
    const int pages = paint(writer);
    if (pages == 0) {
        return Result<int>::failure(Error::storage(tr("Cannot write %1.").arg(path)));
    }
    return Result<int>::success(pages);
}

} // namespace slotwise
