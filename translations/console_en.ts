<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApprovalText</name>
    <message numerus="yes">
        <source>Waiting for %n more approval(s) (%1)</source>
        <translation>
            <numerusform>Waiting for %n more approval (%1)</numerusform>
            <numerusform>Waiting for %n more approvals (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The approval has expired: %n more approval(s) needed, or a new request</source>
        <translation>
            <numerusform>The approval has expired: %n more approval needed, or a new request</numerusform>
            <numerusform>The approval has expired: %n more approvals needed, or a new request</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This upgrade needs %n approval(s) from another person: file an approval request</source>
        <translation>
            <numerusform>This upgrade needs %n approval from another person: file an approval request</numerusform>
            <numerusform>This upgrade needs %n approvals from other people: file an approval request</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message numerus="yes">
        <source>Opened %1 by %2. %3 of %n item(s) have a result; %4 failed.</source>
        <translation>
            <numerusform>Opened %1 by %2. %3 of %n item have a result; %4 failed.</numerusform>
            <numerusform>Opened %1 by %2. %3 of %n items have a result; %4 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ledger rows %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1: ledger rows %2 to %3 (%n record of this upgrade)</numerusform>
            <numerusform>%1: ledger rows %2 to %3 (%n records of this upgrade)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: journal entries %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1: journal entries %2 to %3 (%n record of this upgrade)</numerusform>
            <numerusform>%1: journal entries %2 to %3 (%n records of this upgrade)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRecorder</name>
    <message numerus="yes">
        <source>%n item(s) still need a result before sign-off.</source>
        <translation>
            <numerusform>%n item still needs a result before sign-off.</numerusform>
            <numerusform>%n items still need a result before sign-off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductionGate</name>
    <message numerus="yes">
        <source>it needs a written reason of at least %n characters</source>
        <translation>
            <numerusform>it needs a written reason of at least %n character</numerusform>
            <numerusform>it needs a written reason of at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Resumed watching %n upgrade(s)</source>
        <translation>
            <numerusform>Resumed watching %n upgrade</numerusform>
            <numerusform>Resumed watching %n upgrades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordJournal</name>
    <message numerus="yes">
        <source>All %n record(s) verified.</source>
        <translation>
            <numerusform>%n record verified.</numerusform>
            <numerusform>All %n records verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeguardText</name>
    <message numerus="yes">
        <source>%n approval request(s) waiting for you</source>
        <translation>
            <numerusform>%n approval request waiting for you</numerusform>
            <numerusform>%n approval requests waiting for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to upgrade %2 to %3 (%4). %n request(s) wait for you.</source>
        <translation>
            <numerusform>%1 asks to upgrade %2 to %3 (%4). %n request waits for you.</numerusform>
            <numerusform>%1 asks to upgrade %2 to %3 (%4). %n requests wait for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message numerus="yes">
        <source>An emergency override needs a written reason of at least %n characters.</source>
        <translation>
            <numerusform>An emergency override needs a written reason of at least %n character.</numerusform>
            <numerusform>An emergency override needs a written reason of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowBanner</name>
    <message numerus="yes">
        <source>Outside every change window: none opens in the next %n day(s)</source>
        <translation>
            <numerusform>Outside every change window: none opens in the next %n day</numerusform>
            <numerusform>Outside every change window: none opens in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalDecisionDialog</name>
    <message numerus="yes">
        <source>Why this cannot wait (at least %n characters)</source>
        <translation>
            <numerusform>Why this cannot wait (at least %n character)</numerusform>
            <numerusform>Why this cannot wait (at least %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Override reason (required, at least %n characters)</source>
        <translation>
            <numerusform>Override reason (required, at least %n character)</numerusform>
            <numerusform>Override reason (required, at least %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An override needs a written reason of at least %n characters (%1 so far).</source>
        <translation>
            <numerusform>An override needs a written reason of at least %n character (%1 so far).</numerusform>
            <numerusform>An override needs a written reason of at least %n characters (%1 so far).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalPanel</name>
    <message numerus="yes">
        <source>Approvals: %1 of %2 — %n more needed</source>
        <translation>
            <numerusform>Approvals: %1 of %2 — %n more needed</numerusform>
            <numerusform>Approvals: %1 of %2 — %n more needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueModel</name>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>needs %n more</numerusform>
            <numerusform>needs %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueView</name>
    <message numerus="yes">
        <source>&amp;Waiting for you: %n request(s)</source>
        <translation>
            <numerusform>&amp;Waiting for you: %n request</numerusform>
            <numerusform>&amp;Waiting for you: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ChecklistItemRow</name>
    <message numerus="yes">
        <source>%n earlier attempt(s) kept in the record</source>
        <translation>
            <numerusform>%n earlier attempt kept in the record</numerusform>
            <numerusform>%n earlier attempts kept in the record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::HistoryArea</name>
    <message numerus="yes">
        <source>%1 of %Ln upgrade(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln upgrade shown</numerusform>
            <numerusform>%1 of %Ln upgrades shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %1 of %Ln upgrade(s)…</source>
        <translation>
            <numerusform>Loading from the portal: %1 of %Ln upgrade…</numerusform>
            <numerusform>Loading from the portal: %1 of %Ln upgrades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %Ln upgrade(s) so far…</source>
        <translation>
            <numerusform>Loading from the portal: %Ln upgrade so far…</numerusform>
            <numerusform>Loading from the portal: %Ln upgrades so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln upgrade(s)…</source>
        <translation>
            <numerusform>Exporting %Ln upgrade…</numerusform>
            <numerusform>Exporting %Ln upgrades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1. SHA-256: %2 (also written to %3).</source>
        <translation>
            <numerusform>Exported %Ln upgrade to %1. SHA-256: %2 (also written to %3).</numerusform>
            <numerusform>Exported %Ln upgrades to %1. SHA-256: %2 (also written to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln upgrade(s) shown: nothing matches the filters; press Clear filters (Alt+L) to see all.</source>
        <translation>
            <numerusform>0 of %Ln upgrade shown: nothing matches the filters; press Clear filters (Alt+L) to see all.</numerusform>
            <numerusform>0 of %Ln upgrades shown: nothing matches the filters; press Clear filters (Alt+L) to see all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be read: %1</source>
        <translation>
            <numerusform>%Ln record could not be read: %1</numerusform>
            <numerusform>%Ln records could not be read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the team&apos;s records of %Ln upgrade(s) from the ledger…</source>
        <translation>
            <numerusform>Reading the team&apos;s records of %Ln upgrade from the ledger…</numerusform>
            <numerusform>Reading the team&apos;s records of %Ln upgrades from the ledger…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1 and their records to %2. SHA-256: %3 and %4 (also written beside each file).</source>
        <translation>
            <numerusform>Exported %Ln upgrade to %1 and its records to %2. SHA-256: %3 and %4 (also written beside each file).</numerusform>
            <numerusform>Exported %Ln upgrades to %1 and their records to %2. SHA-256: %3 and %4 (also written beside each file).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::HistoryCharts</name>
    <message numerus="yes">
        <source>Showing the latest %1 of %Ln week(s). Set a date range to see earlier weeks. Click a bar to show that week in the table.</source>
        <translation>
            <numerusform>Showing the latest %1 of %Ln week. Set a date range to see earlier weeks. Click a bar to show that week in the table.</numerusform>
            <numerusform>Showing the latest %1 of %Ln weeks. Set a date range to see earlier weeks. Click a bar to show that week in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — %2: %3 of %Ln upgrade(s). Click to show this week.</source>
        <translation>
            <numerusform>Week of %1 — %2: %3 of %Ln upgrade. Click to show this week.</numerusform>
            <numerusform>Week of %1 — %2: %3 of %Ln upgrades. Click to show this week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::HistoryDetailPane</name>
    <message numerus="yes">
        <source>Initiated by %1; scope %2 (%Ln service(s)); version %3%4</source>
        <translation>
            <numerusform>Initiated by %1; scope %2 (%Ln service); version %3%4</numerusform>
            <numerusform>Initiated by %1; scope %2 (%Ln services); version %3%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State %1 as the portal reports it now; %Ln service(s).</source>
        <translation>
            <numerusform>State %1 as the portal reports it now; %Ln service.</numerusform>
            <numerusform>State %1 as the portal reports it now; %Ln services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), each sealed in the journal&apos;s hash chain; verify the whole chain from the Records menu.</source>
        <translation>
            <numerusform>%Ln record, sealed in the journal&apos;s hash chain; verify the whole chain from the Records menu.</numerusform>
            <numerusform>%Ln records, each sealed in the journal&apos;s hash chain; verify the whole chain from the Records menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of the team, each sealed in its workstation&apos;s chain and in the ledger&apos;s chain.</source>
        <translation>
            <numerusform>%Ln record of the team, sealed in its workstation&apos;s chain and in the ledger&apos;s chain.</numerusform>
            <numerusform>%Ln records of the team, each sealed in its workstation&apos;s chain and in the ledger&apos;s chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of this workstation not shipped yet.</source>
        <translation>
            <numerusform>%Ln record of this workstation is not shipped yet.</numerusform>
            <numerusform>%Ln records of this workstation are not shipped yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::LedgerStatusLabel</name>
    <message numerus="yes">
        <source>%Ln record(s) wait</source>
        <translation>
            <numerusform>%Ln record waits</numerusform>
            <numerusform>%Ln records wait</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::PolicyDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approver(s), with the portal role %1</source>
        <translation>
            <numerusform>%n approver, with the portal role %1</numerusform>
            <numerusform>%n approvers, with the portal role %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::PreflightPane</name>
    <message numerus="yes">
        <source>Healthy (%n component(s))</source>
        <translation>
            <numerusform>Healthy (%n component)</numerusform>
            <numerusform>Healthy (%n components)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass. Each blocks the upgrade unless you write a reason to override it.</source>
        <translation>
            <numerusform>%n check did not pass. It blocks the upgrade unless you write a reason to override it.</numerusform>
            <numerusform>%n checks did not pass. Each blocks the upgrade unless you write a reason to override it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing readable is running, but %n record(s) could not be read: %1</source>
        <translation>
            <numerusform>Nothing readable is running, but %n record could not be read: %1</numerusform>
            <numerusform>Nothing readable is running, but %n records could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsModel</name>
    <message numerus="yes">
        <source>the whole policy (%n rule(s))</source>
        <translation>
            <numerusform>the whole policy (%n rule)</numerusform>
            <numerusform>the whole policy (%n rules)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsView</name>
    <message numerus="yes">
        <source>%Ln safeguard record(s) written on this workstation, newest first. Without a team ledger, other desks&apos; requests, approvals and policy changes are not here.</source>
        <translation>
            <numerusform>%Ln safeguard record written on this workstation, newest first. Without a team ledger, other desks&apos; requests, approvals and policy changes are not here.</numerusform>
            <numerusform>%Ln safeguard records written on this workstation, newest first. Without a team ledger, other desks&apos; requests, approvals and policy changes are not here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team ledger could not be read (%1): %Ln record(s) written on this workstation are shown, newest first.</source>
        <translation>
            <numerusform>The team ledger could not be read (%1): %Ln record written on this workstation is shown.</numerusform>
            <numerusform>The team ledger could not be read (%1): %Ln records written on this workstation are shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln safeguard record(s) of the whole team (ledger %1), newest first: every approval request, decision, emergency override, expiry and policy change.</source>
        <translation>
            <numerusform>%Ln safeguard record of the whole team (ledger %1), newest first: every approval request, decision, emergency override, expiry and policy change.</numerusform>
            <numerusform>%Ln safeguard records of the whole team (ledger %1), newest first: every approval request, decision, emergency override, expiry and policy change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::TeamLedger</name>
    <message numerus="yes">
        <source>the ledger did not answer within %n second(s)</source>
        <translation>
            <numerusform>the ledger did not answer within %n second</numerusform>
            <numerusform>the ledger did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::UpgradePane</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more attempt(s) wait after this one.</source>
        <translation>
            <numerusform>%n more attempt waits after this one.</numerusform>
            <numerusform>%n more attempts wait after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::UpgradeStatusPane</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ValidationPane</name>
    <message numerus="yes">
        <source>%1 of %n item(s) done</source>
        <translation>
            <numerusform>%1 of %n item done</numerusform>
            <numerusform>%1 of %n items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) have a result; %2 failed.</source>
        <translation>
            <numerusform>%1 of %n item has a result; %2 failed.</numerusform>
            <numerusform>%1 of %n items have a result; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a result</source>
        <translation>
            <numerusform>%n item still needs a result</numerusform>
            <numerusform>%n items still need a result</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed and will be signed as failed. </source>
        <translation>
            <numerusform>%n item failed and will be signed as failed. </numerusform>
            <numerusform>%n items failed and will be signed as failed. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records from %n workstation(s): %1.</source>
        <translation>
            <numerusform>Records from %n workstation: %1.</numerusform>
            <numerusform>Records from %n workstations: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
