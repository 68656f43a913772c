# Watched upgrades: per-upgrade timelines and watch persistence (issue 5). The watching itself, with its
# state-change records, is workflows/watchlist.h.
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/upgradetimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/upgradetimeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/watchstore.h
    ${CMAKE_CURRENT_LIST_DIR}/watchstore.cpp)
