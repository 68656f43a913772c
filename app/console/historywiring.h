// Builds the History area from the app context and puts it into the main window.
#pragma once

namespace pdc {

class MainWindow;
struct AppContext;

void wireHistory(MainWindow *window, const AppContext &context);

} // namespace pdc
