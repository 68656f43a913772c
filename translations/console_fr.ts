<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApprovalText</name>
    <message>
        <source>%1: approved %2, sending %3</source>
        <translation>%1 : approuvé %2, envoi de %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>no approval yet</source>
        <translation>aucune approbation pour l’instant</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>No approval is required for this scope</source>
        <translation>Aucune approbation n’est requise pour ce périmètre</translation>
    </message>
    <message>
        <source>Approved (%1); the approval expires %2</source>
        <translation>Approuvé (%1) ; l’approbation expire %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n more approval(s) (%1)</source>
        <translation>
            <numerusform>En attente de %n approbation supplémentaire (%1)</numerusform>
            <numerusform>En attente de %n approbations supplémentaires (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation>Refusé par %1 à %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>The approval has expired: %n more approval(s) needed, or a new request</source>
        <translation>
            <numerusform>L’approbation a expiré : %n approbation supplémentaire nécessaire, ou une nouvelle demande</numerusform>
            <numerusform>L’approbation a expiré : %n approbations supplémentaires nécessaires, ou une nouvelle demande</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval is for another upgrade than the one about to be sent (%1); this one needs a new approval</source>
        <translation>L’approbation porte sur une autre mise à niveau que celle qui va être envoyée (%1) ; celle-ci nécessite une nouvelle approbation</translation>
    </message>
    <message numerus="yes">
        <source>This upgrade needs %n approval(s) from another person: file an approval request</source>
        <translation>
            <numerusform>Cette mise à niveau nécessite %n approbation d’une autre personne : déposez une demande d’approbation</numerusform>
            <numerusform>Cette mise à niveau nécessite %n approbations d’autres personnes : déposez une demande d’approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>The approved request&apos;s planned window has not begun yet</source>
        <translation>La fenêtre prévue de la demande approuvée n’a pas encore commencé</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>Change record of upgrade %1</source>
        <translation>Registre de modification de la mise à niveau %1</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>ID de mise à niveau</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Service target</source>
        <translation>Services ciblés</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Reason for &quot;all&quot;</source>
        <translation>Motif de « all »</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Forced new deployment</source>
        <translation>Nouveau déploiement forcé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Final state</source>
        <translation>État final</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>State timeline</source>
        <translation>Chronologie des états</translation>
    </message>
    <message>
        <source>Per-service results</source>
        <translation>Résultats par service</translation>
    </message>
    <message>
        <source>No per-service results are available.</source>
        <translation>Aucun résultat par service n’est disponible.</translation>
    </message>
    <message>
        <source>Validation checklist</source>
        <translation>Liste de contrôle de validation</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 by %2. %3 of %n item(s) have a result; %4 failed.</source>
        <translation>
            <numerusform>Ouverte le %1 par %2. %3 élément sur %n a un résultat ; %4 en échec.</numerusform>
            <numerusform>Ouverte le %1 par %2. %3 éléments sur %n ont un résultat ; %4 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>whole checklist</source>
        <translation>liste de contrôle entière</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Signed off by %1 (%2, %3) at %4.</source>
        <translation>Approuvé par %1 (%2, %3) le %4.</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Non approuvé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Shortened: the first %1 of %2 characters are printed (limit %3). The whole excerpt is in the JSON export and in journal entry %4.</source>
        <translation>Abrégé : les %1 premiers caractères sur %2 sont imprimés (limite %3). L’extrait complet figure dans l’export JSON et dans l’entrée de journal %4.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 ms</source>
        <translation>HTTP %1, %2 ms</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>Trigger sent</source>
        <translation>Déclenchement envoyé</translation>
    </message>
    <message>
        <source>Upgrade triggered</source>
        <translation>Mise à niveau déclenchée</translation>
    </message>
    <message>
        <source>Trigger failed (%1)</source>
        <translation>Échec du déclenchement (%1)</translation>
    </message>
    <message>
        <source>Unknown outcome settled: %1</source>
        <translation>Issue inconnue résolue : %1</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>État %1</translation>
    </message>
    <message>
        <source>Checklist opened</source>
        <translation>Liste de contrôle ouverte</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Point %1 : %2</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>ce poste de travail</translation>
    </message>
    <message>
        <source>Change record</source>
        <translation>Dossier de changement</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>Tenant %1, environment %2, exported %3 by %4.</source>
        <translation>Locataire %1, environnement %2, exporté %3 par %4.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenché par</translation>
    </message>
    <message>
        <source>Triggered from</source>
        <translation>Déclenché depuis</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Idempotency-Key</source>
        <translation>Idempotency-Key</translation>
    </message>
    <message>
        <source>Triggered at</source>
        <translation>Déclenché le</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Portal at export</source>
        <translation>Portail à l’export</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>Enregistrements issus de</translation>
    </message>
    <message>
        <source>this workstation&apos;s journal</source>
        <translation>du journal de ce poste de travail</translation>
    </message>
    <message>
        <source>the team ledger %1</source>
        <translation>du registre d’équipe %1</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>No pre-flight results are in the record.</source>
        <translation>Le dossier ne contient aucun résultat de vérification préalable.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Override and reason</source>
        <translation>Dérogation et motif</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Dérogation : %1</translation>
    </message>
    <message>
        <source>No state changes are in the record.</source>
        <translation>Le dossier ne contient aucun changement d’état.</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Version from → to</source>
        <translation>Version de → à</translation>
    </message>
    <message>
        <source>rollout %1</source>
        <translation>déploiement %1</translation>
    </message>
    <message>
        <source>rollout %1 (%2)</source>
        <translation>déploiement %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running</source>
        <translation>%1 tâches sur %2 en cours</translation>
    </message>
    <message>
        <source>%1 failed tasks</source>
        <translation>%1 tâches en échec</translation>
    </message>
    <message>
        <source>task definition %1</source>
        <translation>définition de tâche %1</translation>
    </message>
    <message>
        <source>From the last state record in the journal (the portal did not answer at export).</source>
        <translation>D’après le dernier enregistrement d’état du journal (le portail n’a pas répondu à l’export).</translation>
    </message>
    <message>
        <source>As the portal reported them at export.</source>
        <translation>Tels que le portail les a indiqués à l’export.</translation>
    </message>
    <message>
        <source>—: the version a service ran before the upgrade is not in the record.</source>
        <translation>— : la version d’un service avant la mise à niveau ne figure pas dans le dossier.</translation>
    </message>
    <message>
        <source>No checklist was opened for this upgrade.</source>
        <translation>Aucune liste de contrôle n’a été ouverte pour cette mise à niveau.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>tentative %1 sur %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No results were recorded.</source>
        <translation>Aucun résultat n’a été enregistré.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Records of every workstation</source>
        <translation>Enregistrements de tous les postes de travail</translation>
    </message>
    <message>
        <source>The records of this upgrade in this workstation&apos;s journal. Records other workstations made are in the team ledger when one is configured.</source>
        <translation>Les enregistrements de cette mise à niveau dans le journal de ce poste de travail. Ceux des autres postes figurent dans le registre d’équipe lorsqu’il est configuré.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Aucun enregistrement.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Ledger seq</source>
        <translation>N° registre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Chain digests</source>
        <translation>Empreintes des chaînes</translation>
    </message>
    <message>
        <source>No records, no digests.</source>
        <translation>Aucun enregistrement, aucune empreinte.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message numerus="yes">
        <source>%1: ledger rows %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1 : lignes du registre %2 à %3 (%n enregistrement de cette mise à niveau)</numerusform>
            <numerusform>%1 : lignes du registre %2 à %3 (%n enregistrements de cette mise à niveau)</numerusform>
        </translation>
    </message>
    <message>
        <source>team ledger</source>
        <translation>registre d’équipe</translation>
    </message>
    <message>
        <source>ledger_hash of row %1</source>
        <translation>ledger_hash de la ligne %1</translation>
    </message>
    <message>
        <source>Workstation chain</source>
        <translation>Chaîne du poste de travail</translation>
    </message>
    <message numerus="yes">
        <source>%1: journal entries %2 to %3 (%n record(s) of this upgrade)</source>
        <translation>
            <numerusform>%1 : entrées de journal %2 à %3 (%n enregistrement de cette mise à niveau)</numerusform>
            <numerusform>%1 : entrées de journal %2 à %3 (%n enregistrements de cette mise à niveau)</numerusform>
        </translation>
    </message>
    <message>
        <source>hash of entry %1</source>
        <translation>hachage de l’entrée %1</translation>
    </message>
    <message>
        <source>At export this workstation&apos;s journal ended at entry %1, hash %2.</source>
        <translation>À l’export, le journal de ce poste de travail s’arrêtait à l’entrée %1, hachage %2.</translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation>Comment vérifier</translation>
    </message>
    <message>
        <source>On a workstation with this profile, run:</source>
        <translation>Sur un poste de travail doté de ce profil, exécutez :</translation>
    </message>
    <message>
        <source>It checks the local journal&apos;s chain and, when a team ledger is configured, both ledger chains (each workstation&apos;s and the ledger&apos;s own), and names the first record that does not match.</source>
        <translation>Elle vérifie la chaîne du journal local et, lorsqu’un registre d’équipe est configuré, les deux chaînes du registre (celle de chaque poste et celle du registre lui-même), et nomme le premier enregistrement qui ne correspond pas.</translation>
    </message>
    <message>
        <source>Each digest above is the hash of the last record of this upgrade in its chain, and commits to every record before it. The record with that number must carry exactly that hash.</source>
        <translation>Chaque empreinte ci-dessus est le hachage du dernier enregistrement de cette mise à niveau dans sa chaîne et engage tous les enregistrements qui le précèdent. L’enregistrement portant ce numéro doit avoir exactement ce hachage.</translation>
    </message>
    <message>
        <source>The JSON export of this change record carries the chain entries themselves; docs/records.md (&quot;Verifying an export&quot;) shows how to recompute them in a few lines. Copy the digests into the change ticket to anchor them.</source>
        <translation>L’export JSON de ce dossier de changement contient les entrées de chaîne elles-mêmes ; docs/records.md (« Verifying an export ») montre comment les recalculer en quelques lignes. Copiez les empreintes dans le ticket de changement pour les ancrer.</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>Mise à niveau %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation>Exporté %1 par %2</translation>
    </message>
    <message>
        <source>by %1 at %2 (journal entry %3)</source>
        <translation>par %1 le %2 (entrée de journal %3)</translation>
    </message>
    <message>
        <source>this workstation&apos;s journal only: the team ledger %1 could not be read (%2)</source>
        <translation>uniquement le journal de ce poste de travail : le registre d’équipe %1 n’a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>The records of this upgrade in the team ledger %1, from every workstation, followed by this workstation&apos;s records not shipped to it yet.</source>
        <translation>Les enregistrements de cette mise à niveau dans le registre d’équipe %1, de tous les postes de travail, suivis des enregistrements de ce poste de travail qui n’y ont pas encore été envoyés.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Incomplet :</translation>
    </message>
    <message>
        <source>the team ledger %1 could not be read when this record was exported (%2). Only this workstation&apos;s records are listed; records other workstations made of this upgrade are missing. Export again when the ledger answers.</source>
        <translation>le registre d’équipe %1 n’a pas pu être lu lors de l’export de cet enregistrement (%2). Seuls les enregistrements de ce poste de travail sont listés ; ceux que d’autres postes de travail ont faits de cette mise à niveau manquent. Exportez à nouveau lorsque le registre répond.</translation>
    </message>
    <message>
        <source>Ledger chain head</source>
        <translation>Tête de la chaîne du registre</translation>
    </message>
    <message>
        <source>%1: the ledger&apos;s newest row when the records were read, row %2 (it commits to every row of the ledger up to it)</source>
        <translation>%1 : la ligne la plus récente du registre lors de la lecture des enregistrements, ligne %2 (elle engage toutes les lignes du registre jusqu’à elle)</translation>
    </message>
    <message>
        <source>Four-eyes approval and emergency override</source>
        <translation>Approbation à quatre yeux et dérogation d’urgence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Le registre de changement ne peut pas être vérifié : %1.</translation>
    </message>
    <message>
        <source>chain.entries[%1].%2 is not %3</source>
        <translation>chain.entries[%1].%2 n’est pas %3</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it has no chain object</source>
        <translation>il n’a pas d’objet chain</translation>
    </message>
    <message>
        <source>chain.entries is not a list of entries</source>
        <translation>chain.entries n’est pas une liste d’entrées</translation>
    </message>
    <message>
        <source>chain.entries[%1] is not an object</source>
        <translation>chain.entries[%1] n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>Portal login still works</source>
        <translation>La connexion au portail fonctionne toujours</translation>
    </message>
    <message>
        <source>One LLM-provider-backed request path works</source>
        <translation>Un chemin de requête passant par un fournisseur LLM fonctionne</translation>
    </message>
    <message>
        <source>One connector-backed path works</source>
        <translation>Un chemin passant par un connecteur fonctionne</translation>
    </message>
    <message>
        <source>Monitoring reflects a healthy steady state</source>
        <translation>La supervision montre un état stable et sain</translation>
    </message>
    <message>
        <source>The license view is still accessible</source>
        <translation>La vue des licences est toujours accessible</translation>
    </message>
    <message>
        <source>The usage view is still accessible</source>
        <translation>La vue d’utilisation est toujours accessible</translation>
    </message>
    <message>
        <source>The deployment view is still accessible</source>
        <translation>La vue des déploiements est toujours accessible</translation>
    </message>
    <message>
        <source>Understand what happened from status and history</source>
        <translation>Comprendre ce qui s’est passé à partir de l’état et de l’historique</translation>
    </message>
    <message>
        <source>Record the corrective deployment</source>
        <translation>Consigner le déploiement correctif</translation>
    </message>
    <message>
        <source>The restored state passed the same checks</source>
        <translation>L’état restauré a passé les mêmes vérifications</translation>
    </message>
    <message>
        <source>Run one request that goes through an LLM provider (the provider probe route).</source>
        <translation>Exécutez une requête qui passe par un fournisseur LLM (la route de sonde des fournisseurs).</translation>
    </message>
    <message>
        <source>Run one request that goes through a connector (the connector probe route).</source>
        <translation>Exécutez une requête qui passe par un connecteur (la route de sonde des connecteurs).</translation>
    </message>
    <message>
        <source>Open the service dashboards and confirm the new state is steady: running count equals desired count, no failing tasks, error rate and latency back to normal. Write what you saw and attach a dashboard screenshot.</source>
        <translation>Ouvrez les tableaux de bord des services et confirmez que le nouvel état est stable : nombre en cours égal au nombre souhaité, aucune tâche en échec, taux d’erreur et latence revenus à la normale. Écrivez ce que vous avez vu et joignez une capture du tableau de bord.</translation>
    </message>
    <message>
        <source>Open the tenant&apos;s license view (the license route).</source>
        <translation>Ouvrez la vue des licences du locataire (la route des licences).</translation>
    </message>
    <message>
        <source>Open the tenant&apos;s usage view (the usage route).</source>
        <translation>Ouvrez la vue d’utilisation du locataire (la route d’utilisation).</translation>
    </message>
    <message>
        <source>Open the deployment history view (GET /api/v1/deployments/upgrades).</source>
        <translation>Ouvrez l’historique des déploiements (GET /api/v1/deployments/upgrades).</translation>
    </message>
    <message>
        <source>Read the upgrade&apos;s status and the history: which services failed, with which ECS rollout state and reason, and what ran before. Write down what happened.</source>
        <translation>Lisez l’état de la mise à niveau et l’historique : quels services ont échoué, avec quel état de déploiement ECS et quel motif, et ce qui tournait avant. Notez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>The portal has no rollback endpoint. Roll back or deploy the fix through your existing deployment process, then record here what was done, by whom, and its change or upgrade reference (a link if there is one).</source>
        <translation>Le portail n’a pas de point de retour arrière. Revenez en arrière ou déployez le correctif par votre processus de déploiement habituel, puis consignez ici ce qui a été fait, par qui, et sa référence de changement ou de mise à niveau (un lien s’il en existe un).</translation>
    </message>
    <message>
        <source>After the corrective deployment, run the checks above again (health, provider and connector paths) and confirm here that the restored state passed them.</source>
        <translation>Après le déploiement correctif, relancez les vérifications ci-dessus (santé, chemins des fournisseurs et des connecteurs) et confirmez ici que l’état restauré les a passées.</translation>
    </message>
    <message>
        <source>Operators and customers must still be able to sign in; a portal restart can break sessions even when ECS reports success.</source>
        <translation>Les opérateurs et les clients doivent toujours pouvoir se connecter ; un redémarrage du portail peut casser les sessions même quand ECS signale un succès.</translation>
    </message>
    <message>
        <source>The guide asks to verify one provider-backed path: &quot;upgrade request accepted&quot; is not &quot;rollout complete&quot;.</source>
        <translation>Le guide demande de vérifier un chemin passant par un fournisseur : « demande de mise à niveau acceptée » n’est pas « déploiement terminé ».</translation>
    </message>
    <message>
        <source>Connector execution runs in the agent; a rollout can succeed while connectors fail.</source>
        <translation>Les connecteurs s’exécutent dans l’agent ; un déploiement peut réussir alors que les connecteurs échouent.</translation>
    </message>
    <message>
        <source>The final status field only says the rollout finished; dashboards show whether the new state is healthy and steady.</source>
        <translation>Le champ d’état final indique seulement que le déploiement est terminé ; les tableaux de bord montrent si le nouvel état est sain et stable.</translation>
    </message>
    <message>
        <source>The guide&apos;s validation matrix: license, usage and deployment views must still be accessible after the upgrade.</source>
        <translation>La matrice de validation du guide : les vues des licences, de l’utilisation et des déploiements doivent rester accessibles après la mise à niveau.</translation>
    </message>
    <message>
        <source>The guide&apos;s rollback guidance starts from the upgrade-status and upgrade-history views; a corrective action needs to know what actually failed.</source>
        <translation>Les consignes de retour arrière du guide partent des vues d’état et d’historique des mises à niveau ; une action corrective doit savoir ce qui a réellement échoué.</translation>
    </message>
    <message>
        <source>The change record must show how the platform was brought back, even though the action happened outside this console.</source>
        <translation>Le registre de modification doit montrer comment la plateforme a été rétablie, même si l’action a eu lieu hors de cette console.</translation>
    </message>
    <message>
        <source>The guide asks to validate the restored state through the same health, provider and connector checks.</source>
        <translation>Le guide demande de valider l’état restauré par les mêmes vérifications de santé, de fournisseurs et de connecteurs.</translation>
    </message>
    <message>
        <source>Sign in to the portal once more with your portal identity: the console asks for your password, signs in with a separate session, checks that session with the session route and signs it out again. Your own session is not touched and the password is not kept.</source>
        <translation>Reconnectez-vous au portail avec votre identité de portail : la console demande votre mot de passe, ouvre une session distincte, vérifie cette session par la route de session puis la ferme. Votre propre session n’est pas modifiée et le mot de passe n’est pas conservé.</translation>
    </message>
</context>
<context>
    <name>ChecklistRecorder</name>
    <message>
        <source>The record could not be written: %1</source>
        <translation>L’enregistrement n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Upgrade %1 is %2: its checklist opens once it reaches a final state.</source>
        <translation>La mise à niveau %1 est %2 : sa liste de contrôle s’ouvre dès qu’elle atteint un état final.</translation>
    </message>
    <message>
        <source>not final</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Upgrade %1 has no open checklist.</source>
        <translation>La mise à niveau %1 n’a pas de liste de contrôle ouverte.</translation>
    </message>
    <message>
        <source>The checklist is signed off and cannot be edited; add an amendment instead.</source>
        <translation>La liste de contrôle est approuvée et ne peut plus être modifiée ; ajoutez plutôt un amendement.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>La liste de contrôle n’a pas d’élément « %1 ».</translation>
    </message>
    <message>
        <source>A manual result needs a note: write what you checked and what you saw.</source>
        <translation>Un résultat manuel exige une note : écrivez ce que vous avez vérifié et ce que vous avez constaté.</translation>
    </message>
    <message>
        <source>The link is not a valid address (it needs a scheme such as https://).</source>
        <translation>Le lien n’est pas une adresse valide (il lui faut un schéma tel que https://).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a result before sign-off.</source>
        <translation>
            <numerusform>%n élément a encore besoin d’un résultat avant l’approbation.</numerusform>
            <numerusform>%n éléments ont encore besoin d’un résultat avant l’approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to the portal to sign off: the sign-off records your portal identity.</source>
        <translation>Connectez-vous au portail pour approuver : l’approbation enregistre votre identité sur le portail.</translation>
    </message>
    <message>
        <source>An amendment needs a text that says what is corrected and why.</source>
        <translation>Un amendement exige un texte qui indique ce qui est corrigé et pourquoi.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>La pièce jointe %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The attachments folder cannot be created next to the local store.</source>
        <translation>Le dossier des pièces jointes ne peut pas être créé à côté du stockage local.</translation>
    </message>
    <message>
        <source>The attachment could not be copied to %1: %2</source>
        <translation>La pièce jointe n’a pas pu être copiée vers %1 : %2</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than the %2 an attachment may have: attach a smaller file (for example a cropped screenshot) or link to it instead.</source>
        <translation>La pièce jointe %1 dépasse les %2 autorisés pour une pièce jointe : joignez un fichier plus petit (par exemple une capture d’écran recadrée) ou indiquez plutôt un lien.</translation>
    </message>
    <message>
        <source>The stored attachment %1 was changed on disk and cannot be replaced.</source>
        <translation>La pièce jointe enregistrée %1 a été modifiée sur le disque et ne peut pas être remplacée.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Upgrade the services of the customer portal through its deployment API.</source>
        <translation>Mettre à niveau les services du portail client via son API de déploiement.</translation>
    </message>
    <message>
        <source>Demo account to sign in with: admin, operator or auditor.</source>
        <translation>Compte de démonstration à utiliser : admin, operator ou auditor.</translation>
    </message>
    <message>
        <source>How much faster demo rollouts run than real ones.</source>
        <translation>Combien de fois plus vite les déploiements de démonstration s’exécutent.</translation>
    </message>
    <message>
        <source>Connection profile to open.</source>
        <translation>Profil de connexion à ouvrir.</translation>
    </message>
    <message>
        <source>Language of the interface (en, de, fr); default: the system&apos;s.</source>
        <translation>Langue de l’interface (en, de, fr) ; par défaut : celle du système.</translation>
    </message>
    <message>
        <source>Local store file (SQLite).</source>
        <translation>Fichier du stockage local (SQLite).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu : %1
</translation>
    </message>
    <message>
        <source>--demo-time-scale needs a positive number
</source>
        <translation>--demo-time-scale exige un nombre positif
</translation>
    </message>
    <message>
        <source>Start the demo portal (the portal-sim program beside the console) on a free loopback port and sign in with a demo account.</source>
        <translation>Démarrer le portail de démonstration (le programme portal-sim à côté de la console) sur un port local libre et se connecter avec un compte de démonstration.</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>The ledger is broken at row %1 (workstation %2, record %3): %4.</source>
        <translation>Le registre d’équipe est rompu à la ligne %1 (poste %2, enregistrement %3) : %4.</translation>
    </message>
    <message>
        <source>row %1 is missing</source>
        <translation>la ligne %1 manque</translation>
    </message>
    <message>
        <source>it does not link to the row before it</source>
        <translation>elle ne renvoie pas à la ligne précédente</translation>
    </message>
    <message>
        <source>its ledger hash does not match (changed after it was written)</source>
        <translation>son empreinte de registre ne correspond pas (modifiée après écriture)</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>son contenu a été modifié après écriture</translation>
    </message>
    <message>
        <source>the workstation&apos;s record %1 is missing</source>
        <translation>l’enregistrement %1 du poste manque</translation>
    </message>
    <message>
        <source>it does not link to the workstation&apos;s record before it</source>
        <translation>elle ne renvoie pas à l’enregistrement précédent du poste</translation>
    </message>
    <message>
        <source>its columns do not match its own content</source>
        <translation>ses colonnes ne correspondent pas à son propre contenu</translation>
    </message>
    <message>
        <source>The ledger could not be read to verify it: %1</source>
        <translation>Le registre d’équipe n’a pas pu être lu pour le vérifier : %1</translation>
    </message>
    <message>
        <source>The ledger has no records yet.</source>
        <translation>Le registre d’équipe ne contient encore aucun enregistrement.</translation>
    </message>
    <message>
        <source>All %1 ledger rows from %2 workstation(s) verified.</source>
        <translation>Les %1 lignes du registre, de %2 poste(s), sont vérifiées.</translation>
    </message>
</context>
<context>
    <name>ProductionGate</name>
    <message>
        <source>This profile has no team ledger, and production upgrades are refused without one: the approvals, change windows and freezes live there.</source>
        <translation>Ce profil n’a pas de registre d’équipe, et les mises à niveau de production sont refusées sans registre : les approbations, fenêtres de modification et gels des modifications y sont conservés.</translation>
    </message>
    <message>
        <source>This profile has no team ledger: no approval, change window or freeze was checked.</source>
        <translation>Ce profil n’a pas de registre d’équipe : aucune approbation, fenêtre de modification ni gel des modifications n’a été vérifié.</translation>
    </message>
    <message>
        <source>The team ledger could not be read, so the approvals, change windows and freezes cannot be checked: production upgrades wait until it can be read.</source>
        <translation>Le registre d’équipe n’a pas pu être lu, les approbations, fenêtres de modification et gels des modifications ne peuvent donc pas être vérifiés : les mises à niveau de production attendent qu’il soit lisible.</translation>
    </message>
    <message>
        <source>The team ledger could not be read: no approval, change window or freeze was checked.</source>
        <translation>Le registre d’équipe n’a pas pu être lu : aucune approbation, fenêtre de modification ni gel des modifications n’a été vérifié.</translation>
    </message>
    <message>
        <source>Emergency override approved by %1: %2</source>
        <translation>Dérogation d’urgence approuvée par %1 : %2</translation>
    </message>
    <message>
        <source>The emergency override does not count: %1</source>
        <translation>La dérogation d’urgence ne compte pas : %1</translation>
    </message>
    <message>
        <source>This upgrade may go now.</source>
        <translation>Cette mise à niveau peut partir maintenant.</translation>
    </message>
    <message>
        <source>it names no lead</source>
        <translation>elle ne nomme aucun responsable</translation>
    </message>
    <message>
        <source>it was given for another upgrade than this one</source>
        <translation>elle a été donnée pour une autre mise à niveau</translation>
    </message>
    <message>
        <source>%1 cannot approve an override of their own upgrade</source>
        <translation>%1 ne peut pas approuver une dérogation pour sa propre mise à niveau</translation>
    </message>
    <message>
        <source>%1&apos;s role &quot;%2&quot; may not approve overrides (%3 may)</source>
        <translation>Le rôle « %2 » de %1 ne peut pas approuver de dérogation (%3 le peut)</translation>
    </message>
    <message numerus="yes">
        <source>it needs a written reason of at least %n characters</source>
        <translation>
            <numerusform>elle nécessite une justification écrite d’au moins %n caractère</numerusform>
            <numerusform>elle nécessite une justification écrite d’au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>it is dated in the future</source>
        <translation>elle est datée dans le futur</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>elle a expiré</translation>
    </message>
    <message>
        <source>The approval request was filed for environment %1; this trigger goes to %2: file a new request for it.</source>
        <translation>La demande d’approbation a été déposée pour l’environnement %1 ; ce déclenchement va vers %2 : déposez une nouvelle demande pour celui-ci.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Resumed watching %n upgrade(s)</source>
        <translation>
            <numerusform>Suivi de %n mise à niveau repris</numerusform>
            <numerusform>Suivi de %n mises à niveau repris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordJournal</name>
    <message>
        <source>entry %1 is missing</source>
        <translation>l’entrée %1 manque</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>l’entrée %1 ne renvoie pas à l’entrée précédente</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l’entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>entry %1 does not match its own content</source>
        <translation>l’entrée %1 ne correspond pas à son propre contenu</translation>
    </message>
    <message>
        <source>The record chain is broken: %1.</source>
        <translation>La chaîne des enregistrements est rompue : %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) verified.</source>
        <translation>
            <numerusform>%n enregistrement vérifié.</numerusform>
            <numerusform>Les %n enregistrements sont vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No local records yet.</source>
        <translation>Aucun enregistrement local pour l’instant.</translation>
    </message>
    <message>
        <source>The records could not be read to verify them: %1</source>
        <translation>Les enregistrements n’ont pas pu être lus pour les vérifier : %1</translation>
    </message>
    <message>
        <source>The local store %1 is full (no space left on its disk, or a size limit reached): this record was not written and nothing that needs it was done. Free some disk space and try again; every record written before is kept.</source>
        <translation>Le stockage local %1 est plein (plus d’espace sur son disque, ou limite de taille atteinte) : cet enregistrement n’a pas été écrit et rien de ce qui en dépend n’a été fait. Libérez de l’espace disque et réessayez ; tous les enregistrements écrits auparavant sont conservés.</translation>
    </message>
</context>
<context>
    <name>SafeguardBookText</name>
    <message>
        <source>only a platform lead (portal role admin) may set the policy; this was written with role &quot;%1&quot;</source>
        <translation>seul un responsable de plateforme (rôle admin sur le portail) peut définir la politique ; celle-ci a été écrite avec le rôle « %1 »</translation>
    </message>
    <message>
        <source>the record cannot be read: %1</source>
        <translation>l’enregistrement ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the id %1 was used by an earlier record</source>
        <translation>l’identifiant %1 a déjà été utilisé par un enregistrement antérieur</translation>
    </message>
    <message>
        <source>its content hash is not the hash of the trigger it names</source>
        <translation>son empreinte de contenu n’est pas l’empreinte du déclenchement qu’il nomme</translation>
    </message>
    <message>
        <source>the lead it names is not the person who wrote it</source>
        <translation>le responsable qu’il nomme n’est pas la personne qui l’a écrit</translation>
    </message>
</context>
<context>
    <name>SafeguardCli</name>
    <message>
        <source>this profile has no team ledger, and approvals and the policy live there (&apos;deployctl ledger set&apos;)</source>
        <translation>ce profil n’a pas de registre d’équipe, et c’est là que se trouvent les approbations et la politique (&apos;deployctl ledger set&apos;)</translation>
    </message>
    <message>
        <source>no ledger password: &apos;deployctl ledger password&apos; keeps one</source>
        <translation>aucun mot de passe de registre : &apos;deployctl ledger password&apos; en conserve un</translation>
    </message>
    <message>
        <source>the team ledger could not be read: %1</source>
        <translation>le registre d’équipe n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>approval request|approve ID|reject ID|override ID|list, or policy show|set</source>
        <translation>approval request|approve ID|reject ID|override ID|list, ou policy show|set</translation>
    </message>
    <message>
        <source>approval %1 needs the request id</source>
        <translation>approval %1 nécessite l’identifiant de la demande</translation>
    </message>
    <message>
        <source>approval request needs --service</source>
        <translation>approval request nécessite --service</translation>
    </message>
    <message>
        <source>%1: not a time (2026-12-07T18:00:00Z)</source>
        <translation>%1 : n’est pas une heure (2026-12-07T18:00:00Z)</translation>
    </message>
    <message>
        <source>policy set needs --file F and --reason R</source>
        <translation>policy set nécessite --file F et --reason R</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>warning: recorded here, not yet in the team ledger (%1); it ships with &apos;deployctl ledger ship&apos; or the console</source>
        <translation>avertissement : enregistré ici, pas encore dans le registre d’équipe (%1) ; il sera envoyé avec &apos;deployctl ledger ship&apos; ou par la console</translation>
    </message>
    <message>
        <source>Approval request %1 filed. %2</source>
        <translation>Demande d’approbation %1 déposée. %2</translation>
    </message>
    <message>
        <source>Approved request %1. %2</source>
        <translation>Demande %1 approuvée. %2</translation>
    </message>
    <message>
        <source>Rejected request %1. %2</source>
        <translation>Demande %1 rejetée. %2</translation>
    </message>
    <message>
        <source>Emergency override %1 given for request %2 (deployctl upgrade --approval %2 --emergency-override %1).</source>
        <translation>Dérogation d’urgence %1 accordée pour la demande %2 (deployctl upgrade --approval %2 --emergency-override %1).</translation>
    </message>
    <message>
        <source>The policy is set.</source>
        <translation>La politique est définie.</translation>
    </message>
    <message>
        <source>No policy has been set: the defaults apply (docs/policy.md).</source>
        <translation>Aucune politique n’a été définie : les valeurs par défaut s’appliquent (docs/policy.md).</translation>
    </message>
    <message>
        <source>Set by %1 at %2: %3</source>
        <translation>Définie par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Ignored %1 by %2: %3</source>
        <translation>%1 ignoré par %2 : %3</translation>
    </message>
    <message>
        <source>No approval requests.</source>
        <translation>Aucune demande d’approbation.</translation>
    </message>
</context>
<context>
    <name>SafeguardRecordText</name>
    <message>
        <source>it has no %1</source>
        <translation>il lui manque %1</translation>
    </message>
    <message>
        <source>its policy cannot be read: %1</source>
        <translation>sa politique ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>its scope &quot;%1&quot; is not a service</source>
        <translation>sa portée « %1 » n’est pas un service</translation>
    </message>
    <message>
        <source>its decision &quot;%1&quot; is not approve or reject</source>
        <translation>sa décision « %1 » n’est ni approve ni reject</translation>
    </message>
    <message>
        <source>its %1 is not an ISO 8601 time</source>
        <translation>son champ %1 n’est pas une heure ISO 8601</translation>
    </message>
</context>
<context>
    <name>SafeguardText</name>
    <message>
        <source>Waiting for You</source>
        <translation>En attente de vous</translation>
    </message>
    <message>
        <source>Approval requests waiting for you</source>
        <translation>Demandes d&apos;approbation en attente de vous</translation>
    </message>
    <message>
        <source>Emergency &amp;Override…</source>
        <translation>&amp;Dérogation d&apos;urgence…</translation>
    </message>
    <message>
        <source>Give an emergency override for the selected request&apos;s upgrade</source>
        <translation>Accorder une dérogation d&apos;urgence pour la mise à niveau de la demande sélectionnée</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Request Not Filed</source>
        <translation>Demande non déposée</translation>
    </message>
    <message>
        <source>Policy Not Saved</source>
        <translation>Politique non enregistrée</translation>
    </message>
    <message>
        <source>Portal Deployment Console: approvals</source>
        <translation>Portal Deployment Console : approbations</translation>
    </message>
    <message numerus="yes">
        <source>%n approval request(s) waiting for you</source>
        <translation>
            <numerusform>%n demande d&apos;approbation en attente de vous</numerusform>
            <numerusform>%n demandes d&apos;approbation en attente de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Approbation demandée</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to upgrade %2 to %3 (%4). %n request(s) wait for you.</source>
        <translation>
            <numerusform>%1 demande la mise à niveau de %2 vers %3 (%4). %n demande vous attend.</numerusform>
            <numerusform>%1 demande la mise à niveau de %2 vers %3 (%4). %n demandes vous attendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals &amp;Waiting for You…</source>
        <translation>Demandes en &amp;attente de vous…</translation>
    </message>
    <message>
        <source>Safe&amp;guards Policy…</source>
        <translation>Politique des &amp;garde-fous…</translation>
    </message>
</context>
<context>
    <name>Safeguards</name>
    <message>
        <source>Sign in first: who acts and with which role comes from the portal session.</source>
        <translation>Connectez-vous d’abord : l’identité et le rôle de la personne qui agit proviennent de la session du portail.</translation>
    </message>
    <message>
        <source>The local records are not open, so nothing can be recorded.</source>
        <translation>Les enregistrements locaux ne sont pas ouverts, rien ne peut donc être enregistré.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indiquez un motif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service: agent, orchestrator, customer-portal or all.</source>
        <translation>« %1 » n’est pas un service : agent, orchestrator, customer-portal ou all.</translation>
    </message>
    <message>
        <source>The request names no tenant: the profile has none.</source>
        <translation>La demande ne nomme aucun locataire : le profil n’en a pas.</translation>
    </message>
    <message>
        <source>The planned window ends before it begins.</source>
        <translation>La fenêtre prévue se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The planned window has already ended.</source>
        <translation>La fenêtre prévue est déjà terminée.</translation>
    </message>
    <message>
        <source>There is no approval request %1.</source>
        <translation>Il n’existe pas de demande d’approbation %1.</translation>
    </message>
    <message>
        <source>You filed request %1 yourself: another person must approve or reject it.</source>
        <translation>Vous avez déposé la demande %1 vous-même : une autre personne doit l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>You filed request %1 yourself: another person must give the emergency override.</source>
        <translation>Vous avez déposé la demande %1 vous-même : une autre personne doit accorder la dérogation d’urgence.</translation>
    </message>
    <message>
        <source>Your portal role &quot;%1&quot; may not decide this request: the policy names %2.</source>
        <translation>Votre rôle sur le portail « %1 » ne peut pas statuer sur cette demande : la politique désigne %2.</translation>
    </message>
    <message>
        <source>Your portal role &quot;%1&quot; may not give an emergency override: the policy names %2.</source>
        <translation>Votre rôle sur le portail « %1 » ne peut pas accorder de dérogation d’urgence : la politique désigne %2.</translation>
    </message>
    <message numerus="yes">
        <source>An emergency override needs a written reason of at least %n characters.</source>
        <translation>
            <numerusform>Une dérogation d’urgence nécessite un motif écrit d’au moins %n caractère.</numerusform>
            <numerusform>Une dérogation d’urgence nécessite un motif écrit d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a platform lead (portal role admin) may set the policy; your role is &quot;%1&quot;.</source>
        <translation>Seul un responsable de plateforme (rôle admin sur le portail) peut définir la politique ; votre rôle est « %1 ».</translation>
    </message>
    <message>
        <source>The policy cannot be stored: %1</source>
        <translation>La politique ne peut pas être enregistrée : %1</translation>
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
        <translation>Aucune fenêtre de modification ne s’applique : les mises à niveau peuvent partir à tout moment</translation>
    </message>
    <message>
        <source>Change window open until %1</source>
        <translation>Fenêtre de changement ouverte jusqu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>Outside every change window: none opens in the next %n day(s)</source>
        <translation>
            <numerusform>Hors de toute fenêtre de modification : aucune ne s’ouvre dans le %n prochain jour</numerusform>
            <numerusform>Hors de toute fenêtre de modification : aucune ne s’ouvre dans les %n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside every change window: the next opens %1</source>
        <translation>Hors de toute fenêtre de modification : la prochaine s’ouvre %1</translation>
    </message>
    <message>
        <source>FROZEN until %1: %2</source>
        <translation>GELÉ jusqu’au %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Console de déploiement du portail</translation>
    </message>
</context>
<context>
    <name>pdc::ActiveArea</name>
    <message>
        <source>Active upgrades</source>
        <translation>Mises à niveau en cours</translation>
    </message>
    <message>
        <source>No upgrades are being watched</source>
        <translation>Aucune mise à niveau n’est suivie</translation>
    </message>
    <message>
        <source>Upgrades you start or open from History are watched here until they finish. Watches resume after the console restarts.</source>
        <translation>Les mises à niveau que vous démarrez ou ouvrez depuis l’historique sont suivies ici jusqu’à leur fin. Les suivis reprennent après un redémarrage de la console.</translation>
    </message>
    <message>
        <source>Watched upgrades</source>
        <translation>Mises à niveau suivies</translation>
    </message>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Console de déploiement du portail</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Upgrade %1: %2</source>
        <translation>Mise à niveau %1 : %2</translation>
    </message>
    <message>
        <source>Finished. Validate it with the checklist.</source>
        <translation>Terminée. Validez-la avec la liste de contrôle.</translation>
    </message>
    <message>
        <source>Finished with %1. See the guidance in the Active area.</source>
        <translation>Terminée avec %1. Voir les consignes dans la zone En cours.</translation>
    </message>
    <message>
        <source>%1 — %2 Press “Start Validation Checklist” when ready.</source>
        <translation>%1 — %2 Appuyez sur « Démarrer la liste de contrôle » quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Ended in a state this console does not know. Check the services in the Active area and the portal.</source>
        <translation>Terminé dans un état que cette console ne connaît pas. Vérifiez les services dans la zone « En cours » et le portail.</translation>
    </message>
</context>
<context>
    <name>pdc::AmendmentDialog</name>
    <message>
        <source>Amend the signed checklist</source>
        <translation>Amender la liste de contrôle approuvée</translation>
    </message>
    <message>
        <source>The signed record of upgrade %1 is not changed. The amendment is appended with your name and the time, and is part of every export.</source>
        <translation>L’enregistrement approuvé de la mise à niveau %1 n’est pas modifié. L’amendement est ajouté avec votre nom et l’heure, et fait partie de chaque export.</translation>
    </message>
    <message>
        <source>The whole checklist</source>
        <translation>La liste de contrôle entière</translation>
    </message>
    <message>
        <source>&amp;Corrects:</source>
        <translation>&amp;Corrige :</translation>
    </message>
    <message>
        <source>What is corrected, and why (required)</source>
        <translation>Ce qui est corrigé, et pourquoi (obligatoire)</translation>
    </message>
    <message>
        <source>Amendment text (required)</source>
        <translation>Texte de l’amendement (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Amendment:</source>
        <translation>&amp;Amendement :</translation>
    </message>
    <message>
        <source>A&amp;ppend amendment</source>
        <translation>A&amp;jouter l’amendement</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalDecisionDialog</name>
    <message>
        <source>Emergency override</source>
        <translation>Dérogation d’urgence</translation>
    </message>
    <message>
        <source>Approve or reject a request</source>
        <translation>Approuver ou rejeter une demande</translation>
    </message>
    <message>
        <source>An emergency override lets exactly this upgrade go outside its change window or during a freeze. It does not replace the four-eyes approval.</source>
        <translation>Une dérogation d’urgence permet à exactement cette mise à niveau de partir hors de sa fenêtre de modification ou pendant un gel des modifications. Elle ne remplace pas l’approbation à quatre yeux.</translation>
    </message>
    <message>
        <source>%1
An emergency override lets exactly this upgrade go now. It does not replace the four-eyes approval.</source>
        <translation>%1
Une dérogation d’urgence permet à exactement cette mise à niveau de partir maintenant. Elle ne remplace pas l’approbation à quatre yeux.</translation>
    </message>
    <message>
        <source>Your decision counts for exactly this upgrade (its content hash). Your name and portal role are recorded with it.</source>
        <translation>Votre décision vaut pour exactement cette mise à niveau (son empreinte de contenu). Votre nom et votre rôle sur le portail sont enregistrés avec elle.</translation>
    </message>
    <message>
        <source>Requested by %1, filed %2</source>
        <translation>Demandée par %1, déposée %2</translation>
    </message>
    <message>
        <source>Request %1 by %2, filed %3</source>
        <translation>Demande %1 de %2, déposée %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Prévue : de %1 à %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>sans fin prévue</translation>
    </message>
    <message>
        <source>Planned: no window given</source>
        <translation>Prévue : aucune fenêtre indiquée</translation>
    </message>
    <message numerus="yes">
        <source>Why this cannot wait (at least %n characters)</source>
        <translation>
            <numerusform>Pourquoi cela ne peut pas attendre (au moins %n caractère)</numerusform>
            <numerusform>Pourquoi cela ne peut pas attendre (au moins %n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Override reason (required, at least %n characters)</source>
        <translation>
            <numerusform>Motif de la dérogation (obligatoire, au moins %n caractère)</numerusform>
            <numerusform>Motif de la dérogation (obligatoire, au moins %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reason (required to reject)</source>
        <translation>Votre motif (obligatoire pour rejeter)</translation>
    </message>
    <message>
        <source>Decision reason (required to reject)</source>
        <translation>Motif de la décision (obligatoire pour rejeter)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Approve override</source>
        <translation>A&amp;pprouver la dérogation</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message numerus="yes">
        <source>An override needs a written reason of at least %n characters (%1 so far).</source>
        <translation>
            <numerusform>Une dérogation nécessite un motif écrit d’au moins %n caractère (%1 pour l’instant).</numerusform>
            <numerusform>Une dérogation nécessite un motif écrit d’au moins %n caractères (%1 pour l’instant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why you reject it: the requester reads it.</source>
        <translation>Écrivez pourquoi vous la rejetez : le demandeur le lira.</translation>
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
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Safeguards: four-eyes approval</source>
        <translation>Garde-fous : approbation à quatre yeux</translation>
    </message>
    <message>
        <source>Approvals that count</source>
        <translation>Approbations valides</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What stops or qualifies this upgrade:</source>
        <translation>Ce qui bloque ou conditionne cette mise à niveau :</translation>
    </message>
    <message>
        <source>Blockers and warnings</source>
        <translation>Blocages et avertissements</translation>
    </message>
    <message>
        <source>Request approval of this upgrade from another person</source>
        <translation>Demander à une autre personne d’approuver cette mise à niveau</translation>
    </message>
    <message>
        <source>Ask a lead for an emergency override of the change window or freeze</source>
        <translation>Demander à un responsable une dérogation d’urgence à la fenêtre de modification ou au gel des modifications</translation>
    </message>
    <message>
        <source>Choose a scope and version to see what this upgrade needs</source>
        <translation>Choisissez une portée et une version pour voir ce dont cette mise à niveau a besoin</translation>
    </message>
    <message>
        <source>This upgrade may go</source>
        <translation>Cette mise à niveau peut partir</translation>
    </message>
    <message>
        <source>This upgrade may go, with warnings</source>
        <translation>Cette mise à niveau peut partir, avec des avertissements</translation>
    </message>
    <message>
        <source>This upgrade may not go yet</source>
        <translation>Cette mise à niveau ne peut pas encore partir</translation>
    </message>
    <message>
        <source>Approvals not checked: no readable team ledger</source>
        <translation>Approbations non vérifiées : aucun registre d’équipe lisible</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Approval state: %1</source>
        <translation>État de l’approbation : %1</translation>
    </message>
    <message>
        <source>Request %1 by %2, filed %3, for %4 %5 on %6 (hash %7)</source>
        <translation>Demande %1 de %2, déposée %3, pour %4 %5 sur %6 (empreinte %7)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Prévue : de %1 à %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>sans fin prévue</translation>
    </message>
    <message>
        <source>Content hash %1</source>
        <translation>Empreinte de contenu %1</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %1 of %2 — %n more needed</source>
        <translation>
            <numerusform>Approbations : %1 sur %2 — encore %n nécessaire</numerusform>
            <numerusform>Approbations : %1 sur %2 — encore %n nécessaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals: %1 of %2 — none more needed</source>
        <translation>Approbations : %1 sur %2 — aucune autre nécessaire</translation>
    </message>
    <message>
        <source>The approval expires %1</source>
        <translation>L’approbation expire %1</translation>
    </message>
    <message>
        <source>The approval expired %1</source>
        <translation>L’approbation a expiré %1</translation>
    </message>
    <message>
        <source>The first approval lapses %1</source>
        <translation>La première approbation expire %1</translation>
    </message>
    <message>
        <source>Rejected by %1 (%2) %3: %4</source>
        <translation>Rejetée par %1 (%2) %3 : %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>glyph, sentence</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Blocage : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>≠ Differs from the request: %1</source>
        <translation>≠ Diffère de la demande : %1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Différence : %1</translation>
    </message>
    <message>
        <source>%1 The emergency override does not count: %2</source>
        <translation>%1 La dérogation d’urgence ne compte pas : %2</translation>
    </message>
    <message>
        <source>Req&amp;uest approval…</source>
        <translation>Demander l’approbation d’un &amp;homologue…</translation>
    </message>
    <message>
        <source>Emergency override…</source>
        <translation>Dérogation d’urgence…</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueModel</name>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>encore %n nécessaire</numerusform>
            <numerusform>encore %n nécessaires</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rejetée par %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>approved, planned window not begun</source>
        <translation>approuvée, fenêtre prévue pas encore commencée</translation>
    </message>
    <message>
        <source>no approval needed</source>
        <translation>aucune approbation nécessaire</translation>
    </message>
    <message>
        <source>for another upgrade</source>
        <translation>pour une autre mise à niveau</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>aucune demande</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1 %2, forced</source>
        <translation>%1 %2, forcé</translation>
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
        <translation>%1 — votre demande : vous ne pouvez pas l’approuver</translation>
    </message>
    <message>
        <source>%1 — you decided</source>
        <translation>%1 — vous avez statué</translation>
    </message>
    <message>
        <source>You filed this request; another person must approve it.</source>
        <translation>Vous avez déposé cette demande ; une autre personne doit l’approuver.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Scope and version</source>
        <translation>Portée et version</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalQueueView</name>
    <message>
        <source>Approval requests waiting for you</source>
        <translation>Demandes d’approbation qui vous attendent</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Demandes d’approbation</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the selected request</source>
        <translation>Rejeter la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Waiting for you: nothing</source>
        <translation>En a&amp;ttente de vous : aucune demande</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Waiting for you: %n request(s)</source>
        <translation>
            <numerusform>En a&amp;ttente de vous : %n demande</numerusform>
            <numerusform>En a&amp;ttente de vous : %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>No approval request is open.</source>
        <translation>Aucune demande d’approbation n’est ouverte.</translation>
    </message>
    <message>
        <source>Select a request to approve or reject it.</source>
        <translation>Sélectionnez une demande pour l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>You filed this request: another person must approve or reject it.</source>
        <translation>Vous avez déposé cette demande : une autre personne doit l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>This request can no longer be decided: %1.</source>
        <translation>Il n’est plus possible de statuer sur cette demande : %1.</translation>
    </message>
</context>
<context>
    <name>pdc::ApprovalRequestDialog</name>
    <message>
        <source>Request approval</source>
        <translation>Demander une approbation</translation>
    </message>
    <message>
        <source>Another person approves exactly this upgrade. Any change to tenant, scope, version or the force flag needs a new approval.</source>
        <translation>Une autre personne approuve exactement cette mise à niveau. Toute modification du locataire, de la portée, de la version ou de l’option de déploiement forcé nécessite une nouvelle approbation.</translation>
    </message>
    <message>
        <source>Why this upgrade, and why now (required)</source>
        <translation>Pourquoi cette mise à niveau, et pourquoi maintenant (obligatoire)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Plan a window (times in %1)</source>
        <translation>&amp;Planifier une fenêtre (heures en %1)</translation>
    </message>
    <message>
        <source>Planned from, in %1</source>
        <translation>Début prévu, en %1</translation>
    </message>
    <message>
        <source>Planned until, in %1</source>
        <translation>Fin prévue, en %1</translation>
    </message>
    <message>
        <source>&amp;From (%1):</source>
        <translation>&amp;De (%1) :</translation>
    </message>
    <message>
        <source>&amp;Until (%1):</source>
        <translation>&amp;Jusqu’à (%1) :</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Write a reason: the approver reads it.</source>
        <translation>Écrivez un motif : l’approbateur le lira.</translation>
    </message>
    <message>
        <source>The planned window ends before it starts.</source>
        <translation>La fenêtre prévue se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Planned from %1 until %2</source>
        <translation>Prévue de %1 jusqu’à %2</translation>
    </message>
    <message>
        <source>No planned window: the approval is valid for as long as the policy says.</source>
        <translation>Aucune fenêtre prévue : l’approbation est valable aussi longtemps que le prévoit la politique.</translation>
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
        <translation>%1 — levé par une dérogation d’urgence de %2 : %3</translation>
    </message>
    <message>
        <source>Team ledger unreachable: safeguards not checked; production upgrades are refused until it can be read</source>
        <translation>Registre d’équipe injoignable : garde-fous non vérifiés ; les mises à niveau de production sont refusées jusqu’à ce qu’il puisse être lu</translation>
    </message>
    <message>
        <source>Team ledger unreachable: safeguards not checked</source>
        <translation>Registre d’équipe injoignable : garde-fous non vérifiés</translation>
    </message>
    <message>
        <source>No team ledger: safeguards not checked; production upgrades are refused</source>
        <translation>Aucun registre d’équipe : garde-fous non vérifiés ; les mises à niveau de production sont refusées</translation>
    </message>
    <message>
        <source>No team ledger: safeguards not checked</source>
        <translation>Aucun registre d’équipe : garde-fous non vérifiés</translation>
    </message>
    <message>
        <source>Change windows not known yet</source>
        <translation>Fenêtres de modification pas encore connues</translation>
    </message>
    <message>
        <source>Change window: %1</source>
        <translation>Fenêtre de modification : %1</translation>
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
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>The console runs a probe and records its evidence.</source>
        <translation>La console lance une sonde et en consigne la preuve.</translation>
    </message>
    <message>
        <source>You check this yourself and record pass or fail with a note.</source>
        <translation>Vous le vérifiez vous-même et enregistrez réussite ou échec avec une note.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Response excerpt of %1</source>
        <translation>Extrait de réponse de %1</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Lancer la vérification</translation>
    </message>
    <message>
        <source>Run the check: %1</source>
        <translation>Lancer la vérification : %1</translation>
    </message>
    <message>
        <source>Pass…</source>
        <translation>Réussi…</translation>
    </message>
    <message>
        <source>Record a pass with a note: %1</source>
        <translation>Enregistrer une réussite avec une note : %1</translation>
    </message>
    <message>
        <source>Fail…</source>
        <translation>Échec…</translation>
    </message>
    <message>
        <source>Record a failure with a note: %1</source>
        <translation>Enregistrer un échec avec une note : %1</translation>
    </message>
    <message>
        <source>Checklist item %1: %2</source>
        <translation>Élément %1 de la liste : %2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ RÉUSSI</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ ÉCHEC</translation>
    </message>
    <message>
        <source>Result of %1: %2</source>
        <translation>Résultat de %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3</source>
        <translation>HTTP %1 · %2 ms · %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Lien : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Attachment: %1 (SHA-256 %2…)</source>
        <translation>Pièce jointe : %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Enregistré par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s) kept in the record</source>
        <translation>
            <numerusform>%n tentative antérieure conservée dans l’enregistrement</numerusform>
            <numerusform>%n tentatives antérieures conservées dans l’enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-run check</source>
        <translation>Relancer la vérification</translation>
    </message>
</context>
<context>
    <name>pdc::ConnectionBanner</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION</source>
        <translation>⚠ PRODUCTION</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>PRÉPRODUCTION</translation>
    </message>
    <message>
        <source>DEVELOPMENT</source>
        <translation>DÉVELOPPEMENT</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DÉMO — %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>No portal connection. Choose a profile to connect.</source>
        <translation>Aucune connexion au portail. Choisissez un profil pour vous connecter.</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt; • tenant &lt;b&gt;%2&lt;/b&gt; • %3 • %4</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt; • locataire &lt;b&gt;%2&lt;/b&gt; • %3 • %4</translation>
    </message>
    <message>
        <source>⚠ The portal reports tenant %1 (%2)</source>
        <translation>⚠ Le portail indique le locataire %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pdc::ConsoleApp</name>
    <message>
        <source>The local store cannot be opened: %1</source>
        <translation>Le stockage local ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>The local records cannot be opened: %1</source>
        <translation>Les enregistrements locaux ne peuvent pas être ouverts : %1</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Le portail de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation>Portail de démonstration</translation>
    </message>
    <message>
        <source>Signing in to the demo portal at %1…</source>
        <translation>Connexion au portail de démonstration à %1…</translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation>Échec de la connexion de démonstration : %1</translation>
    </message>
    <message>
        <source>Signed in to the demo portal</source>
        <translation>Connecté au portail de démonstration</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n’existe pas de profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the session is kept in memory only.</source>
        <translation>Le trousseau n’est pas disponible (%1) ; la session est gardée en mémoire seulement.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in again as %1; watches resume.</source>
        <translation>Reconnecté en tant que %1 ; les suivis reprennent.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>The demo portal has stopped (%1).</source>
        <translation>Le portail de démonstration s’est arrêté (%1).</translation>
    </message>
    <message>
        <source>Saving the ledger password in the keychain…</source>
        <translation>Enregistrement du mot de passe du registre dans le trousseau…</translation>
    </message>
    <message>
        <source>The ledger password for %1 is in the keychain; reconnect the profile to ship with it.</source>
        <translation>Le mot de passe du registre pour %1 est dans le trousseau ; reconnectez le profil pour envoyer avec.</translation>
    </message>
    <message>
        <source>The ledger password could not be saved in the keychain: %1</source>
        <translation>Le mot de passe du registre n’a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>pdc::DemoPortal</name>
    <message>
        <source>there is no portal-sim program at %1</source>
        <translation>aucun programme portal-sim à l’emplacement %1</translation>
    </message>
    <message>
        <source>no temporary folder for its data: %1</source>
        <translation>aucun dossier temporaire pour ses données : %1</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n’a pas démarré : %2</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1 exited before it was ready: %2</source>
        <translation>%1 s’est arrêté avant d’être prêt : %2</translation>
    </message>
    <message>
        <source>%1 did not report its address within %2 seconds</source>
        <translation>%1 n’a pas indiqué son adresse en moins de %2 secondes</translation>
    </message>
    <message>
        <source>%1 announced an unexpected address: %2</source>
        <translation>%1 a annoncé une adresse inattendue : %2</translation>
    </message>
    <message>
        <source>%1 does not answer at %2</source>
        <translation>%1 ne répond pas à %2</translation>
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
        <translation>Que faire après une mise à niveau partielle ou en échec</translation>
    </message>
    <message>
        <source>Dashboard links</source>
        <translation>Liens des tableaux de bord</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rollback:&lt;/b&gt; the deployment API has no rollback endpoint. &lt;ol&gt;&lt;li&gt;Use this status and the History area to understand what happened.&lt;/li&gt;&lt;li&gt;Coordinate the rollback or corrective deployment through your existing deployment process.&lt;/li&gt;&lt;li&gt;Validate the restored state with the same checks: health, one provider-backed path and one connector-backed path.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Retour arrière :&lt;/b&gt; l’API de déploiement n’a pas de point de retour arrière. &lt;ol&gt;&lt;li&gt;Servez-vous de cet état et de la zone Historique pour comprendre ce qui s’est passé.&lt;/li&gt;&lt;li&gt;Coordonnez le retour arrière ou le déploiement correctif par votre processus de déploiement habituel.&lt;/li&gt;&lt;li&gt;Validez l’état restauré avec les mêmes vérifications : santé, un chemin passant par un fournisseur et un chemin passant par un connecteur.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>⚠ PARTIAL: some services moved and others did not.</source>
        <translation>⚠ PARTIEL : certains services ont évolué, d’autres non.</translation>
    </message>
    <message>
        <source>✖ FAILED: the upgrade did not complete.</source>
        <translation>✖ ÉCHEC : la mise à niveau ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>%1: %2 (rollout %3) %4</source>
        <translation>%1 : %2 (déploiement %3) %4</translation>
    </message>
    <message>
        <source>No service reported a failure; see the table above.</source>
        <translation>Aucun service n’a signalé d’échec ; voir le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>Failed services:
%1</source>
        <translation>Services en échec :
%1</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métriques</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>journaux</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Vérifier %1 : %2</translation>
    </message>
    <message>
        <source>Add metrics and logs link templates to the connection profile to get direct links here.</source>
        <translation>Ajoutez des modèles de liens pour les métriques et les journaux au profil de connexion pour obtenir ici des liens directs.</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryArea</name>
    <message>
        <source>Upgrade history</source>
        <translation>Historique des mises à niveau</translation>
    </message>
    <message>
        <source>Upgrades shown</source>
        <translation>Mises à niveau affichées</translation>
    </message>
    <message>
        <source>History loading progress</source>
        <translation>Progression du chargement de l’historique</translation>
    </message>
    <message>
        <source>History refresh status</source>
        <translation>État d’actualisation de l’historique</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Refresh history from the portal</source>
        <translation>Actualiser l’historique depuis le portail</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the shown upgrades as CSV</source>
        <translation>Exporter les mises à niveau affichées en CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the shown upgrades as JSON</source>
        <translation>Exporter les mises à niveau affichées en JSON</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vues de l’historique</translation>
    </message>
    <message>
        <source>Upgrade history table</source>
        <translation>Tableau de l’historique des mises à niveau</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Char&amp;ts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln upgrade(s) shown</source>
        <translation>
            <numerusform>%1 mise à niveau affichée sur %Ln</numerusform>
            <numerusform>%1 mises à niveau affichées sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %1 of %Ln upgrade(s)…</source>
        <translation>
            <numerusform>Chargement depuis le portail : %1 mise à niveau sur %Ln…</numerusform>
            <numerusform>Chargement depuis le portail : %1 mises à niveau sur %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading from the portal: %Ln upgrade(s) so far…</source>
        <translation>
            <numerusform>Chargement depuis le portail : %Ln mise à niveau jusqu’ici…</numerusform>
            <numerusform>Chargement depuis le portail : %Ln mises à niveau jusqu’ici…</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date; last refreshed at %1.</source>
        <translation>À jour ; dernière actualisation à %1.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: cached, last refreshed at %1. Press F5 to try again.</source>
        <translation>Le portail est injoignable : en cache, dernière actualisation à %1. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Not refreshed (%1): cached, last refreshed at %2.</source>
        <translation>Non actualisé (%1) : en cache, dernière actualisation à %2.</translation>
    </message>
    <message>
        <source>Reading the local cache…</source>
        <translation>Lecture du cache local…</translation>
    </message>
    <message>
        <source>Cached, last refreshed at %1.</source>
        <translation>En cache, dernière actualisation à %1.</translation>
    </message>
    <message>
        <source>Not signed in: cached, last refreshed at %1. Sign in to refresh.</source>
        <translation>Non connecté : en cache, dernière actualisation à %1. Connectez-vous pour actualiser.</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <source>Fetching the upgrade history from the portal. Rows appear as pages arrive.</source>
        <translation>Récupération de l’historique des mises à niveau depuis le portail. Les lignes apparaissent à l’arrivée des pages.</translation>
    </message>
    <message>
        <source>Reading the history cached on this workstation.</source>
        <translation>Lecture de l’historique en cache sur ce poste.</translation>
    </message>
    <message>
        <source>History is unavailable</source>
        <translation>L’historique est indisponible</translation>
    </message>
    <message>
        <source>The portal cannot be reached (%1) and no history is cached on this workstation yet. Check the network or VPN and the portal&apos;s address, then try again.</source>
        <translation>Le portail est injoignable (%1) et aucun historique n’est encore en cache sur ce poste. Vérifiez le réseau ou le VPN et l’adresse du portail, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>History could not be loaded</source>
        <translation>L’historique n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>The portal answered: %1. If your session expired, sign in again; then try again.</source>
        <translation>Le portail a répondu : %1. Si votre session a expiré, reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to a portal to load its upgrade history. Nothing is cached for it yet.</source>
        <translation>Connectez-vous à un portail pour charger son historique des mises à niveau. Rien n’est encore en cache pour lui.</translation>
    </message>
    <message>
        <source>No upgrades yet</source>
        <translation>Aucune mise à niveau pour l’instant</translation>
    </message>
    <message>
        <source>The portal has no upgrade history for this tenant. Upgrades started from the Upgrade area will appear here.</source>
        <translation>Le portail n’a pas d’historique de mises à niveau pour ce locataire. Les mises à niveau démarrées depuis la zone Mise à niveau apparaîtront ici.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln upgrade(s)…</source>
        <translation>
            <numerusform>Export de %Ln mise à niveau…</numerusform>
            <numerusform>Export de %Ln mises à niveau…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1. SHA-256: %2 (also written to %3).</source>
        <translation>
            <numerusform>%Ln mise à niveau exportée vers %1. SHA-256 : %2 (aussi écrit dans %3).</numerusform>
            <numerusform>%Ln mises à niveau exportées vers %1. SHA-256 : %2 (aussi écrit dans %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed: %2. Choose another folder and try again.</source>
        <translation>L’export vers %1 a échoué : %2. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln upgrade(s) shown: nothing matches the filters; press Clear filters (Alt+L) to see all.</source>
        <translation>
            <numerusform>0 mise à niveau affichée sur %Ln : rien ne correspond aux filtres ; appuyez sur Effacer les filtres (Alt+F) pour tout voir.</numerusform>
            <numerusform>0 mise à niveau affichée sur %Ln : rien ne correspond aux filtres ; appuyez sur Effacer les filtres (Alt+F) pour tout voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>Dernière actualisation à %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be read: %1</source>
        <translation>
            <numerusform>%Ln enregistrement n’a pas pu être lu : %1</numerusform>
            <numerusform>%Ln enregistrements n’ont pas pu être lus : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the team&apos;s records of %Ln upgrade(s) from the ledger…</source>
        <translation>
            <numerusform>Lecture dans le registre des enregistrements de l’équipe pour %Ln mise à niveau…</numerusform>
            <numerusform>Lecture dans le registre des enregistrements de l’équipe pour %Ln mises à niveau…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln upgrade(s) to %1 and their records to %2. SHA-256: %3 and %4 (also written beside each file).</source>
        <translation>
            <numerusform>%Ln mise à niveau exportée vers %1 et ses enregistrements vers %2. SHA-256 : %3 et %4 (également écrits à côté de chaque fichier).</numerusform>
            <numerusform>%Ln mises à niveau exportées vers %1 et leurs enregistrements vers %2. SHA-256 : %3 et %4 (également écrits à côté de chaque fichier).</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals and &amp;Policy</source>
        <translation>Appro&amp;bations et politique</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryCharts</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>PARTIAL (some services failed)</source>
        <translation>PARTIEL (services en échec)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Pending or in progress</source>
        <translation>En attente/en cours</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Autre résultat</translation>
    </message>
    <message>
        <source>About the charts</source>
        <translation>À propos des graphiques</translation>
    </message>
    <message>
        <source>Outcomes per week</source>
        <translation>Résultats par semaine</translation>
    </message>
    <message>
        <source>Outcomes per week, stacked by result</source>
        <translation>Résultats par semaine, empilés par résultat</translation>
    </message>
    <message>
        <source>Click a week&apos;s bar to show only that week in the table.</source>
        <translation>Cliquez sur la barre d’une semaine pour n’afficher que cette semaine dans le tableau.</translation>
    </message>
    <message>
        <source>Durations over time</source>
        <translation>Durées dans le temps</translation>
    </message>
    <message>
        <source>Upgrade durations over time, by result</source>
        <translation>Durées des mises à niveau dans le temps, par résultat</translation>
    </message>
    <message>
        <source>No upgrades match the filters, so there is nothing to chart.</source>
        <translation>Aucune mise à niveau ne correspond aux filtres : il n’y a rien à représenter.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %1 of %Ln week(s). Set a date range to see earlier weeks. Click a bar to show that week in the table.</source>
        <translation>
            <numerusform>Affichage des %1 dernières semaines sur %Ln. Choisissez une période pour voir les semaines antérieures. Cliquez sur une barre pour afficher cette semaine dans le tableau.</numerusform>
            <numerusform>Affichage des %1 dernières semaines sur %Ln. Choisissez une période pour voir les semaines antérieures. Cliquez sur une barre pour afficher cette semaine dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show that week in the table. Failed and partial upgrades are hatched in the bars and drawn as triangles and squares in the durations.</source>
        <translation>Cliquez sur une barre pour afficher cette semaine dans le tableau. Les mises à niveau en échec et partielles sont hachurées dans les barres et dessinées en triangles et en carrés dans les durées.</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>Début de semaine (UTC)</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — %2: %3 of %Ln upgrade(s). Click to show this week.</source>
        <translation>
            <numerusform>Semaine du %1 — %2 : %3 sur %Ln mise à niveau. Cliquez pour afficher cette semaine.</numerusform>
            <numerusform>Semaine du %1 — %2 : %3 sur %Ln mises à niveau. Cliquez pour afficher cette semaine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>Upgrade detail</source>
        <translation>Détail de la mise à niveau</translation>
    </message>
    <message>
        <source>Selected upgrade</source>
        <translation>Mise à niveau sélectionnée</translation>
    </message>
    <message>
        <source>Upgrade summary</source>
        <translation>Résumé de la mise à niveau</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>&amp;Suivre en direct</translation>
    </message>
    <message>
        <source>Watch this upgrade live in the Active area</source>
        <translation>Suivre cette mise à niveau en direct dans la zone En cours</translation>
    </message>
    <message>
        <source>Follow this unfinished upgrade in the Active area (read-only).</source>
        <translation>Suivre cette mise à niveau inachevée dans la zone En cours (lecture seule).</translation>
    </message>
    <message>
        <source>Open chec&amp;klist</source>
        <translation>Ouvrir la &amp;liste de contrôle</translation>
    </message>
    <message>
        <source>Open the validation checklist of this upgrade</source>
        <translation>Ouvrir la liste de contrôle de validation de cette mise à niveau</translation>
    </message>
    <message>
        <source>Why no actions are offered</source>
        <translation>Pourquoi aucune action n’est proposée</translation>
    </message>
    <message>
        <source>Per-service results (from the portal)</source>
        <translation>Résultats par service (du portail)</translation>
    </message>
    <message>
        <source>Per-service results</source>
        <translation>Résultats par service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Running / desired</source>
        <translation>En cours / souhaité</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Tâches en échec</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recorded on this workstation</source>
        <translation>Enregistré sur ce poste</translation>
    </message>
    <message>
        <source>Local records of this upgrade</source>
        <translation>Enregistrements locaux de cette mise à niveau</translation>
    </message>
    <message>
        <source>No upgrade selected</source>
        <translation>Aucune mise à niveau sélectionnée</translation>
    </message>
    <message>
        <source>Select an upgrade in the table (arrow keys or click) to see its per-service results and everything recorded about it here.</source>
        <translation>Sélectionnez une mise à niveau dans le tableau (touches fléchées ou clic) pour voir ici ses résultats par service et tout ce qui a été enregistré à son sujet.</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>Mise à niveau %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message numerus="yes">
        <source>Initiated by %1; scope %2 (%Ln service(s)); version %3%4</source>
        <translation>
            <numerusform>Lancée par %1 ; portée %2 (%Ln service) ; version %3%4</numerusform>
            <numerusform>Lancée par %1 ; portée %2 (%Ln services) ; version %3%4</numerusform>
        </translation>
    </message>
    <message>
        <source>; new deployment forced</source>
        <translation> ; nouveau déploiement forcé</translation>
    </message>
    <message>
        <source>Started %1; finished %2</source>
        <translation>Démarrée %1 ; terminée %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Portal message: %1</source>
        <translation>Message du portail : %1</translation>
    </message>
    <message>
        <source>Not connected to a portal, so per-service results cannot be fetched.</source>
        <translation>Non connecté à un portail : les résultats par service ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>Fetching per-service results from the portal…</source>
        <translation>Récupération des résultats par service depuis le portail…</translation>
    </message>
    <message>
        <source>Per-service results are unavailable: %1. The summary above is from the local cache; press F5 in History to try again once the portal answers.</source>
        <translation>Les résultats par service sont indisponibles : %1. Le résumé ci-dessus vient du cache local ; appuyez sur F5 dans l’historique pour réessayer quand le portail répond.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The portal reports no per-service results for this upgrade (state %1).</source>
        <translation>Le portail n’indique aucun résultat par service pour cette mise à niveau (état %1).</translation>
    </message>
    <message numerus="yes">
        <source>State %1 as the portal reports it now; %Ln service(s).</source>
        <translation>
            <numerusform>État %1 tel que le portail l’indique maintenant ; %Ln service.</numerusform>
            <numerusform>État %1 tel que le portail l’indique maintenant ; %Ln services.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded about this upgrade on this workstation (it may have been triggered elsewhere). The portal&apos;s summary and per-service results are above.</source>
        <translation>Rien n’a été enregistré sur cette mise à niveau sur ce poste (elle a peut-être été déclenchée ailleurs). Le résumé du portail et les résultats par service figurent ci-dessus.</translation>
    </message>
    <message>
        <source>Trigger: operator, scope, pre-flight results and overrides</source>
        <translation>Déclenchement : opérateur, portée, résultats des vérifications préalables et dérogations</translation>
    </message>
    <message>
        <source>State timeline</source>
        <translation>Chronologie des états</translation>
    </message>
    <message>
        <source>Validation checklist and sign-off</source>
        <translation>Liste de contrôle de validation et approbation</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres enregistrements</translation>
    </message>
    <message>
        <source>The local records are not available.</source>
        <translation>Les enregistrements locaux ne sont pas disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), each sealed in the journal&apos;s hash chain; verify the whole chain from the Records menu.</source>
        <translation>
            <numerusform>%Ln enregistrement, scellé dans la chaîne de hachage du journal ; vérifiez toute la chaîne depuis le menu Enregistrements.</numerusform>
            <numerusform>%Ln enregistrements, chacun scellé dans la chaîne de hachage du journal ; vérifiez toute la chaîne depuis le menu Enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2): History is read-only for this role; upgrades and checklist sign-offs are done by operators.</source>
        <translation>Connecté en tant que %1 (rôle %2) : l’historique est en lecture seule pour ce rôle ; les mises à niveau et les approbations de listes de contrôle sont faites par les opérateurs.</translation>
    </message>
    <message>
        <source>this workstation (%1)</source>
        <translation>ce poste de travail (%1)</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>poste de travail %1</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Nobody in the team has recorded anything about this upgrade yet. The portal&apos;s summary and per-service results are above.</source>
        <translation>Personne dans l’équipe n’a encore rien enregistré sur cette mise à niveau. Le résumé du portail et les résultats par service figurent ci-dessus.</translation>
    </message>
    <message>
        <source>Recorded by the team (ledger %1)</source>
        <translation>Enregistré par l’équipe (registre %1)</translation>
    </message>
    <message>
        <source>Every workstation&apos;s records of this upgrade</source>
        <translation>Les enregistrements de tous les postes de travail pour cette mise à niveau</translation>
    </message>
    <message>
        <source>Reading the team&apos;s records from the ledger…</source>
        <translation>Lecture des enregistrements de l’équipe dans le registre…</translation>
    </message>
    <message>
        <source>The team ledger could not be read (%1); only this workstation&apos;s records are shown.</source>
        <translation>Le registre d’équipe n’a pas pu être lu (%1) ; seuls les enregistrements de ce poste de travail sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of the team, each sealed in its workstation&apos;s chain and in the ledger&apos;s chain.</source>
        <translation>
            <numerusform>%Ln enregistrement de l’équipe, scellé dans la chaîne de son poste de travail et dans celle du registre.</numerusform>
            <numerusform>%Ln enregistrements de l’équipe, chacun scellé dans la chaîne de son poste de travail et dans celle du registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) of this workstation not shipped yet.</source>
        <translation>
            <numerusform>%Ln enregistrement de ce poste de travail pas encore envoyé.</numerusform>
            <numerusform>%Ln enregistrements de ce poste de travail pas encore envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>View chec&amp;klist (read-only)</source>
        <translation>Voir la &amp;liste de contrôle (lecture seule)</translation>
    </message>
    <message>
        <source>View the validation checklist of this upgrade, read-only</source>
        <translation>Voir la liste de contrôle de validation de cette mise à niveau, en lecture seule</translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2): History is read-only for this role; checklists open read-only, and upgrades and checklist sign-offs are done by operators.</source>
        <translation>Connecté en tant que %1 (rôle %2) : l’historique est en lecture seule pour ce rôle ; les listes de contrôle s’ouvrent en lecture seule, et les mises à niveau et les approbations de listes de contrôle sont faites par les opérateurs.</translation>
    </message>
    <message>
        <source>⚠ EMERGENCY OVERRIDE: started outside its change window or during a freeze, allowed by %1 (role %2) at %3: %4</source>
        <translation>⚠ DÉROGATION D’URGENCE : lancée hors de sa fenêtre de modification ou pendant un gel des modifications, autorisée par %1 (rôle %2) le %3 : %4</translation>
    </message>
    <message>
        <source>Four-eyes approval: request %1, approved by %2.</source>
        <translation>Approbation à quatre yeux : demande %1, approuvée par %2.</translation>
    </message>
    <message>
        <source>⚠ Started without a checked safeguard (team ledger: %1).</source>
        <translation>⚠ Lancée sans garde-fou vérifié (registre d’équipe : %1).</translation>
    </message>
</context>
<context>
    <name>pdc::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>A day in UTC; &quot;any&quot; leaves this end of the range open.</source>
        <translation>Un jour en UTC ; « indifférent » laisse cette borne de la période ouverte.</translation>
    </message>
    <message>
        <source>Upgrade ID, initiator, service, version, message (Ctrl+F)</source>
        <translation>ID de mise à niveau, initiateur, service, version, message (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Recherc&amp;her :</translation>
    </message>
    <message>
        <source>Started on or after (UTC day)</source>
        <translation>Démarrée le ou après (jour UTC)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Started on or before (UTC day)</source>
        <translation>Démarrée le ou avant (jour UTC)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Initiator filter</source>
        <translation>Filtre par initiateur</translation>
    </message>
    <message>
        <source>&amp;Initiated by:</source>
        <translation>Lancée &amp;par :</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filtre par service</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>Emer&amp;gency overrides only</source>
        <translation>Dérogations d’urgence uni&amp;quement</translation>
    </message>
    <message>
        <source>Show only upgrades started under an emergency override</source>
        <translation>N’afficher que les mises à niveau lancées sous une dérogation d’urgence</translation>
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
        <translation>non terminée</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forcé</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Upgrade ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Number of services involved</source>
        <translation>Nombre de services concernés</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Whether a new deployment was forced</source>
        <translation>Si un nouveau déploiement a été forcé</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forcé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 ⚠ override</source>
        <translation>%1 ⚠ dérogation</translation>
    </message>
    <message>
        <source>%1, started under an emergency override by %2</source>
        <translation>%1, lancée sous une dérogation d’urgence de %2</translation>
    </message>
    <message>
        <source>Started under an emergency override of its change window or freeze, allowed by %1 (role %2) at %3: %4</source>
        <translation>Lancée sous une dérogation d’urgence à sa fenêtre de modification ou à un gel des modifications, accordée par %1 (rôle %2) le %3 : %4</translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation>une heure non enregistrée</translation>
    </message>
</context>
<context>
    <name>pdc::IntentView</name>
    <message>
        <source>The upgrade this approval is for</source>
        <translation>La mise à niveau concernée par cette approbation</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Force new deployment:</source>
        <translation>Forcer un nouveau déploiement :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Content hash:</source>
        <translation>Empreinte de contenu :</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée : %1</translation>
    </message>
    <message>
        <source>latest — whatever the portal calls latest when the trigger goes; a pinned version is safer to approve</source>
        <translation>latest — ce que le portail appelle latest au moment du déclenchement ; une version fixée est plus sûre à approuver</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Force new deployment: %1</source>
        <translation>Forcer un nouveau déploiement : %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>SHA-256 of exactly what the trigger sends: %1</source>
        <translation>SHA-256 d’exactement ce que le déclenchement envoie : %1</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte de contenu</translation>
    </message>
</context>
<context>
    <name>pdc::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console will use this language the next time it starts: %1.</source>
        <translation>La console utilisera cette langue à son prochain démarrage : %1.</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>pdc::LedgerStatusLabel</name>
    <message>
        <source>Team ledger shipping</source>
        <translation>Envoi vers le registre d’équipe</translation>
    </message>
    <message>
        <source>Records wait</source>
        <translation>Des enregistrements attendent</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) wait</source>
        <translation>
            <numerusform>%Ln enregistrement en attente</numerusform>
            <numerusform>%Ln enregistrements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger: connecting…</source>
        <translation>Registre : connexion…</translation>
    </message>
    <message>
        <source>Ledger: all records shipped</source>
        <translation>Registre : tous les enregistrements envoyés</translation>
    </message>
    <message>
        <source>Ledger: %1 to ship</source>
        <translation>Registre : %1 à envoyer</translation>
    </message>
    <message>
        <source>Ledger unreachable: %1 on this workstation</source>
        <translation>Registre injoignable : %1 sur ce poste de travail</translation>
    </message>
    <message>
        <source>Ledger unreachable: %1 on this workstation; next attempt at %2</source>
        <translation>Registre injoignable : %1 sur ce poste de travail ; prochaine tentative à %2</translation>
    </message>
    <message>
        <source>Ledger refused a record: %1 on this workstation</source>
        <translation>Le registre a refusé un enregistrement : %1 sur ce poste de travail</translation>
    </message>
    <message>
        <source>Ledger refused a record: %1 on this workstation; next attempt at %2</source>
        <translation>Le registre a refusé un enregistrement : %1 sur ce poste de travail ; prochaine tentative à %2</translation>
    </message>
    <message>
        <source>Ledger: no password in the keychain; %1 on this workstation (edit the profile to enter it)</source>
        <translation>Registre : aucun mot de passe dans le trousseau ; %1 sur ce poste de travail (saisissez-le dans le profil)</translation>
    </message>
    <message>
        <source>Ledger: the local records cannot be read; nothing ships</source>
        <translation>Registre : les enregistrements locaux ne peuvent pas être lus ; rien n’est envoyé</translation>
    </message>
    <message>
        <source>Team ledger %1</source>
        <translation>Registre d’équipe %1</translation>
    </message>
</context>
<context>
    <name>pdc::LoginDialog</name>
    <message>
        <source>⚠ PRODUCTION — tenant %1 at %2</source>
        <translation>⚠ PRODUCTION — locataire %1 sur %2</translation>
    </message>
    <message>
        <source>%1 — tenant %2 at %3</source>
        <translation>%1 — locataire %2 sur %3</translation>
    </message>
    <message>
        <source>Sign In — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Signing in to the portal…</source>
        <translation>Connexion au portail…</translation>
    </message>
</context>
<context>
    <name>pdc::LoginProbeDialog</name>
    <message>
        <source>Check that the portal login works</source>
        <translation>Vérifier que la connexion au portail fonctionne</translation>
    </message>
    <message>
        <source>The console signs in to %1 once more as %2, in a separate session, checks that session and signs it out again. Your current session stays as it is. The password is sent with this one sign-in and is not kept.</source>
        <translation>La console se connecte de nouveau à %1 en tant que %2, dans une session distincte, vérifie cette session puis la ferme. Votre session actuelle reste telle quelle. Le mot de passe n’est envoyé qu’avec cette connexion et n’est pas conservé.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Sign in and check</source>
        <translation>&amp;Se connecter et vérifier</translation>
    </message>
</context>
<context>
    <name>pdc::MainWindow</name>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>Sign in to a portal to run the pre-flight checks and start an upgrade.</source>
        <translation>Connectez-vous à un portail pour lancer les vérifications préalables et démarrer une mise à niveau.</translation>
    </message>
    <message>
        <source>No upgrades are being watched</source>
        <translation>Aucune mise à niveau n’est suivie</translation>
    </message>
    <message>
        <source>Upgrades you start or open from History are watched here until they finish.</source>
        <translation>Les mises à niveau que vous démarrez ou ouvrez depuis l’historique sont suivies ici jusqu’à leur fin.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sign in to a portal to browse its upgrade history.</source>
        <translation>Connectez-vous à un portail pour parcourir son historique des mises à niveau.</translation>
    </message>
    <message>
        <source>No validation checklist is open</source>
        <translation>Aucune liste de contrôle de validation n’est ouverte</translation>
    </message>
    <message>
        <source>A checklist opens when a watched upgrade reaches a final state.</source>
        <translation>Une liste de contrôle s’ouvre quand une mise à niveau suivie atteint un état final.</translation>
    </message>
    <message>
        <source>Portal Deployment Console</source>
        <translation>Console de déploiement du portail</translation>
    </message>
    <message>
        <source>Console areas</source>
        <translation>Zones de la console</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mise à niveau</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>E&amp;n cours</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Switch &amp;Profile…</source>
        <translation>Changer de &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About Portal Deployment Console</source>
        <translation>À propos de la console de déploiement du portail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portal Deployment Console&lt;/b&gt; %1&lt;p&gt;Upgrades the services of the customer portal through its deployment API, following the deployment runbook: pre-flight, trigger, watch, validate.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Console de déploiement du portail&lt;/b&gt; %1&lt;p&gt;Met à niveau les services du portail client via son API de déploiement, en suivant le runbook de déploiement : vérifications préalables, déclenchement, suivi, validation.&lt;/p&gt;</translation>
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
        <translation>Enregistrer un résultat manuel</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Réussi</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Échec</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>What you checked and what you saw (required)</source>
        <translation>Ce que vous avez vérifié et constaté (obligatoire)</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Note (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Note (obligatoire) :</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>A file such as a dashboard screenshot (optional)</source>
        <translation>Un fichier tel qu’une capture du tableau de bord (facultatif)</translation>
    </message>
    <message>
        <source>File to attach</source>
        <translation>Fichier à joindre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <source>&amp;Attach file:</source>
        <translation>&amp;Joindre un fichier :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A note is required: write what you checked and what you saw.</source>
        <translation>Une note est obligatoire : écrivez ce que vous avez vérifié et ce que vous avez constaté.</translation>
    </message>
    <message>
        <source>The link needs to be a full address such as https://dashboards.example/…</source>
        <translation>Le lien doit être une adresse complète telle que https://dashboards.example/…</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>Le fichier à joindre n’existe pas.</translation>
    </message>
    <message>
        <source>The result is written to the record at once.</source>
        <translation>Le résultat est écrit aussitôt dans l’enregistrement.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Recording the result…</source>
        <translation>Enregistrement du résultat…</translation>
    </message>
    <message>
        <source>Copying and hashing the attachment…</source>
        <translation>Copie et hachage de la pièce jointe…</translation>
    </message>
</context>
<context>
    <name>pdc::PolicyDialog</name>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>préproduction</translation>
    </message>
    <message>
        <source>development</source>
        <translation>développement</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no day</source>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 the next day, %4</source>
        <translation>%1 de %2 à %3 le lendemain, %4</translation>
    </message>
    <message>
        <source>%1 from %2 to %3, %4</source>
        <translation>%1 de %2 à %3, %4</translation>
    </message>
    <message>
        <source>from %1 until %2 %3: %4</source>
        <translation>du %1 au %2 %3 : %4</translation>
    </message>
    <message>
        <source>Safeguard policy (editable)</source>
        <translation>Politique des garde-fous (modifiable)</translation>
    </message>
    <message>
        <source>Safeguard policy</source>
        <translation>Politique des garde-fous</translation>
    </message>
    <message>
        <source>Platform leads edit the policy as JSON. Every change is recorded in the team ledger with your name and reason.</source>
        <translation>Les responsables de plateforme modifient la politique en JSON. Chaque modification est enregistrée dans le registre d’équipe avec votre nom et votre motif.</translation>
    </message>
    <message>
        <source>The policy is kept in the team ledger; platform leads (portal role admin) change it.</source>
        <translation>La politique est conservée dans le registre d’équipe ; les responsables de plateforme (rôle admin sur le portail) la modifient.</translation>
    </message>
    <message>
        <source>Policy summary</source>
        <translation>Résumé de la politique</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Policy JSON (editable)</source>
        <translation>JSON de la politique (modifiable)</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>JSON de la politique</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Why the policy changes (required)</source>
        <translation>Pourquoi la politique change (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Motif de la modification (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Sa&amp;ve policy</source>
        <translation>&amp;Enregistrer la politique</translation>
    </message>
    <message>
        <source>every other tenant, %1</source>
        <translation>tous les autres locataires, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No scope needs approval</source>
        <translation>Aucune portée ne nécessite d’approbation</translation>
    </message>
    <message>
        <source>Approval needed for: %1</source>
        <translation>Approbation nécessaire pour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approver(s), with the portal role %1</source>
        <translation>
            <numerusform>%n approbateur, avec le rôle %1 sur le portail</numerusform>
            <numerusform>%n approbateurs, avec le rôle %1 sur le portail</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Emergency overrides approved by the role %1</source>
        <translation>Dérogations d’urgence approuvées par le rôle %1</translation>
    </message>
    <message>
        <source>An approval is valid for %1</source>
        <translation>Une approbation est valable %1</translation>
    </message>
    <message>
        <source>Change windows: none, upgrades may go at any time</source>
        <translation>Fenêtres de modification : aucune, les mises à niveau peuvent partir à tout moment</translation>
    </message>
    <message>
        <source>Change window: %1</source>
        <translation>Fenêtre de modification : %1</translation>
    </message>
    <message>
        <source>Freezes: none</source>
        <translation>Gels des modifications : aucun</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>Gel des modifications %1</translation>
    </message>
    <message>
        <source>Tenants and classes without a policy here use the defaults: in production every scope needs one approval, elsewhere only all does; approvers admin or operator, overrides admin, valid for 8 hours, no change windows, no freezes.</source>
        <translation>Les locataires et classes sans politique ici utilisent les valeurs par défaut : en production, chaque portée nécessite une approbation, ailleurs seule all en nécessite une ; approbateurs admin ou operator, dérogations admin, valable 8 heures, aucune fenêtre de modification, aucun gel des modifications.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistrée : %1</translation>
    </message>
    <message>
        <source>The JSON has a problem (shown under it).</source>
        <translation>Le JSON comporte un problème (indiqué en dessous).</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien n’a encore changé.</translation>
    </message>
    <message>
        <source>Write a reason for the change.</source>
        <translation>Écrivez un motif pour la modification.</translation>
    </message>
</context>
<context>
    <name>pdc::PreflightPane</name>
    <message>
        <source>✔ PASS</source>
        <translation>✔ RÉUSSI</translation>
    </message>
    <message>
        <source>✖ FAIL (overridden)</source>
        <translation>✖ ÉCHEC (dérogation)</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ ÉCHEC</translation>
    </message>
    <message>
        <source>? UNKNOWN (overridden)</source>
        <translation>? INCONNU (dérogation)</translation>
    </message>
    <message>
        <source>? UNKNOWN</source>
        <translation>? INCONNU</translation>
    </message>
    <message>
        <source>1. Pre-flight checks</source>
        <translation>1. Vérifications préalables</translation>
    </message>
    <message>
        <source>Before starting: the right tenant, session access, portal health, connector and provider health, and no upgrade already running.</source>
        <translation>Avant de commencer : le bon locataire, l’accès à la session, la santé du portail, celle des connecteurs et des fournisseurs, et aucune mise à niveau déjà en cours.</translation>
    </message>
    <message>
        <source>Confirm tenant and environment</source>
        <translation>Confirmer le locataire et l’environnement</translation>
    </message>
    <message>
        <source>Right tenant and environment</source>
        <translation>Bon locataire et bon environnement</translation>
    </message>
    <message>
        <source>Portal session access</source>
        <translation>Accès à la session du portail</translation>
    </message>
    <message>
        <source>Portal health (GET /health)</source>
        <translation>Santé du portail (GET /health)</translation>
    </message>
    <message>
        <source>Connector health for the tenant</source>
        <translation>Santé des connecteurs du locataire</translation>
    </message>
    <message>
        <source>Provider health for the tenant</source>
        <translation>Santé des fournisseurs du locataire</translation>
    </message>
    <message>
        <source>No upgrade already running for the chosen services</source>
        <translation>Aucune mise à niveau déjà en cours pour les services choisis</translation>
    </message>
    <message>
        <source>&amp;Run Pre-flight Checks</source>
        <translation>&amp;Lancer les vérifications préalables</translation>
    </message>
    <message>
        <source>Run pre-flight checks</source>
        <translation>Lancer les vérifications préalables</translation>
    </message>
    <message>
        <source>I con&amp;firm I mean to change tenant “%1” in %2</source>
        <translation>&amp;Je confirme vouloir modifier le locataire « %1 » en %2</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Les vérifications n’ont pas encore été lancées.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Reason to override: %1</source>
        <translation>Motif de la dérogation : %1</translation>
    </message>
    <message>
        <source>Reason to override (kept with the record)</source>
        <translation>Motif de la dérogation (conservé avec l’enregistrement)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Status %1 (HTTP %2)</source>
        <translation>État %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Healthy (%n component(s))</source>
        <translation>
            <numerusform>Sain (%n composant)</numerusform>
            <numerusform>Sain (%n composants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status %1. %2</source>
        <translation>État %1. %2</translation>
    </message>
    <message>
        <source>&amp;Run Pre-flight Checks Again</source>
        <translation>&amp;Relancer les vérifications préalables</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass. Each blocks the upgrade unless you write a reason to override it.</source>
        <translation>
            <numerusform>%n vérification n’a pas réussi. Elle bloque la mise à niveau tant que vous n’écrivez pas de motif de dérogation.</numerusform>
            <numerusform>%n vérifications n’ont pas réussi. Chacune bloque la mise à niveau tant que vous n’écrivez pas de motif de dérogation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has not said which tenant this session belongs to yet.</source>
        <translation>Le portail n’a pas encore indiqué à quel locataire appartient cette session.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>The portal says: organization %1, tenant “%2”, environment %3, cluster %4. Your profile says: tenant “%5”, environment %6.</source>
        <translation>Le portail indique : organisation %1, locataire « %2 », environnement %3, cluster %4. Votre profil indique : locataire « %5 », environnement %6.</translation>
    </message>
    <message>
        <source>The portal&apos;s tenant %1 (%2) is not the profile&apos;s %3 (%4).</source>
        <translation>Le locataire du portail %1 (%2) n’est pas celui du profil %3 (%4).</translation>
    </message>
    <message>
        <source>The portal agrees; tick the confirmation above.</source>
        <translation>Le portail est d’accord ; cochez la confirmation ci-dessus.</translation>
    </message>
    <message>
        <source>Tenant %1 in %2, confirmed by you</source>
        <translation>Locataire %1 en %2, confirmé par vous</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing running for %1</source>
        <translation>Rien en cours pour %1</translation>
    </message>
    <message>
        <source>Nothing running for any service</source>
        <translation>Rien en cours pour aucun service</translation>
    </message>
    <message>
        <source>Already running: %1</source>
        <translation>Déjà en cours : %1</translation>
    </message>
    <message>
        <source>Confirmed by you; the portal did not say which tenant this session belongs to</source>
        <translation>Confirmé par vous ; le portail n’a pas indiqué à quel locataire appartient cette session</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a body</source>
        <translation>HTTP %1 sans contenu</translation>
    </message>
    <message numerus="yes">
        <source>Nothing readable is running, but %n record(s) could not be read: %1</source>
        <translation>
            <numerusform>Rien de lisible n’est en cours, mais %n enregistrement n’a pas pu être lu : %1</numerusform>
            <numerusform>Rien de lisible n’est en cours, mais %n enregistrements n’ont pas pu être lus : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the portal to answer the pre-flight checks…</source>
        <translation>En attente de la réponse du portail aux vérifications préalables…</translation>
    </message>
    <message>
        <source>Running: %1, which may be the upgrade of the attempt sent again (Idempotency-Key %2, first sent %3): with its key the portal answers that upgrade instead of starting another</source>
        <translation>En cours : %1, qui est peut-être la mise à niveau de la tentative renvoyée (Idempotency-Key %2, envoyée la première fois %3) : avec sa clé, le portail répond par cette mise à niveau au lieu d’en démarrer une autre</translation>
    </message>
</context>
<context>
    <name>pdc::ProfileEditor</name>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Session check</source>
        <translation>Vérification de session</translation>
    </message>
    <message>
        <source>Connector health</source>
        <translation>Santé des connecteurs</translation>
    </message>
    <message>
        <source>Provider health</source>
        <translation>Santé des fournisseurs</translation>
    </message>
    <message>
        <source>Provider probe</source>
        <translation>Sonde des fournisseurs</translation>
    </message>
    <message>
        <source>Connector probe</source>
        <translation>Sonde des connecteurs</translation>
    </message>
    <message>
        <source>License view</source>
        <translation>Vue des licences</translation>
    </message>
    <message>
        <source>Usage view</source>
        <translation>Vue d’utilisation</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Nouveau profil de connexion</translation>
    </message>
    <message>
        <source>Edit Connection Profile</source>
        <translation>Modifier le profil de connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Portal &amp;URL:</source>
        <translation>&amp;URL du portail :</translation>
    </message>
    <message>
        <source>Portal URL</source>
        <translation>URL du portail</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nom d’utili&amp;sateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Fichier du paquet d’AC</translation>
    </message>
    <message>
        <source>Optional PEM file for a private certificate authority</source>
        <translation>Fichier PEM facultatif pour une autorité de certification privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>Choisir un fichier de paquet d’AC</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>Choisir un paquet d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>C&amp;A bundle:</source>
        <translation>Paquet d’&amp;AC :</translation>
    </message>
    <message>
        <source>Assumed routes (leave empty for the contract&apos;s default)</source>
        <translation>Routes supposées (laisser vide pour la valeur par défaut du contrat)</translation>
    </message>
    <message>
        <source>Path of the %1 route</source>
        <translation>Chemin de la route %1</translation>
    </message>
    <message>
        <source>Dashboard links</source>
        <translation>Liens des tableaux de bord</translation>
    </message>
    <message>
        <source>Placeholders: {upgrade_id} {service} {cluster} {from} {to}</source>
        <translation>Variables : {upgrade_id} {service} {cluster} {from} {to}</translation>
    </message>
    <message>
        <source>Metrics dashboard link template</source>
        <translation>Modèle de lien du tableau de bord des métriques</translation>
    </message>
    <message>
        <source>Me&amp;trics:</source>
        <translation>Mé&amp;triques :</translation>
    </message>
    <message>
        <source>Logs link template</source>
        <translation>Modèle de lien des journaux</translation>
    </message>
    <message>
        <source>&amp;Logs:</source>
        <translation>&amp;Journaux :</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s http or https URL.</source>
        <translation>Saisissez l’URL http ou https du portail.</translation>
    </message>
    <message>
        <source>Enter the tenant this profile changes.</source>
        <translation>Saisissez le locataire que ce profil modifie.</translation>
    </message>
    <message>
        <source>Enter the environment.</source>
        <translation>Saisissez l’environnement.</translation>
    </message>
    <message>
        <source>The CA bundle file cannot be read.</source>
        <translation>Le fichier du paquet d’AC ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the portal URL (user:password@): the console never keeps them in a URL. Enter the user name below; the password is asked for when you sign in.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL du portail (utilisateur:motdepasse@) : la console ne les conserve jamais dans une URL. Saisissez le nom d’utilisateur ci-dessous ; le mot de passe est demandé à la connexion.</translation>
    </message>
    <message>
        <source>Team ledger (optional: share records with the team)</source>
        <translation>Registre d’équipe (facultatif : partager les enregistrements avec l’équipe)</translation>
    </message>
    <message>
        <source>PostgreSQL server, e.g. db.example.com (empty: no ledger)</source>
        <translation>Serveur PostgreSQL, p. ex. db.example.com (vide : pas de registre)</translation>
    </message>
    <message>
        <source>Ledger &amp;host:</source>
        <translation>&amp;Hôte du registre :</translation>
    </message>
    <message>
        <source>Ledger host</source>
        <translation>Hôte du registre</translation>
    </message>
    <message>
        <source>Ledger p&amp;ort:</source>
        <translation>P&amp;ort du registre :</translation>
    </message>
    <message>
        <source>Ledger port</source>
        <translation>Port du registre</translation>
    </message>
    <message>
        <source>Ledger &amp;database:</source>
        <translation>&amp;Base du registre :</translation>
    </message>
    <message>
        <source>Ledger database</source>
        <translation>Base de données du registre</translation>
    </message>
    <message>
        <source>Ledger u&amp;ser:</source>
        <translation>Utilisateu&amp;r du registre :</translation>
    </message>
    <message>
        <source>Ledger user</source>
        <translation>Utilisateur du registre</translation>
    </message>
    <message>
        <source>Kept in the OS keychain; leave empty to keep the stored one</source>
        <translation>Conservé dans le trousseau du système ; laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>Ledger pass&amp;word:</source>
        <translation>&amp;Mot de passe du registre :</translation>
    </message>
    <message>
        <source>Ledger password</source>
        <translation>Mot de passe du registre</translation>
    </message>
    <message>
        <source>Optional PEM file; empty: the system&apos;s certificate authorities</source>
        <translation>Fichier PEM facultatif ; vide : les autorités de certification du système</translation>
    </message>
    <message>
        <source>Ledger CA &amp;file:</source>
        <translation>&amp;Fichier CA du registre :</translation>
    </message>
    <message>
        <source>Ledger CA bundle file</source>
        <translation>Fichier de certificats CA du registre</translation>
    </message>
    <message>
        <source>Choose the ledger&apos;s CA bundle file</source>
        <translation>Choisir le fichier de certificats CA du registre</translation>
    </message>
    <message>
        <source>Ledger TLS &amp;verification (sslmode):</source>
        <translation>&amp;Vérification TLS du registre (sslmode) :</translation>
    </message>
    <message>
        <source>Ledger TLS mode</source>
        <translation>Mode TLS du registre</translation>
    </message>
    <message>
        <source>Enter the team ledger&apos;s host, or clear the ledger fields to keep records on this workstation only.</source>
        <translation>Saisissez l’hôte du registre d’équipe, ou videz les champs du registre pour garder les enregistrements sur ce poste uniquement.</translation>
    </message>
    <message>
        <source>Enter only the ledger&apos;s host name (no scheme, path, user or spaces).</source>
        <translation>Saisissez uniquement le nom d’hôte du registre (sans schéma, chemin, utilisateur ni espaces).</translation>
    </message>
    <message>
        <source>Enter the team ledger&apos;s database.</source>
        <translation>Saisissez la base de données du registre d’équipe.</translation>
    </message>
    <message>
        <source>Enter the user this workstation signs in to the ledger with.</source>
        <translation>Saisissez l’utilisateur avec lequel ce poste se connecte au registre.</translation>
    </message>
    <message>
        <source>The ledger&apos;s CA bundle file cannot be read.</source>
        <translation>Le fichier de certificats CA du registre ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Note: with verify-ca the server&apos;s certificate is checked but not its host name.</source>
        <translation>Remarque : avec verify-ca, le certificat du serveur est vérifié mais pas son nom d’hôte.</translation>
    </message>
    <message>
        <source>Warning: with sslmode %1 the ledger server&apos;s identity is not checked; use verify-full unless you know why not.</source>
        <translation>Avertissement : avec sslmode %1, l’identité du serveur du registre n’est pas vérifiée ; utilisez verify-full sauf raison précise.</translation>
    </message>
    <message>
        <source>Refused (recommended)</source>
        <translation>Refusées (recommandé)</translation>
    </message>
    <message>
        <source>Allowed, with a warning that no safeguard was checked</source>
        <translation>Autorisées, avec un avertissement qu&apos;aucun garde-fou n&apos;a été vérifié</translation>
    </message>
    <message>
        <source>&amp;Production upgrades without a ledger:</source>
        <translation>Mises à niveau de pro&amp;duction sans registre :</translation>
    </message>
    <message>
        <source>Production upgrades when no team ledger is set</source>
        <translation>Mises à niveau de production sans registre d&apos;équipe configuré</translation>
    </message>
</context>
<context>
    <name>pdc::ProfilePicker</name>
    <message>
        <source>Choose a Connection Profile</source>
        <translation>Choisir un profil de connexion</translation>
    </message>
    <message>
        <source>Operating on the wrong tenant is the most costly mistake: check the tenant and environment before you connect.</source>
        <translation>Agir sur le mauvais locataire est l’erreur la plus coûteuse : vérifiez le locataire et l’environnement avant de vous connecter.</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils :</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect with the selected profile</source>
        <translation>Se connecter avec le profil choisi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 — tenant %2, %3 — %4</source>
        <translation>%1 — locataire %2, %3 — %4</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION: %1</source>
        <translation>⚠ PRODUCTION : %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Records made with it are kept.</source>
        <translation>Supprimer le profil « %1 » ? Les enregistrements faits avec lui sont conservés.</translation>
    </message>
</context>
<context>
    <name>pdc::ReloginOverlay</name>
    <message>
        <source>Session expired: sign in again</source>
        <translation>Session expirée : reconnectez-vous</translation>
    </message>
    <message>
        <source>Your session has expired</source>
        <translation>Votre session a expiré</translation>
    </message>
    <message>
        <source>Nothing you had open is lost. Watches are paused and resume as soon as you sign in again.</source>
        <translation>Rien de ce que vous aviez ouvert n’est perdu. Les suivis sont en pause et reprennent dès que vous vous reconnectez.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Signing in to the portal…</source>
        <translation>Connexion au portail…</translation>
    </message>
</context>
<context>
    <name>pdc::ReviewConfirm</name>
    <message>
        <source>4. Review and confirm</source>
        <translation>4. Vérifier et confirmer</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Type the tenant name to confirm</source>
        <translation>Tapez le nom du locataire pour confirmer</translation>
    </message>
    <message>
        <source>I have chec&amp;ked what will be sent</source>
        <translation>J’ai vérifié ce qui sera envo&amp;yé</translation>
    </message>
    <message>
        <source>Confirm the upgrade</source>
        <translation>Confirmer la mise à niveau</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION</source>
        <translation>⚠ PRODUCTION</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Force new deployment</source>
        <translation>Forcer un nouveau déploiement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This changes PRODUCTION. &amp;Type the tenant name “%1” to confirm:</source>
        <translation>Ceci modifie la PRODUCTION. &amp;Tapez le nom du locataire « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>This upgrades all services. &amp;Type the tenant name “%1” to confirm:</source>
        <translation>Ceci met à niveau tous les services. &amp;Tapez le nom du locataire « %1 » pour confirmer :</translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsModel</name>
    <message>
        <source>%1 %2, forced</source>
        <translation>%1 %2, forcée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Politique modifiée</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Approbation demandée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Décidée (%1)</translation>
    </message>
    <message>
        <source>⚠ Emergency override</source>
        <translation>⚠ Dérogation d’urgence</translation>
    </message>
    <message>
        <source>Approval expired</source>
        <translation>Approbation expirée</translation>
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
            <numerusform>toute la politique (%n règle)</numerusform>
            <numerusform>toute la politique (%n règles)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ledger #%2</source>
        <translation>%1, registre nº %2</translation>
    </message>
    <message>
        <source>%1, waiting to ship</source>
        <translation>%1, en attente d’envoi</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>ce poste de travail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Écrit sur</translation>
    </message>
</context>
<context>
    <name>pdc::SafeguardRecordsView</name>
    <message>
        <source>Where the safeguard records come from</source>
        <translation>D’où viennent les enregistrements des garde-fous</translation>
    </message>
    <message>
        <source>Approval requests, decisions, overrides and policy changes</source>
        <translation>Demandes d’approbation, décisions, dérogations et changements de politique</translation>
    </message>
    <message numerus="yes">
        <source>%Ln safeguard record(s) written on this workstation, newest first. Without a team ledger, other desks&apos; requests, approvals and policy changes are not here.</source>
        <translation>
            <numerusform>%Ln enregistrement des garde-fous écrit sur ce poste, le plus récent d’abord. Sans registre d’équipe, les demandes, approbations et changements de politique des autres postes n’y figurent pas.</numerusform>
            <numerusform>%Ln enregistrements des garde-fous écrits sur ce poste, les plus récents d’abord. Sans registre d’équipe, les demandes, approbations et changements de politique des autres postes n’y figurent pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team ledger could not be read (%1): %Ln record(s) written on this workstation are shown, newest first.</source>
        <translation>
            <numerusform>Le registre d’équipe n’a pas pu être lu (%1) : %Ln enregistrement écrit sur ce poste est affiché, le plus récent d’abord.</numerusform>
            <numerusform>Le registre d’équipe n’a pas pu être lu (%1) : %Ln enregistrements écrits sur ce poste sont affichés, les plus récents d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the team&apos;s safeguard records from the ledger…</source>
        <translation>Lecture des enregistrements des garde-fous de l’équipe dans le registre…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln safeguard record(s) of the whole team (ledger %1), newest first: every approval request, decision, emergency override, expiry and policy change.</source>
        <translation>
            <numerusform>%Ln enregistrement des garde-fous de toute l’équipe (registre %1), le plus récent d’abord : chaque demande d’approbation, décision, dérogation d’urgence, expiration et changement de politique.</numerusform>
            <numerusform>%Ln enregistrements des garde-fous de toute l’équipe (registre %1), les plus récents d’abord : chaque demande d’approbation, décision, dérogation d’urgence, expiration et changement de politique.</numerusform>
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
        <translation>&amp;tous les services</translation>
    </message>
    <message>
        <source>Request-path or connector-execution changes.</source>
        <translation>Modifications du chemin des requêtes ou de l’exécution des connecteurs.</translation>
    </message>
    <message>
        <source>Workflow, provider or orchestration-path changes.</source>
        <translation>Modifications des workflows, des fournisseurs ou du chemin d’orchestration.</translation>
    </message>
    <message>
        <source>Control-plane or portal-experience changes. The portal itself restarts.</source>
        <translation>Modifications du plan de contrôle ou de l’expérience du portail. Le portail lui-même redémarre.</translation>
    </message>
    <message>
        <source>A coordinated platform rollout where the services need to move together. Needs a written reason.</source>
        <translation>Un déploiement coordonné de la plateforme où les services doivent évoluer ensemble. Exige un motif écrit.</translation>
    </message>
    <message>
        <source>2. Scope: choose the smallest safe set of services</source>
        <translation>2. Portée : choisir le plus petit ensemble sûr de services</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Qu’est-ce qui a changé ?</translation>
    </message>
    <message>
        <source>Re&amp;quest path or connectors</source>
        <translation>Chemin des re&amp;quêtes ou connecteurs</translation>
    </message>
    <message>
        <source>Changed: request path or connectors</source>
        <translation>Modifié : chemin des requêtes ou connecteurs</translation>
    </message>
    <message>
        <source>&amp;Workflow or providers</source>
        <translation>&amp;Workflows ou fournisseurs</translation>
    </message>
    <message>
        <source>Changed: workflow or providers</source>
        <translation>Modifié : workflows ou fournisseurs</translation>
    </message>
    <message>
        <source>Portal or co&amp;ntrol plane</source>
        <translation>Portail ou pla&amp;n de contrôle</translation>
    </message>
    <message>
        <source>Changed: portal or control plane</source>
        <translation>Modifié : portail ou plan de contrôle</translation>
    </message>
    <message>
        <source>Use Reco&amp;mmendation</source>
        <translation>Suivre la reco&amp;mmandation</translation>
    </message>
    <message>
        <source>Use the recommended scope</source>
        <translation>Suivre la portée recommandée</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Portée %1</translation>
    </message>
    <message>
        <source>⚠ The customer portal itself restarts during this upgrade. The console loses its connection for a while and reconnects on its own; the upgrade goes on.</source>
        <translation>⚠ Le portail client lui-même redémarre pendant cette mise à niveau. La console perd la connexion un moment et se reconnecte d’elle-même ; la mise à niveau continue.</translation>
    </message>
    <message>
        <source>Reason for upgrading all services</source>
        <translation>Motif de la mise à niveau de tous les services</translation>
    </message>
    <message>
        <source>Why must the services move together?</source>
        <translation>Pourquoi les services doivent-ils évoluer ensemble ?</translation>
    </message>
    <message>
        <source>Choose a scope.</source>
        <translation>Choisissez une portée.</translation>
    </message>
    <message>
        <source>Write why all services must be upgraded together.</source>
        <translation>Écrivez pourquoi tous les services doivent être mis à niveau ensemble.</translation>
    </message>
    <message>
        <source>Tick what changed to get a recommendation.</source>
        <translation>Cochez ce qui a changé pour obtenir une recommandation.</translation>
    </message>
    <message>
        <source>Recommended: all — more than one service changed.</source>
        <translation>Recommandé : all — plus d’un service a changé.</translation>
    </message>
    <message>
        <source>Recommended: %1 — the smallest scope that covers the change.</source>
        <translation>Recommandé : %1 — la plus petite portée qui couvre la modification.</translation>
    </message>
    <message>
        <source>Reason for upgrading all serv&amp;ices:</source>
        <translation>Moti&amp;f de la mise à niveau de tous les services :</translation>
    </message>
    <message>
        <source>The helper recommends %1. Reason for upgrading all serv&amp;ices instead:</source>
        <translation>L’assistant recommande %1. Moti&amp;f pour mettre plutôt à niveau tous les services :</translation>
    </message>
</context>
<context>
    <name>pdc::StateBadge</name>
    <message>
        <source>⏳ PENDING</source>
        <translation>⏳ EN ATTENTE</translation>
    </message>
    <message>
        <source>⟳ IN PROGRESS</source>
        <translation>⟳ EN COURS</translation>
    </message>
    <message>
        <source>✔ SUCCESS</source>
        <translation>✔ SUCCÈS</translation>
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation>✖ ÉCHEC</translation>
    </message>
    <message>
        <source>⚠ PARTIAL</source>
        <translation>⚠ PARTIEL</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>NOT YET OBSERVED</source>
        <translation>PAS ENCORE OBSERVÉ</translation>
    </message>
    <message>
        <source>Upgrade state: %1</source>
        <translation>État de la mise à niveau : %1</translation>
    </message>
</context>
<context>
    <name>pdc::TeamLedger</name>
    <message>
        <source>no password for the ledger in the keychain</source>
        <translation>aucun mot de passe pour le registre dans le trousseau</translation>
    </message>
    <message numerus="yes">
        <source>the ledger did not answer within %n second(s)</source>
        <translation>
            <numerusform>le registre n’a pas répondu dans un délai de %n seconde</numerusform>
            <numerusform>le registre n’a pas répondu dans un délai de %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdc::TimelineChart</name>
    <message>
        <source>Timeline of running tasks per service</source>
        <translation>Chronologie des tâches en cours par service</translation>
    </message>
    <message>
        <source>Running tasks per service</source>
        <translation>Tâches en cours par service</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Changements d’état</translation>
    </message>
</context>
<context>
    <name>pdc::UpgradePane</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>&amp;Start Upgrade</source>
        <translation>&amp;Démarrer la mise à niveau</translation>
    </message>
    <message>
        <source>Start the upgrade</source>
        <translation>Démarrer la mise à niveau</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>ID de mise à niveau</translation>
    </message>
    <message>
        <source>Cop&amp;y Upgrade ID</source>
        <translation>Cop&amp;ier l’ID de mise à niveau</translation>
    </message>
    <message>
        <source>Copy the upgrade id</source>
        <translation>Copier l’ID de mise à niveau</translation>
    </message>
    <message>
        <source>Watch the progress in the Active area</source>
        <translation>Suivre la progression dans la zone En cours</translation>
    </message>
    <message>
        <source>Watch the running upgrade</source>
        <translation>Suivre la mise à niveau en cours</translation>
    </message>
    <message>
        <source>Ne&amp;xt Upgrade</source>
        <translation>Mise à niveau s&amp;uivante</translation>
    </message>
    <message>
        <source>Prepare another upgrade</source>
        <translation>Préparer une autre mise à niveau</translation>
    </message>
    <message>
        <source>Upgrade %1 was started. Use “Next Upgrade” to prepare another.</source>
        <translation>La mise à niveau %1 a démarré. Utilisez « Mise à niveau suivante » pour en préparer une autre.</translation>
    </message>
    <message>
        <source>Sign in to start an upgrade.</source>
        <translation>Connectez-vous pour démarrer une mise à niveau.</translation>
    </message>
    <message>
        <source>The %1 role may not start upgrades.</source>
        <translation>Le rôle %1 ne peut pas démarrer de mises à niveau.</translation>
    </message>
    <message>
        <source>Run the pre-flight checks first.</source>
        <translation>Lancez d’abord les vérifications préalables.</translation>
    </message>
    <message>
        <source>The pre-flight checks are running.</source>
        <translation>Les vérifications préalables sont en cours.</translation>
    </message>
    <message>
        <source>A pre-flight check did not pass: fix it, or write a reason to override it.</source>
        <translation>Une vérification préalable n’a pas réussi : corrigez-la ou écrivez un motif de dérogation.</translation>
    </message>
    <message>
        <source>Type the tenant name to confirm.</source>
        <translation>Tapez le nom du locataire pour confirmer.</translation>
    </message>
    <message>
        <source>Tick the confirmation after checking what will be sent.</source>
        <translation>Cochez la confirmation après avoir vérifié ce qui sera envoyé.</translation>
    </message>
    <message>
        <source>Ready. The upgrade starts when you press Start Upgrade.</source>
        <translation>Prêt. La mise à niveau commence quand vous appuyez sur Démarrer la mise à niveau.</translation>
    </message>
    <message>
        <source>The portal accepted the upgrade. Accepted is not complete: watch it until it reaches a final state, then validate.</source>
        <translation>Le portail a accepté la mise à niveau. Acceptée ne veut pas dire terminée : suivez-la jusqu’à un état final, puis validez.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Message: %1
Estimated time: %2
Services: %3</source>
        <translation>Message : %1
Durée estimée : %2
Services : %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>⚠ Not started: another upgrade is already running for these services.</source>
        <translation>⚠ Non démarrée : une autre mise à niveau est déjà en cours pour ces services.</translation>
    </message>
    <message>
        <source>%1
Running upgrade: %2</source>
        <translation>%1
Mise à niveau en cours : %2</translation>
    </message>
    <message>
        <source>&amp;Watch Running Upgrade %1</source>
        <translation>&amp;Suivre la mise à niveau en cours %1</translation>
    </message>
    <message>
        <source>⚠ The portal&apos;s answer did not arrive. The upgrade may or may not have started; a retry is safe (it reuses the same idempotency key).</source>
        <translation>⚠ La réponse du portail n’est pas arrivée. La mise à niveau a peut-être démarré, peut-être pas ; réessayer est sans danger (la même clé d’idempotence est réutilisée).</translation>
    </message>
    <message>
        <source>✖ The portal refused the upgrade.</source>
        <translation>✖ Le portail a refusé la mise à niveau.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>W&amp;atch Progress</source>
        <translation>Suivre la p&amp;rogression</translation>
    </message>
    <message>
        <source>Another upgrade is already running for these services (the portal answered 409). Run the pre-flight checks again once it has finished.</source>
        <translation>Une autre mise à niveau est déjà en cours pour ces services (le portail a répondu 409). Relancez les vérifications préalables lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Upgrade %1 is already running for these services (the portal answered 409). Watch it, and run the pre-flight checks again once it has finished.</source>
        <translation>La mise à niveau %1 est déjà en cours pour ces services (le portail a répondu 409). Suivez-la, puis relancez les vérifications préalables lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Cop&amp;y Upgrade ID (copied)</source>
        <translation>Cop&amp;ier l’ID de mise à niveau (copié)</translation>
    </message>
    <message>
        <source>The upgrade was not started: the attempt could not be recorded in the local store (%1).</source>
        <translation>La mise à niveau n’a pas été démarrée : la tentative n’a pas pu être enregistrée dans le stockage local (%1).</translation>
    </message>
    <message>
        <source>The portal accepted upgrade %1, but it could not be recorded in the local store (%2). Note the upgrade id.</source>
        <translation>Le portail a accepté la mise à niveau %1, mais elle n’a pas pu être enregistrée dans le stockage local (%2). Notez l’ID de mise à niveau.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the local store (%1).</source>
        <translation>La tentative échouée n’a pas pu être enregistrée dans le stockage local (%1).</translation>
    </message>
    <message>
        <source>⚠ Local record</source>
        <translation>⚠ Enregistrement local</translation>
    </message>
    <message>
        <source>Resume With the Same Key</source>
        <translation>Reprendre avec la même clé</translation>
    </message>
    <message>
        <source>Resume the pending attempt with its idempotency key</source>
        <translation>Reprendre la tentative en suspens avec sa clé d&apos;idempotence</translation>
    </message>
    <message>
        <source>Puts the attempt&apos;s request in the form. Sending it again with the same key makes the portal answer the first result if it got it, and starts the upgrade only if it never did.</source>
        <translation>Replace la requête de la tentative dans le formulaire. Renvoyée avec la même clé, le portail répond par le premier résultat s&apos;il l&apos;a reçue, et ne lance la mise à niveau que s&apos;il ne l&apos;a jamais reçue.</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Give up the pending attempt</source>
        <translation>Abandonner la tentative en suspens</translation>
    </message>
    <message>
        <source>Give Up the Attempt</source>
        <translation>Abandonner la tentative</translation>
    </message>
    <message>
        <source>Why is this attempt given up? (For example: “History shows no upgrade at that time.”)</source>
        <translation>Pourquoi abandonner cette tentative ? (Par exemple : « L&apos;historique ne montre aucune mise à niveau à cette heure-là. »)</translation>
    </message>
    <message>
        <source>⚠ An upgrade attempt got no definite answer: %1 %2%3, sent %4 by %5 (%6), Idempotency-Key %7. It may or may not have started.</source>
        <translation>⚠ Une tentative de mise à niveau n&apos;a pas reçu de réponse certaine : %1 %2%3, envoyée le %4 par %5 (%6), Idempotency-Key %7. Elle a peut-être démarré, peut-être pas.</translation>
    </message>
    <message>
        <source> with force_new_deployment</source>
        <translation> avec force_new_deployment</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more attempt(s) wait after this one.</source>
        <translation>
            <numerusform>%n autre tentative attend après celle-ci.</numerusform>
            <numerusform>%n autres tentatives attendent après celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be given up: the record could not be written (%1).</source>
        <translation>La tentative n&apos;a pas pu être abandonnée : l&apos;enregistrement n&apos;a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>Starting the upgrade… %1 s (the console stops waiting after %2 s; a retry then reuses the same idempotency key).</source>
        <translation>Lancement de la mise à niveau… %1 s (la console cesse d&apos;attendre après %2 s ; une nouvelle tentative réutilise alors la même clé d&apos;idempotence).</translation>
    </message>
    <message>
        <source>The portal reports tenant “%1”, not the profile&apos;s “%2”: nothing can be started here.</source>
        <translation>Le portail indique le locataire « %1 », et non celui du profil (« %2 ») : rien ne peut être lancé ici.</translation>
    </message>
    <message>
        <source>This change must be confirmed with the tenant&apos;s name, but the portal reports no tenant and the profile names none. Set the profile&apos;s tenant.</source>
        <translation>Ce changement doit être confirmé par le nom du locataire, mais le portail n&apos;indique aucun locataire et le profil n&apos;en nomme aucun. Indiquez le locataire dans le profil.</translation>
    </message>
    <message>
        <source>Write why the scope is needed.</source>
        <translation>Indiquez pourquoi cette portée est nécessaire.</translation>
    </message>
    <message>
        <source>Ready to send the attempt again with Idempotency-Key %1: the portal answers the first result if it got it, and starts the upgrade only if it never did.</source>
        <translation>Prêt à renvoyer la tentative avec l&apos;Idempotency-Key %1 : le portail répond par le premier résultat s&apos;il l&apos;a reçue, et ne lance la mise à niveau que s&apos;il ne l&apos;a jamais reçue.</translation>
    </message>
    <message>
        <source>The upgrade was not started: %1</source>
        <translation>La mise à niveau n’a pas été démarrée : %1</translation>
    </message>
    <message>
        <source>The safeguards do not allow this upgrade now: %1</source>
        <translation>Les garde-fous n&apos;autorisent pas cette mise à niveau maintenant : %1</translation>
    </message>
</context>
<context>
    <name>pdc::UpgradeStatusPane</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Status of upgrade %1</source>
        <translation>État de la mise à niveau %1</translation>
    </message>
    <message>
        <source>Upgrade id</source>
        <translation>ID de mise à niveau</translation>
    </message>
    <message>
        <source>Connection to the portal</source>
        <translation>Connexion au portail</translation>
    </message>
    <message>
        <source>Services of the upgrade</source>
        <translation>Services de la mise à niveau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Log of state transitions</source>
        <translation>Journal des changements d’état</translation>
    </message>
    <message>
        <source>State transitions appear here with their times.</source>
        <translation>Les changements d’état apparaissent ici avec leurs heures.</translation>
    </message>
    <message>
        <source>Start the validation checklist</source>
        <translation>Démarrer la liste de contrôle de validation</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>A&amp;rrêter le suivi</translation>
    </message>
    <message>
        <source>Stop watching this upgrade</source>
        <translation>Arrêter le suivi de cette mise à niveau</translation>
    </message>
    <message>
        <source>Waiting for the first status from the portal…</source>
        <translation>En attente du premier état du portail…</translation>
    </message>
    <message>
        <source>Finished: SUCCESS. Now validate real behaviour with the checklist: login, one provider-backed path, one connector-backed path, monitoring.</source>
        <translation>Terminée : SUCCESS. Validez maintenant le comportement réel avec la liste de contrôle : connexion, un chemin par un fournisseur, un chemin par un connecteur, supervision.</translation>
    </message>
    <message>
        <source>Finished: %1. See what to check below.</source>
        <translation>Terminée : %1. Voir ci-dessous ce qu’il faut vérifier.</translation>
    </message>
    <message>
        <source>Accepted is not complete: the rollout is %1. Keep watching until it reaches SUCCESS, PARTIAL or FAILED.</source>
        <translation>Acceptée ne veut pas dire terminée : le déploiement est %1. Continuez à suivre jusqu’à SUCCESS, PARTIAL ou FAILED.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>%1  %2 is %3</source>
        <translation>%1  %2 est %3</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2 : %3 → %4</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>↻ Reconnecting to the portal… the upgrade goes on; its state is kept as last seen.</source>
        <translation>↻ Reconnexion au portail… la mise à niveau continue ; son état reste tel que vu en dernier.</translation>
    </message>
    <message>
        <source>⏸ Session expired: sign in again to resume watching.</source>
        <translation>⏸ Session expirée : reconnectez-vous pour reprendre le suivi.</translation>
    </message>
    <message>
        <source>■ Final state reached</source>
        <translation>■ État final atteint</translation>
    </message>
    <message>
        <source>■ Not polling</source>
        <translation>■ Pas d’interrogation</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>estimé %1</translation>
    </message>
    <message>
        <source>no estimate given</source>
        <translation>aucune estimation fournie</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>A duré %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
    <message>
        <source> — longer than estimated; check the service rows and messages.</source>
        <translation> — plus long que prévu ; vérifiez les lignes des services et les messages.</translation>
    </message>
    <message>
        <source>Started %1 · %2 (%3)%4</source>
        <translation>Démarrée %1 · %2 (%3)%4</translation>
    </message>
    <message>
        <source>Start Validation Chec&amp;klist</source>
        <translation>&amp;Démarrer la liste de contrôle</translation>
    </message>
    <message>
        <source>The upgrade ended in the state %1, which this console does not know: the portal gives it a completion time. It is neither SUCCESS nor a failure the runbook describes; check the services below and the portal.</source>
        <translation>La mise à niveau s’est terminée dans l’état %1, que cette console ne connaît pas : le portail lui donne une heure de fin. Ce n’est ni SUCCESS ni un échec décrit par le runbook ; vérifiez les services ci-dessous et le portail.</translation>
    </message>
    <message>
        <source>The checklist validates an upgrade that ended in SUCCESS, PARTIAL or FAILED; this one ended in a state not known here.</source>
        <translation>La liste de contrôle valide une mise à niveau terminée en SUCCESS, PARTIAL ou FAILED ; celle-ci s’est terminée dans un état inconnu ici.</translation>
    </message>
    <message>
        <source>■ Ended in a state not known here</source>
        <translation>■ Terminé dans un état inconnu ici</translation>
    </message>
</context>
<context>
    <name>pdc::ValidationPane</name>
    <message>
        <source>Validation checklist</source>
        <translation>Liste de contrôle de validation</translation>
    </message>
    <message>
        <source>Record chain warning</source>
        <translation>Avertissement sur la chaîne des enregistrements</translation>
    </message>
    <message>
        <source>Checklist of upgrade</source>
        <translation>Liste de contrôle de la mise à niveau</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>Aucune liste de contrôle ouverte</translation>
    </message>
    <message>
        <source>The post-upgrade checklist opens here when a watched upgrade reaches a final state. You can also open it for any upgrade from Active or History.</source>
        <translation>La liste de contrôle post-mise à niveau s’ouvre ici quand une mise à niveau suivie atteint un état final. Vous pouvez aussi l’ouvrir pour toute mise à niveau depuis En cours ou Historique.</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Éléments de la liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Run automatic checks</source>
        <translation>Lancer les &amp;vérifications automatiques</translation>
    </message>
    <message>
        <source>Runs every automatic check again (Alt+R)</source>
        <translation>Relance chaque vérification automatique (Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>Appr&amp;ouver…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>A&amp;mender…</translation>
    </message>
    <message>
        <source>Append a correction to the signed checklist (Alt+M)</source>
        <translation>Ajouter une correction à la liste de contrôle approuvée (Alt+M)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the change record as PDF (Alt+D)</source>
        <translation>Enregistrer le registre de modification en PDF (Alt+D)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the change record with its hash chain as JSON (Alt+J)</source>
        <translation>Enregistrer le registre de modification avec sa chaîne de hachage en JSON (Alt+J)</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>approuvée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done</source>
        <translation>
            <numerusform>%1 élément sur %n terminé</numerusform>
            <numerusform>%1 éléments sur %n terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The state of upgrade %1 is not known on this workstation.</source>
        <translation>L’état de la mise à niveau %1 n’est pas connu sur ce poste.</translation>
    </message>
    <message>
        <source>Looking up upgrade %1…</source>
        <translation>Recherche de la mise à niveau %1…</translation>
    </message>
    <message>
        <source>Upgrade %1 could not be looked up: %2</source>
        <translation>La mise à niveau %1 n’a pas pu être retrouvée : %2</translation>
    </message>
    <message>
        <source>Checklist of upgrade %1 opened (%2).</source>
        <translation>Liste de contrôle de la mise à niveau %1 ouverte (%2).</translation>
    </message>
    <message>
        <source>Upgrade &lt;b&gt;%1&lt;/b&gt; ended &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>La mise à niveau &lt;b&gt;%1&lt;/b&gt; s’est terminée en &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>forced new deployment</source>
        <translation>nouveau déploiement forcé</translation>
    </message>
    <message>
        <source>not forced</source>
        <translation>non forcé</translation>
    </message>
    <message>
        <source>triggered by %1</source>
        <translation>déclenchée par %1</translation>
    </message>
    <message>
        <source>tenant %1, %2</source>
        <translation>locataire %1, %2</translation>
    </message>
    <message>
        <source>The upgrade did not fully succeed, so the checklist starts with the guide&apos;s rollback steps. The portal has no rollback endpoint: corrective deployments go through your existing deployment process and are recorded here.</source>
        <translation>La mise à niveau n’a pas entièrement réussi : la liste de contrôle commence donc par les étapes de retour arrière du guide. Le portail n’a pas de point de retour arrière : les déploiements correctifs passent par votre processus habituel et sont consignés ici.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) have a result; %2 failed.</source>
        <translation>
            <numerusform>%1 élément sur %n a un résultat ; %2 en échec.</numerusform>
            <numerusform>%1 éléments sur %n ont un résultat ; %2 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✔ Signed off by %1 on %2. The record is locked; corrections are amendments.</source>
        <translation>✔ Approuvée par %1 le %2. L’enregistrement est verrouillé ; les corrections sont des amendements.</translation>
    </message>
    <message>
        <source>Amendment by %1 on %2 (%3): %4</source>
        <translation>Amendement de %1 le %2 (%3) : %4</translation>
    </message>
    <message>
        <source>whole checklist</source>
        <translation>liste de contrôle entière</translation>
    </message>
    <message>
        <source>Already signed off</source>
        <translation>Déjà approuvée</translation>
    </message>
    <message>
        <source>Sign off with your portal identity (Alt+S)</source>
        <translation>Approuver avec votre identité sur le portail (Alt+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a result</source>
        <translation>
            <numerusform>%n élément attend encore un résultat</numerusform>
            <numerusform>%n éléments attendent encore un résultat</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic checks need a portal connection.</source>
        <translation>Les vérifications automatiques exigent une connexion au portail.</translation>
    </message>
    <message>
        <source>Recorded a pass for “%1”.</source>
        <translation>Réussite enregistrée pour « %1 ».</translation>
    </message>
    <message>
        <source>Recorded a failure for “%1”.</source>
        <translation>Échec enregistré pour « %1 ».</translation>
    </message>
    <message>
        <source>Sign in to the portal to sign off: the sign-off records your portal identity.</source>
        <translation>Connectez-vous au portail pour approuver : l’approbation enregistre votre identité sur le portail.</translation>
    </message>
    <message>
        <source>Sign off the checklist</source>
        <translation>Approuver la liste de contrôle</translation>
    </message>
    <message>
        <source>Sign off the checklist of upgrade %1 as %2?</source>
        <translation>Approuver la liste de contrôle de la mise à niveau %1 en tant que %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed and will be signed as failed. </source>
        <translation>
            <numerusform>%n élément a échoué et sera approuvé comme en échec. </numerusform>
            <numerusform>%n éléments ont échoué et seront approuvés comme en échec. </numerusform>
        </translation>
    </message>
    <message>
        <source>Your portal identity and the time are recorded. After sign-off the items cannot change; corrections become amendments.</source>
        <translation>Votre identité sur le portail et l’heure sont enregistrées. Après l’approbation, les éléments ne peuvent plus changer ; les corrections deviennent des amendements.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>The checklist of upgrade %1 is signed off.</source>
        <translation>La liste de contrôle de la mise à niveau %1 est approuvée.</translation>
    </message>
    <message>
        <source>Amendment appended to the checklist of upgrade %1.</source>
        <translation>Amendement ajouté à la liste de contrôle de la mise à niveau %1.</translation>
    </message>
    <message>
        <source>Export the change record as PDF</source>
        <translation>Exporter le registre de modification en PDF</translation>
    </message>
    <message>
        <source>Export the change record as JSON</source>
        <translation>Exporter le registre de modification en JSON</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the change record of upgrade %1…</source>
        <translation>Export du registre de modification de la mise à niveau %1…</translation>
    </message>
    <message>
        <source>Change record saved to %1.</source>
        <translation>Registre de modification enregistré dans %1.</translation>
    </message>
    <message>
        <source>not connected to the portal</source>
        <translation>non connecté au portail</translation>
    </message>
    <message>
        <source>⚠ %1 Records from entry %2 on cannot be trusted. Keep this store file for investigation and treat exports made from it as unverified until the break is explained.</source>
        <translation>⚠ %1 Les enregistrements à partir de l’entrée %2 ne sont pas fiables. Conservez ce fichier de stockage pour enquête et considérez les exports qui en sont issus comme non vérifiés jusqu’à ce que la rupture soit expliquée.</translation>
    </message>
    <message>
        <source>The login check needs your portal username: sign in to the portal first.</source>
        <translation>La vérification de connexion a besoin de votre nom d’utilisateur du portail : connectez-vous d’abord au portail.</translation>
    </message>
    <message>
        <source>The login check was not run.</source>
        <translation>La vérification de connexion n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>Read-only: the %1 role can read and export checklists; results, sign-off and amendments are recorded by operators.</source>
        <translation>Lecture seule : le rôle %1 peut lire et exporter les listes de contrôle ; les résultats, l’approbation et les amendements sont saisis par les opérateurs.</translation>
    </message>
    <message>
        <source>Writing the change record…</source>
        <translation>Écriture du dossier de changement…</translation>
    </message>
    <message>
        <source>Waiting for the portal to answer the checks…</source>
        <translation>En attente de la réponse du portail aux vérifications…</translation>
    </message>
    <message>
        <source>The team&apos;s records of this checklist</source>
        <translation>Les enregistrements de l’équipe pour cette liste de contrôle</translation>
    </message>
    <message>
        <source>Looking for the team&apos;s checklist of upgrade %1 in the ledger…</source>
        <translation>Recherche de la liste de contrôle de l’équipe pour la mise à niveau %1 dans le registre…</translation>
    </message>
    <message>
        <source>The team ledger could not be read (%1); opening this workstation&apos;s checklist.</source>
        <translation>Le registre d’équipe n’a pas pu être lu (%1) ; ouverture de la liste de contrôle de ce poste de travail.</translation>
    </message>
    <message>
        <source>Showing the team&apos;s checklist of upgrade %1 from the ledger (read-only).</source>
        <translation>Affichage de la liste de contrôle de l’équipe pour la mise à niveau %1 depuis le registre (lecture seule).</translation>
    </message>
    <message>
        <source>⚠ %1 signed this checklist off first (workstation %2). The sign-off by %3 came later and is kept as an amendment, not as a second sign-off.</source>
        <translation>⚠ %1 a validé cette liste de contrôle en premier (poste de travail %2). La validation de %3 est arrivée plus tard et est conservée comme avenant, pas comme seconde validation.</translation>
    </message>
    <message>
        <source>Read-only: this is the team&apos;s checklist from the ledger (opened by %1); it was not worked on this workstation. It refreshes when a teammate records more.</source>
        <translation>Lecture seule : voici la liste de contrôle de l’équipe issue du registre (ouverte par %1) ; elle n’a pas été traitée sur ce poste. Elle se met à jour quand un membre de l’équipe enregistre davantage.</translation>
    </message>
    <message numerus="yes">
        <source>Records from %n workstation(s): %1.</source>
        <translation>
            <numerusform>Enregistrements de %n poste de travail : %1.</numerusform>
            <numerusform>Enregistrements de %n postes de travail : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed off by %1 on this workstation; not in the ledger yet, so a teammate&apos;s sign-off may still come first.</source>
        <translation>Validé par %1 sur ce poste de travail ; pas encore dans le registre, la validation d’un membre de l’équipe peut donc encore passer en premier.</translation>
    </message>
    <message>
        <source>The ledger&apos;s first sign-off: %1 (workstation %2).</source>
        <translation>Première validation dans le registre : %1 (poste de travail %2).</translation>
    </message>
    <message>
        <source>⚠ Signed off here by %1 on %2, but %3 had signed this checklist off first (team ledger): this sign-off stands as an amendment. The record is locked; corrections are amendments.</source>
        <translation>⚠ Validé ici par %1 le %2, mais %3 avait validé cette liste de contrôle en premier (registre d’équipe) : cette validation vaut avenant. Le dossier est verrouillé ; les corrections sont des avenants.</translation>
    </message>
    <message>
        <source>No checklist of upgrade %1 was opened on this workstation or in the team ledger. %2</source>
        <translation>Aucune liste de contrôle de la mise à niveau %1 n’a été ouverte sur ce poste de travail ni dans le registre d’équipe. %2</translation>
    </message>
    <message>
        <source>No checklist of upgrade %1 was opened on this workstation. %2</source>
        <translation>Aucune liste de contrôle de la mise à niveau %1 n’a été ouverte sur ce poste de travail. %2</translation>
    </message>
</context>
<context>
    <name>pdc::VersionChooser</name>
    <message>
        <source>3. Version and rollout</source>
        <translation>3. Version et déploiement</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>Ver&amp;sion :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reload Versions</source>
        <translation>Recharger les versions</translation>
    </message>
    <message>
        <source>Reload the version list</source>
        <translation>Recharger la liste des versions</translation>
    </message>
    <message>
        <source>Force a new &amp;deployment (force_new_deployment)</source>
        <translation>Forcer un nou&amp;veau déploiement (force_new_deployment)</translation>
    </message>
    <message>
        <source>Force a new deployment</source>
        <translation>Forcer un nouveau déploiement</translation>
    </message>
    <message>
        <source>When on, ECS replaces every task even if the version did not change (a full restart of the chosen services). When off, a service already on the chosen version is left as it is.</source>
        <translation>Si activé, ECS remplace chaque tâche même si la version n’a pas changé (un redémarrage complet des services choisis). Si désactivé, un service déjà à la version choisie reste tel quel.</translation>
    </message>
    <message>
        <source>Version selection is still limited: the list is a lightweight placeholder, not a release catalogue.</source>
        <translation>Le choix de version reste limité : la liste est une simple ébauche, pas un catalogue de versions.</translation>
    </message>
    <message>
        <source>The version list could not be read (%1); “latest” is used.</source>
        <translation>La liste des versions n’a pas pu être lue (%1) ; « latest » est utilisé.</translation>
    </message>
    <message>
        <source>The portal says: %1</source>
        <translation>Le portail indique : %1</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 exécute %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
</context>
</TS>
