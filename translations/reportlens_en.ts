<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="46"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>No figure for this metric in this city&apos;s reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="47"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3 (%4 other candidate figures)</translation>
    </message>
</context>
<context>
    <name>reportlens::FigureListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="88"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="90"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="92"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="94"/>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="116"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="118"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="120"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="122"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="124"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="126"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="128"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="130"/>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="55"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Filter figures (city, label, metric, sentence…)</source>
        <translation>Filter figures (city, label, metric, sentence…)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
Figures from trade-union work reports, city by city.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>%1: %n report(s), %2 figures</source>
        <translation>
            <numerusform>%1: %n report, %2 figures</numerusform>
            <numerusform>%1: %n reports, %2 figures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>Imported %1 of %2 reports, about %3 s left</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Some reports could not be imported</source>
        <translation>Some reports could not be imported</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="310"/>
        <source>add figure %1</source>
        <translation>add figure %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="318"/>
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="336"/>
        <source>Not a figure</source>
        <translation>Not a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>Change value…</source>
        <translation>Change value…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>Change value</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Change unit…</source>
        <translation>Change unit…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>Change unit</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="352"/>
        <source>Change qualifier…</source>
        <translation>Change qualifier…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <source>Change qualifier</source>
        <translation>Change qualifier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="361"/>
        <source>Change label…</source>
        <translation>Change label…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="363"/>
        <source>Change label</source>
        <translation>Change label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="369"/>
        <source>Assign to a metric…</source>
        <translation>Assign to a metric…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>Assign to a metric</source>
        <translation>Assign to a metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <source>Take off its metric</source>
        <translation>Take off its metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>Use for the table cell</source>
        <translation>Use for the table cell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>Add the selection as a figure…</source>
        <translation>Add the selection as a figure…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <location filename="../app/mainwindow.cpp" line="412"/>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>Value of “%1”</source>
        <translation>Value of “%1”</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="412"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>Reports (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>%1 — %2, characters %3–%4</source>
        <translation>%1 — %2, characters %3–%4</translation>
    </message>
</context>
</TS>
