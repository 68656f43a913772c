# Watched upgrades: per-upgrade timelines, state-change records and watch persistence (issue 5).
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/upgradetimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/upgradetimeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/watchstore.h
    ${CMAKE_CURRENT_LIST_DIR}/watchstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/watchedupgrades.h
    ${CMAKE_CURRENT_LIST_DIR}/watchedupgrades.cpp)
