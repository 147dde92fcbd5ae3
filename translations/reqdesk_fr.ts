<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CacheRebuild</name>
    <message>
        <source>Reqdesk cannot open its cache %1.</source>
        <translation>Reqdesk ne peut pas ouvrir son cache %1.</translation>
    </message>
    <message>
        <source>Reqdesk</source>
        <translation>Reqdesk</translation>
    </message>
    <message>
        <source>Rebuild it? Your unsent edits are saved to a file beside it first and kept in the new cache; the damaged file is kept under another name; everything else is downloaded again from the server at the next sync.</source>
        <translation>Le reconstruire ? Vos modifications non envoyées sont d’abord enregistrées dans un fichier à côté et conservées dans le nouveau cache ; le fichier endommagé est gardé sous un autre nom ; tout le reste est de nouveau téléchargé depuis le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Rebuild the Cache</source>
        <translation>Reconstruire le cache</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation>Le cache n’a pas pu être reconstruit : %1</translation>
    </message>
    <message numerus="yes">
        <source>The cache was rebuilt. %n unsent edit(s) were kept; they are also saved in %1. The damaged file is now %2.</source>
        <translation>
            <numerusform>Le cache a été reconstruit. %n modification non envoyée a été conservée ; elle est aussi enregistrée dans %1. Le fichier endommagé est désormais %2.</numerusform>
            <numerusform>Le cache a été reconstruit. %n modifications non envoyées ont été conservées ; elles sont aussi enregistrées dans %1. Le fichier endommagé est désormais %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent edit(s) were on damaged parts of the file and could not be read.</source>
        <translation>
            <numerusform>%n modification non envoyée se trouvait dans une partie endommagée du fichier et n’a pas pu être lue.</numerusform>
            <numerusform>%n modifications non envoyées se trouvaient dans des parties endommagées du fichier et n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import postings</source>
        <translation>Importer des offres</translation>
    </message>
    <message>
        <source>Extracted requisitions</source>
        <translation>Postes extraits</translation>
    </message>
    <message>
        <source>Pay bands found</source>
        <translation>Fourchettes de salaire trouvées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements d’import</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>https://reqdesk.example.com</source>
        <translation>https://reqdesk.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies when Reqdesk starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Reqdesk.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palette :</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationHistoryView</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>A note on this application</source>
        <translation>Une note sur cette candidature</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Select an application to see its history and notes.</source>
        <translation>Sélectionnez une candidature pour voir son historique et ses notes.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationTableModel</name>
    <message>
        <source>Applied</source>
        <translation>Candidature reçue</translation>
    </message>
    <message>
        <source>Recruiter screen</source>
        <translation>Présélection recruteur</translation>
    </message>
    <message>
        <source>Hiring manager screen</source>
        <translation>Entretien responsable</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Entretien sur site</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désisté</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last move</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>Prétentions salariales</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>column header: date applied</comment>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationsPane</name>
    <message>
        <source>Show applications of</source>
        <translation>Afficher les candidatures de</translation>
    </message>
    <message>
        <source>The selected requisition</source>
        <translation>Le poste sélectionné</translation>
    </message>
    <message>
        <source>All requisitions</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre d’étape</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toute étape</translation>
    </message>
    <message>
        <source>Candidate or requisition</source>
        <translation>Candidat ou poste</translation>
    </message>
    <message>
        <source>Search applications by candidate or requisition</source>
        <translation>Rechercher des candidatures par candidat ou par poste</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau kanban</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3.</source>
        <translation>%1 ne peut pas passer de %2 à %3.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation>Faire passer %1 de %2 à %3.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n applications to %1.</source>
        <translation>
            <numerusform>Déplacer %n candidature vers %1.</numerusform>
            <numerusform>Déplacer %n candidatures vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Déplacement annulé.</translation>
    </message>
    <message numerus="yes">
        <source>move %n applications to %1</source>
        <translation>
            <numerusform>déplacer %n candidature vers %1</numerusform>
            <numerusform>déplacer %n candidatures vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 déplacé vers %2.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <source>%1 was not moved: it was changed elsewhere meanwhile (%2).</source>
        <translation>%1 n’a pas été déplacé : la candidature a été modifiée ailleurs entre-temps (%2).</translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>%1 n’a pas été déplacé : %2</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show as board</source>
        <translation>Afficher en tableau kanban</translation>
    </message>
    <message>
        <source>Show as charts</source>
        <translation>Afficher en graphiques</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictComparisonView</name>
    <message>
        <source>Values in conflict: base, mine and theirs</source>
        <translation>Valeurs en conflit : base, la mienne et celle du serveur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base (last synced)</source>
        <translation>Base (dernière synchronisation)</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Aucun conflit sélectionné</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 of “%2” was changed here and on the server. Enter the value to keep; it is saved here and sent with the next sync.</source>
        <translation>%1 de « %2 » a été modifié ici et sur le serveur. Saisissez la valeur à conserver ; elle est enregistrée ici et envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Base (last synced):</source>
        <translation>Base (dernière synchronisation) :</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>Ma valeur :</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Valeur du serveur :</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>One item a line.</source>
        <translation>Un élément par ligne.</translation>
    </message>
    <message>
        <source>A structured value, written as JSON.</source>
        <translation>Une valeur structurée, écrite en JSON.</translation>
    </message>
    <message>
        <source>An amount, such as 120,000 or 120000.50.</source>
        <translation>Un montant, par exemple 120 000 ou 120000,50.</translation>
    </message>
    <message>
        <source>Start from &amp;mine</source>
        <translation>Partir de &amp;ma valeur</translation>
    </message>
    <message>
        <source>Start from &amp;theirs</source>
        <translation>Partir de la valeur du &amp;serveur</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conserver cette valeur</translation>
    </message>
    <message>
        <source>Value to keep:</source>
        <translation>Valeur à conserver :</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Saisissez un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Enter an amount such as 120,000 or 120000.50.</source>
        <translation>Saisissez un montant, par exemple 120 000 ou 120000,50.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON non valide : %1.</translation>
    </message>
    <message>
        <source>The value must have the same shape as mine and theirs.</source>
        <translation>La valeur doit avoir la même structure que la mienne et celle du serveur.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(absent de ce cache)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictResolutionCommand</name>
    <message>
        <source>keep my %1</source>
        <translation>conserver ma valeur pour %1</translation>
    </message>
    <message>
        <source>keep the server&apos;s %1</source>
        <translation>conserver la valeur du serveur pour %1</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>fusionner %1</translation>
    </message>
    <message>
        <source>Cannot undo the resolution of %1 yet: it is still being saved.</source>
        <translation>Impossible d’annuler pour l’instant la résolution de %1 : elle est encore en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>Cannot undo the resolution of %1: the record was removed from this computer.</source>
        <translation>Impossible d’annuler la résolution de %1 : l’enregistrement a été supprimé de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Changement d’étape</translation>
    </message>
    <message>
        <source>Edited here, deleted on the server</source>
        <translation>Modifié ici, supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Deleted here, edited on the server</source>
        <translation>Supprimé ici, modifié sur le serveur</translation>
    </message>
    <message>
        <source>Added to a record deleted on the server</source>
        <translation>Ajouté à un enregistrement supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Postes à pourvoir</translation>
    </message>
    <message>
        <source>Hiring team</source>
        <translation>Équipe de recrutement</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Texte de l’offre</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Required qualifications</source>
        <translation>Qualifications requises</translation>
    </message>
    <message>
        <source>Preferred qualifications</source>
        <translation>Qualifications souhaitées</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Autres exigences</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Employer size</source>
        <translation>Taille de l’employeur</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Clôture le</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>Prétentions salariales</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>You edited this record while someone deleted it on the server. Keep mine restores it with your edit; keep theirs lets it go.</source>
        <translation>Vous avez modifié cet enregistrement pendant que quelqu’un le supprimait sur le serveur. « Conserver ma valeur » le restaure avec votre modification ; « Conserver celle du serveur » l’abandonne.</translation>
    </message>
    <message>
        <source>You deleted this record while someone edited it on the server. Keep mine deletes it; keep theirs keeps their version.</source>
        <translation>Vous avez supprimé cet enregistrement pendant que quelqu’un le modifiait sur le serveur. « Conserver ma valeur » le supprime ; « Conserver celle du serveur » garde la version du serveur.</translation>
    </message>
    <message>
        <source>You added something to a record that was deleted on the server. Keep mine restores the record; keep theirs deletes what you added.</source>
        <translation>Vous avez ajouté un élément à un enregistrement supprimé sur le serveur. « Conserver ma valeur » restaure l’enregistrement ; « Conserver celle du serveur » supprime votre ajout.</translation>
    </message>
    <message>
        <source>The stage was changed here and on the server; the server checks the move again when the choice is sent.</source>
        <translation>L’étape a été modifiée ici et sur le serveur ; le serveur revérifie le changement quand votre choix est envoyé.</translation>
    </message>
    <message>
        <source>This field was changed here and on the server to different values. Choose which to keep, or edit a merged value.</source>
        <translation>Ce champ a été modifié ici et sur le serveur avec des valeurs différentes. Choisissez celle à conserver ou modifiez une valeur fusionnée.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::DisplayText</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Pourvue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>This file is not a Reqdesk cache (%1). It was left untouched.</source>
        <translation>Ce fichier n’est pas un cache Reqdesk (%1). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache file is damaged (%1). It was left untouched; move it away to start with an empty cache.</source>
        <translation>Le fichier de cache est endommagé (%1). Il n’a pas été modifié ; déplacez-le pour repartir d’un cache vide.</translation>
    </message>
    <message>
        <source>The cache was written by a newer Reqdesk. Please update Reqdesk. (%1)</source>
        <translation>Le cache a été écrit par une version plus récente de Reqdesk. Veuillez mettre Reqdesk à jour. (%1)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>Le disque est plein ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The cache is busy in another program; try again in a moment.</source>
        <translation>Le cache est utilisé par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::FunnelChartView</name>
    <message>
        <source>Funnel chart</source>
        <translation>Graphique en entonnoir</translation>
    </message>
    <message>
        <source>Applications that reached each stage; the table beside it has the same figures</source>
        <translation>Candidatures ayant atteint chaque étape ; le tableau à côté contient les mêmes chiffres</translation>
    </message>
    <message>
        <source>Funnel notes</source>
        <translation>Notes sur l’entonnoir</translation>
    </message>
    <message>
        <source>Reached: %1 of %2 applications</source>
        <translation>Atteinte : %1 candidatures sur %2</translation>
    </message>
    <message>
        <source>Conversion from %1: %2</source>
        <translation>Conversion depuis %1 : %2</translation>
    </message>
    <message>
        <source>Share of all applications: %1</source>
        <translation>Part de toutes les candidatures : %1</translation>
    </message>
    <message>
        <source>In this stage now: %1</source>
        <translation>Actuellement à cette étape : %1</translation>
    </message>
    <message>
        <source>Rejected or withdrawn after this stage: %1</source>
        <translation>Refusées ou désistées après cette étape : %1</translation>
    </message>
    <message>
        <source>Left the pipeline: %1 rejected, %2 withdrawn. Hired of all applications: %3.</source>
        <translation>Sorties du pipeline : %1 refusées, %2 désistées. Embauches sur l’ensemble des candidatures : %3.</translation>
    </message>
    <message>
        <source>Funnel: no applications</source>
        <translation>Entonnoir : aucune candidature</translation>
    </message>
    <message>
        <source>Funnel: no applications for %1</source>
        <translation>Entonnoir : aucune candidature pour %1</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Entonnoir : %1</translation>
    </message>
    <message>
        <source>Applications that reached the stage</source>
        <translation>Candidatures ayant atteint l’étape</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Reqdesk pipeline funnel</source>
        <translation>Entonnoir du pipeline Reqdesk</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ImportPreviewDialog</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n requisition(s)</source>
        <translation>
            <numerusform>%1 : %n poste</numerusform>
            <numerusform>%1 : %n postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay band(s) found. Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>%n fourchette trouvée. Rien n’est enregistré avant « Enregistrer ».</numerusform>
            <numerusform>%n fourchettes trouvées. Rien n’est enregistré avant « Enregistrer ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility(ies)</source>
        <translation>
            <numerusform>%n responsabilité</numerusform>
            <numerusform>%n responsabilités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required qualification(s)</source>
        <translation>
            <numerusform>%n qualification requise</numerusform>
            <numerusform>%n qualifications requises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::MainWindow</name>
    <message>
        <source>Reqdesk</source>
        <translation>Reqdesk</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import postings from text, HTML, Greenhouse or Lever files</source>
        <translation>Importer des offres depuis des fichiers texte, HTML, Greenhouse ou Lever</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the requisitions in view, one line per pay band</source>
        <translation>Exporter les postes affichés, une ligne par fourchette</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Paste posting</source>
        <translation>&amp;Coller une offre</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
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
        <source>&amp;About Reqdesk</source>
        <translation>À &amp;propos de Reqdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync is not set up yet: everything stays in the local cache.</source>
        <translation>La synchronisation n’est pas encore configurée : tout reste dans le cache local.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The pasted text: %1</source>
        <translation>Le texte collé : %1</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n requisition(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n poste…</numerusform>
            <numerusform>Enregistrement de %n postes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Import postings</source>
        <translation>Importer des offres</translation>
    </message>
    <message>
        <source>Postings (*.txt *.html *.htm *.json);;All files (*)</source>
        <translation>Offres (*.txt *.html *.htm *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export requisitions as CSV</source>
        <translation>Exporter les postes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>About Reqdesk</source>
        <translation>À propos de Reqdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reqdesk %1&lt;/h3&gt;&lt;p&gt;Requisitions, pay bands and hiring pipelines, offline first.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;Cache schema version %5&lt;br&gt;Cache: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reqdesk %1&lt;/h3&gt;&lt;p&gt;Postes, fourchettes de salaire et recrutement, hors ligne d’abord.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;SQLite %4&lt;br&gt;Version du schéma du cache %5&lt;br&gt;Cache : %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requisition(s).</source>
        <translation>
            <numerusform>%n poste importé.</numerusform>
            <numerusform>%n postes importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the cache: %1</source>
        <translation>
            <numerusform>%n déjà dans le cache, ignoré : %1</numerusform>
            <numerusform>%n déjà dans le cache, ignorés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requisition(s) to %1</source>
        <translation>
            <numerusform>%n poste exporté vers %1</numerusform>
            <numerusform>%n postes exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Select a requisition to compare its pay bands.</source>
        <translation>Sélectionnez un poste pour comparer ses fourchettes de salaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s) in the pay-band comparison.</source>
        <translation>
            <numerusform>%n offre dans la comparaison des fourchettes.</numerusform>
            <numerusform>%n offres dans la comparaison des fourchettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New requisition…</source>
        <translation>&amp;Nouveau poste…</translation>
    </message>
    <message>
        <source>Export &amp;report as PDF…</source>
        <translation>Exporter le &amp;rapport en PDF…</translation>
    </message>
    <message>
        <source>The shown requisition with its pay bands, flags and band chart</source>
        <translation>Le poste affiché avec ses fourchettes de salaire, ses alertes et son graphique</translation>
    </message>
    <message>
        <source>&amp;Edit requisition…</source>
        <translation>&amp;Modifier le poste…</translation>
    </message>
    <message>
        <source>&amp;Delete requisition…</source>
        <translation>&amp;Supprimer le poste…</translation>
    </message>
    <message>
        <source>&amp;Compare pay bands</source>
        <translation>C&amp;omparer les fourchettes</translation>
    </message>
    <message>
        <source>Add the shown requisition&apos;s bands to the pay-band comparison</source>
        <translation>Ajouter les fourchettes du poste affiché à la comparaison</translation>
    </message>
    <message>
        <source>C&amp;lear pay-band comparison</source>
        <translation>&amp;Vider la comparaison des fourchettes</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n posting file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier d’offres…</numerusform>
            <numerusform>Lecture de %n fichiers d’offres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a requisition to report on.</source>
        <translation>Sélectionnez un poste pour le rapport.</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Échec du rapport : %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>requisition</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All edits synced</source>
        <translation>Toutes les modifications sont synchronisées</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Synchronisé : %1 envoyée(s), %2 reçue(s).</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to a Reqdesk server to sync this cache</source>
        <translation>Se connecter à un serveur Reqdesk pour synchroniser ce cache</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Stop syncing and forget the sign-in; local data stays</source>
        <translation>Arrêter la synchronisation et oublier la connexion ; les données locales sont conservées</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send waiting edits and receive the server&apos;s changes now</source>
        <translation>Envoyer maintenant les modifications en attente et recevoir celles du serveur</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>La synchronisation est désactivée pour cette session (démarrée avec --offline).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PaneScreenshots</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartModel</name>
    <message>
        <source> (stated %1)</source>
        <translation> (indiqué %1)</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Compa-ratio</source>
        <translation>Compa-ratio</translation>
    </message>
    <message>
        <source>Range penetration</source>
        <translation>Position dans la fourchette</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartPlanner</name>
    <message>
        <source>hourly</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>journalières</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuelles</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>Bands in %1 cannot be compared without an exchange rate; showing %2 only.</source>
        <translation>Les fourchettes en %1 ne peuvent pas être comparées sans taux de change ; seules celles en %2 sont affichées.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>%1 bands shown per year at %2 %3.</source>
        <translation>%1 : fourchettes annualisées sur la base de %2 %3.</translation>
    </message>
    <message>
        <source>The %1 amount is not compared with %2 bands.</source>
        <translation>Le montant en %1 n’est pas comparé aux fourchettes en %2.</translation>
    </message>
    <message>
        <source>The amount is too large to compare.</source>
        <translation>Le montant est trop élevé pour être comparé.</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <source>One band left out: invalid or too large to re-quote.</source>
        <translation>Une fourchette omise : non valide ou trop élevée pour être convertie.</translation>
    </message>
    <message>
        <source>%1 bands left out: invalid or too large to re-quote.</source>
        <translation>%1 fourchettes omises : non valides ou trop élevées pour être converties.</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Aucune offre</translation>
    </message>
    <message>
        <source>: pay bands by level and location</source>
        <translation> : fourchettes par niveau et par lieu</translation>
    </message>
    <message>
        <source>Pay bands of one posting</source>
        <translation>Fourchettes d’une offre</translation>
    </message>
    <message>
        <source>Pay bands of %1 postings side by side</source>
        <translation>Fourchettes de %1 offres côte à côte</translation>
    </message>
    <message>
        <source>Bands without a level</source>
        <translation>Fourchettes sans niveau</translation>
    </message>
    <message>
        <source> across locations</source>
        <translation> sur tous les lieux</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Fourchette</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartView</name>
    <message>
        <source>Pay band chart</source>
        <translation>Graphique des fourchettes</translation>
    </message>
    <message>
        <source>Currency notice</source>
        <translation>Remarque sur la devise</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>Devise affichée</translation>
    </message>
    <message>
        <source>Bands in other currencies are not converted; pick one to show</source>
        <translation>Les fourchettes dans d’autres devises ne sont pas converties ; choisissez celle à afficher</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Notes sur le graphique</translation>
    </message>
    <message>
        <source>Reqdesk pay band chart</source>
        <translation>Graphique des fourchettes Reqdesk</translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation>Minimum : %1</translation>
    </message>
    <message>
        <source>Midpoint: %1%2</source>
        <translation>Point médian : %1%2</translation>
    </message>
    <message>
        <source> (halfway)</source>
        <translation> (à mi-chemin)</translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation>Maximum : %1</translation>
    </message>
    <message>
        <source>Width: %1</source>
        <translation>Amplitude : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stated %1, re-quoted %2</source>
        <translation>Indiqué %1, converti %2</translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation>Comparé à %1 :</translation>
    </message>
    <message>
        <source>  compa-ratio %1</source>
        <translation>  compa-ratio %1</translation>
    </message>
    <message>
        <source>  range penetration %1</source>
        <translation>  position dans la fourchette %1</translation>
    </message>
    <message>
        <source>Other postings</source>
        <translation>Autres offres</translation>
    </message>
    <message>
        <source>Pay range (minimum to maximum)</source>
        <translation>Fourchette de salaire (minimum à maximum)</translation>
    </message>
    <message numerus="yes">
        <source>%n bands: labels are hidden on the chart; the table lists them.</source>
        <translation>
            <numerusform>%n fourchette : les libellés sont masqués sur le graphique ; le tableau les liste.</numerusform>
            <numerusform>%n fourchettes : les libellés sont masqués sur le graphique ; le tableau les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many bands for a colour per posting: all in one colour; the table names each posting.</source>
        <translation>Trop de fourchettes pour une couleur par offre : toutes sont d’une seule couleur ; le tableau indique chaque offre.</translation>
    </message>
    <message>
        <source>No pay bands to show</source>
        <translation>Aucune fourchette à afficher</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
    <message>
        <source>Base pay, %1 %2</source>
        <translation>Salaire de base, %1 %2</translation>
    </message>
    <message>
        <source>Compared salary: %1</source>
        <translation>Salaire comparé : %1</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandFormat</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandsPane</name>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>Chart arrangement</source>
        <translation>Disposition du graphique</translation>
    </message>
    <message>
        <source>One posting: levels × locations</source>
        <translation>Une offre : niveaux × lieux</translation>
    </message>
    <message>
        <source>Postings side by side</source>
        <translation>Offres côte à côte</translation>
    </message>
    <message>
        <source>One level across locations</source>
        <translation>Un niveau sur tous les lieux</translation>
    </message>
    <message>
        <source>Posting shown</source>
        <translation>Offre affichée</translation>
    </message>
    <message>
        <source>Level shown</source>
        <translation>Niveau affiché</translation>
    </message>
    <message>
        <source>Salary to compare</source>
        <translation>Salaire à comparer</translation>
    </message>
    <message>
        <source>Expected salary or offer</source>
        <translation>Prétentions salariales ou proposition</translation>
    </message>
    <message>
        <source>Currency of the salary to compare</source>
        <translation>Devise du salaire à comparer</translation>
    </message>
    <message>
        <source>Period of the salary to compare</source>
        <translation>Période du salaire à comparer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the salary to compare</source>
        <translation>Effacer le salaire à comparer</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>Pay band figures</source>
        <translation>Chiffres des fourchettes</translation>
    </message>
    <message>
        <source>Chart and figures</source>
        <translation>Graphique et chiffres</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export pay band chart</source>
        <translation>Exporter le graphique des fourchettes</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>Le graphique n’a pas pu être écrit dans %1 :
%2</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineChartsPane</name>
    <message>
        <source>Pipeline charts</source>
        <translation>Graphiques du pipeline</translation>
    </message>
    <message>
        <source>Export funnel…</source>
        <translation>Exporter l’entonnoir…</translation>
    </message>
    <message>
        <source>Export the funnel chart as PNG, SVG or PDF</source>
        <translation>Exporter le graphique en entonnoir en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export time in stage…</source>
        <translation>Exporter le temps par étape…</translation>
    </message>
    <message>
        <source>Export the time in stage chart as PNG, SVG or PDF</source>
        <translation>Exporter le graphique du temps par étape en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Funnel figures</source>
        <translation>Chiffres de l’entonnoir</translation>
    </message>
    <message>
        <source>Time in stage figures</source>
        <translation>Chiffres du temps par étape</translation>
    </message>
    <message>
        <source>Funnel and its figures</source>
        <translation>Entonnoir et ses chiffres</translation>
    </message>
    <message>
        <source>Time in stage and its figures</source>
        <translation>Temps par étape et ses chiffres</translation>
    </message>
    <message>
        <source>Select a requisition to see its funnel, or show all requisitions.</source>
        <translation>Sélectionnez un poste pour voir son entonnoir, ou affichez tous les postes.</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>Lecture du pipeline…</translation>
    </message>
    <message>
        <source>All requisitions</source>
        <translation>Tous les postes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n application(s).</source>
        <translation>
            <numerusform>%1 : %n candidature.</numerusform>
            <numerusform>%1 : %n candidatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline figures could not be read: %1</source>
        <translation>Les chiffres du pipeline n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>Le graphique n’a pas pu être écrit dans %1 :
%2</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineFiguresModel</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Of all</source>
        <translation>Sur le total</translation>
    </message>
    <message>
        <source>There now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Sorties ici</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Jours (moyenne)</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Passages</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineFormat</name>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PreferencesDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>La synchronisation est désactivée pour cette session (démarrée avec --offline).</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RefusedEditsModel</name>
    <message>
        <source>Requisition</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Changement d’étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>You may not make this change.</source>
        <translation>Vous n’avez pas le droit de faire cette modification.</translation>
    </message>
    <message>
        <source>Your account may only read.</source>
        <translation>Votre compte est en lecture seule.</translation>
    </message>
    <message>
        <source>The server found the change invalid.</source>
        <translation>Le serveur a jugé la modification invalide.</translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation>L’enregistrement n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Notes and stage moves cannot be changed once sent.</source>
        <translation>Les notes et les changements d’étape ne peuvent plus être modifiés une fois envoyés.</translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation>La modification est trop volumineuse pour être envoyée.</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Refusée par le serveur.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Pourquoi le serveur l’a refusée</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RefusedEditsView</name>
    <message>
        <source>The server refused these edits. They stay on this computer, set aside so your other edits keep going. Once the cause is fixed (a permission granted, a record restored), try them again; or export the records to keep what you wrote.</source>
        <translation>Le serveur a refusé ces modifications. Elles restent sur cet ordinateur, mises de côté pour que vos autres modifications continuent de partir. Une fois la cause corrigée (une autorisation accordée, un enregistrement restauré), réessayez ; ou exportez les enregistrements pour garder ce que vous avez écrit.</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>No refused edits. If the server ever refuses one of your edits, it is kept here with the reason, never dropped.</source>
        <translation>Aucune modification refusée. Si le serveur refuse un jour l’une de vos modifications, elle est gardée ici avec la raison, jamais perdue.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try the selected refused edits again</source>
        <translation>Réessayer les modifications refusées sélectionnées</translation>
    </message>
    <message>
        <source>Send the selected edits (all, when none is selected) with the next sync.</source>
        <translation>Envoyer les modifications sélectionnées (toutes, si aucune n’est sélectionnée) à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>E&amp;xport Records…</source>
        <translation>E&amp;xporter les enregistrements…</translation>
    </message>
    <message>
        <source>Export the records of the refused edits</source>
        <translation>Exporter les enregistrements des modifications refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n modification sera renvoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications seront renvoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 record(s) of refused edits to %2.</source>
        <translation>%1 enregistrement(s) de modifications refusées exporté(s) vers %2.</translation>
    </message>
    <message>
        <source>The refused edits could not be read or changed; they are still kept.</source>
        <translation>Les modifications refusées n’ont pas pu être lues ou modifiées ; elles restent conservées.</translation>
    </message>
    <message>
        <source>Export the records of refused edits</source>
        <translation>Exporter les enregistrements des modifications refusées</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionDetailView</name>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>No requisition selected</source>
        <translation>Aucun poste sélectionné</translation>
    </message>
    <message>
        <source>Select a requisition in the list, or import a posting with File &gt; Import… or by dropping a file on the window.</source>
        <translation>Sélectionnez un poste dans la liste, ou importez une offre avec Fichier &gt; Importer… ou en déposant un fichier sur la fenêtre.</translation>
    </message>
    <message>
        <source>Hiring manager: %1</source>
        <translation>Responsable du recrutement : %1</translation>
    </message>
    <message>
        <source>Pay-transparency hints</source>
        <translation>Indications de transparence salariale</translation>
    </message>
    <message>
        <source>Hints, not legal advice.</source>
        <translation>Indications, pas un conseil juridique.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Required qualifications</source>
        <translation>Qualifications requises</translation>
    </message>
    <message>
        <source>Preferred qualifications</source>
        <translation>Qualifications souhaitées</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Autres exigences</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Edit the requisition and its pay bands (Ctrl+E)</source>
        <translation>Modifier le poste et ses fourchettes de salaire (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionEditCommand</name>
    <message>
        <source>create “%1”</source>
        <translation>créer « %1 »</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>supprimer « %1 »</translation>
    </message>
    <message>
        <source>set “%1” to %2</source>
        <translation>passer « %1 » à %2</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>modifier « %1 »</translation>
    </message>
    <message>
        <source>Cannot undo or redo the edit of “%1”: it was changed elsewhere.</source>
        <translation>Impossible d’annuler ou de rétablir la modification de « %1 » : le poste a été modifié ailleurs.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionEditor</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <source>Edit requisition</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Motif du changement de statut</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>L’intitulé ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Openings (%1) cannot be more than the headcount (%2).</source>
        <translation>Les postes à pourvoir (%1) ne peuvent pas dépasser l’effectif (%2).</translation>
    </message>
    <message>
        <source>Band %1: “%2” is not a currency code (three letters, like USD).</source>
        <translation>Fourchette %1 : « %2 » n’est pas un code de devise (trois lettres, comme EUR).</translation>
    </message>
    <message>
        <source>Band %1: the minimum is missing.</source>
        <translation>Fourchette %1 : le minimum est manquant.</translation>
    </message>
    <message>
        <source>Band %1: the minimum “%2” is not an amount in %3.</source>
        <translation>Fourchette %1 : le minimum « %2 » n’est pas un montant en %3.</translation>
    </message>
    <message>
        <source>Band %1: the maximum is missing.</source>
        <translation>Fourchette %1 : le maximum est manquant.</translation>
    </message>
    <message>
        <source>Band %1: the maximum “%2” is not an amount in %3.</source>
        <translation>Fourchette %1 : le maximum « %2 » n’est pas un montant en %3.</translation>
    </message>
    <message>
        <source>Band %1: the minimum (%2) is above the maximum (%3).</source>
        <translation>Fourchette %1 : le minimum (%2) dépasse le maximum (%3).</translation>
    </message>
    <message>
        <source>Band %1: the amounts are too large to compute with.</source>
        <translation>Fourchette %1 : les montants sont trop élevés pour être calculés.</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason.</source>
        <translation>Le passage de %1 à %2 nécessite un motif.</translation>
    </message>
    <message>
        <source>A requisition cannot move from %1 to %2.</source>
        <translation>Un poste ne peut pas passer de %1 à %2.</translation>
    </message>
    <message>
        <source>A requisition is filled only when no openings are left (%1 of %2 are still open).</source>
        <translation>Un poste n’est pourvu que lorsqu’il ne reste aucun poste à pourvoir (%1 sur %2 sont encore ouverts).</translation>
    </message>
    <message>
        <source>Add an opening before reopening a filled requisition.</source>
        <translation>Ajoutez un poste à pourvoir avant de rouvrir un poste pourvu.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionFilterBar</name>
    <message>
        <source>Search title, organisation, location and posting text</source>
        <translation>Rechercher dans le titre, l’organisation, le lieu et le texte de l’offre</translation>
    </message>
    <message>
        <source>Search requisitions</source>
        <translation>Rechercher des postes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Levels, separated by commas</source>
        <translation>Niveaux, séparés par des virgules</translation>
    </message>
    <message>
        <source>Levels, separated by commas (IC3, IC4)</source>
        <translation>Niveaux, séparés par des virgules (IC3, IC4)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Pay at least (per year)</source>
        <translation>Salaire au moins (par an)</translation>
    </message>
    <message>
        <source>Pay at most (per year)</source>
        <translation>Salaire au plus (par an)</translation>
    </message>
    <message>
        <source>Currency of the pay range</source>
        <translation>Devise de la fourchette</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Apply, save, rename or delete saved views</source>
        <translation>Appliquer, enregistrer, renommer ou supprimer des vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>&amp;Rename view</source>
        <translation>&amp;Renommer la vue</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionReportWriter</name>
    <message>
        <source>Hiring manager: %1</source>
        <translation>Responsable du recrutement : %1</translation>
    </message>
    <message>
        <source>Recruiter: %1</source>
        <translation>Recruteur : %1</translation>
    </message>
    <message>
        <source>Openings: %1 of %2</source>
        <translation>Postes à pourvoir : %1 sur %2</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Pay-transparency hints</source>
        <translation>Indications de transparence salariale</translation>
    </message>
    <message>
        <source>No rule flagged this posting.</source>
        <translation>Aucune règle n’a signalé cette offre.</translation>
    </message>
    <message>
        <source>Hints, not legal advice. Checked on %1.</source>
        <translation>Indications, pas un conseil juridique. Vérifié le %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Required qualifications</source>
        <translation>Qualifications requises</translation>
    </message>
    <message>
        <source>Preferred qualifications</source>
        <translation>Qualifications souhaitées</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Autres exigences</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Pay from (year)</source>
        <translation>Salaire de (an)</translation>
    </message>
    <message>
        <source>Pay to (year)</source>
        <translation>Salaire à (an)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionsPane</name>
    <message>
        <source>Requisitions</source>
        <translation>Postes</translation>
    </message>
    <message numerus="yes">
        <source>%n requisition(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit requisition</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <source>Delete requisition</source>
        <translation>Supprimer le poste</translation>
    </message>
    <message>
        <source>The requisition was changed elsewhere meanwhile: the edit was not made, and undo history for it is dropped.</source>
        <translation>Le poste a été modifié ailleurs entre-temps : la modification n’a pas été appliquée et son historique d’annulation a été supprimé.</translation>
    </message>
    <message>
        <source>The requisition was not saved: %1</source>
        <translation>Le poste n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Select a requisition to edit.</source>
        <translation>Sélectionnez un poste à modifier.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Select a requisition to delete.</source>
        <translation>Sélectionnez un poste à supprimer.</translation>
    </message>
    <message>
        <source>Delete “%1” with its pay bands? Edit &gt; Undo brings it back.</source>
        <translation>Supprimer « %1 » et ses fourchettes de salaire ? Édition &gt; Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>Faire passer « %1 » de %2 à %3.</translation>
    </message>
    <message>
        <source>Status change cancelled.</source>
        <translation>Changement de statut annulé.</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Vue « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Vue « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n requisition(s) found; search is complete once the first sync ends</source>
        <translation>
            <numerusform>%n poste trouvé ; la recherche sera complète à la fin de la première synchronisation</numerusform>
            <numerusform>%n postes trouvés ; la recherche sera complète à la fin de la première synchronisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://reqdesk.example.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://reqdesk.example.com.</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>La synchronisation est désactivée pour cette session (démarrée avec --offline).</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::StageMoveCommand</name>
    <message>
        <source>move %1 to %2</source>
        <translation>déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Undo of %1: %2</source>
        <translation>Annulation de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot redo the move of %1: it is now at %2.</source>
        <translation>Impossible de rétablir le déplacement de %1 : la candidature est maintenant à l’étape %2.</translation>
    </message>
    <message>
        <source>Cannot undo the move of %1: it is now at %2.</source>
        <translation>Impossible d’annuler le déplacement de %1 : la candidature est maintenant à l’étape %2.</translation>
    </message>
    <message>
        <source>Cannot undo the move of %1: %2 is not allowed.</source>
        <translation>Impossible d’annuler le déplacement de %1 : %2 n’est pas autorisé.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::StageReasonDialog</name>
    <message>
        <source>%1
A reason is required.</source>
        <translation>%1
Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncConnection</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives de connexion. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Enter a server address.</source>
        <translation>Saisissez une adresse de serveur.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>La synchronisation n’est pas active.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://reqdesk.example.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://reqdesk.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server; your edits are kept and will sync when it is back.</source>
        <translation>Le serveur est injoignable ; vos modifications sont conservées et seront synchronisées à son retour.</translation>
    </message>
    <message>
        <source>The server is busy; your edits are kept and sync will try again shortly.</source>
        <translation>Le serveur est occupé ; vos modifications sont conservées et la synchronisation sera retentée sous peu.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync; your edits are kept meanwhile.</source>
        <translation>Vous n’êtes pas connecté. Connectez-vous pour synchroniser ; vos modifications sont conservées en attendant.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was ended. Sign in again; your edits are kept.</source>
        <translation>Votre session a expiré ou a été fermée. Reconnectez-vous ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>For your safety your sign-in was ended (it was used twice). Sign in again; your edits are kept.</source>
        <translation>Par sécurité, votre session a été fermée (elle a été utilisée deux fois). Reconnectez-vous ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Your account is disabled. Ask your administrator; your edits are kept.</source>
        <translation>Votre compte est désactivé. Contactez votre administrateur ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask your administrator for access.</source>
        <translation>Votre compte n’y est pas autorisé. Demandez l’accès à votre administrateur.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Reqdesk. Your data is kept; please update the app.</source>
        <translation>Le serveur exige une version plus récente de Reqdesk. Vos données sont conservées ; veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <source>The server runs an older version than this app. Your data is kept; ask your administrator to update the server.</source>
        <translation>Le serveur utilise une version plus ancienne que cette application. Vos données sont conservées ; demandez à votre administrateur de mettre le serveur à jour.</translation>
    </message>
    <message>
        <source>The system keychain could not keep your sign-in. Sync works until you quit; then sign in again.</source>
        <translation>Le trousseau du système n’a pas pu enregistrer vos identifiants. La synchronisation fonctionne jusqu’à ce que vous quittiez ; reconnectez-vous ensuite.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored; Reqdesk loads it again. Your edits are kept.</source>
        <translation>Les données du serveur ont été restaurées ; Reqdesk les recharge. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Your edits are kept; sync will try again.</source>
        <translation>Le cache local n’a pas pu être lu ou écrit. Vos modifications sont conservées ; la synchronisation sera retentée.</translation>
    </message>
    <message>
        <source>The server gave an answer Reqdesk did not expect. Your edits are kept; try again later or contact support.</source>
        <translation>Le serveur a donné une réponse inattendue pour Reqdesk. Vos modifications sont conservées ; réessayez plus tard ou contactez l’assistance.</translation>
    </message>
    <message>
        <source>Sync did not complete. Your edits are kept and sync will try again.</source>
        <translation>La synchronisation n’a pas abouti. Vos modifications sont conservées et la synchronisation sera retentée.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncLogModel</name>
    <message>
        <source>Up to date: nothing to send or receive.</source>
        <translation>À jour : rien à envoyer ni à recevoir.</translation>
    </message>
    <message>
        <source>Changes sent: %1, received: %2.</source>
        <translation>Modifications envoyées : %1, reçues : %2.</translation>
    </message>
    <message>
        <source>Everything was downloaded again from the server.</source>
        <translation>Tout a été téléchargé à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <source>Conflicts with the server&apos;s changes: %1 (see Conflicts).</source>
        <translation>Conflits avec les modifications du serveur : %1 (voir Conflits).</translation>
    </message>
    <message>
        <source>Changes the server refused: %1; they are set aside, not lost.</source>
        <translation>Modifications refusées par le serveur : %1 ; elles sont mises de côté, pas perdues.</translation>
    </message>
    <message>
        <source>Records kept on this computer after the server removed them: %1.</source>
        <translation>Enregistrements conservés sur cet ordinateur après leur suppression par le serveur : %1.</translation>
    </message>
    <message>
        <source>Some records differ from the server&apos;s; they will be downloaded again.</source>
        <translation>Certains enregistrements diffèrent de ceux du serveur ; ils seront téléchargés à nouveau.</translation>
    </message>
    <message>
        <source>Cannot reach the server; your edits are kept and will sync when it is back.</source>
        <translation>Le serveur est injoignable ; vos modifications sont conservées et seront synchronisées à son retour.</translation>
    </message>
    <message>
        <source>The server is busy and asked Reqdesk to wait; your edits are kept.</source>
        <translation>Le serveur est occupé et a demandé à Reqdesk de patienter ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The server sent an answer Reqdesk could not read; your edits are kept.</source>
        <translation>Le serveur a envoyé une réponse illisible pour Reqdesk ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>You are not signed in, so nothing was sent. Your edits are kept on this computer; sign in to sync them.</source>
        <translation>Vous n’êtes pas connecté, rien n’a donc été envoyé. Vos modifications sont conservées sur cet ordinateur ; connectez-vous pour les synchroniser.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to sync; your edits are kept.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour synchroniser ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The server refused this account. Ask an administrator; your edits are kept.</source>
        <translation>Le serveur a refusé ce compte. Contactez un administrateur ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>This version of Reqdesk is too old for the server. Update it to sync; your edits are kept.</source>
        <translation>Cette version de Reqdesk est trop ancienne pour le serveur. Mettez-la à jour pour synchroniser ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The server is older than this version of Reqdesk. Ask an administrator to update it; your edits are kept.</source>
        <translation>Le serveur est plus ancien que cette version de Reqdesk. Demandez à un administrateur de le mettre à jour ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or reset. Reqdesk will download everything again and then send your edits.</source>
        <translation>Les données du serveur ont été restaurées ou réinitialisées. Reqdesk va tout télécharger à nouveau, puis envoyer vos modifications.</translation>
    </message>
    <message>
        <source>Sync stopped after several attempts without progress. Your edits are kept; try again later.</source>
        <translation>La synchronisation s’est arrêtée après plusieurs tentatives infructueuses. Vos modifications sont conservées ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Reqdesk could not read your saved sign-in from the system keychain. Sign in again; your edits are kept.</source>
        <translation>Reqdesk n’a pas pu lire vos identifiants enregistrés dans le trousseau du système. Reconnectez-vous ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The disk is full: free some space so Reqdesk can save what it receives.</source>
        <translation>Le disque est plein : libérez de l’espace pour que Reqdesk puisse enregistrer ce qu’il reçoit.</translation>
    </message>
    <message>
        <source>Sync failed; your edits are kept.</source>
        <translation>Échec de la synchronisation ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Sync failed (%1); your edits are kept.</source>
        <translation>Échec de la synchronisation (%1) ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Trying again automatically.</source>
        <translation>Nouvelle tentative automatique.</translation>
    </message>
    <message>
        <source>Not retrying: use Sync now when the problem is solved.</source>
        <translation>Pas de nouvelle tentative : utilisez « Synchroniser maintenant » une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mises de côté</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>Conservés ici</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncPane</name>
    <message>
        <source>%1 %2: kept on this computer</source>
        <translation>%1 %2 : conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en suspens</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conserver &amp;ma valeur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conserver ma valeur</translation>
    </message>
    <message>
        <source>Keep the value from this computer; it is sent with the next sync.</source>
        <translation>Conserver la valeur de cet ordinateur ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conserver celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conserver celle du serveur</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value.</source>
        <translation>Conserver la valeur du serveur.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit a merged value</source>
        <translation>Modifier une valeur fusionnée</translation>
    </message>
    <message>
        <source>Write a value that merges both sides.</source>
        <translation>Saisir une valeur qui fusionne les deux versions.</translation>
    </message>
    <message>
        <source>No conflicts. When the same field is changed on this computer and on the server to different values, it shows up here with both values side by side for you to choose.</source>
        <translation>Aucun conflit. Quand un même champ est modifié sur cet ordinateur et sur le serveur avec des valeurs différentes, il apparaît ici avec les deux valeurs côte à côte pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>⚠ These records were deleted on the server, or you can no longer see them, while they held edits not yet sent. They are kept on this computer so nothing is lost; export what you need, the server will not take these edits.</source>
        <translation>⚠ Ces enregistrements ont été supprimés sur le serveur, ou ne vous sont plus visibles, alors qu’ils contenaient des modifications non envoyées. Ils sont conservés sur cet ordinateur pour que rien ne soit perdu ; exportez ce dont vous avez besoin, le serveur n’acceptera pas ces modifications.</translation>
    </message>
    <message>
        <source>Records kept on this computer</source>
        <translation>Enregistrements conservés sur cet ordinateur</translation>
    </message>
    <message>
        <source>E&amp;xport these records…</source>
        <translation>E&amp;xporter ces enregistrements…</translation>
    </message>
    <message>
        <source>Export the records kept on this computer</source>
        <translation>Exporter les enregistrements conservés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>No sync has run in this session yet. Rounds and problems will be listed here, newest first.</source>
        <translation>Aucune synchronisation n’a encore eu lieu dans cette session. Les passages et les problèmes seront listés ici, les plus récents en premier.</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Synchronisation et conflits</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1 de « %2 »</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Sélectionnez d’abord un conflit.</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>Ce conflit n’est plus en suspens.</translation>
    </message>
    <message>
        <source>A deleted or re-created record can only be kept as mine or as theirs.</source>
        <translation>Un enregistrement supprimé ou recréé ne peut être conservé que dans ma version ou dans celle du serveur.</translation>
    </message>
    <message>
        <source>Kept your %1; it is sent with the next sync.</source>
        <translation>Votre valeur pour %1 a été conservée ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s %1.</source>
        <translation>La valeur du serveur pour %1 a été conservée.</translation>
    </message>
    <message>
        <source>Saved the merged %1; it is sent with the next sync.</source>
        <translation>La valeur fusionnée pour %1 a été enregistrée ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The record was removed from this computer.</source>
        <translation>L’enregistrement a été supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>The conflict is open again; its previous value is back.</source>
        <translation>Le conflit est de nouveau en suspens ; sa valeur précédente est rétablie.</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>Impossible de lire les conflits : %1</translation>
    </message>
    <message>
        <source>Could not export the records: %1</source>
        <translation>Impossible d’exporter les enregistrements : %1</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>Impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>Could not undo the resolution: %1</source>
        <translation>Impossible d’annuler la résolution : %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Export the records kept here</source>
        <translation>Exporter les enregistrements conservés ici</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>There are no records to export.</source>
        <translation>Il n’y a aucun enregistrement à exporter.</translation>
    </message>
    <message>
        <source>Exported %1 of the records kept here to %2.</source>
        <translation>%1 des enregistrements conservés ici exportés vers %2.</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Refused edits (%1)</source>
        <translation>Modifications refusées (%1)</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve (Sync &amp; conflicts pane)</source>
        <translation>Afficher les conflits à résoudre (volet « Synchronisation et conflits »)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Started without sync: everything stays in the local cache.</source>
        <translation>Démarré sans synchronisation : tout reste dans le cache local.</translation>
    </message>
    <message>
        <source>Sync has not started.</source>
        <translation>La synchronisation n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Click to sign in. Your edits are kept and sync once you are signed in.</source>
        <translation>Cliquez pour vous connecter. Vos modifications sont conservées et seront synchronisées une fois connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2. Click to sync now.</source>
        <translation>Connecté en tant que %1 sur %2. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>État de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflits</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>Conflits à résoudre : %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Contacting the server</source>
        <translation>Contact du serveur</translation>
    </message>
    <message>
        <source>Sending edits</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <source>Loading all records</source>
        <translation>Chargement de tous les enregistrements</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::TimeInStageChartView</name>
    <message>
        <source>Time in stage chart</source>
        <translation>Graphique du temps par étape</translation>
    </message>
    <message>
        <source>Median days in each stage with the mean marked; the table beside it has the same figures</source>
        <translation>Jours par étape (médiane), moyenne indiquée ; le tableau à côté contient les mêmes chiffres</translation>
    </message>
    <message>
        <source>No application has left this stage yet</source>
        <translation>Aucune candidature n’a encore quitté cette étape</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Médiane : %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>Moyenne : %1</translation>
    </message>
    <message>
        <source>Completed stays: %1</source>
        <translation>Passages terminés : %1</translation>
    </message>
    <message>
        <source>Time in stage: no completed stays yet</source>
        <translation>Temps par étape : aucun passage terminé</translation>
    </message>
    <message>
        <source>Time in stage: no completed stays yet for %1</source>
        <translation>Temps par étape : aucun passage terminé pour %1</translation>
    </message>
    <message>
        <source>Time in stage: %1</source>
        <translation>Temps par étape : %1</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Jours (moyenne)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reqdesk time in stage</source>
        <translation>Temps par étape Reqdesk</translation>
    </message>
</context>
<context>
    <name>RequisitionEditor</name>
    <message>
        <source>Edit requisition</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>&amp;Responsable du recrutement :</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>IC3, or IC3–IC4 when the bands cover several</source>
        <translation>IC3, ou IC3–IC4 si les fourchettes couvrent plusieurs niveaux</translation>
    </message>
    <message>
        <source>Head&amp;count:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>O&amp;penings:</source>
        <translation>Postes à &amp;pourvoir :</translation>
    </message>
    <message>
        <source>Openings still to fill</source>
        <translation>Postes restant à pourvoir</translation>
    </message>
    <message>
        <source>L&amp;ocations:</source>
        <translation>&amp;Lieux :</translation>
    </message>
    <message>
        <source>Locations, one per line</source>
        <translation>Lieux, un par ligne</translation>
    </message>
    <message>
        <source>One location per line</source>
        <translation>Un lieu par ligne</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Motif du changement de statut</translation>
    </message>
    <message>
        <source>Pay &amp;bands:</source>
        <translation>&amp;Fourchettes de salaire :</translation>
    </message>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de salaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation>&amp;Ajouter une fourchette</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Supprimer la fourchette</translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation>Problèmes dans le formulaire</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to sync</source>
        <translation>Se connecter pour synchroniser</translation>
    </message>
    <message>
        <source>Sign in to keep this computer&apos;s cache in sync with your team&apos;s server. Your edits stay on this computer until they are sent.</source>
        <translation>Connectez-vous pour garder le cache de cet ordinateur synchronisé avec le serveur de votre équipe. Vos modifications restent sur cet ordinateur jusqu’à leur envoi.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>https://reqdesk.example.com</source>
        <translation>https://reqdesk.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember my user name</source>
        <translation>&amp;Retenir mon nom d’utilisateur</translation>
    </message>
    <message>
        <source>Remember my user name</source>
        <translation>Retenir mon nom d’utilisateur</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
</context>
<context>
    <name>StageReasonDialog</name>
    <message>
        <source>Reason for the move</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>Why? The history keeps this with the move.</source>
        <translation>Pourquoi ? L’historique le conserve avec le changement.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Requisitions, pay bands and hiring pipelines.</source>
        <translation>Postes, fourchettes de salaire et recrutement.</translation>
    </message>
    <message>
        <source>Open the cache FILE instead of the default one.</source>
        <translation>Ouvrir le cache FILE au lieu du cache par défaut.</translation>
    </message>
    <message>
        <source>Render every pane to DIR/&lt;pane&gt;.png and exit.</source>
        <translation>Rendre chaque volet dans DIR/&lt;pane&gt;.png puis quitter.</translation>
    </message>
    <message>
        <source>Postings to import.</source>
        <translation>Offres à importer.</translation>
    </message>
    <message>
        <source>Sync with the server at URL (sign in there if this cache is not signed in to it).</source>
        <translation>Synchroniser avec le serveur à l’adresse URL (s’y connecter si ce cache n’y est pas encore connecté).</translation>
    </message>
    <message>
        <source>Never sync in this session: work on the cache alone.</source>
        <translation>Ne jamais synchroniser pendant cette session : travailler uniquement sur le cache.</translation>
    </message>
    <message>
        <source>Print start-up times as JSON lines and exit once the window is ready (benchmarks).</source>
        <translation>Afficher les temps de démarrage en lignes JSON et quitter dès que la fenêtre est prête (mesures de performance).</translation>
    </message>
    <message>
        <source>Once ready, show every pane, scroll the requisitions to the end, print the memory used as JSON and exit (benchmarks).</source>
        <translation>Une fois prêt, afficher chaque volet, faire défiler les postes jusqu’à la fin, afficher la mémoire utilisée en JSON et quitter (mesures de performance).</translation>
    </message>
    <message>
        <source>--server: not a server URL: %1</source>
        <translation>--server : ce n’est pas une URL de serveur : %1</translation>
    </message>
</context>
</TS>
