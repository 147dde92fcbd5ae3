<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheRebuild</name>
    <message>
        <source>Reqdesk cannot open its cache %1.</source>
        <translation>Reqdesk kann seinen Zwischenspeicher %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Reqdesk</source>
        <translation>Reqdesk</translation>
    </message>
    <message>
        <source>Rebuild it? Your unsent edits are saved to a file beside it first and kept in the new cache; the damaged file is kept under another name; everything else is downloaded again from the server at the next sync.</source>
        <translation>Neu aufbauen? Ihre noch nicht gesendeten Änderungen werden zuerst in einer Datei daneben gesichert und in den neuen Zwischenspeicher übernommen; die beschädigte Datei bleibt unter einem anderen Namen erhalten; alles andere wird bei der nächsten Synchronisierung erneut vom Server geladen.</translation>
    </message>
    <message>
        <source>Rebuild the Cache</source>
        <translation>Zwischenspeicher neu aufbauen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation>Der Zwischenspeicher konnte nicht neu aufgebaut werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The cache was rebuilt. %n unsent edit(s) were kept; they are also saved in %1. The damaged file is now %2.</source>
        <translation>
            <numerusform>Der Zwischenspeicher wurde neu aufgebaut. %n nicht gesendete Änderung wurde behalten; sie ist auch in %1 gesichert. Die beschädigte Datei heißt jetzt %2.</numerusform>
            <numerusform>Der Zwischenspeicher wurde neu aufgebaut. %n nicht gesendete Änderungen wurden behalten; sie sind auch in %1 gesichert. Die beschädigte Datei heißt jetzt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent edit(s) were on damaged parts of the file and could not be read.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung lag in beschädigten Teilen der Datei und konnte nicht gelesen werden.</numerusform>
            <numerusform>%n nicht gesendete Änderungen lagen in beschädigten Teilen der Datei und konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://reqdesk.example.com</source>
        <translation>https://reqdesk.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren a&amp;lle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Reqdesk starts again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von Reqdesk.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Farbschema</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationHistoryView</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>A note on this application</source>
        <translation>Eine Notiz zu dieser Bewerbung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Select an application to see its history and notes.</source>
        <translation>Wählen Sie eine Bewerbung, um ihren Verlauf und ihre Notizen zu sehen.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationTableModel</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Recruiter screen</source>
        <translation>Vorauswahl Recruiting</translation>
    </message>
    <message>
        <source>Hiring manager screen</source>
        <translation>Gespräch Führungskraft</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Vor-Ort-Gespräch</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last move</source>
        <translation>Letzter Wechsel</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>Gehaltsvorstellung</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>column header: date applied</comment>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationsPane</name>
    <message>
        <source>Show applications of</source>
        <translation>Bewerbungen anzeigen für</translation>
    </message>
    <message>
        <source>The selected requisition</source>
        <translation>Die ausgewählte Stelle</translation>
    </message>
    <message>
        <source>All requisitions</source>
        <translation>Alle Stellen</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>Candidate or requisition</source>
        <translation>Kandidat oder Stelle</translation>
    </message>
    <message>
        <source>Search applications by candidate or requisition</source>
        <translation>Bewerbungen nach Kandidat oder Stelle durchsuchen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3.</source>
        <translation>%1 kann nicht von %2 nach %3 wechseln.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3.</source>
        <translation>%1 von %2 nach %3 verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n applications to %1.</source>
        <translation>
            <numerusform>%n Bewerbung nach %1 verschieben.</numerusform>
            <numerusform>%n Bewerbungen nach %1 verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Verschieben abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>move %n applications to %1</source>
        <translation>
            <numerusform>%n Bewerbung nach %1 verschieben</numerusform>
            <numerusform>%n Bewerbungen nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>Die Bewerbung</translation>
    </message>
    <message>
        <source>%1 was not moved: it was changed elsewhere meanwhile (%2).</source>
        <translation>%1 wurde nicht verschoben: Die Bewerbung wurde inzwischen anderswo geändert (%2).</translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>%1 wurde nicht verschoben: %2</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show as board</source>
        <translation>Als Board anzeigen</translation>
    </message>
    <message>
        <source>Show as charts</source>
        <translation>Als Diagramme anzeigen</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictComparisonView</name>
    <message>
        <source>Values in conflict: base, mine and theirs</source>
        <translation>Werte im Konflikt: Basis, mein Wert und Serverwert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base (last synced)</source>
        <translation>Basis (zuletzt synchronisiert)</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Meiner (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Kein Konflikt ausgewählt</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 of “%2” was changed here and on the server. Enter the value to keep; it is saved here and sent with the next sync.</source>
        <translation>%1 von „%2“ wurde hier und auf dem Server geändert. Geben Sie den Wert ein, der gelten soll; er wird hier gespeichert und mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Base (last synced):</source>
        <translation>Basis (zuletzt synchronisiert):</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>Mein Wert:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Serverwert:</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zusammengeführter Wert</translation>
    </message>
    <message>
        <source>One item a line.</source>
        <translation>Ein Eintrag pro Zeile.</translation>
    </message>
    <message>
        <source>A structured value, written as JSON.</source>
        <translation>Ein strukturierter Wert, als JSON geschrieben.</translation>
    </message>
    <message>
        <source>An amount, such as 120,000 or 120000.50.</source>
        <translation>Ein Betrag, etwa 120.000 oder 120000,50.</translation>
    </message>
    <message>
        <source>Start from &amp;mine</source>
        <translation>Von &amp;meinem Wert ausgehen</translation>
    </message>
    <message>
        <source>Start from &amp;theirs</source>
        <translation>Vom &amp;Serverwert ausgehen</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Diesen Wert behalten</translation>
    </message>
    <message>
        <source>Value to keep:</source>
        <translation>Zu behaltender Wert:</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Geben Sie eine ganze Zahl ab 0 ein.</translation>
    </message>
    <message>
        <source>Enter an amount such as 120,000 or 120000.50.</source>
        <translation>Geben Sie einen Betrag ein, etwa 120.000 oder 120000,50.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The value must have the same shape as mine and theirs.</source>
        <translation>Der Wert muss dieselbe Struktur haben wie mein Wert und der Serverwert.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>(not in this cache)</source>
        <translation>(nicht in diesem Cache)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictResolutionCommand</name>
    <message>
        <source>keep my %1</source>
        <translation>meinen Wert für %1 behalten</translation>
    </message>
    <message>
        <source>keep the server&apos;s %1</source>
        <translation>Serverwert für %1 behalten</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Cannot undo the resolution of %1 yet: it is still being saved.</source>
        <translation>Die Konfliktlösung für %1 kann noch nicht rückgängig gemacht werden: Sie wird noch gespeichert.</translation>
    </message>
    <message>
        <source>Cannot undo the resolution of %1: the record was removed from this computer.</source>
        <translation>Die Konfliktlösung für %1 kann nicht rückgängig gemacht werden: Der Datensatz wurde von diesem Computer entfernt.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ConflictValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Edited here, deleted on the server</source>
        <translation>Hier bearbeitet, auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Deleted here, edited on the server</source>
        <translation>Hier gelöscht, auf dem Server bearbeitet</translation>
    </message>
    <message>
        <source>Added to a record deleted on the server</source>
        <translation>Zu einem auf dem Server gelöschten Datensatz hinzugefügt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Planstellen</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <source>Hiring team</source>
        <translation>Einstellungsteam</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Anzeigentext</translation>
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
    <message>
        <source>Pay bands</source>
        <translation>Gehaltsbänder</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Employer size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Ausscheidungsgrund</translation>
    </message>
    <message>
        <source>Expected salary</source>
        <translation>Gehaltsvorstellung</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>You edited this record while someone deleted it on the server. Keep mine restores it with your edit; keep theirs lets it go.</source>
        <translation>Sie haben diesen Datensatz bearbeitet, während er auf dem Server gelöscht wurde. „Meinen Wert behalten“ stellt ihn mit Ihrer Änderung wieder her; „Serverwert behalten“ verwirft ihn.</translation>
    </message>
    <message>
        <source>You deleted this record while someone edited it on the server. Keep mine deletes it; keep theirs keeps their version.</source>
        <translation>Sie haben diesen Datensatz gelöscht, während er auf dem Server bearbeitet wurde. „Meinen Wert behalten“ löscht ihn; „Serverwert behalten“ behält die Serverversion.</translation>
    </message>
    <message>
        <source>You added something to a record that was deleted on the server. Keep mine restores the record; keep theirs deletes what you added.</source>
        <translation>Sie haben etwas zu einem Datensatz hinzugefügt, der auf dem Server gelöscht wurde. „Meinen Wert behalten“ stellt den Datensatz wieder her; „Serverwert behalten“ löscht Ihre Ergänzung.</translation>
    </message>
    <message>
        <source>The stage was changed here and on the server; the server checks the move again when the choice is sent.</source>
        <translation>Die Phase wurde hier und auf dem Server geändert; der Server prüft den Wechsel erneut, wenn Ihre Wahl gesendet wird.</translation>
    </message>
    <message>
        <source>This field was changed here and on the server to different values. Choose which to keep, or edit a merged value.</source>
        <translation>Dieses Feld wurde hier und auf dem Server unterschiedlich geändert. Wählen Sie, welcher Wert gelten soll, oder bearbeiten Sie einen zusammengeführten Wert.</translation>
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
    <name>Reqdesk::Gui::FunnelChartView</name>
    <message>
        <source>Funnel chart</source>
        <translation>Trichterdiagramm</translation>
    </message>
    <message>
        <source>Applications that reached each stage; the table beside it has the same figures</source>
        <translation>Bewerbungen, die jede Phase erreicht haben; die Tabelle daneben enthält dieselben Zahlen</translation>
    </message>
    <message>
        <source>Funnel notes</source>
        <translation>Hinweise zum Trichter</translation>
    </message>
    <message>
        <source>Reached: %1 of %2 applications</source>
        <translation>Erreicht: %1 von %2 Bewerbungen</translation>
    </message>
    <message>
        <source>Conversion from %1: %2</source>
        <translation>Konversion ab %1: %2</translation>
    </message>
    <message>
        <source>Share of all applications: %1</source>
        <translation>Anteil an allen Bewerbungen: %1</translation>
    </message>
    <message>
        <source>In this stage now: %1</source>
        <translation>Derzeit in dieser Phase: %1</translation>
    </message>
    <message>
        <source>Rejected or withdrawn after this stage: %1</source>
        <translation>Nach dieser Phase abgelehnt oder zurückgezogen: %1</translation>
    </message>
    <message>
        <source>Left the pipeline: %1 rejected, %2 withdrawn. Hired of all applications: %3.</source>
        <translation>Aus der Pipeline ausgeschieden: %1 abgelehnt, %2 zurückgezogen. Eingestellt von allen Bewerbungen: %3.</translation>
    </message>
    <message>
        <source>Funnel: no applications</source>
        <translation>Trichter: keine Bewerbungen</translation>
    </message>
    <message>
        <source>Funnel: no applications for %1</source>
        <translation>Trichter: keine Bewerbungen für %1</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Trichter: %1</translation>
    </message>
    <message>
        <source>Applications that reached the stage</source>
        <translation>Bewerbungen, die die Phase erreicht haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Reqdesk pipeline funnel</source>
        <translation>Reqdesk-Pipeline-Trichter</translation>
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
        <source>Applications</source>
        <translation>Bewerbungen</translation>
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
    <message>
        <source>Select a requisition to compare its pay bands.</source>
        <translation>Wählen Sie eine Stelle, um ihre Gehaltsbänder zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s) in the pay-band comparison.</source>
        <translation>
            <numerusform>%n Stellenanzeige im Gehaltsband-Vergleich.</numerusform>
            <numerusform>%n Stellenanzeigen im Gehaltsband-Vergleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New requisition…</source>
        <translation>&amp;Neue Stelle…</translation>
    </message>
    <message>
        <source>Export &amp;report as PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>The shown requisition with its pay bands, flags and band chart</source>
        <translation>Die angezeigte Stelle mit Gehaltsbändern, Hinweisen und Banddiagramm</translation>
    </message>
    <message>
        <source>&amp;Edit requisition…</source>
        <translation>Stelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete requisition…</source>
        <translation>Stelle &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Compare pay bands</source>
        <translation>Gehaltsbänder &amp;vergleichen</translation>
    </message>
    <message>
        <source>Add the shown requisition&apos;s bands to the pay-band comparison</source>
        <translation>Die Gehaltsbänder der angezeigten Stelle zum Gehaltsband-Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;lear pay-band comparison</source>
        <translation>Gehaltsband-Vergleich &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n posting file(s)…</source>
        <translation>
            <numerusform>%n Datei mit Stellenanzeigen wird gelesen…</numerusform>
            <numerusform>%n Dateien mit Stellenanzeigen werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a requisition to report on.</source>
        <translation>Wählen Sie eine Stelle für den Bericht.</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Bericht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>requisition</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>All edits synced</source>
        <translation>Alle Änderungen synchronisiert</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Synchronisiert: %1 gesendet, %2 empfangen.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to a Reqdesk server to sync this cache</source>
        <translation>Bei einem Reqdesk-Server anmelden, um diesen Cache zu synchronisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Stop syncing and forget the sign-in; local data stays</source>
        <translation>Synchronisierung beenden und Anmeldung vergessen; lokale Daten bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send waiting edits and receive the server&apos;s changes now</source>
        <translation>Wartende Änderungen jetzt senden und die Änderungen des Servers empfangen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>Die Synchronisierung ist in dieser Sitzung aus (mit --offline gestartet).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
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
    <name>Reqdesk::Gui::PayBandChartModel</name>
    <message>
        <source> (stated %1)</source>
        <translation> (angegeben %1)</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
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
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Compa-ratio</source>
        <translation>Compa-Ratio</translation>
    </message>
    <message>
        <source>Range penetration</source>
        <translation>Position im Band</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartPlanner</name>
    <message>
        <source>hourly</source>
        <translation>stündliche</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tägliche</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentliche</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatliche</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährliche</translation>
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
        <source>Bands in %1 cannot be compared without an exchange rate; showing %2 only.</source>
        <translation>Bänder in %1 lassen sich ohne Wechselkurs nicht vergleichen; nur %2 wird gezeigt.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>%1 bands shown per year at %2 %3.</source>
        <translation>%1 Bänder auf das Jahr hochgerechnet mit %2 %3.</translation>
    </message>
    <message>
        <source>The %1 amount is not compared with %2 bands.</source>
        <translation>Der Betrag in %1 wird nicht mit Bändern in %2 verglichen.</translation>
    </message>
    <message>
        <source>The amount is too large to compare.</source>
        <translation>Der Betrag ist zu groß für einen Vergleich.</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Jeder Standort</translation>
    </message>
    <message>
        <source>One band left out: invalid or too large to re-quote.</source>
        <translation>Ein Band ausgelassen: ungültig oder zu groß zum Umrechnen.</translation>
    </message>
    <message>
        <source>%1 bands left out: invalid or too large to re-quote.</source>
        <translation>%1 Bänder ausgelassen: ungültig oder zu groß zum Umrechnen.</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Keine Stellenanzeige</translation>
    </message>
    <message>
        <source>: pay bands by level and location</source>
        <translation>: Gehaltsbänder nach Stufe und Standort</translation>
    </message>
    <message>
        <source>Pay bands of one posting</source>
        <translation>Gehaltsbänder einer Stellenanzeige</translation>
    </message>
    <message>
        <source>Pay bands of %1 postings side by side</source>
        <translation>Gehaltsbänder von %1 Stellenanzeigen nebeneinander</translation>
    </message>
    <message>
        <source>Bands without a level</source>
        <translation>Bänder ohne Stufe</translation>
    </message>
    <message>
        <source> across locations</source>
        <translation> über alle Standorte</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Gehaltsband</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartView</name>
    <message>
        <source>Pay band chart</source>
        <translation>Gehaltsband-Diagramm</translation>
    </message>
    <message>
        <source>Currency notice</source>
        <translation>Hinweis zur Währung</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>Angezeigte Währung</translation>
    </message>
    <message>
        <source>Bands in other currencies are not converted; pick one to show</source>
        <translation>Bänder in anderen Währungen werden nicht umgerechnet; wählen Sie eine zur Anzeige</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Hinweise zum Diagramm</translation>
    </message>
    <message>
        <source>Reqdesk pay band chart</source>
        <translation>Reqdesk-Gehaltsband-Diagramm</translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation>Minimum: %1</translation>
    </message>
    <message>
        <source>Midpoint: %1%2</source>
        <translation>Mittelwert: %1%2</translation>
    </message>
    <message>
        <source> (halfway)</source>
        <translation> (Mitte)</translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <source>Width: %1</source>
        <translation>Bandbreite: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stated %1, re-quoted %2</source>
        <translation>Angegeben %1, umgerechnet %2</translation>
    </message>
    <message>
        <source>Compared with %1:</source>
        <translation>Verglichen mit %1:</translation>
    </message>
    <message>
        <source>  compa-ratio %1</source>
        <translation>  Compa-Ratio %1</translation>
    </message>
    <message>
        <source>  range penetration %1</source>
        <translation>  Position im Band %1</translation>
    </message>
    <message>
        <source>Other postings</source>
        <translation>Weitere Stellenanzeigen</translation>
    </message>
    <message>
        <source>Pay range (minimum to maximum)</source>
        <translation>Gehaltsspanne (Minimum bis Maximum)</translation>
    </message>
    <message numerus="yes">
        <source>%n bands: labels are hidden on the chart; the table lists them.</source>
        <translation>
            <numerusform>%n Band: Beschriftungen sind im Diagramm ausgeblendet; die Tabelle listet sie auf.</numerusform>
            <numerusform>%n Bänder: Beschriftungen sind im Diagramm ausgeblendet; die Tabelle listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many bands for a colour per posting: all in one colour; the table names each posting.</source>
        <translation>Zu viele Bänder für eine Farbe je Stellenanzeige: alle in einer Farbe; die Tabelle nennt jede Stellenanzeige.</translation>
    </message>
    <message>
        <source>No pay bands to show</source>
        <translation>Keine Gehaltsbänder anzuzeigen</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Base pay, %1 %2</source>
        <translation>Grundgehalt, %1 %2</translation>
    </message>
    <message>
        <source>Compared salary: %1</source>
        <translation>Verglichenes Gehalt: %1</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandFormat</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandsPane</name>
    <message>
        <source>Pay bands</source>
        <translation>Gehaltsbänder</translation>
    </message>
    <message>
        <source>Chart arrangement</source>
        <translation>Diagrammaufbau</translation>
    </message>
    <message>
        <source>One posting: levels × locations</source>
        <translation>Eine Stellenanzeige: Stufen × Standorte</translation>
    </message>
    <message>
        <source>Postings side by side</source>
        <translation>Stellenanzeigen nebeneinander</translation>
    </message>
    <message>
        <source>One level across locations</source>
        <translation>Eine Stufe über alle Standorte</translation>
    </message>
    <message>
        <source>Posting shown</source>
        <translation>Angezeigte Stellenanzeige</translation>
    </message>
    <message>
        <source>Level shown</source>
        <translation>Angezeigte Stufe</translation>
    </message>
    <message>
        <source>Salary to compare</source>
        <translation>Zu vergleichendes Gehalt</translation>
    </message>
    <message>
        <source>Expected salary or offer</source>
        <translation>Gehaltsvorstellung oder Angebot</translation>
    </message>
    <message>
        <source>Currency of the salary to compare</source>
        <translation>Währung des zu vergleichenden Gehalts</translation>
    </message>
    <message>
        <source>Period of the salary to compare</source>
        <translation>Zeitraum des zu vergleichenden Gehalts</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the salary to compare</source>
        <translation>Zu vergleichendes Gehalt leeren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>Diagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Pay band figures</source>
        <translation>Gehaltsband-Zahlen</translation>
    </message>
    <message>
        <source>Chart and figures</source>
        <translation>Diagramm und Zahlen</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export pay band chart</source>
        <translation>Gehaltsband-Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineChartsPane</name>
    <message>
        <source>Pipeline charts</source>
        <translation>Pipeline-Diagramme</translation>
    </message>
    <message>
        <source>Export funnel…</source>
        <translation>Trichter exportieren…</translation>
    </message>
    <message>
        <source>Export the funnel chart as PNG, SVG or PDF</source>
        <translation>Das Trichterdiagramm als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export time in stage…</source>
        <translation>Verweildauer exportieren…</translation>
    </message>
    <message>
        <source>Export the time in stage chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm der Verweildauer je Phase als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Funnel figures</source>
        <translation>Trichter-Zahlen</translation>
    </message>
    <message>
        <source>Time in stage figures</source>
        <translation>Zahlen zur Verweildauer</translation>
    </message>
    <message>
        <source>Funnel and its figures</source>
        <translation>Trichter und seine Zahlen</translation>
    </message>
    <message>
        <source>Time in stage and its figures</source>
        <translation>Verweildauer und ihre Zahlen</translation>
    </message>
    <message>
        <source>Select a requisition to see its funnel, or show all requisitions.</source>
        <translation>Wählen Sie eine Stelle, um ihren Trichter zu sehen, oder zeigen Sie alle Stellen an.</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>Pipeline wird gelesen…</translation>
    </message>
    <message>
        <source>All requisitions</source>
        <translation>Alle Stellen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n application(s).</source>
        <translation>
            <numerusform>%1: %n Bewerbung.</numerusform>
            <numerusform>%1: %n Bewerbungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline figures could not be read: %1</source>
        <translation>Die Pipeline-Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineFiguresModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Ab vorheriger</translation>
    </message>
    <message>
        <source>Of all</source>
        <translation>Von allen</translation>
    </message>
    <message>
        <source>There now</source>
        <translation>Derzeit dort</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Hier ausgeschieden</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Tage (Median)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Tage (Mittel)</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Aufenthalte</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineFormat</name>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>Die Synchronisierung ist in dieser Sitzung aus (mit --offline gestartet).</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RefusedEditsModel</name>
    <message>
        <source>Requisition</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>You may not make this change.</source>
        <translation>Sie dürfen diese Änderung nicht vornehmen.</translation>
    </message>
    <message>
        <source>Your account may only read.</source>
        <translation>Ihr Konto darf nur lesen.</translation>
    </message>
    <message>
        <source>The server found the change invalid.</source>
        <translation>Der Server hält die Änderung für ungültig.</translation>
    </message>
    <message>
        <source>The record no longer exists on the server.</source>
        <translation>Den Datensatz gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Notes and stage moves cannot be changed once sent.</source>
        <translation>Notizen und Phasenwechsel lassen sich nach dem Senden nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation>Die Änderung ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Vom Server abgelehnt.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vorgenommen</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Warum der Server sie ablehnte</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RefusedEditsView</name>
    <message>
        <source>The server refused these edits. They stay on this computer, set aside so your other edits keep going. Once the cause is fixed (a permission granted, a record restored), try them again; or export the records to keep what you wrote.</source>
        <translation>Der Server hat diese Änderungen abgelehnt. Sie bleiben auf diesem Computer, zurückgestellt, damit Ihre anderen Änderungen weiterlaufen. Sobald die Ursache behoben ist (eine Berechtigung erteilt, ein Datensatz wiederhergestellt), versuchen Sie es erneut – oder exportieren Sie die Datensätze, um das Geschriebene zu behalten.</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>No refused edits. If the server ever refuses one of your edits, it is kept here with the reason, never dropped.</source>
        <translation>Keine abgelehnten Änderungen. Lehnt der Server je eine Ihrer Änderungen ab, bleibt sie hier mit dem Grund erhalten und geht nie verloren.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the selected refused edits again</source>
        <translation>Die ausgewählten abgelehnten Änderungen erneut versuchen</translation>
    </message>
    <message>
        <source>Send the selected edits (all, when none is selected) with the next sync.</source>
        <translation>Die ausgewählten Änderungen (alle, wenn keine ausgewählt ist) mit der nächsten Synchronisierung senden.</translation>
    </message>
    <message>
        <source>E&amp;xport Records…</source>
        <translation>Datensätze e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the records of the refused edits</source>
        <translation>Die Datensätze der abgelehnten Änderungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n Änderung wird mit der nächsten Synchronisierung erneut gesendet.</numerusform>
            <numerusform>%n Änderungen werden mit der nächsten Synchronisierung erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 record(s) of refused edits to %2.</source>
        <translation>%1 Datensatz/Datensätze abgelehnter Änderungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The refused edits could not be read or changed; they are still kept.</source>
        <translation>Die abgelehnten Änderungen konnten nicht gelesen oder geändert werden; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export the records of refused edits</source>
        <translation>Datensätze abgelehnter Änderungen exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
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
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Edit the requisition and its pay bands (Ctrl+E)</source>
        <translation>Die Stelle und ihre Gehaltsbänder bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionEditCommand</name>
    <message>
        <source>create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Cannot undo or redo the edit of “%1”: it was changed elsewhere.</source>
        <translation>Die Änderung an „%1“ kann nicht rückgängig gemacht oder wiederholt werden: Die Stelle wurde anderswo geändert.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionEditor</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Edit requisition</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Grund für die Statusänderung</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Openings (%1) cannot be more than the headcount (%2).</source>
        <translation>Die offenen Positionen (%1) dürfen die Planstellen (%2) nicht übersteigen.</translation>
    </message>
    <message>
        <source>Band %1: “%2” is not a currency code (three letters, like USD).</source>
        <translation>Band %1: „%2“ ist kein Währungscode (drei Buchstaben, etwa EUR).</translation>
    </message>
    <message>
        <source>Band %1: the minimum is missing.</source>
        <translation>Band %1: Das Minimum fehlt.</translation>
    </message>
    <message>
        <source>Band %1: the minimum “%2” is not an amount in %3.</source>
        <translation>Band %1: Das Minimum „%2“ ist kein Betrag in %3.</translation>
    </message>
    <message>
        <source>Band %1: the maximum is missing.</source>
        <translation>Band %1: Das Maximum fehlt.</translation>
    </message>
    <message>
        <source>Band %1: the maximum “%2” is not an amount in %3.</source>
        <translation>Band %1: Das Maximum „%2“ ist kein Betrag in %3.</translation>
    </message>
    <message>
        <source>Band %1: the minimum (%2) is above the maximum (%3).</source>
        <translation>Band %1: Das Minimum (%2) liegt über dem Maximum (%3).</translation>
    </message>
    <message>
        <source>Band %1: the amounts are too large to compute with.</source>
        <translation>Band %1: Die Beträge sind zu groß zum Rechnen.</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason.</source>
        <translation>Der Wechsel von %1 zu %2 braucht einen Grund.</translation>
    </message>
    <message>
        <source>A requisition cannot move from %1 to %2.</source>
        <translation>Eine Stelle kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <source>A requisition is filled only when no openings are left (%1 of %2 are still open).</source>
        <translation>Eine Stelle ist erst besetzt, wenn keine Positionen mehr offen sind (%1 von %2 sind noch offen).</translation>
    </message>
    <message>
        <source>Add an opening before reopening a filled requisition.</source>
        <translation>Fügen Sie eine offene Position hinzu, bevor Sie eine besetzte Stelle wieder öffnen.</translation>
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
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Apply, save, rename or delete saved views</source>
        <translation>Gespeicherte Ansichten anwenden, speichern, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Rename view</source>
        <translation>Ansicht &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionReportWriter</name>
    <message>
        <source>Hiring manager: %1</source>
        <translation>Einstellende Führungskraft: %1</translation>
    </message>
    <message>
        <source>Recruiter: %1</source>
        <translation>Recruiter: %1</translation>
    </message>
    <message>
        <source>Openings: %1 of %2</source>
        <translation>Offene Positionen: %1 von %2</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
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
        <source>Pay-transparency hints</source>
        <translation>Hinweise zur Entgelttransparenz</translation>
    </message>
    <message>
        <source>No rule flagged this posting.</source>
        <translation>Keine Regel hat diese Stellenanzeige beanstandet.</translation>
    </message>
    <message>
        <source>Hints, not legal advice. Checked on %1.</source>
        <translation>Hinweise, keine Rechtsberatung. Geprüft am %1.</translation>
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
    <message>
        <source>Edit requisition</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>Delete requisition</source>
        <translation>Stelle löschen</translation>
    </message>
    <message>
        <source>The requisition was changed elsewhere meanwhile: the edit was not made, and undo history for it is dropped.</source>
        <translation>Die Stelle wurde inzwischen anderswo geändert: Die Änderung wurde nicht vorgenommen, und ihr Rückgängig-Verlauf wurde verworfen.</translation>
    </message>
    <message>
        <source>The requisition was not saved: %1</source>
        <translation>Die Stelle wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Select a requisition to edit.</source>
        <translation>Wählen Sie eine Stelle zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Select a requisition to delete.</source>
        <translation>Wählen Sie eine Stelle zum Löschen.</translation>
    </message>
    <message>
        <source>Delete “%1” with its pay bands? Edit &gt; Undo brings it back.</source>
        <translation>„%1“ samt Gehaltsbändern löschen? Bearbeiten &gt; Rückgängig stellt die Stelle wieder her.</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>„%1“ von %2 auf %3 setzen.</translation>
    </message>
    <message>
        <source>Status change cancelled.</source>
        <translation>Statusänderung abgebrochen.</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n requisition(s) found; search is complete once the first sync ends</source>
        <translation>
            <numerusform>%n Stelle gefunden; die Suche ist vollständig, sobald die erste Synchronisierung endet</numerusform>
            <numerusform>%n Stellen gefunden; die Suche ist vollständig, sobald die erste Synchronisierung endet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://reqdesk.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://reqdesk.example.com.</translation>
    </message>
    <message>
        <source>Sync is off in this session (started with --offline).</source>
        <translation>Die Synchronisierung ist in dieser Sitzung aus (mit --offline gestartet).</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::StageMoveCommand</name>
    <message>
        <source>move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Undo of %1: %2</source>
        <translation>Rückgängig von %1: %2</translation>
    </message>
    <message>
        <source>Cannot redo the move of %1: it is now at %2.</source>
        <translation>Der Wechsel von %1 kann nicht wiederholt werden: Die Bewerbung ist jetzt in %2.</translation>
    </message>
    <message>
        <source>Cannot undo the move of %1: it is now at %2.</source>
        <translation>Der Wechsel von %1 kann nicht rückgängig gemacht werden: Die Bewerbung ist jetzt in %2.</translation>
    </message>
    <message>
        <source>Cannot undo the move of %1: %2 is not allowed.</source>
        <translation>Der Wechsel von %1 kann nicht rückgängig gemacht werden: %2 ist nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::StageReasonDialog</name>
    <message>
        <source>%1
A reason is required.</source>
        <translation>%1
Ein Grund ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncConnection</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, then try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Enter a server address.</source>
        <translation>Geben Sie eine Serveradresse ein.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://reqdesk.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://reqdesk.example.com.</translation>
    </message>
    <message>
        <source>Cannot reach the server; your edits are kept and will sync when it is back.</source>
        <translation>Der Server ist nicht erreichbar; Ihre Änderungen bleiben erhalten und werden synchronisiert, sobald er wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>The server is busy; your edits are kept and sync will try again shortly.</source>
        <translation>Der Server ist ausgelastet; Ihre Änderungen bleiben erhalten, und die Synchronisierung wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync; your edits are kept meanwhile.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an, um zu synchronisieren; Ihre Änderungen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was ended. Sign in again; your edits are kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde beendet. Melden Sie sich erneut an; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>For your safety your sign-in was ended (it was used twice). Sign in again; your edits are kept.</source>
        <translation>Zu Ihrer Sicherheit wurde Ihre Anmeldung beendet (sie wurde doppelt verwendet). Melden Sie sich erneut an; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your account is disabled. Ask your administrator; your edits are kept.</source>
        <translation>Ihr Konto ist deaktiviert. Wenden Sie sich an Ihre Administration; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask your administrator for access.</source>
        <translation>Ihr Konto darf das nicht. Bitten Sie Ihre Administration um Zugriff.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Reqdesk. Your data is kept; please update the app.</source>
        <translation>Der Server benötigt eine neuere Reqdesk-Version. Ihre Daten bleiben erhalten; bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The server runs an older version than this app. Your data is kept; ask your administrator to update the server.</source>
        <translation>Auf dem Server läuft eine ältere Version als diese App. Ihre Daten bleiben erhalten; bitten Sie Ihre Administration, den Server zu aktualisieren.</translation>
    </message>
    <message>
        <source>The system keychain could not keep your sign-in. Sync works until you quit; then sign in again.</source>
        <translation>Der Schlüsselbund des Systems konnte Ihre Anmeldung nicht speichern. Die Synchronisierung funktioniert bis zum Beenden; melden Sie sich danach erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored; Reqdesk loads it again. Your edits are kept.</source>
        <translation>Die Daten des Servers wurden wiederhergestellt; Reqdesk lädt sie erneut. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Your edits are kept; sync will try again.</source>
        <translation>Der lokale Cache konnte nicht gelesen oder geschrieben werden. Ihre Änderungen bleiben erhalten; die Synchronisierung wird erneut versucht.</translation>
    </message>
    <message>
        <source>The server gave an answer Reqdesk did not expect. Your edits are kept; try again later or contact support.</source>
        <translation>Der Server hat eine unerwartete Antwort gegeben. Ihre Änderungen bleiben erhalten; versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Sync did not complete. Your edits are kept and sync will try again.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen. Ihre Änderungen bleiben erhalten, und die Synchronisierung wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncLogModel</name>
    <message>
        <source>Up to date: nothing to send or receive.</source>
        <translation>Aktuell: nichts zu senden oder zu empfangen.</translation>
    </message>
    <message>
        <source>Changes sent: %1, received: %2.</source>
        <translation>Änderungen gesendet: %1, empfangen: %2.</translation>
    </message>
    <message>
        <source>Everything was downloaded again from the server.</source>
        <translation>Alles wurde erneut vom Server heruntergeladen.</translation>
    </message>
    <message>
        <source>Conflicts with the server&apos;s changes: %1 (see Conflicts).</source>
        <translation>Konflikte mit Änderungen auf dem Server: %1 (siehe Konflikte).</translation>
    </message>
    <message>
        <source>Changes the server refused: %1; they are set aside, not lost.</source>
        <translation>Vom Server abgelehnte Änderungen: %1; sie sind zurückgestellt, nicht verloren.</translation>
    </message>
    <message>
        <source>Records kept on this computer after the server removed them: %1.</source>
        <translation>Auf diesem Computer behaltene Datensätze, die der Server entfernt hat: %1.</translation>
    </message>
    <message>
        <source>Some records differ from the server&apos;s; they will be downloaded again.</source>
        <translation>Einige Datensätze weichen vom Server ab; sie werden erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Cannot reach the server; your edits are kept and will sync when it is back.</source>
        <translation>Der Server ist nicht erreichbar; Ihre Änderungen bleiben erhalten und werden synchronisiert, sobald er wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>The server is busy and asked Reqdesk to wait; your edits are kept.</source>
        <translation>Der Server ist ausgelastet und hat Reqdesk gebeten zu warten; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server sent an answer Reqdesk could not read; your edits are kept.</source>
        <translation>Der Server hat eine Antwort gesendet, die Reqdesk nicht lesen konnte; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>You are not signed in, so nothing was sent. Your edits are kept on this computer; sign in to sync them.</source>
        <translation>Sie sind nicht angemeldet, daher wurde nichts gesendet. Ihre Änderungen bleiben auf diesem Computer; melden Sie sich an, um sie zu synchronisieren.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to sync; your edits are kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um zu synchronisieren; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server refused this account. Ask an administrator; your edits are kept.</source>
        <translation>Der Server hat dieses Konto abgelehnt. Wenden Sie sich an eine Administratorin oder einen Administrator; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>This version of Reqdesk is too old for the server. Update it to sync; your edits are kept.</source>
        <translation>Diese Reqdesk-Version ist zu alt für den Server. Aktualisieren Sie Reqdesk, um zu synchronisieren; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server is older than this version of Reqdesk. Ask an administrator to update it; your edits are kept.</source>
        <translation>Der Server ist älter als diese Reqdesk-Version. Bitten Sie die Administration, ihn zu aktualisieren; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or reset. Reqdesk will download everything again and then send your edits.</source>
        <translation>Die Daten des Servers wurden wiederhergestellt oder zurückgesetzt. Reqdesk lädt alles erneut herunter und sendet danach Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Sync stopped after several attempts without progress. Your edits are kept; try again later.</source>
        <translation>Die Synchronisierung wurde nach mehreren Versuchen ohne Fortschritt beendet. Ihre Änderungen bleiben erhalten; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Reqdesk could not read your saved sign-in from the system keychain. Sign in again; your edits are kept.</source>
        <translation>Reqdesk konnte Ihre gespeicherte Anmeldung nicht aus dem Schlüsselbund des Systems lesen. Melden Sie sich erneut an; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The disk is full: free some space so Reqdesk can save what it receives.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei, damit Reqdesk die empfangenen Daten speichern kann.</translation>
    </message>
    <message>
        <source>Sync failed; your edits are kept.</source>
        <translation>Synchronisierung fehlgeschlagen; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sync failed (%1); your edits are kept.</source>
        <translation>Synchronisierung fehlgeschlagen (%1); Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Trying again automatically.</source>
        <translation>Neuer Versuch erfolgt automatisch.</translation>
    </message>
    <message>
        <source>Not retrying: use Sync now when the problem is solved.</source>
        <translation>Kein weiterer Versuch: Verwenden Sie „Jetzt synchronisieren“, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>Hier behalten</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncPane</name>
    <message>
        <source>%1 %2: kept on this computer</source>
        <translation>%1 %2: auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep the value from this computer; it is sent with the next sync.</source>
        <translation>Den Wert von diesem Computer behalten; er wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Serverwert behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Serverwert behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value.</source>
        <translation>Den Wert vom Server behalten.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit a merged value</source>
        <translation>Einen zusammengeführten Wert bearbeiten</translation>
    </message>
    <message>
        <source>Write a value that merges both sides.</source>
        <translation>Einen Wert schreiben, der beide Seiten zusammenführt.</translation>
    </message>
    <message>
        <source>No conflicts. When the same field is changed on this computer and on the server to different values, it shows up here with both values side by side for you to choose.</source>
        <translation>Keine Konflikte. Wird dasselbe Feld auf diesem Computer und auf dem Server unterschiedlich geändert, erscheint es hier mit beiden Werten nebeneinander, damit Sie wählen können.</translation>
    </message>
    <message>
        <source>⚠ These records were deleted on the server, or you can no longer see them, while they held edits not yet sent. They are kept on this computer so nothing is lost; export what you need, the server will not take these edits.</source>
        <translation>⚠ Diese Datensätze wurden auf dem Server gelöscht oder sind für Sie nicht mehr sichtbar, während sie noch nicht gesendete Änderungen enthielten. Sie bleiben auf diesem Computer, damit nichts verloren geht; exportieren Sie, was Sie brauchen – der Server nimmt diese Änderungen nicht an.</translation>
    </message>
    <message>
        <source>Records kept on this computer</source>
        <translation>Auf diesem Computer behaltene Datensätze</translation>
    </message>
    <message>
        <source>E&amp;xport these records…</source>
        <translation>Diese Datensätze e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the records kept on this computer</source>
        <translation>Die auf diesem Computer behaltenen Datensätze exportieren</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>No sync has run in this session yet. Rounds and problems will be listed here, newest first.</source>
        <translation>In dieser Sitzung wurde noch nicht synchronisiert. Durchläufe und Probleme werden hier aufgeführt, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Sync and conflicts</source>
        <translation>Synchronisierung und Konflikte</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Wählen Sie zuerst einen Konflikt.</translation>
    </message>
    <message>
        <source>That conflict is no longer open.</source>
        <translation>Dieser Konflikt ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>A deleted or re-created record can only be kept as mine or as theirs.</source>
        <translation>Bei einem gelöschten oder neu angelegten Datensatz kann nur der eigene oder der Serverstand behalten werden.</translation>
    </message>
    <message>
        <source>Kept your %1; it is sent with the next sync.</source>
        <translation>Ihr Wert für %1 wurde behalten; er wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s %1.</source>
        <translation>Der Serverwert für %1 wurde behalten.</translation>
    </message>
    <message>
        <source>Saved the merged %1; it is sent with the next sync.</source>
        <translation>Der zusammengeführte Wert für %1 wurde gespeichert; er wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The record was removed from this computer.</source>
        <translation>Der Datensatz wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The conflict is open again; its previous value is back.</source>
        <translation>Der Konflikt ist wieder offen; sein vorheriger Wert ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>Die Konflikte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not export the records: %1</source>
        <translation>Die Datensätze konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Could not resolve %1: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Could not undo the resolution: %1</source>
        <translation>Die Konfliktlösung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Export the records kept here</source>
        <translation>Die hier behaltenen Datensätze exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>There are no records to export.</source>
        <translation>Es gibt keine Datensätze zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported %1 of the records kept here to %2.</source>
        <translation>%1 der hier behaltenen Datensätze nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Refused edits</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Refused edits (%1)</source>
        <translation>Abgelehnte Änderungen (%1)</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve (Sync &amp; conflicts pane)</source>
        <translation>Die zu lösenden Konflikte anzeigen (Bereich „Synchronisierung und Konflikte“)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started without sync: everything stays in the local cache.</source>
        <translation>Ohne Synchronisierung gestartet: Alles bleibt im lokalen Cache.</translation>
    </message>
    <message>
        <source>Sync has not started.</source>
        <translation>Die Synchronisierung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Click to sign in. Your edits are kept and sync once you are signed in.</source>
        <translation>Klicken Sie hier, um sich anzumelden. Ihre Änderungen bleiben erhalten und werden nach der Anmeldung synchronisiert.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Angemeldet als %1 bei %2.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2. Click to sync now.</source>
        <translation>Angemeldet als %1 bei %2. Klicken Sie, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Synchronisierungsstatus: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 Konflikte</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>Zu lösende Konflikte: %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Contacting the server</source>
        <translation>Server wird kontaktiert</translation>
    </message>
    <message>
        <source>Sending edits</source>
        <translation>Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Änderungen werden empfangen</translation>
    </message>
    <message>
        <source>Loading all records</source>
        <translation>Alle Datensätze werden geladen</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::TimeInStageChartView</name>
    <message>
        <source>Time in stage chart</source>
        <translation>Diagramm der Verweildauer je Phase</translation>
    </message>
    <message>
        <source>Median days in each stage with the mean marked; the table beside it has the same figures</source>
        <translation>Tage je Phase als Median, der Mittelwert ist markiert; die Tabelle daneben enthält dieselben Zahlen</translation>
    </message>
    <message>
        <source>No application has left this stage yet</source>
        <translation>Noch keine Bewerbung hat diese Phase verlassen</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>Mittelwert: %1</translation>
    </message>
    <message>
        <source>Completed stays: %1</source>
        <translation>Abgeschlossene Aufenthalte: %1</translation>
    </message>
    <message>
        <source>Time in stage: no completed stays yet</source>
        <translation>Verweildauer: noch keine abgeschlossenen Aufenthalte</translation>
    </message>
    <message>
        <source>Time in stage: no completed stays yet for %1</source>
        <translation>Verweildauer: noch keine abgeschlossenen Aufenthalte für %1</translation>
    </message>
    <message>
        <source>Time in stage: %1</source>
        <translation>Verweildauer: %1</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Tage (Median)</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Tage (Mittel)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Reqdesk time in stage</source>
        <translation>Reqdesk-Verweildauer je Phase</translation>
    </message>
</context>
<context>
    <name>RequisitionEditor</name>
    <message>
        <source>Edit requisition</source>
        <translation>Stelle bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>Einstellende &amp;Führungskraft:</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>IC3, or IC3–IC4 when the bands cover several</source>
        <translation>IC3, oder IC3–IC4, wenn die Bänder mehrere Stufen abdecken</translation>
    </message>
    <message>
        <source>Head&amp;count:</source>
        <translation>&amp;Planstellen:</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Planstellen</translation>
    </message>
    <message>
        <source>O&amp;penings:</source>
        <translation>&amp;Noch offen:</translation>
    </message>
    <message>
        <source>Openings still to fill</source>
        <translation>Noch zu besetzende Positionen</translation>
    </message>
    <message>
        <source>L&amp;ocations:</source>
        <translation>St&amp;andorte:</translation>
    </message>
    <message>
        <source>Locations, one per line</source>
        <translation>Standorte, einer pro Zeile</translation>
    </message>
    <message>
        <source>One location per line</source>
        <translation>Ein Standort pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the status change</source>
        <translation>Grund für die Statusänderung</translation>
    </message>
    <message>
        <source>Pay &amp;bands:</source>
        <translation>&amp;Gehaltsbänder:</translation>
    </message>
    <message>
        <source>Pay bands</source>
        <translation>Gehaltsbänder</translation>
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
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Add band</source>
        <translation>Band &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>Band &amp;entfernen</translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation>Probleme im Formular</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to sync</source>
        <translation>Zum Synchronisieren anmelden</translation>
    </message>
    <message>
        <source>Sign in to keep this computer&apos;s cache in sync with your team&apos;s server. Your edits stay on this computer until they are sent.</source>
        <translation>Melden Sie sich an, um den Cache dieses Computers mit dem Server Ihres Teams synchron zu halten. Ihre Änderungen bleiben auf diesem Computer, bis sie gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://reqdesk.example.com</source>
        <translation>https://reqdesk.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember my user name</source>
        <translation>Benutzernamen &amp;merken</translation>
    </message>
    <message>
        <source>Remember my user name</source>
        <translation>Benutzernamen merken</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldehinweis</translation>
    </message>
</context>
<context>
    <name>StageReasonDialog</name>
    <message>
        <source>Reason for the move</source>
        <translation>Grund für den Wechsel</translation>
    </message>
    <message>
        <source>Why? The history keeps this with the move.</source>
        <translation>Warum? Der Verlauf speichert dies zusammen mit dem Wechsel.</translation>
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
        <source>Sync with the server at URL (sign in there if this cache is not signed in to it).</source>
        <translation>Mit dem Server unter URL synchronisieren (dort anmelden, falls dieser Cache dort noch nicht angemeldet ist).</translation>
    </message>
    <message>
        <source>Never sync in this session: work on the cache alone.</source>
        <translation>In dieser Sitzung nie synchronisieren: nur mit dem Cache arbeiten.</translation>
    </message>
    <message>
        <source>Print start-up times as JSON lines and exit once the window is ready (benchmarks).</source>
        <translation>Startzeiten als JSON-Zeilen ausgeben und beenden, sobald das Fenster bereit ist (Benchmarks).</translation>
    </message>
    <message>
        <source>Once ready, show every pane, scroll the requisitions to the end, print the memory used as JSON and exit (benchmarks).</source>
        <translation>Sobald bereit, jeden Bereich anzeigen, die Stellen bis zum Ende scrollen, den Speicherverbrauch als JSON ausgeben und beenden (Benchmarks).</translation>
    </message>
    <message>
        <source>--server: not a server URL: %1</source>
        <translation>--server: keine Server-URL: %1</translation>
    </message>
</context>
</TS>
