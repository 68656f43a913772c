#include "translationloader.h"

#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace pdc {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    remove();
}

QStringList TranslationLoader::languages()
{
    return i18n::languages();
}

QString TranslationLoader::normalize(const QString &language)
{
    const QString code = language.trimmed().toLower().section(QLatin1Char('.'), 0, 0);
    const QString base = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return languages().contains(base) ? base : QString();
}

QString TranslationLoader::languageFromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = QStringLiteral("--lang=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
    }
    return {};
}

QString TranslationLoader::chooseLanguage(const QString &commandLine, const QString &setting,
                                          const QLocale &system)
{
    for (const QString &candidate : {commandLine, setting}) {
        const QString code = normalize(candidate);
        if (!code.isEmpty())
            return code;
    }
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &candidate : uiLanguages) {
        const QString code = normalize(candidate);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString TranslationLoader::storedLanguage(const QSettings &settings)
{
    return settings.value(QLatin1String(settingsKey)).toString();
}

QString TranslationLoader::storedLanguage()
{
    const QSettings settings;
    return storedLanguage(settings);
}

void TranslationLoader::storeLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QString TranslationLoader::nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (language == QStringLiteral("en"))
        name = QStringLiteral("English"); // not "American English"
    return name;
}

QString TranslationLoader::languageForStartup(const QStringList &arguments)
{
    return chooseLanguage(languageFromArguments(arguments), storedLanguage(), QLocale::system());
}

bool TranslationLoader::install(const QString &language)
{
    remove();
    m_language = normalize(language);
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");

    // Formatting follows the interface language; when it is the system's, keep the system's region too.
    const QLocale system = QLocale::system();
    const QLocale locale = QLocale(m_language).language() == system.language() ? system : QLocale(m_language);
    QLocale::setDefault(locale);

    bool ok = true;
    m_console = std::make_unique<QTranslator>();
    if (m_console->load(i18n::catalogue(m_language))) {
        QCoreApplication::installTranslator(m_console.get());
    } else {
        m_console.reset();
        ok = m_language == QStringLiteral("en"); // English needs no catalogue
    }

    // Qt's own strings (standard buttons, QCommandLineParser, context menus). Optional: the package
    // recommends qt6-translations-l10n.
    if (m_language != QStringLiteral("en")) {
        m_qt = std::make_unique<QTranslator>();
        m_qtLoaded = m_qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(m_qt.get());
        else
            m_qt.reset();
    }
    return ok;
}

void TranslationLoader::remove()
{
    if (m_console)
        QCoreApplication::removeTranslator(m_console.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_console.reset();
    m_qt.reset();
    m_qtLoaded = false;
}

void addLanguageMenu(QMainWindow *window)
{
    QMenu *parentMenu = nullptr;
    const QString viewTitle = QCoreApplication::translate("pdc::MainWindow", "&View");
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu() && action->text() == viewTitle)
            parentMenu = action->menu();
    }
    QMenu *menu = new QMenu(QCoreApplication::translate("pdc::LanguageMenu", "&Language"), window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    if (parentMenu) {
        parentMenu->addSeparator();
        parentMenu->addMenu(menu);
    } else {
        window->menuBar()->addMenu(menu);
    }

    auto *group = new QActionGroup(menu);
    const QString stored = TranslationLoader::normalize(TranslationLoader::storedLanguage());
    auto addChoice = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code, label] {
            TranslationLoader::storeLanguage(code);
            QMessageBox::information(
                window, QCoreApplication::translate("pdc::LanguageMenu", "Language"),
                QCoreApplication::translate("pdc::LanguageMenu",
                                            "The console will use this language the next time it starts: %1.")
                    .arg(label));
        });
    };
    addChoice(QString(), QCoreApplication::translate("pdc::LanguageMenu", "System Default"));
    const QStringList codes = TranslationLoader::languages();
    for (const QString &code : codes)
        addChoice(code, TranslationLoader::nativeName(code));
}

} // namespace pdc
