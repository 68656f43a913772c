# The upgrade workflow: pre-flight, scope, version, review and confirm, trigger (issue 5).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/preflightpane.h
    ${CMAKE_CURRENT_LIST_DIR}/preflightpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scopepicker.h
    ${CMAKE_CURRENT_LIST_DIR}/scopepicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/versionchooser.h
    ${CMAKE_CURRENT_LIST_DIR}/versionchooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewconfirm.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewconfirm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upgradepane.h
    ${CMAKE_CURRENT_LIST_DIR}/upgradepane.cpp)
