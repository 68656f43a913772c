// The console in German: `deploy-console --demo --lang de` at 1280x800, one screenshot per area
// (de-<area>.png in the test output folder). On every area no label or button text is cut off, the
// tab bar fits, the window does not need to grow, and no visible text is an English source string
// that has a German translation (a tr() whose context the catalogue cannot match).
#include "consoleapp.h"
#include "portalclient.h"
#include "records/recordjournal.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "testsupport.h"
#include "translationloader.h"
#include "tsfile.h"

#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace pdc;

namespace {

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    return label->text();
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QStringLiteral("(unnamed)");
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

} // namespace

class TestGermanScreens : public QObject
{
    Q_OBJECT
private:
    TranslationLoader m_translations;
    QHash<QString, QString> m_german; // English source -> German, where they differ

    // Texts of the visible widgets that do not fit, or that stayed English.
    QStringList problems(QWidget *window)
    {
        QStringList found;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(window) || widget->window() != window)
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                text = plainText(label);
                if (text.isEmpty())
                    continue;
                if (label->wordWrap()) {
                    // A wrapped label is cut off when its lines need more height than it got.
                    const int neededHeight = label->heightForWidth(label->width());
                    if (neededHeight > label->height())
                        found.append(QStringLiteral("%1 \"%2\" needs %3 px of height, has %4 px")
                                         .arg(describe(label), text)
                                         .arg(neededHeight)
                                         .arg(label->height()));
                    continue;
                }
                const int available =
                    label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
                const QStringList lines = text.split(QLatin1Char('\n'));
                for (const QString &line : lines) {
                    const int needed = label->fontMetrics().horizontalAdvance(withoutMnemonic(line));
                    if (needed > available)
                        found.append(QStringLiteral("%1 \"%2\" needs %3 px, has %4 px")
                                         .arg(describe(label), line)
                                         .arg(needed)
                                         .arg(available));
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                text = withoutMnemonic(button->text());
                if (text.isEmpty())
                    continue;
                if (button->sizeHint().width() > button->width())
                    found.append(QStringLiteral("%1 \"%2\" needs %3 px, has %4 px")
                                     .arg(describe(button), text)
                                     .arg(button->sizeHint().width())
                                     .arg(button->width()));
            } else {
                continue;
            }
            const QString english = text.trimmed();
            if (m_german.contains(english))
                found.append(QStringLiteral("%1 shows the English \"%2\" (German: \"%3\")")
                                 .arg(describe(widget), english, m_german.value(english)));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("de")));
        i18ntest::TsFile german;
        QString error;
        QVERIFY2(i18ntest::readTsFile(QStringLiteral(CONSOLE_GERMAN_TS), &german, &error), qPrintable(error));
        for (const i18ntest::TsMessage &message : std::as_const(german.messages)) {
            if (message.numerus || message.isStale() || message.type == QStringLiteral("unfinished"))
                continue;
            const QString source = withoutMnemonic(message.source).trimmed();
            const QString translation = withoutMnemonic(message.translation).trimmed();
            // Short words (IDs, "OK", product names) may stay the same in both languages.
            if (source != translation && source.size() > 3 && !source.contains(QLatin1Char('%')))
                m_german.insert(source, translation);
        }
    }

    void everyAreaFitsAt1280x800()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.demo = true;
        options.language = QStringLiteral("de");
        options.storePath = dir.filePath(QStringLiteral("console.sqlite3"));
        options.demoTimeScale = 120; // the upgrade below finishes in about two seconds
        options.demoPortalProgram = testsupport::portalSimExecutable();
        ConsoleApp app(options);
        QSignalSpy ready(&app, &ConsoleApp::demoReady);
        QVERIFY2(app.start(), qPrintable(app.errorString()));
        MainWindow *window = app.window();
        addLanguageMenu(window);
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.constFirst().constFirst().toString(), QString());
        QTest::qWait(300); // let the areas load their first data

        // Not only empty areas: an upgrade watched to its end (Active) and its checklist (Validation).
        UpgradeRequest request;
        request.service = QStringLiteral("agent");
        request.forceNewDeployment = true;
        QString upgradeId;
        app.client()->triggerUpgrade(request, QStringLiteral("de-screens"), this,
                                     [&upgradeId](const Result<UpgradeAccepted> &r) {
                                         if (r)
                                             upgradeId = r.value().upgradeId;
                                     });
        QTRY_VERIFY_WITH_TIMEOUT(!upgradeId.isEmpty(), 10000);
        emit app.context().navigator->watchRequested(upgradeId);
        QTRY_VERIFY_WITH_TIMEOUT(
            !app.context().journal->entries(upgradeId).isEmpty() &&
                app.context().journal->latest(upgradeId, QStringLiteral("upgrade.state")).has_value() &&
                app.context()
                        .journal->latest(upgradeId, QStringLiteral("upgrade.state"))
                        ->payload.value(QStringLiteral("state"))
                        .toString() == QLatin1String("SUCCESS"),
            30000);
        emit app.context().navigator->checklistRequested(upgradeId);
        QTest::qWait(300);

        QVERIFY2(window->minimumSizeHint().width() <= 1280 && window->minimumSizeHint().height() <= 800,
                 qPrintable(QStringLiteral("the German window needs at least %1x%2")
                                .arg(window->minimumSizeHint().width())
                                .arg(window->minimumSizeHint().height())));
        QCOMPARE(window->size(), QSize(1280, 800));

        QTabWidget *tabs = window->areaTabs();
        QStringList found;
        const QStringList areaNames{QStringLiteral("upgrade"), QStringLiteral("active"),
                                    QStringLiteral("history"), QStringLiteral("validation")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(200);
            const QString name = i < areaNames.size() ? areaNames.at(i) : QString::number(i);
            testsupport::saveScreenshot(window, QStringLiteral("de-%1").arg(name));
            const QStringList here = problems(window);
            for (const QString &problem : here)
                found.append(QStringLiteral("%1: %2").arg(name, problem));
        }
        QTabBar *bar = tabs->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            const QString text = withoutMnemonic(bar->tabText(i));
            if (bar->tabRect(i).right() > bar->width() ||
                bar->tabRect(i).width() < bar->fontMetrics().horizontalAdvance(text))
                found.append(QStringLiteral("tab \"%1\" does not fit the tab bar").arg(text));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(),
                 qPrintable(found.join(QStringLiteral("\n  ")).prepend(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestGermanScreens)
#include "tst_i18n_german_screens.moc"
