<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <location filename="../app/main.cpp" line="130"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="106"/>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="174"/>
        <source>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</source>
        <translation>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="197"/>
        <source>%1: cannot be written</source>
        <translation>%1: cannot be written</translation>
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
        <location filename="../widgets/citytableproxymodel.cpp" line="161"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="163"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="165"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="167"/>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="186"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="188"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="190"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="192"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="196"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="198"/>
        <source>Section of the report</source>
        <translation>Section of the report</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>(place unknown: right-click to set it)</source>
        <translation>(place unknown: right-click to set it)</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="229"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="231"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="233"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="107"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>No figure for this metric in this city&apos;s reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="108"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3 (%4 other candidate figures)</translation>
    </message>
</context>
<context>
    <name>reportlens::ComparisonReport</name>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="69"/>
        <location filename="../widgets/comparisonreport.cpp" line="161"/>
        <source>Comparison of trade-union work reports</source>
        <translation>Comparison of trade-union work reports</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="74"/>
        <source>Cities:</source>
        <translation>Cities:</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="83"/>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="85"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="131"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="137"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="144"/>
        <source>characters %1–%2</source>
        <translation>characters %1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="165"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1: the PDF could not be written</translation>
    </message>
</context>
<context>
    <name>reportlens::Importer</name>
    <message>
        <location filename="../models/importer.cpp" line="144"/>
        <location filename="../models/importer.cpp" line="213"/>
        <source>%1: no figures found</source>
        <translation>%1: no figures found</translation>
    </message>
    <message>
        <location filename="../models/importer.cpp" line="147"/>
        <location filename="../models/importer.cpp" line="215"/>
        <source>%1: the place it is about could not be told; set it in the Cities view</source>
        <translation>%1: the place it is about could not be told; set it in the Cities view</translation>
    </message>
    <message>
        <location filename="../models/importer.cpp" line="149"/>
        <source>%1: %2 MB, read in %3 parts</source>
        <translation>%1: %2 MB, read in %3 parts</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="263"/>
        <source>Set the place…</source>
        <translation>Set the place…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="267"/>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Set the place</source>
        <translation>Set the place</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>The city, county or province these reports are about (e.g. 漳州市)</source>
        <translation>The city, county or province these reports are about (e.g. 漳州市)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="376"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="378"/>
        <source>Export the &amp;chart…</source>
        <translation>Export the &amp;chart…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="379"/>
        <source>Cop&amp;y the chart</source>
        <translation>Cop&amp;y the chart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="383"/>
        <source>The chart is on the clipboard</source>
        <translation>The chart is on the clipboard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>Export the &amp;table as CSV…</source>
        <translation>Export the &amp;table as CSV…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="386"/>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="387"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="390"/>
        <location filename="../app/mainwindow.cpp" line="400"/>
        <location filename="../app/mainwindow.cpp" line="543"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="393"/>
        <source>&amp;Print the comparison report…</source>
        <translation>&amp;Print the comparison report…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="395"/>
        <source>Export the comparison report as &amp;PDF…</source>
        <translation>Export the comparison report as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="396"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="405"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="406"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="427"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="433"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="434"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
Figures from trade-union work reports, city by city.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="513"/>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="513"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="518"/>
        <source>Chart size</source>
        <translation>Chart size</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="526"/>
        <source>96 dpi (1×)</source>
        <translation>96 dpi (1×)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>192 dpi (2×)</source>
        <translation>192 dpi (2×)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="528"/>
        <source>288 dpi (3×)</source>
        <translation>288 dpi (3×)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="531"/>
        <source>Width (pixels)</source>
        <translation>Width (pixels)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <source>Height (pixels)</source>
        <translation>Height (pixels)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="545"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="670"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="670"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="677"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>Imported %1 of %2 reports, about %3 s left</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="685"/>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>Reading %1: %2 of %3 MB</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="695"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="700"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="703"/>
        <source>Imported, with remarks</source>
        <translation>Imported, with remarks</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="704"/>
        <source>Some reports could not be imported</source>
        <translation>Some reports could not be imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="753"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>%n sentence found</numerusform>
            <numerusform>%n sentences found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="764"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="786"/>
        <source>add figure %1</source>
        <translation>add figure %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="794"/>
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="807"/>
        <source>Fill the cell with…</source>
        <translation>Fill the cell with…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="820"/>
        <source>choose %1</source>
        <translation>choose %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="825"/>
        <source>Show the source</source>
        <translation>Show the source</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="847"/>
        <source>Not a figure</source>
        <translation>Not a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="848"/>
        <source>Change value…</source>
        <translation>Change value…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="850"/>
        <source>Change value</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="855"/>
        <source>Change unit…</source>
        <translation>Change unit…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="857"/>
        <source>Change unit</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="862"/>
        <source>Change qualifier…</source>
        <translation>Change qualifier…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="872"/>
        <source>Change qualifier</source>
        <translation>Change qualifier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="878"/>
        <source>Change label…</source>
        <translation>Change label…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="880"/>
        <source>Change label</source>
        <translation>Change label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="886"/>
        <source>Assign to a metric…</source>
        <translation>Assign to a metric…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="895"/>
        <source>Assign to a metric</source>
        <translation>Assign to a metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="901"/>
        <source>Take off its metric</source>
        <translation>Take off its metric</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="904"/>
        <source>Use for the table cell</source>
        <translation>Use for the table cell</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="917"/>
        <source>Add the selection as a figure…</source>
        <translation>Add the selection as a figure…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="923"/>
        <location filename="../app/mainwindow.cpp" line="928"/>
        <location filename="../app/mainwindow.cpp" line="932"/>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="923"/>
        <source>Value of “%1”</source>
        <translation>Value of “%1”</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="928"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="932"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="716"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>Reports (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>C&amp;ities</source>
        <translation>C&amp;ities</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Ci&amp;ty</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>&amp;Per member</source>
        <translation>&amp;Per member</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>Each value divided by the city&apos;s union members</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>Cities ▾</source>
        <translation>Cities ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Metrics ▾</source>
        <translation>Metrics ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>* other candidate figures   ✎ corrected   darker: larger in its row</source>
        <translation>* other candidate figures   ✎ corrected   darker: larger in its row</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>More metrics ▾</source>
        <translation>More metrics ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Hori&amp;zontal</source>
        <translation>Hori&amp;zontal</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Per &amp;member</source>
        <translation>Per &amp;member</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>Filter places</source>
        <translation>Filter places</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Grouped by metric group</source>
        <translation>Grouped by metric group</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>Grouped by the report&apos;s sections</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="341"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="354"/>
        <source>Search all sentences (Enter)</source>
        <translation>Search all sentences (Enter)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="413"/>
        <source>&amp;Find in all reports…</source>
        <translation>&amp;Find in all reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="654"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n report</numerusform>
            <numerusform>%1: %n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="716"/>
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
