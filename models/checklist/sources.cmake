# The post-upgrade validation checklist (a projection of journal entries) and the change record export.
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/checklistitems.h ${CMAKE_CURRENT_LIST_DIR}/checklistitems.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checklist.h ${CMAKE_CURRENT_LIST_DIR}/checklist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/teamchecklist.h ${CMAKE_CURRENT_LIST_DIR}/teamchecklist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checklistrecorder.h ${CMAKE_CURRENT_LIST_DIR}/checklistrecorder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachmentstore.h ${CMAKE_CURRENT_LIST_DIR}/attachmentstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chainsegment.h ${CMAKE_CURRENT_LIST_DIR}/chainsegment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecord.h ${CMAKE_CURRENT_LIST_DIR}/changerecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecordentries.h ${CMAKE_CURRENT_LIST_DIR}/changerecordentries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecordfacts.h ${CMAKE_CURRENT_LIST_DIR}/changerecordfacts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecorddocument.h ${CMAKE_CURRENT_LIST_DIR}/changerecorddocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecordhtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evidencetext.h ${CMAKE_CURRENT_LIST_DIR}/evidencetext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changerecordcheck.h ${CMAKE_CURRENT_LIST_DIR}/changerecordcheck.cpp)
