#include "services/ics/CalendarFileOutline.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace slotwise {

namespace {

Error invalid(const QString& message)
{
    return Error::validation(Error::Detail::CalendarFileInvalid, message);
}

bool startsWithWord(QByteArrayView line, QByteArrayView word)
{
    return line.size() >= word.size() && line.first(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

struct Open
{
    QByteArray name;
    int line = 0;
};
// Neither NUL nor anything but UTF-8 (ASCII lines, the usual case, skip the decoder).
bool isCleanText(QByteArrayView line)
{
    bool ascii = true;
    for (const char c : line) {
        if (c == '\0') {
            return false;
        }
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    if (ascii) {
        return true;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(line);
    return !utf8.hasError() && !decoded.isNull();
}

// Follows BEGIN and END through the logical lines of a file.
class OutlineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarFileOutline)
public:
    // One logical line (continuations already joined) that begins on physical line `number`.
    Status take(QByteArrayView line, int number);
    Status finish() const;
    QList<int> eventLines() const { return m_eventLines; }

private:
    QList<Open> m_open;
    QList<int> m_eventLines;
    bool m_sawCalendar = false;
};

Status OutlineBuilder::take(QByteArrayView line, int number)
{
    if (!isCleanText(line)) {
        return Status::failure(
            invalid(tr("Line %1 holds binary data or text that is not UTF-8: this is not an iCalendar file.")
                        .arg(number)));
    }
    if (line.trimmed().isEmpty()) {
        return Status::success();
    }
    const bool begins = startsWithWord(line, "BEGIN:");
    if (m_open.isEmpty() && !begins) {
        return Status::failure(invalid(
            m_sawCalendar
                ? tr("Line %1 stands outside the calendar (after its END:VCALENDAR).").arg(number)
                : tr("Line %1 should be BEGIN:VCALENDAR: this is not an iCalendar file.").arg(number)));
    }
    if (begins) {
        const QByteArray name = line.sliced(6).trimmed().toByteArray().toUpper();
        if (m_open.isEmpty() && name != "VCALENDAR") {
            return Status::failure(
                invalid(tr("Line %1 should be BEGIN:VCALENDAR: this is not an iCalendar file.").arg(number)));
        }
        // Events directly in a calendar: the ones libical lists, in this order.
        if (name == "VEVENT" && m_open.size() == 1) {
            m_eventLines << number;
        }
        m_open.append({name, number});
        m_sawCalendar = true;
    } else if (startsWithWord(line, "END:")) {
        const QByteArray name = line.sliced(4).trimmed().toByteArray().toUpper();
        if (name != m_open.constLast().name) {
            return Status::failure(
                invalid(tr("Line %1: END:%2 does not close %3, which begins on line %4.")
                            .arg(number)
                            .arg(QString::fromUtf8(name), QString::fromUtf8(m_open.constLast().name))
                            .arg(m_open.constLast().line)));
        }
        m_open.removeLast();
    }
    return Status::success();
}

Status OutlineBuilder::finish() const
{
    if (!m_open.isEmpty()) {
        return Status::failure(
            invalid(tr("The file is cut off: %1, which begins on line %2, never ends (END:%1 is missing).")
                        .arg(QString::fromUtf8(m_open.constLast().name))
                        .arg(m_open.constLast().line)));
    }
    return Status::success();
}

} // namespace

Result<CalendarFileOutline> CalendarFileOutline::read(const QByteArray& data)
{
    using R = Result<CalendarFileOutline>;
    if (data.trimmed().isEmpty()) {
        return R::failure(invalid(tr("The file is empty.")));
    }
    OutlineBuilder builder;
    // RFC 5545 3.1: a line that begins with a space or tab continues the one before; a writer may even
    // have split a UTF-8 sequence there, so text is checked after joining.
    QByteArray joined;
    QByteArrayView logical;
    int logicalStart = 0;
    int number = 0;
    for (QByteArrayView rest(data); !rest.isEmpty();) {
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++number;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (logicalStart > 0 && (line.startsWith(' ') || line.startsWith('\t'))) {
            if (joined.isEmpty()) {
                joined = logical.toByteArray();
            }
            joined += line.sliced(1);
            logical = joined;
            continue;
        }
        if (logicalStart > 0) {
            if (const Status s = builder.take(logical, logicalStart); !s) {
                return R::failure(s.error());
            }
        }
        joined.clear();
        logical = line;
        logicalStart = number;
    }
    if (logicalStart > 0) {
        if (const Status s = builder.take(logical, logicalStart); !s) {
            return R::failure(s.error());
        }
    }
    if (const Status s = builder.finish(); !s) {
        return R::failure(s.error());
    }
    CalendarFileOutline outline;
    outline.m_eventLines = builder.eventLines();
    return R::success(outline);
}

} // namespace slotwise
