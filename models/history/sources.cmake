# models/history: the history cache in the local store, the flat table model with its own filtering and
# sorting (no QSortFilterProxyModel; immutable index + worker thread: see historyindex.h and
# historytablemodel.h), weekly buckets for charts, and exports.
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/historylogging.h ${CMAKE_CURRENT_LIST_DIR}/historylogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyrow.h ${CMAKE_CURRENT_LIST_DIR}/historyrow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyfilter.h ${CMAKE_CURRENT_LIST_DIR}/historyfilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyindex.h ${CMAKE_CURRENT_LIST_DIR}/historyindex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historytablemodel.h ${CMAKE_CURRENT_LIST_DIR}/historytablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historycache.h ${CMAKE_CURRENT_LIST_DIR}/historycache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historysync.h ${CMAKE_CURRENT_LIST_DIR}/historysync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyweeks.h ${CMAKE_CURRENT_LIST_DIR}/historyweeks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historymarks.h ${CMAKE_CURRENT_LIST_DIR}/historymarks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyexport.h ${CMAKE_CURRENT_LIST_DIR}/historyexport.cpp)
target_link_libraries(console_models PUBLIC Qt6::Concurrent)
