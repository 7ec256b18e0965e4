#include "services/oauth/TokenVault.h"

#include <QTest>

using namespace slotwise;

class TestTokenVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const TokenVault vault(TokenVault::generateKey());
        QVERIFY(vault.isUsable());
        const QByteArray secret("1//0g-refresh-token-value");
        const QByteArray blob = vault.seal(secret, QStringLiteral("p1"), QStringLiteral("refresh_token"));
        QVERIFY(!blob.contains(secret));
        QCOMPARE(blob.size(), 24 + secret.size() + 16); // nonce || ciphertext || tag
        const auto opened = vault.open(blob, QStringLiteral("p1"), QStringLiteral("refresh_token"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
        QCOMPARE(opened.value(), secret);
    }

    void freshNoncePerWrite()
    {
        const TokenVault vault(TokenVault::generateKey());
        const QByteArray a = vault.seal("same", QStringLiteral("p"), QStringLiteral("f"));
        const QByteArray b = vault.seal("same", QStringLiteral("p"), QStringLiteral("f"));
        QVERIFY(a != b);
        QVERIFY(a.left(24) != b.left(24));
    }

    void tamperedBlobFails_data()
    {
        QTest::addColumn<int>("position");
        QTest::newRow("nonce") << 3;
        QTest::newRow("ciphertext") << 30;
        QTest::newRow("tag") << -1;
    }
    void tamperedBlobFails()
    {
        QFETCH(int, position);
        const TokenVault vault(TokenVault::generateKey());
        QByteArray blob =
            vault.seal("ya29.access-token-abcdef", QStringLiteral("p"), QStringLiteral("access_token"));
        const int at = position < 0 ? blob.size() - 1 : position;
        blob[at] = char(blob.at(at) ^ 0x01);
        const auto opened = vault.open(blob, QStringLiteral("p"), QStringLiteral("access_token"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(opened.error().detail(), Error::Detail::TokensUnreadable);
    }

    void truncatedBlobFails()
    {
        const TokenVault vault(TokenVault::generateKey());
        const QByteArray blob = vault.seal("abc", QStringLiteral("p"), QStringLiteral("f"));
        QVERIFY(!vault.open(blob.left(10), QStringLiteral("p"), QStringLiteral("f")).ok());
        QVERIFY(!vault.open(blob.left(blob.size() - 1), QStringLiteral("p"), QStringLiteral("f")).ok());
        QVERIFY(!vault.open(QByteArray(), QStringLiteral("p"), QStringLiteral("f")).ok());
    }

    void wrongKeyFails()
    {
        const TokenVault writer(TokenVault::generateKey());
        const TokenVault reader(TokenVault::generateKey());
        const QByteArray blob = writer.seal("secret", QStringLiteral("p"), QStringLiteral("f"));
        QVERIFY(!reader.open(blob, QStringLiteral("p"), QStringLiteral("f")).ok());
    }

    void blobCopiedToAnotherRowOrFieldFails()
    {
        const TokenVault vault(TokenVault::generateKey());
        const QByteArray blob =
            vault.seal("secret", QStringLiteral("profile-a"), QStringLiteral("refresh_token"));
        QVERIFY(!vault.open(blob, QStringLiteral("profile-b"), QStringLiteral("refresh_token")).ok());
        QVERIFY(!vault.open(blob, QStringLiteral("profile-a"), QStringLiteral("access_token")).ok());
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        const QByteArray joined = vault.seal("x", QStringLiteral("ab"), QStringLiteral("c"));
        QVERIFY(!vault.open(joined, QStringLiteral("a"), QStringLiteral("bc")).ok());
    }

    void unusableKeyIsRefusedNotUsed()
    {
        const TokenVault vault(QByteArray("short"));
        QVERIFY(!vault.isUsable());
        QVERIFY(vault.seal("secret", QStringLiteral("p"), QStringLiteral("f")).isEmpty());
        QVERIFY(!vault.open(QByteArray(64, 'x'), QStringLiteral("p"), QStringLiteral("f")).ok());
    }

    void keysAreRandom()
    {
        const QByteArray a = TokenVault::generateKey();
        const QByteArray b = TokenVault::generateKey();
        QCOMPARE(a.size(), TokenVault::kKeyBytes);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
