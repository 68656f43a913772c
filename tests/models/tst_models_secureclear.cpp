// A password copy the console holds alone is overwritten with zeros before it goes; one that is shared
// with another holder is left whole for that holder (writing into it would only detach a copy) and only
// this reference is dropped. The std::string copies made while building the login body are wiped too.
#include "domain/secureclear.h"

#include <QTest>
#include <algorithm>

using namespace pdc;
using namespace Qt::StringLiterals;

class TestSecureClear : public QObject
{
    Q_OBJECT
private slots:
    void aPasswordHeldAloneIsOverwrittenOverItsWholeCapacity()
    {
        QString password = u"correct horse battery staple"_s;
        password.reserve(64); // spare capacity: bytes of an older, longer text could sit there
        password.chop(7);     // "correct horse battery" — the chopped characters stay in the buffer
        QVERIFY(password.isDetached());
        const qsizetype capacity = password.capacity();
        QVERIFY(capacity >= 28);
        QVERIFY(secureWipe(password));
        QVERIFY(std::all_of(password.constData(), password.constData() + capacity,
                            [](QChar c) { return c.unicode() == 0; }));
        QVERIFY(secureClear(password));
        QVERIFY(password.isEmpty());
    }

    void aSharedPasswordIsNotCorruptedForItsOtherHolder()
    {
        const QString field = u"hunter2-hunter2"_s;
        QString copy = field; // implicitly shared: one buffer
        QVERIFY(!copy.isDetached());
        QVERIFY(!secureWipe(copy)); // would detach and wipe only a fresh copy: refused
        QCOMPARE(copy, u"hunter2-hunter2"_s);
        QVERIFY(!secureClear(copy)); // this reference goes...
        QVERIFY(copy.isEmpty());
        QCOMPARE(field, u"hunter2-hunter2"_s); // ...and the other holder still has its text
    }

    void theLastHolderWipesTheSharedBuffer()
    {
        QString first = QString::fromUtf8("s3cret-password"); // on the heap, like a typed password
        QString second = first;
        const QChar *buffer = second.constData();
        QVERIFY(!secureClear(first)); // shared: dropped only
        QVERIFY(second.isDetached()); // now the last holder
        QCOMPARE(second.constData(), buffer);
        QVERIFY(secureWipe(second));
        QVERIFY(std::all_of(buffer, buffer + 15, [](QChar c) { return c.unicode() == 0; }));
        QVERIFY(secureClear(second));
    }

    void aLoginBodyIsWipedAsBytes()
    {
        QByteArray body(R"({"password":"operator-demo","username":"operator"})"); // a heap copy
        const qsizetype capacity = body.capacity();
        QVERIFY(secureWipe(body));
        QVERIFY(std::all_of(body.constData(), body.constData() + capacity, [](char c) { return c == 0; }));
        QVERIFY(secureClear(body));
        QVERIFY(body.isEmpty());

        QByteArray shared("abc");
        QByteArray other = shared;
        QVERIFY(!secureClear(shared));
        QCOMPARE(other, "abc"_ba);

        QByteArray empty;
        QVERIFY(!secureClear(empty));
        QString none;
        QVERIFY(!secureClear(none));
    }

    void aStdStringCopyIsWipedAndReleased()
    {
        std::string text = "a password long enough to be on the heap, not in the small buffer";
        secureClear(text);
        QVERIFY(text.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecureClear)
#include "tst_models_secureclear.moc"
