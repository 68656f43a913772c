<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApprovalText</name>
    <message>
        <source>%1: approved %2, sending %3</source>
        <translation>%1: freigegeben %2, gesendet wird %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>no approval yet</source>
        <translation>noch keine Freigabe</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>No approval is required for this scope</source>
        <translation>Für diesen Umfang ist keine Freigabe nötig</translation>
    </message>
    <message>
        <source>Approved (%1); the approval expires %2</source>
        <translation>Freigegeben (%1); die Freigabe läuft ab: %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n more approval(s) (%1)</source>
        <translation>
            <numerusform>Wartet auf %n weitere Freigabe (%1)</numerusform>
            <numerusform>Wartet auf %n weitere Freigaben (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation>Abgelehnt von %1 um %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The approval has expired: %n more approval(s) needed, or a new request</source>
        <translation>
            <numerusform>Die Freigabe ist abgelaufen: %n weitere Freigabe nötig oder eine neue Anfrage</numerusform>
            <numerusform>Die Freigabe ist abgelaufen: %n weitere Freigaben nötig oder eine neue Anfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval is for another upgrade than the one about to be sent (%1); this one needs a new approval</source>
        <translation>Die Freigabe gilt für ein anderes Upgrade als das, das gesendet werden soll (%1); dieses braucht eine neue Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>This upgrade needs %n approval(s) from another person: file an approval request</source>
        <translation>
            <numerusform>Dieses Upgrade braucht %n Freigabe einer anderen Person: Stellen Sie eine Freigabeanfrage</numerusform>
            <numerusform>Dieses Upgrade braucht %n Freigaben anderer Personen: Stellen Sie eine Freigabeanfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>The approved request&apos;s planned window has not begun yet</source>
        <translation>Das geplante Zeitfenster der freigegebenen Anfrage hat noch nicht begonnen</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>Change record of upgrade %1</source>
        <translation>Änderungsprotokoll der Aktualisierung %1</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>Aktualisierungs-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Service target</source>
        <translation>Zieldienste</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Reason for &quot;all&quot;</source>
        <translation>Begründung für „all“</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Forced new deployment</source>
        <translation>Erzwungenes neues Deployment</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>Endzustand</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>State timeline</source>
        <translation>Zustandsverlauf</translation>
    </message>
    <message>
        <source>Per-service results</source>
        <translation>Ergebnisse je Dienst</translation>
    </message>
    <message>
        <source>No per-service results are available.</source>
        <translation>Es liegen keine Ergebnisse je Dienst vor.</translation>
    </message>
    <message>
        <source>Validation checklist</source>
        <translation>Validierungs-Checkliste</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 by %2. %3 of %n item(s) have a result; %4 failed.</source>
        <translation>
            <numerusform>Geöffnet %1 von %2. %3 von %n Punkt haben ein Ergebnis; %4 fehlgeschlagen.</numerusform>
            <numerusform>Geöffnet %1 von %2. %3 von %n Punkten haben ein Ergebnis; %4 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>whole checklist</source>
        <translation>gesamte Checkliste</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Signed off by %1 (%2, %3) at %4.</source>
        <translation>Abgenommen von %1 (%2, %3) am %4.</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Nicht abgenommen.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Shortened: the first %1 of %2 characters are printed (limit %3). The whole excerpt is in the JSON export and in journal entry %4.</source>
        <translation>Gekürzt: Die ersten %1 von %2 Zeichen sind gedruckt (Grenze %3). Der ganze Auszug steht im JSON-Export und im Journaleintrag %4.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms</source>
        <translation>HTTP %1, %2 ms</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>Trigger sent</source>
        <translation>Auslösung gesendet</translation>
    </message>
    <message>
        <source>Upgrade triggered</source>
        <translation>Upgrade ausgelöst</translation>
    </message>
    <message>
        <source>Trigger failed (%1)</source>
        <translation>Auslösung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Unknown outcome settled: %1</source>
        <translation>Unbekannter Ausgang geklärt: %1</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>Checklist opened</source>
        <translation>Checkliste geöffnet</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Punkt %1: %2</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Change record</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Tenant %1, environment %2, exported %3 by %4.</source>
        <translation>Mandant %1, Umgebung %2, exportiert %3 von %4.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Triggered from</source>
        <translation>Ausgelöst über</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Idempotency-Key</source>
        <translation>Idempotency-Key</translation>
    </message>
    <message>
        <source>Triggered at</source>
        <translation>Ausgelöst am</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Portal at export</source>
        <translation>Portal beim Export</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Aufzeichnungen aus</translation>
    </message>
    <message>
        <source>this workstation&apos;s journal</source>
        <translation>dem Journal dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>the team ledger %1</source>
        <translation>dem Team-Ledger %1</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>No pre-flight results are in the record.</source>
        <translation>Im Protokoll stehen keine Ergebnisse der Vorabprüfung.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Override and reason</source>
        <translation>Übersteuerung und Begründung</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Übersteuert: %1</translation>
    </message>
    <message>
        <source>No state changes are in the record.</source>
        <translation>Im Protokoll stehen keine Zustandswechsel.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Version from → to</source>
        <translation>Version von → nach</translation>
    </message>
    <message>
        <source>rollout %1</source>
        <translation>Rollout %1</translation>
    </message>
    <message>
        <source>rollout %1 (%2)</source>
        <translation>Rollout %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running</source>
        <translation>%1 von %2 Tasks laufen</translation>
    </message>
    <message>
        <source>%1 failed tasks</source>
        <translation>%1 fehlgeschlagene Tasks</translation>
    </message>
    <message>
        <source>task definition %1</source>
        <translation>Task-Definition %1</translation>
    </message>
    <message>
        <source>From the last state record in the journal (the portal did not answer at export).</source>
        <translation>Aus der letzten Zustandsaufzeichnung im Journal (das Portal antwortete beim Export nicht).</translation>
    </message>
    <message>
        <source>As the portal reported them at export.</source>
        <translation>Wie das Portal sie beim Export meldete.</translation>
    </message>
    <message>
        <source>—: the version a service ran before the upgrade is not in the record.</source>
        <translation>—: Die Version, die ein Dienst vor dem Upgrade hatte, steht nicht im Protokoll.</translation>
    </message>
    <message>
        <source>No checklist was opened for this upgrade.</source>
        <translation>Für dieses Upgrade wurde keine Checkliste geöffnet.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No results were recorded.</source>
        <translation>Es wurden keine Ergebnisse aufgezeichnet.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Records of every workstation</source>
        <translation>Aufzeichnungen aller Arbeitsplätze</translation>
    </message>
    <message>
        <source>The records of this upgrade in this workstation&apos;s journal. Records other workstations made are in the team ledger when one is configured.</source>
        <translation>Die Aufzeichnungen dieses Upgrades im Journal dieses Arbeitsplatzes. Aufzeichnungen anderer Arbeitsplätze stehen im Team-Ledger, wenn eines eingerichtet ist.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Keine Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Ledger seq</source>
        <translation>Ledger-Nr.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Chain digests</source>
        <translation>Ketten-Prüfsummen</translation>
    </message>
    <message>
        <source>No records, no digests.</source>
        <translation>Keine Aufzeichnungen, keine Prüfsummen.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Ledger-Kette</translation>
    </message>
    <message numerus="yes">
        <source>%1: ledger rows %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1: Ledger-Zeilen %2 bis %3 (%n Aufzeichnung dieses Upgrades)</numerusform>
            <numerusform>%1: Ledger-Zeilen %2 bis %3 (%n Aufzeichnungen dieses Upgrades)</numerusform>
        </translation>
    </message>
    <message>
        <source>team ledger</source>
        <translation>Team-Ledger</translation>
    </message>
    <message>
        <source>ledger_hash of row %1</source>
        <translation>ledger_hash der Zeile %1</translation>
    </message>
    <message>
        <source>Workstation chain</source>
        <translation>Arbeitsplatz-Kette</translation>
    </message>
    <message numerus="yes">
        <source>%1: journal entries %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1: Journaleinträge %2 bis %3 (%n Aufzeichnung dieses Upgrades)</numerusform>
            <numerusform>%1: Journaleinträge %2 bis %3 (%n Aufzeichnungen dieses Upgrades)</numerusform>
        </translation>
    </message>
    <message>
        <source>hash of entry %1</source>
        <translation>Hash des Eintrags %1</translation>
    </message>
    <message>
        <source>At export this workstation&apos;s journal ended at entry %1, hash %2.</source>
        <translation>Beim Export endete das Journal dieses Arbeitsplatzes mit Eintrag %1, Hash %2.</translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation>So wird geprüft</translation>
    </message>
    <message>
        <source>On a workstation with this profile, run:</source>
        <translation>Auf einem Arbeitsplatz mit diesem Profil ausführen:</translation>
    </message>
    <message>
        <source>It checks the local journal&apos;s chain and, when a team ledger is configured, both ledger chains (each workstation&apos;s and the ledger&apos;s own), and names the first record that does not match.</source>
        <translation>Der Befehl prüft die Kette des lokalen Journals und, wenn ein Team-Ledger eingerichtet ist, beide Ledger-Ketten (die jedes Arbeitsplatzes und die des Ledgers selbst), und nennt die erste Aufzeichnung, die nicht passt.</translation>
    </message>
    <message>
        <source>Each digest above is the hash of the last record of this upgrade in its chain, and commits to every record before it. The record with that number must carry exactly that hash.</source>
        <translation>Jede Prüfsumme oben ist der Hash der letzten Aufzeichnung dieses Upgrades in ihrer Kette und bindet jede Aufzeichnung davor. Die Aufzeichnung mit dieser Nummer muss genau diesen Hash tragen.</translation>
    </message>
    <message>
        <source>The JSON export of this change record carries the chain entries themselves; docs/records.md (&quot;Verifying an export&quot;) shows how to recompute them in a few lines. Copy the digests into the change ticket to anchor them.</source>
        <translation>Der JSON-Export dieses Änderungsprotokolls enthält die Ketteneinträge selbst; docs/records.md („Verifying an export“) zeigt, wie man sie in wenigen Zeilen nachrechnet. Kopieren Sie die Prüfsummen in das Change-Ticket, um sie zu verankern.</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>Upgrade %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation>Exportiert %1 von %2</translation>
    </message>
    <message>
        <source>by %1 at %2 (journal entry %3)</source>
        <translation>von %1 am %2 (Journaleintrag %3)</translation>
    </message>
    <message>
        <source>this workstation&apos;s journal only: the team ledger %1 could not be read (%2)</source>
        <translation>nur das Journal dieses Arbeitsplatzes: Das Team-Ledger %1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>The records of this upgrade in the team ledger %1, from every workstation, followed by this workstation&apos;s records not shipped to it yet.</source>
        <translation>Die Aufzeichnungen dieses Upgrades im Team-Ledger %1 von allen Arbeitsplätzen, gefolgt von den Aufzeichnungen dieses Arbeitsplatzes, die noch nicht dorthin übertragen wurden.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Unvollständig:</translation>
    </message>
    <message>
        <source>the team ledger %1 could not be read when this record was exported (%2). Only this workstation&apos;s records are listed; records other workstations made of this upgrade are missing. Export again when the ledger answers.</source>
        <translation>das Team-Ledger %1 konnte beim Export dieses Protokolls nicht gelesen werden (%2). Nur die Aufzeichnungen dieses Arbeitsplatzes sind aufgeführt; Aufzeichnungen anderer Arbeitsplätze zu diesem Upgrade fehlen. Exportieren Sie erneut, sobald das Ledger antwortet.</translation>
    </message>
    <message>
        <source>Ledger chain head</source>
        <translation>Kopf der Ledger-Kette</translation>
    </message>
    <message>
        <source>%1: the ledger&apos;s newest row when the records were read, row %2 (it commits to every row of the ledger up to it)</source>
        <translation>%1: die neueste Zeile des Ledgers beim Lesen der Aufzeichnungen, Zeile %2 (sie sichert jede Zeile des Ledgers bis zu ihr ab)</translation>
    </message>
    <message>
        <source>Four-eyes approval and emergency override</source>
        <translation>Vier-Augen-Freigabe und Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChangeRecordCheck</name>
    <message>
        <source>The change record cannot be verified: %1.</source>
        <translation>Der Änderungsnachweis kann nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>chain.entries[%1].%2 is not %3</source>
        <translation>chain.entries[%1].%2 ist nicht %3</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>er ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no chain object</source>
        <translation>er hat kein chain-Objekt</translation>
    </message>
    <message>
        <source>chain.entries is not a list of entries</source>
        <translation>chain.entries ist keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>chain.entries[%1] is not an object</source>
        <translation>chain.entries[%1] ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Portal login still works</source>
        <translation>Die Anmeldung am Portal funktioniert noch</translation>
    </message>
    <message>
        <source>One LLM-provider-backed request path works</source>
        <translation>Ein Anfragepfad über einen LLM-Anbieter funktioniert</translation>
    </message>
    <message>
        <source>One connector-backed path works</source>
        <translation>Ein Pfad über einen Connector funktioniert</translation>
    </message>
    <message>
        <source>Monitoring reflects a healthy steady state</source>
        <translation>Das Monitoring zeigt einen gesunden, stabilen Zustand</translation>
    </message>
    <message>
        <source>The license view is still accessible</source>
        <translation>Die Lizenzansicht ist noch erreichbar</translation>
    </message>
    <message>
        <source>The usage view is still accessible</source>
        <translation>Die Nutzungsansicht ist noch erreichbar</translation>
    </message>
    <message>
        <source>The deployment view is still accessible</source>
        <translation>Die Deployment-Ansicht ist noch erreichbar</translation>
    </message>
    <message>
        <source>Understand what happened from status and history</source>
        <translation>Aus Status und Historie verstehen, was passiert ist</translation>
    </message>
    <message>
        <source>Record the corrective deployment</source>
        <translation>Das korrigierende Deployment festhalten</translation>
    </message>
    <message>
        <source>The restored state passed the same checks</source>
        <translation>Der wiederhergestellte Zustand hat dieselben Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Run one request that goes through an LLM provider (the provider probe route).</source>
        <translation>Führen Sie eine Anfrage aus, die über einen LLM-Anbieter läuft (die Anbieter-Proberoute).</translation>
    </message>
    <message>
        <source>Run one request that goes through a connector (the connector probe route).</source>
        <translation>Führen Sie eine Anfrage aus, die über einen Connector läuft (die Connector-Proberoute).</translation>
    </message>
    <message>
        <source>Open the service dashboards and confirm the new state is steady: running count equals desired count, no failing tasks, error rate and latency back to normal. Write what you saw and attach a dashboard screenshot.</source>
        <translation>Öffnen Sie die Dashboards der Dienste und bestätigen Sie, dass der neue Zustand stabil ist: laufende Anzahl gleich Sollanzahl, keine fehlschlagenden Tasks, Fehlerrate und Latenz wieder normal. Schreiben Sie, was Sie gesehen haben, und hängen Sie einen Screenshot des Dashboards an.</translation>
    </message>
    <message>
        <source>Open the tenant&apos;s license view (the license route).</source>
        <translation>Öffnen Sie die Lizenzansicht des Mandanten (die Lizenzroute).</translation>
    </message>
    <message>
        <source>Open the tenant&apos;s usage view (the usage route).</source>
        <translation>Öffnen Sie die Nutzungsansicht des Mandanten (die Nutzungsroute).</translation>
    </message>
    <message>
        <source>Open the deployment history view (GET /api/v1/deployments/upgrades).</source>
        <translation>Öffnen Sie die Deployment-Historie (GET /api/v1/deployments/upgrades).</translation>
    </message>
    <message>
        <source>Read the upgrade&apos;s status and the history: which services failed, with which ECS rollout state and reason, and what ran before. Write down what happened.</source>
        <translation>Lesen Sie den Status der Aktualisierung und die Historie: Welche Dienste sind fehlgeschlagen, mit welchem ECS-Rollout-Zustand und Grund, und was lief vorher? Schreiben Sie auf, was passiert ist.</translation>
    </message>
    <message>
        <source>The portal has no rollback endpoint. Roll back or deploy the fix through your existing deployment process, then record here what was done, by whom, and its change or upgrade reference (a link if there is one).</source>
        <translation>Das Portal hat keinen Rollback-Endpunkt. Setzen Sie zurück oder spielen Sie die Korrektur über Ihren bestehenden Deployment-Prozess ein und halten Sie dann hier fest, was getan wurde, von wem und mit welcher Änderungs- oder Aktualisierungsreferenz (ein Link, falls vorhanden).</translation>
    </message>
    <message>
        <source>After the corrective deployment, run the checks above again (health, provider and connector paths) and confirm here that the restored state passed them.</source>
        <translation>Führen Sie nach dem korrigierenden Deployment die obigen Prüfungen erneut aus (Zustand, Anbieter- und Connector-Pfade) und bestätigen Sie hier, dass der wiederhergestellte Zustand sie bestanden hat.</translation>
    </message>
    <message>
        <source>Operators and customers must still be able to sign in; a portal restart can break sessions even when ECS reports success.</source>
        <translation>Operatoren und Kunden müssen sich weiterhin anmelden können; ein Neustart des Portals kann Sitzungen zerstören, auch wenn ECS Erfolg meldet.</translation>
    </message>
    <message>
        <source>The guide asks to verify one provider-backed path: &quot;upgrade request accepted&quot; is not &quot;rollout complete&quot;.</source>
        <translation>Der Leitfaden verlangt, einen Pfad über einen Anbieter zu prüfen: „Aktualisierungsanfrage angenommen“ ist nicht „Rollout abgeschlossen“.</translation>
    </message>
    <message>
        <source>Connector execution runs in the agent; a rollout can succeed while connectors fail.</source>
        <translation>Connectoren laufen im Agenten; ein Rollout kann gelingen, während Connectoren fehlschlagen.</translation>
    </message>
    <message>
        <source>The final status field only says the rollout finished; dashboards show whether the new state is healthy and steady.</source>
        <translation>Das Feld für den Endstatus sagt nur, dass der Rollout beendet ist; die Dashboards zeigen, ob der neue Zustand gesund und stabil ist.</translation>
    </message>
    <message>
        <source>The guide&apos;s validation matrix: license, usage and deployment views must still be accessible after the upgrade.</source>
        <translation>Die Validierungsmatrix des Leitfadens: Lizenz-, Nutzungs- und Deployment-Ansicht müssen nach der Aktualisierung noch erreichbar sein.</translation>
    </message>
    <message>
        <source>The guide&apos;s rollback guidance starts from the upgrade-status and upgrade-history views; a corrective action needs to know what actually failed.</source>
        <translation>Die Rollback-Anleitung des Leitfadens beginnt bei Status und Historie der Aktualisierungen; eine Korrektur muss wissen, was tatsächlich fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The change record must show how the platform was brought back, even though the action happened outside this console.</source>
        <translation>Das Änderungsprotokoll muss zeigen, wie die Plattform wiederhergestellt wurde, auch wenn dies außerhalb dieser Konsole geschah.</translation>
    </message>
    <message>
        <source>The guide asks to validate the restored state through the same health, provider and connector checks.</source>
        <translation>Der Leitfaden verlangt, den wiederhergestellten Zustand mit denselben Zustands-, Anbieter- und Connector-Prüfungen zu validieren.</translation>
    </message>
    <message>
        <source>Sign in to the portal once more with your portal identity: the console asks for your password, signs in with a separate session, checks that session with the session route and signs it out again. Your own session is not touched and the password is not kept.</source>
        <translation>Melden Sie sich mit Ihrer Portal-Identität noch einmal am Portal an: Die Konsole fragt nach Ihrem Passwort, meldet sich in einer eigenen Sitzung an, prüft diese Sitzung über die Sitzungsroute und meldet sie wieder ab. Ihre eigene Sitzung bleibt unberührt, und das Passwort wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChecklistRecorder</name>
    <message>
        <source>The record could not be written: %1</source>
        <translation>Der Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Upgrade %1 is %2: its checklist opens once it reaches a final state.</source>
        <translation>Aktualisierung %1 ist %2: Ihre Checkliste öffnet sich, sobald sie einen Endzustand erreicht.</translation>
    </message>
    <message>
        <source>not final</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Upgrade %1 has no open checklist.</source>
        <translation>Aktualisierung %1 hat keine offene Checkliste.</translation>
    </message>
    <message>
        <source>The checklist is signed off and cannot be edited; add an amendment instead.</source>
        <translation>Die Checkliste ist abgenommen und kann nicht bearbeitet werden; fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>Die Checkliste hat keinen Punkt „%1“.</translation>
    </message>
    <message>
        <source>A manual result needs a note: write what you checked and what you saw.</source>
        <translation>Ein manuelles Ergebnis braucht eine Notiz: Schreiben Sie, was Sie geprüft und was Sie gesehen haben.</translation>
    </message>
    <message>
        <source>The link is not a valid address (it needs a scheme such as https://).</source>
        <translation>Der Link ist keine gültige Adresse (er braucht ein Schema wie https://).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a result before sign-off.</source>
        <translation>
            <numerusform>%n Punkt braucht vor der Abnahme noch ein Ergebnis.</numerusform>
            <numerusform>%n Punkte brauchen vor der Abnahme noch ein Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to the portal to sign off: the sign-off records your portal identity.</source>
        <translation>Melden Sie sich am Portal an, um abzunehmen: Die Abnahme hält Ihre Portal-Identität fest.</translation>
    </message>
    <message>
        <source>An amendment needs a text that says what is corrected and why.</source>
        <translation>Ein Nachtrag braucht einen Text, der sagt, was korrigiert wird und warum.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The attachments folder cannot be created next to the local store.</source>
        <translation>Der Ordner für Anhänge kann neben dem lokalen Speicher nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The attachment could not be copied to %1: %2</source>
        <translation>Der Anhang konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than the %2 an attachment may have: attach a smaller file (for example a cropped screenshot) or link to it instead.</source>
        <translation>Der Anhang %1 ist größer als die %2, die ein Anhang haben darf: Hängen Sie eine kleinere Datei an (zum Beispiel einen zugeschnittenen Screenshot) oder verlinken Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>The stored attachment %1 was changed on disk and cannot be replaced.</source>
        <translation>Der gespeicherte Anhang %1 wurde auf der Festplatte verändert und kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Upgrade the services of the customer portal through its deployment API.</source>
        <translation>Die Dienste des Kundenportals über seine Deployment-API aktualisieren.</translation>
    </message>
    <message>
        <source>Demo account to sign in with: admin, operator or auditor.</source>
        <translation>Demo-Konto für die Anmeldung: admin, operator oder auditor.</translation>
    </message>
    <message>
        <source>How much faster demo rollouts run than real ones.</source>
        <translation>Wie viel schneller Demo-Rollouts als echte laufen.</translation>
    </message>
    <message>
        <source>Connection profile to open.</source>
        <translation>Zu öffnendes Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, fr); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de, fr); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Local store file (SQLite).</source>
        <translation>Datei des lokalen Speichers (SQLite).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--demo-time-scale needs a positive number
</source>
        <translation>--demo-time-scale braucht eine positive Zahl
</translation>
    </message>
    <message>
        <source>Start the demo portal (the portal-sim program beside the console) on a free loopback port and sign in with a demo account.</source>
        <translation>Das Demo-Portal (das Programm portal-sim neben der Konsole) auf einem freien Loopback-Port starten und mit einem Demo-Konto anmelden.</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>The ledger is broken at row %1 (workstation %2, record %3): %4.</source>
        <translation>Das Ledger ist in Zeile %1 gebrochen (Arbeitsplatz %2, Eintrag %3): %4.</translation>
    </message>
    <message>
        <source>row %1 is missing</source>
        <translation>Zeile %1 fehlt</translation>
    </message>
    <message>
        <source>it does not link to the row before it</source>
        <translation>sie verweist nicht auf die Zeile davor</translation>
    </message>
    <message>
        <source>its ledger hash does not match (changed after it was written)</source>
        <translation>ihr Ledger-Hash stimmt nicht (nach dem Schreiben geändert)</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>ihr Inhalt wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the workstation&apos;s record %1 is missing</source>
        <translation>Eintrag %1 des Arbeitsplatzes fehlt</translation>
    </message>
    <message>
        <source>it does not link to the workstation&apos;s record before it</source>
        <translation>sie verweist nicht auf den vorigen Eintrag des Arbeitsplatzes</translation>
    </message>
    <message>
        <source>its columns do not match its own content</source>
        <translation>ihre Spalten passen nicht zu ihrem eigenen Inhalt</translation>
    </message>
    <message>
        <source>The ledger could not be read to verify it: %1</source>
        <translation>Das Ledger konnte zum Prüfen nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ledger has no records yet.</source>
        <translation>Das Ledger enthält noch keine Einträge.</translation>
    </message>
    <message>
        <source>All %1 ledger rows from %2 workstation(s) verified.</source>
        <translation>Alle %1 Ledger-Zeilen von %2 Arbeitsplätzen geprüft.</translation>
    </message>
</context>
<context>
    <name>ProductionGate</name>
    <message>
        <source>This profile has no team ledger, and production upgrades are refused without one: the approvals, change windows and freezes live there.</source>
        <translation>Dieses Profil hat kein Team-Ledger, und Produktions-Upgrades werden ohne eines abgelehnt: Dort liegen die Freigaben, Änderungsfenster und Änderungssperren.</translation>
    </message>
    <message>
        <source>This profile has no team ledger: no approval, change window or freeze was checked.</source>
        <translation>Dieses Profil hat kein Team-Ledger: Keine Freigabe, kein Änderungsfenster und keine Änderungssperre wurde geprüft.</translation>
    </message>
    <message>
        <source>The team ledger could not be read, so the approvals, change windows and freezes cannot be checked: production upgrades wait until it can be read.</source>
        <translation>Das Team-Ledger konnte nicht gelesen werden, daher können Freigaben, Änderungsfenster und Änderungssperren nicht geprüft werden: Produktions-Upgrades warten, bis es lesbar ist.</translation>
    </message>
    <message>
        <source>The team ledger could not be read: no approval, change window or freeze was checked.</source>
        <translation>Das Team-Ledger konnte nicht gelesen werden: Keine Freigabe, kein Änderungsfenster und keine Änderungssperre wurde geprüft.</translation>
    </message>
    <message>
        <source>Emergency override approved by %1: %2</source>
        <translation>Notfall-Übersteuerung freigegeben von %1: %2</translation>
    </message>
    <message>
        <source>The emergency override does not count: %1</source>
        <translation>Die Notfall-Übersteuerung gilt nicht: %1</translation>
    </message>
    <message>
        <source>This upgrade may go now.</source>
        <translation>Dieses Upgrade darf jetzt starten.</translation>
    </message>
    <message>
        <source>it names no lead</source>
        <translation>sie nennt keine verantwortliche Leitung</translation>
    </message>
    <message>
        <source>it was given for another upgrade than this one</source>
        <translation>sie wurde für ein anderes Upgrade erteilt</translation>
    </message>
    <message>
        <source>%1 cannot approve an override of their own upgrade</source>
        <translation>%1 kann keine Übersteuerung für das eigene Upgrade freigeben</translation>
    </message>
    <message>
        <source>%1&apos;s role &quot;%2&quot; may not approve overrides (%3 may)</source>
        <translation>Die Rolle „%2“ von %1 darf keine Übersteuerungen freigeben (%3 darf es)</translation>
    </message>
    <message numerus="yes">
        <source>it needs a written reason of at least %n characters</source>
        <translation>
            <numerusform>sie braucht eine schriftliche Begründung von mindestens %n Zeichen</numerusform>
            <numerusform>sie braucht eine schriftliche Begründung von mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>it is dated in the future</source>
        <translation>sie ist in die Zukunft datiert</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>sie ist abgelaufen</translation>
    </message>
    <message>
        <source>The approval request was filed for environment %1; this trigger goes to %2: file a new request for it.</source>
        <translation>Die Freigabeanfrage wurde für die Umgebung %1 gestellt; diese Auslösung geht an %2: Stellen Sie dafür eine neue Anfrage.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Resumed watching %n upgrade(s)</source>
        <translation>
            <numerusform>Beobachtung von %n Aktualisierung fortgesetzt</numerusform>
            <numerusform>Beobachtung von %n Aktualisierungen fortgesetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordJournal</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>Eintrag %1 verweist nicht auf den Eintrag davor</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>entry %1 does not match its own content</source>
        <translation>Eintrag %1 passt nicht zu seinem eigenen Inhalt</translation>
    </message>
    <message>
        <source>The record chain is broken: %1.</source>
        <translation>Die Protokollkette ist unterbrochen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) verified.</source>
        <translation>
            <numerusform>%n Eintrag geprüft.</numerusform>
            <numerusform>Alle %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local records yet.</source>
        <translation>Noch keine lokalen Einträge.</translation>
    </message>
    <message>
        <source>The records could not be read to verify them: %1</source>
        <translation>Die Einträge konnten zur Prüfung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The local store %1 is full (no space left on its disk, or a size limit reached): this record was not written and nothing that needs it was done. Free some disk space and try again; every record written before is kept.</source>
        <translation>Der lokale Speicher %1 ist voll (kein Platz mehr auf seinem Datenträger oder eine Größengrenze erreicht): Diese Aufzeichnung wurde nicht geschrieben, und nichts, was sie braucht, wurde getan. Geben Sie Speicherplatz frei und versuchen Sie es erneut; jede zuvor geschriebene Aufzeichnung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SafeguardBookText</name>
    <message>
        <source>only a platform lead (portal role admin) may set the policy; this was written with role &quot;%1&quot;</source>
        <translation>nur eine Plattformleitung (Portalrolle admin) darf die Richtlinie festlegen; dies wurde mit der Rolle „%1“ geschrieben</translation>
    </message>
    <message>
        <source>the record cannot be read: %1</source>
        <translation>die Aufzeichnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the id %1 was used by an earlier record</source>
        <translation>die ID %1 wurde bereits von einer früheren Aufzeichnung verwendet</translation>
    </message>
    <message>
        <source>its content hash is not the hash of the trigger it names</source>
        <translation>ihr Inhalts-Hash ist nicht der Hash der Auslösung, die sie nennt</translation>
    </message>
    <message>
        <source>the lead it names is not the person who wrote it</source>
        <translation>die genannte Leitung ist nicht die Person, die sie geschrieben hat</translation>
    </message>
</context>
<context>
    <name>SafeguardCli</name>
    <message>
        <source>this profile has no team ledger, and approvals and the policy live there (&apos;deployctl ledger set&apos;)</source>
        <translation>dieses Profil hat kein Team-Ledger, und Freigaben und die Richtlinie liegen dort (&apos;deployctl ledger set&apos;)</translation>
    </message>
    <message>
        <source>no ledger password: &apos;deployctl ledger password&apos; keeps one</source>
        <translation>kein Ledger-Passwort: &apos;deployctl ledger password&apos; speichert eines</translation>
    </message>
    <message>
        <source>the team ledger could not be read: %1</source>
        <translation>das Team-Ledger konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>approval request|approve ID|reject ID|override ID|list, or policy show|set</source>
        <translation>approval request|approve ID|reject ID|override ID|list oder policy show|set</translation>
    </message>
    <message>
        <source>approval %1 needs the request id</source>
        <translation>approval %1 braucht die ID der Anfrage</translation>
    </message>
    <message>
        <source>approval request needs --service</source>
        <translation>approval request braucht --service</translation>
    </message>
    <message>
        <source>%1: not a time (2026-12-07T18:00:00Z)</source>
        <translation>%1: keine Zeitangabe (2026-12-07T18:00:00Z)</translation>
    </message>
    <message>
        <source>policy set needs --file F and --reason R</source>
        <translation>policy set braucht --file F und --reason R</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: recorded here, not yet in the team ledger (%1); it ships with &apos;deployctl ledger ship&apos; or the console</source>
        <translation>Warnung: hier aufgezeichnet, noch nicht im Team-Ledger (%1); die Übertragung erfolgt mit &apos;deployctl ledger ship&apos; oder über die Konsole</translation>
    </message>
    <message>
        <source>Approval request %1 filed. %2</source>
        <translation>Freigabeanfrage %1 gestellt. %2</translation>
    </message>
    <message>
        <source>Approved request %1. %2</source>
        <translation>Anfrage %1 freigegeben. %2</translation>
    </message>
    <message>
        <source>Rejected request %1. %2</source>
        <translation>Anfrage %1 abgelehnt. %2</translation>
    </message>
    <message>
        <source>Emergency override %1 given for request %2 (deployctl upgrade --approval %2 --emergency-override %1).</source>
        <translation>Notfall-Übersteuerung %1 für Anfrage %2 erteilt (deployctl upgrade --approval %2 --emergency-override %1).</translation>
    </message>
    <message>
        <source>The policy is set.</source>
        <translation>Die Richtlinie ist festgelegt.</translation>
    </message>
    <message>
        <source>No policy has been set: the defaults apply (docs/policy.md).</source>
        <translation>Es wurde keine Richtlinie festgelegt: Es gelten die Standardwerte (docs/policy.md).</translation>
    </message>
    <message>
        <source>Set by %1 at %2: %3</source>
        <translation>Festgelegt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Ignored %1 by %2: %3</source>
        <translation>%1 von %2 ignoriert: %3</translation>
    </message>
    <message>
        <source>No approval requests.</source>
        <translation>Keine Freigabeanfragen.</translation>
    </message>
</context>
<context>
    <name>SafeguardRecordText</name>
    <message>
        <source>it has no %1</source>
        <translation>ihr fehlt %1</translation>
    </message>
    <message>
        <source>its policy cannot be read: %1</source>
        <translation>ihre Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its scope &quot;%1&quot; is not a service</source>
        <translation>ihr Umfang „%1“ ist kein Dienst</translation>
    </message>
    <message>
        <source>its decision &quot;%1&quot; is not approve or reject</source>
        <translation>ihre Entscheidung „%1“ ist weder approve noch reject</translation>
    </message>
    <message>
        <source>its %1 is not an ISO 8601 time</source>
        <translation>ihr Feld %1 ist keine ISO-8601-Zeit</translation>
    </message>
</context>
<context>
    <name>SafeguardText</name>
    <message>
        <source>Waiting for You</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Approval requests waiting for you</source>
        <translation>Freigabeanfragen, die auf Sie warten</translation>
    </message>
    <message>
        <source>Emergency &amp;Override…</source>
        <translation>&amp;Notfall-Übersteuerung …</translation>
    </message>
    <message>
        <source>Give an emergency override for the selected request&apos;s upgrade</source>
        <translation>Eine Notfall-Übersteuerung für das Upgrade der gewählten Anfrage erteilen</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Request Not Filed</source>
        <translation>Anfrage nicht gestellt</translation>
    </message>
    <message>
        <source>Policy Not Saved</source>
        <translation>Richtlinie nicht gespeichert</translation>
    </message>
    <message>
        <source>Portal Deployment Console: approvals</source>
        <translation>Portal Deployment Console: Freigaben</translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) waiting for you</source>
        <translation>
            <numerusform>%n Freigabeanfrage wartet auf Sie</numerusform>
            <numerusform>%n Freigabeanfragen warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to upgrade %2 to %3 (%4). %n request(s) wait for you.</source>
        <translation>
            <numerusform>%1 bittet um ein Upgrade von %2 auf %3 (%4). %n Anfrage wartet auf Sie.</numerusform>
            <numerusform>%1 bittet um ein Upgrade von %2 auf %3 (%4). %n Anfragen warten auf Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals &amp;Waiting for You…</source>
        <translation>Auf Sie &amp;wartende Freigaben …</translation>
    </message>
    <message>
        <source>Safe&amp;guards Policy…</source>
        <translation>&amp;Richtlinie der Schutzmaßnahmen …</translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message>
        <source>Sign in first: who acts and with which role comes from the portal session.</source>
        <translation>Melden Sie sich zuerst an: Wer handelt und mit welcher Rolle, ergibt sich aus der Portalsitzung.</translation>
    </message>
    <message>
        <source>The local records are not open, so nothing can be recorded.</source>
        <translation>Die lokalen Aufzeichnungen sind nicht geöffnet, daher kann nichts aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Es wurde nichts aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service: agent, orchestrator, customer-portal or all.</source>
        <translation>„%1“ ist kein Dienst: agent, orchestrator, customer-portal oder all.</translation>
    </message>
    <message>
        <source>The request names no tenant: the profile has none.</source>
        <translation>Die Anfrage nennt keinen Mandanten: Das Profil hat keinen.</translation>
    </message>
    <message>
        <source>The planned window ends before it begins.</source>
        <translation>Das geplante Zeitfenster endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>The planned window has already ended.</source>
        <translation>Das geplante Zeitfenster ist bereits abgelaufen.</translation>
    </message>
    <message>
        <source>There is no approval request %1.</source>
        <translation>Es gibt keine Freigabeanfrage %1.</translation>
    </message>
    <message>
        <source>You filed request %1 yourself: another person must approve or reject it.</source>
        <translation>Sie haben Anfrage %1 selbst gestellt: Eine andere Person muss sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>You filed request %1 yourself: another person must give the emergency override.</source>
        <translation>Sie haben Anfrage %1 selbst gestellt: Eine andere Person muss die Notfall-Übersteuerung erteilen.</translation>
    </message>
    <message>
        <source>Your portal role &quot;%1&quot; may not decide this request: the policy names %2.</source>
        <translation>Ihre Portalrolle „%1“ darf über diese Anfrage nicht entscheiden: Die Richtlinie nennt %2.</translation>
    </message>
    <message>
        <source>Your portal role &quot;%1&quot; may not give an emergency override: the policy names %2.</source>
        <translation>Ihre Portalrolle „%1“ darf keine Notfall-Übersteuerung erteilen: Die Richtlinie nennt %2.</translation>
    </message>
    <message numerus="yes">
        <source>An emergency override needs a written reason of at least %n characters.</source>
        <translation>
            <numerusform>Eine Notfall-Übersteuerung braucht eine schriftliche Begründung von mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Notfall-Übersteuerung braucht eine schriftliche Begründung von mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a platform lead (portal role admin) may set the policy; your role is &quot;%1&quot;.</source>
        <translation>Nur eine Plattformleitung (Portalrolle admin) darf die Richtlinie festlegen; Ihre Rolle ist „%1“.</translation>
    </message>
    <message>
        <source>The policy cannot be stored: %1</source>
        <translation>Die Richtlinie kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>WindowBanner</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>day and date, time, zone: Mon 6 Jan 09:00 Europe/Berlin</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, zone: 22:00 Europe/Berlin</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an instant in the window&apos;s zone, then in the viewer&apos;s</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No change window applies: upgrades may go at any time</source>
        <translation>Kein Änderungsfenster gilt: Upgrades dürfen jederzeit starten</translation>
    </message>
    <message>
        <source>Change window open until %1</source>
        <translation>Änderungsfenster offen bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Outside every change window: none opens in the next %n day(s)</source>
        <translation>
            <numerusform>Außerhalb jedes Änderungsfensters: Innerhalb von %n Tag öffnet keines</numerusform>
            <numerusform>Außerhalb jedes Änderungsfensters: Innerhalb von %n Tagen öffnet keines</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside every change window: the next opens %1</source>
        <translation>Außerhalb jedes Änderungsfensters: Das nächste öffnet %1</translation>
    </message>
    <message>
        <source>FROZEN until %1: %2</source>
        <translation>GESPERRT bis %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Portal-Deployment-Konsole</translation>
    </message>
</context>
<context>
    <name>pdc::ActiveArea</name>
    <message>
        <source>Active upgrades</source>
        <translation>Laufende Aktualisierungen</translation>
    </message>
    <message>
        <source>No upgrades are being watched</source>
        <translation>Es werden keine Aktualisierungen beobachtet</translation>
    </message>
    <message>
        <source>Upgrades you start or open from History are watched here until they finish. Watches resume after the console restarts.</source>
        <translation>Aktualisierungen, die Sie starten oder aus der Historie öffnen, werden hier beobachtet, bis sie enden. Beobachtungen laufen nach einem Neustart der Konsole weiter.</translation>
    </message>
    <message>
        <source>Watched upgrades</source>
        <translation>Beobachtete Aktualisierungen</translation>
    </message>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Portal-Deployment-Konsole</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Upgrade %1: %2</source>
        <translation>Aktualisierung %1: %2</translation>
    </message>
    <message>
        <source>Finished. Validate it with the checklist.</source>
        <translation>Beendet. Validieren Sie sie mit der Checkliste.</translation>
    </message>
    <message>
        <source>Finished with %1. See the guidance in the Active area.</source>
        <translation>Beendet mit %1. Siehe die Hinweise im Bereich Laufend.</translation>
    </message>
    <message>
        <source>%1 — %2 Press “Start Validation Checklist” when ready.</source>
        <translation>%1 — %2 Drücken Sie „Validierungs-Checkliste starten“, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Ended in a state this console does not know. Check the services in the Active area and the portal.</source>
        <translation>In einem Zustand beendet, den diese Konsole nicht kennt. Prüfen Sie die Dienste im Bereich „Laufend“ und das Portal.</translation>
    </message>
</context>
<context>
    <name>pdc::AmendmentDialog</name>
    <message>
        <source>Amend the signed checklist</source>
        <translation>Die abgenommene Checkliste ergänzen</translation>
    </message>
    <message>
        <source>The signed record of upgrade %1 is not changed. The amendment is appended with your name and the time, and is part of every export.</source>
        <translation>Das abgenommene Protokoll der Aktualisierung %1 wird nicht verändert. Der Nachtrag wird mit Ihrem Namen und der Uhrzeit angehängt und ist Teil jedes Exports.</translation>
    </message>
    <message>
        <source>The whole checklist</source>
        <translation>Die gesamte Checkliste</translation>
    </message>
    <message>
        <source>&amp;Corrects:</source>
        <translation>&amp;Korrigiert:</translation>
    </message>
    <message>
        <source>What is corrected, and why (required)</source>
        <translation>Was korrigiert wird und warum (Pflicht)</translation>
    </message>
    <message>
        <source>Amendment text (required)</source>
        <translation>Text des Nachtrags (Pflicht)</translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation>&amp;Nachtrag:</translation>
    </message>
    <message>
        <source>A&amp;ppend amendment</source>
        <translation>Nachtrag an&amp;fügen</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalDecisionDialog</name>
    <message>
        <source>Emergency override</source>
        <translation>Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>Approve or reject a request</source>
        <translation>Anfrage freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>An emergency override lets exactly this upgrade go outside its change window or during a freeze. It does not replace the four-eyes approval.</source>
        <translation>Eine Notfall-Übersteuerung lässt genau dieses Upgrade außerhalb seines Änderungsfensters oder während einer Änderungssperre laufen. Sie ersetzt nicht die Vier-Augen-Freigabe.</translation>
    </message>
    <message>
        <source>%1
An emergency override lets exactly this upgrade go now. It does not replace the four-eyes approval.</source>
        <translation>%1
Eine Notfall-Übersteuerung lässt genau dieses Upgrade jetzt laufen. Sie ersetzt nicht die Vier-Augen-Freigabe.</translation>
    </message>
    <message>
        <source>Your decision counts for exactly this upgrade (its content hash). Your name and portal role are recorded with it.</source>
        <translation>Ihre Entscheidung gilt für genau dieses Upgrade (seinen Inhalts-Hash). Ihr Name und Ihre Portalrolle werden mit ihr aufgezeichnet.</translation>
    </message>
    <message>
        <source>Requested by %1, filed %2</source>
        <translation>Angefragt von %1, gestellt %2</translation>
    </message>
    <message>
        <source>Request %1 by %2, filed %3</source>
        <translation>Anfrage %1 von %2, gestellt %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Geplant: %1 bis %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>Planned: no window given</source>
        <translation>Geplant: kein Zeitfenster angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Why this cannot wait (at least %n characters)</source>
        <translation>
            <numerusform>Warum dies nicht warten kann (mindestens %n Zeichen)</numerusform>
            <numerusform>Warum dies nicht warten kann (mindestens %n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Override reason (required, at least %n characters)</source>
        <translation>
            <numerusform>Begründung der Übersteuerung (Pflicht, mindestens %n Zeichen)</numerusform>
            <numerusform>Begründung der Übersteuerung (Pflicht, mindestens %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reason (required to reject)</source>
        <translation>Ihre Begründung (Pflicht bei Ablehnung)</translation>
    </message>
    <message>
        <source>Decision reason (required to reject)</source>
        <translation>Begründung der Entscheidung (Pflicht bei Ablehnung)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Approve override</source>
        <translation>Übersteuerung &amp;freigeben</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message numerus="yes">
        <source>An override needs a written reason of at least %n characters (%1 so far).</source>
        <translation>
            <numerusform>Eine Übersteuerung braucht eine schriftliche Begründung von mindestens %n Zeichen (bisher %1).</numerusform>
            <numerusform>Eine Übersteuerung braucht eine schriftliche Begründung von mindestens %n Zeichen (bisher %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why you reject it: the requester reads it.</source>
        <translation>Schreiben Sie, warum Sie ablehnen: Die anfragende Person liest es.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalPanel</name>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Safeguards: four-eyes approval</source>
        <translation>Schutzmaßnahmen: Vier-Augen-Freigabe</translation>
    </message>
    <message>
        <source>Approvals that count</source>
        <translation>Gültige Freigaben</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>What stops or qualifies this upgrade:</source>
        <translation>Was dieses Upgrade aufhält oder einschränkt:</translation>
    </message>
    <message>
        <source>Blockers and warnings</source>
        <translation>Hindernisse und Warnungen</translation>
    </message>
    <message>
        <source>Request approval of this upgrade from another person</source>
        <translation>Freigabe dieses Upgrades bei einer anderen Person anfragen</translation>
    </message>
    <message>
        <source>Ask a lead for an emergency override of the change window or freeze</source>
        <translation>Eine Leitung um eine Notfall-Übersteuerung des Änderungsfensters oder der Änderungssperre bitten</translation>
    </message>
    <message>
        <source>Choose a scope and version to see what this upgrade needs</source>
        <translation>Wählen Sie Umfang und Version, um zu sehen, was dieses Upgrade braucht</translation>
    </message>
    <message>
        <source>This upgrade may go</source>
        <translation>Dieses Upgrade darf starten</translation>
    </message>
    <message>
        <source>This upgrade may go, with warnings</source>
        <translation>Dieses Upgrade darf starten, mit Warnungen</translation>
    </message>
    <message>
        <source>This upgrade may not go yet</source>
        <translation>Dieses Upgrade darf noch nicht starten</translation>
    </message>
    <message>
        <source>Approvals not checked: no readable team ledger</source>
        <translation>Freigaben nicht geprüft: kein lesbares Team-Ledger</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Approval state: %1</source>
        <translation>Freigabestatus: %1</translation>
    </message>
    <message>
        <source>Request %1 by %2, filed %3, for %4 %5 on %6 (hash %7)</source>
        <translation>Anfrage %1 von %2, gestellt %3, für %4 %5 auf %6 (Hash %7)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Geplant: %1 bis %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>Content hash %1</source>
        <translation>Inhalts-Hash %1</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %1 of %2 — %n more needed</source>
        <translation>
            <numerusform>Freigaben: %1 von %2 — %n weitere nötig</numerusform>
            <numerusform>Freigaben: %1 von %2 — %n weitere nötig</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals: %1 of %2 — none more needed</source>
        <translation>Freigaben: %1 von %2 — keine weitere nötig</translation>
    </message>
    <message>
        <source>The approval expires %1</source>
        <translation>Die Freigabe läuft ab: %1</translation>
    </message>
    <message>
        <source>The approval expired %1</source>
        <translation>Die Freigabe ist abgelaufen: %1</translation>
    </message>
    <message>
        <source>The first approval lapses %1</source>
        <translation>Die erste Freigabe verfällt: %1</translation>
    </message>
    <message>
        <source>Rejected by %1 (%2) %3: %4</source>
        <translation>Abgelehnt von %1 (%2) %3: %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>glyph, sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Hindernis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>≠ Differs from the request: %1</source>
        <translation>≠ Weicht von der Anfrage ab: %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>%1 The emergency override does not count: %2</source>
        <translation>%1 Die Notfall-Übersteuerung gilt nicht: %2</translation>
    </message>
    <message>
        <source>Req&amp;uest approval…</source>
        <translation>Freigabe f&amp;ür dieses Upgrade anfragen …</translation>
    </message>
    <message>
        <source>Emergency override…</source>
        <translation>Notfall-Übersteuerung …</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueModel</name>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>braucht %n weitere</numerusform>
            <numerusform>braucht %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>approved, planned window not begun</source>
        <translation>freigegeben, geplantes Zeitfenster noch nicht begonnen</translation>
    </message>
    <message>
        <source>no approval needed</source>
        <translation>keine Freigabe nötig</translation>
    </message>
    <message>
        <source>for another upgrade</source>
        <translation>für ein anderes Upgrade</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1 %2, forced</source>
        <translation>%1 %2, erzwungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, zone</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — your request: not yours to approve</source>
        <translation>%1 — Ihre Anfrage: Sie können sie nicht selbst freigeben</translation>
    </message>
    <message>
        <source>%1 — you decided</source>
        <translation>%1 — Sie haben entschieden</translation>
    </message>
    <message>
        <source>You filed this request; another person must approve it.</source>
        <translation>Sie haben diese Anfrage gestellt; eine andere Person muss sie freigeben.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Scope and version</source>
        <translation>Umfang und Version</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueView</name>
    <message>
        <source>Approval requests waiting for you</source>
        <translation>Freigabeanfragen, die auf Sie warten</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Freigabeanfragen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Die ausgewählte Anfrage freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Die ausgewählte Anfrage ablehnen</translation>
    </message>
    <message>
        <source>&amp;Waiting for you: nothing</source>
        <translation>&amp;Wartet auf Sie: nichts</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Waiting for you: %n request(s)</source>
        <translation>
            <numerusform>&amp;Wartet auf Sie: %n Anfrage</numerusform>
            <numerusform>&amp;Wartet auf Sie: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No approval request is open.</source>
        <translation>Keine Freigabeanfrage ist offen.</translation>
    </message>
    <message>
        <source>Select a request to approve or reject it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie freizugeben oder abzulehnen.</translation>
    </message>
    <message>
        <source>You filed this request: another person must approve or reject it.</source>
        <translation>Sie haben diese Anfrage gestellt: Eine andere Person muss sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>This request can no longer be decided: %1.</source>
        <translation>Über diese Anfrage kann nicht mehr entschieden werden: %1.</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalRequestDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Freigabe anfragen</translation>
    </message>
    <message>
        <source>Another person approves exactly this upgrade. Any change to tenant, scope, version or the force flag needs a new approval.</source>
        <translation>Eine andere Person gibt genau dieses Upgrade frei. Jede Änderung an Mandant, Umfang, Version oder an der Option „Neues Deployment erzwingen“ braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>Why this upgrade, and why now (required)</source>
        <translation>Warum dieses Upgrade, und warum jetzt (Pflicht)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (Pflicht)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Plan a window (times in %1)</source>
        <translation>Zeitfenster &amp;planen (Zeiten in %1)</translation>
    </message>
    <message>
        <source>Planned from, in %1</source>
        <translation>Geplant ab, in %1</translation>
    </message>
    <message>
        <source>Planned until, in %1</source>
        <translation>Geplant bis, in %1</translation>
    </message>
    <message>
        <source>&amp;From (%1):</source>
        <translation>&amp;Von (%1):</translation>
    </message>
    <message>
        <source>&amp;Until (%1):</source>
        <translation>B&amp;is (%1):</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>Write a reason: the approver reads it.</source>
        <translation>Schreiben Sie eine Begründung: Die freigebende Person liest sie.</translation>
    </message>
    <message>
        <source>The planned window ends before it starts.</source>
        <translation>Das geplante Zeitfenster endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Planned from %1 until %2</source>
        <translation>Geplant von %1 bis %2</translation>
    </message>
    <message>
        <source>No planned window: the approval is valid for as long as the policy says.</source>
        <translation>Kein geplantes Zeitfenster: Die Freigabe gilt so lange, wie die Richtlinie es vorsieht.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>pdc::ChangeWindowBanner</name>
    <message>
        <source>%1 — lifted by an emergency override of %2: %3</source>
        <translation>%1 — aufgehoben durch eine Notfall-Übersteuerung von %2: %3</translation>
    </message>
    <message>
        <source>Team ledger unreachable: safeguards not checked; production upgrades are refused until it can be read</source>
        <translation>Team-Ledger nicht erreichbar: Schutzmaßnahmen nicht geprüft; Produktions-Upgrades werden abgelehnt, bis es gelesen werden kann</translation>
    </message>
    <message>
        <source>Team ledger unreachable: safeguards not checked</source>
        <translation>Team-Ledger nicht erreichbar: Schutzmaßnahmen nicht geprüft</translation>
    </message>
    <message>
        <source>No team ledger: safeguards not checked; production upgrades are refused</source>
        <translation>Kein Team-Ledger: Schutzmaßnahmen nicht geprüft; Produktions-Upgrades werden abgelehnt</translation>
    </message>
    <message>
        <source>No team ledger: safeguards not checked</source>
        <translation>Kein Team-Ledger: Schutzmaßnahmen nicht geprüft</translation>
    </message>
    <message>
        <source>Change windows not known yet</source>
        <translation>Änderungsfenster noch nicht bekannt</translation>
    </message>
    <message>
        <source>Change window: %1</source>
        <translation>Änderungsfenster: %1</translation>
    </message>
</context>
<context>
    <name>pdc::ChecklistItemRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>The console runs a probe and records its evidence.</source>
        <translation>Die Konsole führt eine Probe aus und hält deren Nachweis fest.</translation>
    </message>
    <message>
        <source>You check this yourself and record pass or fail with a note.</source>
        <translation>Sie prüfen dies selbst und erfassen Bestehen oder Fehlschlag mit einer Notiz.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Response excerpt of %1</source>
        <translation>Antwortauszug von %1</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Prüfung ausführen</translation>
    </message>
    <message>
        <source>Run the check: %1</source>
        <translation>Die Prüfung ausführen: %1</translation>
    </message>
    <message>
        <source>Pass…</source>
        <translation>Bestanden …</translation>
    </message>
    <message>
        <source>Record a pass with a note: %1</source>
        <translation>Ein Bestehen mit Notiz erfassen: %1</translation>
    </message>
    <message>
        <source>Fail…</source>
        <translation>Fehlgeschlagen …</translation>
    </message>
    <message>
        <source>Record a failure with a note: %1</source>
        <translation>Einen Fehlschlag mit Notiz erfassen: %1</translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation>Checklistenpunkt %1: %2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ BESTANDEN</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Result of %1: %2</source>
        <translation>Ergebnis von %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Attachment: %1 (SHA-256 %2…)</source>
        <translation>Anhang: %1 (SHA-256 %2 …)</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Erfasst von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s) kept in the record</source>
        <translation>
            <numerusform>%n früherer Versuch im Protokoll erhalten</numerusform>
            <numerusform>%n frühere Versuche im Protokoll erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run check</source>
        <translation>Prüfung wiederholen</translation>
    </message>
</context>
<context>
    <name>pdc::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION</source>
        <translation>⚠ PRODUKTION</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <source>DEVELOPMENT</source>
        <translation>ENTWICKLUNG</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>No portal connection. Choose a profile to connect.</source>
        <translation>Keine Portalverbindung. Wählen Sie ein Profil, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt; • tenant &lt;b&gt;%2&lt;/b&gt; • %3 • %4</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt; • Mandant &lt;b&gt;%2&lt;/b&gt; • %3 • %4</translation>
    </message>
    <message>
        <source>⚠ The portal reports tenant %1 (%2)</source>
        <translation>⚠ Das Portal meldet Mandant %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pdc::ConsoleApp</name>
    <message>
        <source>The local store cannot be opened: %1</source>
        <translation>Der lokale Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The local records cannot be opened: %1</source>
        <translation>Die lokalen Protokolle können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Das Demo-Portal konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation>Demo-Portal</translation>
    </message>
    <message>
        <source>Signing in to the demo portal at %1…</source>
        <translation>Anmeldung am Demo-Portal unter %1 …</translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation>Demo-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in to the demo portal</source>
        <translation>Am Demo-Portal angemeldet</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the session is kept in memory only.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1); die Sitzung wird nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in again as %1; watches resume.</source>
        <translation>Erneut angemeldet als %1; Beobachtungen laufen weiter.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>The demo portal has stopped (%1).</source>
        <translation>Das Demo-Portal wurde beendet (%1).</translation>
    </message>
    <message>
        <source>Saving the ledger password in the keychain…</source>
        <translation>Ledger-Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The ledger password for %1 is in the keychain; reconnect the profile to ship with it.</source>
        <translation>Das Ledger-Passwort für %1 liegt im Schlüsselbund; verbinden Sie das Profil neu, um damit zu übertragen.</translation>
    </message>
    <message>
        <source>The ledger password could not be saved in the keychain: %1</source>
        <translation>Das Ledger-Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>pdc::DemoPortal</name>
    <message>
        <source>there is no portal-sim program at %1</source>
        <translation>unter %1 gibt es kein Programm portal-sim</translation>
    </message>
    <message>
        <source>no temporary folder for its data: %1</source>
        <translation>kein temporärer Ordner für seine Daten: %1</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>es ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>%1 exited before it was ready: %2</source>
        <translation>%1 wurde beendet, bevor es bereit war: %2</translation>
    </message>
    <message>
        <source>%1 did not report its address within %2 seconds</source>
        <translation>%1 hat seine Adresse nicht innerhalb von %2 Sekunden gemeldet</translation>
    </message>
    <message>
        <source>%1 announced an unexpected address: %2</source>
        <translation>%1 hat eine unerwartete Adresse gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 does not answer at %2</source>
        <translation>%1 antwortet nicht unter %2</translation>
    </message>
</context>
<context>
    <name>pdc::ElapsedLabel</name>
    <message>
        <source>%1 (%2 s)</source>
        <extracomment>%1 what the console waits for (&quot;Signing in…&quot;), %2 whole seconds since it started</extracomment>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>pdc::GuidancePanel</name>
    <message>
        <source>What to do after a partial or failed upgrade</source>
        <translation>Was nach einer teilweisen oder fehlgeschlagenen Aktualisierung zu tun ist</translation>
    </message>
    <message>
        <source>Dashboard links</source>
        <translation>Dashboard-Links</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rollback:&lt;/b&gt; the deployment API has no rollback endpoint. &lt;ol&gt;&lt;li&gt;Use this status and the History area to understand what happened.&lt;/li&gt;&lt;li&gt;Coordinate the rollback or corrective deployment through your existing deployment process.&lt;/li&gt;&lt;li&gt;Validate the restored state with the same checks: health, one provider-backed path and one connector-backed path.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Rollback:&lt;/b&gt; Die Deployment-API hat keinen Rollback-Endpunkt. &lt;ol&gt;&lt;li&gt;Verstehen Sie anhand dieses Status und des Bereichs Historie, was passiert ist.&lt;/li&gt;&lt;li&gt;Koordinieren Sie das Rollback oder das korrigierende Deployment über Ihren bestehenden Deployment-Prozess.&lt;/li&gt;&lt;li&gt;Validieren Sie den wiederhergestellten Zustand mit denselben Prüfungen: Zustand, ein Pfad über einen Anbieter und ein Pfad über einen Connector.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>⚠ PARTIAL: some services moved and others did not.</source>
        <translation>⚠ TEILWEISE: Einige Dienste wurden aktualisiert, andere nicht.</translation>
    </message>
    <message>
        <source>✖ FAILED: the upgrade did not complete.</source>
        <translation>✖ FEHLGESCHLAGEN: Die Aktualisierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2 (rollout %3) %4</source>
        <translation>%1: %2 (Rollout %3) %4</translation>
    </message>
    <message>
        <source>No service reported a failure; see the table above.</source>
        <translation>Kein Dienst hat einen Fehler gemeldet; siehe die Tabelle oben.</translation>
    </message>
    <message>
        <source>Failed services:
%1</source>
        <translation>Fehlgeschlagene Dienste:
%1</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>%1 prüfen: %2</translation>
    </message>
    <message>
        <source>Add metrics and logs link templates to the connection profile to get direct links here.</source>
        <translation>Fügen Sie dem Verbindungsprofil Linkvorlagen für Metriken und Logs hinzu, um hier direkte Links zu erhalten.</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryArea</name>
    <message>
        <source>Upgrade history</source>
        <translation>Aktualisierungshistorie</translation>
    </message>
    <message>
        <source>Upgrades shown</source>
        <translation>Angezeigte Aktualisierungen</translation>
    </message>
    <message>
        <source>History loading progress</source>
        <translation>Fortschritt beim Laden der Historie</translation>
    </message>
    <message>
        <source>History refresh status</source>
        <translation>Aktualisierungsstand der Historie</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Refresh history from the portal</source>
        <translation>Historie vom Portal aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the shown upgrades as CSV</source>
        <translation>Die angezeigten Aktualisierungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Export the shown upgrades as JSON</source>
        <translation>Die angezeigten Aktualisierungen als JSON exportieren</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Ansichten der Historie</translation>
    </message>
    <message>
        <source>Upgrade history table</source>
        <translation>Tabelle der Aktualisierungshistorie</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln upgrade(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Aktualisierung angezeigt</numerusform>
            <numerusform>%1 von %Ln Aktualisierungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %1 of %Ln upgrade(s)…</source>
        <translation>
            <numerusform>Laden vom Portal: %1 von %Ln Aktualisierung …</numerusform>
            <numerusform>Laden vom Portal: %1 von %Ln Aktualisierungen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %Ln upgrade(s) so far…</source>
        <translation>
            <numerusform>Laden vom Portal: bisher %Ln Aktualisierung …</numerusform>
            <numerusform>Laden vom Portal: bisher %Ln Aktualisierungen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date; last refreshed at %1.</source>
        <translation>Aktuell; zuletzt aktualisiert um %1.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: cached, last refreshed at %1. Press F5 to try again.</source>
        <translation>Das Portal ist nicht erreichbar: zwischengespeichert, zuletzt aktualisiert um %1. Drücken Sie F5 für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>Not refreshed (%1): cached, last refreshed at %2.</source>
        <translation>Nicht aktualisiert (%1): zwischengespeichert, zuletzt aktualisiert um %2.</translation>
    </message>
    <message>
        <source>Reading the local cache…</source>
        <translation>Der lokale Zwischenspeicher wird gelesen …</translation>
    </message>
    <message>
        <source>Cached, last refreshed at %1.</source>
        <translation>Zwischengespeichert, zuletzt aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Not signed in: cached, last refreshed at %1. Sign in to refresh.</source>
        <translation>Nicht angemeldet: zwischengespeichert, zuletzt aktualisiert um %1. Melden Sie sich zum Aktualisieren an.</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Historie wird geladen …</translation>
    </message>
    <message>
        <source>Fetching the upgrade history from the portal. Rows appear as pages arrive.</source>
        <translation>Die Aktualisierungshistorie wird vom Portal geholt. Zeilen erscheinen, sobald Seiten ankommen.</translation>
    </message>
    <message>
        <source>Reading the history cached on this workstation.</source>
        <translation>Die auf diesem Arbeitsplatz zwischengespeicherte Historie wird gelesen.</translation>
    </message>
    <message>
        <source>History is unavailable</source>
        <translation>Die Historie ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The portal cannot be reached (%1) and no history is cached on this workstation yet. Check the network or VPN and the portal&apos;s address, then try again.</source>
        <translation>Das Portal ist nicht erreichbar (%1), und auf diesem Arbeitsplatz ist noch keine Historie zwischengespeichert. Prüfen Sie Netzwerk oder VPN und die Adresse des Portals und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>History could not be loaded</source>
        <translation>Die Historie konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The portal answered: %1. If your session expired, sign in again; then try again.</source>
        <translation>Das Portal antwortete: %1. Falls Ihre Sitzung abgelaufen ist, melden Sie sich erneut an; versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to a portal to load its upgrade history. Nothing is cached for it yet.</source>
        <translation>Melden Sie sich an einem Portal an, um seine Aktualisierungshistorie zu laden. Dafür ist noch nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>No upgrades yet</source>
        <translation>Noch keine Aktualisierungen</translation>
    </message>
    <message>
        <source>The portal has no upgrade history for this tenant. Upgrades started from the Upgrade area will appear here.</source>
        <translation>Das Portal hat keine Aktualisierungshistorie für diesen Mandanten. Im Bereich Aktualisierung gestartete Aktualisierungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Historie exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln upgrade(s)…</source>
        <translation>
            <numerusform>%Ln Aktualisierung wird exportiert …</numerusform>
            <numerusform>%Ln Aktualisierungen werden exportiert …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1. SHA-256: %2 (also written to %3).</source>
        <translation>
            <numerusform>%Ln Aktualisierung nach %1 exportiert. SHA-256: %2 (auch in %3 geschrieben).</numerusform>
            <numerusform>%Ln Aktualisierungen nach %1 exportiert. SHA-256: %2 (auch in %3 geschrieben).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Choose another folder and try again.</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln upgrade(s) shown: nothing matches the filters; press Clear filters (Alt+L) to see all.</source>
        <translation>
            <numerusform>0 von %Ln Aktualisierung angezeigt: Nichts passt zu den Filtern; drücken Sie „Filter zurücksetzen“ (Alt+F), um alle zu sehen.</numerusform>
            <numerusform>0 von %Ln Aktualisierungen angezeigt: Nichts passt zu den Filtern; drücken Sie „Filter zurücksetzen“ (Alt+F), um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>Zuletzt aktualisiert um %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be read: %1</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the team&apos;s records of %Ln upgrade(s) from the ledger…</source>
        <translation>
            <numerusform>Die Aufzeichnungen des Teams zu %Ln Upgrade werden aus dem Ledger gelesen…</numerusform>
            <numerusform>Die Aufzeichnungen des Teams zu %Ln Upgrades werden aus dem Ledger gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1 and their records to %2. SHA-256: %3 and %4 (also written beside each file).</source>
        <translation>
            <numerusform>%Ln Upgrade nach %1 und seine Aufzeichnungen nach %2 exportiert. SHA-256: %3 und %4 (auch neben jeder Datei abgelegt).</numerusform>
            <numerusform>%Ln Upgrades nach %1 und ihre Aufzeichnungen nach %2 exportiert. SHA-256: %3 und %4 (auch neben jeder Datei abgelegt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals and &amp;Policy</source>
        <translation>Frei&amp;gaben und Richtlinie</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryCharts</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>PARTIAL (some services failed)</source>
        <translation>TEILWEISE (Fehler in Diensten)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Pending or in progress</source>
        <translation>Ausstehend/laufend</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>About the charts</source>
        <translation>Über die Diagramme</translation>
    </message>
    <message>
        <source>Outcomes per week</source>
        <translation>Ergebnisse pro Woche</translation>
    </message>
    <message>
        <source>Outcomes per week, stacked by result</source>
        <translation>Ergebnisse pro Woche, gestapelt nach Ergebnis</translation>
    </message>
    <message>
        <source>Click a week&apos;s bar to show only that week in the table.</source>
        <translation>Klicken Sie auf den Balken einer Woche, um nur diese Woche in der Tabelle zu zeigen.</translation>
    </message>
    <message>
        <source>Durations over time</source>
        <translation>Dauern im Zeitverlauf</translation>
    </message>
    <message>
        <source>Upgrade durations over time, by result</source>
        <translation>Dauern der Aktualisierungen im Zeitverlauf, nach Ergebnis</translation>
    </message>
    <message>
        <source>No upgrades match the filters, so there is nothing to chart.</source>
        <translation>Keine Aktualisierung passt zu den Filtern, daher gibt es nichts darzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %1 of %Ln week(s). Set a date range to see earlier weeks. Click a bar to show that week in the table.</source>
        <translation>
            <numerusform>Angezeigt werden die letzten %1 von %Ln Woche. Legen Sie einen Zeitraum fest, um frühere Wochen zu sehen. Klicken Sie auf einen Balken, um diese Woche in der Tabelle zu zeigen.</numerusform>
            <numerusform>Angezeigt werden die letzten %1 von %Ln Wochen. Legen Sie einen Zeitraum fest, um frühere Wochen zu sehen. Klicken Sie auf einen Balken, um diese Woche in der Tabelle zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show that week in the table. Failed and partial upgrades are hatched in the bars and drawn as triangles and squares in the durations.</source>
        <translation>Klicken Sie auf einen Balken, um diese Woche in der Tabelle zu zeigen. Fehlgeschlagene und teilweise Aktualisierungen sind in den Balken schraffiert und in den Dauern als Dreiecke und Quadrate gezeichnet.</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>Wochenbeginn (UTC)</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — %2: %3 of %Ln upgrade(s). Click to show this week.</source>
        <translation>
            <numerusform>Woche vom %1 — %2: %3 von %Ln Aktualisierung. Klicken, um diese Woche zu zeigen.</numerusform>
            <numerusform>Woche vom %1 — %2: %3 von %Ln Aktualisierungen. Klicken, um diese Woche zu zeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <source>Upgrade detail</source>
        <translation>Details der Aktualisierung</translation>
    </message>
    <message>
        <source>Selected upgrade</source>
        <translation>Ausgewählte Aktualisierung</translation>
    </message>
    <message>
        <source>Upgrade summary</source>
        <translation>Zusammenfassung der Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>Live beobach&amp;ten</translation>
    </message>
    <message>
        <source>Watch this upgrade live in the Active area</source>
        <translation>Diese Aktualisierung live im Bereich Laufend beobachten</translation>
    </message>
    <message>
        <source>Follow this unfinished upgrade in the Active area (read-only).</source>
        <translation>Diese unvollendete Aktualisierung im Bereich Laufend verfolgen (nur lesend).</translation>
    </message>
    <message>
        <source>Open chec&amp;klist</source>
        <translation>Check&amp;liste öffnen</translation>
    </message>
    <message>
        <source>Open the validation checklist of this upgrade</source>
        <translation>Die Validierungs-Checkliste dieser Aktualisierung öffnen</translation>
    </message>
    <message>
        <source>Why no actions are offered</source>
        <translation>Warum keine Aktionen angeboten werden</translation>
    </message>
    <message>
        <source>Per-service results (from the portal)</source>
        <translation>Ergebnisse je Dienst (vom Portal)</translation>
    </message>
    <message>
        <source>Per-service results</source>
        <translation>Ergebnisse je Dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Running / desired</source>
        <translation>Laufend / Soll</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Tasks</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Recorded on this workstation</source>
        <translation>Auf diesem Arbeitsplatz erfasst</translation>
    </message>
    <message>
        <source>Local records of this upgrade</source>
        <translation>Lokale Protokolle dieser Aktualisierung</translation>
    </message>
    <message>
        <source>No upgrade selected</source>
        <translation>Keine Aktualisierung ausgewählt</translation>
    </message>
    <message>
        <source>Select an upgrade in the table (arrow keys or click) to see its per-service results and everything recorded about it here.</source>
        <translation>Wählen Sie eine Aktualisierung in der Tabelle (Pfeiltasten oder Klick), um hier ihre Ergebnisse je Dienst und alles zu ihr Erfasste zu sehen.</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>Aktualisierung %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Initiated by %1; scope %2 (%Ln service(s)); version %3%4</source>
        <translation>
            <numerusform>Ausgelöst von %1; Umfang %2 (%Ln Dienst); Version %3%4</numerusform>
            <numerusform>Ausgelöst von %1; Umfang %2 (%Ln Dienste); Version %3%4</numerusform>
        </translation>
    </message>
    <message>
        <source>; new deployment forced</source>
        <translation>; neues Deployment erzwungen</translation>
    </message>
    <message>
        <source>Started %1; finished %2</source>
        <translation>Gestartet %1; beendet %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Portal message: %1</source>
        <translation>Meldung des Portals: %1</translation>
    </message>
    <message>
        <source>Not connected to a portal, so per-service results cannot be fetched.</source>
        <translation>Nicht mit einem Portal verbunden, daher können keine Ergebnisse je Dienst geholt werden.</translation>
    </message>
    <message>
        <source>Fetching per-service results from the portal…</source>
        <translation>Ergebnisse je Dienst werden vom Portal geholt …</translation>
    </message>
    <message>
        <source>Per-service results are unavailable: %1. The summary above is from the local cache; press F5 in History to try again once the portal answers.</source>
        <translation>Ergebnisse je Dienst sind nicht verfügbar: %1. Die Zusammenfassung oben stammt aus dem lokalen Zwischenspeicher; drücken Sie in der Historie F5, um es erneut zu versuchen, sobald das Portal antwortet.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The portal reports no per-service results for this upgrade (state %1).</source>
        <translation>Das Portal meldet keine Ergebnisse je Dienst für diese Aktualisierung (Zustand %1).</translation>
    </message>
    <message numerus="yes">
        <source>State %1 as the portal reports it now; %Ln service(s).</source>
        <translation>
            <numerusform>Zustand %1, wie das Portal ihn jetzt meldet; %Ln Dienst.</numerusform>
            <numerusform>Zustand %1, wie das Portal ihn jetzt meldet; %Ln Dienste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded about this upgrade on this workstation (it may have been triggered elsewhere). The portal&apos;s summary and per-service results are above.</source>
        <translation>Auf diesem Arbeitsplatz wurde zu dieser Aktualisierung nichts erfasst (sie wurde vielleicht anderswo ausgelöst). Die Zusammenfassung des Portals und die Ergebnisse je Dienst stehen oben.</translation>
    </message>
    <message>
        <source>Trigger: operator, scope, pre-flight results and overrides</source>
        <translation>Auslösung: Operator, Umfang, Ergebnisse der Vorabprüfungen und Übersteuerungen</translation>
    </message>
    <message>
        <source>State timeline</source>
        <translation>Zustandsverlauf</translation>
    </message>
    <message>
        <source>Validation checklist and sign-off</source>
        <translation>Validierungs-Checkliste und Abnahme</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Weitere Protokolle</translation>
    </message>
    <message>
        <source>The local records are not available.</source>
        <translation>Die lokalen Protokolle sind nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), each sealed in the journal&apos;s hash chain; verify the whole chain from the Records menu.</source>
        <translation>
            <numerusform>%Ln Eintrag, versiegelt in der Hash-Kette des Journals; prüfen Sie die ganze Kette über das Menü Protokolle.</numerusform>
            <numerusform>%Ln Einträge, jeder versiegelt in der Hash-Kette des Journals; prüfen Sie die ganze Kette über das Menü Protokolle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2): History is read-only for this role; upgrades and checklist sign-offs are done by operators.</source>
        <translation>Angemeldet als %1 (Rolle %2): Die Historie ist für diese Rolle nur lesbar; Aktualisierungen und Abnahmen von Checklisten erledigen Operatoren.</translation>
    </message>
    <message>
        <source>this workstation (%1)</source>
        <translation>dieser Arbeitsplatz (%1)</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>Arbeitsplatz %1</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>noch nicht übertragen</translation>
    </message>
    <message>
        <source>Nobody in the team has recorded anything about this upgrade yet. The portal&apos;s summary and per-service results are above.</source>
        <translation>Im Team hat noch niemand etwas zu diesem Upgrade aufgezeichnet. Die Zusammenfassung des Portals und die Ergebnisse je Dienst stehen oben.</translation>
    </message>
    <message>
        <source>Recorded by the team (ledger %1)</source>
        <translation>Vom Team aufgezeichnet (Ledger %1)</translation>
    </message>
    <message>
        <source>Every workstation&apos;s records of this upgrade</source>
        <translation>Die Aufzeichnungen aller Arbeitsplätze zu diesem Upgrade</translation>
    </message>
    <message>
        <source>Reading the team&apos;s records from the ledger…</source>
        <translation>Die Aufzeichnungen des Teams werden aus dem Ledger gelesen…</translation>
    </message>
    <message>
        <source>The team ledger could not be read (%1); only this workstation&apos;s records are shown.</source>
        <translation>Das Team-Ledger konnte nicht gelesen werden (%1); es werden nur die Aufzeichnungen dieses Arbeitsplatzes gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of the team, each sealed in its workstation&apos;s chain and in the ledger&apos;s chain.</source>
        <translation>
            <numerusform>%Ln Aufzeichnung des Teams, versiegelt in der Kette ihres Arbeitsplatzes und in der Kette des Ledgers.</numerusform>
            <numerusform>%Ln Aufzeichnungen des Teams, jede versiegelt in der Kette ihres Arbeitsplatzes und in der Kette des Ledgers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of this workstation not shipped yet.</source>
        <translation>
            <numerusform>%Ln Aufzeichnung dieses Arbeitsplatzes noch nicht übertragen.</numerusform>
            <numerusform>%Ln Aufzeichnungen dieses Arbeitsplatzes noch nicht übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>View chec&amp;klist (read-only)</source>
        <translation>Check&amp;liste ansehen (nur lesen)</translation>
    </message>
    <message>
        <source>View the validation checklist of this upgrade, read-only</source>
        <translation>Die Validierungs-Checkliste dieses Upgrades ansehen, nur lesend</translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2): History is read-only for this role; checklists open read-only, and upgrades and checklist sign-offs are done by operators.</source>
        <translation>Angemeldet als %1 (Rolle %2): Die Historie ist für diese Rolle schreibgeschützt; Checklisten öffnen sich nur lesend, und Upgrades sowie Abnahmen von Checklisten übernehmen Operatoren.</translation>
    </message>
    <message>
        <source>⚠ EMERGENCY OVERRIDE: started outside its change window or during a freeze, allowed by %1 (role %2) at %3: %4</source>
        <translation>⚠ NOTFALL-ÜBERSTEUERUNG: außerhalb des Änderungsfensters oder während einer Änderungssperre gestartet, erlaubt von %1 (Rolle %2) am %3: %4</translation>
    </message>
    <message>
        <source>Four-eyes approval: request %1, approved by %2.</source>
        <translation>Vier-Augen-Freigabe: Anfrage %1, freigegeben von %2.</translation>
    </message>
    <message>
        <source>⚠ Started without a checked safeguard (team ledger: %1).</source>
        <translation>⚠ Ohne geprüfte Schutzmaßnahme gestartet (Team-Ledger: %1).</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>A day in UTC; &quot;any&quot; leaves this end of the range open.</source>
        <translation>Ein Tag in UTC; „beliebig“ lässt dieses Ende des Zeitraums offen.</translation>
    </message>
    <message>
        <source>Upgrade ID, initiator, service, version, message (Ctrl+F)</source>
        <translation>Aktualisierungs-ID, Auslöser, Dienst, Version, Meldung (Strg+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Historie durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Started on or after (UTC day)</source>
        <translation>Gestartet am oder nach (UTC-Tag)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Started on or before (UTC day)</source>
        <translation>Gestartet am oder vor (UTC-Tag)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filter nach Ergebnis</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Initiator filter</source>
        <translation>Filter nach Auslöser</translation>
    </message>
    <message>
        <source>&amp;Initiated by:</source>
        <translation>A&amp;usgelöst von:</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filter nach Dienst</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Emer&amp;gency overrides only</source>
        <translation>Nur Notfall-&amp;Übersteuerungen</translation>
    </message>
    <message>
        <source>Show only upgrades started under an emergency override</source>
        <translation>Nur Upgrades zeigen, die mit einer Notfall-Übersteuerung gestartet wurden</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryRow</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryTableModel</name>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Upgrade ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Number of services involved</source>
        <translation>Anzahl beteiligter Dienste</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Whether a new deployment was forced</source>
        <translation>Ob ein neues Deployment erzwungen wurde</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Erzwungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 ⚠ override</source>
        <translation>%1 ⚠ Übersteuerung</translation>
    </message>
    <message>
        <source>%1, started under an emergency override by %2</source>
        <translation>%1, gestartet mit einer Notfall-Übersteuerung von %2</translation>
    </message>
    <message>
        <source>Started under an emergency override of its change window or freeze, allowed by %1 (role %2) at %3: %4</source>
        <translation>Gestartet mit einer Notfall-Übersteuerung seines Änderungsfensters oder einer Änderungssperre, erlaubt von %1 (Rolle %2) am %3: %4</translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation>einem nicht aufgezeichneten Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>pdc::IntentView</name>
    <message>
        <source>The upgrade this approval is for</source>
        <translation>Das Upgrade, für das diese Freigabe gilt</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Force new deployment:</source>
        <translation>Neues Deployment erzwingen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Content hash:</source>
        <translation>Inhalts-Hash:</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>latest — whatever the portal calls latest when the trigger goes; a pinned version is safer to approve</source>
        <translation>latest — was das Portal bei der Auslösung als latest bezeichnet; eine feste Version lässt sich sicherer freigeben</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Force new deployment: %1</source>
        <translation>Neues Deployment erzwingen: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>SHA-256 of exactly what the trigger sends: %1</source>
        <translation>SHA-256 genau dessen, was die Auslösung sendet: %1</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
</context>
<context>
    <name>pdc::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console will use this language the next time it starts: %1.</source>
        <translation>Die Konsole verwendet diese Sprache ab dem nächsten Start: %1.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>pdc::LedgerStatusLabel</name>
    <message>
        <source>Team ledger shipping</source>
        <translation>Übertragung ins Team-Ledger</translation>
    </message>
    <message>
        <source>Records wait</source>
        <translation>Aufzeichnungen warten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) wait</source>
        <translation>
            <numerusform>%Ln Aufzeichnung wartet</numerusform>
            <numerusform>%Ln Aufzeichnungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger: connecting…</source>
        <translation>Ledger: Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Ledger: all records shipped</source>
        <translation>Ledger: alle Aufzeichnungen übertragen</translation>
    </message>
    <message>
        <source>Ledger: %1 to ship</source>
        <translation>Ledger: %1 zu übertragen</translation>
    </message>
    <message>
        <source>Ledger unreachable: %1 on this workstation</source>
        <translation>Ledger nicht erreichbar: %1 auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Ledger unreachable: %1 on this workstation; next attempt at %2</source>
        <translation>Ledger nicht erreichbar: %1 auf diesem Arbeitsplatz; nächster Versuch um %2</translation>
    </message>
    <message>
        <source>Ledger refused a record: %1 on this workstation</source>
        <translation>Ledger hat eine Aufzeichnung abgelehnt: %1 auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Ledger refused a record: %1 on this workstation; next attempt at %2</source>
        <translation>Ledger hat eine Aufzeichnung abgelehnt: %1 auf diesem Arbeitsplatz; nächster Versuch um %2</translation>
    </message>
    <message>
        <source>Ledger: no password in the keychain; %1 on this workstation (edit the profile to enter it)</source>
        <translation>Ledger: kein Passwort im Schlüsselbund; %1 auf diesem Arbeitsplatz (im Profil eingeben)</translation>
    </message>
    <message>
        <source>Ledger: the local records cannot be read; nothing ships</source>
        <translation>Ledger: Die lokalen Aufzeichnungen können nicht gelesen werden; nichts wird übertragen</translation>
    </message>
    <message>
        <source>Team ledger %1</source>
        <translation>Team-Ledger %1</translation>
    </message>
</context>
<context>
    <name>pdc::LoginDialog</name>
    <message>
        <source>⚠ PRODUCTION — tenant %1 at %2</source>
        <translation>⚠ PRODUKTION — Mandant %1 bei %2</translation>
    </message>
    <message>
        <source>%1 — tenant %2 at %3</source>
        <translation>%1 — Mandant %2 bei %3</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in to the portal…</source>
        <translation>Anmeldung beim Portal…</translation>
    </message>
</context>
<context>
    <name>pdc::LoginProbeDialog</name>
    <message>
        <source>Check that the portal login works</source>
        <translation>Prüfen, ob die Portal-Anmeldung funktioniert</translation>
    </message>
    <message>
        <source>The console signs in to %1 once more as %2, in a separate session, checks that session and signs it out again. Your current session stays as it is. The password is sent with this one sign-in and is not kept.</source>
        <translation>Die Konsole meldet sich noch einmal als %2 bei %1 an, in einer eigenen Sitzung, prüft diese Sitzung und meldet sie wieder ab. Ihre aktuelle Sitzung bleibt, wie sie ist. Das Passwort wird nur mit dieser einen Anmeldung gesendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in and check</source>
        <translation>&amp;Anmelden und prüfen</translation>
    </message>
</context>
<context>
    <name>pdc::MainWindow</name>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Sign in to a portal to run the pre-flight checks and start an upgrade.</source>
        <translation>Melden Sie sich an einem Portal an, um die Vorabprüfungen auszuführen und eine Aktualisierung zu starten.</translation>
    </message>
    <message>
        <source>No upgrades are being watched</source>
        <translation>Es werden keine Aktualisierungen beobachtet</translation>
    </message>
    <message>
        <source>Upgrades you start or open from History are watched here until they finish.</source>
        <translation>Aktualisierungen, die Sie starten oder aus der Historie öffnen, werden hier beobachtet, bis sie enden.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Sign in to a portal to browse its upgrade history.</source>
        <translation>Melden Sie sich an einem Portal an, um seine Aktualisierungshistorie zu durchsuchen.</translation>
    </message>
    <message>
        <source>No validation checklist is open</source>
        <translation>Keine Validierungs-Checkliste ist geöffnet</translation>
    </message>
    <message>
        <source>A checklist opens when a watched upgrade reaches a final state.</source>
        <translation>Eine Checkliste öffnet sich, wenn eine beobachtete Aktualisierung einen Endzustand erreicht.</translation>
    </message>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Portal-Deployment-Konsole</translation>
    </message>
    <message>
        <source>Console areas</source>
        <translation>Bereiche der Konsole</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>Ak&amp;tualisierung</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Laufend</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Histo&amp;rie</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>&amp;Validierung</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Switch &amp;Profile…</source>
        <translation>&amp;Profil wechseln …</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About Portal Deployment Console</source>
        <translation>Über die Portal-Deployment-Konsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portal Deployment Console&lt;/b&gt; %1&lt;p&gt;Upgrades the services of the customer portal through its deployment API, following the deployment runbook: pre-flight, trigger, watch, validate.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Portal-Deployment-Konsole&lt;/b&gt; %1&lt;p&gt;Aktualisiert die Dienste des Kundenportals über seine Deployment-API und folgt dabei dem Deployment-Runbook: Vorabprüfung, Auslösen, Beobachten, Validieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pdc::ManualResultDialog</name>
    <message>
        <source>Record a manual result</source>
        <translation>Ein manuelles Ergebnis erfassen</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>What you checked and what you saw (required)</source>
        <translation>Was Sie geprüft und was Sie gesehen haben (Pflicht)</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Notiz (Pflicht)</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Notiz (Pflicht):</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>A file such as a dashboard screenshot (optional)</source>
        <translation>Eine Datei wie ein Screenshot des Dashboards (optional)</translation>
    </message>
    <message>
        <source>File to attach</source>
        <translation>Anzuhängende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Eine Datei zum Anhängen wählen</translation>
    </message>
    <message>
        <source>&amp;Attach file:</source>
        <translation>Datei &amp;anhängen:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>A note is required: write what you checked and what you saw.</source>
        <translation>Eine Notiz ist Pflicht: Schreiben Sie, was Sie geprüft und was Sie gesehen haben.</translation>
    </message>
    <message>
        <source>The link needs to be a full address such as https://dashboards.example/…</source>
        <translation>Der Link muss eine vollständige Adresse sein, etwa https://dashboards.example/…</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>Die anzuhängende Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The result is written to the record at once.</source>
        <translation>Das Ergebnis wird sofort ins Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Recording the result…</source>
        <translation>Ergebnis wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>Copying and hashing the attachment…</source>
        <translation>Anhang wird kopiert und gehasht…</translation>
    </message>
</context>
<context>
    <name>pdc::PolicyDialog</name>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>no day</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 the next day, %4</source>
        <translation>%1 von %2 bis %3 am Folgetag, %4</translation>
    </message>
    <message>
        <source>%1 from %2 to %3, %4</source>
        <translation>%1 von %2 bis %3, %4</translation>
    </message>
    <message>
        <source>from %1 until %2 %3: %4</source>
        <translation>von %1 bis %2 %3: %4</translation>
    </message>
    <message>
        <source>Safeguard policy (editable)</source>
        <translation>Schutzrichtlinie (bearbeitbar)</translation>
    </message>
    <message>
        <source>Safeguard policy</source>
        <translation>Schutzrichtlinie</translation>
    </message>
    <message>
        <source>Platform leads edit the policy as JSON. Every change is recorded in the team ledger with your name and reason.</source>
        <translation>Plattformleitungen bearbeiten die Richtlinie als JSON. Jede Änderung wird mit Ihrem Namen und Ihrer Begründung im Team-Ledger aufgezeichnet.</translation>
    </message>
    <message>
        <source>The policy is kept in the team ledger; platform leads (portal role admin) change it.</source>
        <translation>Die Richtlinie liegt im Team-Ledger; Plattformleitungen (Portalrolle admin) ändern sie.</translation>
    </message>
    <message>
        <source>Policy summary</source>
        <translation>Übersicht der Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Policy JSON (editable)</source>
        <translation>Richtlinien-JSON (bearbeitbar)</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>Richtlinien-JSON</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Why the policy changes (required)</source>
        <translation>Warum sich die Richtlinie ändert (Pflicht)</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Begründung der Änderung (Pflicht)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Sa&amp;ve policy</source>
        <translation>Richtlinie s&amp;peichern</translation>
    </message>
    <message>
        <source>every other tenant, %1</source>
        <translation>jeder andere Mandant, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No scope needs approval</source>
        <translation>Kein Umfang braucht eine Freigabe</translation>
    </message>
    <message>
        <source>Approval needed for: %1</source>
        <translation>Freigabe nötig für: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approver(s), with the portal role %1</source>
        <translation>
            <numerusform>%n freigebende Person mit der Portalrolle %1</numerusform>
            <numerusform>%n freigebende Personen mit der Portalrolle %1</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Emergency overrides approved by the role %1</source>
        <translation>Notfall-Übersteuerungen werden von der Rolle %1 freigegeben</translation>
    </message>
    <message>
        <source>An approval is valid for %1</source>
        <translation>Eine Freigabe gilt für %1</translation>
    </message>
    <message>
        <source>Change windows: none, upgrades may go at any time</source>
        <translation>Änderungsfenster: keine, Upgrades dürfen jederzeit starten</translation>
    </message>
    <message>
        <source>Change window: %1</source>
        <translation>Änderungsfenster: %1</translation>
    </message>
    <message>
        <source>Freezes: none</source>
        <translation>Änderungssperren: keine</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>Änderungssperre %1</translation>
    </message>
    <message>
        <source>Tenants and classes without a policy here use the defaults: in production every scope needs one approval, elsewhere only all does; approvers admin or operator, overrides admin, valid for 8 hours, no change windows, no freezes.</source>
        <translation>Mandanten und Klassen ohne eigene Richtlinie hier verwenden die Standardwerte: In der Produktion braucht jeder Umfang eine Freigabe, anderswo nur all; freigebende Rollen admin oder operator, Übersteuerungen admin, gültig für 8 Stunden, keine Änderungsfenster, keine Änderungssperren.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The JSON has a problem (shown under it).</source>
        <translation>Das JSON hat einen Fehler (darunter angezeigt).</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Write a reason for the change.</source>
        <translation>Schreiben Sie eine Begründung für die Änderung.</translation>
    </message>
</context>
<context>
    <name>pdc::PreflightPane</name>
    <message>
        <source>✔ PASS</source>
        <translation>✔ BESTANDEN</translation>
    </message>
    <message>
        <source>✖ FAIL (overridden)</source>
        <translation>✖ FEHLGESCHLAGEN (übersteuert)</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>? UNKNOWN (overridden)</source>
        <translation>? UNBEKANNT (übersteuert)</translation>
    </message>
    <message>
        <source>? UNKNOWN</source>
        <translation>? UNBEKANNT</translation>
    </message>
    <message>
        <source>1. Pre-flight checks</source>
        <translation>1. Vorabprüfungen</translation>
    </message>
    <message>
        <source>Before starting: the right tenant, session access, portal health, connector and provider health, and no upgrade already running.</source>
        <translation>Vor dem Start: der richtige Mandant, Sitzungszugriff, Zustand des Portals, Zustand von Connectoren und Anbietern und keine bereits laufende Aktualisierung.</translation>
    </message>
    <message>
        <source>Confirm tenant and environment</source>
        <translation>Mandant und Umgebung bestätigen</translation>
    </message>
    <message>
        <source>Right tenant and environment</source>
        <translation>Richtiger Mandant und richtige Umgebung</translation>
    </message>
    <message>
        <source>Portal session access</source>
        <translation>Zugriff auf die Portal-Sitzung</translation>
    </message>
    <message>
        <source>Portal health (GET /health)</source>
        <translation>Zustand des Portals (GET /health)</translation>
    </message>
    <message>
        <source>Connector health for the tenant</source>
        <translation>Zustand der Connectoren des Mandanten</translation>
    </message>
    <message>
        <source>Provider health for the tenant</source>
        <translation>Zustand der Anbieter des Mandanten</translation>
    </message>
    <message>
        <source>No upgrade already running for the chosen services</source>
        <translation>Keine laufende Aktualisierung für die gewählten Dienste</translation>
    </message>
    <message>
        <source>&amp;Run Pre-flight Checks</source>
        <translation>&amp;Vorabprüfungen ausführen</translation>
    </message>
    <message>
        <source>Run pre-flight checks</source>
        <translation>Vorabprüfungen ausführen</translation>
    </message>
    <message>
        <source>I con&amp;firm I mean to change tenant “%1” in %2</source>
        <translation>Ich &amp;bestätige, dass ich den Mandanten „%1“ in %2 ändern will</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Die Prüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Reason to override: %1</source>
        <translation>Grund für die Übersteuerung: %1</translation>
    </message>
    <message>
        <source>Reason to override (kept with the record)</source>
        <translation>Grund für die Übersteuerung (wird mit dem Protokoll gespeichert)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Status %1 (HTTP %2)</source>
        <translation>Status %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Healthy (%n component(s))</source>
        <translation>
            <numerusform>Gesund (%n Komponente)</numerusform>
            <numerusform>Gesund (%n Komponenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status %1. %2</source>
        <translation>Status %1. %2</translation>
    </message>
    <message>
        <source>&amp;Run Pre-flight Checks Again</source>
        <translation>&amp;Vorabprüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass. Each blocks the upgrade unless you write a reason to override it.</source>
        <translation>
            <numerusform>%n Prüfung ist nicht bestanden. Sie blockiert die Aktualisierung, solange Sie keinen Grund für eine Übersteuerung angeben.</numerusform>
            <numerusform>%n Prüfungen sind nicht bestanden. Jede blockiert die Aktualisierung, solange Sie keinen Grund für eine Übersteuerung angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has not said which tenant this session belongs to yet.</source>
        <translation>Das Portal hat noch nicht gesagt, zu welchem Mandanten diese Sitzung gehört.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>The portal says: organization %1, tenant “%2”, environment %3, cluster %4. Your profile says: tenant “%5”, environment %6.</source>
        <translation>Das Portal sagt: Organisation %1, Mandant „%2“, Umgebung %3, Cluster %4. Ihr Profil sagt: Mandant „%5“, Umgebung %6.</translation>
    </message>
    <message>
        <source>The portal&apos;s tenant %1 (%2) is not the profile&apos;s %3 (%4).</source>
        <translation>Der Mandant des Portals %1 (%2) ist nicht der des Profils %3 (%4).</translation>
    </message>
    <message>
        <source>The portal agrees; tick the confirmation above.</source>
        <translation>Das Portal stimmt zu; setzen Sie oben das Häkchen zur Bestätigung.</translation>
    </message>
    <message>
        <source>Tenant %1 in %2, confirmed by you</source>
        <translation>Mandant %1 in %2, von Ihnen bestätigt</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing running for %1</source>
        <translation>Nichts läuft für %1</translation>
    </message>
    <message>
        <source>Nothing running for any service</source>
        <translation>Für keinen Dienst läuft etwas</translation>
    </message>
    <message>
        <source>Already running: %1</source>
        <translation>Läuft bereits: %1</translation>
    </message>
    <message>
        <source>Confirmed by you; the portal did not say which tenant this session belongs to</source>
        <translation>Von Ihnen bestätigt; das Portal hat nicht gesagt, zu welchem Mandanten diese Sitzung gehört</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a body</source>
        <translation>HTTP %1 ohne Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>Nothing readable is running, but %n record(s) could not be read: %1</source>
        <translation>
            <numerusform>Nichts Lesbares läuft, aber %n Eintrag konnte nicht gelesen werden: %1</numerusform>
            <numerusform>Nichts Lesbares läuft, aber %n Einträge konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the portal to answer the pre-flight checks…</source>
        <translation>Warten auf die Antwort des Portals zu den Vorabprüfungen…</translation>
    </message>
    <message>
        <source>Running: %1, which may be the upgrade of the attempt sent again (Idempotency-Key %2, first sent %3): with its key the portal answers that upgrade instead of starting another</source>
        <translation>Läuft: %1, möglicherweise das Upgrade des erneut gesendeten Versuchs (Idempotency-Key %2, zuerst gesendet %3): mit seinem Schlüssel antwortet das Portal mit diesem Upgrade, statt ein weiteres zu starten</translation>
    </message>
</context>
<context>
    <name>pdc::ProfileEditor</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Session check</source>
        <translation>Sitzungsprüfung</translation>
    </message>
    <message>
        <source>Connector health</source>
        <translation>Zustand der Connectoren</translation>
    </message>
    <message>
        <source>Provider health</source>
        <translation>Zustand der Anbieter</translation>
    </message>
    <message>
        <source>Provider probe</source>
        <translation>Anbieter-Probe</translation>
    </message>
    <message>
        <source>Connector probe</source>
        <translation>Connector-Probe</translation>
    </message>
    <message>
        <source>License view</source>
        <translation>Lizenzansicht</translation>
    </message>
    <message>
        <source>Usage view</source>
        <translation>Nutzungsansicht</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Verbindungsprofil bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Portal &amp;URL:</source>
        <translation>Portal-&amp;URL:</translation>
    </message>
    <message>
        <source>Portal URL</source>
        <translation>Portal-URL</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Um&amp;gebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>CA-Bundle-Datei</translation>
    </message>
    <message>
        <source>Optional PEM file for a private certificate authority</source>
        <translation>Optionale PEM-Datei für eine private Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Eine CA-Bundle-Datei wählen</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation>C&amp;A-Bundle:</translation>
    </message>
    <message>
        <source>Assumed routes (leave empty for the contract&apos;s default)</source>
        <translation>Angenommene Routen (leer lassen für den Standard des Vertrags)</translation>
    </message>
    <message>
        <source>Path of the %1 route</source>
        <translation>Pfad der Route %1</translation>
    </message>
    <message>
        <source>Dashboard links</source>
        <translation>Dashboard-Links</translation>
    </message>
    <message>
        <source>Placeholders: {upgrade_id} {service} {cluster} {from} {to}</source>
        <translation>Platzhalter: {upgrade_id} {service} {cluster} {from} {to}</translation>
    </message>
    <message>
        <source>Metrics dashboard link template</source>
        <translation>Linkvorlage für das Metrik-Dashboard</translation>
    </message>
    <message>
        <source>Me&amp;trics:</source>
        <translation>Me&amp;triken:</translation>
    </message>
    <message>
        <source>Logs link template</source>
        <translation>Linkvorlage für die Logs</translation>
    </message>
    <message>
        <source>&amp;Logs:</source>
        <translation>&amp;Logs:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s http or https URL.</source>
        <translation>Geben Sie die http- oder https-URL des Portals ein.</translation>
    </message>
    <message>
        <source>Enter the tenant this profile changes.</source>
        <translation>Geben Sie den Mandanten ein, den dieses Profil ändert.</translation>
    </message>
    <message>
        <source>Enter the environment.</source>
        <translation>Geben Sie die Umgebung ein.</translation>
    </message>
    <message>
        <source>The CA bundle file cannot be read.</source>
        <translation>Die CA-Bundle-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the portal URL (user:password@): the console never keeps them in a URL. Enter the user name below; the password is asked for when you sign in.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Portal-URL (benutzer:passwort@): Die Konsole speichert sie nie in einer URL. Geben Sie unten den Benutzernamen ein; das Passwort wird bei der Anmeldung abgefragt.</translation>
    </message>
    <message>
        <source>Team ledger (optional: share records with the team)</source>
        <translation>Team-Ledger (optional: Aufzeichnungen mit dem Team teilen)</translation>
    </message>
    <message>
        <source>PostgreSQL server, e.g. db.example.com (empty: no ledger)</source>
        <translation>PostgreSQL-Server, z. B. db.example.com (leer: kein Ledger)</translation>
    </message>
    <message>
        <source>Ledger &amp;host:</source>
        <translation>Ledger-&amp;Host:</translation>
    </message>
    <message>
        <source>Ledger host</source>
        <translation>Ledger-Host</translation>
    </message>
    <message>
        <source>Ledger p&amp;ort:</source>
        <translation>Ledger-P&amp;ort:</translation>
    </message>
    <message>
        <source>Ledger port</source>
        <translation>Ledger-Port</translation>
    </message>
    <message>
        <source>Ledger &amp;database:</source>
        <translation>Ledger-Datenban&amp;k:</translation>
    </message>
    <message>
        <source>Ledger database</source>
        <translation>Ledger-Datenbank</translation>
    </message>
    <message>
        <source>Ledger u&amp;ser:</source>
        <translation>Ledger-Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Ledger user</source>
        <translation>Ledger-Benutzer</translation>
    </message>
    <message>
        <source>Kept in the OS keychain; leave empty to keep the stored one</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Ledger pass&amp;word:</source>
        <translation>Ledger-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Ledger password</source>
        <translation>Ledger-Passwort</translation>
    </message>
    <message>
        <source>Optional PEM file; empty: the system&apos;s certificate authorities</source>
        <translation>Optionale PEM-Datei; leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Ledger CA &amp;file:</source>
        <translation>Ledger-CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Ledger CA bundle file</source>
        <translation>CA-Bundle-Datei des Ledgers</translation>
    </message>
    <message>
        <source>Choose the ledger&apos;s CA bundle file</source>
        <translation>CA-Bundle-Datei des Ledgers wählen</translation>
    </message>
    <message>
        <source>Ledger TLS &amp;verification (sslmode):</source>
        <translation>Ledger-TLS-&amp;Prüfung (sslmode):</translation>
    </message>
    <message>
        <source>Ledger TLS mode</source>
        <translation>TLS-Modus des Ledgers</translation>
    </message>
    <message>
        <source>Enter the team ledger&apos;s host, or clear the ledger fields to keep records on this workstation only.</source>
        <translation>Geben Sie den Host des Team-Ledgers ein, oder leeren Sie die Ledger-Felder, um Aufzeichnungen nur auf diesem Arbeitsplatz zu halten.</translation>
    </message>
    <message>
        <source>Enter only the ledger&apos;s host name (no scheme, path, user or spaces).</source>
        <translation>Geben Sie nur den Hostnamen des Ledgers ein (ohne Schema, Pfad, Benutzer oder Leerzeichen).</translation>
    </message>
    <message>
        <source>Enter the team ledger&apos;s database.</source>
        <translation>Geben Sie die Datenbank des Team-Ledgers ein.</translation>
    </message>
    <message>
        <source>Enter the user this workstation signs in to the ledger with.</source>
        <translation>Geben Sie den Benutzer ein, mit dem sich dieser Arbeitsplatz am Ledger anmeldet.</translation>
    </message>
    <message>
        <source>The ledger&apos;s CA bundle file cannot be read.</source>
        <translation>Die CA-Bundle-Datei des Ledgers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Note: with verify-ca the server&apos;s certificate is checked but not its host name.</source>
        <translation>Hinweis: Mit verify-ca wird das Zertifikat des Servers geprüft, nicht aber sein Hostname.</translation>
    </message>
    <message>
        <source>Warning: with sslmode %1 the ledger server&apos;s identity is not checked; use verify-full unless you know why not.</source>
        <translation>Warnung: Mit sslmode %1 wird die Identität des Ledger-Servers nicht geprüft; verwenden Sie verify-full, sofern Sie keinen Grund dagegen kennen.</translation>
    </message>
    <message>
        <source>Refused (recommended)</source>
        <translation>Abgelehnt (empfohlen)</translation>
    </message>
    <message>
        <source>Allowed, with a warning that no safeguard was checked</source>
        <translation>Erlaubt, mit der Warnung, dass keine Schutzmaßnahme geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;Production upgrades without a ledger:</source>
        <translation>P&amp;roduktions-Upgrades ohne Ledger:</translation>
    </message>
    <message>
        <source>Production upgrades when no team ledger is set</source>
        <translation>Produktions-Upgrades, wenn kein Team-Ledger eingerichtet ist</translation>
    </message>
</context>
<context>
    <name>pdc::ProfilePicker</name>
    <message>
        <source>Choose a Connection Profile</source>
        <translation>Verbindungsprofil wählen</translation>
    </message>
    <message>
        <source>Operating on the wrong tenant is the most costly mistake: check the tenant and environment before you connect.</source>
        <translation>Am falschen Mandanten zu arbeiten ist der teuerste Fehler: Prüfen Sie Mandant und Umgebung, bevor Sie sich verbinden.</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Mit dem gewählten Profil verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 — tenant %2, %3 — %4</source>
        <translation>%1 — Mandant %2, %3 — %4</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION: %1</source>
        <translation>⚠ PRODUKTION: %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Records made with it are kept.</source>
        <translation>Das Profil „%1“ entfernen? Damit erstellte Protokolle bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>pdc::ReloginOverlay</name>
    <message>
        <source>Session expired: sign in again</source>
        <translation>Sitzung abgelaufen: erneut anmelden</translation>
    </message>
    <message>
        <source>Your session has expired</source>
        <translation>Ihre Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>Nothing you had open is lost. Watches are paused and resume as soon as you sign in again.</source>
        <translation>Nichts, was Sie geöffnet hatten, geht verloren. Beobachtungen pausieren und laufen weiter, sobald Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in to the portal…</source>
        <translation>Anmeldung beim Portal…</translation>
    </message>
</context>
<context>
    <name>pdc::ReviewConfirm</name>
    <message>
        <source>4. Review and confirm</source>
        <translation>4. Prüfen und bestätigen</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Type the tenant name to confirm</source>
        <translation>Zur Bestätigung den Mandantennamen eingeben</translation>
    </message>
    <message>
        <source>I have chec&amp;ked what will be sent</source>
        <translation>Ich habe gep&amp;rüft, was gesendet wird</translation>
    </message>
    <message>
        <source>Confirm the upgrade</source>
        <translation>Die Aktualisierung bestätigen</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION</source>
        <translation>⚠ PRODUKTION</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Force new deployment</source>
        <translation>Neues Deployment erzwingen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This changes PRODUCTION. &amp;Type the tenant name “%1” to confirm:</source>
        <translation>Dies ändert PRODUKTION. &amp;Geben Sie zur Bestätigung den Mandantennamen „%1“ ein:</translation>
    </message>
    <message>
        <source>This upgrades all services. &amp;Type the tenant name “%1” to confirm:</source>
        <translation>Dies aktualisiert alle Dienste. &amp;Geben Sie zur Bestätigung den Mandantennamen „%1“ ein:</translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsModel</name>
    <message>
        <source>%1 %2, forced</source>
        <translation>%1 %2, erzwungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 für %2 (%3)</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Richtlinie geändert</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Entschieden (%1)</translation>
    </message>
    <message>
        <source>⚠ Emergency override</source>
        <translation>⚠ Notfall-Übersteuerung</translation>
    </message>
    <message>
        <source>Approval expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, zone</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (portal role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the whole policy (%n rule(s))</source>
        <translation>
            <numerusform>die ganze Richtlinie (%n Regel)</numerusform>
            <numerusform>die ganze Richtlinie (%n Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ledger #%2</source>
        <translation>%1, Ledger Nr. %2</translation>
    </message>
    <message>
        <source>%1, waiting to ship</source>
        <translation>%1, wartet auf Übertragung</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Geschrieben auf</translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsView</name>
    <message>
        <source>Where the safeguard records come from</source>
        <translation>Woher die Aufzeichnungen der Schutzmaßnahmen stammen</translation>
    </message>
    <message>
        <source>Approval requests, decisions, overrides and policy changes</source>
        <translation>Freigabeanfragen, Entscheidungen, Übersteuerungen und Richtlinienänderungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln safeguard record(s) written on this workstation, newest first. Without a team ledger, other desks&apos; requests, approvals and policy changes are not here.</source>
        <translation>
            <numerusform>%Ln Aufzeichnung der Schutzmaßnahmen auf diesem Arbeitsplatz, neueste zuerst. Ohne Team-Ledger fehlen Anfragen, Freigaben und Richtlinienänderungen anderer Arbeitsplätze.</numerusform>
            <numerusform>%Ln Aufzeichnungen der Schutzmaßnahmen auf diesem Arbeitsplatz, neueste zuerst. Ohne Team-Ledger fehlen Anfragen, Freigaben und Richtlinienänderungen anderer Arbeitsplätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team ledger could not be read (%1): %Ln record(s) written on this workstation are shown, newest first.</source>
        <translation>
            <numerusform>Das Team-Ledger konnte nicht gelesen werden (%1): %Ln auf diesem Arbeitsplatz geschriebene Aufzeichnung wird gezeigt, neueste zuerst.</numerusform>
            <numerusform>Das Team-Ledger konnte nicht gelesen werden (%1): %Ln auf diesem Arbeitsplatz geschriebene Aufzeichnungen werden gezeigt, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the team&apos;s safeguard records from the ledger…</source>
        <translation>Die Aufzeichnungen der Schutzmaßnahmen des Teams werden aus dem Ledger gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln safeguard record(s) of the whole team (ledger %1), newest first: every approval request, decision, emergency override, expiry and policy change.</source>
        <translation>
            <numerusform>%Ln Aufzeichnung der Schutzmaßnahmen des ganzen Teams (Ledger %1), neueste zuerst: jede Freigabeanfrage, Entscheidung, Notfall-Übersteuerung, jeder Ablauf und jede Richtlinienänderung.</numerusform>
            <numerusform>%Ln Aufzeichnungen der Schutzmaßnahmen des ganzen Teams (Ledger %1), neueste zuerst: jede Freigabeanfrage, Entscheidung, Notfall-Übersteuerung, jeder Ablauf und jede Richtlinienänderung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::ScopePicker</name>
    <message>
        <source>a&amp;gent</source>
        <translation>a&amp;gent</translation>
    </message>
    <message>
        <source>&amp;orchestrator</source>
        <translation>&amp;orchestrator</translation>
    </message>
    <message>
        <source>customer-&amp;portal</source>
        <translation>customer-&amp;portal</translation>
    </message>
    <message>
        <source>a&amp;ll services</source>
        <translation>a&amp;lle Dienste</translation>
    </message>
    <message>
        <source>Request-path or connector-execution changes.</source>
        <translation>Änderungen am Anfragepfad oder an der Ausführung von Connectoren.</translation>
    </message>
    <message>
        <source>Workflow, provider or orchestration-path changes.</source>
        <translation>Änderungen an Workflows, Anbietern oder am Orchestrierungspfad.</translation>
    </message>
    <message>
        <source>Control-plane or portal-experience changes. The portal itself restarts.</source>
        <translation>Änderungen an der Steuerungsebene oder am Portal. Das Portal selbst startet neu.</translation>
    </message>
    <message>
        <source>A coordinated platform rollout where the services need to move together. Needs a written reason.</source>
        <translation>Ein koordinierter Rollout der Plattform, bei dem die Dienste gemeinsam wechseln müssen. Braucht eine schriftliche Begründung.</translation>
    </message>
    <message>
        <source>2. Scope: choose the smallest safe set of services</source>
        <translation>2. Umfang: die kleinste sichere Menge an Diensten wählen</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Was hat sich geändert?</translation>
    </message>
    <message>
        <source>Re&amp;quest path or connectors</source>
        <translation>A&amp;nfragepfad oder Connectoren</translation>
    </message>
    <message>
        <source>Changed: request path or connectors</source>
        <translation>Geändert: Anfragepfad oder Connectoren</translation>
    </message>
    <message>
        <source>&amp;Workflow or providers</source>
        <translation>&amp;Workflows oder Anbieter</translation>
    </message>
    <message>
        <source>Changed: workflow or providers</source>
        <translation>Geändert: Workflows oder Anbieter</translation>
    </message>
    <message>
        <source>Portal or co&amp;ntrol plane</source>
        <translation>Portal oder S&amp;teuerungsebene</translation>
    </message>
    <message>
        <source>Changed: portal or control plane</source>
        <translation>Geändert: Portal oder Steuerungsebene</translation>
    </message>
    <message>
        <source>Use Reco&amp;mmendation</source>
        <translation>E&amp;mpfehlung übernehmen</translation>
    </message>
    <message>
        <source>Use the recommended scope</source>
        <translation>Den empfohlenen Umfang übernehmen</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Umfang %1</translation>
    </message>
    <message>
        <source>⚠ The customer portal itself restarts during this upgrade. The console loses its connection for a while and reconnects on its own; the upgrade goes on.</source>
        <translation>⚠ Das Kundenportal selbst startet bei dieser Aktualisierung neu. Die Konsole verliert eine Weile die Verbindung und verbindet sich von selbst wieder; die Aktualisierung läuft weiter.</translation>
    </message>
    <message>
        <source>Reason for upgrading all services</source>
        <translation>Begründung für die Aktualisierung aller Dienste</translation>
    </message>
    <message>
        <source>Why must the services move together?</source>
        <translation>Warum müssen die Dienste gemeinsam wechseln?</translation>
    </message>
    <message>
        <source>Choose a scope.</source>
        <translation>Wählen Sie einen Umfang.</translation>
    </message>
    <message>
        <source>Write why all services must be upgraded together.</source>
        <translation>Schreiben Sie, warum alle Dienste gemeinsam aktualisiert werden müssen.</translation>
    </message>
    <message>
        <source>Tick what changed to get a recommendation.</source>
        <translation>Kreuzen Sie an, was sich geändert hat, um eine Empfehlung zu erhalten.</translation>
    </message>
    <message>
        <source>Recommended: all — more than one service changed.</source>
        <translation>Empfohlen: all — mehr als ein Dienst hat sich geändert.</translation>
    </message>
    <message>
        <source>Recommended: %1 — the smallest scope that covers the change.</source>
        <translation>Empfohlen: %1 — der kleinste Umfang, der die Änderung abdeckt.</translation>
    </message>
    <message>
        <source>Reason for upgrading all serv&amp;ices:</source>
        <translation>Begründung für die Aktualisierung aller D&amp;ienste:</translation>
    </message>
    <message>
        <source>The helper recommends %1. Reason for upgrading all serv&amp;ices instead:</source>
        <translation>Die Hilfe empfiehlt %1. Begründung, stattdessen alle D&amp;ienste zu aktualisieren:</translation>
    </message>
</context>
<context>
    <name>pdc::StateBadge</name>
    <message>
        <source>⏳ PENDING</source>
        <translation>⏳ AUSSTEHEND</translation>
    </message>
    <message>
        <source>⟳ IN PROGRESS</source>
        <translation>⟳ LÄUFT</translation>
    </message>
    <message>
        <source>✔ SUCCESS</source>
        <translation>✔ ERFOLG</translation>
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation>✖ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>⚠ PARTIAL</source>
        <translation>⚠ TEILWEISE</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>NOT YET OBSERVED</source>
        <translation>NOCH NICHT BEOBACHTET</translation>
    </message>
    <message>
        <source>Upgrade state: %1</source>
        <translation>Zustand der Aktualisierung: %1</translation>
    </message>
</context>
<context>
    <name>pdc::TeamLedger</name>
    <message>
        <source>no password for the ledger in the keychain</source>
        <translation>kein Passwort für das Ledger im Schlüsselbund</translation>
    </message>
    <message numerus="yes">
        <source>the ledger did not answer within %n second(s)</source>
        <translation>
            <numerusform>das Ledger hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>das Ledger hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::TimelineChart</name>
    <message>
        <source>Timeline of running tasks per service</source>
        <translation>Zeitverlauf der laufenden Tasks je Dienst</translation>
    </message>
    <message>
        <source>Running tasks per service</source>
        <translation>Laufende Tasks je Dienst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Zustandswechsel</translation>
    </message>
</context>
<context>
    <name>pdc::UpgradePane</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Start Upgrade</source>
        <translation>Aktualisierung &amp;starten</translation>
    </message>
    <message>
        <source>Start the upgrade</source>
        <translation>Die Aktualisierung starten</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>Aktualisierungs-ID</translation>
    </message>
    <message>
        <source>Cop&amp;y Upgrade ID</source>
        <translation>Akt&amp;ualisierungs-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the upgrade id</source>
        <translation>Die Aktualisierungs-ID kopieren</translation>
    </message>
    <message>
        <source>Watch the progress in the Active area</source>
        <translation>Den Fortschritt im Bereich Laufend beobachten</translation>
    </message>
    <message>
        <source>Watch the running upgrade</source>
        <translation>Die laufende Aktualisierung beobachten</translation>
    </message>
    <message>
        <source>Ne&amp;xt Upgrade</source>
        <translation>Nä&amp;chste Aktualisierung</translation>
    </message>
    <message>
        <source>Prepare another upgrade</source>
        <translation>Eine weitere Aktualisierung vorbereiten</translation>
    </message>
    <message>
        <source>Upgrade %1 was started. Use “Next Upgrade” to prepare another.</source>
        <translation>Aktualisierung %1 wurde gestartet. Mit „Nächste Aktualisierung“ bereiten Sie eine weitere vor.</translation>
    </message>
    <message>
        <source>Sign in to start an upgrade.</source>
        <translation>Melden Sie sich an, um eine Aktualisierung zu starten.</translation>
    </message>
    <message>
        <source>The %1 role may not start upgrades.</source>
        <translation>Die Rolle %1 darf keine Aktualisierungen starten.</translation>
    </message>
    <message>
        <source>Run the pre-flight checks first.</source>
        <translation>Führen Sie zuerst die Vorabprüfungen aus.</translation>
    </message>
    <message>
        <source>The pre-flight checks are running.</source>
        <translation>Die Vorabprüfungen laufen.</translation>
    </message>
    <message>
        <source>A pre-flight check did not pass: fix it, or write a reason to override it.</source>
        <translation>Eine Vorabprüfung ist nicht bestanden: Beheben Sie das Problem oder schreiben Sie einen Grund für die Übersteuerung.</translation>
    </message>
    <message>
        <source>Type the tenant name to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Mandantennamen ein.</translation>
    </message>
    <message>
        <source>Tick the confirmation after checking what will be sent.</source>
        <translation>Setzen Sie das Häkchen, nachdem Sie geprüft haben, was gesendet wird.</translation>
    </message>
    <message>
        <source>Ready. The upgrade starts when you press Start Upgrade.</source>
        <translation>Bereit. Die Aktualisierung beginnt, wenn Sie „Aktualisierung starten“ drücken.</translation>
    </message>
    <message>
        <source>The portal accepted the upgrade. Accepted is not complete: watch it until it reaches a final state, then validate.</source>
        <translation>Das Portal hat die Aktualisierung angenommen. Angenommen ist nicht abgeschlossen: Beobachten Sie sie, bis sie einen Endzustand erreicht, und validieren Sie dann.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Message: %1
Estimated time: %2
Services: %3</source>
        <translation>Meldung: %1
Geschätzte Dauer: %2
Dienste: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>⚠ Not started: another upgrade is already running for these services.</source>
        <translation>⚠ Nicht gestartet: Für diese Dienste läuft bereits eine andere Aktualisierung.</translation>
    </message>
    <message>
        <source>%1
Running upgrade: %2</source>
        <translation>%1
Laufende Aktualisierung: %2</translation>
    </message>
    <message>
        <source>&amp;Watch Running Upgrade %1</source>
        <translation>Laufende Aktualisierung %1 &amp;beobachten</translation>
    </message>
    <message>
        <source>⚠ The portal&apos;s answer did not arrive. The upgrade may or may not have started; a retry is safe (it reuses the same idempotency key).</source>
        <translation>⚠ Die Antwort des Portals ist nicht angekommen. Die Aktualisierung hat vielleicht begonnen, vielleicht nicht; ein erneuter Versuch ist sicher (er verwendet denselben Idempotenzschlüssel).</translation>
    </message>
    <message>
        <source>✖ The portal refused the upgrade.</source>
        <translation>✖ Das Portal hat die Aktualisierung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>W&amp;atch Progress</source>
        <translation>&amp;Fortschritt beobachten</translation>
    </message>
    <message>
        <source>Another upgrade is already running for these services (the portal answered 409). Run the pre-flight checks again once it has finished.</source>
        <translation>Für diese Dienste läuft bereits eine andere Aktualisierung (das Portal antwortete 409). Führen Sie die Vorabprüfungen erneut aus, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>Upgrade %1 is already running for these services (the portal answered 409). Watch it, and run the pre-flight checks again once it has finished.</source>
        <translation>Für diese Dienste läuft bereits die Aktualisierung %1 (das Portal antwortete 409). Beobachten Sie sie und führen Sie die Vorabprüfungen erneut aus, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>Cop&amp;y Upgrade ID (copied)</source>
        <translation>Akt&amp;ualisierungs-ID kopieren (kopiert)</translation>
    </message>
    <message>
        <source>The upgrade was not started: the attempt could not be recorded in the local store (%1).</source>
        <translation>Die Aktualisierung wurde nicht gestartet: Der Versuch konnte nicht im lokalen Speicher erfasst werden (%1).</translation>
    </message>
    <message>
        <source>The portal accepted upgrade %1, but it could not be recorded in the local store (%2). Note the upgrade id.</source>
        <translation>Das Portal hat die Aktualisierung %1 angenommen, sie konnte aber nicht im lokalen Speicher erfasst werden (%2). Notieren Sie die Aktualisierungs-ID.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the local store (%1).</source>
        <translation>Der fehlgeschlagene Versuch konnte nicht im lokalen Speicher erfasst werden (%1).</translation>
    </message>
    <message>
        <source>⚠ Local record</source>
        <translation>⚠ Lokaler Eintrag</translation>
    </message>
    <message>
        <source>Resume With the Same Key</source>
        <translation>Mit demselben Schlüssel fortsetzen</translation>
    </message>
    <message>
        <source>Resume the pending attempt with its idempotency key</source>
        <translation>Den offenen Versuch mit seinem Idempotenzschlüssel fortsetzen</translation>
    </message>
    <message>
        <source>Puts the attempt&apos;s request in the form. Sending it again with the same key makes the portal answer the first result if it got it, and starts the upgrade only if it never did.</source>
        <translation>Übernimmt die Anfrage des Versuchs ins Formular. Erneut mit demselben Schlüssel gesendet, antwortet das Portal mit dem ersten Ergebnis, falls es sie erhalten hat, und startet die Aktualisierung nur, wenn sie nie ankam.</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>&amp;Zurückziehen …</translation>
    </message>
    <message>
        <source>Give up the pending attempt</source>
        <translation>Den offenen Versuch aufgeben</translation>
    </message>
    <message>
        <source>Give Up the Attempt</source>
        <translation>Versuch aufgeben</translation>
    </message>
    <message>
        <source>Why is this attempt given up? (For example: “History shows no upgrade at that time.”)</source>
        <translation>Warum wird dieser Versuch aufgegeben? (Zum Beispiel: „Die Historie zeigt zu dieser Zeit keine Aktualisierung.“)</translation>
    </message>
    <message>
        <source>⚠ An upgrade attempt got no definite answer: %1 %2%3, sent %4 by %5 (%6), Idempotency-Key %7. It may or may not have started.</source>
        <translation>⚠ Ein Aktualisierungsversuch hat keine eindeutige Antwort erhalten: %1 %2%3, gesendet %4 von %5 (%6), Idempotency-Key %7. Er wurde vielleicht gestartet, vielleicht nicht.</translation>
    </message>
    <message>
        <source> with force_new_deployment</source>
        <translation> mit force_new_deployment</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more attempt(s) wait after this one.</source>
        <translation>
            <numerusform>Danach wartet noch %n weiterer Versuch.</numerusform>
            <numerusform>Danach warten noch %n weitere Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be given up: the record could not be written (%1).</source>
        <translation>Der Versuch konnte nicht aufgegeben werden: Der Eintrag konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Starting the upgrade… %1 s (the console stops waiting after %2 s; a retry then reuses the same idempotency key).</source>
        <translation>Die Aktualisierung wird gestartet … %1 s (die Konsole wartet höchstens %2 s; ein erneuter Versuch verwendet dann denselben Idempotenzschlüssel).</translation>
    </message>
    <message>
        <source>The portal reports tenant “%1”, not the profile&apos;s “%2”: nothing can be started here.</source>
        <translation>Das Portal meldet den Mandanten „%1“, nicht den des Profils („%2“): Hier kann nichts gestartet werden.</translation>
    </message>
    <message>
        <source>This change must be confirmed with the tenant&apos;s name, but the portal reports no tenant and the profile names none. Set the profile&apos;s tenant.</source>
        <translation>Diese Änderung muss mit dem Namen des Mandanten bestätigt werden, aber das Portal meldet keinen Mandanten und das Profil nennt keinen. Tragen Sie den Mandanten im Profil ein.</translation>
    </message>
    <message>
        <source>Write why the scope is needed.</source>
        <translation>Schreiben Sie, warum dieser Umfang nötig ist.</translation>
    </message>
    <message>
        <source>Ready to send the attempt again with Idempotency-Key %1: the portal answers the first result if it got it, and starts the upgrade only if it never did.</source>
        <translation>Bereit, den Versuch erneut mit Idempotency-Key %1 zu senden: Das Portal antwortet mit dem ersten Ergebnis, falls es ihn erhalten hat, und startet die Aktualisierung nur, wenn er nie ankam.</translation>
    </message>
    <message>
        <source>The upgrade was not started: %1</source>
        <translation>Das Upgrade wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The safeguards do not allow this upgrade now: %1</source>
        <translation>Die Schutzmaßnahmen erlauben dieses Upgrade jetzt nicht: %1</translation>
    </message>
</context>
<context>
    <name>pdc::UpgradeStatusPane</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Status of upgrade %1</source>
        <translation>Status der Aktualisierung %1</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>Aktualisierungs-ID</translation>
    </message>
    <message>
        <source>Connection to the portal</source>
        <translation>Verbindung zum Portal</translation>
    </message>
    <message>
        <source>Services of the upgrade</source>
        <translation>Dienste der Aktualisierung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Log of state transitions</source>
        <translation>Protokoll der Zustandswechsel</translation>
    </message>
    <message>
        <source>State transitions appear here with their times.</source>
        <translation>Zustandswechsel erscheinen hier mit ihren Zeiten.</translation>
    </message>
    <message>
        <source>Start the validation checklist</source>
        <translation>Die Validierungs-Checkliste starten</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Beobachtung &amp;beenden</translation>
    </message>
    <message>
        <source>Stop watching this upgrade</source>
        <translation>Beobachtung dieser Aktualisierung beenden</translation>
    </message>
    <message>
        <source>Waiting for the first status from the portal…</source>
        <translation>Warten auf den ersten Status vom Portal …</translation>
    </message>
    <message>
        <source>Finished: SUCCESS. Now validate real behaviour with the checklist: login, one provider-backed path, one connector-backed path, monitoring.</source>
        <translation>Beendet: SUCCESS. Validieren Sie jetzt das tatsächliche Verhalten mit der Checkliste: Anmeldung, ein Pfad über einen Anbieter, ein Pfad über einen Connector, Monitoring.</translation>
    </message>
    <message>
        <source>Finished: %1. See what to check below.</source>
        <translation>Beendet: %1. Was zu prüfen ist, steht unten.</translation>
    </message>
    <message>
        <source>Accepted is not complete: the rollout is %1. Keep watching until it reaches SUCCESS, PARTIAL or FAILED.</source>
        <translation>Angenommen ist nicht abgeschlossen: Der Rollout ist %1. Beobachten Sie weiter, bis er SUCCESS, PARTIAL oder FAILED erreicht.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>%1  %2 is %3</source>
        <translation>%1  %2 ist %3</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2: %3 → %4</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>↻ Reconnecting to the portal… the upgrade goes on; its state is kept as last seen.</source>
        <translation>↻ Verbindung zum Portal wird wiederhergestellt … Die Aktualisierung läuft weiter; ihr Zustand bleibt wie zuletzt gesehen.</translation>
    </message>
    <message>
        <source>⏸ Session expired: sign in again to resume watching.</source>
        <translation>⏸ Sitzung abgelaufen: Melden Sie sich erneut an, um die Beobachtung fortzusetzen.</translation>
    </message>
    <message>
        <source>■ Final state reached</source>
        <translation>■ Endzustand erreicht</translation>
    </message>
    <message>
        <source>■ Not polling</source>
        <translation>■ Keine Abfrage</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
    <message>
        <source>no estimate given</source>
        <translation>keine Schätzung angegeben</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauerte %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <source> — longer than estimated; check the service rows and messages.</source>
        <translation> — länger als geschätzt; prüfen Sie die Zeilen der Dienste und die Meldungen.</translation>
    </message>
    <message>
        <source>Started %1 · %2 (%3)%4</source>
        <translation>Gestartet %1 · %2 (%3)%4</translation>
    </message>
    <message>
        <source>Start Validation Chec&amp;klist</source>
        <translation>Validierungs-&amp;Checkliste starten</translation>
    </message>
    <message>
        <source>The upgrade ended in the state %1, which this console does not know: the portal gives it a completion time. It is neither SUCCESS nor a failure the runbook describes; check the services below and the portal.</source>
        <translation>Das Upgrade endete im Zustand %1, den diese Konsole nicht kennt: Das Portal gibt eine Abschlusszeit an. Es ist weder SUCCESS noch ein Fehler, den das Runbook beschreibt; prüfen Sie die Dienste unten und das Portal.</translation>
    </message>
    <message>
        <source>The checklist validates an upgrade that ended in SUCCESS, PARTIAL or FAILED; this one ended in a state not known here.</source>
        <translation>Die Checkliste prüft ein Upgrade, das mit SUCCESS, PARTIAL oder FAILED endete; dieses endete in einem hier unbekannten Zustand.</translation>
    </message>
    <message>
        <source>■ Ended in a state not known here</source>
        <translation>■ In einem hier unbekannten Zustand beendet</translation>
    </message>
</context>
<context>
    <name>pdc::ValidationPane</name>
    <message>
        <source>Validation checklist</source>
        <translation>Validierungs-Checkliste</translation>
    </message>
    <message>
        <source>Record chain warning</source>
        <translation>Warnung zur Protokollkette</translation>
    </message>
    <message>
        <source>Checklist of upgrade</source>
        <translation>Checkliste der Aktualisierung</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>Keine Checkliste geöffnet</translation>
    </message>
    <message>
        <source>The post-upgrade checklist opens here when a watched upgrade reaches a final state. You can also open it for any upgrade from Active or History.</source>
        <translation>Die Checkliste nach der Aktualisierung öffnet sich hier, wenn eine beobachtete Aktualisierung einen Endzustand erreicht. Sie können sie auch für jede Aktualisierung aus Laufend oder Historie öffnen.</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkte der Checkliste</translation>
    </message>
    <message>
        <source>&amp;Run automatic checks</source>
        <translation>Automatische &amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Runs every automatic check again (Alt+R)</source>
        <translation>Führt alle automatischen Prüfungen erneut aus (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>A&amp;bnehmen …</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Nachtragen …</translation>
    </message>
    <message>
        <source>Append a correction to the signed checklist (Alt+M)</source>
        <translation>Der abgenommenen Checkliste eine Korrektur hinzufügen (Alt+N)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Save the change record as PDF (Alt+D)</source>
        <translation>Das Änderungsprotokoll als PDF speichern (Alt+D)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Save the change record with its hash chain as JSON (Alt+J)</source>
        <translation>Das Änderungsprotokoll mit seiner Hash-Kette als JSON speichern (Alt+J)</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>abgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done</source>
        <translation>
            <numerusform>%1 von %n Punkt erledigt</numerusform>
            <numerusform>%1 von %n Punkten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The state of upgrade %1 is not known on this workstation.</source>
        <translation>Der Zustand der Aktualisierung %1 ist auf diesem Arbeitsplatz nicht bekannt.</translation>
    </message>
    <message>
        <source>Looking up upgrade %1…</source>
        <translation>Aktualisierung %1 wird gesucht …</translation>
    </message>
    <message>
        <source>Upgrade %1 could not be looked up: %2</source>
        <translation>Aktualisierung %1 konnte nicht gefunden werden: %2</translation>
    </message>
    <message>
        <source>Checklist of upgrade %1 opened (%2).</source>
        <translation>Checkliste der Aktualisierung %1 geöffnet (%2).</translation>
    </message>
    <message>
        <source>Upgrade &lt;b&gt;%1&lt;/b&gt; ended &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Aktualisierung &lt;b&gt;%1&lt;/b&gt; endete mit &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>forced new deployment</source>
        <translation>erzwungenes neues Deployment</translation>
    </message>
    <message>
        <source>not forced</source>
        <translation>nicht erzwungen</translation>
    </message>
    <message>
        <source>triggered by %1</source>
        <translation>ausgelöst von %1</translation>
    </message>
    <message>
        <source>tenant %1, %2</source>
        <translation>Mandant %1, %2</translation>
    </message>
    <message>
        <source>The upgrade did not fully succeed, so the checklist starts with the guide&apos;s rollback steps. The portal has no rollback endpoint: corrective deployments go through your existing deployment process and are recorded here.</source>
        <translation>Die Aktualisierung war nicht vollständig erfolgreich, daher beginnt die Checkliste mit den Rollback-Schritten des Leitfadens. Das Portal hat keinen Rollback-Endpunkt: Korrigierende Deployments laufen über Ihren bestehenden Deployment-Prozess und werden hier festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) have a result; %2 failed.</source>
        <translation>
            <numerusform>%1 von %n Punkt hat ein Ergebnis; %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Punkten haben ein Ergebnis; %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✔ Signed off by %1 on %2. The record is locked; corrections are amendments.</source>
        <translation>✔ Abgenommen von %1 am %2. Das Protokoll ist gesperrt; Korrekturen sind Nachträge.</translation>
    </message>
    <message>
        <source>Amendment by %1 on %2 (%3): %4</source>
        <translation>Nachtrag von %1 am %2 (%3): %4</translation>
    </message>
    <message>
        <source>whole checklist</source>
        <translation>gesamte Checkliste</translation>
    </message>
    <message>
        <source>Already signed off</source>
        <translation>Bereits abgenommen</translation>
    </message>
    <message>
        <source>Sign off with your portal identity (Alt+S)</source>
        <translation>Mit Ihrer Portal-Identität abnehmen (Alt+B)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a result</source>
        <translation>
            <numerusform>%n Punkt braucht noch ein Ergebnis</numerusform>
            <numerusform>%n Punkte brauchen noch ein Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic checks need a portal connection.</source>
        <translation>Automatische Prüfungen brauchen eine Portalverbindung.</translation>
    </message>
    <message>
        <source>Recorded a pass for “%1”.</source>
        <translation>Bestehen für „%1“ erfasst.</translation>
    </message>
    <message>
        <source>Recorded a failure for “%1”.</source>
        <translation>Fehlschlag für „%1“ erfasst.</translation>
    </message>
    <message>
        <source>Sign in to the portal to sign off: the sign-off records your portal identity.</source>
        <translation>Melden Sie sich am Portal an, um abzunehmen: Die Abnahme hält Ihre Portal-Identität fest.</translation>
    </message>
    <message>
        <source>Sign off the checklist</source>
        <translation>Die Checkliste abnehmen</translation>
    </message>
    <message>
        <source>Sign off the checklist of upgrade %1 as %2?</source>
        <translation>Die Checkliste der Aktualisierung %1 als %2 abnehmen?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed and will be signed as failed. </source>
        <translation>
            <numerusform>%n Punkt ist fehlgeschlagen und wird als fehlgeschlagen abgenommen. </numerusform>
            <numerusform>%n Punkte sind fehlgeschlagen und werden als fehlgeschlagen abgenommen. </numerusform>
        </translation>
    </message>
    <message>
        <source>Your portal identity and the time are recorded. After sign-off the items cannot change; corrections become amendments.</source>
        <translation>Ihre Portal-Identität und die Uhrzeit werden festgehalten. Nach der Abnahme können die Punkte nicht mehr geändert werden; Korrekturen werden zu Nachträgen.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>A&amp;bnehmen</translation>
    </message>
    <message>
        <source>The checklist of upgrade %1 is signed off.</source>
        <translation>Die Checkliste der Aktualisierung %1 ist abgenommen.</translation>
    </message>
    <message>
        <source>Amendment appended to the checklist of upgrade %1.</source>
        <translation>Nachtrag zur Checkliste der Aktualisierung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Export the change record as PDF</source>
        <translation>Das Änderungsprotokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the change record as JSON</source>
        <translation>Das Änderungsprotokoll als JSON exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting the change record of upgrade %1…</source>
        <translation>Das Änderungsprotokoll der Aktualisierung %1 wird exportiert …</translation>
    </message>
    <message>
        <source>Change record saved to %1.</source>
        <translation>Änderungsprotokoll in %1 gespeichert.</translation>
    </message>
    <message>
        <source>not connected to the portal</source>
        <translation>nicht mit dem Portal verbunden</translation>
    </message>
    <message>
        <source>⚠ %1 Records from entry %2 on cannot be trusted. Keep this store file for investigation and treat exports made from it as unverified until the break is explained.</source>
        <translation>⚠ %1 Einträgen ab Eintrag %2 kann nicht vertraut werden. Bewahren Sie diese Speicherdatei zur Untersuchung auf und behandeln Sie daraus erstellte Exporte als ungeprüft, bis der Bruch geklärt ist.</translation>
    </message>
    <message>
        <source>The login check needs your portal username: sign in to the portal first.</source>
        <translation>Die Anmeldeprüfung braucht Ihren Portal-Benutzernamen: Melden Sie sich zuerst am Portal an.</translation>
    </message>
    <message>
        <source>The login check was not run.</source>
        <translation>Die Anmeldeprüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <source>Read-only: the %1 role can read and export checklists; results, sign-off and amendments are recorded by operators.</source>
        <translation>Nur lesen: Die Rolle %1 kann Checklisten lesen und exportieren; Ergebnisse, Abnahme und Nachträge erfassen Operatoren.</translation>
    </message>
    <message>
        <source>Writing the change record…</source>
        <translation>Änderungsprotokoll wird geschrieben…</translation>
    </message>
    <message>
        <source>Waiting for the portal to answer the checks…</source>
        <translation>Warten auf die Antwort des Portals zu den Prüfungen…</translation>
    </message>
    <message>
        <source>The team&apos;s records of this checklist</source>
        <translation>Die Aufzeichnungen des Teams zu dieser Checkliste</translation>
    </message>
    <message>
        <source>Looking for the team&apos;s checklist of upgrade %1 in the ledger…</source>
        <translation>Die Checkliste des Teams zu Upgrade %1 wird im Ledger gesucht…</translation>
    </message>
    <message>
        <source>The team ledger could not be read (%1); opening this workstation&apos;s checklist.</source>
        <translation>Das Team-Ledger konnte nicht gelesen werden (%1); die Checkliste dieses Arbeitsplatzes wird geöffnet.</translation>
    </message>
    <message>
        <source>Showing the team&apos;s checklist of upgrade %1 from the ledger (read-only).</source>
        <translation>Die Checkliste des Teams zu Upgrade %1 aus dem Ledger (nur lesen).</translation>
    </message>
    <message>
        <source>⚠ %1 signed this checklist off first (workstation %2). The sign-off by %3 came later and is kept as an amendment, not as a second sign-off.</source>
        <translation>⚠ %1 hat diese Checkliste zuerst abgezeichnet (Arbeitsplatz %2). Die Abzeichnung von %3 kam später und wird als Nachtrag geführt, nicht als zweite Abzeichnung.</translation>
    </message>
    <message>
        <source>Read-only: this is the team&apos;s checklist from the ledger (opened by %1); it was not worked on this workstation. It refreshes when a teammate records more.</source>
        <translation>Nur lesen: Dies ist die Checkliste des Teams aus dem Ledger (geöffnet von %1); sie wurde nicht auf diesem Arbeitsplatz bearbeitet. Sie aktualisiert sich, wenn jemand im Team mehr aufzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Records from %n workstation(s): %1.</source>
        <translation>
            <numerusform>Aufzeichnungen von %n Arbeitsplatz: %1.</numerusform>
            <numerusform>Aufzeichnungen von %n Arbeitsplätzen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed off by %1 on this workstation; not in the ledger yet, so a teammate&apos;s sign-off may still come first.</source>
        <translation>Von %1 auf diesem Arbeitsplatz abgezeichnet; noch nicht im Ledger, daher kann die Abzeichnung von jemand anderem im Team noch zuerst kommen.</translation>
    </message>
    <message>
        <source>The ledger&apos;s first sign-off: %1 (workstation %2).</source>
        <translation>Erste Abzeichnung im Ledger: %1 (Arbeitsplatz %2).</translation>
    </message>
    <message>
        <source>⚠ Signed off here by %1 on %2, but %3 had signed this checklist off first (team ledger): this sign-off stands as an amendment. The record is locked; corrections are amendments.</source>
        <translation>⚠ Hier von %1 am %2 abgezeichnet, aber %3 hatte diese Checkliste zuerst abgezeichnet (Team-Ledger): Diese Abzeichnung gilt als Nachtrag. Das Protokoll ist gesperrt; Korrekturen sind Nachträge.</translation>
    </message>
    <message>
        <source>No checklist of upgrade %1 was opened on this workstation or in the team ledger. %2</source>
        <translation>Für Upgrade %1 wurde weder auf diesem Arbeitsplatz noch im Team-Ledger eine Checkliste geöffnet. %2</translation>
    </message>
    <message>
        <source>No checklist of upgrade %1 was opened on this workstation. %2</source>
        <translation>Für Upgrade %1 wurde auf diesem Arbeitsplatz keine Checkliste geöffnet. %2</translation>
    </message>
</context>
<context>
    <name>pdc::VersionChooser</name>
    <message>
        <source>3. Version and rollout</source>
        <translation>3. Version und Rollout</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>V&amp;ersion:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reload Versions</source>
        <translation>Versionen neu laden</translation>
    </message>
    <message>
        <source>Reload the version list</source>
        <translation>Die Versionsliste neu laden</translation>
    </message>
    <message>
        <source>Force a new &amp;deployment (force_new_deployment)</source>
        <translation>Neues &amp;Deployment erzwingen (force_new_deployment)</translation>
    </message>
    <message>
        <source>Force a new deployment</source>
        <translation>Ein neues Deployment erzwingen</translation>
    </message>
    <message>
        <source>When on, ECS replaces every task even if the version did not change (a full restart of the chosen services). When off, a service already on the chosen version is left as it is.</source>
        <translation>Wenn aktiv, ersetzt ECS jeden Task, auch wenn sich die Version nicht geändert hat (ein vollständiger Neustart der gewählten Dienste). Wenn inaktiv, bleibt ein Dienst, der schon die gewählte Version hat, wie er ist.</translation>
    </message>
    <message>
        <source>Version selection is still limited: the list is a lightweight placeholder, not a release catalogue.</source>
        <translation>Die Versionsauswahl ist noch eingeschränkt: Die Liste ist ein einfacher Platzhalter, kein Release-Katalog.</translation>
    </message>
    <message>
        <source>The version list could not be read (%1); “latest” is used.</source>
        <translation>Die Versionsliste konnte nicht gelesen werden (%1); „latest“ wird verwendet.</translation>
    </message>
    <message>
        <source>The portal says: %1</source>
        <translation>Das Portal sagt: %1</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 läuft mit %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
</context>
</TS>
