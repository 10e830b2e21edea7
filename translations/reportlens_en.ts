<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Doctor</name>
    <message>
        <location filename="../app/doctor.cpp" line="25"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="32"/>
        <source>doctor: something is missing (see above)</source>
        <translation>doctor: something is missing (see above)</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="33"/>
        <source>doctor: everything is in place</source>
        <translation>doctor: everything is in place</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="44"/>
        <source>MISSING: %1</source>
        <translation>MISSING: %1</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="53"/>
        <location filename="../app/doctor.cpp" line="56"/>
        <source>bundled reports</source>
        <translation>bundled reports</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="54"/>
        <source>none in %1: an empty database cannot get its first reports</source>
        <translation>none in %1: an empty database cannot get its first reports</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/doctor.cpp" line="56"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%n report in %1</numerusform>
            <numerusform>%n reports in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="60"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="62"/>
        <source>translations</source>
        <translation>translations</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="62"/>
        <source>none needed for English</source>
        <translation>none needed for English</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="66"/>
        <location filename="../app/doctor.cpp" line="70"/>
        <source>program translation</source>
        <translation>program translation</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="67"/>
        <source>no reportlens_%1.qm in %2</source>
        <translation>no reportlens_%1.qm in %2</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="72"/>
        <location filename="../app/doctor.cpp" line="75"/>
        <source>Qt translation</source>
        <translation>Qt translation</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="72"/>
        <source>Qt&apos;s own dialogs and buttons stay in English: install Debian&apos;s qt6-translations-l10n</source>
        <translation>Qt&apos;s own dialogs and buttons stay in English: install Debian&apos;s qt6-translations-l10n</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="83"/>
        <location filename="../app/doctor.cpp" line="85"/>
        <source>database driver</source>
        <translation>database driver</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="86"/>
        <source>%1 is not there: install Debian&apos;s %2</source>
        <translation>%1 is not there: install Debian&apos;s %2</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="92"/>
        <location filename="../app/doctor.cpp" line="94"/>
        <source>PDF font</source>
        <translation>PDF font</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="94"/>
        <source>WenQuanYi Micro Hei is not there, and Chinese text copied out of a PDF report may come back garbled: install Debian&apos;s fonts-wqy-microhei</source>
        <translation>WenQuanYi Micro Hei is not there, and Chinese text copied out of a PDF report may come back garbled: install Debian&apos;s fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="109"/>
        <location filename="../app/doctor.cpp" line="117"/>
        <location filename="../app/doctor.cpp" line="120"/>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="109"/>
        <source>a temporary database cannot be made (%1)</source>
        <translation>a temporary database cannot be made (%1)</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="117"/>
        <source>File → Import shows no dialog</source>
        <translation>File → Import shows no dialog</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="121"/>
        <source>File → Import shows &quot;%1&quot; with the buttons &quot;%2&quot; and &quot;%3&quot; (%4)</source>
        <translation>File → Import shows &quot;%1&quot; with the buttons &quot;%2&quot; and &quot;%3&quot; (%4)</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <location filename="../widgets/periodtext.cpp" line="12"/>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="12"/>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="14"/>
        <source>%1</source>
        <comment>one year</comment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="15"/>
        <source>%1–%2</source>
        <comment>years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="20"/>
        <source>H1 %1</source>
        <translation>H1 %1</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="22"/>
        <source>H2 %1</source>
        <translation>H2 %1</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="27"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/windowstartup.cpp" line="44"/>
        <location filename="../app/windowstartup.cpp" line="75"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/windowstartup.cpp" line="45"/>
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../app/windowstartup.cpp" line="76"/>
        <source>Some bundled sample reports could not be imported:
%1</source>
        <translation>Some bundled sample reports could not be imported:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="44"/>
        <source>%1 (1 place)</source>
        <translation>%1 (1 place)</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="46"/>
        <source>%1 (%2 places)</source>
        <translation>%1 (%2 places)</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="49"/>
        <source>Sources: reports of %1</source>
        <translation>Sources: reports of %1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="71"/>
        <source>billion</source>
        <translation>billion</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="73"/>
        <source>million</source>
        <translation>million</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="128"/>
        <source>(lighter bars: about, over or under a value, not exact)</source>
        <translation>(lighter bars: about, over or under a value, not exact)</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="133"/>
        <source>No figure: %1</source>
        <translation>No figure: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="140"/>
        <source>Not drawn on this axis (another unit): %1</source>
        <translation>Not drawn on this axis (another unit): %1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="20"/>
        <source>period not stated</source>
        <translation>period not stated</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="311"/>
        <source>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</source>
        <translation>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="345"/>
        <source>%1: a drawing of at least 100×100 pixels at 48 to 1200 dpi</source>
        <translation>%1: a drawing of at least 100×100 pixels at 48 to 1200 dpi</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="363"/>
        <source>%1: cannot be written</source>
        <translation>%1: cannot be written</translation>
    </message>
</context>
<context>
    <name>reportlens</name>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="44"/>
        <source>%1: the file&apos;s name is not UTF-8 text, so it cannot be read; rename it</source>
        <translation>%1: the file&apos;s name is not UTF-8 text, so it cannot be read; rename it</translation>
    </message>
</context>
<context>
    <name>reportlens::ChartPage</name>
    <message>
        <location filename="../widgets/chartpage.cpp" line="26"/>
        <source>Hori&amp;zontal</source>
        <translation>Hori&amp;zontal</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="27"/>
        <source>Per &amp;member</source>
        <translation>Per &amp;member</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="32"/>
        <source>More metrics ▾</source>
        <translation>More metrics ▾</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="45"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
</context>
<context>
    <name>reportlens::ChartSizeDialog</name>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="15"/>
        <source>Chart size</source>
        <translation>Chart size</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="21"/>
        <source>96 dpi (1×)</source>
        <translation>96 dpi (1×)</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="22"/>
        <source>192 dpi (2×)</source>
        <translation>192 dpi (2×)</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="23"/>
        <source>288 dpi (3×)</source>
        <translation>288 dpi (3×)</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="26"/>
        <source>Width (pixels)</source>
        <translation>Width (pixels)</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="27"/>
        <source>Height (pixels)</source>
        <translation>Height (pixels)</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="28"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
</context>
<context>
    <name>reportlens::CitiesPage</name>
    <message>
        <location filename="../widgets/citiespage.cpp" line="35"/>
        <source>Group by &amp;province</source>
        <translation>Group by &amp;province</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="51"/>
        <source>Filter places</source>
        <translation>Filter places</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="62"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="63"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="64"/>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="65"/>
        <source>Counties and districts</source>
        <translation>Counties and districts</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="90"/>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="102"/>
        <source>Set the place…</source>
        <translation>Set the place…</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="104"/>
        <source>Set the place</source>
        <translation>Set the place</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="105"/>
        <source>The city, county or province these reports are about (e.g. 漳州市)</source>
        <translation>The city, county or province these reports are about (e.g. 漳州市)</translation>
    </message>
</context>
<context>
    <name>reportlens::CityChartView</name>
    <message>
        <location filename="../widgets/citychartview.cpp" line="128"/>
        <source>%1 · %2
Period: %3
“%4”</source>
        <translation>%1 · %2
Period: %3
“%4”</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="130"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresModel</name>
    <message>
        <location filename="../models/items/cityfiguresmodel.cpp" line="55"/>
        <source>Not a comparable metric</source>
        <translation>Not a comparable metric</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="364"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="369"/>
        <source>The figure&apos;s own period, named in its sentence</source>
        <translation>The figure&apos;s own period, named in its sentence</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="370"/>
        <source>The report&apos;s period</source>
        <translation>The report&apos;s period</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="407"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="409"/>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="411"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="413"/>
        <source>under</source>
        <translation>under</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="424"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="426"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="428"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="430"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="432"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="434"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="436"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="438"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="440"/>
        <source>Section of the report</source>
        <translation>Section of the report</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="19"/>
        <source>(place unknown: right-click to set it)</source>
        <translation>(place unknown: right-click to set it)</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="23"/>
        <source>Province</source>
        <comment>level of a place</comment>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="25"/>
        <source>City</source>
        <comment>level of a place</comment>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="27"/>
        <source>County or district</source>
        <comment>level of a place</comment>
        <translation>County or district</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="84"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="82"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="86"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="88"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="90"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>reportlens::CityPage</name>
    <message>
        <location filename="../widgets/citypage.cpp" line="50"/>
        <source>Grouped by metric group</source>
        <translation>Grouped by metric group</translation>
    </message>
    <message>
        <location filename="../widgets/citypage.cpp" line="51"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>Grouped by the report&apos;s sections</translation>
    </message>
    <message>
        <location filename="../widgets/citypage.cpp" line="59"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="174"/>
        <source> (period not stated)</source>
        <translation> (period not stated)</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="191"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>No figure for this metric in this city&apos;s reports</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>A candidate, not a value of this row:</source>
        <translation>A candidate, not a value of this row:</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="197"/>
        <source>%1 (as written: %2)</source>
        <translation>%1 (as written: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="204"/>
        <source>Period: not stated in the report</source>
        <translation>Period: not stated in the report</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="205"/>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="209"/>
        <source>Not comparable: %1</source>
        <translation>Not comparable: %1</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="212"/>
        <source>Per year: none (the period&apos;s years are not known)</source>
        <translation>Per year: none (the period&apos;s years are not known)</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>Per year: the total divided by the period&apos;s years</source>
        <translation>Per year: the total divided by the period&apos;s years</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="217"/>
        <source>Other candidate figures: %1</source>
        <translation>Other candidate figures: %1</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="218"/>
        <source>Other candidate figures: counting…</source>
        <translation>Other candidate figures: counting…</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="236"/>
        <location filename="../widgets/citytableproxymodel.cpp" line="303"/>
        <source>period not stated</source>
        <translation>period not stated</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="238"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="285"/>
        <source>%1: the reports do not state the period of most figures</source>
        <translation>%1: the reports do not state the period of most figures</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="286"/>
        <source>%1: most figures cover %2</source>
        <translation>%1: most figures cover %2</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="293"/>
        <source>Also reports of %1: choose them with “Reports” above the table</source>
        <translation>Also reports of %1: choose them with “Reports” above the table</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/citytableproxymodel.cpp" line="302"/>
        <source>%1 (+%n other period(s))</source>
        <translation>
            <numerusform>%1 (+%n other period)</numerusform>
            <numerusform>%1 (+%n other periods)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="314"/>
        <source>A level reached at the end of the period</source>
        <translation>A level reached at the end of the period</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="315"/>
        <source>Counted over the period</source>
        <translation>Counted over the period</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="317"/>
        <source>Not comparable as shown: the periods differ (%1)</source>
        <translation>Not comparable as shown: the periods differ (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="330"/>
        <source>%1 a year</source>
        <translation>%1 a year</translation>
    </message>
</context>
<context>
    <name>reportlens::Comparability</name>
    <message>
        <location filename="../models/engine/comparability.cpp" line="38"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="40"/>
        <source>person-times</source>
        <translation>person-times</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="42"/>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="44"/>
        <source>household-times</source>
        <translation>household-times</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="46"/>
        <source>firm-times</source>
        <translation>firm-times</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="48"/>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="50"/>
        <source>percentages</source>
        <translation>percentages</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="52"/>
        <source>things counted</source>
        <translation>things counted</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="113"/>
        <source>counted in %1 (%2); the metric counts %3 (%4)</source>
        <translation>counted in %1 (%2); the metric counts %3 (%4)</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="121"/>
        <source>the year it stands at is not stated; the row is compared at %1</source>
        <translation>the year it stands at is not stated; the row is compared at %1</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="125"/>
        <source>its period is not stated; the row is compared for %1</source>
        <translation>its period is not stated; the row is compared for %1</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="132"/>
        <source>stands at %1; the row is compared at %2</source>
        <translation>stands at %1; the row is compared at %2</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="135"/>
        <source>covers %1; the row is compared for %2</source>
        <translation>covers %1; the row is compared for %2</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="139"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>reportlens::ComparePage</name>
    <message>
        <location filename="../widgets/comparepage.cpp" line="38"/>
        <source>&amp;Per member</source>
        <translation>&amp;Per member</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="39"/>
        <source>Per &amp;year</source>
        <translation>Per &amp;year</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="53"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>Each value divided by the city&apos;s union members</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="56"/>
        <source>A total over several years divided by its years (levels, such as members, are left as they are)</source>
        <translation>A total over several years divided by its years (levels, such as members, are left as they are)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="62"/>
        <source>Which reports fill the table: each place&apos;s latest (an annual report of 2024 before 2023&apos;s), all of them (each cell the best figure of any period), or those of one period</source>
        <translation>Which reports fill the table: each place&apos;s latest (an annual report of 2024 before 2023&apos;s), all of them (each cell the best figure of any period), or those of one period</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="74"/>
        <source>Cities ▾</source>
        <translation>Cities ▾</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="77"/>
        <source>Metrics ▾</source>
        <translation>Metrics ▾</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="89"/>
        <source>* other candidate figures   ✎ corrected   ≠ another period than its row   (grey) another unit: a candidate   darker: larger in its row</source>
        <translation>* other candidate figures   ✎ corrected   ≠ another period than its row   (grey) another unit: a candidate   darker: larger in its row</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="96"/>
        <source>&amp;Reports:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="180"/>
        <source>Latest of each place</source>
        <translation>Latest of each place</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="181"/>
        <source>All (best figure of any period)</source>
        <translation>All (best figure of any period)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="241"/>
        <source>Fill the cell with…</source>
        <translation>Fill the cell with…</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="255"/>
        <source>Show the source</source>
        <translation>Show the source</translation>
    </message>
</context>
<context>
    <name>reportlens::ComparisonReport</name>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="46"/>
        <source>Comparison of trade-union work reports</source>
        <translation>Comparison of trade-union work reports</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="183"/>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="222"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="356"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="409"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="115"/>
        <location filename="../widgets/reportcomposer.cpp" line="415"/>
        <location filename="../widgets/reportcomposer.cpp" line="430"/>
        <source>period not stated</source>
        <translation>period not stated</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="150"/>
        <source>each place&apos;s latest report</source>
        <translation>each place&apos;s latest report</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="153"/>
        <source>all reports of each place</source>
        <translation>all reports of each place</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="156"/>
        <source>the reports of %1</source>
        <translation>the reports of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportcomposer.cpp" line="159"/>
        <source>%1 · %n place(s), </source>
        <translation>
            <numerusform>%1 · %n place, </numerusform>
            <numerusform>%1 · %n places, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportcomposer.cpp" line="161"/>
        <source>%n metric(s) · from %1</source>
        <translation>
            <numerusform>%n metric · from %1</numerusform>
            <numerusform>%n metrics · from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="166"/>
        <source>Places: %1</source>
        <translation>Places: %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="170"/>
        <source>[n]: the number&apos;s source, listed after the table. *: corrected by a user. †: not comparable with the rest of its row; the source says why.</source>
        <translation>[n]: the number&apos;s source, listed after the table. *: corrected by a user. †: not comparable with the rest of its row; the source says why.</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="222"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="391"/>
        <source>* Corrected by %1 on %2 (%3); the report reads “%4”.</source>
        <translation>* Corrected by %1 on %2 (%3); the report reads “%4”.</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="392"/>
        <source>a user</source>
        <translation>a user</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="398"/>
        <source>* Corrected by a user; the report reads “%1”.</source>
        <translation>* Corrected by a user; the report reads “%1”.</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="422"/>
        <source>as written: %1</source>
        <translation>as written: %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="428"/>
        <source>untitled report</source>
        <translation>untitled report</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="434"/>
        <source>%1, report of %2, %3</source>
        <translation>%1, report of %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="439"/>
        <source>Not comparable: %1</source>
        <translation>Not comparable: %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="476"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="90"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1: the PDF could not be written</translation>
    </message>
</context>
<context>
    <name>reportlens::Connection</name>
    <message>
        <location filename="../models/storage/connection.cpp" line="50"/>
        <source>%1: not a regular file, so no database; it was left untouched</source>
        <translation>%1: not a regular file, so no database; it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="58"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="62"/>
        <source>%1: not a SQLite database; it was left untouched</source>
        <translation>%1: not a SQLite database; it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="69"/>
        <source>%1: its folder %2 cannot be made</source>
        <translation>%1: its folder %2 cannot be made</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="76"/>
        <source>%1: cannot be made (%2)</source>
        <translation>%1: cannot be made (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="112"/>
        <source>%1: cannot open the database (%2)</source>
        <translation>%1: cannot open the database (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="212"/>
        <location filename="../models/storage/connection.cpp" line="225"/>
        <location filename="../models/storage/connection.cpp" line="279"/>
        <source>the connection to the database was lost</source>
        <translation>the connection to the database was lost</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="213"/>
        <source>the database gave no reason</source>
        <translation>the database gave no reason</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="261"/>
        <source>read-only here (the file or its folder cannot be written): it can be viewed and searched, not changed</source>
        <translation>read-only here (the file or its folder cannot be written): it can be viewed and searched, not changed</translation>
    </message>
</context>
<context>
    <name>reportlens::Correction</name>
    <message>
        <location filename="../models/engine/correction.cpp" line="79"/>
        <source>unknown correction kind &quot;%1&quot;</source>
        <translation>unknown correction kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/correction.cpp" line="100"/>
        <source>a correction needs document_hash, start and end (start &lt; end)</source>
        <translation>a correction needs document_hash, start and end (start &lt; end)</translation>
    </message>
    <message>
        <location filename="../models/engine/correction.cpp" line="106"/>
        <source>a correction needs created_at as an ISO 8601 time</source>
        <translation>a correction needs created_at as an ISO 8601 time</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionApplier</name>
    <message>
        <location filename="../models/storage/correctionapplier.cpp" line="126"/>
        <location filename="../models/storage/correctionapplier.cpp" line="245"/>
        <source>there is no document %1</source>
        <translation>there is no document %1</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionLog</name>
    <message>
        <location filename="../models/storage/correctionlog.cpp" line="170"/>
        <source>there is no correction %1</source>
        <translation>there is no correction %1</translation>
    </message>
    <message>
        <location filename="../models/storage/correctionlog.cpp" line="295"/>
        <source>correction #%1: %2</source>
        <translation>correction #%1: %2</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionLogProxyModel</name>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="64"/>
        <source>(place unknown)</source>
        <translation>(place unknown)</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="82"/>
        <source>reverted</source>
        <translation>reverted</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="82"/>
        <source>in effect</source>
        <translation>in effect</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="84"/>
        <source>reverted by %1, %2</source>
        <translation>reverted by %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="85"/>
        <source>restored by %1, %2</source>
        <translation>restored by %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="103"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="105"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="107"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="109"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="111"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="113"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="115"/>
        <source>Set to</source>
        <translation>Set to</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="117"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionText</name>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="13"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="15"/>
        <source>change the value</source>
        <translation>change the value</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="17"/>
        <source>change the unit</source>
        <translation>change the unit</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="19"/>
        <source>change the qualifier</source>
        <translation>change the qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="21"/>
        <source>change the label</source>
        <translation>change the label</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="23"/>
        <source>change the metric</source>
        <translation>change the metric</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="25"/>
        <source>choose for the cell</source>
        <translation>choose for the cell</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="27"/>
        <source>add a figure</source>
        <translation>add a figure</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="29"/>
        <source>set the place</source>
        <translation>set the place</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="31"/>
        <source>change the period</source>
        <translation>change the period</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="33"/>
        <source>mark as planned or not</source>
        <translation>mark as planned or not</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="35"/>
        <source>change the report&apos;s period</source>
        <translation>change the report&apos;s period</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="58"/>
        <source>no metric</source>
        <translation>no metric</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="59"/>
        <source>metric: %1</source>
        <translation>metric: %1</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="61"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="61"/>
        <source>reported</source>
        <translation>reported</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionsPage</name>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="133"/>
        <location filename="../widgets/correctionspage.cpp" line="203"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="150"/>
        <source>All metrics</source>
        <translation>All metrics</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="159"/>
        <source>Revert the chosen correction, or restore a reverted one (it stays in the log either way; Ctrl+Z undoes this too)</source>
        <translation>Revert the chosen correction, or restore a reverted one (it stays in the log either way; Ctrl+Z undoes this too)</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="175"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="177"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="192"/>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="202"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="204"/>
        <source>%1 of %2 corrections</source>
        <translation>%1 of %2 corrections</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="219"/>
        <source>revert: %1</source>
        <translation>revert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="219"/>
        <source>restore: %1</source>
        <translation>restore: %1</translation>
    </message>
</context>
<context>
    <name>reportlens::DatabaseLocation</name>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="37"/>
        <source>&quot;%1&quot; looks like a mistyped URL (postgresql://user@host:port/dbname)</source>
        <translation>&quot;%1&quot; looks like a mistyped URL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="45"/>
        <source>&quot;%1&quot; is not a valid postgresql:// URL (postgresql://user@host:port/dbname)</source>
        <translation>&quot;%1&quot; is not a valid postgresql:// URL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="60"/>
        <source>&quot;%1&quot;: connect_timeout is a number of seconds, 1 or more</source>
        <translation>&quot;%1&quot;: connect_timeout is a number of seconds, 1 or more</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="66"/>
        <source>&quot;%1&quot; names no database (postgresql://user@host:port/dbname)</source>
        <translation>&quot;%1&quot; names no database (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="73"/>
        <source>unknown database URL &quot;%1&quot; (use a file path, sqlite:// or postgresql://)</source>
        <translation>unknown database URL &quot;%1&quot; (use a file path, sqlite:// or postgresql://)</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="80"/>
        <source>no database file given</source>
        <translation>no database file given</translation>
    </message>
</context>
<context>
    <name>reportlens::DocumentReader</name>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="68"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="81"/>
        <location filename="../models/engine/reportparser.cpp" line="170"/>
        <source>%1: no text, only white space</source>
        <translation>%1: no text, only white space</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="96"/>
        <location filename="../models/engine/input/htmltext.cpp" line="83"/>
        <source>not a readable web page</source>
        <translation>not a readable web page</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="141"/>
        <source>not a Word document: the zip archive is damaged or is not one</source>
        <translation>not a Word document: the zip archive is damaged or is not one</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="148"/>
        <source>not a Word document: it has no word/document.xml</source>
        <translation>not a Word document: it has no word/document.xml</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="155"/>
        <source>the Word document&apos;s text (word/document.xml) unpacks to %1 MiB, more than the %2 MiB ReportLens reads</source>
        <translation>the Word document&apos;s text (word/document.xml) unpacks to %1 MiB, more than the %2 MiB ReportLens reads</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="165"/>
        <source>the Word document&apos;s text cannot be unpacked</source>
        <translation>the Word document&apos;s text cannot be unpacked</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="197"/>
        <source>the Word document&apos;s text (word/document.xml) unpacks to more than the %1 MiB ReportLens reads</source>
        <translation>the Word document&apos;s text (word/document.xml) unpacks to more than the %1 MiB ReportLens reads</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="204"/>
        <source>a tag, comment or run of text in the Word document is longer than %1 MiB, the most ReportLens holds at once</source>
        <translation>a tag, comment or run of text in the Word document is longer than %1 MiB, the most ReportLens holds at once</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="215"/>
        <source>the Word document is damaged (its text does not unpack)</source>
        <translation>the Word document is damaged (its text does not unpack)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="220"/>
        <source>the Word document is damaged (%1)</source>
        <translation>the Word document is damaged (%1)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="233"/>
        <source>the Word document nests its elements more than %1 deep, more than ReportLens follows</source>
        <translation>the Word document nests its elements more than %1 deep, more than ReportLens follows</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="124"/>
        <source>not a readable PDF (damaged, truncated or not a PDF)</source>
        <translation>not a readable PDF (damaged, truncated or not a PDF)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="127"/>
        <source>the PDF is encrypted: it needs a password</source>
        <translation>the PDF is encrypted: it needs a password</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="138"/>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>the PDF has no text (scanned pages need OCR first)</translation>
    </message>
    <message>
        <location filename="../models/engine/reportparser.cpp" line="149"/>
        <source>%1: a PDF is not read in parts</source>
        <translation>%1: a PDF is not read in parts</translation>
    </message>
    <message>
        <location filename="../models/engine/input/htmltext.cpp" line="100"/>
        <source>a tag, comment or run of text between two tags in the page is longer than %1 MiB, the most ReportLens holds at once</source>
        <translation>a tag, comment or run of text between two tags in the page is longer than %1 MiB, the most ReportLens holds at once</translation>
    </message>
    <message>
        <location filename="../models/engine/input/htmltext.cpp" line="202"/>
        <source>the page nests its elements more than %1 deep, more than ReportLens follows</source>
        <translation>the page nests its elements more than %1 deep, more than ReportLens follows</translation>
    </message>
</context>
<context>
    <name>reportlens::DocumentWriter</name>
    <message>
        <location filename="../models/storage/documentwriter.cpp" line="54"/>
        <location filename="../models/storage/documentwriter.cpp" line="381"/>
        <source>%1: not stored, no database is open</source>
        <translation>%1: not stored, no database is open</translation>
    </message>
    <message>
        <location filename="../models/storage/documentwriter.cpp" line="61"/>
        <location filename="../models/storage/documentwriter.cpp" line="334"/>
        <location filename="../models/storage/documentwriter.cpp" line="386"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>reportlens::ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="129"/>
        <source>No trend is shown: choose a metric in the Trend view first</source>
        <translation>No trend is shown: choose a metric in the Trend view first</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="173"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="178"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="180"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="184"/>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="184"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="193"/>
        <location filename="../app/exportcontroller.cpp" line="198"/>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="193"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="205"/>
        <source>The chart is on the clipboard</source>
        <translation>The chart is on the clipboard</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="212"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>reportlens::FigureMenu</name>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="21"/>
        <source>Not a figure</source>
        <translation>Not a figure</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="22"/>
        <source>Change value…</source>
        <translation>Change value…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="23"/>
        <source>Change unit…</source>
        <translation>Change unit…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="25"/>
        <source>Change unit</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="28"/>
        <source>Change qualifier…</source>
        <translation>Change qualifier…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="29"/>
        <source>Change label…</source>
        <translation>Change label…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="31"/>
        <source>Change label</source>
        <translation>Change label</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="34"/>
        <source>Change period…</source>
        <translation>Change period…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="36"/>
        <source>Change period</source>
        <translation>Change period</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="37"/>
        <source>The years %1 is about: 2019, 2018-2022, 2024H1, ..2022 for a level reached by 2022; empty for the report&apos;s (%2)</source>
        <translation>The years %1 is about: 2019, 2018-2022, 2024H1, ..2022 for a level reached by 2022; empty for the report&apos;s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="44"/>
        <source>Planned, not reported (a target)</source>
        <translation>Planned, not reported (a target)</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="49"/>
        <source>Change the report&apos;s period…</source>
        <translation>Change the report&apos;s period…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="51"/>
        <source>Change the report&apos;s period</source>
        <translation>Change the report&apos;s period</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="52"/>
        <source>The years %1 reports on: 2018-2022, 2024, 2024H1; empty when it does not say</source>
        <translation>The years %1 reports on: 2018-2022, 2024, 2024H1; empty when it does not say</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="59"/>
        <source>Assign to a metric…</source>
        <translation>Assign to a metric…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="61"/>
        <source>Take off its metric</source>
        <translation>Take off its metric</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="64"/>
        <source>Use for the table cell</source>
        <translation>Use for the table cell</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="76"/>
        <source>Change value</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="90"/>
        <source>Change qualifier</source>
        <translation>Change qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="105"/>
        <source>Assign to a metric</source>
        <translation>Assign to a metric</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="122"/>
        <source>&quot;%1&quot; is no period ReportLens reads.</source>
        <translation>&quot;%1&quot; is no period ReportLens reads.</translation>
    </message>
</context>
<context>
    <name>reportlens::FileKinds</name>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="21"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="25"/>
        <source>Text (.text)</source>
        <translation>Text (.text)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="29"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="33"/>
        <source>Web pages</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="37"/>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="41"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="64"/>
        <source>Reports (%1)</source>
        <extracomment>Keep the ASCII brackets: Qt&apos;s file dialog reads the patterns between them.</extracomment>
        <translation>Reports (%1)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="68"/>
        <source>All files (*)</source>
        <extracomment>Keep the ASCII brackets: Qt&apos;s file dialog reads the patterns between them.</extracomment>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>reportlens::ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="50"/>
        <source>An import is already running. Drop these files again when it has finished.</source>
        <translation>An import is already running. Drop these files again when it has finished.</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="64"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="82"/>
        <source>Cancelling after the report being written…</source>
        <translation>Cancelling after the report being written…</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="88"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>Imported %1 of %2 reports, about %3 s left</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="101"/>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>Reading %1: %2 of %3 MB</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="122"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="127"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="132"/>
        <source>Imported, with remarks</source>
        <translation>Imported, with remarks</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="133"/>
        <source>Some reports could not be imported</source>
        <translation>Some reports could not be imported</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="49"/>
        <location filename="../app/importcontroller.cpp" line="141"/>
        <source>Import reports</source>
        <translation>Import reports</translation>
    </message>
</context>
<context>
    <name>reportlens::Importer</name>
    <message>
        <location filename="../models/services/importer.cpp" line="29"/>
        <source>%1: no figures found</source>
        <translation>%1: no figures found</translation>
    </message>
    <message>
        <location filename="../models/services/importer.cpp" line="32"/>
        <source>%1: the place it is about could not be told; set it in the Cities view</source>
        <translation>%1: the place it is about could not be told; set it in the Cities view</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="45"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="47"/>
        <source>%n report(s) not stored (%1): %2</source>
        <translation>
            <numerusform>%n report not stored (%1): %2</numerusform>
            <numerusform>%n reports not stored (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/importer.cpp" line="126"/>
        <source>%1: %2 MB, read in %3 parts</source>
        <translation>%1: %2 MB, read in %3 parts</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="174"/>
        <source>%n report(s) not imported: %1</source>
        <translation>
            <numerusform>%n report not imported: %1</numerusform>
            <numerusform>%n reports not imported: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="196"/>
        <source>%1: the import stopped; %n report(s) after it were not read</source>
        <translation>
            <numerusform>%1: the import stopped; %n report after it was not read</numerusform>
            <numerusform>%1: the import stopped; %n reports after it were not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="68"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Set the place</source>
        <translation>Set the place</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Updated: another program changed the database</source>
        <translation>Updated: another program changed the database</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Co&amp;rrections</source>
        <translation>Co&amp;rrections</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="200"/>
        <source>Tre&amp;nd</source>
        <translation>Tre&amp;nd</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Export the &amp;chart…</source>
        <translation>Export the &amp;chart…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="209"/>
        <source>Cop&amp;y the chart</source>
        <translation>Cop&amp;y the chart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Export the &amp;table as CSV…</source>
        <translation>Export the &amp;table as CSV…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Export the table as &amp;Excel…</source>
        <translation>Export the table as &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>Export the t&amp;rend as CSV…</source>
        <translation>Export the t&amp;rend as CSV…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Export the trend</source>
        <translation>Export the trend</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>&amp;Print the comparison report…</source>
        <translation>&amp;Print the comparison report…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>Export the comparison report as &amp;PDF…</source>
        <translation>Export the comparison report as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>Your &amp;name in corrections…</source>
        <translation>Your &amp;name in corrections…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Your name in corrections</source>
        <translation>Your name in corrections</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>Corrections are signed with this name (empty: your login name, %1):</source>
        <translation>Corrections are signed with this name (empty: your login name, %1):</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="261"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="267"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
Figures from trade-union work reports, city by city.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="381"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>%n sentence found</numerusform>
            <numerusform>%n sentences found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>C&amp;ities</source>
        <translation>C&amp;ities</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>Ci&amp;ty</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Revie&amp;w</source>
        <translation>Revie&amp;w</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>&amp;Find in all reports…</source>
        <translation>&amp;Find in all reports…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="371"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1: %n report</numerusform>
            <numerusform>%1: %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reportlens::MetricCatalog</name>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="88"/>
        <source>the top level must be an object with a &quot;metrics&quot; array</source>
        <translation>the top level must be an object with a &quot;metrics&quot; array</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="95"/>
        <source>no &quot;metrics&quot; array</source>
        <translation>no &quot;metrics&quot; array</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="106"/>
        <source>a group has no &quot;id&quot;</source>
        <translation>a group has no &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="114"/>
        <source>&quot;exclude&quot; must be an array of non-empty strings</source>
        <translation>&quot;exclude&quot; must be an array of non-empty strings</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="121"/>
        <source>&quot;reach_verbs&quot; must be an array of non-empty strings</source>
        <translation>&quot;reach_verbs&quot; must be an array of non-empty strings</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="128"/>
        <source>&quot;subgroups&quot; must be an array of non-empty strings</source>
        <translation>&quot;subgroups&quot; must be an array of non-empty strings</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="142"/>
        <source>metric #%1</source>
        <translation>metric #%1</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="143"/>
        <source>metric &quot;%1&quot;</source>
        <translation>metric &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="146"/>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="151"/>
        <source>%1 is defined twice</source>
        <translation>%1 is defined twice</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="161"/>
        <source>%1 needs both &quot;name_zh&quot; and &quot;name_en&quot;</source>
        <translation>%1 needs both &quot;name_zh&quot; and &quot;name_en&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="169"/>
        <source>%1 needs a non-empty &quot;keywords&quot; array of strings</source>
        <translation>%1 needs a non-empty &quot;keywords&quot; array of strings</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="180"/>
        <source>%1 has an empty keyword</source>
        <translation>%1 has an empty keyword</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="189"/>
        <source>%1: &quot;units&quot; and &quot;exclude&quot; must be arrays of non-empty strings</source>
        <translation>%1: &quot;units&quot; and &quot;exclude&quot; must be arrays of non-empty strings</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="199"/>
        <source>%1: &quot;measure&quot; must be &quot;flow&quot; (counted over the period) or &quot;level&quot; (reached at its end)</source>
        <translation>%1: &quot;measure&quot; must be &quot;flow&quot; (counted over the period) or &quot;level&quot; (reached at its end)</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="210"/>
        <source>%1 names the unknown group &quot;%2&quot;</source>
        <translation>%1 names the unknown group &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="238"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
</context>
<context>
    <name>reportlens::MetricPicker</name>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="40"/>
        <source>Find a metric</source>
        <translation>Find a metric</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="49"/>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="50"/>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="51"/>
        <source>Tick every metric the search shows</source>
        <translation>Tick every metric the search shows</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="52"/>
        <source>Untick every metric the search shows</source>
        <translation>Untick every metric the search shows</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="55"/>
        <source>Tick a set of metrics kept under a name</source>
        <translation>Tick a set of metrics kept under a name</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="61"/>
        <source>&amp;Keep as…</source>
        <translation>&amp;Keep as…</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="62"/>
        <source>Keep the ticked metrics under a name, to tick them again later</source>
        <translation>Keep the ticked metrics under a name, to tick them again later</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="65"/>
        <source>Keep the ticked metrics</source>
        <translation>Keep the ticked metrics</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="65"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="257"/>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
</context>
<context>
    <name>reportlens::Queries</name>
    <message>
        <location filename="../models/storage/queries.cpp" line="118"/>
        <location filename="../models/storage/queries.cpp" line="279"/>
        <source>there is no document %1</source>
        <translation>there is no document %1</translation>
    </message>
    <message>
        <location filename="../models/storage/queries.cpp" line="243"/>
        <source>%1: %2 of %3 sentences and %4 of %5 figures stored</source>
        <translation>%1: %2 of %3 sentences and %4 of %5 figures stored</translation>
    </message>
</context>
<context>
    <name>reportlens::Reparser</name>
    <message>
        <location filename="../models/services/reparser.cpp" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>reportlens::ReportFiles</name>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="60"/>
        <source>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</source>
        <translation>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</translation>
    </message>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="66"/>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
</context>
<context>
    <name>reportlens::ReportOptionsDialog</name>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="39"/>
        <source>Report options</source>
        <translation>Report options</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="43"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="44"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="45"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="47"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="48"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="52"/>
        <source>Printed under the title: where the figures come from, what to read with care</source>
        <translation>Printed under the title: where the figures come from, what to read with care</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="57"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="58"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="59"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="73"/>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="74"/>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="96"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="97"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="98"/>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="99"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>reportlens::ReviewPage</name>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="42"/>
        <source>another unit than the metric&apos;s: a candidate only</source>
        <translation>another unit than the metric&apos;s: a candidate only</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="44"/>
        <source>other figures compete for the cell</source>
        <translation>other figures compete for the cell</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="46"/>
        <source>filled with low confidence (%1 of 1000)</source>
        <translation>filled with low confidence (%1 of 1000)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="49"/>
        <source>its label names the metric; not placed</source>
        <translation>its label names the metric; not placed</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="82"/>
        <location filename="../widgets/reviewpage.cpp" line="196"/>
        <source>Accept (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="83"/>
        <location filename="../widgets/reviewpage.cpp" line="197"/>
        <source>Reject (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="95"/>
        <source>The figure that fills the cell is right: keep it</source>
        <translation>The figure that fills the cell is right: keep it</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="97"/>
        <source>Not this cell&apos;s figure: reject it (the next candidate fills the cell)</source>
        <translation>Not this cell&apos;s figure: reject it (the next candidate fills the cell)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="121"/>
        <source>1–9: pick that candidate instead</source>
        <translation>1–9: pick that candidate instead</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="127"/>
        <source>Figures that could fill the cell:</source>
        <translation>Figures that could fill the cell:</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="152"/>
        <source>Nothing to review: every cell is sure, or has been looked at</source>
        <translation>Nothing to review: every cell is sure, or has been looked at</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="153"/>
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="196"/>
        <source>Place it (A)</source>
        <translation>Place it (A)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="197"/>
        <source>Leave it out (R)</source>
        <translation>Leave it out (R)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="202"/>
        <source> (fills the cell)</source>
        <translation> (fills the cell)</translation>
    </message>
</context>
<context>
    <name>reportlens::Schema</name>
    <message>
        <location filename="../models/storage/schema.cpp" line="167"/>
        <location filename="../models/storage/schema.cpp" line="176"/>
        <source>not a readable database (%1); it was left untouched</source>
        <translation>not a readable database (%1); it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="185"/>
        <source>a SQLite database that ReportLens did not make (it has no tables); it was left untouched</source>
        <translation>a SQLite database that ReportLens did not make (it has no tables); it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="192"/>
        <source>a database of something else (tables: %1), not ReportLens; it was left untouched</source>
        <translation>a database of something else (tables: %1), not ReportLens; it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="230"/>
        <source>schema %1, which this ReportLens cannot read without changing it</source>
        <translation>schema %1, which this ReportLens cannot read without changing it</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="266"/>
        <source>made by a newer ReportLens (schema %1; this one knows up to %2); it was left untouched</source>
        <translation>made by a newer ReportLens (schema %1; this one knows up to %2); it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="282"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>upgrading the schema to version %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="322"/>
        <source>no migration to version %1</source>
        <translation>no migration to version %1</translation>
    </message>
</context>
<context>
    <name>reportlens::SearchIndex</name>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="73"/>
        <source>%1: not a search index; it was left untouched</source>
        <translation>%1: not a search index; it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="147"/>
        <location filename="../models/storage/searchindex.cpp" line="177"/>
        <location filename="../models/storage/searchindex.cpp" line="195"/>
        <location filename="../models/storage/searchindex.cpp" line="217"/>
        <location filename="../models/storage/searchindex.cpp" line="225"/>
        <location filename="../models/storage/searchindex.cpp" line="280"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="188"/>
        <source>%1: cannot be made (%2)</source>
        <translation>%1: cannot be made (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="211"/>
        <source>%1: not a search index of ReportLens; it was left untouched</source>
        <translation>%1: not a search index of ReportLens; it was left untouched</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="260"/>
        <source>%1: damaged, and could not be made again (%2)</source>
        <translation>%1: damaged, and could not be made again (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="341"/>
        <source>%1: the search index could not be updated (%2)</source>
        <translation>%1: the search index could not be updated (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="472"/>
        <source>a search found it damaged</source>
        <translation>a search found it damaged</translation>
    </message>
</context>
<context>
    <name>reportlens::SearchPage</name>
    <message>
        <location filename="../widgets/searchpage.cpp" line="24"/>
        <source>Search all sentences (Enter)</source>
        <translation>Search all sentences (Enter)</translation>
    </message>
</context>
<context>
    <name>reportlens::Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>reportlens::SourceView</name>
    <message>
        <location filename="../widgets/sourceview.cpp" line="34"/>
        <source>◀ Previous figure</source>
        <translation>◀ Previous figure</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="35"/>
        <source>Next figure ▶</source>
        <translation>Next figure ▶</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="40"/>
        <source>Previous figure in this report (Alt+Up)</source>
        <translation>Previous figure in this report (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="41"/>
        <source>Next figure in this report (Alt+Down)</source>
        <translation>Next figure in this report (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="56"/>
        <source>Double-click a number to see the sentence it came from.</source>
        <translation>Double-click a number to see the sentence it came from.</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="73"/>
        <source>Add the selection as a figure…</source>
        <translation>Add the selection as a figure…</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="83"/>
        <location filename="../widgets/sourceview.cpp" line="88"/>
        <location filename="../widgets/sourceview.cpp" line="92"/>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="83"/>
        <source>Value of “%1”</source>
        <translation>Value of “%1”</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="88"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="92"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="156"/>
        <source>period not stated</source>
        <translation>period not stated</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="160"/>
        <source>%1 (the figure&apos;s own; the report&apos;s: %2)</source>
        <translation>%1 (the figure&apos;s own; the report&apos;s: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="162"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="164"/>
        <source>planned, not reported</source>
        <translation>planned, not reported</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;%4, characters %5–%6 (figure %7 of %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;%4, characters %5–%6 (figure %7 of %8)</translation>
    </message>
</context>
<context>
    <name>reportlens::TextDecoder</name>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="111"/>
        <source>invalid %1 data (an unpaired surrogate)</source>
        <translation>invalid %1 data (an unpaired surrogate)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="115"/>
        <source>binary data, not text (decoded as %1)</source>
        <translation>binary data, not text (decoded as %1)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="233"/>
        <source>invalid %1 data after a %1 byte-order mark</source>
        <translation>invalid %1 data after a %1 byte-order mark</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="251"/>
        <source>the file ends in the middle of a UTF-8 character (cut short?)</source>
        <translation>the file ends in the middle of a UTF-8 character (cut short?)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="260"/>
        <source>mostly UTF-8, but byte %1 and others are not: two encodings mixed, or damaged UTF-8</source>
        <translation>mostly UTF-8, but byte %1 and others are not: two encodings mixed, or damaged UTF-8</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="310"/>
        <source>not valid UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5 text%1</source>
        <translation>not valid UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5 text%1</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="315"/>
        <source> (looks like: %1)</source>
        <translation> (looks like: %1)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="324"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="327"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="331"/>
        <source>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</source>
        <translation>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="336"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="346"/>
        <source>%1: read failed (%2)</source>
        <translation>%1: read failed (%2)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="349"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
</context>
<context>
    <name>reportlens::TextPartReader</name>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="53"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="59"/>
        <location filename="../models/engine/input/textpartreader.cpp" line="95"/>
        <source>%1: read failed (%2)</source>
        <translation>%1: read failed (%2)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="82"/>
        <source>%1: no converter for %2 (%3)</source>
        <translation>%1: no converter for %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="133"/>
        <source>%1: binary data, not text, before byte %2</source>
        <translation>%1: binary data, not text, before byte %2</translation>
    </message>
</context>
<context>
    <name>reportlens::TrendPage</name>
    <message>
        <location filename="../widgets/trendpage.cpp" line="73"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="75"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="77"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="79"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="81"/>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="83"/>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="112"/>
        <source>Places ▾</source>
        <translation>Places ▾</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="133"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="205"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="282"/>
        <source>%1 (spans: a year&apos;s share of a total)</source>
        <translation>%1 (spans: a year&apos;s share of a total)</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="287"/>
        <source>Dashed: a total over several years, drawn across them at its value per year</source>
        <translation>Dashed: a total over several years, drawn across them at its value per year</translation>
    </message>
</context>
<context>
    <name>reportlens::XlsxExport</name>
    <message>
        <location filename="../models/services/export/xlsxexport.cpp" line="161"/>
        <source>%1: could not be written (%2)</source>
        <translation>%1: could not be written (%2)</translation>
    </message>
</context>
<context>
    <name>reportlens::cli</name>
    <message>
        <location filename="../app/cli/chart.cpp" line="22"/>
        <source>chart: --metric ID and --out FILE.png|FILE.svg are needed</source>
        <translation>chart: --metric ID and --out FILE.png|FILE.svg are needed</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="29"/>
        <source>chart: --out must end in .png or .svg</source>
        <translation>chart: --out must end in .png or .svg</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="40"/>
        <source>chart: --size is WIDTHxHEIGHT, 100x100 or more</source>
        <translation>chart: --size is WIDTHxHEIGHT, 100x100 or more</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="47"/>
        <source>chart: --dpi is a number from 48 to 1200</source>
        <translation>chart: --dpi is a number from 48 to 1200</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>%1 (see reportlens --help)</source>
        <translation>%1 (see reportlens --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="156"/>
        <source>unknown command &quot;%1&quot; (expected %2)</source>
        <translation>unknown command &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="169"/>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format must be json, csv or xlsx, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="174"/>
        <source>--format xlsx is for table only, not %1</source>
        <translation>--format xlsx is for table only, not %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="180"/>
        <source>--reports must be latest, all or a period such as 2024 or 2018-2022, not &quot;%1&quot;</source>
        <translation>--reports must be latest, all or a period such as 2024 or 2018-2022, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="188"/>
        <source>%1 reads files, not a database: --db does not apply</source>
        <translation>%1 reads files, not a database: --db does not apply</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="202"/>
        <source>metrics file %1</source>
        <translation>metrics file %1</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="20"/>
        <source>corrections: expected export FILE or import FILE</source>
        <translation>corrections: expected export FILE or import FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="40"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: cannot be written (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="49"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="61"/>
        <source>%1: not a corrections file (%2)</source>
        <translation>%1: not a corrections file (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="64"/>
        <source>no &quot;corrections&quot; array</source>
        <translation>no &quot;corrections&quot; array</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="81"/>
        <source>corrections stored: %1 of %2</source>
        <translation>corrections stored: %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="83"/>
        <source>reports brought up to date: %1 of %2</source>
        <translation>reports brought up to date: %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="94"/>
        <source>(nothing was imported)</source>
        <translation>(nothing was imported)</translation>
    </message>
    <message>
        <location filename="../app/cli/extract.cpp" line="41"/>
        <source>%1: no PATH given (files or folders to read)</source>
        <translation>%1: no PATH given (files or folders to read)</translation>
    </message>
    <message>
        <location filename="../app/cli/extract.cpp" line="106"/>
        <source>table: --format xlsx needs --out FILE.xlsx</source>
        <translation>table: --format xlsx needs --out FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="16"/>
        <source>import: no PATH given (files or folders to import)</source>
        <translation>import: no PATH given (files or folders to import)</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="38"/>
        <source>imported %1 of %2, about %3 s left</source>
        <translation>imported %1 of %2, about %3 s left</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="39"/>
        <source>reading %1: %2 of %3 MB</source>
        <translation>reading %1: %2 of %3 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="56"/>
        <source>the engine or metrics changed: parsed %1 stored documents again (corrections kept)</source>
        <translation>the engine or metrics changed: parsed %1 stored documents again (corrections kept)</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="100"/>
        <source>%1: &quot;%2&quot; names several places: %3; give the full name</source>
        <translation>%1: &quot;%2&quot; names several places: %3; give the full name</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="105"/>
        <source>%1: no place &quot;%2&quot; in the database</source>
        <translation>%1: no place &quot;%2&quot; in the database</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="108"/>
        <source>%1: no place &quot;%2&quot; in the database (nearest: %3)</source>
        <translation>%1: no place &quot;%2&quot; in the database (nearest: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="125"/>
        <source>%1: no metric &quot;%2&quot; in the metrics file</source>
        <translation>%1: no metric &quot;%2&quot; in the metrics file</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="128"/>
        <source>%1: no metric &quot;%2&quot; in the metrics file (nearest: %3)</source>
        <translation>%1: no metric &quot;%2&quot; in the metrics file (nearest: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="17"/>
        <source>report: --out FILE.pdf is needed</source>
        <translation>report: --out FILE.pdf is needed</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="22"/>
        <source>report: --lang is zh_CN or en, not &quot;%1&quot;</source>
        <translation>report: --lang is zh_CN or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="52"/>
        <source>report: --paper is A4, A3 or Letter, not &quot;%1&quot;</source>
        <translation>report: --paper is A4, A3 or Letter, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="60"/>
        <source>report: --orientation is landscape or portrait, not &quot;%1&quot;</source>
        <translation>report: --orientation is landscape or portrait, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/search.cpp" line="17"/>
        <source>search: no TEXT given</source>
        <translation>search: no TEXT given</translation>
    </message>
    <message>
        <location filename="../app/cli/trend.cpp" line="13"/>
        <source>trend: --metric ID is needed</source>
        <translation>trend: --metric ID is needed</translation>
    </message>
</context>
</TS>
