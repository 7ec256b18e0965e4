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

// libical's serialisation (folded, CRLF) as bytes; frees libical's buffer.
inline QByteArray serialize(icalcomponent* component)
{
    char* buffer = icalcomponent_as_ical_string_r(component);
    QByteArray out(buffer);
    icalmemory_free_buffer(buffer);
    return out;
}

} // namespace slotwise::ical
