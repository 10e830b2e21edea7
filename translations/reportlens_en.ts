<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="50"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>No figure for this metric in this city&apos;s reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="51"/>
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
        <location filename="../widgets/citytableproxymodel.cpp" line="96"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="98"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="100"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="102"/>
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
        <location filename="../app/mainwindow.cpp" line="43"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>Filter figures (city, label, metric, sentence…)</source>
        <translation>Filter figures (city, label, metric, sentence…)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;Open reports…</source>
        <translation>&amp;Open reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="96"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="99"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
Figures from trade-union work reports, city by city.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>%n report(s), %1 figures</source>
        <translation>
            <numerusform>%n report, %1 figures</numerusform>
            <numerusform>%n reports, %1 figures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Some reports could not be read</source>
        <translation>Some reports could not be read</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>Open reports</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>Reports (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>%1 — %2, characters %3–%4</source>
        <translation>%1 — %2, characters %3–%4</translation>
    </message>
</context>
</TS>
