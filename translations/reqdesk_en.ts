<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheRebuild</name>
    <message numerus="yes">
        <source>The cache was rebuilt. %n unsent edit(s) were kept; they are also saved in %1. The damaged file is now %2.</source>
        <translation>
            <numerusform>The cache was rebuilt. %n unsent edit was kept; it is also saved in %1. The damaged file is now %2.</numerusform>
            <numerusform>The cache was rebuilt. %n unsent edits were kept; they are also saved in %1. The damaged file is now %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent edit(s) were on damaged parts of the file and could not be read.</source>
        <translation>
            <numerusform>%n unsent edit was on a damaged part of the file and could not be read.</numerusform>
            <numerusform>%n unsent edits were on damaged parts of the file and could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ApplicationsPane</name>
    <message numerus="yes">
        <source>Move %n applications to %1.</source>
        <translation>
            <numerusform>Move %n application to %1.</numerusform>
            <numerusform>Move %n applications to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n applications to %1</source>
        <translation>
            <numerusform>move %n application to %1</numerusform>
            <numerusform>move %n applications to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%1: %n requisition(s)</source>
        <translation>
            <numerusform>%1: %n requisition</numerusform>
            <numerusform>%1: %n requisitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay band(s) found. Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>%n pay band found. Nothing is saved until you press Save.</numerusform>
            <numerusform>%n pay bands found. Nothing is saved until you press Save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility(ies)</source>
        <translation>
            <numerusform>%n responsibility</numerusform>
            <numerusform>%n responsibilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required qualification(s)</source>
        <translation>
            <numerusform>%n required qualification</numerusform>
            <numerusform>%n required qualifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n posting(s) in the pay-band comparison.</source>
        <translation>
            <numerusform>%n posting in the pay-band comparison.</numerusform>
            <numerusform>%n postings in the pay-band comparison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n posting file(s)…</source>
        <translation>
            <numerusform>Reading %n posting file…</numerusform>
            <numerusform>Reading %n posting files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n requisition(s)…</source>
        <translation>
            <numerusform>Saving %n requisition…</numerusform>
            <numerusform>Saving %n requisitions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requisition(s).</source>
        <translation>
            <numerusform>Imported %n requisition.</numerusform>
            <numerusform>Imported %n requisitions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the cache: %1</source>
        <translation>
            <numerusform>Skipped %n already in the cache: %1</numerusform>
            <numerusform>Skipped %n already in the cache: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requisition(s) to %1</source>
        <translation>
            <numerusform>Exported %n requisition to %1</numerusform>
            <numerusform>Exported %n requisitions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting to sync</source>
        <translation>
            <numerusform>%n edit waiting to sync</numerusform>
            <numerusform>%n edits waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PayBandChartView</name>
    <message numerus="yes">
        <source>%n bands: labels are hidden on the chart; the table lists them.</source>
        <translation>
            <numerusform>%n band: labels are hidden on the chart; the table lists them.</numerusform>
            <numerusform>%n bands: labels are hidden on the chart; the table lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::PipelineChartsPane</name>
    <message numerus="yes">
        <source>%1: %n application(s).</source>
        <translation>
            <numerusform>%1: %n application.</numerusform>
            <numerusform>%1: %n applications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RefusedEditsView</name>
    <message numerus="yes">
        <source>%n edit(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n edit will be sent again with the next sync.</numerusform>
            <numerusform>%n edits will be sent again with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::RequisitionsPane</name>
    <message numerus="yes">
        <source>%n requisition(s)</source>
        <translation>
            <numerusform>%n requisition</numerusform>
            <numerusform>%n requisitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requisition(s) found; search is complete once the first sync ends</source>
        <translation>
            <numerusform>%n requisition found; search is complete once the first sync ends</numerusform>
            <numerusform>%n requisitions found; search is complete once the first sync ends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reqdesk::Gui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
</TS>
