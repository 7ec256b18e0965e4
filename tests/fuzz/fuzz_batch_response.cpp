// libFuzzer target: the multipart/mixed batch response parser. First line = Content-Type, rest = body.
#include "services/google/BatchResponseParser.h"

#include <cstdint>
#include <cstdlib>

using namespace slotwise;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const auto parsed = BatchResponseParser::parse(contentType, body);
    if (parsed) {
        for (const BatchPartResponse& part : parsed.value()) {
            if (part.status < 100 || part.status > 599 || part.body.size() > body.size()) {
                std::abort();
            }
        }
    } else if (parsed.error().message().isEmpty()) {
        std::abort(); // every refusal must say why
    }
    return 0;
}
