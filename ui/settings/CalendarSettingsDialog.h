#pragma once

#include "models/Error.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace slotwise {

class BusyCalendarsWidget;
class BusyTimePolicyWidget;
class OAuthClientChooser;
struct Repositories;
class SyncConflictsWidget;
class GoogleAuthorizer;
struct CalendarListEntry;

// "Calendar settings…": connect a profile to Google Calendar, see and change the connection, choose the
// calendar and the sync interval. Drives GoogleAuthorizer; everything it shows comes from the stored
// connection, so the dialog, the CLI and the tray agree.
class CalendarSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        NotConnected,
        WaitingForBrowser,
        Connected,
        ReconnectNeeded,
        Error,
    };
    Q_ENUM(State)

    // Opens a URL in the system browser; returns false when none could be started.
    using UrlOpener = std::function<bool(const QUrl&)>;

    CalendarSettingsDialog(Repositories& repositories, GoogleAuthorizer& authorizer, const QString& profileId,
                           QWidget* parent = nullptr);
    ~CalendarSettingsDialog() override;

    State state() const { return m_state; }
    // Adds a tab below the Google part, e.g. the tray's preferences; the dialog takes ownership.
    void addSection(const QString& title, QWidget* section);
    // Default: QDesktopServices::openUrl. Tests pass a fake browser.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    BusyTimePolicyWidget* busyTimePolicy() const { return m_busyTimePolicy; }
    BusyCalendarsWidget* busyCalendars() const { return m_busyCalendars; }
    SyncConflictsWidget* syncConflicts() const { return m_syncConflicts; }
    // "Choose credentials.json…", shown while no OAuth client is configured.
    OAuthClientChooser* clientChooser() const { return m_clientChooser; }

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // The user restored the losing version of a conflict: the calendar should reload, the sync push it.
    void conflictRestored(const QString& profileId, const QString& appointmentId);
    // Other calendars are checked for busy time now: a sync should read theirs.
    void busyCalendarsChanged(const QString& profileId);

private:
    void buildUi();
    void showStoredState();
    void showState(State state);
    void showProblem(const Error& problem);
    // The stored sign-in cannot be opened right now (sign-in locked, key missing, tokens undecryptable):
    // shown on the connected page as a temporary problem with its remedy; nothing is wiped.
    void showSignInProblem(const Error& problem);
    void startConnecting();
    void askToDisconnect();
    void loadCalendars();
    void fillCalendars(const QList<CalendarListEntry>& calendars, const QString& error);
    void storeChosenCalendar(int index);
    void storeSyncInterval(int minutes);

    Repositories& m_repositories;
    GoogleAuthorizer& m_authorizer;
    QString m_profileId;
    State m_state = State::NotConnected;
    UrlOpener m_openUrl;
    QUrl m_authorizationUrl;
    bool m_filling = false;
    bool m_sizedToScreen = false;

    QLabel* m_title = nullptr;
    OAuthClientChooser* m_clientChooser = nullptr;
    QPushButton* m_connectButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_waitingHint = nullptr;
    QLineEdit* m_linkField = nullptr;
    QLabel* m_connectedAs = nullptr;
    QComboBox* m_calendarChooser = nullptr;
    QLabel* m_calendarStatus = nullptr;
    QWidget* m_signInProblem = nullptr;
    QLabel* m_signInProblemMessage = nullptr;
    QLabel* m_signInProblemRemedy = nullptr;
    QSpinBox* m_syncInterval = nullptr;
    QLabel* m_reconnectReason = nullptr;
    QLabel* m_reconnectRemedy = nullptr;
    QLabel* m_errorMessage = nullptr;
    QLabel* m_errorRemedy = nullptr;
    QLabel* m_keyStorage = nullptr;
    QTabWidget* m_sections = nullptr;
    QMessageBox* m_confirmDisconnect = nullptr;
    BusyCalendarsWidget* m_busyCalendars = nullptr;
    BusyTimePolicyWidget* m_busyTimePolicy = nullptr;
    SyncConflictsWidget* m_syncConflicts = nullptr;
};

} // namespace slotwise
