#include "translations.h"

namespace pdc::i18n {

QStringList languages()
{
    return {CONSOLE_LANGUAGES};
}

QString catalogue(const QString &language)
{
    return QStringLiteral(":/i18n/console_%1.qm").arg(language);
}

} // namespace pdc::i18n
