// Which language the console speaks, and the translators that make it speak it.
// The language is, in order: --lang on the command line, the "ui/language" setting (the Language menu),
// the system locale's UI languages; English when none of them is translated. Installing a language loads
// the console's embedded catalogue (:/i18n/console_<code>.qm) and Qt's own qtbase catalogue from
// QLibraryInfo::TranslationsPath, and makes the language's locale the default QLocale so numbers, dates
// and durations are formatted for it.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QMainWindow;
class QSettings;
class QTranslator;

namespace pdc {

class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader(); // removes its translators from the application
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    static constexpr const char *settingsKey = "ui/language";

    // Translated languages, English first ("en", "de", "fr").
    static QStringList languages();
    // A supported code for a user's spelling ("de_AT", "fr-CA", "DE"), or empty when not translated.
    static QString normalize(const QString &language);
    // The value of --lang (--lang xx or --lang=xx) in argv, or empty. Scans before the real parser runs
    // so that --help is printed in the chosen language too.
    static QString languageFromArguments(const QStringList &arguments);
    // The language to use: the first supported one of commandLine, setting, system's UI languages; "en".
    static QString chooseLanguage(const QString &commandLine, const QString &setting, const QLocale &system);
    // The "ui/language" setting ("" = follow the system).
    static QString storedLanguage(const QSettings &settings);
    static QString storedLanguage();
    static void storeLanguage(const QString &language); // "" = follow the system
    // The name of a language in that language ("Deutsch", "Français").
    static QString nativeName(const QString &language);

    // chooseLanguage() for this process: arguments, the stored setting, QLocale::system().
    static QString languageForStartup(const QStringList &arguments);

    // Installs the translators for language (replacing those installed before) and sets the default
    // locale. False when the console's own catalogue could not be loaded (English always succeeds).
    bool install(const QString &language);
    QString language() const { return m_language; }
    bool qtCatalogueLoaded() const { return m_qtLoaded; }

private:
    void remove();

    QString m_language;
    bool m_qtLoaded = false;
    std::unique_ptr<QTranslator> m_console;
    std::unique_ptr<QTranslator> m_qt;
};

// Adds a Language submenu (System Default, English, Deutsch, Français) to the window's View menu (or to
// its menu bar when it has none). Choosing stores "ui/language"; the console speaks it from its next start.
void addLanguageMenu(QMainWindow *window);

} // namespace pdc
