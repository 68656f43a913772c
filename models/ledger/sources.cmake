# The team's records of an upgrade: the ledger's rows merged with local ones still waiting (pure).
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/teamrecords.h ${CMAKE_CURRENT_LIST_DIR}/teamrecords.cpp)
target_sources(console_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ledgerchain.h ${CMAKE_CURRENT_LIST_DIR}/ledgerchain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgerclient.h ${CMAKE_CURRENT_LIST_DIR}/ledgerclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgerconnection.h ${CMAKE_CURRENT_LIST_DIR}/ledgerconnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgerexportreads.h ${CMAKE_CURRENT_LIST_DIR}/ledgerexportreads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgerlistener.h ${CMAKE_CURRENT_LIST_DIR}/ledgerlistener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgermigrator.h ${CMAKE_CURRENT_LIST_DIR}/ledgermigrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgershipper.h ${CMAKE_CURRENT_LIST_DIR}/ledgershipper.cpp)
# The schema's migrations, built in as resources (:/ledger/migrations/NNN_name.sql).
qt_add_resources(console_models "ledger_migrations"
    PREFIX "/ledger/migrations"
    BASE ${CMAKE_CURRENT_LIST_DIR}/migrations
    FILES ${CMAKE_CURRENT_LIST_DIR}/migrations/001_records.sql
          ${CMAKE_CURRENT_LIST_DIR}/migrations/002_notify.sql
          ${CMAKE_CURRENT_LIST_DIR}/migrations/003_attachments.sql
          ${CMAKE_CURRENT_LIST_DIR}/migrations/004_link_in_batches.sql
          ${CMAKE_CURRENT_LIST_DIR}/migrations/005_override_triggers.sql)
