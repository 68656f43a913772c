#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace i18ntest {

QString TsMessage::key() const
{
    return context + QStringLiteral(" / ") + source + QStringLiteral(" / ") + comment;
}

QString TsMessage::describe() const
{
    QString text = QStringLiteral("[%1] \"%2\"").arg(context, source);
    if (!comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(comment);
    return text;
}

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QStringLiteral("type")).toString();
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == QStringLiteral("translation"))
            return;
        if (xml.isStartElement() && xml.name() == QStringLiteral("numerusform"))
            message.numerusForms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (xml.isCharacters() && !message.numerus)
            message.translation += xml.text();
    }
}

} // namespace

bool readTsFile(const QString &path, TsFile *file, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, in.errorString());
        return false;
    }
    QXmlStreamReader xml(&in);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("TS")) {
            file->language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == QStringLiteral("context")) {
            context.clear();
        } else if (xml.name() == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QStringLiteral("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
            while (xml.readNext() != QXmlStreamReader::Invalid) {
                if (xml.isEndElement() && xml.name() == QStringLiteral("message"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QStringLiteral("source"))
                    message.source = xml.readElementText();
                else if (xml.name() == QStringLiteral("comment"))
                    message.comment = xml.readElementText();
                else if (xml.name() == QStringLiteral("translation"))
                    readTranslation(xml, message);
            }
            file->messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // a literal ampersand
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

} // namespace i18ntest
