// Builds the Active area (one live pane per watched upgrade of context.watches) and resumes the watches
// kept locally.
#pragma once

namespace pdc {

struct AppContext;
class ActiveArea;
class MainWindow;

ActiveArea *wireActiveArea(const AppContext &context, MainWindow *window);

} // namespace pdc
