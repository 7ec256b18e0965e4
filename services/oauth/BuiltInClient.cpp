#include "services/oauth/BuiltInClient.h"

namespace slotwise::BuiltInClient {

namespace {

// Set once, before main(). Constant-initialised (zero), so they hold "none" before any Registration runs,
// whatever the order in which the generated file and this one are initialised.
const unsigned char* g_data = nullptr;
std::size_t g_size = 0;

} // namespace

QByteArray json()
{
    // fromRawData: the bytes live in the program image for its whole life.
    return g_data ? QByteArray::fromRawData(reinterpret_cast<const char*>(g_data), qsizetype(g_size))
                  : QByteArray();
}

Registration::Registration(const unsigned char* data, std::size_t size)
{
    g_data = data;
    g_size = size;
}

} // namespace slotwise::BuiltInClient
