// libFuzzer target: Google event JSON -> RemoteEvent -> Appointment -> event JSON -> RemoteEvent.
// Any event the mapper accepts must survive the round trip unchanged (sameContent), and nothing may crash.
#include "services/google/EventMapper.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace slotwise;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject()) {
        return 0;
    }
    const auto remote = eventmapper::fromEvent(doc.object());
    if (!remote || remote->isCancelled()) {
        return 0;
    }
    Appointment base;
    base.id = QStringLiteral("3f2c1a9e-8b7d-4c6e-9f10-1234567890ab");
    base.title = QStringLiteral("Base");
    base.timeZoneId = QStringLiteral("Europe/Berlin");
    const Appointment mapped = eventmapper::withRemoteChanges(base, remote.value());
    if (!mapped.startUtc.isValid() || !mapped.endUtc.isValid()) {
        return 0; // not representable as an appointment; the puller skips such events
    }
    const auto again = eventmapper::fromEvent(eventmapper::toEvent(mapped));
    if (!again || !eventmapper::sameContent(mapped, again.value())) {
        std::abort();
    }
    return 0;
}
