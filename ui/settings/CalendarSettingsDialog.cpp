#include "ui/settings/CalendarSettingsDialog.h"

#include "services/oauth/CalendarListFetcher.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/OAuthErrors.h"
#include "services/storage/Repositories.h"
#include "ui/settings/BusyCalendarsWidget.h"
#include "ui/settings/BusyTimePolicyWidget.h"
#include "ui/settings/CurrentPageStack.h"
#include "ui/settings/OAuthClientChooser.h"
#include "ui/settings/SyncConflictsWidget.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slotwise {

namespace {

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

CalendarSettingsDialog::CalendarSettingsDialog(Repositories& repositories, GoogleAuthorizer& authorizer,
                                               const QString& profileId, QWidget* parent)
    : QDialog(parent)
    , m_repositories(repositories)
    , m_authorizer(authorizer)
    , m_profileId(profileId)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Calendar settings"));
    // Wide enough for the remedies to wrap into a few readable lines instead of a narrow column.
    setMinimumWidth(600);
    // Before the stored state is shown: showState() tells it whether there is anything to choose from.
    m_busyCalendars = new BusyCalendarsWidget(m_repositories.busyCalendars, m_profileId, this);
    buildUi();

    connect(&m_authorizer, &GoogleAuthorizer::authorizationUrlReady, this,
            [this](const QString& profileId, const QUrl& url) {
                if (profileId != m_profileId) {
                    return;
                }
                m_authorizationUrl = url;
                m_linkField->setText(url.toString(QUrl::FullyEncoded));
                showState(State::WaitingForBrowser);
                if (!m_openUrl(url)) {
                    m_waitingHint->setText(
                        tr("No browser could be opened. Click \"Copy link\" and open the link "
                           "in a browser yourself."));
                }
            });
    connect(&m_authorizer, &GoogleAuthorizer::connectSucceeded, this, [this](const QString& profileId) {
        if (profileId == m_profileId) {
            showStoredState();
        }
    });
    connect(&m_authorizer, &GoogleAuthorizer::connectFailed, this,
            [this](const QString& profileId, const Error& problem) {
                if (profileId != m_profileId) {
                    return;
                }
                if (problem.is(Error::Kind::Cancelled)) {
                    showStoredState();
                } else {
                    showProblem(problem);
                }
            });
    connect(&m_authorizer, &GoogleAuthorizer::connectionChanged, this, [this](const QString& profileId) {
        if (profileId == m_profileId && m_state != State::WaitingForBrowser) {
            showStoredState();
        }
    });

    if (m_authorizer.isConnecting(m_profileId)) {
        m_authorizationUrl = m_authorizer.pendingAuthorizationUrl(m_profileId);
        m_linkField->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
        showState(State::WaitingForBrowser);
    } else {
        showStoredState();
    }

    auto* busyTime = new QWidget(this);
    auto* busyTimeLayout = new QVBoxLayout(busyTime);
    busyTimeLayout->setContentsMargins(0, 0, 0, 0);
    busyTimeLayout->addWidget(m_busyCalendars);
    busyTimeLayout->addWidget(m_busyTimePolicy = new BusyTimePolicyWidget(busyTime));
    addSection(tr("Google busy time"), busyTime);
    connect(m_busyCalendars, &BusyCalendarsWidget::busyCalendarsChanged, this,
            &CalendarSettingsDialog::busyCalendarsChanged);
    addSection(tr("Sync conflicts"),
               m_syncConflicts = new SyncConflictsWidget(m_repositories.conflicts,
                                                         m_repositories.appointments, m_profileId, this));
    connect(m_syncConflicts, &SyncConflictsWidget::conflictRestored, this,
            &CalendarSettingsDialog::conflictRestored);
}

CalendarSettingsDialog::~CalendarSettingsDialog() = default;

void CalendarSettingsDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_title = wrappingLabel(this, QStringLiteral("title"));
    const auto profile = m_repositories.profiles.findById(m_profileId);
    m_title->setText(profile ? tr("<b>Google Calendar for %1</b>").arg(profile->displayName.toHtmlEscaped())
                             : tr("<b>Google Calendar</b>"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);

    m_pages = new CurrentPageStack(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_pages);

    // Not connected
    {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        auto* text = wrappingLabel(page, QStringLiteral("notConnectedText"));
        text->setText(tr("This profile is not connected. Connect it to keep your appointments in your Google "
                         "Calendar; your browser opens Google's sign-in page."));
        v->addWidget(text);
        m_clientChooser = new OAuthClientChooser(m_authorizer, page);
        v->addWidget(m_clientChooser);
        m_connectButton = button(page, tr("Connect Google Calendar"), QStringLiteral("connectButton"));
        connect(m_connectButton, &QPushButton::clicked, this, &CalendarSettingsDialog::startConnecting);
        // Without a client, Connect could only fail; the chooser above says what to do instead.
        m_connectButton->setEnabled(m_authorizer.credentialsConfigured());
        connect(&m_authorizer, &GoogleAuthorizer::clientChanged, m_connectButton,
                [this]() { m_connectButton->setEnabled(m_authorizer.credentialsConfigured()); });
        v->addWidget(m_connectButton, 0, Qt::AlignLeft);
        v->addStretch();
        m_pages->addWidget(page);
    }
    // Waiting for the browser
    {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        auto* text = wrappingLabel(page, QStringLiteral("waitingText"));
        text->setText(
            tr("Waiting for the browser… Sign in to Google and allow access in the tab that opened."));
        v->addWidget(text);
        m_waitingHint = wrappingLabel(page, QStringLiteral("waitingHint"));
        v->addWidget(m_waitingHint);
        // Google shows this one in the browser only; the app never hears of it.
        auto* mismatch = wrappingLabel(page, QStringLiteral("redirectMismatchHint"));
        const Error redirect = OAuthErrors::make(Error::Detail::RedirectUriMismatch);
        mismatch->setText(tr("If Google shows \"%1\": %2").arg(redirect.message(), redirect.remedy()));
        v->addWidget(mismatch);
        m_linkField = new QLineEdit(page);
        m_linkField->setObjectName(QStringLiteral("linkField"));
        m_linkField->setReadOnly(true);
        v->addWidget(m_linkField);
        auto* row = new QHBoxLayout;
        auto* copy = button(page, tr("Copy link"), QStringLiteral("copyLinkButton"));
        copy->setToolTip(tr("For when no browser opened: paste the link into a browser on this computer."));
        connect(copy, &QPushButton::clicked, this, [this]() {
            QGuiApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
            m_waitingHint->setText(tr("Link copied. Open it in a browser on this computer."));
        });
        auto* cancel = button(page, tr("Cancel"), QStringLiteral("cancelButton"));
        connect(cancel, &QPushButton::clicked, this,
                [this]() { m_authorizer.cancelConnecting(m_profileId); });
        row->addWidget(copy);
        row->addWidget(cancel);
        row->addStretch();
        v->addLayout(row);
        v->addStretch();
        m_pages->addWidget(page);
    }
    // Connected
    {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        m_connectedAs = wrappingLabel(page, QStringLiteral("connectedAs"));
        v->addWidget(m_connectedAs);
        m_signInProblem = new QWidget(page);
        m_signInProblem->setObjectName(QStringLiteral("signInProblem"));
        auto* problemLayout = new QVBoxLayout(m_signInProblem);
        problemLayout->setContentsMargins(0, 0, 0, 0);
        m_signInProblemMessage = wrappingLabel(m_signInProblem, QStringLiteral("signInProblemMessage"));
        QFont bold = m_signInProblemMessage->font();
        bold.setBold(true);
        m_signInProblemMessage->setFont(bold);
        problemLayout->addWidget(m_signInProblemMessage);
        m_signInProblemRemedy = wrappingLabel(m_signInProblem, QStringLiteral("signInProblemRemedy"));
        problemLayout->addWidget(m_signInProblemRemedy);
        m_signInProblem->setVisible(false);
        v->addWidget(m_signInProblem);
        auto* form = new QFormLayout;
        m_calendarChooser = new QComboBox(page);
        m_calendarChooser->setObjectName(QStringLiteral("calendarChooser"));
        connect(m_calendarChooser, &QComboBox::currentIndexChanged, this,
                &CalendarSettingsDialog::storeChosenCalendar);
        form->addRow(tr("&Calendar:"), m_calendarChooser);
        m_calendarStatus = wrappingLabel(page, QStringLiteral("calendarStatus"));
        form->addRow(QString(), m_calendarStatus);
        m_syncInterval = new QSpinBox(page);
        m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
        m_syncInterval->setRange(1, 24 * 60);
        m_syncInterval->setSuffix(tr(" min"));
        connect(m_syncInterval, &QSpinBox::valueChanged, this, &CalendarSettingsDialog::storeSyncInterval);
        form->addRow(tr("&Sync every:"), m_syncInterval);
        v->addLayout(form);
        auto* disconnectButton = button(page, tr("Disconnect…"), QStringLiteral("disconnectButton"));
        connect(disconnectButton, &QPushButton::clicked, this, &CalendarSettingsDialog::askToDisconnect);
        v->addWidget(disconnectButton, 0, Qt::AlignLeft);
        v->addStretch();
        m_pages->addWidget(page);
    }
    // Reconnect needed
    {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        auto* heading = wrappingLabel(page, QStringLiteral("reconnectHeading"));
        heading->setText(tr("<b>Reconnect needed</b>"));
        heading->setTextFormat(Qt::RichText);
        v->addWidget(heading);
        m_reconnectReason = wrappingLabel(page, QStringLiteral("reconnectReason"));
        v->addWidget(m_reconnectReason);
        m_reconnectRemedy = wrappingLabel(page, QStringLiteral("reconnectRemedy"));
        v->addWidget(m_reconnectRemedy);
        auto* reconnect = button(page, tr("Reconnect"), QStringLiteral("reconnectButton"));
        connect(reconnect, &QPushButton::clicked, this, &CalendarSettingsDialog::startConnecting);
        v->addWidget(reconnect, 0, Qt::AlignLeft);
        v->addStretch();
        m_pages->addWidget(page);
    }
    // Error
    {
        auto* page = new QWidget(m_pages);
        auto* v = new QVBoxLayout(page);
        m_errorMessage = wrappingLabel(page, QStringLiteral("errorMessage"));
        QFont bold = m_errorMessage->font();
        bold.setBold(true);
        m_errorMessage->setFont(bold);
        v->addWidget(m_errorMessage);
        m_errorRemedy = wrappingLabel(page, QStringLiteral("errorRemedy"));
        v->addWidget(m_errorRemedy);
        auto* row = new QHBoxLayout;
        auto* retry = button(page, tr("Try again"), QStringLiteral("retryButton"));
        connect(retry, &QPushButton::clicked, this, &CalendarSettingsDialog::startConnecting);
        auto* back = button(page, tr("Back"), QStringLiteral("backButton"));
        connect(back, &QPushButton::clicked, this, &CalendarSettingsDialog::showStoredState);
        row->addWidget(retry);
        row->addWidget(back);
        row->addStretch();
        v->addLayout(row);
        v->addStretch();
        m_pages->addWidget(page);
    }

    m_keyStorage = wrappingLabel(this, QStringLiteral("keyStorage"));
    m_keyStorage->setText(
        tr("Sign-in is stored encrypted; key kept in: %1").arg(m_authorizer.keyStorageDescription()));
    layout->addWidget(m_keyStorage);
    if (const auto overrides = m_authorizer.endpointOverrides(); !overrides.isEmpty()) {
        auto* note = wrappingLabel(this, QStringLiteral("endpointOverrides"));
        note->setText(
            tr("Not talking to Google's own servers: %1").arg(GoogleEndpoints::describe(overrides)));
        layout->addWidget(note);
    }

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setVisible(false); // until addSection()
    layout->addWidget(m_sections, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarSettingsDialog::reject);
    layout->addWidget(buttons);
}

void CalendarSettingsDialog::addSection(const QString& title, QWidget* section)
{
    // Tabs, not stacked boxes: with busy time, conflicts and the tray the dialog outgrew a laptop screen.
    auto* page = new QWidget(m_sections);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(section);
    m_sections->addTab(page, title);
    m_sections->setVisible(true);
}

void CalendarSettingsDialog::showState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(static_cast<int>(state));
    m_busyCalendars->setConnected(state == State::Connected);
}

void CalendarSettingsDialog::showStoredState()
{
    const Result<GoogleConnection> c = m_authorizer.connection(m_profileId);
    if (!c) {
        showProblem(c.error());
        return;
    }
    if (c->state == SyncState::ReconnectNeeded && !c->hasTokens()) {
        const Error reconnect = OAuthErrors::make(Error::Detail::ReconnectNeeded);
        m_reconnectReason->setText(c->lastError.isEmpty() ? reconnect.message() : c->lastError);
        m_reconnectRemedy->setText(reconnect.remedy());
        showState(State::ReconnectNeeded);
        return;
    }
    if (!c->hasTokens()) {
        showState(State::NotConnected);
        return;
    }
    m_connectedAs->setText(tr("Connected as %1").arg(c->accountEmail));
    m_filling = true;
    m_syncInterval->setValue(c->syncIntervalMinutes);
    m_filling = false;
    showState(State::Connected);
    if (const Error problem = m_authorizer.signInProblem(m_profileId); problem.isError()) {
        showSignInProblem(problem);
        return;
    }
    m_signInProblem->setVisible(false);
    loadCalendars();
}

void CalendarSettingsDialog::showProblem(const Error& problem)
{
    m_errorMessage->setText(problem.message());
    m_errorRemedy->setText(problem.remedy());
    showState(State::Error);
}

void CalendarSettingsDialog::showSignInProblem(const Error& problem)
{
    m_signInProblemMessage->setText(problem.message());
    m_signInProblemRemedy->setText(problem.remedy());
    m_signInProblem->setProperty("detail", QVariant::fromValue(static_cast<int>(problem.detail())));
    m_signInProblem->setVisible(true);
    // Nothing can be read from Google until the key is back; the stored choice stays shown. The lists say
    // so in a few words: the box above already gives the whole message and the remedy.
    fillCalendars({}, tr("not available while the sign-in is locked"));
}

void CalendarSettingsDialog::startConnecting()
{
    m_waitingHint->clear();
    m_authorizer.startConnecting(m_profileId);
}

void CalendarSettingsDialog::askToDisconnect()
{
    if (!m_confirmDisconnect) {
        m_confirmDisconnect =
            new QMessageBox(QMessageBox::Question, tr("Disconnect Google Calendar"),
                            tr("Disconnect this profile from Google Calendar? Slotwise signs out "
                               "at Google and forgets the sign-in; your appointments stay here."),
                            QMessageBox::Yes | QMessageBox::No, this);
        m_confirmDisconnect->setObjectName(QStringLiteral("confirmDisconnect"));
        m_confirmDisconnect->setDefaultButton(QMessageBox::No);
        connect(m_confirmDisconnect, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Yes) {
                m_authorizer.disconnectProfile(m_profileId);
            }
        });
    }
    m_confirmDisconnect->open();
}

void CalendarSettingsDialog::loadCalendars()
{
    m_calendarStatus->setText(tr("Loading calendars…"));
    m_authorizer.requestAccessToken(
        m_profileId, [self = QPointer<CalendarSettingsDialog>(this)](const AccessTokenSource::Reply& reply) {
            if (!self) {
                return;
            }
            if (reply.outcome != AccessTokenSource::Outcome::Ok) {
                self->fillCalendars({}, reply.message);
                return;
            }
            self->m_authorizer.calendars().fetchAll(
                reply.accessToken, self, [self](const Result<QList<CalendarListEntry>>& calendars) {
                    if (self) {
                        self->fillCalendars(calendars ? calendars.value() : QList<CalendarListEntry>(),
                                            calendars ? QString() : calendars.error().message());
                    }
                });
        });
}

void CalendarSettingsDialog::fillCalendars(const QList<CalendarListEntry>& calendars, const QString& error)
{
    const Result<GoogleConnection> c = m_authorizer.connection(m_profileId);
    const QString chosen = c ? c->calendarId : QStringLiteral("primary");
    m_filling = true;
    m_calendarChooser->clear();
    int selected = -1;
    for (const CalendarListEntry& entry : calendars) {
        // Only calendars Slotwise may write to.
        if (entry.accessRole != QLatin1String("owner") && entry.accessRole != QLatin1String("writer")) {
            continue;
        }
        const QString stored = entry.primary ? QStringLiteral("primary") : entry.id;
        const QString label = entry.primary ? tr("%1 (primary)").arg(entry.summary) : entry.summary;
        m_calendarChooser->addItem(label, stored);
        if (stored == chosen || entry.id == chosen) {
            selected = m_calendarChooser->count() - 1;
        }
    }
    if (selected < 0 && !chosen.isEmpty() && chosen != QLatin1String("primary")) {
        // Keep showing a stored choice that is not in the list (no access any more, or offline).
        m_calendarChooser->addItem(chosen, chosen);
        selected = m_calendarChooser->count() - 1;
    } else if (selected < 0 && m_calendarChooser->count() == 0) {
        m_calendarChooser->addItem(tr("Primary calendar"), QStringLiteral("primary"));
        selected = 0;
    }
    m_calendarChooser->setCurrentIndex(qMax(0, selected));
    m_filling = false;
    m_calendarStatus->setText(error.isEmpty() ? QString()
                                              : tr("Could not load the calendar list: %1").arg(error));
    m_busyCalendars->setCalendars(calendars, chosen, error);
}

void CalendarSettingsDialog::storeChosenCalendar(int index)
{
    if (m_filling || index < 0) {
        return;
    }
    const QString calendarId = m_calendarChooser->itemData(index).toString();
    const Status s = m_repositories.googleConnections.setCalendarId(m_profileId, calendarId);
    m_calendarStatus->setText(s ? QString() : s.error().message());
    if (s) {
        m_busyCalendars->setSyncedCalendar(calendarId);
    }
}

void CalendarSettingsDialog::storeSyncInterval(int minutes)
{
    if (m_filling) {
        return;
    }
    const Status s = m_repositories.googleConnections.setSyncIntervalMinutes(m_profileId, minutes);
    m_calendarStatus->setText(s ? QString() : s.error().message());
}

void CalendarSettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_sizedToScreen) {
        return;
    }
    m_sizedToScreen = true;
    // Qt opens a window at most 2/3 of the screen high, which squeezed the explanations of the tabs until
    // their last lines were cut off (German needs more lines than English). Take what the content asks for,
    // as far as the screen allows.
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const int wanted = layout()->totalHeightForWidth(width());
        const int height = std::min(std::max(wanted, this->height()), available.height() - 60);
        if (height > this->height()) {
            resize(width(), height);
            move(x(), std::max(available.top(), std::min(y(), available.bottom() - height - 30)));
        }
    }
}

void CalendarSettingsDialog::reject()
{
    // Closing the dialog abandons a sign-in in progress: nothing should wait on 127.0.0.1 unseen.
    if (m_state == State::WaitingForBrowser) {
        m_authorizer.cancelConnecting(m_profileId);
    }
    QDialog::reject();
}

} // namespace slotwise
