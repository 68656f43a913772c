target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/recordjournal.h ${CMAKE_CURRENT_LIST_DIR}/recordjournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordkinds.h
    ${CMAKE_CURRENT_LIST_DIR}/upgraderecords.h ${CMAKE_CURRENT_LIST_DIR}/upgraderecords.cpp)
