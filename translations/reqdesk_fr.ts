<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <source>Compare pay bands by level and location on charts.
This pane arrives with the charts.</source>
            <translation>Comparer les fourchettes par niveau et par lieu sur des graphiques.
Ce volet arrive avec les graphiques.</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>Candidates, the hiring pipeline and its history.
This pane arrives with the applicant pipeline.</source>
            <translation>Candidats, le processus de recrutement et son historique.
Ce volet arrive avec le suivi des candidatures.</translation>
        </message>
        <message>
            <source>Sync &amp; conflicts</source>
            <translation>Synchronisation et conflits</translation>
        </message>
        <message>
            <source>Working offline. Edits wait in the outbox until sync arrives; conflicts will be shown here side by side.</source>
            <translation>Hors ligne. Les modifications attendent dans la file d’envoi jusqu’à l’arrivée de la synchronisation ; les conflits seront affichés ici côte à côte.</translation>
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
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
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
            <source>Reqdesk</source>
            <translation>Reqdesk</translation>
        </message>
        <message>
            <source>Reqdesk cannot open its cache %1.

%2</source>
            <translation>Reqdesk ne peut pas ouvrir son cache %1.

%2</translation>
        </message>
    </context>
</TS>