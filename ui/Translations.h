#pragma once

class QCoreApplication;

namespace slotwise {

// Installs the built-in translations: English plural forms ("1 appointment", "2 appointments") always,
// then the user's language when Slotwise has it.
void installTranslations(QCoreApplication& app);

} // namespace slotwise
