<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <location filename="../app/main.cpp" line="130"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="131"/>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="106"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="174"/>
        <source>%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3</source>
        <translation>%1：图片尺寸须在 100×100 到 20000×20000 像素之间，而不是 %2×%3</translation>
    </message>
    <message>
        <location filename="../widgets/citychartview.cpp" line="197"/>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresModel</name>
    <message>
        <location filename="../models/cityfiguresmodel.cpp" line="55"/>
        <source>Not a comparable metric</source>
        <translation>非可比指标</translation>
    </message>
</context>
<context>
    <name>reportlens::CityFiguresProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="161"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="163"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="165"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="167"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="186"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="188"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="190"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="192"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="196"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="198"/>
        <source>Section of the report</source>
        <translation>报告中的部分</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>(place unknown: right-click to set it)</source>
        <translation>（地区未知：右键设置）</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="229"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="231"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="233"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="107"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>该城市的报告中没有此指标的数字</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="108"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3（另有 %4 个候选数字）</translation>
    </message>
</context>
<context>
    <name>reportlens::ComparisonReport</name>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="69"/>
        <location filename="../widgets/comparisonreport.cpp" line="161"/>
        <source>Comparison of trade-union work reports</source>
        <translation>工会工作报告数字比较</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="74"/>
        <source>Cities:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="83"/>
        <source>The figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="85"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="131"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="137"/>
        <source>Sources</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="144"/>
        <source>characters %1–%2</source>
        <translation>第 %1–%2 字</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonreport.cpp" line="165"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1：PDF 未能写入</translation>
    </message>
</context>
<context>
    <name>reportlens::Importer</name>
    <message>
        <location filename="../models/importer.cpp" line="144"/>
        <location filename="../models/importer.cpp" line="213"/>
        <source>%1: no figures found</source>
        <translation>%1：没有找到数字</translation>
    </message>
    <message>
        <location filename="../models/importer.cpp" line="147"/>
        <location filename="../models/importer.cpp" line="215"/>
        <source>%1: the place it is about could not be told; set it in the Cities view</source>
        <translation>%1：无法判断报告所属地区，请在“地区”视图中设置</translation>
    </message>
    <message>
        <location filename="../models/importer.cpp" line="149"/>
        <source>%1: %2 MB, read in %3 parts</source>
        <translation>%1：%2 MB，分 %3 部分读入</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="263"/>
        <source>Set the place…</source>
        <translation>设置地区…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="267"/>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Set the place</source>
        <translation>设置地区</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>The city, county or province these reports are about (e.g. 漳州市)</source>
        <translation>这些报告所属的市、县或省（如 漳州市）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="376"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="378"/>
        <source>Export the &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="379"/>
        <source>Cop&amp;y the chart</source>
        <translation>复制图表(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="383"/>
        <source>The chart is on the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>Export the &amp;table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="386"/>
        <source>Export the table</source>
        <translation>导出表格</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="393"/>
        <source>&amp;Print the comparison report…</source>
        <translation>打印比较报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="395"/>
        <source>Export the comparison report as &amp;PDF…</source>
        <translation>将比较报告导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="396"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="405"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="406"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="427"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="431"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="433"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="434"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
逐城比较工会工作报告中的数字。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="513"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="513"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="518"/>
        <source>Chart size</source>
        <translation>图表尺寸</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="526"/>
        <source>96 dpi (1×)</source>
        <translation>96 dpi（1×）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="527"/>
        <source>192 dpi (2×)</source>
        <translation>192 dpi（2×）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="528"/>
        <source>288 dpi (3×)</source>
        <translation>288 dpi（3×）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="531"/>
        <source>Width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="532"/>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="545"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="670"/>
        <source>Importing reports…</source>
        <translation>正在导入报告……</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="670"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="677"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>已导入 %1/%2 份报告，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="685"/>
        <source>Reading %1: %2 of %3 MB</source>
        <translation>正在读取 %1：%2 / %3 MB</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="695"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>导入完成：新增 %1，替换 %2，未变 %3，失败 %4%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="700"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="703"/>
        <source>Imported, with remarks</source>
        <translation>已导入，有提示</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="704"/>
        <source>Some reports could not be imported</source>
        <translation>部分报告未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="753"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>找到 %n 句</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="764"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="786"/>
        <source>add figure %1</source>
        <translation>添加数字 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="794"/>
        <source>The correction could not be saved</source>
        <translation>更正未能保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="807"/>
        <source>Fill the cell with…</source>
        <translation>用于此格的数字…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="820"/>
        <source>choose %1</source>
        <translation>选用 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="825"/>
        <source>Show the source</source>
        <translation>查看出处</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="847"/>
        <source>Not a figure</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="848"/>
        <source>Change value…</source>
        <translation>修改数值…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="850"/>
        <source>Change value</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="855"/>
        <source>Change unit…</source>
        <translation>修改单位…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="857"/>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="862"/>
        <source>Change qualifier…</source>
        <translation>修改限定…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="872"/>
        <source>Change qualifier</source>
        <translation>修改限定</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="878"/>
        <source>Change label…</source>
        <translation>修改标签…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="880"/>
        <source>Change label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="886"/>
        <source>Assign to a metric…</source>
        <translation>归入指标…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="895"/>
        <source>Assign to a metric</source>
        <translation>归入指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="901"/>
        <source>Take off its metric</source>
        <translation>移出指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="904"/>
        <source>Use for the table cell</source>
        <translation>用作表格中的数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="917"/>
        <source>Add the selection as a figure…</source>
        <translation>将选中文字添加为数字…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="923"/>
        <location filename="../app/mainwindow.cpp" line="928"/>
        <location filename="../app/mainwindow.cpp" line="932"/>
        <source>Add a figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="923"/>
        <source>Value of “%1”</source>
        <translation>“%1”的数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="928"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="932"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="716"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>报告 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>C&amp;ities</source>
        <translation>地区(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>&amp;Per member</source>
        <translation>按会员人均(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>各数值除以该市工会会员数</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>Cities ▾</source>
        <translation>城市 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Metrics ▾</source>
        <translation>指标 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>* other candidate figures   ✎ corrected   darker: larger in its row</source>
        <translation>* 另有候选数字   ✎ 已更正   颜色越深：在该行中越大</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>More metrics ▾</source>
        <translation>更多指标 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Hori&amp;zontal</source>
        <translation>横向(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Per &amp;member</source>
        <translation>按会员人均(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="232"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>Filter places</source>
        <translation>筛选地区</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Grouped by metric group</source>
        <translation>按指标类别分组</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>按报告各部分分组</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="341"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="354"/>
        <source>Search all sentences (Enter)</source>
        <translation>搜索全部句子（回车）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="413"/>
        <source>&amp;Find in all reports…</source>
        <translation>在全部报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="654"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1：%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="716"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>reportlens::SourceView</name>
    <message>
        <location filename="../widgets/sourceview.cpp" line="30"/>
        <source>◀ Previous figure</source>
        <translation>◀ 上一个数字</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="31"/>
        <source>Next figure ▶</source>
        <translation>下一个数字 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="36"/>
        <source>Previous figure in this report (Alt+Up)</source>
        <translation>本报告中的上一个数字（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="37"/>
        <source>Next figure in this report (Alt+Down)</source>
        <translation>本报告中的下一个数字（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="52"/>
        <source>Double-click a number to see the sentence it came from.</source>
        <translation>双击一个数字，查看它出自哪一句。</translation>
    </message>
    <message>
        <location filename="../widgets/sourceview.cpp" line="112"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3, characters %4–%5 (figure %6 of %7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3，第 %4–%5 字（第 %6 个数字，共 %7 个）</translation>
    </message>
</context>
</TS>
