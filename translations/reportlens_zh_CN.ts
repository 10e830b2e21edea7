<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>The database cannot be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="46"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>该城市的报告中没有此指标的数字</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="47"/>
        <source>%1
“%2”
%3 (%4 other candidate figures)</source>
        <translation>%1
“%2”
%3（另有 %4 个候选数字）</translation>
    </message>
</context>
<context>
    <name>reportlens::FigureListProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="88"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="90"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="92"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="94"/>
        <source>under</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="116"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="118"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="120"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="122"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="124"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="126"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="128"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="130"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
</context>
<context>
    <name>reportlens::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="55"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="76"/>
        <source>Filter figures (city, label, metric, sentence…)</source>
        <translation>筛选数字（城市、标签、指标、句子……）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="127"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="140"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="141"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="142"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
逐城比较工会工作报告中的数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>%1: %n report(s), %2 figures</source>
        <translation>
            <numerusform>%1：%n 份报告，%2 个数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Importing reports…</source>
        <translation>正在导入报告……</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Imported %1 of %2 reports, about %3 s left</source>
        <translation>已导入 %1/%2 份报告，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5</source>
        <translation>导入完成：新增 %1，替换 %2，未变 %3，失败 %4%5</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>Some reports could not be imported</source>
        <translation>部分报告未能导入</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="310"/>
        <source>add figure %1</source>
        <translation>添加数字 %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="318"/>
        <source>The correction could not be saved</source>
        <translation>更正未能保存</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="336"/>
        <source>Not a figure</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>Change value…</source>
        <translation>修改数值…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>Change value</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Change unit…</source>
        <translation>修改单位…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="352"/>
        <source>Change qualifier…</source>
        <translation>修改限定…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <source>Change qualifier</source>
        <translation>修改限定</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="361"/>
        <source>Change label…</source>
        <translation>修改标签…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="363"/>
        <source>Change label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="369"/>
        <source>Assign to a metric…</source>
        <translation>归入指标…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>Assign to a metric</source>
        <translation>归入指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <source>Take off its metric</source>
        <translation>移出指标</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>Use for the table cell</source>
        <translation>用作表格中的数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>Add the selection as a figure…</source>
        <translation>将选中文字添加为数字…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <location filename="../app/mainwindow.cpp" line="412"/>
        <source>Add a figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>Value of “%1”</source>
        <translation>“%1”的数值</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="412"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>报告 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="216"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>%1 — %2, characters %3–%4</source>
        <translation>%1 — %2，第 %3–%4 字</translation>
    </message>
</context>
</TS>
