# Production safeguards (issue 16): the change-window banner, the approval panel, the request, decision
# and override dialogs, the "Waiting for you" list and the policy view/editor. They show state and collect
# intent as plain values; the rules are in models/policy and workflows/productiongate.
target_sources(console_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/safeguardtone.h ${CMAKE_CURRENT_LIST_DIR}/safeguardtone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changewindowbanner.h ${CMAKE_CURRENT_LIST_DIR}/changewindowbanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvalpanel.h ${CMAKE_CURRENT_LIST_DIR}/approvalpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intentview.h ${CMAKE_CURRENT_LIST_DIR}/intentview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvalrequestdialog.h ${CMAKE_CURRENT_LIST_DIR}/approvalrequestdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvaldecisiondialog.h ${CMAKE_CURRENT_LIST_DIR}/approvaldecisiondialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/approvalqueueview.h ${CMAKE_CURRENT_LIST_DIR}/approvalqueueview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/policydialog.h ${CMAKE_CURRENT_LIST_DIR}/policydialog.cpp)
