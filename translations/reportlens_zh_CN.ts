<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <location filename="../app/main.cpp" line="112"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="90"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>under</source>
        <translation>不足</translation>
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
        <location filename="../widgets/citytableproxymodel.cpp" line="157"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="159"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="161"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="163"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="182"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="184"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="186"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="188"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="190"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="192"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="194"/>
        <source>Section of the report</source>
        <translation>报告中的部分</translation>
    </message>
</context>
<context>
    <name>reportlens::CityListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="211"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="213"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="215"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="106"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>该城市的报告中没有此指标的数字</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="107"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3（另有 %4 个候选数字）</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="359"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
逐城比较工会工作报告中的数字。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Importing reports…</source>
        <translation>正在导入报告……</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="487"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>已导入 %1/%2 份报告，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="497"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>导入完成：新增 %1，替换 %2，未变 %3，失败 %4%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="502"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="504"/>
        <source>Some reports could not be imported</source>
        <translation>部分报告未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="553"/>
        <source>%n sentence(s) found</source>
        <translation>
            <numerusform>找到 %n 句</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="564"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="586"/>
        <source>add figure %1</source>
        <translation>添加数字 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="594"/>
        <source>The correction could not be saved</source>
        <translation>更正未能保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="607"/>
        <source>Fill the cell with…</source>
        <translation>用于此格的数字…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="620"/>
        <source>choose %1</source>
        <translation>选用 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="625"/>
        <source>Show the source</source>
        <translation>查看出处</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="647"/>
        <source>Not a figure</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>Change value…</source>
        <translation>修改数值…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="650"/>
        <source>Change value</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="655"/>
        <source>Change unit…</source>
        <translation>修改单位…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="657"/>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>Change qualifier…</source>
        <translation>修改限定…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="672"/>
        <source>Change qualifier</source>
        <translation>修改限定</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="678"/>
        <source>Change label…</source>
        <translation>修改标签…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="680"/>
        <source>Change label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="686"/>
        <source>Assign to a metric…</source>
        <translation>归入指标…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="695"/>
        <source>Assign to a metric</source>
        <translation>归入指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="701"/>
        <source>Take off its metric</source>
        <translation>移出指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="704"/>
        <source>Use for the table cell</source>
        <translation>用作表格中的数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="717"/>
        <source>Add the selection as a figure…</source>
        <translation>将选中文字添加为数字…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="723"/>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <location filename="../app/mainwindow.cpp" line="732"/>
        <source>Add a figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="723"/>
        <source>Value of “%1”</source>
        <translation>“%1”的数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="728"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="732"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>报告 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>C&amp;ities</source>
        <translation>地区(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Ci&amp;ty</source>
        <translation>城市(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>&amp;Per member</source>
        <translation>按会员人均(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Each value divided by the city&apos;s union members</source>
        <translation>各数值除以该市工会会员数</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>Cities ▾</source>
        <translation>城市 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Metrics ▾</source>
        <translation>指标 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167"/>
        <source>* other candidate figures   ✎ corrected   darker: larger in its row</source>
        <translation>* 另有候选数字   ✎ 已更正   颜色越深：在该行中越大</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>More metrics ▾</source>
        <translation>更多指标 ▾</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Hori&amp;zontal</source>
        <translation>横向(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <source>Per &amp;member</source>
        <translation>按会员人均(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>Filter places</source>
        <translation>筛选地区</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="285"/>
        <source>Grouped by metric group</source>
        <translation>按指标类别分组</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>Grouped by the report&apos;s sections</source>
        <translation>按报告各部分分组</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="295"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="308"/>
        <source>Search all sentences (Enter)</source>
        <translation>搜索全部句子（回车）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>&amp;Find in all reports…</source>
        <translation>在全部报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="349"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="464"/>
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1：%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="516"/>
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
