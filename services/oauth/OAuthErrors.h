#pragma once

#include "models/Error.h"

#include <QString>

namespace slotwise {

// The sign-in's errors in plain words with what to do about them. The one place for these texts: the
// settings dialog, slotwise-cli and README's troubleshooting section all say the same. The texts keep the
// translation context "slotwise::OAuthProblem" so existing translations still match.
namespace OAuthErrors {

// Makes the Error for a sign-in failure named by `detail`: Offline gives a Network error, the key store
// details (KeyStoreUnavailable, KeyMissing, TokensUnreadable) a KeyStore error, every other sign-in detail
// an Auth error; each with its remedy. `extra` is appended to the message where the text has a place for
// it (paths tried, a scope name, Google's error code).
Error make(Error::Detail detail, const QString& extra = QString());

// "Connecting was cancelled", as a Cancelled error.
Error cancelled();

// True for the details that mean the key protecting the sign-in is unavailable, missing or does not fit:
// a temporary or local problem, never a refused sign-in.
bool isKeyProblem(const Error& error);

} // namespace OAuthErrors

} // namespace slotwise
