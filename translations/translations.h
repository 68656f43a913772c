// The languages the console is translated into (translations/CMakeLists.txt: CONSOLE_LANGUAGES), their
// compiled catalogues embedded as :/i18n/console_<code>.qm.
#pragma once

#include <QString>
#include <QStringList>

namespace pdc::i18n {

// Language codes, English (the source language) first: "en", "de", "fr".
QStringList languages();

// Resource path of a language's catalogue, e.g. ":/i18n/console_de.qm".
QString catalogue(const QString &language);

} // namespace pdc::i18n
