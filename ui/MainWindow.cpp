#include "ui/MainWindow.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "models/ProfileListModel.h"
#include "services/AppointmentBook.h"
#include "services/sync/BusyTimeChecker.h"
#include "ui/BookingDialog.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/AppointmentCountText.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/calendar/WallClock.h"
#include "ui/CalendarPane.h"
#include "ui/CalendarViewActions.h"
#include "ui/FileMenuActions.h"
#include "ui/NavigationToolBar.h"
#include "ui/NewProfileDialog.h"
#include "ui/UndoCancelNotice.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace slotwise {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kModeKey = QStringLiteral("mainWindow/mode");
const QString kProfileKey = QStringLiteral("mainWindow/profileId");
const QString kShowCancelledKey = QStringLiteral("mainWindow/showCancelled");
} // namespace

MainWindow::MainWindow(AppointmentBook& book, QWidget* parent)
    : QMainWindow(parent)
    , m_book(book)
    , m_pane(new CalendarPane(book, this))
    , m_profiles(new ProfileListModel(this))
    , m_confirm(messageBoxConfirmation())
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_pane);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    resize(1100, 760);

    connect(m_pane, &CalendarPane::rangeChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_pane, &CalendarPane::appointmentsLoaded, this, &MainWindow::updateTitleAndStatus);
    connect(m_pane, &CalendarPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_pane, &CalendarPane::loadFailed, this, &MainWindow::showError);
    connect(m_pane, &CalendarPane::appointmentActivated, this, &MainWindow::editAppointment);
    connect(m_pane, &CalendarPane::newAppointmentRequested, this,
            [this](const QDateTime& start, bool allDay) { newAppointment(start, allDay); });
    connect(&m_book, &AppointmentBook::profilesChanged, this, &MainWindow::reloadProfiles);

    reloadProfiles();
    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(m_pane->dayView()),
                                    static_cast<QAbstractItemView*>(m_pane->weekView()),
                                    static_cast<QAbstractItemView*>(m_pane->monthView()),
                                    static_cast<QAbstractItemView*>(m_pane->agendaView())}) {
        view->viewport()->installEventFilter(this);
    }
    m_pane->currentView()->setFocus();
    updateTitleAndStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_actions.newAppointment = new QAction(tr("&New Appointment…"), this);
    m_actions.newAppointment->setShortcut(QKeySequence::New);
    m_actions.newAppointment->setToolTip(
        tr("Book a new appointment (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_actions.newAppointment, &QAction::triggered, this, [this] { newAppointment(); });

    m_actions.newProfile = new QAction(tr("New &Profile…"), this);
    connect(m_actions.newProfile, &QAction::triggered, this, &MainWindow::newProfile);
    m_actions.editProfile = new QAction(tr("&Edit Profile…"), this);
    m_actions.editProfile->setObjectName(QStringLiteral("editProfileAction"));
    m_actions.editProfile->setToolTip(tr("Rename the current profile or change its email"));
    connect(m_actions.editProfile, &QAction::triggered, this, &MainWindow::editCurrentProfile);

    m_actions.quit = new QAction(tr("&Quit"), this);
    m_actions.quit->setShortcut(QKeySequence::Quit);
    m_actions.quit->setMenuRole(QAction::QuitRole);
    connect(m_actions.quit, &QAction::triggered, this, &MainWindow::close);

    m_actions.openAppointment = new QAction(tr("&Open Appointment…"), this);
    connect(m_actions.openAppointment, &QAction::triggered, this,
            [this] { editAppointment(m_pane->selectedAppointmentId()); });

    m_actions.cancelAppointment = new QAction(tr("&Cancel Appointment…"), this);
    m_actions.cancelAppointment->setShortcut(QKeySequence::Delete);
    connect(m_actions.cancelAppointment, &QAction::triggered, this, &MainWindow::cancelSelectedAppointment);

    m_actions.undoCancel = new QAction(tr("&Undo Cancel"), this);
    m_actions.undoCancel->setShortcut(QKeySequence::Undo);
    m_actions.undoCancel->setEnabled(false);
    connect(m_actions.undoCancel, &QAction::triggered, this, &MainWindow::undoCancel);

    m_viewActions = new CalendarViewActions(*m_pane, this);
    m_fileActions = new FileMenuActions(m_book, *this);

    m_actions.calendarSettings = new QAction(tr("Calendar &Settings…"), this);
    m_actions.calendarSettings->setObjectName(QStringLiteral("calendarSettingsAction"));
    m_actions.calendarSettings->setMenuRole(QAction::PreferencesRole);
    m_actions.calendarSettings->setEnabled(false);
    connect(m_actions.calendarSettings, &QAction::triggered, this, &MainWindow::calendarSettingsRequested);

    m_actions.about = new QAction(tr("&About %1").arg(QApplication::applicationDisplayName()), this);
    m_actions.about->setMenuRole(QAction::AboutRole);
    connect(m_actions.about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About %1").arg(QApplication::applicationDisplayName()),
            tr("<b>%1</b> %2<br>An appointment book for your desktop.")
                .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.newAppointment);
    file->addAction(m_actions.newProfile);
    file->addAction(m_actions.editProfile);
    file->addSeparator();
    file->addAction(m_fileActions->importCalendar());
    file->addAction(m_fileActions->exportCalendar());
    file->addSeparator();
    file->addAction(m_fileActions->printDaySheet());
    file->addAction(m_fileActions->printWeekSheet());
    file->addSeparator();
    file->addAction(m_actions.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.undoCancel);
    edit->addSeparator();
    edit->addAction(m_actions.openAppointment);
    edit->addAction(m_actions.cancelAppointment);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions->modes());
    view->addSeparator();
    view->addAction(m_viewActions->today());
    view->addAction(m_viewActions->previous());
    view->addAction(m_viewActions->next());
    view->addSeparator();
    view->addAction(m_viewActions->showCancelled());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_actions.calendarSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);
}

void MainWindow::createToolBar()
{
    NavigationToolBar::Actions actions;
    actions.today = m_viewActions->today();
    actions.previous = m_viewActions->previous();
    actions.next = m_viewActions->next();
    actions.modes = m_viewActions->modes();
    actions.newProfile = m_actions.newProfile;
    actions.editProfile = m_actions.editProfile;
    actions.newAppointment = m_actions.newAppointment;
    m_toolBar = new NavigationToolBar(actions, m_profiles, this);
    addToolBar(m_toolBar);
    m_profileCombo = m_toolBar->profileCombo();
    connect(m_toolBar, &NavigationToolBar::dateChosen, m_pane, &CalendarPane::setFocusDate);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_pane->setProfileId(currentProfileId());
        m_undoNotice->withdraw();
        updateTitleAndStatus();
        updateActions();
        Q_EMIT currentProfileChanged(currentProfileId());
    });
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_undoNotice = new UndoCancelNotice(this);
    connect(m_undoNotice, &UndoCancelNotice::offeringChanged, m_actions.undoCancel, &QAction::setEnabled);
    connect(m_undoNotice, &UndoCancelNotice::undoRequested, this, &MainWindow::restoreAppointment);
    statusBar()->addWidget(m_undoNotice);
}

QString MainWindow::currentProfileId() const
{
    return m_profileCombo->currentData(ProfileListModel::IdRole).toString();
}

void MainWindow::setCurrentProfile(const QString& profileId)
{
    const int row = m_profiles->rowOf(profileId);
    if (row >= 0) {
        m_profileCombo->setCurrentIndex(row);
    }
}

void MainWindow::reloadProfiles()
{
    const QString current = currentProfileId();
    const Result<QList<Profile>> all = m_book.profiles();
    if (!all) {
        showError(all.error().message());
        return;
    }
    {
        const QSignalBlocker block(m_profileCombo);
        m_profiles->setProfiles(all.value());
        const int row = m_profiles->rowOf(current);
        m_profileCombo->setCurrentIndex(row >= 0 ? row : (m_profiles->rowCount() > 0 ? 0 : -1));
    }
    const bool switched = currentProfileId() != m_pane->profileId();
    if (switched) {
        m_pane->setProfileId(currentProfileId());
    }
    updateTitleAndStatus();
    updateActions();
    if (switched) {
        Q_EMIT currentProfileChanged(currentProfileId());
    }
}

void MainWindow::reloadFromDatabase()
{
    reloadProfiles();
    m_pane->reload();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateTitleAndStatus()
{
    const CalendarRange range = m_pane->range();
    m_toolBar->showPeriod(range.title(), m_pane->focusDate());
    const QString profile = m_profileCombo->currentText();
    if (profile.isEmpty()) {
        m_statusLabel->setText(tr("No profile yet: create one to start booking."));
        setWindowTitle(QApplication::applicationDisplayName());
        return;
    }
    setWindowTitle(tr("%1 – %2").arg(profile, QApplication::applicationDisplayName()));
    m_statusLabel->setText(
        tr("%1 · %2").arg(profile, appointmentCountText(range, m_pane->model()->appointments())));
}

void MainWindow::updateActions()
{
    const bool hasProfile = !currentProfileId().isEmpty();
    const bool hasSelection = !m_pane->selectedAppointmentId().isEmpty();
    m_actions.newAppointment->setEnabled(hasProfile);
    m_actions.editProfile->setEnabled(hasProfile);
    m_fileActions->setProfileAvailable(hasProfile);
    m_actions.openAppointment->setEnabled(hasSelection);
    m_actions.cancelAppointment->setEnabled(hasSelection);
}

void MainWindow::ensureProfile()
{
    if (m_profiles->rowCount() > 0) {
        return;
    }
    NewProfileDialog dialog(m_book, this);
    dialog.setWindowTitle(tr("Welcome to %1").arg(QApplication::applicationDisplayName()));
    dialog.setIntroduction(tr("Whose appointments will you book here? You can add more profiles later, for "
                              "colleagues who share this computer."));
    dialog.setName(tr("My Calendar"));
    if (dialog.exec() == QDialog::Accepted) {
        setCurrentProfile(dialog.createdProfile().id);
        return;
    }
    // Declining should not leave the user unable to book: fall back to a default profile.
    const Result<Profile> created = m_book.createProfile(tr("My Calendar"), QString());
    if (!created) {
        showError(created.error().message());
        return;
    }
    setCurrentProfile(created->id);
}

void MainWindow::newProfile()
{
    NewProfileDialog dialog(m_book, this);
    if (dialog.exec() == QDialog::Accepted) {
        setCurrentProfile(dialog.createdProfile().id);
    }
}

void MainWindow::editCurrentProfile()
{
    const int row = m_profiles->rowOf(currentProfileId());
    if (row < 0) {
        return;
    }
    NewProfileDialog dialog(m_book, m_profiles->profiles().at(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        // profilesChanged has refreshed the switcher; the profile keeps its id, so it stays selected.
        statusBar()->showMessage(tr("Profile saved as “%1”.").arg(dialog.savedProfile().displayName), 4000);
    }
}

void MainWindow::newAppointment(const QDateTime& localStart, bool allDay)
{
    if (currentProfileId().isEmpty()) {
        showError(tr("Create a profile first (File › New Profile)."));
        return;
    }
    QDateTime start = localStart;
    if (!start.isValid()) {
        const QDateTime now = Clock::localNow();
        const QDate day = m_pane->focusDate();
        start = day == now.date() && now.time().hour() < 23
                    ? WallClock::at(day, QTime(now.time().hour() + 1, 0))
                    : WallClock::at(day, QTime(9, 0));
    }
    Appointment draft;
    draft.profileId = currentProfileId();
    draft.allDay = allDay;
    draft.startUtc = allDay ? start.date().startOfDay().toUTC() : start.toUTC();
    draft.endUtc = allDay ? start.date().addDays(1).startOfDay().toUTC() : start.addSecs(3600).toUTC();
    BookingDialog dialog(m_book, draft, this);
    setUpBookingDialog(dialog);
    if (dialog.exec() == QDialog::Accepted) {
        m_pane->showAppointment(dialog.savedAppointment());
        statusBar()->showMessage(tr("Booked “%1”.").arg(dialog.savedAppointment().title), 4000);
    }
}

void MainWindow::setUpBookingDialog(BookingDialog& dialog) const
{
    // Warn or block on Google busy time, as the user chose in the settings (default: warn).
    dialog.setBusyTimePolicy(BusyTimeChecker::policyFromString(
        QSettings().value(QStringLiteral("sync/busyTimePolicy")).toString()));
    dialog.setConfirmation(m_confirm);
}

void MainWindow::editAppointment(const QString& id)
{
    if (id.isEmpty()) {
        return;
    }
    const Result<Appointment> found = m_book.find(id);
    if (!found) {
        showError(found.error().message());
        return;
    }
    BookingDialog dialog(m_book, found.value(), this);
    setUpBookingDialog(dialog);
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        m_pane->showAppointment(dialog.savedAppointment());
    } else if (result == BookingDialog::CancelAppointmentResult) {
        // Already confirmed in the dialog.
        const Result<Appointment> cancelled = m_book.cancel(id);
        if (!cancelled) {
            showError(cancelled.error().message());
            return;
        }
        m_undoNotice->offer(id, cancelled->title);
    }
}

bool MainWindow::cancelAppointment(const QString& id)
{
    const Result<Appointment> found = m_book.find(id);
    if (!found) {
        showError(found.error().message());
        return false;
    }
    if (found->isCancelled()) {
        return false;
    }
    const QString question =
        tr("Cancel “%1” (%2)? It stays in the book as cancelled, and you can undo this.")
            .arg(found->title,
                 QLocale().toString(found->startUtc.toLocalTime().date(), QLocale::ShortFormat) %
                     QLatin1Char(' ') %
                     AppointmentTableModel::formatTime(found->startUtc.toLocalTime().time()));
    if (!m_confirm(this, tr("Cancel Appointment"), question, tr("Cancel Appointment"))) {
        return false;
    }
    const Result<Appointment> cancelled = m_book.cancel(id);
    if (!cancelled) {
        showError(cancelled.error().message());
        return false;
    }
    m_undoNotice->offer(id, cancelled->title);
    return true;
}

void MainWindow::cancelSelectedAppointment()
{
    const QString id = m_pane->selectedAppointmentId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select an appointment to cancel."), 4000);
        return;
    }
    cancelAppointment(id);
}

void MainWindow::undoCancel()
{
    m_undoNotice->accept();
}

void MainWindow::restoreAppointment(const QString& id)
{
    const Result<Appointment> restored = m_book.restore(id);
    if (!restored) {
        showError(restored.error().message());
        return;
    }
    m_pane->showAppointment(restored.value());
    statusBar()->showMessage(tr("Restored “%1”.").arg(restored->title), 4000);
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, QApplication::applicationDisplayName(), message);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    setCurrentProfile(settings.value(kProfileKey).toString());
    m_viewActions->showCancelled()->setChecked(settings.value(kShowCancelledKey, false).toBool());
    const int mode = settings.value(kModeKey, int(CalendarMode::Week)).toInt();
    if (mode >= 0 && mode < 4) {
        m_pane->setMode(CalendarMode(mode));
    }
}

void MainWindow::connectNotify(const QMetaMethod& signal)
{
    // A menu entry that does nothing would be a lie; it comes alive once a handler is connected.
    if (signal == QMetaMethod::fromSignal(&MainWindow::calendarSettingsRequested)) {
        m_actions.calendarSettings->setEnabled(true);
    }
    QMainWindow::connectNotify(signal);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kModeKey, int(m_pane->mode()));
    settings.setValue(kProfileKey, currentProfileId());
    settings.setValue(kShowCancelledKey, m_viewActions->showCancelled()->isChecked());
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_quitAfterFirstPaint) {
            // Queued, so this paint (and the flush to the screen that follows it) completes first.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace slotwise
