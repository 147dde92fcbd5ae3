<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import postings</source>
            <translation>Stellenanzeigen importieren</translation>
        </message>
        <message>
            <source>Extracted requisitions</source>
            <translation>Erkannte Stellen</translation>
        </message>
        <message>
            <source>Pay bands found</source>
            <translation>Gefundene Gehaltsbänder</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Import warnings</source>
            <translation>Import-Warnungen</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::DisplayText</name>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Pending approval</source>
            <translation>Freigabe ausstehend</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Besetzt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>per hour</source>
            <translation>pro Stunde</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>pro Tag</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>pro Woche</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>pro Monat</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>pro Jahr</translation>
        </message>
        <message>
            <source>This file is not a Reqdesk cache (%1). It was left untouched.</source>
            <translation>Diese Datei ist kein Reqdesk-Cache (%1). Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The cache file is damaged (%1). It was left untouched; move it away to start with an empty cache.</source>
            <translation>Die Cache-Datei ist beschädigt (%1). Sie wurde nicht verändert; verschieben Sie sie, um mit einem leeren Cache zu beginnen.</translation>
        </message>
        <message>
            <source>The cache was written by a newer Reqdesk. Please update Reqdesk. (%1)</source>
            <translation>Der Cache stammt von einer neueren Reqdesk-Version. Bitte aktualisieren Sie Reqdesk. (%1)</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved.</source>
            <translation>Der Datenträger ist voll; nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>The cache is busy in another program; try again in a moment.</source>
            <translation>Der Cache wird von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::ImportPreviewDialog</name>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
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
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n requisition(s)</source>
            <translation>
                <numerusform>%1: %n Stelle</numerusform>
                <numerusform>%1: %n Stellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pay band(s) found. Nothing is saved until you press Save.</source>
            <translation>
                <numerusform>%n Gehaltsband gefunden. Gespeichert wird erst mit „Speichern“.</numerusform>
                <numerusform>%n Gehaltsbänder gefunden. Gespeichert wird erst mit „Speichern“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Warnings (%1)</source>
            <translation>Warnungen (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n responsibility(ies)</source>
            <translation>
                <numerusform>%n Aufgabe</numerusform>
                <numerusform>%n Aufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n required qualification(s)</source>
            <translation>
                <numerusform>%n erforderliche Qualifikation</numerusform>
                <numerusform>%n erforderliche Qualifikationen</numerusform>
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
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Pay bands</source>
            <translation>Gehaltsbänder</translation>
        </message>
        <message>
            <source>Compare pay bands by level and location on charts.
This pane arrives with the charts.</source>
            <translation>Gehaltsbänder nach Stufe und Standort in Diagrammen vergleichen.
Dieser Bereich kommt mit den Diagrammen.</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>Candidates, the hiring pipeline and its history.
This pane arrives with the applicant pipeline.</source>
            <translation>Kandidaten, der Einstellungsprozess und sein Verlauf.
Dieser Bereich kommt mit der Bewerber-Pipeline.</translation>
        </message>
        <message>
            <source>Sync &amp; conflicts</source>
            <translation>Synchronisierung &amp; Konflikte</translation>
        </message>
        <message>
            <source>Working offline. Edits wait in the outbox until sync arrives; conflicts will be shown here side by side.</source>
            <translation>Offline. Änderungen warten im Postausgang, bis die Synchronisierung kommt; Konflikte werden hier nebeneinander gezeigt.</translation>
        </message>
        <message>
            <source>Requisitions</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Strg+%2)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import postings from text, HTML, Greenhouse or Lever files</source>
            <translation>Stellenanzeigen aus Text-, HTML-, Greenhouse- oder Lever-Dateien importieren</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Export the requisitions in view, one line per pay band</source>
            <translation>Die angezeigten Stellen exportieren, eine Zeile je Gehaltsband</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Paste posting</source>
            <translation>Stellenanzeige &amp;einfügen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
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
            <source>&amp;About Reqdesk</source>
            <translation>&amp;Über Reqdesk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Sync is not set up yet: everything stays in the local cache.</source>
            <translation>Die Synchronisierung ist noch nicht eingerichtet: alles bleibt im lokalen Cache.</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The pasted text: %1</source>
            <translation>Der eingefügte Text: %1</translation>
        </message>
        <message>
            <source>Pasted text</source>
            <translation>Eingefügter Text</translation>
        </message>
        <message numerus="yes">
            <source>Saving %n requisition(s)…</source>
            <translation>
                <numerusform>%n Stelle wird gespeichert…</numerusform>
                <numerusform>%n Stellen werden gespeichert…</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Export nach %1…</translation>
        </message>
        <message>
            <source>Import postings</source>
            <translation>Stellenanzeigen importieren</translation>
        </message>
        <message>
            <source>Postings (*.txt *.html *.htm *.json);;All files (*)</source>
            <translation>Stellenanzeigen (*.txt *.html *.htm *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export requisitions as CSV</source>
            <translation>Stellen als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The clipboard holds no text to import.</source>
            <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
        </message>
        <message>
            <source>About Reqdesk</source>
            <translation>Über Reqdesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Reqdesk %1&lt;/h3&gt;&lt;p&gt;Requisitions, pay bands and hiring pipelines, offline first.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;Cache schema version %5&lt;br&gt;Cache: %6&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Reqdesk %1&lt;/h3&gt;&lt;p&gt;Stellen, Gehaltsbänder und Einstellungsprozesse – offline zuerst.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;SQLite %4&lt;br&gt;Cache-Schemaversion %5&lt;br&gt;Cache: %6&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n requisition(s).</source>
            <translation>
                <numerusform>%n Stelle importiert.</numerusform>
                <numerusform>%n Stellen importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped %n already in the cache: %1</source>
            <translation>
                <numerusform>%n bereits im Cache, übersprungen: %1</numerusform>
                <numerusform>%n bereits im Cache, übersprungen: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n requisition(s) to %1</source>
            <translation>
                <numerusform>%n Stelle nach %1 exportiert</numerusform>
                <numerusform>%n Stellen nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edit(s) waiting to sync</source>
            <translation>
                <numerusform>%n Änderung wartet auf Synchronisierung</numerusform>
                <numerusform>%n Änderungen warten auf Synchronisierung</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Nichts wurde gespeichert: %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
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
            <translation>%1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::RequisitionDetailView</name>
        <message>
            <source>Pay bands</source>
            <translation>Gehaltsbänder</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
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
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Posting</source>
            <translation>Stellenanzeige</translation>
        </message>
        <message>
            <source>No requisition selected</source>
            <translation>Keine Stelle ausgewählt</translation>
        </message>
        <message>
            <source>Select a requisition in the list, or import a posting with File &gt; Import… or by dropping a file on the window.</source>
            <translation>Wählen Sie eine Stelle in der Liste, oder importieren Sie eine Stellenanzeige über Datei &gt; Importieren… oder indem Sie eine Datei auf das Fenster ziehen.</translation>
        </message>
        <message>
            <source>Hiring manager: %1</source>
            <translation>Einstellende Führungskraft: %1</translation>
        </message>
        <message>
            <source>Pay-transparency hints</source>
            <translation>Hinweise zur Entgelttransparenz</translation>
        </message>
        <message>
            <source>Hints, not legal advice.</source>
            <translation>Hinweise, keine Rechtsberatung.</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Standorte</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Responsibilities</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>Required qualifications</source>
            <translation>Erforderliche Qualifikationen</translation>
        </message>
        <message>
            <source>Preferred qualifications</source>
            <translation>Wünschenswerte Qualifikationen</translation>
        </message>
        <message>
            <source>Other requirements</source>
            <translation>Weitere Anforderungen</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Zusatzleistungen</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::RequisitionFilterBar</name>
        <message>
            <source>Search title, organisation, location and posting text</source>
            <translation>Titel, Organisation, Standort und Anzeigentext durchsuchen</translation>
        </message>
        <message>
            <source>Search requisitions</source>
            <translation>Stellen durchsuchen</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Levels, separated by commas</source>
            <translation>Stufen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Levels, separated by commas (IC3, IC4)</source>
            <translation>Stufen, durch Kommas getrennt (IC3, IC4)</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Hiring manager</source>
            <translation>Einstellende Führungskraft</translation>
        </message>
        <message>
            <source>Pay at least (per year)</source>
            <translation>Gehalt mindestens (pro Jahr)</translation>
        </message>
        <message>
            <source>Pay at most (per year)</source>
            <translation>Gehalt höchstens (pro Jahr)</translation>
        </message>
        <message>
            <source>Currency of the pay range</source>
            <translation>Währung der Gehaltsspanne</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Gehalt</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::RequisitionTableModel</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Hiring manager</source>
            <translation>Einstellende Führungskraft</translation>
        </message>
        <message>
            <source>Pay from (year)</source>
            <translation>Gehalt ab (Jahr)</translation>
        </message>
        <message>
            <source>Pay to (year)</source>
            <translation>Gehalt bis (Jahr)</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
    </context>
    <context>
        <name>Reqdesk::Gui::RequisitionsPane</name>
        <message>
            <source>Requisitions</source>
            <translation>Stellen</translation>
        </message>
        <message numerus="yes">
            <source>%n requisition(s)</source>
            <translation>
                <numerusform>%n Stelle</numerusform>
                <numerusform>%n Stellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Requisitions, pay bands and hiring pipelines.</source>
            <translation>Stellen, Gehaltsbänder und Einstellungsprozesse.</translation>
        </message>
        <message>
            <source>Open the cache FILE instead of the default one.</source>
            <translation>Den Cache FILE statt des Standard-Caches öffnen.</translation>
        </message>
        <message>
            <source>Render every pane to DIR/&lt;pane&gt;.png and exit.</source>
            <translation>Jeden Bereich nach DIR/&lt;pane&gt;.png zeichnen und beenden.</translation>
        </message>
        <message>
            <source>Postings to import.</source>
            <translation>Zu importierende Stellenanzeigen.</translation>
        </message>
        <message>
            <source>Reqdesk</source>
            <translation>Reqdesk</translation>
        </message>
        <message>
            <source>Reqdesk cannot open its cache %1.

%2</source>
            <translation>Reqdesk kann seinen Cache %1 nicht öffnen.

%2</translation>
        </message>
    </context>
</TS>