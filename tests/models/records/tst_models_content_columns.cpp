// A record's columns must be the values inside its hashed content (the journal's and the ledger's
// verification both ask). ContentColumns answers that quickly for the canonical text the journal writes
// and leaves every other text to QJsonDocument, so the answer is always the parse's: here a canonical
// record, each tampered column, texts Qt's parser treats in its own way, and twenty thousand random
// mutations of canonical records are put to both, and the fast recogniser never says "matches" where
// the parse does not.
#include "records/contentcolumns.h"
#include "records/recordjournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace pdc;
using namespace pdc::ContentColumns;

namespace {

struct Columns
{
    qint64 seq = 7;
    QString upgradeId = QStringLiteral("upg_42");
    QString kind = QStringLiteral("checklist.item");
    QString author = QStringLiteral("ops.alice");
    QString at = QStringLiteral("2026-11-28T19:00:01.500Z");
};

QString canonical(const Columns &c, const QJsonObject &payload)
{
    return RecordJournal::canonicalContent(c.seq, c.upgradeId, c.kind, c.author,
                                           QDateTime::fromString(c.at, Qt::ISODateWithMs), payload);
}

QJsonObject richPayload()
{
    return {{QStringLiteral("item"), QStringLiteral("monitoring")},
            {QStringLiteral("result"), QStringLiteral("pass")},
            {QStringLiteral("note"),
             QStringLiteral("running == desired, \"quoted\"\n\ttabbed \\ slash / \u00e9\u4e2d")},
            {QStringLiteral("count"), 12},
            {QStringLiteral("ratio"), -0.125},
            {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue::Null, QJsonArray{}, QJsonObject{}}},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2, QJsonObject{}}}}}};
}

bool fast(const QString &content, const Columns &c)
{
    return matchesCanonicalText(content, c.seq, c.upgradeId, c.kind, c.author, c.at);
}

bool parsed(const QString &content, const Columns &c)
{
    return parseAndMatch(content, c.seq, c.upgradeId, c.kind, c.author, c.at);
}

bool exact(const QString &content, const Columns &c)
{
    return match(content, c.seq, c.upgradeId, c.kind, c.author, c.at);
}

} // namespace

class TestContentColumns : public QObject
{
    Q_OBJECT

private slots:
    void theJournalsCanonicalTextIsRecognisedWithoutParsing()
    {
        const Columns c;
        for (const QJsonObject &payload : {QJsonObject{}, richPayload()}) {
            const QString content = canonical(c, payload);
            QVERIFY2(fast(content, c), qPrintable(content));
            QVERIFY(parsed(content, c));
            QVERIFY(exact(content, c));
        }
        // What the recogniser leaves to the parse still matches: a character outside the BMP
        // (a surrogate pair), and a column with a quote in it.
        Columns quoted = c;
        quoted.author = QStringLiteral("ops \"the\" alice");
        for (const auto &[content, columns] :
             {std::pair{canonical(c, {{QStringLiteral("note"), QStringLiteral("done \U0001F44D")}}), c},
              std::pair{canonical(quoted, {}), quoted}}) {
            QVERIFY(!fast(content, columns));
            QVERIFY(parsed(content, columns));
            QVERIFY(exact(content, columns));
        }
    }

    void everyTamperedColumnIsCaught()
    {
        const Columns c;
        const QString content = canonical(c, richPayload());
        Columns seq = c, upgrade = c, kind = c, author = c, at = c;
        seq.seq = 8;
        upgrade.upgradeId = QStringLiteral("upg_43");
        kind.kind = QStringLiteral("checklist.signoff");
        author.author = QStringLiteral("ops.mallory");
        at.at = QStringLiteral("2026-11-28T19:00:01.501Z");
        for (const Columns &changed : {seq, upgrade, kind, author, at}) {
            QVERIFY(!fast(content, changed));
            QVERIFY(!parsed(content, changed));
            QVERIFY(!exact(content, changed));
        }
        // A prefix of a column is not the column.
        Columns shorter = c;
        shorter.author = QStringLiteral("ops.alic");
        QVERIFY(!exact(content, shorter));
    }

    void textsQtsParserTreatsItsOwnWayGoToTheParse_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("plain") << QStringLiteral("{\"a\":[1,-2.5,0,-0,\"x\"]}") << true;
        QTest::newRow("exponent") << QStringLiteral("{\"a\":1e3}") << false;
        QTest::newRow("out of double's range") << QStringLiteral("{\"a\":1e400}") << false;
        QTest::newRow("underflow") << QStringLiteral("{\"a\":1e-400}") << false;
        QTest::newRow("31-character number")
            << QStringLiteral("{\"a\":1234567890123456789012345678901}") << false;
        QTest::newRow("leading zero") << QStringLiteral("{\"a\":01}") << false;
        QTest::newRow("bare minus") << QStringLiteral("{\"a\":-}") << false;
        QTest::newRow("dot without digits") << QStringLiteral("{\"a\":1.}") << false;
        QTest::newRow("raw control character") << QStringLiteral("{\"a\":\"x\ty\"}") << false;
        QTest::newRow("unknown escape") << QStringLiteral("{\"a\":\"\\x\"}") << false;
        QTest::newRow("short unicode escape") << QStringLiteral("{\"a\":\"\\u12\"}") << false;
        QTest::newRow("unicode escape") << QStringLiteral("{\"a\":\"\\u00e9\\ud800\"}") << true;
        QTest::newRow("white space") << QStringLiteral("{ \"a\": 1 }") << false;
        QTest::newRow("trailing comma") << QStringLiteral("{\"a\":[1,]}") << false;
        QTest::newRow("missing separator") << QStringLiteral("{\"a\":[1 2]}") << false;
        QTest::newRow("broken literal") << QStringLiteral("{\"a\":tru}") << false;
        QTest::newRow("unterminated string") << QStringLiteral("{\"a\":\"x}") << false;
        QTest::newRow("unterminated object") << QStringLiteral("{\"a\":1") << false;
        QTest::newRow("nested duplicate key") << QStringLiteral("{\"x\":1,\"x\":2}") << true;
        QTest::newRow("a duplicate seq after the payload")
            << QStringLiteral("{},\"seq\":7,\"upgrade_id\":\"upg_42\",\"seq\":8,\"x\":{}") << false;
        QTest::newRow("64 levels") << QString(64, QLatin1Char('[')) + QString(64, QLatin1Char(']')) << true;
        QTest::newRow("65 levels") << QString(65, QLatin1Char('[')) + QString(65, QLatin1Char(']')) << false;
        QTest::newRow("2000 levels") << QString(2000, QLatin1Char('[')) + QString(2000, QLatin1Char(']'))
                                     << false;
    }

    void textsQtsParserTreatsItsOwnWayGoToTheParse()
    {
        QFETCH(QString, payload);
        QFETCH(bool, recognised);
        const Columns c;
        const QString content =
            QStringLiteral("{\"at\":\"%1\",\"author\":\"%2\",\"kind\":\"%3\",\"payload\":%4,\"seq\":%5,"
                           "\"upgrade_id\":\"%6\"}")
                .arg(c.at, c.author, c.kind, payload)
                .arg(c.seq)
                .arg(c.upgradeId);
        QCOMPARE(fast(content, c), recognised);
        if (recognised)
            QVERIFY(parsed(content, c));
        QCOMPARE(exact(content, c), parsed(content, c));
    }

    void randomMutationsNeverMakeTheRecogniserDisagreeWithTheParse()
    {
        const Columns c;
        const QList<QString> originals = {canonical(c, {}), canonical(c, richPayload())};
        const QString alphabet = QStringLiteral("{}[]\",:\\/0123456789.-+eEtrufalsn \tuabcdef\u00e9");
        QRandomGenerator random(20261202);
        int recognised = 0, matching = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text = originals.at(i % originals.size());
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(text.size()));
                const QChar ch = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    text.insert(at, ch);
                    break;
                case 1:
                    text.remove(at, 1);
                    break;
                default:
                    text[at] = ch;
                }
            }
            const bool isFast = fast(text, c);
            const bool isParsed = parsed(text, c);
            if (isFast && !isParsed)
                QFAIL(qPrintable(QStringLiteral("recognised but the parse disagrees: ") + text));
            QCOMPARE(exact(text, c), isParsed);
            recognised += isFast;
            matching += isParsed;
        }
        // The mutations reach both sides (otherwise this proves less than it says).
        qInfo() << "of 20000 mutations" << matching << "still match," << recognised << "recognised";
        QVERIFY(recognised > 100);
        QVERIFY(matching > recognised);
    }
};

QTEST_GUILESS_MAIN(TestContentColumns)
#include "tst_models_content_columns.moc"
