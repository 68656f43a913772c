// Builds the Upgrade area (pre-flight, scope, version, review, trigger) from the app context.
#pragma once

namespace pdc {

struct AppContext;
class MainWindow;
class UpgradePane;

UpgradePane *wireUpgradeArea(const AppContext &context, MainWindow *window);

} // namespace pdc
