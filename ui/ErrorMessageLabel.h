#pragma once

class QLabel;
class QString;
class QWidget;

namespace slotwise {

// The red, word-wrapped label under a form field or above a dialog's buttons that says what is wrong with
// the input. Hidden until there is something to say.
QLabel* createErrorMessageLabel(const QString& objectName, QWidget* parent);

} // namespace slotwise
