#pragma once

#include <QByteArray>

#include <cstddef>

namespace slotwise {

// The OAuth client a distributor built into this program with -DSLOTWISE_OAUTH_CLIENT_FILE (issue 16; see
// cmake/SlotwiseOAuthClient.cmake), so that users connect with one click and no file of their own. The
// repository, the CI build and the default .deb have none.
//
// The build generates one small object file holding the client's credentials.json and a Registration;
// the executables link it, so no library is compiled twice and a test program can carry a throwaway client.
// Google treats a desktop client's secret as not confidential (PKCE protects each sign-in); Slotwise still
// never prints or logs it.
namespace BuiltInClient {

// The built-in credentials.json; empty when this build has none.
QByteArray json();

// Made once, by the generated file, before main(); not for other use.
struct Registration
{
    Registration(const unsigned char* data, std::size_t size);
};

} // namespace BuiltInClient

} // namespace slotwise
