// An operator attaches a file to a manual result. The file is hashed and copied on a worker thread while
// the dialog says what it is doing; a file over the attachment cap (20 MiB) is refused with a sentence
// that names the file and the cap, the dialog keeps everything typed, and nothing is written; a file
// within the cap is recorded with its hash.
#include "checklist/attachmentstore.h"
#include "common/elapsedlabel.h"
#include "domain/clock.h"
#include "records/recordjournal.h"
#include "store/localstore.h"
#include "testsupport.h"
#include "validation/checklistitemrow.h"
#include "validation/manualresultdialog.h"
#include "validation/validationpane.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

class TestValidationAttachment : public QObject
{
    Q_OBJECT
private slots:
    void anOversizedAttachmentIsRefusedAndASmallOneRecorded()
    {
        QTemporaryDir dir;
        SystemClock clock;
        LocalStore store(dir.filePath(u"console.sqlite3"_s));
        QVERIFY(store.open());
        RecordJournal journal(&store, &clock);
        QVERIFY(journal.open());
        const QString id = u"upg_attach_1"_s;
        QVERIFY(journal.append(id, u"upgrade.state"_s, u"operator"_s, {{u"state"_s, u"SUCCESS"_s}}));
        ChecklistServices services;
        services.journal = &journal;
        services.store = &store;
        services.clock = &clock;
        services.profile.name = u"attachments"_s;
        services.profile.username = u"operator"_s;
        ValidationPane pane({new ChecklistSessions(services), nullptr});
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.openChecklist(id);
        QTRY_VERIFY(pane.row(u"monitoring"_s));

        const QString video = dir.filePath(u"screen-recording.webm"_s);
        {
            QFile f(video);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kAttachmentMaxBytes + 1));
        }
        QTest::mouseClick(pane.row(u"monitoring"_s)->passButton(), Qt::LeftButton);
        ManualResultDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<ManualResultDialog *>(u"manualResultDialog"_s)) &&
                    dialog->isVisible());
        dialog->linkEdit()->clear();
        QTest::keyClicks(dialog->noteEdit(), u"ECS running == desired; 5xx flat for 15 minutes."_s);
        dialog->attachmentEdit()->setText(video);
        QVERIFY(dialog->canAccept());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // The copy runs on a worker: the dialog says so and takes no second OK meanwhile.
        QVERIFY(dialog->isRecording() || !dialog->findChild<QLabel *>(u"hint"_s)->text().isEmpty());
        QTRY_VERIFY(!dialog->isRecording());
        auto *hint = dialog->findChild<QLabel *>(u"hint"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY2(hint->text().contains(video) && hint->text().contains(u"20 MiB"_s),
                 qPrintable(hint->text()));
        QCOMPARE(dialog->attachmentEdit()->text(), video); // everything typed is kept
        QVERIFY(!pane.checklist().item(u"monitoring"_s)->result);
        testsupport::saveScreenshot(dialog, u"validation-attachment-over-cap"_s);

        const QString shot = dir.filePath(u"grafana.png"_s);
        {
            QFile f(shot);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3 * 1024 * 1024, 'x'));
        }
        dialog->attachmentEdit()->setText(shot);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(pane.checklist().item(u"monitoring"_s)->result.has_value());
        const ItemResult result = *pane.checklist().item(u"monitoring"_s)->result;
        QVERIFY(result.attachment);
        QCOMPARE(result.attachment->sha256, sha256OfFile(shot));
        QCOMPARE(sha256OfFile(QDir(dir.path()).filePath(result.attachment->storedPath)), sha256OfFile(shot));
        QTRY_VERIFY(!pane.findChild<ManualResultDialog *>(u"manualResultDialog"_s));
        testsupport::saveScreenshot(&pane, u"validation-attachment-recorded"_s);
    }

    // While a recording takes time the dialog counts the seconds, from one second on.
    void aSlowRecordingShowsTheElapsedTime()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        ManualResultDialog dialog(u"Monitoring reflects a healthy steady state"_s, true, nullptr, &clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.noteEdit(), u"Dashboards steady."_s);
        ManualResultDialog::Done pending;
        dialog.setCommit([&](const ManualResultDialog::Done &done) { pending = done; });
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isRecording());
        QCOMPARE(dialog.elapsedLabel()->text(), u"Recording the result\u2026"_s);
        clock.advance(3400);
        dialog.elapsedLabel()->refresh();
        QCOMPARE(dialog.elapsedLabel()->text(), u"Recording the result\u2026 (3 s)"_s);
        dialog.reject(); // no cancel while the copy runs
        QVERIFY(dialog.isVisible());
        testsupport::saveScreenshot(&dialog, u"validation-recording-elapsed"_s);
        pending(QString());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestValidationAttachment)
#include "tst_ui_validation_attachment.moc"
