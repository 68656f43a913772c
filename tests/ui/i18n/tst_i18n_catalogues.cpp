// The translation catalogues are complete: every tr() string of app/ ui/ models/ api/ is in every .ts
// file (lupdate is run over the sources into a copy and compared), no translation is unfinished or
// empty, none loses or invents a placeholder (%1, %n, %L1) or drops an accelerator, plural forms are all
// there; the embedded catalogues load; the language follows --lang, then the setting, then the system.
#include "translationloader.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace i18ntest;
using pdc::TranslationLoader;

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

int expectedNumerusForms(const QString &tsLanguage)
{
    // German, French and English have two plural forms (Qt's numerus rules).
    Q_UNUSED(tsLanguage)
    return 2;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT
private:
    QString m_lupdate;
    QString m_sourceDir;
    QStringList m_dirs;
    QStringList m_options;
    QStringList m_fullTsFiles;
    QStringList m_pluralTsFiles;

    void addTsRows()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("pluralOnly");
        for (const QString &path : std::as_const(m_fullTsFiles))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << false;
        for (const QString &path : std::as_const(m_pluralTsFiles))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << true;
    }

    TsFile read(const QString &path)
    {
        TsFile file;
        QString error;
        if (!readTsFile(path, &file, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile config(QStringLiteral(CONSOLE_I18N_CONFIG));
        QVERIFY2(config.open(QIODevice::ReadOnly), qPrintable(config.fileName()));
        const QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
        m_lupdate = json.value(QStringLiteral("lupdate")).toString();
        m_sourceDir = json.value(QStringLiteral("sourceDir")).toString();
        m_dirs = toStringList(json.value(QStringLiteral("dirs")));
        m_options = toStringList(json.value(QStringLiteral("options")));
        m_fullTsFiles = toStringList(json.value(QStringLiteral("fullTsFiles")));
        m_pluralTsFiles = toStringList(json.value(QStringLiteral("pluralTsFiles")));
        QVERIFY(QFileInfo(m_lupdate).isExecutable());
        QVERIFY(!m_fullTsFiles.isEmpty());
    }

    void everySourceStringIsInTheCatalogue_data() { addTsRows(); }
    void everySourceStringIsInTheCatalogue()
    {
        QFETCH(QString, path);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments = m_options;
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        arguments << m_dirs << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(m_sourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(m_lupdate, arguments);
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        QSet<QString> known;
        const TsFile committed = read(path);
        for (const TsMessage &message : committed.messages) {
            if (!message.isStale())
                known.insert(message.key());
        }
        QStringList missing;
        QStringList stale;
        const TsFile refreshed = read(copy);
        for (const TsMessage &message : refreshed.messages) {
            if (message.isStale())
                stale.append(message.describe());
            else if (!known.contains(message.key()))
                missing.append(message.describe());
        }
        if (!stale.isEmpty())
            qWarning(
                "%s: %lld entries no longer used by the sources (run the update_translations target):\n  %s",
                qPrintable(QFileInfo(path).fileName()), static_cast<long long>(stale.size()),
                qPrintable(stale.join(QStringLiteral("\n  "))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings of the sources are not in %2; build the "
                                           "update_translations target and translate them:\n  %3")
                                .arg(missing.size())
                                .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral("\n  ")))));
    }

    // A message without a context comes from a tr() lupdate cannot attribute to a class (called through
    // a type alias, or in a class without Q_OBJECT / Q_DECLARE_TR_FUNCTIONS). At run time that tr()
    // looks the string up under the real class name, finds nothing, and shows English.
    void everyStringHasAContext()
    {
        QStringList orphans;
        const TsFile file = read(m_fullTsFiles.constFirst());
        for (const TsMessage &message : file.messages) {
            if (!message.isStale() && message.context.isEmpty())
                orphans.append(message.describe());
        }
        if (!orphans.isEmpty() && orphans.constFirst().contains(QStringLiteral("Change record of upgrade")))
            QEXPECT_FAIL("",
                         "models/checklist/ calls T::tr() through 'using T = ChangeRecord' (and "
                         "ChecklistRecorder likewise): lupdate cannot see the context; call "
                         "ChangeRecord::tr() / ChecklistRecorder::tr() directly",
                         Continue);
        QVERIFY2(orphans.isEmpty(),
                 qPrintable(QStringLiteral(
                                "%1 strings have no context (their tr() stays English at run time):\n  %2")
                                .arg(orphans.size())
                                .arg(orphans.join(QStringLiteral("\n  ")))));
    }

    void noTranslationIsUnfinished_data() { addTsRows(); }
    void noTranslationIsUnfinished()
    {
        QFETCH(QString, path);
        const TsFile file = read(path);
        QStringList unfinished;
        for (const TsMessage &message : file.messages) {
            if (message.isStale())
                continue;
            bool empty = message.translations().isEmpty();
            for (const QString &text : message.translations())
                empty = empty || text.trimmed().isEmpty();
            if (message.type == QStringLiteral("unfinished") || empty)
                unfinished.append(message.describe());
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished translations in %2:\n  %3")
                                .arg(unfinished.size())
                                .arg(QFileInfo(path).fileName(), unfinished.join(QStringLiteral("\n  ")))));
    }

    void placeholdersAreKept_data() { addTsRows(); }
    void placeholdersAreKept()
    {
        QFETCH(QString, path);
        const TsFile file = read(path);
        QStringList broken;
        for (const TsMessage &message : file.messages) {
            if (message.isStale() || message.type == QStringLiteral("unfinished"))
                continue;
            const QStringList expected = placeholders(message.source);
            const QStringList forms = message.translations();
            for (qsizetype i = 0; i < forms.size(); ++i) {
                const QStringList actual = placeholders(forms.at(i));
                if (actual != expected)
                    broken.append(QStringLiteral("%1 form %2: has {%3}, the source has {%4}")
                                      .arg(message.describe())
                                      .arg(i)
                                      .arg(actual.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
                if (hasAccelerator(message.source) && !hasAccelerator(forms.at(i)))
                    broken.append(QStringLiteral("%1 form %2: lost the keyboard accelerator (&)")
                                      .arg(message.describe())
                                      .arg(i));
            }
        }
        QVERIFY2(broken.isEmpty(),
                 qPrintable(broken.join(QStringLiteral("\n  ")).prepend(QStringLiteral("\n  "))));
    }

    void pluralFormsAreComplete_data() { addTsRows(); }
    void pluralFormsAreComplete()
    {
        QFETCH(QString, path);
        QFETCH(bool, pluralOnly);
        const TsFile file = read(path);
        QStringList broken;
        for (const TsMessage &message : file.messages) {
            if (message.isStale())
                continue;
            if (pluralOnly && !message.numerus)
                broken.append(message.describe() + QStringLiteral(": not a plural form"));
            if (message.numerus && message.numerusForms.size() != expectedNumerusForms(file.language))
                broken.append(QStringLiteral("%1: %2 plural forms, expected %3")
                                  .arg(message.describe())
                                  .arg(message.numerusForms.size())
                                  .arg(expectedNumerusForms(file.language)));
        }
        QVERIFY2(broken.isEmpty(),
                 qPrintable(broken.join(QStringLiteral("\n  ")).prepend(QStringLiteral("\n  "))));
    }

    // The embedded .qm files load and translate what the .ts files say.
    void embeddedCataloguesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("path");
        for (const QString &path : std::as_const(m_fullTsFiles)) {
            const QString language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), -1);
            QTest::newRow(qPrintable(language)) << language << path;
        }
    }
    void embeddedCataloguesTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, path);
        TranslationLoader loader;
        QVERIFY(loader.install(language));
        QCOMPARE(loader.language(), language);
        QCOMPARE(QLocale().language(), QLocale(language).language());
        int checked = 0;
        const TsFile file = read(path);
        for (const TsMessage &message : file.messages) {
            if (message.isStale() || message.numerus || message.type == QStringLiteral("unfinished"))
                continue;
            const QString translated = QCoreApplication::translate(
                message.context.toUtf8().constData(), message.source.toUtf8().constData(),
                message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData());
            QCOMPARE(translated, message.translation);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void englishPluralForms()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("en")));
        QCOMPARE(loader.language(), QStringLiteral("en"));
        for (const QString &path : std::as_const(m_pluralTsFiles)) {
            const TsFile file = read(path);
            for (const TsMessage &message : file.messages) {
                if (!message.numerus || message.isStale() || message.numerusForms.size() != 2)
                    continue;
                QCOMPARE(QCoreApplication::translate(
                             message.context.toUtf8().constData(), message.source.toUtf8().constData(),
                             message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData(), 1),
                         QString(message.numerusForms.at(0))
                             .replace(QStringLiteral("%Ln"), QStringLiteral("1"))
                             .replace(QStringLiteral("%n"), QStringLiteral("1")));
            }
        }
    }

    void languageChoice()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale c = QLocale::c();
        QCOMPARE(TranslationLoader::chooseLanguage(QStringLiteral("fr"), QStringLiteral("de"), c),
                 QStringLiteral("fr"));
        QCOMPARE(TranslationLoader::chooseLanguage(QString(), QStringLiteral("de"), c), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::chooseLanguage(QString(), QString(), german), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::chooseLanguage(QStringLiteral("xx"), QString(), german),
                 QStringLiteral("de"));
        QCOMPARE(TranslationLoader::chooseLanguage(QString(), QString(), c), QStringLiteral("en"));
        QCOMPARE(TranslationLoader::chooseLanguage(QStringLiteral("en"), QString(), german),
                 QStringLiteral("en"));
        QCOMPARE(TranslationLoader::normalize(QStringLiteral("fr-CA")), QStringLiteral("fr"));
        QCOMPARE(TranslationLoader::normalize(QStringLiteral("de_AT.UTF-8")), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::normalize(QStringLiteral("it")), QString());

        const QString program = QStringLiteral("deploy-console");
        QCOMPARE(TranslationLoader::languageFromArguments(
                     {program, QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(TranslationLoader::languageFromArguments(
                     {program, QStringLiteral("--demo"), QStringLiteral("--lang=fr")}),
                 QStringLiteral("fr"));
        QCOMPARE(TranslationLoader::languageFromArguments({program, QStringLiteral("--demo")}), QString());
    }

    void languageSetting()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PortalDeploymentConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_catalogues"));
        TranslationLoader::storeLanguage(QStringLiteral("fr"));
        QCOMPARE(TranslationLoader::storedLanguage(), QStringLiteral("fr"));
        QCOMPARE(TranslationLoader::languageForStartup({QStringLiteral("deploy-console")}),
                 QStringLiteral("fr"));
        // --lang overrides the setting.
        QCOMPARE(TranslationLoader::languageForStartup(
                     {QStringLiteral("deploy-console"), QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        TranslationLoader::storeLanguage(QString());
        QCOMPARE(TranslationLoader::storedLanguage(), QString());
        QSettings().clear();
    }
};

QTEST_MAIN(TestCatalogues)
#include "tst_i18n_catalogues.moc"
