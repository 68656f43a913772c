#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace testsupport {

QString outputDir()
{
    QString dir = qEnvironmentVariable("TEST_OUTPUT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("pdc-test-output"));
    QDir().mkpath(dir);
    return dir;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    QWidget *window = widget->window();
    // Let pending layout requests and paints run first, so the picture shows what a person would see.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window->grab();
    const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        QTest::qFail(qPrintable(QStringLiteral("could not save screenshot %1").arg(path)), __FILE__,
                     __LINE__);
    return path;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("CONSOLE_SOURCE_DIR", QStringLiteral(CONSOLE_SOURCE_DIR_FALLBACK)))
        .filePath(relative);
}

QString portalSimExecutable()
{
    return qEnvironmentVariable("PORTAL_SIM_EXE");
}

} // namespace testsupport
