# The application's identity in one place: rename or re-version here only.
set(SLOTWISE_PROJECT_NAME "Slotwise")
set(SLOTWISE_VERSION "0.1.0")
set(SLOTWISE_APP_ID "org.slotwise.Slotwise")
set(SLOTWISE_EXECUTABLE "slotwise")
set(SLOTWISE_CLI_EXECUTABLE "slotwise-cli")
set(SLOTWISE_KEYCHAIN_SERVICE "Slotwise")
set(SLOTWISE_MAINTAINER "Slotwise maintainers <maintainers@slotwise.org>")
set(SLOTWISE_SUMMARY "Book appointments and keep them in sync with Google Calendar")
