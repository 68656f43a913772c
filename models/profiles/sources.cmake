# Connection profiles persisted in QSettings (issue 4).
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp)
