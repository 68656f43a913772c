// Helpers every test may use: where to put its output and how to save a screenshot of where it ends.
#pragma once

#include <QString>

class QWidget;

namespace testsupport {

// The folder for this test's artefacts (screenshots, exports): $TEST_OUTPUT_DIR, created on demand.
QString outputDir();

// Saves a PNG of the widget (its window, as the user sees it) as <outputDir>/<name>.png; returns the path.
// Fails the running test when nothing could be saved.
QString saveScreenshot(QWidget *widget, const QString &name);

// Path of a file in the source tree (CONSOLE_SOURCE_DIR), e.g. "docs/api/openapi.yaml".
QString sourcePath(const QString &relative);

// Path of the portal-sim executable the build made ($PORTAL_SIM_EXE).
QString portalSimExecutable();

} // namespace testsupport
