#include "ui/MainWindow.h"

#include "models/AppointmentTableModel.h"
#include "models/ProfileListModel.h"
#include "services/AppointmentBook.h"
#include "services/sync/BusyTimeChecker.h"
#include "ui/BookingDialog.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/calendar/WallClock.h"
#include "ui/CalendarPane.h"
#include "ui/NewProfileDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace slotwise {

namespace {
constexpr int kUndoSeconds = 30;
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
    , m_undoTimer(new QTimer(this))
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
    connect(m_pane, &CalendarPane::modeChanged, this,
            [this](CalendarMode mode) { m_modeActions[int(mode)]->setChecked(true); });
    connect(&m_book, &AppointmentBook::profilesChanged, this, &MainWindow::reloadProfiles);
    m_undoTimer->setSingleShot(true);
    connect(m_undoTimer, &QTimer::timeout, this, &MainWindow::hideUndo);

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
    m_newAppointment = new QAction(tr("&New Appointment…"), this);
    m_newAppointment->setShortcut(QKeySequence::New);
    m_newAppointment->setToolTip(
        tr("Book a new appointment (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newAppointment, &QAction::triggered, this, [this] { newAppointment(); });

    m_newProfile = new QAction(tr("New &Profile…"), this);
    connect(m_newProfile, &QAction::triggered, this, &MainWindow::newProfile);
    m_editProfile = new QAction(tr("&Edit Profile…"), this);
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    m_editProfile->setToolTip(tr("Rename the current profile or change its email"));
    connect(m_editProfile, &QAction::triggered, this, &MainWindow::editCurrentProfile);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);

    m_openAppointment = new QAction(tr("&Open Appointment…"), this);
    connect(m_openAppointment, &QAction::triggered, this,
            [this] { editAppointment(m_pane->selectedAppointmentId()); });

    m_cancelAppointment = new QAction(tr("&Cancel Appointment…"), this);
    m_cancelAppointment->setShortcut(QKeySequence::Delete);
    connect(m_cancelAppointment, &QAction::triggered, this, &MainWindow::cancelSelectedAppointment);

    m_undoCancel = new QAction(tr("&Undo Cancel"), this);
    m_undoCancel->setShortcut(QKeySequence::Undo);
    m_undoCancel->setEnabled(false);
    connect(m_undoCancel, &QAction::triggered, this, &MainWindow::undoCancel);

    m_today = new QAction(tr("&Today"), this);
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_today->setToolTip(tr("Go to today (%1)").arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    connect(m_today, &QAction::triggered, m_pane, &CalendarPane::goToToday);

    m_previous = new QAction(tr("&Previous"), this);
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_previous->setToolTip(tr("Previous period (Alt+Left, Page Up)"));
    connect(m_previous, &QAction::triggered, m_pane, &CalendarPane::goToPrevious);

    m_next = new QAction(tr("&Next"), this);
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_next->setToolTip(tr("Next period (Alt+Right, Page Down)"));
    connect(m_next, &QAction::triggered, m_pane, &CalendarPane::goToNext);

    m_modeGroup = new QActionGroup(this);
    const QString names[] = {tr("&Day"), tr("&Week"), tr("&Month"), tr("&Agenda")};
    for (int i = 0; i < 4; ++i) {
        auto* action = new QAction(names[i], m_modeGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(tr("%1 view (%2)")
                               .arg(QString(names[i]).remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, i] { m_pane->setMode(CalendarMode(i)); });
        m_modeActions[i] = action;
    }
    m_modeActions[int(CalendarMode::Week)]->setChecked(true);

    m_showCancelled = new QAction(tr("Show &Cancelled Appointments"), this);
    m_showCancelled->setCheckable(true);
    connect(m_showCancelled, &QAction::toggled, m_pane, &CalendarPane::setShowCancelled);

    m_calendarSettings = new QAction(tr("Calendar &Settings…"), this);
    m_calendarSettings->setObjectName(QStringLiteral("calendarSettingsAction"));
    m_calendarSettings->setMenuRole(QAction::PreferencesRole);
    m_calendarSettings->setEnabled(false);
    connect(m_calendarSettings, &QAction::triggered, this, &MainWindow::calendarSettingsRequested);

    m_about = new QAction(tr("&About %1").arg(QApplication::applicationDisplayName()), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About %1").arg(QApplication::applicationDisplayName()),
            tr("<b>%1</b> %2<br>An appointment book for your desktop.")
                .arg(QApplication::applicationDisplayName(), QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAppointment);
    file->addAction(m_newProfile);
    file->addAction(m_editProfile);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoCancel);
    edit->addSeparator();
    edit->addAction(m_openAppointment);
    edit->addAction(m_cancelAppointment);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* mode : m_modeActions) {
        view->addAction(mode);
    }
    view->addSeparator();
    view->addAction(m_today);
    view->addAction(m_previous);
    view->addAction(m_next);
    view->addSeparator();
    view->addAction(m_showCancelled);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_calendarSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_today);
    bar->addAction(m_previous);
    bar->addAction(m_next);
    // Chevrons read better than the style's arrow icons and need no icon theme.
    m_previous->setIconText(tr("‹"));
    m_next->setIconText(tr("›"));
    for (int i = 0; i < 2; ++i) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(i == 0 ? m_previous : m_next))) {
            QFont f = button->font();
            f.setPointSizeF(f.pointSizeF() * 1.6);
            button->setFont(f);
            button->setFixedWidth(button->fontMetrics().height() + 6);
        }
    }
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont big = m_periodLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_periodLabel->setFont(big);
    m_periodLabel->setContentsMargins(10, 0, 10, 0);
    m_periodLabel->setMinimumWidth(
        m_periodLabel->fontMetrics().horizontalAdvance(QStringLiteral("28 Sep – 4 Oct 2026")) + 24);
    bar->addWidget(m_periodLabel);

    m_datePicker = new QDateEdit(QDate::currentDate(), this);
    m_datePicker->setObjectName(QStringLiteral("datePicker"));
    m_datePicker->setCalendarPopup(true);
    m_datePicker->setToolTip(tr("Go to a date"));
    connect(m_datePicker, &QDateEdit::dateChanged, m_pane, &CalendarPane::setFocusDate);
    bar->addWidget(m_datePicker);

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    for (QAction* mode : m_modeActions) {
        bar->addAction(mode);
    }
    bar->addSeparator();

    auto* profileLabel = new QLabel(tr("Profile:"), this);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(profileLabel);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(m_profiles);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(12);
    profileLabel->setBuddy(m_profileCombo);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_pane->setProfileId(currentProfileId());
        hideUndo();
        updateTitleAndStatus();
        updateActions();
        Q_EMIT currentProfileChanged(currentProfileId());
    });
    bar->addWidget(m_profileCombo);
    bar->addAction(m_newProfile);
    bar->addAction(m_editProfile);
    m_newProfile->setIconText(tr("+"));
    m_editProfile->setIconText(tr("Edit…"));
    m_newAppointment->setIconText(tr("New Appointment"));
    m_newProfile->setToolTip(tr("New profile"));
    bar->addSeparator();
    bar->addAction(m_newAppointment);
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(m_newAppointment))) {
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_undoBox = new QWidget(this);
    auto* layout = new QHBoxLayout(m_undoBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel = new QLabel(m_undoBox);
    auto* undo = new QPushButton(tr("Undo"), m_undoBox);
    undo->setObjectName(QStringLiteral("undoButton"));
    connect(undo, &QPushButton::clicked, this, &MainWindow::undoCancel);
    layout->addWidget(m_undoLabel);
    layout->addWidget(undo);
    m_undoBox->setVisible(false);
    statusBar()->addWidget(m_undoBox);
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
        showError(all.error());
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

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateTitleAndStatus()
{
    const CalendarRange range = m_pane->range();
    m_periodLabel->setText(range.title());
    {
        const QSignalBlocker block(m_datePicker);
        m_datePicker->setDate(m_pane->focusDate());
    }
    const QString profile = m_profileCombo->currentText();
    if (profile.isEmpty()) {
        m_statusLabel->setText(tr("No profile yet: create one to start booking."));
        setWindowTitle(QApplication::applicationDisplayName());
        return;
    }
    setWindowTitle(tr("%1 – %2").arg(profile, QApplication::applicationDisplayName()));
    // Count in the period the user thinks of (the month, not the six weeks the month grid shows).
    QDate from = range.firstDay();
    QDate to = range.lastDay();
    if (range.mode() == CalendarMode::Month) {
        from = QDate(range.focus().year(), range.focus().month(), 1);
        to = from.addMonths(1).addDays(-1);
    }
    int count = 0;
    for (const Appointment& a : m_pane->model()->appointments()) {
        const QDate day = a.startUtc.toLocalTime().date();
        if (!a.isCancelled() && day >= from && day <= to) {
            ++count;
        }
    }
    QString counted;
    switch (range.mode()) {
    case CalendarMode::Day:
        counted = range.focus() == QDate::currentDate() ? tr("%n appointment(s) today", nullptr, count)
                                                        : tr("%n appointment(s) this day", nullptr, count);
        break;
    case CalendarMode::Week:
        counted = tr("%n appointment(s) this week", nullptr, count);
        break;
    case CalendarMode::Month:
    case CalendarMode::Agenda:
        counted = tr("%n appointment(s) this month", nullptr, count);
        break;
    }
    m_statusLabel->setText(tr("%1 · %2").arg(profile, counted));
}

void MainWindow::updateActions()
{
    const bool hasProfile = !currentProfileId().isEmpty();
    const bool hasSelection = !m_pane->selectedAppointmentId().isEmpty();
    m_newAppointment->setEnabled(hasProfile);
    m_editProfile->setEnabled(hasProfile);
    m_openAppointment->setEnabled(hasSelection);
    m_cancelAppointment->setEnabled(hasSelection);
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
        showError(created.error());
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
        const QDateTime now = QDateTime::currentDateTime();
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
    // Warn or block on Google busy time, as the user chose in the settings (default: warn).
    dialog.setBusyTimePolicy(BusyTimeChecker::policyFromString(
        QSettings().value(QStringLiteral("sync/busyTimePolicy")).toString()));
    dialog.setConfirmation(m_confirm);
    if (dialog.exec() == QDialog::Accepted) {
        m_pane->showAppointment(dialog.savedAppointment());
        statusBar()->showMessage(tr("Booked “%1”.").arg(dialog.savedAppointment().title), 4000);
    }
}

void MainWindow::editAppointment(const QString& id)
{
    if (id.isEmpty()) {
        return;
    }
    const Result<Appointment> found = m_book.find(id);
    if (!found) {
        showError(found.error());
        return;
    }
    BookingDialog dialog(m_book, found.value(), this);
    // Warn or block on Google busy time, as the user chose in the settings (default: warn).
    dialog.setBusyTimePolicy(BusyTimeChecker::policyFromString(
        QSettings().value(QStringLiteral("sync/busyTimePolicy")).toString()));
    dialog.setConfirmation(m_confirm);
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        m_pane->showAppointment(dialog.savedAppointment());
    } else if (result == BookingDialog::CancelAppointmentResult) {
        // Already confirmed in the dialog.
        const Result<Appointment> cancelled = m_book.cancel(id);
        if (!cancelled) {
            showError(cancelled.error());
            return;
        }
        showUndoFor(id, cancelled->title);
    }
}

bool MainWindow::cancelAppointment(const QString& id)
{
    const Result<Appointment> found = m_book.find(id);
    if (!found) {
        showError(found.error());
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
        showError(cancelled.error());
        return false;
    }
    showUndoFor(id, cancelled->title);
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

void MainWindow::showUndoFor(const QString& id, const QString& title)
{
    m_undoId = id;
    m_undoLabel->setText(tr("Cancelled “%1”.").arg(title));
    m_undoBox->setVisible(true);
    m_undoCancel->setEnabled(true);
    m_undoTimer->start(kUndoSeconds * 1000);
}

void MainWindow::hideUndo()
{
    m_undoId.clear();
    m_undoBox->setVisible(false);
    m_undoCancel->setEnabled(false);
    m_undoTimer->stop();
}

void MainWindow::undoCancel()
{
    if (m_undoId.isEmpty()) {
        return;
    }
    const QString id = m_undoId;
    hideUndo();
    const Result<Appointment> restored = m_book.restore(id);
    if (!restored) {
        showError(restored.error());
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
    m_showCancelled->setChecked(settings.value(kShowCancelledKey, false).toBool());
    const int mode = settings.value(kModeKey, int(CalendarMode::Week)).toInt();
    if (mode >= 0 && mode < 4) {
        m_pane->setMode(CalendarMode(mode));
    }
}

void MainWindow::connectNotify(const QMetaMethod& signal)
{
    // A menu entry that does nothing would be a lie; it comes alive once a handler is connected.
    if (signal == QMetaMethod::fromSignal(&MainWindow::calendarSettingsRequested)) {
        m_calendarSettings->setEnabled(true);
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
    settings.setValue(kShowCancelledKey, m_showCancelled->isChecked());
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
