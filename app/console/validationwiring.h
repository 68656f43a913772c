// Builds the Validation area (the post-upgrade checklist) from the app context: the checklist sessions
// over the gateway, journal and store (workflows/), and the pane that shows them; opens a checklist when
// the navigator asks for one, shows the area, and verifies the record chain of the store at start,
// telling the operator plainly when it is broken (banner in the area and a status bar message).
#pragma once

namespace pdc {

class MainWindow;
struct AppContext;

void wireValidation(MainWindow *window, const AppContext &context);

} // namespace pdc
