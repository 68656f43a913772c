# Small pieces more than one area uses: the elapsed-time line of a wait on the portal, and reading a
# password field once, the look of read-only record tables.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/elapsedlabel.h ${CMAKE_CURRENT_LIST_DIR}/elapsedlabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretfield.h ${CMAKE_CURRENT_LIST_DIR}/secretfield.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordtable.h ${CMAKE_CURRENT_LIST_DIR}/recordtable.cpp)
