<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <location filename="../app/main.cpp" line="112"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="90"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>under</source>
        <translation>under</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresModel</name>
    <message>
        <location filename="../models/cityfiguresmodel.cpp" line="55"/>
        <source>Not a comparable metric</source>
        <translation>Not a comparable metric</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="157"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="159"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="161"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="163"/>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="182"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="184"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="186"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="188"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="190"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="192"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>Section of the report</source>
        <translation>Section of the report</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="211"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="215"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="106"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>No figure for this metric in this city&apos;s reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="107"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3 (%4 other candidate figures)</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="359"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
Figures from trade-union work reports, city by city.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>Imported %1 of %2 reports, about %3 s left</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="497"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="502"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="504"/>
        <source>Some reports could not be imported</source>
        <translation>Some reports could not be imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>%n sentence found</numerusform>
            <numerusform>%n sentences found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>add figure %1</source>
        <translation>add figure %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="594"/>
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="607"/>
        <source>Fill the cell with…</source>
        <translation>Fill the cell with…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="620"/>
        <source>choose %1</source>
        <translation>choose %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="625"/>
        <source>Show the source</source>
        <translation>Show the source</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="647"/>
        <source>Not a figure</source>
        <translation>Not a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>Change value…</source>
        <translation>Change value…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="650"/>
        <source>Change value</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="655"/>
        <source>Change unit…</source>
        <translation>Change unit…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="657"/>
        <source>Change unit</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>Change qualifier…</source>
        <translation>Change qualifier…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="672"/>
        <source>Change qualifier</source>
        <translation>Change qualifier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="678"/>
        <source>Change label…</source>
        <translation>Change label…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="680"/>
        <source>Change label</source>
        <translation>Change label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="686"/>
        <source>Assign to a metric…</source>
        <translation>Assign to a metric…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="695"/>
        <source>Assign to a metric</source>
        <translation>Assign to a metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="701"/>
        <source>Take off its metric</source>
        <translation>Take off its metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="704"/>
        <source>Use for the table cell</source>
        <translation>Use for the table cell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="717"/>
        <source>Add the selection as a figure…</source>
        <translation>Add the selection as a figure…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="723"/>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <location filename="../app/mainwindow.cpp" line="732"/>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="723"/>
        <source>Value of “%1”</source>
        <translation>Value of “%1”</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="732"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>Reports (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>C&amp;ities</source>
        <translation>C&amp;ities</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Ci&amp;ty</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>&amp;Per member</source>
        <translation>&amp;Per member</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>Each value divided by the city&apos;s union members</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Cities ▾</source>
        <translation>Cities ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Metrics ▾</source>
        <translation>Metrics ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167"/>
        <source>* other candidate figures   ✎ corrected   darker: larger in its row</source>
        <translation>* other candidate figures   ✎ corrected   darker: larger in its row</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>More metrics ▾</source>
        <translation>More metrics ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Hori&amp;zontal</source>
        <translation>Hori&amp;zontal</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <source>Per &amp;member</source>
        <translation>Per &amp;member</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>Filter places</source>
        <translation>Filter places</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="285"/>
        <source>Grouped by metric group</source>
        <translation>Grouped by metric group</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>Grouped by the report&apos;s sections</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="295"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="308"/>
        <source>Search all sentences (Enter)</source>
        <translation>Search all sentences (Enter)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>&amp;Find in all reports…</source>
        <translation>&amp;Find in all reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="349"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="464"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n report</numerusform>
            <numerusform>%1: %n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
</context>
<context>
    <name>reportlens::SourceView</name>
    <message>
        <location filename="../widgets/sourceview.cpp" line="30"/>
        <source>◀ Previous figure</source>
        <translation>◀ Previous figure</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="31"/>
        <source>Next figure ▶</source>
        <translation>Next figure ▶</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="36"/>
        <source>Previous figure in this report (Alt+Up)</source>
        <translation>Previous figure in this report (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="37"/>
        <source>Next figure in this report (Alt+Down)</source>
        <translation>Next figure in this report (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="52"/>
        <source>Double-click a number to see the sentence it came from.</source>
        <translation>Double-click a number to see the sentence it came from.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="112"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, characters %4–%5 (figure %6 of %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, characters %4–%5 (figure %6 of %7)</translation>
    </message>
</context>
</TS>
