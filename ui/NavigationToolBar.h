#pragma once

#include <QDate>
#include <QList>
#include <QToolBar>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;

namespace slotwise {

// The main window's toolbar, left to right: Today ‹ ›, the period shown, a date picker, the view
// switcher, the profile switcher with New and Edit Profile, and New Appointment. The actions stay the
// window's; the toolbar arranges them and owns the widgets in between.
class NavigationToolBar : public QToolBar
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction* today = nullptr;
        QAction* previous = nullptr;
        QAction* next = nullptr;
        QList<QAction*> modes;
        QAction* newProfile = nullptr;
        QAction* editProfile = nullptr;
        QAction* newAppointment = nullptr;
    };

    // `profiles` is the model the profile switcher shows.
    NavigationToolBar(const Actions& actions, QAbstractItemModel* profiles, QWidget* parent = nullptr);

    QComboBox* profileCombo() const { return m_profileCombo; }
    // Shows the period's title, and its focus date in the date picker without a dateChosen().
    void showPeriod(const QString& title, QDate focus);

Q_SIGNALS:
    void dateChosen(QDate date);

private:
    QLabel* m_periodLabel = nullptr;
    QDateEdit* m_datePicker = nullptr;
    QComboBox* m_profileCombo = nullptr;
};

} // namespace slotwise
