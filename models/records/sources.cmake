target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/recordjournal.h ${CMAKE_CURRENT_LIST_DIR}/recordjournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contentcolumns.h ${CMAKE_CURRENT_LIST_DIR}/contentcolumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sha256.h ${CMAKE_CURRENT_LIST_DIR}/sha256.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordkinds.h
    ${CMAKE_CURRENT_LIST_DIR}/upgraderecords.h ${CMAKE_CURRENT_LIST_DIR}/upgraderecords.cpp)
# SHA-256 of the record chains through libcrypto (sha256.h says why); Debian: libssl-dev.
target_link_libraries(console_models PRIVATE OpenSSL::Crypto)
# Verification runs these once per ledger row (a million rows and more): optimised in every build type,
# so a debug build verifies at about the speed users see (docs/ledger.md, "Throughput").
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/contentcolumns.cpp ${CMAKE_CURRENT_LIST_DIR}/sha256.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../ledger/ledgerchain.cpp ${CMAKE_CURRENT_LIST_DIR}/../ledger/ledgerclient.cpp
    PROPERTIES COMPILE_OPTIONS "$<$<CONFIG:Debug>:-O2>")
