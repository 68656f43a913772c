# The Validation area: the post-upgrade checklist pane, its dialogs and the change record export.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/checklistitemrow.h ${CMAKE_CURRENT_LIST_DIR}/checklistitemrow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/manualresultdialog.h ${CMAKE_CURRENT_LIST_DIR}/manualresultdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/amendmentdialog.h ${CMAKE_CURRENT_LIST_DIR}/amendmentdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loginprobedialog.h ${CMAKE_CURRENT_LIST_DIR}/loginprobedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validationpane.h ${CMAKE_CURRENT_LIST_DIR}/validationpane.cpp)
# Qt Concurrent for the areas' workers (the checklist's export and chain check are in workflows/ now).
target_link_libraries(console_ui PRIVATE Qt6::Concurrent)
