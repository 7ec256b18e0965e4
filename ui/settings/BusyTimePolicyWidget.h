#pragma once

#include "services/sync/BusyTimeChecker.h"

#include <QWidget>

class QRadioButton;

namespace slotwise {

// Calendar settings' choice of what booking does over Google busy time: warn and let the user go on, or
// refuse. Stored at once in QSettings (settingsKey()), which MainWindow passes to the booking dialog.
class BusyTimePolicyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BusyTimePolicyWidget(QWidget* parent = nullptr);

    static QString settingsKey();
    static BusyTimeChecker::Policy storedPolicy();

    BusyTimeChecker::Policy policy() const;
    QRadioButton* warnButton() const { return m_warn; }
    QRadioButton* blockButton() const { return m_block; }

private:
    void store();

    QRadioButton* m_warn = nullptr;
    QRadioButton* m_block = nullptr;
};

} // namespace slotwise
