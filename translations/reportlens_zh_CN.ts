<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>reportlens::CityTableProxyModel</name>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="50"/>
        <source>No figure for this metric in this city&apos;s reports</source>
        <translation>该城市的报告中没有此指标的数字</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="51"/>
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
        <location filename="../widgets/citytableproxymodel.cpp" line="96"/>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="98"/>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="100"/>
        <source>over</source>
        <translation>超过</translation>
    </message>
    <message>
        <location filename="../widgets/citytableproxymodel.cpp" line="102"/>
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
        <location filename="../app/mainwindow.cpp" line="43"/>
        <source>ReportLens</source>
        <translation>ReportLens 报告透镜</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>Filter figures (city, label, metric, sentence…)</source>
        <translation>筛选数字（城市、标签、指标、句子……）</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;Open reports…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="96"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="99"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>ReportLens %1
Figures from trade-union work reports, city by city.</source>
        <translation>ReportLens %1
逐城比较工会工作报告中的数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>%n report(s), %1 figures</source>
        <translation>
            <numerusform>%n 份报告，%1 个数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Some reports could not be read</source>
        <translation>部分报告无法读取</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>Reports (*.txt *.md);;All files (*)</source>
        <translation>报告 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>%1 — %2, characters %3–%4</source>
        <translation>%1 — %2，第 %3–%4 字</translation>
    </message>
</context>
</TS>
