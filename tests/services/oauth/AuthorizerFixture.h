#pragma once

// Shared by tst_googleauthorizer and tst_googleauthorizer_tokens: a real database with one profile, the
// fake Google OAuth server on 127.0.0.1, and a GoogleAuthorizer with its master key in a file.
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "services/AppointmentBook.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

struct AuthorizerFixture
{
    QTemporaryDir dir;
    slotwise::fakes::FakeGoogleOAuthServer fake;
    std::unique_ptr<slotwise::Database> db;
    std::unique_ptr<slotwise::AppointmentBook> book;
    slotwise::Profile profile;
    std::unique_ptr<slotwise::MasterKeyStore> keys;
    std::unique_ptr<slotwise::GoogleAuthorizer> auth;
    slotwise::GoogleAuthorizer::Options options;

    // Empty on success, else what went wrong.
    QString setUp()
    {
        if (!fake.start()) {
            return QStringLiteral("fake server did not start");
        }
        qputenv("SLOTWISE_GOOGLE_API_BASE", fake.apiBase().toString().toUtf8());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", fake.revokeUrl().toString().toUtf8());
        auto opened = slotwise::Database::openSqlite(dir.filePath(QStringLiteral("slotwise.db")));
        if (!opened) {
            return opened.error().message();
        }
        db = std::move(opened).value();
        book = std::make_unique<slotwise::AppointmentBook>(*db);
        auto p = book->createProfile(QStringLiteral("Ada"), QString());
        if (!p) {
            return p.error().message();
        }
        profile = p.value();
        makeAuthorizer();
        return {};
    }

    void makeAuthorizer()
    {
        auth.reset();
        keys = std::make_unique<slotwise::MasterKeyStore>(
            dir.path(), slotwise::MasterKeyStore::Mode::FileOnly, std::chrono::milliseconds(2000));
        auth = std::make_unique<slotwise::GoogleAuthorizer>(
            *db, slotwise::GoogleCredentials::parse(fake.credentialsJson(), QStringLiteral("test")), *keys,
            options);
    }

    slotwise::GoogleConnection row() const
    {
        return slotwise::GoogleConnectionRepository(*db).find(profile.id).value();
    }

    slotwise::Appointment bookOne()
    {
        slotwise::Appointment a;
        a.profileId = profile.id;
        a.title = QStringLiteral("Haircut");
        a.startUtc = QDateTime(QDate(2030, 1, 7), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(3600);
        a.timeZoneId = QStringLiteral("UTC");
        return book->book(a).value();
    }
};

struct ConnectResult
{
    bool succeeded = false;
    QString email;
    slotwise::Error problem;
    int browserStatus = 0;
    QUrl authorizationUrl;
};

inline ConnectResult connectThroughBrowser(AuthorizerFixture& f)
{
    ConnectResult r;
    QSignalSpy ok(f.auth.get(), &slotwise::GoogleAuthorizer::connectSucceeded);
    QSignalSpy failed(f.auth.get(), &slotwise::GoogleAuthorizer::connectFailed);
    QSignalSpy url(f.auth.get(), &slotwise::GoogleAuthorizer::authorizationUrlReady);
    f.auth->startConnecting(f.profile.id);
    if (!url.isEmpty()) {
        r.authorizationUrl = url.first().at(1).toUrl();
        r.browserStatus = slotwise::fakes::FakeGoogleOAuthServer::visitInBrowser(r.authorizationUrl);
    }
    (void)QTest::qWaitFor([&]() { return !ok.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!ok.isEmpty()) {
        r.succeeded = true;
        r.email = ok.first().at(1).toString();
    } else if (!failed.isEmpty()) {
        r.problem = failed.first().at(1).value<slotwise::Error>();
    }
    return r;
}

inline slotwise::AccessTokenSource::Reply requestToken(AuthorizerFixture& f)
{
    slotwise::AccessTokenSource::Reply result;
    bool done = false;
    f.auth->requestAccessToken(f.profile.id, [&](const slotwise::AccessTokenSource::Reply& r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&]() { return done; }, 10000);
    return result;
}
