# The Active area: one live status pane per watched upgrade (issue 5).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statebadge.h
    ${CMAKE_CURRENT_LIST_DIR}/statebadge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timelinechart.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinechart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guidancepanel.h
    ${CMAKE_CURRENT_LIST_DIR}/guidancepanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upgradestatuspane.h
    ${CMAKE_CURRENT_LIST_DIR}/upgradestatuspane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/activearea.h
    ${CMAKE_CURRENT_LIST_DIR}/activearea.cpp)
