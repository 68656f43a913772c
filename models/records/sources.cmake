target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/recordjournal.h ${CMAKE_CURRENT_LIST_DIR}/recordjournal.cpp)
