#pragma once

#include <libical/ical.h>

#include <QByteArray>
#include <QString>

#include <memory>

// Small owners and conversions around libical's C API, shared by the reader and the writer.
namespace slotwise::ical {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

inline QString text(const char* utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

// Text the way a property value keeps it through writing and reading again: line breaks as LF (a bare CR
// would end the line), no other control character but TAB (libical drops them; NUL ends the C string) and
// no spaces or tabs at the very end (libical's parser drops those).
inline QString cleanText(QString value)
{
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    value.removeIf(
        [](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    qsizetype end = value.size();
    while (end > 0 && (value.at(end - 1) == QLatin1Char(' ') || value.at(end - 1) == QLatin1Char('\t'))) {
        --end;
    }
    value.truncate(end);
    return value;
}

// libical's serialisation (folded, CRLF) as bytes; frees libical's buffer.
inline QByteArray serialize(icalcomponent* component)
{
    char* buffer = icalcomponent_as_ical_string_r(component);
    QByteArray out(buffer);
    icalmemory_free_buffer(buffer);
    return out;
}

} // namespace slotwise::ical
