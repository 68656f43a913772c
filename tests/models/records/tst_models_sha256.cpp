// The chains' SHA-256 goes through libcrypto (Sha256) for speed; the digests must be the ones the
// documented formulas give. Here they are compared with QCryptographicHash byte for byte, on inputs of
// every length up to two blocks and beyond, and on the two chain formulas with non-ASCII text and lone
// surrogates; equalsHex must say exactly what comparing the lowercase hex says.
#include "ledger/ledgerchain.h"
#include "records/recordjournal.h"
#include "records/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace pdc;

namespace {
QString reference(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void digestsEqualQtsForEveryLength()
    {
        QRandomGenerator random(7);
        Sha256 sha;
        for (int length = 0; length <= 1100; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            // In two pieces, to exercise add() more than once per digest.
            sha.add(QByteArrayView(bytes).first(length / 3));
            sha.add(QByteArrayView(bytes).sliced(length / 3));
            const Sha256::Digest digest = sha.finish();
            const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())), expected);
            QCOMPARE(Sha256::toHex(digest), QString::fromLatin1(expected.toHex()));
        }
    }

    void equalsHexIsExactlyTheLowercaseHex()
    {
        Sha256 sha;
        sha.add("abc");
        const Sha256::Digest digest = sha.finish();
        const QString hex =
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QVERIFY(Sha256::equalsHex(digest, hex));
        QVERIFY(!Sha256::equalsHex(digest, hex.toUpper()));
        QVERIFY(!Sha256::equalsHex(digest, hex.left(63)));
        QVERIFY(!Sha256::equalsHex(digest, hex + QLatin1Char('0')));
        QVERIFY(!Sha256::equalsHex(digest, QString()));
        QString last = hex;
        last[63] = QLatin1Char('c');
        QVERIFY(!Sha256::equalsHex(digest, last));
    }

    void theChainFormulasAreTheDocumentedOnes()
    {
        const QString highSurrogate(QChar(0xD83D)), lowSurrogate(QChar(0xDC4D));
        const QList<std::pair<QString, QString>> cases = {
            {QString(), QStringLiteral("{\"seq\":1}")},
            {QStringLiteral("ab12"), QStringLiteral("caf\u00e9 \u4e2d \U0001F44D")},
            {QStringLiteral("x") + highSurrogate,
             lowSurrogate + QStringLiteral("y")}, // a pair across the two
            {highSurrogate, QStringLiteral("lone")},
            {QStringLiteral("lone"), lowSurrogate},
        };
        for (const auto &[prev, content] : cases) {
            QCOMPARE(RecordJournal::chainHash(prev, content), reference(prev + content));
            QVERIFY(Sha256::equalsHex(RecordJournal::chainDigest(prev, content), reference(prev + content)));
            const QString ledger = prev + QStringLiteral("\n12\ndesk-") + content +
                                   QStringLiteral("\n3\n2026-12-02T04:00:00.000Z\n") + content;
            QCOMPARE(LedgerVerifier::ledgerHash(prev, 12, QStringLiteral("desk-") + content, 3,
                                                QStringLiteral("2026-12-02T04:00:00.000Z"), content),
                     reference(ledger));
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_models_sha256.moc"
