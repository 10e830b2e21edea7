<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Doctor</name>
    <message>
        <location filename="../app/doctor.cpp" line="25"/>
        <source>program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="32"/>
        <source>doctor: something is missing (see above)</source>
        <translation>doctor：缺少一些部件（见上文）</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="33"/>
        <source>doctor: everything is in place</source>
        <translation>doctor：一切就绪</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="44"/>
        <source>MISSING: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="53"/>
        <location filename="../app/doctor.cpp" line="56"/>
        <source>bundled reports</source>
        <translation>附带的报告</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="54"/>
        <source>none in %1: an empty database cannot get its first reports</source>
        <translation>%1 中没有：空数据库无法得到第一批报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/doctor.cpp" line="56"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="60"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="62"/>
        <source>translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="62"/>
        <source>none needed for English</source>
        <translation>英文无需翻译</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="66"/>
        <location filename="../app/doctor.cpp" line="70"/>
        <source>program translation</source>
        <translation>程序的翻译</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="67"/>
        <source>no reportlens_%1.qm in %2</source>
        <translation>%2 中没有 reportlens_%1.qm</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="72"/>
        <location filename="../app/doctor.cpp" line="75"/>
        <source>Qt translation</source>
        <translation>Qt 的翻译</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="72"/>
        <source>Qt&apos;s own dialogs and buttons stay in English: install Debian&apos;s qt6-translations-l10n</source>
        <translation>Qt 自带的对话框和按钮仍是英文：请安装 Debian 的 qt6-translations-l10n</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="83"/>
        <location filename="../app/doctor.cpp" line="85"/>
        <source>database driver</source>
        <translation>数据库驱动</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="86"/>
        <source>%1 is not there: install Debian&apos;s %2</source>
        <translation>没有 %1：请安装 Debian 的 %2</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="92"/>
        <location filename="../app/doctor.cpp" line="94"/>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="94"/>
        <source>WenQuanYi Micro Hei is not there, and Chinese text copied out of a PDF report may come back garbled: install Debian&apos;s fonts-wqy-microhei</source>
        <translation>没有文泉驿微米黑，从 PDF 报告中复制出的中文可能变成乱码：请安装 Debian 的 fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="109"/>
        <location filename="../app/doctor.cpp" line="117"/>
        <location filename="../app/doctor.cpp" line="120"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="109"/>
        <source>a temporary database cannot be made (%1)</source>
        <translation>无法建立临时数据库（%1）</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="117"/>
        <source>File → Import shows no dialog</source>
        <translation>“文件 → 导入”没有显示对话框</translation>
    </message>
    <message>
        <location filename="../app/doctor.cpp" line="121"/>
        <source>File → Import shows &quot;%1&quot; with the buttons &quot;%2&quot; and &quot;%3&quot; (%4)</source>
        <translation>“文件 → 导入”显示“%1”，按钮为“%2”和“%3”（%4）</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <location filename="../widgets/periodtext.cpp" line="12"/>
        <source>up to %1</source>
        <translation>截至%1年</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="12"/>
        <source>to date</source>
        <translation>截至目前</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="14"/>
        <source>%1</source>
        <comment>one year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="15"/>
        <source>%1–%2</source>
        <comment>years</comment>
        <translation>%1—%2年</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="20"/>
        <source>H1 %1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="22"/>
        <source>H2 %1</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <location filename="../widgets/periodtext.cpp" line="27"/>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/windowstartup.cpp" line="44"/>
        <location filename="../app/windowstartup.cpp" line="75"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/windowstartup.cpp" line="45"/>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <location filename="../app/windowstartup.cpp" line="76"/>
        <source>Some bundled sample reports could not be imported:
%1</source>
        <translation>部分随附的示例报告无法导入：
%1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="44"/>
        <source>%1 (1 place)</source>
        <translation>%1（1 地）</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="46"/>
        <source>%1 (%2 places)</source>
        <translation>%1（%2 地）</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="49"/>
        <source>Sources: reports of %1</source>
        <translation>出处：报告期间 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="71"/>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="73"/>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="128"/>
        <source>(lighter bars: about, over or under a value, not exact)</source>
        <translation>（浅色柱：约数、超过或不足某值，并非确数）</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="133"/>
        <source>No figure: %1</source>
        <translation>无数字：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="140"/>
        <source>Not drawn on this axis (another unit): %1</source>
        <translation>单位不同，未画在此轴上：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charttext.cpp" line="20"/>
        <source>period not stated</source>
        <translation>期间未说明</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="311"/>
        <source>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</source>
        <translation>%1：图片尺寸须在 100×100 到 20000×20000 像素之间，而不是 %2×%3</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="345"/>
        <source>%1: a drawing of at least 100×100 pixels at 48 to 1200 dpi</source>
        <translation>%1：图至少需 100×100 像素，分辨率 48 至 1200 dpi</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="363"/>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>reportlens</name>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="44"/>
        <source>%1: the file&apos;s name is not UTF-8 text, so it cannot be read; rename it</source>
        <translation>%1：文件名不是 UTF-8 文本，无法读取；请重命名</translation>
    </message>
</context>
<context>
    <name>reportlens::ChartPage</name>
    <message>
        <location filename="../widgets/chartpage.cpp" line="26"/>
        <source>Hori&amp;zontal</source>
        <translation>横向(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="27"/>
        <source>Per &amp;member</source>
        <translation>按会员人均(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="32"/>
        <source>More metrics ▾</source>
        <translation>更多指标 ▾</translation>
    </message>
    <message>
        <location filename="../widgets/chartpage.cpp" line="45"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
</context>
<context>
    <name>reportlens::ChartSizeDialog</name>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="15"/>
        <source>Chart size</source>
        <translation>图表尺寸</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="21"/>
        <source>96 dpi (1×)</source>
        <translation>96 dpi（1×）</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="22"/>
        <source>192 dpi (2×)</source>
        <translation>192 dpi（2×）</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="23"/>
        <source>288 dpi (3×)</source>
        <translation>288 dpi（3×）</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="26"/>
        <source>Width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="27"/>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../widgets/chartsizedialog.cpp" line="28"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
</context>
<context>
    <name>reportlens::CitiesPage</name>
    <message>
        <location filename="../widgets/citiespage.cpp" line="35"/>
        <source>Group by &amp;province</source>
        <translation>按省分组(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="51"/>
        <source>Filter places</source>
        <translation>筛选地区</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="62"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="63"/>
        <source>Provinces</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="64"/>
        <source>Cities</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="65"/>
        <source>Counties and districts</source>
        <translation>县区级</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="90"/>
        <source>All provinces</source>
        <translation>所有省份</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="102"/>
        <source>Set the place…</source>
        <translation>设置地区…</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="104"/>
        <source>Set the place</source>
        <translation>设置地区</translation>
    </message>
    <message>
        <location filename="../widgets/citiespage.cpp" line="105"/>
        <source>The city, county or province these reports are about (e.g. 漳州市)</source>
        <translation>这些报告所属的市、县或省（如 漳州市）</translation>
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
期间：%3
“%4”</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="130"/>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresModel</name>
    <message>
        <location filename="../models/items/cityfiguresmodel.cpp" line="55"/>
        <source>Not a comparable metric</source>
        <translation>非可比指标</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="364"/>
        <source>planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="369"/>
        <source>The figure&apos;s own period, named in its sentence</source>
        <translation>数字自己的时期，在其句中写明</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="370"/>
        <source>The report&apos;s period</source>
        <translation>报告的时期</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="407"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="409"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="411"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="413"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="424"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="426"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="428"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="430"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="432"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="434"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="436"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="438"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="440"/>
        <source>Section of the report</source>
        <translation>报告中的部分</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="19"/>
        <source>(place unknown: right-click to set it)</source>
        <translation>（地区未知：右键设置）</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="23"/>
        <source>Province</source>
        <comment>level of a place</comment>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="25"/>
        <source>City</source>
        <comment>level of a place</comment>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="27"/>
        <source>County or district</source>
        <comment>level of a place</comment>
        <translation>县区级</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="84"/>
        <source>Province</source>
        <translation>所属省份</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="82"/>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="86"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="88"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../widgets/citylistproxymodel.cpp" line="90"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>reportlens::CityPage</name>
    <message>
        <location filename="../widgets/citypage.cpp" line="50"/>
        <source>Grouped by metric group</source>
        <translation>按指标类别分组</translation>
    </message>
    <message>
        <location filename="../widgets/citypage.cpp" line="51"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>按报告各部分分组</translation>
    </message>
    <message>
        <location filename="../widgets/citypage.cpp" line="59"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="174"/>
        <source> (period not stated)</source>
        <translation>（期间未说明）</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="191"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>该城市的报告中没有此指标的数字</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>A candidate, not a value of this row:</source>
        <translation>候选数字，不作本行的数值：</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="197"/>
        <source>%1 (as written: %2)</source>
        <translation>%1（原文：%2）</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="204"/>
        <source>Period: not stated in the report</source>
        <translation>期间：报告未说明</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="205"/>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="209"/>
        <source>Not comparable: %1</source>
        <translation>不可比：%1</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="212"/>
        <source>Per year: none (the period&apos;s years are not known)</source>
        <translation>每年：无（不知期间的年数）</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>Per year: the total divided by the period&apos;s years</source>
        <translation>每年：总数除以期间的年数</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="217"/>
        <source>Other candidate figures: %1</source>
        <translation>其他候选数字：%1 个</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="218"/>
        <source>Other candidate figures: counting…</source>
        <translation>其他候选数字：正在计数…</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="236"/>
        <location filename="../widgets/citytableproxymodel.cpp" line="303"/>
        <source>period not stated</source>
        <translation>期间未说明</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="238"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="285"/>
        <source>%1: the reports do not state the period of most figures</source>
        <translation>%1：报告未说明多数数字的期间</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="286"/>
        <source>%1: most figures cover %2</source>
        <translation>%1：多数数字的期间为 %2</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="293"/>
        <source>Also reports of %1: choose them with “Reports” above the table</source>
        <translation>另有%1的报告：可在表格上方的“报告”中选择</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/citytableproxymodel.cpp" line="302"/>
        <source>%1 (+%n other period(s))</source>
        <translation>
            <numerusform>%1（另有%n期）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="314"/>
        <source>A level reached at the end of the period</source>
        <translation>期末达到的存量</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="315"/>
        <source>Counted over the period</source>
        <translation>期间内的累计数</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="317"/>
        <source>Not comparable as shown: the periods differ (%1)</source>
        <translation>按当前显示不可比：期间不同（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="330"/>
        <source>%1 a year</source>
        <translation>%1/年</translation>
    </message>
</context>
<context>
    <name>reportlens::Comparability</name>
    <message>
        <location filename="../models/engine/comparability.cpp" line="38"/>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="40"/>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="42"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="44"/>
        <source>household-times</source>
        <translation>户次</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="46"/>
        <source>firm-times</source>
        <translation>家次</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="48"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="50"/>
        <source>percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="52"/>
        <source>things counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="113"/>
        <source>counted in %1 (%2); the metric counts %3 (%4)</source>
        <translation>以%1计（%2）；该指标以%3计（%4）</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="121"/>
        <source>the year it stands at is not stated; the row is compared at %1</source>
        <translation>未说明是哪一年的数；本行按 %1 比较</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="125"/>
        <source>its period is not stated; the row is compared for %1</source>
        <translation>期间未说明；本行按 %1 比较</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="132"/>
        <source>stands at %1; the row is compared at %2</source>
        <translation>为 %1 的数；本行按 %2 比较</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="135"/>
        <source>covers %1; the row is compared for %2</source>
        <translation>期间为 %1；本行按 %2 比较</translation>
    </message>
    <message>
        <location filename="../models/engine/comparability.cpp" line="139"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>reportlens::ComparePage</name>
    <message>
        <location filename="../widgets/comparepage.cpp" line="38"/>
        <source>&amp;Per member</source>
        <translation>按会员人均(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="39"/>
        <source>Per &amp;year</source>
        <translation>每年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="53"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>各数值除以该市工会会员数</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="56"/>
        <source>A total over several years divided by its years (levels, such as members, are left as they are)</source>
        <translation>多年总数除以年数（会员数等存量不变）</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="62"/>
        <source>Which reports fill the table: each place&apos;s latest (an annual report of 2024 before 2023&apos;s), all of them (each cell the best figure of any period), or those of one period</source>
        <translation>表格取哪些报告：各地最新一期（有2024年年度报告就不用2023年的）、全部报告（每格取任一时期中最合适的数字），或某一时期的报告</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="74"/>
        <source>Cities ▾</source>
        <translation>城市 ▾</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="77"/>
        <source>Metrics ▾</source>
        <translation>指标 ▾</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="89"/>
        <source>* other candidate figures   ✎ corrected   ≠ another period than its row   (grey) another unit: a candidate   darker: larger in its row</source>
        <translation>* 另有候选数字   ✎ 已更正   ≠ 期间与本行不同   （灰色）单位不同：仅为候选   颜色越深：在本行中越大</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="96"/>
        <source>&amp;Reports:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="180"/>
        <source>Latest of each place</source>
        <translation>各地最新一期</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="181"/>
        <source>All (best figure of any period)</source>
        <translation>全部（任一时期的最佳数字）</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="241"/>
        <source>Fill the cell with…</source>
        <translation>用于此格的数字…</translation>
    </message>
    <message>
        <location filename="../widgets/comparepage.cpp" line="255"/>
        <source>Show the source</source>
        <translation>查看出处</translation>
    </message>
</context>
<context>
    <name>reportlens::ComparisonReport</name>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="46"/>
        <source>Comparison of trade-union work reports</source>
        <translation>工会工作报告数字比较</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="183"/>
        <source>The figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="222"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="356"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="409"/>
        <source>Sources</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="115"/>
        <location filename="../widgets/reportcomposer.cpp" line="415"/>
        <location filename="../widgets/reportcomposer.cpp" line="430"/>
        <source>period not stated</source>
        <translation>期间未说明</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="150"/>
        <source>each place&apos;s latest report</source>
        <translation>每地最新一份报告</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="153"/>
        <source>all reports of each place</source>
        <translation>每地全部报告</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="156"/>
        <source>the reports of %1</source>
        <translation>%1的报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportcomposer.cpp" line="159"/>
        <source>%1 · %n place(s), </source>
        <translation>
            <numerusform>%1 · %n 个地区，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportcomposer.cpp" line="161"/>
        <source>%n metric(s) · from %1</source>
        <translation>
            <numerusform>%n 项指标 · 取自%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="166"/>
        <source>Places: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="170"/>
        <source>[n]: the number&apos;s source, listed after the table. *: corrected by a user. †: not comparable with the rest of its row; the source says why.</source>
        <translation>[n]：数字的出处，列于表后。*：经用户更正。†：与本行其他数字不可比，出处中说明原因。</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="222"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="391"/>
        <source>* Corrected by %1 on %2 (%3); the report reads “%4”.</source>
        <translation>* %1 于 %2 更正（%3）；报告原文为“%4”。</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="392"/>
        <source>a user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="398"/>
        <source>* Corrected by a user; the report reads “%1”.</source>
        <translation>* 经用户更正；报告原文为“%1”。</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="422"/>
        <source>as written: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="428"/>
        <source>untitled report</source>
        <translation>无标题报告</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="434"/>
        <source>%1, report of %2, %3</source>
        <translation>%1，%2报告，%3</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="439"/>
        <source>Not comparable: %1</source>
        <translation>不可比：%1</translation>
    </message>
    <message>
        <location filename="../widgets/reportcomposer.cpp" line="476"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="90"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1：PDF 未能写入</translation>
    </message>
</context>
<context>
    <name>reportlens::Connection</name>
    <message>
        <location filename="../models/storage/connection.cpp" line="50"/>
        <source>%1: not a regular file, so no database; it was left untouched</source>
        <translation>%1：不是普通文件，因而不是数据库；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="58"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="62"/>
        <source>%1: not a SQLite database; it was left untouched</source>
        <translation>%1：不是 SQLite 数据库；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="69"/>
        <source>%1: its folder %2 cannot be made</source>
        <translation>%1：无法创建其所在文件夹 %2</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="76"/>
        <source>%1: cannot be made (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="112"/>
        <source>%1: cannot open the database (%2)</source>
        <translation>%1：无法打开数据库（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="203"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="212"/>
        <location filename="../models/storage/connection.cpp" line="225"/>
        <location filename="../models/storage/connection.cpp" line="279"/>
        <source>the connection to the database was lost</source>
        <translation>与数据库的连接已断开</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="213"/>
        <source>the database gave no reason</source>
        <translation>数据库未给出原因</translation>
    </message>
    <message>
        <location filename="../models/storage/connection.cpp" line="261"/>
        <source>read-only here (the file or its folder cannot be written): it can be viewed and searched, not changed</source>
        <translation>在此为只读（文件或其所在文件夹不可写入）：可以查看和搜索，但不能修改</translation>
    </message>
</context>
<context>
    <name>reportlens::Correction</name>
    <message>
        <location filename="../models/engine/correction.cpp" line="79"/>
        <source>unknown correction kind &quot;%1&quot;</source>
        <translation>未知的更正类型“%1”</translation>
    </message>
    <message>
        <location filename="../models/engine/correction.cpp" line="100"/>
        <source>a correction needs document_hash, start and end (start &lt; end)</source>
        <translation>更正需要 document_hash、start 和 end（start &lt; end）</translation>
    </message>
    <message>
        <location filename="../models/engine/correction.cpp" line="106"/>
        <source>a correction needs created_at as an ISO 8601 time</source>
        <translation>更正需要 ISO 8601 格式的 created_at 时间</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionApplier</name>
    <message>
        <location filename="../models/storage/correctionapplier.cpp" line="126"/>
        <location filename="../models/storage/correctionapplier.cpp" line="245"/>
        <source>there is no document %1</source>
        <translation>没有编号为 %1 的文档</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionLog</name>
    <message>
        <location filename="../models/storage/correctionlog.cpp" line="170"/>
        <source>there is no correction %1</source>
        <translation>没有编号为 %1 的更正</translation>
    </message>
    <message>
        <location filename="../models/storage/correctionlog.cpp" line="295"/>
        <source>correction #%1: %2</source>
        <translation>更正 #%1：%2</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionLogProxyModel</name>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="64"/>
        <source>(place unknown)</source>
        <translation>（地区未知）</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="82"/>
        <source>reverted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="82"/>
        <source>in effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="84"/>
        <source>reverted by %1, %2</source>
        <translation>已撤销（%1，%2）</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="85"/>
        <source>restored by %1, %2</source>
        <translation>已恢复（%1，%2）</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="103"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="105"/>
        <source>Who</source>
        <translation>更正人</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="107"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="109"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="111"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="113"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="115"/>
        <source>Set to</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="117"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionText</name>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="13"/>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="15"/>
        <source>change the value</source>
        <translation>改数值</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="17"/>
        <source>change the unit</source>
        <translation>改单位</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="19"/>
        <source>change the qualifier</source>
        <translation>改限定词</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="21"/>
        <source>change the label</source>
        <translation>改标签</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="23"/>
        <source>change the metric</source>
        <translation>改指标</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="25"/>
        <source>choose for the cell</source>
        <translation>选为表格数字</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="27"/>
        <source>add a figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="29"/>
        <source>set the place</source>
        <translation>设定地区</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="31"/>
        <source>change the period</source>
        <translation>改期间</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="33"/>
        <source>mark as planned or not</source>
        <translation>标为计划或非计划</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="35"/>
        <source>change the report&apos;s period</source>
        <translation>改报告期间</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="58"/>
        <source>no metric</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="59"/>
        <source>metric: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="61"/>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../widgets/correctiontext.cpp" line="61"/>
        <source>reported</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>reportlens::CorrectionsPage</name>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="133"/>
        <location filename="../widgets/correctionspage.cpp" line="203"/>
        <source>&amp;Revert</source>
        <translation>撤回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="150"/>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="159"/>
        <source>Revert the chosen correction, or restore a reverted one (it stays in the log either way; Ctrl+Z undoes this too)</source>
        <translation>撤回所选更正，或恢复已撤回的更正（两种情况下都保留在记录中；Ctrl+Z 亦可撤销此操作）</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="175"/>
        <source>Place:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="177"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="192"/>
        <source>All places</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="202"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="204"/>
        <source>%1 of %2 corrections</source>
        <translation>显示 %1 条，共 %2 条更正</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="219"/>
        <source>revert: %1</source>
        <translation>撤回：%1</translation>
    </message>
    <message>
        <location filename="../widgets/correctionspage.cpp" line="219"/>
        <source>restore: %1</source>
        <translation>恢复：%1</translation>
    </message>
</context>
<context>
    <name>reportlens::DatabaseLocation</name>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="37"/>
        <source>&quot;%1&quot; looks like a mistyped URL (postgresql://user@host:port/dbname)</source>
        <translation>“%1”看起来是写错的网址（应为 postgresql://用户@主机:端口/数据库名）</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="45"/>
        <source>&quot;%1&quot; is not a valid postgresql:// URL (postgresql://user@host:port/dbname)</source>
        <translation>“%1”不是有效的 postgresql:// 网址（应为 postgresql://用户@主机:端口/数据库名）</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="60"/>
        <source>&quot;%1&quot;: connect_timeout is a number of seconds, 1 or more</source>
        <translation>“%1”：connect_timeout 须是秒数，至少为 1</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="66"/>
        <source>&quot;%1&quot; names no database (postgresql://user@host:port/dbname)</source>
        <translation>“%1”没有指明数据库（应为 postgresql://用户@主机:端口/数据库名）</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="73"/>
        <source>unknown database URL &quot;%1&quot; (use a file path, sqlite:// or postgresql://)</source>
        <translation>未知的数据库网址“%1”（请用文件路径、sqlite:// 或 postgresql://）</translation>
    </message>
    <message>
        <location filename="../models/storage/databaselocation.cpp" line="80"/>
        <source>no database file given</source>
        <translation>没有给出数据库文件</translation>
    </message>
</context>
<context>
    <name>reportlens::DocumentReader</name>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="68"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="81"/>
        <location filename="../models/engine/reportparser.cpp" line="170"/>
        <source>%1: no text, only white space</source>
        <translation>%1：没有文字，只有空白</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="96"/>
        <location filename="../models/engine/input/htmltext.cpp" line="83"/>
        <source>not a readable web page</source>
        <translation>不是可读取的网页</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="141"/>
        <source>not a Word document: the zip archive is damaged or is not one</source>
        <translation>不是 Word 文档：zip 压缩包已损坏或并非压缩包</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="148"/>
        <source>not a Word document: it has no word/document.xml</source>
        <translation>不是 Word 文档：其中没有 word/document.xml</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="155"/>
        <source>the Word document&apos;s text (word/document.xml) unpacks to %1 MiB, more than the %2 MiB ReportLens reads</source>
        <translation>Word 文档的文本（word/document.xml）解压后有 %1 MiB，超过 ReportLens 读取的上限 %2 MiB</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="165"/>
        <source>the Word document&apos;s text cannot be unpacked</source>
        <translation>无法解压 Word 文档的正文</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="197"/>
        <source>the Word document&apos;s text (word/document.xml) unpacks to more than the %1 MiB ReportLens reads</source>
        <translation>Word 文档的文本（word/document.xml）解压后超过 ReportLens 读取的上限 %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="204"/>
        <source>a tag, comment or run of text in the Word document is longer than %1 MiB, the most ReportLens holds at once</source>
        <translation>Word 文档中有一个标记、注释或一段文字长于 %1 MiB，超过 ReportLens 一次能容纳的上限</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="215"/>
        <source>the Word document is damaged (its text does not unpack)</source>
        <translation>Word 文档已损坏（正文无法解压）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="220"/>
        <source>the Word document is damaged (%1)</source>
        <translation>Word 文档已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/wordpartreader.cpp" line="233"/>
        <source>the Word document nests its elements more than %1 deep, more than ReportLens follows</source>
        <translation>Word 文档的元素嵌套超过 %1 层，超过 ReportLens 能处理的深度</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="124"/>
        <source>not a readable PDF (damaged, truncated or not a PDF)</source>
        <translation>不是可读取的 PDF（已损坏、不完整或并非 PDF）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="127"/>
        <source>the PDF is encrypted: it needs a password</source>
        <translation>PDF 已加密：需要密码</translation>
    </message>
    <message>
        <location filename="../models/engine/input/documentreader.cpp" line="138"/>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>PDF 中没有文字（扫描页需先做文字识别）</translation>
    </message>
    <message>
        <location filename="../models/engine/reportparser.cpp" line="149"/>
        <source>%1: a PDF is not read in parts</source>
        <translation>%1：PDF 不分部分读取</translation>
    </message>
    <message>
        <location filename="../models/engine/input/htmltext.cpp" line="100"/>
        <source>a tag, comment or run of text between two tags in the page is longer than %1 MiB, the most ReportLens holds at once</source>
        <translation>网页中有一个标记、注释或两个标记之间的一段文字长于 %1 MiB，超过 ReportLens 一次能容纳的上限</translation>
    </message>
    <message>
        <location filename="../models/engine/input/htmltext.cpp" line="202"/>
        <source>the page nests its elements more than %1 deep, more than ReportLens follows</source>
        <translation>网页的元素嵌套超过 %1 层，超过 ReportLens 能处理的深度</translation>
    </message>
</context>
<context>
    <name>reportlens::DocumentWriter</name>
    <message>
        <location filename="../models/storage/documentwriter.cpp" line="54"/>
        <location filename="../models/storage/documentwriter.cpp" line="381"/>
        <source>%1: not stored, no database is open</source>
        <translation>%1：未保存，没有打开的数据库</translation>
    </message>
    <message>
        <location filename="../models/storage/documentwriter.cpp" line="61"/>
        <location filename="../models/storage/documentwriter.cpp" line="334"/>
        <location filename="../models/storage/documentwriter.cpp" line="386"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>reportlens::ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="129"/>
        <source>No trend is shown: choose a metric in the Trend view first</source>
        <translation>尚未显示趋势：请先在“趋势”视图中选择指标</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="173"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="178"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="180"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="184"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="184"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="193"/>
        <location filename="../app/exportcontroller.cpp" line="198"/>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="193"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="205"/>
        <source>The chart is on the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="212"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
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
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="22"/>
        <source>Change value…</source>
        <translation>修改数值…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="23"/>
        <source>Change unit…</source>
        <translation>修改单位…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="25"/>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="28"/>
        <source>Change qualifier…</source>
        <translation>修改限定…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="29"/>
        <source>Change label…</source>
        <translation>修改标签…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="31"/>
        <source>Change label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="34"/>
        <source>Change period…</source>
        <translation>修改时期…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="36"/>
        <source>Change period</source>
        <translation>修改时期</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="37"/>
        <source>The years %1 is about: 2019, 2018-2022, 2024H1, ..2022 for a level reached by 2022; empty for the report&apos;s (%2)</source>
        <translation>%1 所指的年份：2019、2018-2022、2024H1，截至 2022 年的累计或存量写 ..2022；留空则用报告的时期（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="44"/>
        <source>Planned, not reported (a target)</source>
        <translation>计划数而非实绩（目标）</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="49"/>
        <source>Change the report&apos;s period…</source>
        <translation>修改报告的时期…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="51"/>
        <source>Change the report&apos;s period</source>
        <translation>修改报告的时期</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="52"/>
        <source>The years %1 reports on: 2018-2022, 2024, 2024H1; empty when it does not say</source>
        <translation>%1 所报告的年份：2018-2022、2024、2024H1；报告没有写明则留空</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="59"/>
        <source>Assign to a metric…</source>
        <translation>归入指标…</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="61"/>
        <source>Take off its metric</source>
        <translation>移出指标</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="64"/>
        <source>Use for the table cell</source>
        <translation>用作表格中的数字</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="76"/>
        <source>Change value</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="90"/>
        <source>Change qualifier</source>
        <translation>修改限定</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="105"/>
        <source>Assign to a metric</source>
        <translation>归入指标</translation>
    </message>
    <message>
        <location filename="../widgets/figuremenu.cpp" line="122"/>
        <source>&quot;%1&quot; is no period ReportLens reads.</source>
        <translation>“%1”不是 ReportLens 能读的时期。</translation>
    </message>
</context>
<context>
    <name>reportlens::FileKinds</name>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="21"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="25"/>
        <source>Text (.text)</source>
        <translation>文本 (.text)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="29"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="33"/>
        <source>Web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="37"/>
        <source>Word documents</source>
        <translation>Word 文档</translation>
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
        <translation>报告 (%1)</translation>
    </message>
    <message>
        <location filename="../models/engine/input/filekinds.cpp" line="68"/>
        <source>All files (*)</source>
        <extracomment>Keep the ASCII brackets: Qt&apos;s file dialog reads the patterns between them.</extracomment>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>reportlens::ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="50"/>
        <source>An import is already running. Drop these files again when it has finished.</source>
        <translation>已有导入正在进行。请在它完成后再拖入这些文件。</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="64"/>
        <source>Importing reports…</source>
        <translation>正在导入报告……</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="82"/>
        <source>Cancelling after the report being written…</source>
        <translation>正在取消，写完当前报告后停止……</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="88"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>已导入 %1/%2 份报告，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="101"/>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>正在读取 %1：%2 / %3 MB</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="122"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>导入完成：新增 %1，替换 %2，未变 %3，失败 %4%5</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="127"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="132"/>
        <source>Imported, with remarks</source>
        <translation>已导入，有提示</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="133"/>
        <source>Some reports could not be imported</source>
        <translation>部分报告未能导入</translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="49"/>
        <location filename="../app/importcontroller.cpp" line="141"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>reportlens::Importer</name>
    <message>
        <location filename="../models/services/importer.cpp" line="29"/>
        <source>%1: no figures found</source>
        <translation>%1：没有找到数字</translation>
    </message>
    <message>
        <location filename="../models/services/importer.cpp" line="32"/>
        <source>%1: the place it is about could not be told; set it in the Cities view</source>
        <translation>%1：无法判断报告所属地区，请在“地区”视图中设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="45"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="47"/>
        <source>%n report(s) not stored (%1): %2</source>
        <translation>
            <numerusform>%n 份报告未保存（%1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/importer.cpp" line="126"/>
        <source>%1: %2 MB, read in %3 parts</source>
        <translation>%1：%2 MB，分 %3 部分读入</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="174"/>
        <source>%n report(s) not imported: %1</source>
        <translation>
            <numerusform>%n 份报告未导入：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/importer.cpp" line="196"/>
        <source>%1: the import stopped; %n report(s) after it were not read</source>
        <translation>
            <numerusform>%1：导入已停止；其后的 %n 份报告未读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="68"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="438"/>
        <source>Set the place</source>
        <translation>设置地区</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Updated: another program changed the database</source>
        <translation>已更新：另一程序修改了数据库</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>Co&amp;rrections</source>
        <translation>更正记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="200"/>
        <source>Tre&amp;nd</source>
        <translation>趋势(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Export the &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="209"/>
        <source>Cop&amp;y the chart</source>
        <translation>复制图表(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Export the &amp;table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Export the table as &amp;Excel…</source>
        <translation>将表格导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>Export the t&amp;rend as CSV…</source>
        <translation>将趋势导出为 CSV(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Export the trend</source>
        <translation>导出趋势</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>&amp;Print the comparison report…</source>
        <translation>打印比较报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>Export the comparison report as &amp;PDF…</source>
        <translation>将比较报告导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>Your &amp;name in corrections…</source>
        <translation>更正署名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Your name in corrections</source>
        <translation>更正署名</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>Corrections are signed with this name (empty: your login name, %1):</source>
        <translation>更正以此名字署名（留空：使用登录名 %1）：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="261"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="265"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="267"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
逐城比较工会工作报告中的数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="381"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>找到 %n 句</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="451"/>
        <source>The correction could not be saved</source>
        <translation>更正未能保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="158"/>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>C&amp;ities</source>
        <translation>地区(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>Revie&amp;w</source>
        <translation>复核(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>&amp;Find in all reports…</source>
        <translation>在全部报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="371"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1：%n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reportlens::MetricCatalog</name>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="88"/>
        <source>the top level must be an object with a &quot;metrics&quot; array</source>
        <translation>顶层须是含有“metrics”数组的对象</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="95"/>
        <source>no &quot;metrics&quot; array</source>
        <translation>没有“metrics”数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="106"/>
        <source>a group has no &quot;id&quot;</source>
        <translation>有一个分组没有“id”</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="114"/>
        <source>&quot;exclude&quot; must be an array of non-empty strings</source>
        <translation>“exclude”须是由非空字符串组成的数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="121"/>
        <source>&quot;reach_verbs&quot; must be an array of non-empty strings</source>
        <translation>“reach_verbs”须是由非空字符串组成的数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="128"/>
        <source>&quot;subgroups&quot; must be an array of non-empty strings</source>
        <translation>“subgroups”须是由非空字符串组成的数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="142"/>
        <source>metric #%1</source>
        <translation>第 %1 个指标</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="143"/>
        <source>metric &quot;%1&quot;</source>
        <translation>指标“%1”</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="146"/>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1没有“id”</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="151"/>
        <source>%1 is defined twice</source>
        <translation>%1定义了两次</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="161"/>
        <source>%1 needs both &quot;name_zh&quot; and &quot;name_en&quot;</source>
        <translation>%1需要同时有“name_zh”和“name_en”</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="169"/>
        <source>%1 needs a non-empty &quot;keywords&quot; array of strings</source>
        <translation>%1需要非空的“keywords”字符串数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="180"/>
        <source>%1 has an empty keyword</source>
        <translation>%1有一个空关键词</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="189"/>
        <source>%1: &quot;units&quot; and &quot;exclude&quot; must be arrays of non-empty strings</source>
        <translation>%1：“units”和“exclude”须是由非空字符串组成的数组</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="199"/>
        <source>%1: &quot;measure&quot; must be &quot;flow&quot; (counted over the period) or &quot;level&quot; (reached at its end)</source>
        <translation>%1：&quot;measure&quot; 须为 &quot;flow&quot;（期间内累计）或 &quot;level&quot;（期末存量）</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="210"/>
        <source>%1 names the unknown group &quot;%2&quot;</source>
        <translation>%1指向未知分组“%2”</translation>
    </message>
    <message>
        <location filename="../models/engine/metriccatalog.cpp" line="238"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>reportlens::MetricPicker</name>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="40"/>
        <source>Find a metric</source>
        <translation>查找指标</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="49"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="50"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="51"/>
        <source>Tick every metric the search shows</source>
        <translation>勾选搜索所显示的全部指标</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="52"/>
        <source>Untick every metric the search shows</source>
        <translation>取消勾选搜索所显示的全部指标</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="55"/>
        <source>Tick a set of metrics kept under a name</source>
        <translation>勾选以某个名称保存的一组指标</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="61"/>
        <source>&amp;Keep as…</source>
        <translation>另存为(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="62"/>
        <source>Keep the ticked metrics under a name, to tick them again later</source>
        <translation>以一个名称保存所勾选的指标，以后可再次勾选</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="65"/>
        <source>Keep the ticked metrics</source>
        <translation>保存所勾选的指标</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="65"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../widgets/metricpicker.cpp" line="257"/>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
</context>
<context>
    <name>reportlens::Queries</name>
    <message>
        <location filename="../models/storage/queries.cpp" line="118"/>
        <location filename="../models/storage/queries.cpp" line="279"/>
        <source>there is no document %1</source>
        <translation>没有编号为 %1 的文档</translation>
    </message>
    <message>
        <location filename="../models/storage/queries.cpp" line="243"/>
        <source>%1: %2 of %3 sentences and %4 of %5 figures stored</source>
        <translation>%1：仅保存了 %3 个句子中的 %2 个、%5 个数字中的 %4 个</translation>
    </message>
</context>
<context>
    <name>reportlens::Reparser</name>
    <message>
        <location filename="../models/services/reparser.cpp" line="43"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>reportlens::ReportFiles</name>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="60"/>
        <source>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</source>
        <translation>%1：不是普通文件（是设备、管道或套接字，或指向它们的链接）；未读取</translation>
    </message>
    <message>
        <location filename="../models/engine/input/reportfiles.cpp" line="66"/>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
</context>
<context>
    <name>reportlens::ReportOptionsDialog</name>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="39"/>
        <source>Report options</source>
        <translation>报告选项</translation>
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
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="47"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="48"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="52"/>
        <source>Printed under the title: where the figures come from, what to read with care</source>
        <translation>印在标题下：数字从何而来、哪些须谨慎解读</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="56"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="57"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="58"/>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="59"/>
        <source>&amp;Notes:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="73"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="74"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="96"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="97"/>
        <source>Places</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="98"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/reportoptionsdialog.cpp" line="99"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>reportlens::ReviewPage</name>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="42"/>
        <source>another unit than the metric&apos;s: a candidate only</source>
        <translation>单位与指标不同：仅为候选</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="44"/>
        <source>other figures compete for the cell</source>
        <translation>另有数字争这一格</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="46"/>
        <source>filled with low confidence (%1 of 1000)</source>
        <translation>填入的把握不高（%1/1000）</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="49"/>
        <source>its label names the metric; not placed</source>
        <translation>标签点明此指标，未填入</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="82"/>
        <location filename="../widgets/reviewpage.cpp" line="196"/>
        <source>Accept (A)</source>
        <translation>确认 (A)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="83"/>
        <location filename="../widgets/reviewpage.cpp" line="197"/>
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="95"/>
        <source>The figure that fills the cell is right: keep it</source>
        <translation>填入这一格的数字无误：保留</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="97"/>
        <source>Not this cell&apos;s figure: reject it (the next candidate fills the cell)</source>
        <translation>不是这一格的数字：拒绝（由下一个候选填入）</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="121"/>
        <source>1–9: pick that candidate instead</source>
        <translation>1–9：改选该候选</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="127"/>
        <source>Figures that could fill the cell:</source>
        <translation>可填入这一格的数字：</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="152"/>
        <source>Nothing to review: every cell is sure, or has been looked at</source>
        <translation>无需复核：每一格都有把握，或已有人看过</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="153"/>
        <source>%1 to review</source>
        <translation>待复核 %1 项</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="196"/>
        <source>Place it (A)</source>
        <translation>填入 (A)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="197"/>
        <source>Leave it out (R)</source>
        <translation>不归入 (R)</translation>
    </message>
    <message>
        <location filename="../widgets/reviewpage.cpp" line="202"/>
        <source> (fills the cell)</source>
        <translation>（当前填入）</translation>
    </message>
</context>
<context>
    <name>reportlens::Schema</name>
    <message>
        <location filename="../models/storage/schema.cpp" line="167"/>
        <location filename="../models/storage/schema.cpp" line="176"/>
        <source>not a readable database (%1); it was left untouched</source>
        <translation>不是可读的数据库（%1）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="185"/>
        <source>a SQLite database that ReportLens did not make (it has no tables); it was left untouched</source>
        <translation>一个不是 ReportLens 创建的 SQLite 数据库（其中没有表）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="192"/>
        <source>a database of something else (tables: %1), not ReportLens; it was left untouched</source>
        <translation>这是其他程序的数据库（表：%1），不是 ReportLens 的；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="230"/>
        <source>schema %1, which this ReportLens cannot read without changing it</source>
        <translation>结构版本 %1，本版 ReportLens 须修改它才能读取</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="266"/>
        <source>made by a newer ReportLens (schema %1; this one knows up to %2); it was left untouched</source>
        <translation>由更新版本的 ReportLens 创建（结构版本 %1；本版本最高支持 %2）；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="282"/>
        <source>upgrading the schema to version %1 failed: %2</source>
        <translation>将数据库结构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="322"/>
        <source>no migration to version %1</source>
        <translation>没有升级到版本 %1 的迁移</translation>
    </message>
</context>
<context>
    <name>reportlens::SearchIndex</name>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="73"/>
        <source>%1: not a search index; it was left untouched</source>
        <translation>%1：不是搜索索引；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="147"/>
        <location filename="../models/storage/searchindex.cpp" line="177"/>
        <location filename="../models/storage/searchindex.cpp" line="195"/>
        <location filename="../models/storage/searchindex.cpp" line="217"/>
        <location filename="../models/storage/searchindex.cpp" line="225"/>
        <location filename="../models/storage/searchindex.cpp" line="280"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="188"/>
        <source>%1: cannot be made (%2)</source>
        <translation>%1：无法创建（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="211"/>
        <source>%1: not a search index of ReportLens; it was left untouched</source>
        <translation>%1：不是 ReportLens 的搜索索引；未作任何改动</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="260"/>
        <source>%1: damaged, and could not be made again (%2)</source>
        <translation>%1：已损坏，且无法重建（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="341"/>
        <source>%1: the search index could not be updated (%2)</source>
        <translation>%1：搜索索引无法更新（%2）</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="472"/>
        <source>a search found it damaged</source>
        <translation>搜索时发现索引已损坏</translation>
    </message>
</context>
<context>
    <name>reportlens::SearchPage</name>
    <message>
        <location filename="../widgets/searchpage.cpp" line="24"/>
        <source>Search all sentences (Enter)</source>
        <translation>搜索全部句子（回车）</translation>
    </message>
</context>
<context>
    <name>reportlens::Session</name>
    <message>
        <location filename="../models/services/session.cpp" line="16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>reportlens::SourceView</name>
    <message>
        <location filename="../widgets/sourceview.cpp" line="34"/>
        <source>◀ Previous figure</source>
        <translation>◀ 上一个数字</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="35"/>
        <source>Next figure ▶</source>
        <translation>下一个数字 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="40"/>
        <source>Previous figure in this report (Alt+Up)</source>
        <translation>本报告中的上一个数字（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="41"/>
        <source>Next figure in this report (Alt+Down)</source>
        <translation>本报告中的下一个数字（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="56"/>
        <source>Double-click a number to see the sentence it came from.</source>
        <translation>双击一个数字，查看它出自哪一句。</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="73"/>
        <source>Add the selection as a figure…</source>
        <translation>将选中文字添加为数字…</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="83"/>
        <location filename="../widgets/sourceview.cpp" line="88"/>
        <location filename="../widgets/sourceview.cpp" line="92"/>
        <source>Add a figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="83"/>
        <source>Value of “%1”</source>
        <translation>“%1”的数值</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="88"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="92"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="156"/>
        <source>period not stated</source>
        <translation>时期未写明</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="160"/>
        <source>%1 (the figure&apos;s own; the report&apos;s: %2)</source>
        <translation>%1（数字自己的时期；报告的时期：%2）</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="162"/>
        <source>not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="164"/>
        <source>planned, not reported</source>
        <translation>计划数，非实绩</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3&lt;br&gt;%4, characters %5–%6 (figure %7 of %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2，%3&lt;br&gt;%4，第 %5–%6 个字符（第 %7 个数字，共 %8 个）</translation>
    </message>
</context>
<context>
    <name>reportlens::TextDecoder</name>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="111"/>
        <source>invalid %1 data (an unpaired surrogate)</source>
        <translation>无效的 %1 数据（有未配对的代理项）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="115"/>
        <source>binary data, not text (decoded as %1)</source>
        <translation>是二进制数据，不是文本（按 %1 解码）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="233"/>
        <source>invalid %1 data after a %1 byte-order mark</source>
        <translation>%1 字节序标记之后的 %1 数据无效</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="251"/>
        <source>the file ends in the middle of a UTF-8 character (cut short?)</source>
        <translation>文件在一个 UTF-8 字符中间结束（可能不完整）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="260"/>
        <source>mostly UTF-8, but byte %1 and others are not: two encodings mixed, or damaged UTF-8</source>
        <translation>大部分是 UTF-8，但第 %1 字节等处不是：混用了两种编码，或 UTF-8 已损坏</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="310"/>
        <source>not valid UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5 text%1</source>
        <translation>不是有效的 UTF-8、UTF-16（带 BOM）、GB18030/GBK 或 Big5 文本%1</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="315"/>
        <source> (looks like: %1)</source>
        <translation>（看起来像：%1）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="324"/>
        <source>%1: no such file</source>
        <translation>%1：没有这个文件</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="327"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="331"/>
        <source>%1: not a regular file (a device, FIFO or socket, or a link to one); not read</source>
        <translation>%1：不是普通文件（是设备、管道或套接字，或指向它们的链接）；未读取</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="336"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="346"/>
        <source>%1: read failed (%2)</source>
        <translation>%1：读取失败（%2）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textdecoder.cpp" line="349"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
</context>
<context>
    <name>reportlens::TextPartReader</name>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="53"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="59"/>
        <location filename="../models/engine/input/textpartreader.cpp" line="95"/>
        <source>%1: read failed (%2)</source>
        <translation>%1：读取失败（%2）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="82"/>
        <source>%1: no converter for %2 (%3)</source>
        <translation>%1：没有 %2 的转换器（%3）</translation>
    </message>
    <message>
        <location filename="../models/engine/input/textpartreader.cpp" line="133"/>
        <source>%1: binary data, not text, before byte %2</source>
        <translation>%1：第 %2 字节之前出现二进制数据，不是文本</translation>
    </message>
</context>
<context>
    <name>reportlens::TrendPage</name>
    <message>
        <location filename="../widgets/trendpage.cpp" line="73"/>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="75"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="77"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="79"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="81"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="83"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="112"/>
        <source>Places ▾</source>
        <translation>地区 ▾</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="133"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="205"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="282"/>
        <source>%1 (spans: a year&apos;s share of a total)</source>
        <translation>%1（虚线段：多年总数的年均值）</translation>
    </message>
    <message>
        <location filename="../widgets/trendpage.cpp" line="287"/>
        <source>Dashed: a total over several years, drawn across them at its value per year</source>
        <translation>虚线：多年总数，按年均值画在所覆盖的年份上</translation>
    </message>
</context>
<context>
    <name>reportlens::XlsxExport</name>
    <message>
        <location filename="../models/services/export/xlsxexport.cpp" line="161"/>
        <source>%1: could not be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>reportlens::cli</name>
    <message>
        <location filename="../app/cli/chart.cpp" line="22"/>
        <source>chart: --metric ID and --out FILE.png|FILE.svg are needed</source>
        <translation>chart：需要 --metric 指标编号 和 --out 文件.png|文件.svg</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="29"/>
        <source>chart: --out must end in .png or .svg</source>
        <translation>chart：--out 的文件名须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="40"/>
        <source>chart: --size is WIDTHxHEIGHT, 100x100 or more</source>
        <translation>chart：--size 的格式为 宽x高，至少 100x100</translation>
    </message>
    <message>
        <location filename="../app/cli/chart.cpp" line="47"/>
        <source>chart: --dpi is a number from 48 to 1200</source>
        <translation>chart：--dpi 须是 48 到 1200 之间的数</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="142"/>
        <source>%1 (see reportlens --help)</source>
        <translation>%1（参见 reportlens --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="156"/>
        <source>unknown command &quot;%1&quot; (expected %2)</source>
        <translation>未知命令“%1”（可用：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="169"/>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format 应为 json、csv 或 xlsx，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="174"/>
        <source>--format xlsx is for table only, not %1</source>
        <translation>--format xlsx 只用于 table，不用于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="180"/>
        <source>--reports must be latest, all or a period such as 2024 or 2018-2022, not &quot;%1&quot;</source>
        <translation>--reports 应为 latest、all 或一个时期（如 2024 或 2018-2022），而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="188"/>
        <source>%1 reads files, not a database: --db does not apply</source>
        <translation>%1 读取文件而非数据库：--db 不适用</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="202"/>
        <source>metrics file %1</source>
        <translation>指标文件 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="20"/>
        <source>corrections: expected export FILE or import FILE</source>
        <translation>corrections：应为 export 文件 或 import 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="40"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="49"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="61"/>
        <source>%1: not a corrections file (%2)</source>
        <translation>%1：不是更正文件（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="64"/>
        <source>no &quot;corrections&quot; array</source>
        <translation>没有“corrections”数组</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="81"/>
        <source>corrections stored: %1 of %2</source>
        <translation>已保存更正：%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="83"/>
        <source>reports brought up to date: %1 of %2</source>
        <translation>已更新报告：%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/cli/corrections.cpp" line="94"/>
        <source>(nothing was imported)</source>
        <translation>（未导入任何内容）</translation>
    </message>
    <message>
        <location filename="../app/cli/extract.cpp" line="41"/>
        <source>%1: no PATH given (files or folders to read)</source>
        <translation>%1：没有给出路径（要读取的文件或文件夹）</translation>
    </message>
    <message>
        <location filename="../app/cli/extract.cpp" line="106"/>
        <source>table: --format xlsx needs --out FILE.xlsx</source>
        <translation>table：--format xlsx 需要 --out FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="16"/>
        <source>import: no PATH given (files or folders to import)</source>
        <translation>import：没有给出路径（要导入的文件或文件夹）</translation>
    </message>
    <message>
        <location filename="../app/cli/import.cpp" line="38"/>
        <source>imported %1 of %2, about %3 s left</source>
        <translation>已导入 %1/%2，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="39"/>
        <source>reading %1: %2 of %3 MB</source>
        <translation>正在读取 %1：%2 / %3 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="56"/>
        <source>the engine or metrics changed: parsed %1 stored documents again (corrections kept)</source>
        <translation>引擎或指标已变更：已重新解析 %1 份已存文档（更正均保留）</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="100"/>
        <source>%1: &quot;%2&quot; names several places: %3; give the full name</source>
        <translation>%1：“%2”可指多个地区：%3；请写全称</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="105"/>
        <source>%1: no place &quot;%2&quot; in the database</source>
        <translation>%1：数据库中没有地区“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="108"/>
        <source>%1: no place &quot;%2&quot; in the database (nearest: %3)</source>
        <translation>%1：数据库中没有地区“%2”（最接近的：%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="125"/>
        <source>%1: no metric &quot;%2&quot; in the metrics file</source>
        <translation>%1：指标文件中没有指标“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/invocation.cpp" line="128"/>
        <source>%1: no metric &quot;%2&quot; in the metrics file (nearest: %3)</source>
        <translation>%1：指标文件中没有指标“%2”（最接近的：%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="17"/>
        <source>report: --out FILE.pdf is needed</source>
        <translation>report：需要 --out 文件.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="22"/>
        <source>report: --lang is zh_CN or en, not &quot;%1&quot;</source>
        <translation>report：--lang 须为 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="52"/>
        <source>report: --paper is A4, A3 or Letter, not &quot;%1&quot;</source>
        <translation>report：--paper 应为 A4、A3 或 Letter，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/report.cpp" line="60"/>
        <source>report: --orientation is landscape or portrait, not &quot;%1&quot;</source>
        <translation>report：--orientation 应为 landscape 或 portrait，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/search.cpp" line="17"/>
        <source>search: no TEXT given</source>
        <translation>search：没有给出搜索文字</translation>
    </message>
    <message>
        <location filename="../app/cli/trend.cpp" line="13"/>
        <source>trend: --metric ID is needed</source>
        <translation>trend：需要 --metric ID</translation>
    </message>
</context>
</TS>
