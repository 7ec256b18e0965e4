#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace slotwise {

// Asks the user to confirm a destructive step. Injectable so widget tests can answer without a modal box.
using Confirmation = std::function<bool(QWidget* parent, const QString& title, const QString& question,
                                        const QString& confirmButtonText)>;

// The real one: a QMessageBox with the confirm button and "Keep" as the safe default.
Confirmation messageBoxConfirmation();

} // namespace slotwise
