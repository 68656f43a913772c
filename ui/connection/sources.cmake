# Connecting: profile picker and editor, login dialog, re-login overlay (issue 5).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilepicker.h
    ${CMAKE_CURRENT_LIST_DIR}/profilepicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logindialog.h
    ${CMAKE_CURRENT_LIST_DIR}/logindialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reloginoverlay.h
    ${CMAKE_CURRENT_LIST_DIR}/reloginoverlay.cpp)
