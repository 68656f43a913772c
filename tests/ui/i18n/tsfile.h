// A small reader for Qt Linguist .ts files, for the translation tests.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace i18ntest {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "obsolete", "vanished"
    QString translation;      // non-numerus
    QStringList numerusForms; // numerus
    QString key() const;      // context / source / comment, identifies the message
    QString describe() const; // for failure messages
    QStringList translations() const { return numerus ? numerusForms : QStringList{translation}; }
    bool isStale() const { return type == QStringLiteral("obsolete") || type == QStringLiteral("vanished"); }
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
};

// Parses path; false with *error on an unreadable or malformed file.
bool readTsFile(const QString &path, TsFile *file, QString *error);

// The placeholders of a text, sorted and unique: "%1", "%L2", "%n", "%Ln".
QStringList placeholders(const QString &text);

// Whether a text has a keyboard accelerator ("&File"; "&&" is a literal ampersand).
bool hasAccelerator(const QString &text);

} // namespace i18ntest
