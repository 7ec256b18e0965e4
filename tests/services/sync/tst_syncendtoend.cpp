// End to end: the real GoogleAuthorizer, connected through the real loopback OAuth flow against the fake
// Google OAuth server (a QNetworkAccessManager GET plays the browser), hands its tokens to a SyncEngine that
// talks to the fake Calendar server; the Calendar fake accepts exactly the access tokens the OAuth fake
// considers live. Real SQLite file, real HTTP over 127.0.0.1, nothing mocked in between.
#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/clock/ShiftedClock.h"
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "services/AppointmentBook.h"
#include "services/google/EventMapper.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/OutboxRepository.h"
#include "services/sync/SyncEngine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace slotwise;
using namespace std::chrono_literals;
using fakes::FakeGoogleOAuthServer;

namespace {

const QString kPrimary = QStringLiteral("primary");

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

    // Every test starts on the same date, so the pull window is the same at every run; time runs on from
    // there.
    const ShiftedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeGoogleOAuthServer> oauth;
    std::unique_ptr<fake::FakeCalendarServer> calendar;
    std::unique_ptr<Database> db;
    std::unique_ptr<AppointmentBook> book;
    std::unique_ptr<MasterKeyStore> keys;
    std::unique_ptr<GoogleAuthorizer> auth;
    std::unique_ptr<SyncEngine> engine;
    QString profileId;
    // Called with the running number of every Calendar request the fake checks a token for: lets a test
    // make Google change its mind at a precise point in the middle of a round.
    std::function<void(int)> onCalendarRequest;
    int calendarRequests = 0;

    // Empty on success, else what went wrong.
    QString setUpEverything(int batchSize, int debounceMs = 60000)
    {
        dir = std::make_unique<QTemporaryDir>();
        oauth = std::make_unique<FakeGoogleOAuthServer>();
        calendar = std::make_unique<fake::FakeCalendarServer>();
        if (!dir->isValid() || !oauth->start() || !calendar->start()) {
            return QStringLiteral("temporary directory or fake servers did not start");
        }
        // The OAuth side learns the account from the OAuth fake; sync talks to the Calendar fake.
        qputenv("SLOTWISE_GOOGLE_API_BASE", oauth->apiBase().toString().toUtf8());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", oauth->revokeUrl().toString().toUtf8());
        calendar->setTokenValidator([this](const QByteArray& token) {
            ++calendarRequests;
            if (onCalendarRequest) {
                onCalendarRequest(calendarRequests);
            }
            return oauth->isValidAccessToken(token);
        });

        auto opened = Database::openSqlite(dir->filePath(QStringLiteral("slotwise.db")));
        if (!opened) {
            return opened.error().message();
        }
        db = std::move(opened).value();
        book = std::make_unique<AppointmentBook>(*db);
        auto profile = book->createProfile(QStringLiteral("Ada"), QString());
        if (!profile) {
            return profile.error().message();
        }
        profileId = profile->id;

        keys = std::make_unique<MasterKeyStore>(dir->path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        GoogleAuthorizer::Options authOptions;
        authOptions.redirectPort = 0;
        authOptions.refreshMargin = 0s; // short-lived tokens are used until Google says otherwise
        auth = std::make_unique<GoogleAuthorizer>(
            *db, GoogleCredentials::parse(oauth->credentialsJson(), QStringLiteral("test")), *keys,
            authOptions);

        SyncEngine::Settings settings;
        settings.round.apiBase = calendar->calendarApi();
        settings.round.batchUrl = calendar->batchUrl();
        settings.round.batchSize = batchSize;
        settings.round.retry = RetryPolicy::Settings{2, 20, 10, 5000};
        settings.debounceMs = debounceMs;
        settings.watchNetwork = false;
        engine = std::make_unique<SyncEngine>(*db, *auth, settings);
        // The same wiring as the GUI (app/gui_main.cpp).
        connect(book.get(), &AppointmentBook::appointmentsChanged, engine.get(),
                &SyncEngine::scheduleAfterLocalChange);
        connect(auth.get(), &GoogleAuthorizer::connectionChanged, engine.get(), [this](const QString& id) {
            engine->start();
            engine->syncNow(id);
        });
        engine->start();
        return {};
    }

    // Connects through the loopback flow; the "browser" is a GET that follows the redirect.
    QString connectThroughBrowser()
    {
        QSignalSpy ok(auth.get(), &GoogleAuthorizer::connectSucceeded);
        QSignalSpy failed(auth.get(), &GoogleAuthorizer::connectFailed);
        QSignalSpy url(auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        auth->startConnecting(profileId);
        if (url.isEmpty()) {
            return QStringLiteral("no authorization URL");
        }
        const int status = FakeGoogleOAuthServer::visitInBrowser(url.first().at(1).toUrl());
        if (!QTest::qWaitFor([&]() { return !ok.isEmpty() || !failed.isEmpty(); }, 10000)) {
            return QStringLiteral("connect did not finish (browser saw %1)").arg(status);
        }
        if (ok.isEmpty()) {
            return failed.first().at(1).value<Error>().message();
        }
        // Connecting starts a round (pull only until something is booked); let it end, then count afresh.
        if (!QTest::qWaitFor([&]() { return !engine->isRunning(profileId); }, 20000)) {
            return QStringLiteral("the round after connecting did not finish");
        }
        calendarRequests = 0;
        return {};
    }

    Appointment bookOne(const QString& title, int dayOffset, int hour)
    {
        Appointment a;
        a.profileId = profileId;
        a.title = title;
        a.clientName = QStringLiteral("Client of ") + title;
        a.location = QStringLiteral("Room 1");
        a.notes = QStringLiteral("Notes for ") + title;
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        a.startUtc = QDateTime(QDate(2026, 6, 2).addDays(dayOffset), QTime(hour, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(45 * 60);
        auto stored = book->book(a);
        if (!stored) {
            qWarning() << stored.error();
            return {};
        }
        return stored.value();
    }

    Appointment stored(const QString& id) const { return AppointmentRepository(*db).find(id).value(); }
    int pending() const { return OutboxRepository(*db).pendingCount(profileId).value(); }
    GoogleConnection row() const { return GoogleConnectionRepository(*db).find(profileId).value(); }

    // The fake calendar holds this appointment with the same title, times and id.
    bool onGoogle(const Appointment& a) const
    {
        const auto remote = eventmapper::fromEvent(calendar->event(kPrimary, a.googleEventId()));
        return remote && !remote->isCancelled() && remote->slotwiseId == a.id && remote->summary == a.title &&
               remote->startUtc == a.startUtc && remote->endUtc == a.endUtc;
    }

    // Runs one round now; returns whether it succeeded (false also when it did not finish in time).
    bool syncRound()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(profileId);
        if (!finished.wait(20000)) {
            qWarning() << "the round did not finish";
            return false;
        }
        if (!finished.first().at(1).toBool()) {
            qWarning() << "round failed:" << engine->status(profileId).errorMessage << oauth->lastTokenError()
                       << oauth->tokenRequests(QStringLiteral("refresh_token")) << calendarRequests;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qunsetenv("SLOTWISE_OAUTH_PORT");
    }

    void cleanup()
    {
        onCalendarRequest = nullptr;
        engine.reset(); // waits for a running round
        auth.reset();
        keys.reset();
        book.reset();
        db.reset();
        calendar.reset();
        oauth.reset();
        dir.reset();
        calendarRequests = 0;
    }

    void localBookingReachesGoogleAndAPhoneEditComesBack()
    {
        QCOMPARE(setUpEverything(50, 100), QString());
        QCOMPARE(connectThroughBrowser(), QString());
        QCOMPARE(row().state, SyncState::Idle);
        QCOMPARE(engine->status(profileId).state, SyncState::Idle);

        // Booked in Slotwise: the debounced round (started by appointmentsChanged) pushes it.
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        const Appointment a = bookOne(QStringLiteral("Haircut"), 0, 9);
        QVERIFY(!a.id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && pending() == 0 && !engine->isRunning(profileId),
                                 20000);
        QCOMPARE(finished.last().at(1).toBool(), true);
        QVERIFY(onGoogle(a));
        QCOMPARE(calendar->liveEvents(kPrimary).size(), 1);
        QVERIFY(calendarRequests > 0); // the Calendar fake really checked the OAuth fake's token
        QCOMPARE(engine->status(profileId).state, SyncState::Idle);
        QCOMPARE(engine->status(profileId).accountEmail, oauth->accountEmail);

        // Edited on the phone: the next round brings it back into the appointment.
        calendar->phoneUpdate(kPrimary, a.googleEventId(),
                              QJsonObject{{QStringLiteral("summary"), QStringLiteral("Haircut and colour")},
                                          {QStringLiteral("location"), QStringLiteral("Salon")}});
        QVERIFY(syncRound());
        const Appointment back = stored(a.id);
        QCOMPARE(back.title, QStringLiteral("Haircut and colour"));
        QCOMPARE(back.location, QStringLiteral("Salon"));
        QCOMPARE(back.startUtc, a.startUtc);
        QCOMPARE(pending(), 0); // applying Google's change queues no echo
        QCOMPARE(calendar->liveEvents(kPrimary).size(), 1);
    }

    void accessTokenExpiringMidSyncIsRefreshedSilently_data()
    {
        // With one call per batch, token checks alternate between the batch request (odd) and its part.
        QTest::addColumn<int>("expireAtCheck");
        QTest::newRow("before the second batch request") << 3;
        QTest::newRow("between a batch request and its part") << 2;
    }
    void accessTokenExpiringMidSyncIsRefreshedSilently()
    {
        QCOMPARE(setUpEverything(1), QString()); // one call per request: the round spans many requests
        oauth->expiresInSeconds = 3;
        QCOMPARE(connectThroughBrowser(), QString());
        QList<Appointment> booked;
        for (int i = 0; i < 4; ++i) {
            booked << bookOne(QStringLiteral("Short token %1").arg(i), i, 10);
        }
        const QByteArray firstToken = oauth->lastIssuedAccessToken();
        const int refreshesBefore = oauth->tokenRequests(QStringLiteral("refresh_token"));
        // Google lets the token lapse in the middle of the push.
        QFETCH(int, expireAtCheck);
        onCalendarRequest = [this, expireAtCheck](int n) {
            if (n == expireAtCheck) {
                oauth->expireAllAccessTokens();
            }
        };
        QVERIFY(syncRound());
        QVERIFY(calendarRequests >= 9);
        QVERIFY(oauth->tokenRequests(QStringLiteral("refresh_token")) > refreshesBefore);
        QVERIFY(oauth->lastIssuedAccessToken() != firstToken);
        QVERIFY(!oauth->isValidAccessToken(firstToken));
        QCOMPARE(pending(), 0);
        for (const Appointment& a : std::as_const(booked)) {
            QVERIFY2(onGoogle(a), qPrintable(a.title));
        }
        QCOMPARE(calendar->liveEvents(kPrimary).size(), booked.size());
        const SyncStatus s = engine->status(profileId);
        QCOMPARE(s.state, SyncState::Idle);
        QCOMPARE(s.errorMessage, QString());
        QCOMPARE(row().state, SyncState::Idle);
        QVERIFY(row().hasTokens());
        // Nobody was asked to sign in again.
        QCOMPARE(oauth->tokenRequests(QStringLiteral("authorization_code")), 1);
    }

    void revokedRefreshTokenMidSyncNeedsReconnectThenTheOutboxDrains()
    {
        QCOMPARE(setUpEverything(1), QString());
        QCOMPARE(connectThroughBrowser(), QString());
        QList<Appointment> booked;
        for (int i = 0; i < 4; ++i) {
            booked << bookOne(QStringLiteral("Revoked %1").arg(i), i, 11);
        }
        QCOMPARE(pending(), 4);
        // "Remove access" in the Google account after the first push went through (the third token check is
        // the second batch request, see above).
        onCalendarRequest = [this](int n) {
            if (n == 3) {
                oauth->revokeAllGrants();
            }
        };
        QSignalSpy changed(auth.get(), &GoogleAuthorizer::connectionChanged);
        QVERIFY(!syncRound());
        onCalendarRequest = nullptr;

        QCOMPARE(changed.count(), 1);
        QCOMPARE(oauth->lastTokenError(), QStringLiteral("invalid_grant"));
        const SyncStatus s = engine->status(profileId);
        QCOMPARE(s.state, SyncState::ReconnectNeeded);
        QVERIFY(!s.errorMessage.isEmpty());
        QCOMPARE(row().state, SyncState::ReconnectNeeded);
        QVERIFY(!row().hasTokens());
        // Nothing local is lost: every appointment is there, the unpushed ones wait in the outbox.
        QCOMPARE(calendar->liveEvents(kPrimary).size(), 1);
        QCOMPARE(pending(), 3);
        QCOMPARE(s.pendingChanges, 3);
        QCOMPARE(AppointmentRepository(*db).count(profileId).value(), 4);
        for (const Appointment& a : std::as_const(booked)) {
            QCOMPARE(stored(a.id).title, a.title);
        }
        // Without a grant a sync attempt does not reach Google and changes nothing.
        const int requestsBefore = calendar->requestCount();
        QSignalSpy idleRounds(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(profileId);
        QTest::qWait(300);
        QCOMPARE(idleRounds.count(), 0);
        QCOMPARE(calendar->requestCount(), requestsBefore);
        QCOMPARE(pending(), 3);
        QCOMPARE(engine->status(profileId).state, SyncState::ReconnectNeeded);

        // Reconnect: connectionChanged starts a round that drains the outbox.
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        QCOMPARE(connectThroughBrowser(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !engine->isRunning(profileId), 20000);
        QCOMPARE(finished.last().at(1).toBool(), true);
        QCOMPARE(pending(), 0);
        QCOMPARE(engine->status(profileId).state, SyncState::Idle);
        QCOMPARE(row().state, SyncState::Idle);
        for (const Appointment& a : std::as_const(booked)) {
            QVERIFY2(onGoogle(a), qPrintable(a.title));
        }
        QCOMPARE(calendar->liveEvents(kPrimary).size(), booked.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_syncendtoend.moc"
