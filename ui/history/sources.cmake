# ui/history: the History area (table, filters, detail pane, charts, export).
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/historyuilogging.h ${CMAKE_CURRENT_LIST_DIR}/historyuilogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyfilterbar.h ${CMAKE_CURRENT_LIST_DIR}/historyfilterbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historycharts.h ${CMAKE_CURRENT_LIST_DIR}/historycharts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historydetailpane.h ${CMAKE_CURRENT_LIST_DIR}/historydetailpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/overridemarkfeed.h ${CMAKE_CURRENT_LIST_DIR}/overridemarkfeed.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safeguardrecordsview.h ${CMAKE_CURRENT_LIST_DIR}/safeguardrecordsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyarea.h ${CMAKE_CURRENT_LIST_DIR}/historyarea.cpp)
