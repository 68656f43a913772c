# Production safeguards (issue 16): policy types, their JSON, approval rules, change windows and freezes.
# Pure values and functions: no network, no database. safeguardrecords/safeguardbook: the ledger
# records of the safeguards and their fold.
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/policy.h ${CMAKE_CURRENT_LIST_DIR}/policy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/policyjson.h ${CMAKE_CURRENT_LIST_DIR}/policyjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvalrules.h ${CMAKE_CURRENT_LIST_DIR}/approvalrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changewindows.h ${CMAKE_CURRENT_LIST_DIR}/changewindows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safeguardrecords.h ${CMAKE_CURRENT_LIST_DIR}/safeguardrecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safeguardbook.h ${CMAKE_CURRENT_LIST_DIR}/safeguardbook.cpp)
# The "Waiting for you" list's item model (issue 16, the console's approver view).
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/approvalqueuemodel.h ${CMAKE_CURRENT_LIST_DIR}/approvalqueuemodel.cpp)
# History's list of every safeguard record (issue 16).
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/safeguardrecordsmodel.h ${CMAKE_CURRENT_LIST_DIR}/safeguardrecordsmodel.cpp)
