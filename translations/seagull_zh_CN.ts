<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translation>Seagull 关联分析工作站</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>要打开的案件文件。</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translation>放到空图表上并展开的实体。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>将窗口截图保存到此 PNG 文件后退出。</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translation>所选实体</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translation>本图表中的实体</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translation>此范围内没有事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translation>
            <numerusform>%n 个事件，从 %1 到 %2，按各记录的当地时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translation>将活动图写为带标题栏的 PDF、SVG 或 PNG</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translation>颜色越深：该星期几该小时的事件越多（按各记录的当地时间）</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translation>柱形：每日事件数</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translation>打印活动视图（含标题栏和图例），或预览</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translation>
            <numerusform>计算 %n 个实体的中介中心性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translation>
            <numerusform>计算 %n 个实体的接近中心性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translation>
            <numerusform>计算 %n 个实体的特征向量中心性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translation>
            <numerusform>计算 %n 个实体的 PageRank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translation>
            <numerusform>划分 %n 个实体的社群</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translation>共同联系人：所给实体不在所分析的图中。</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translation>分析范围</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translation>仅限资金转账</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translation>本图表上的实体</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translation>流入减流出</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translation>连接最多：关联实体数</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translation>连接最多：事件数</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translation>连接最多：资金金额</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translation>中介中心性（谁处于他人之间）</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translation>接近中心性（谁能最快联系到所有人）</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translation>特征向量（与关系广的人相连）</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translation>PageRank（通话和资金流向何处）</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translation>独立网络</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translation>社群（Louvain）</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translation>k-核（联系紧密的核心）</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translation>割点（移除一个网络就会分裂）</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translation>所选实体的共同联系人</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translation>两个所选实体之间的最短路径</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translation>两个所选实体之间的五条最短路径</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translation>两个所选实体之间按时间顺序的路径</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translation>连接所选实体的网络</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translation>过账骡子账户（在时间窗口内转出资金）</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translation>扇入（时间窗口内众多对方向一方付款或通话）</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translation>扇出（时间窗口内一方向众多对方付款或通话）</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translation>与多个号码一起使用的设备（SIM 卡池）</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translation>所选成员的窝点成员线索</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translation>追踪所选实体付出的资金</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全部选择</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translation>添加到图表</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>按值调整大小</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>按值着色</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translation>选择图表上所有列出的实体。</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translation>将所选行（或全部）添加到图表。</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translation>值越高，图表上的实体画得越大（可撤销）。</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translation>按值或分组为图表上的实体着色（可撤销）。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translation>步骤之间的最长等待（小时，0 表示不限）</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translation>时间窗口（小时；0 表示骡子账户 72、扇入扇出 24、资金追踪一周）</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translation>请先在图表上选择两个实体。</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translation>请先在图表上选择一个实体。</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translation>请先在图表上至少选择两个实体。</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n 个社群</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translation>模块度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translation>
            <numerusform>%n 个独立网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation>金额单位：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translation>
            <numerusform>%n 个实体连接了所选项</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translation>路径 %1，第 %2 步</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translation>两个实体之间没有路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translation>
            <numerusform>%n 跳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translation>
            <numerusform>（列出 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translation>%2 的 %1%，持有时间中位数 %3 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translation>
            <numerusform>%n 个账户转出其收到的大部分资金</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translation>
            <numerusform>在 %n 小时内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translation>%1（设备 %2，联系人 %3，地点 %4）</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translation>仅为线索：得出结论前请核实证据</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translation>该实体没有付出的转账。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translation>
            <numerusform>资金到达 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translation>按“%1”调整大小</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation>按“%1”着色</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translation>出现在多个来源证据中的设备（扣押手机、运营商）</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>资金随时间变化</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translation>将列出的账户（所选行，或除追踪起点外的全部）作为整体，显示资金流入、流出和累计余额</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translation>
            <numerusform>从 %1 流向的 %n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translation>
            <numerusform>%n 个账户合计</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translation>Android 通话记录（calllog.db）</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translation>Android 联系人（contacts2.db）</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translation>
            <numerusform>%n 个联系人已在设备上被删除；仍照常导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translation>此数据库中保存的通话记录也已导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translation>
            <numerusform>来自通讯录%1的 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translation>Android 短信与彩信（mmssms.db）</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translation>机主号码 %1 取自该设备发送的消息。</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 不是格式正确的 XML（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translation>i2 Analyst&apos;s Notebook 图表（ANX）</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>%1 的导入已取消。</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translation>%1 不是 i2 图表：没有 &lt;Chart&gt; 元素。</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translation>图表项 %1 既无标识也无标签</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translation>链接 %1 连接了图表中不存在的项（%2，%3）</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translation>链接 %1 的日期“%2”无法读取</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translation>链接 %1 的金额“%2”无法读取</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translation>从图表读取了 %1 个事件和 %2 个声明链接。</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translation>图表中的时间为 UTC。</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translation>Seagull 案件数据包</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translation>%1 不是可读的数据包：第 %3 字节处 %2</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translation>%1 不是本版 Seagull 可读取的数据包。</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translation>%1 在生成后被修改或损坏：其内容与所附 SHA-256 不符。</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实为 %2</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translation>数据包由 %2（%3）于 %1 为案件 %4 %5 生成。</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translation>未注明机构</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translation>数据包内容 SHA-256 %1（已核验）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translation>原始来源：%1（%2，%4 于 %3 导入，SHA-256 %5）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translation>实体 %1 类型未知或无键值</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>%1 的导入已取消。</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translation>事件 %1 指向未知类型或实体</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translation>事件 %1 的金额无法读取</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translation>某个声明链接指向未知类别或实体</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translation>新建实体(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translation>添加案件中还没有的人员、窝点、组织、车辆、文件、号码或账户</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translation>编辑实体(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translation>从案件中删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translation>连接所选的两个(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translation>合并所选(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translation>拆分最近一次合并(&amp;S)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translation>实体备注…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translation>加入窝点(&amp;D)…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translation>将所选人员、电话、设备和账户关联到一个窝点（园区）</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translation>窝点页面…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translation>按标签选择</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translation>在此新建实体</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>案件中没有实体 %1。</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>案件数据</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translation>
            <numerusform>从案件中删除 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translation>
            <numerusform>合并 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translation>没有实体被合并到此实体。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translation>标签“%1”</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translation>加入窝点</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translation>从案件中删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translation>
            <numerusform>从案件中删除 %n 个实体？</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translation>它们将从搜索、展开、分析和所有图表中移除。它们参与的 %1 个事件保留在案件中（证据永不删除），%2 条链接随之隐藏。编辑 → 撤销可恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translation>
            <numerusform>%n 个候选。除非您填写原因后合并，否则不会合并任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translation>
            <numerusform>所选 %n 个实体的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translation>实体备注</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translation>新窝点…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translation>加入窝点</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translation>
            <numerusform>所选 %n 个实体所属的窝点（园区）：</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>尚无标签</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translation>案件备注(&amp;C)…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translation>关于整个案件的备注，附作者和时间</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案件备注</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translation>尚无案件备注。</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translation>新的案件备注</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>正在合并实体</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translation>正在拆分合并</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translation>合并到 %1 的操作已不再有效；未拆分任何内容。</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>正在查找重复项</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translation>此处案件仅以只读方式打开。</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>案件中没有实体 %1。</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translation>分析员录入的内容无法记录到案件中。</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>搜索索引无法更新。</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translation>链接无法重建。</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translation>%1 需要其号码或标识。</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translation>请为%1命名。</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translation>号码 %1 在地区 %2 中无法验证；按输入原样保留。</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translation>IMEI %1 不是带正确校验位的 15 位数字；按输入原样保留。</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translation>日期 %1（%2）在未来。</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translation>%1 已在案件中；录入的内容将添加到该实体。</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>无法读取案件文件。</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translation>实体无法保存。</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>无法存储别名。</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>无法保存属性。</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translation>名称无法更改。</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation>属性需要名称。</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translation>属性无法更改。</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translation>事件链接来自事件本身；请说明链接类型。</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translation>链接需要两个不同的实体。</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translation>实体 %1 已合并到 %2；请连接后者。</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translation>链接的日期顺序颠倒（%1 晚于 %2）。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 在未来。</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translation>链接无法保存。</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translation>%1 不是地点：窝点必须是一个地点。</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translation>链接 %1 没有可撤回的分析员陈述。</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translation>链接无法撤回。</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translation>实体 %1 已被删除。</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translation>实体 %1 已合并到 %2；请改为拆分该合并。</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translation>实体无法删除。</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translation>实体 %1 未被删除。</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translation>实体无法恢复。</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>合并需要原因。</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translation>请指定要合并到 %1 的实体。</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translation>实体 %1 不能合并到自身。</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translation>%1 是%2，%3 是%4：只能合并同一类型的实体。</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translation>实体 %1 已删除；请先恢复再合并。</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translation>实体 %1 已合并到 %2。</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translation>合并无法写入。</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translation>案件中没有合并 %1。</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translation>合并 %1 已被拆分。</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translation>实体 %1 有更晚的合并（%2）；请先拆分它。</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translation>拆分无法写入。</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translation>按原样保留的号码 %1 与 %2 的数字相同。</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translation>前 14 位相同的 IMEI（%1）。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation>颜色 %1 不是 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translation>标签无法保存。</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>标签无法移除。</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation>备注无法保存。</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translation>案件中没有备注 %1。</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translation>备注无法更改。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translation>文件 %1 大于 %2 MB；附件保存在案件内部。</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>附件无法保存。</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translation>案件中没有附件 %1。</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translation>附件 %1 与其 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translation>读音相近的名称（%1）：%2。</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translation>名和姓相同（%1）：%2。</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translation>不同拼写下读音相近的姓名：%1。</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translation>名称或标识符最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translation>合并已停止；案件保持原样。</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translation>拆分已停止；案件保持原样。</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>重复项查找已停止。</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>名为 %1 的文件已存在；请另选名称。</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>案件文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translation>%1 不是 Seagull 案件文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translation>%1 由更新版本的 Seagull 写入；请升级 Seagull 后再打开。</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translation>%1 必须先升级才能以只读方式打开。</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translation>案件文件无法升级到版本 %1。</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>无法读取案件文件。</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translation>无法保存案件属性。</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation>案件以只读方式打开。</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>此案件中没有实体 %1。</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>无法执行搜索。</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translation>无法读取相邻实体。</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>无法保存图表。</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translation>此案件中不存在图表 %1。</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>无法写入审计日志。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translation>审计条目 %1 与前一条目不衔接：有条目被删除或重新排序。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>审计条目 %1 在写入后被修改。</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translation>正在检查案件文件</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>无法执行 SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translation>来源 %1（%2）不在 %3；未检查其哈希值。</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>正在计算 %1 的哈希值</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translation>无法读取来源 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translation>来源 %1（%2）自导入后已被更改：SHA-256 为 %3，记录值为 %4。</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translation>来源 %1（%2）：SHA-256 一致。</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translation>无法打开案件文件 %1。</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translation>无法更新案件文件。</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translation>映射需要名称才能保存。</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>无法保存映射。</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translation>无法读取所有者。</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translation>无法重命名图表。</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translation>无法删除图表。</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translation>正在读取实体</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translation>正在读取关系</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>正在读取事件</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translation>%1 无法在原位置读取：其文件夹不可写，且 %1-wal 中有未合并的更改。请将两个文件复制到可写文件夹并打开副本。</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translation>%1 由旧版 Seagull 写入，需要升级，但此处无法写入。请将其复制到可写文件夹并打开副本。</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translation>案件中有 %1“%2”，这不是 Seagull 创建的；案件文件不应包含任何可执行内容。</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translation>防止审计日志被更改的保护“%1”缺失。</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translation>案件文件 %1 无法写入：它是只读的，或位于只读磁盘或文件夹中。未作任何更改。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translation>存放 %1 的磁盘已满。未作任何更改：请腾出空间后重试。</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translation>无法写入 %1：磁盘可能已满、文件对该磁盘而言过大，或磁盘出现故障。未作任何更改。</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translation>事件的索引“%1”缺失：所有记录都在，但展开和读取会很慢。</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translation>表“%2”的第 %1 行引用了“%3”中不在案件里的一行。</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translation>无法运行 SQLite 外键检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translation>
            <numerusform>另有 %n 行引用了不在案件中的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translation>已写入行数：%1 / %2</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translation>链接的索引“%1”缺失：所有链接都在，但展开会很慢。</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>无法读取事件。</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>它不是文本文件（包含二进制数据）</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translation>通话记录（CSV）</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 无法导入：%2。</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translation>%1 没有可识别的通话记录列：需要通话双方（如“Calling Number”和“Called Number”，或“MSISDN”和“Other Party”）以及日期。</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translation>前 %1 行中未找到表头行</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translation>最接近的表头行：%1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>请使用 IANA 名称，例如 Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translation>文件中的日期没有时间；事件被置于午夜。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际 %2 个</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引号字段未闭合</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation>%1 号码为空</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>无法读取日期 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translation>无法读取时间“%1”</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translation>无法读取时长“%1”</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation>文件有表头但没有记录</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translation>%1 中没有可读取的记录。</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>未知的文本编码 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translation>已知编码：%1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translation>按映射 &quot;%1&quot; 读取。</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>没有任何日期能说明日和月哪个在前；日期按 日/月/年 读取。如果不对，请用 &quot;time&quot; 为 &quot;mdy&quot; 的通话记录映射导入该文件。</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translation>基站表（CSV、XLSX）</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translation>%1：基站表，小区由列 &quot;%2&quot; 标识。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translation>没有小区号</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translation>小区 %1 没有坐标</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translation>小区 %1：坐标 &quot;%2, %3&quot; 不是地球上的位置</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translation>%1 中没有基站表（小区号及纬度和经度）。</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translation>%1 中没有任何基站可以读取。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translation>
            <numerusform>移除 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation>布局（%1）</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translation>无法读取已保存的图表。</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translation>该图表由更新版本的 Seagull 保存。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>移动 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translation>
            <numerusform>固定 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translation>
            <numerusform>取消固定 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translation>
            <numerusform>隐藏 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translation>
            <numerusform>显示 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translation>
            <numerusform>设置 %n 个实体的颜色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translation>
            <numerusform>设置 %n 个实体的图标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translation>
            <numerusform>将 %n 个实体编组为&quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translation>取消编组&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translation>折叠&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translation>展开组&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translation>将组重命名为&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translation>每对显示一条连线</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translation>每个方向显示一条连线</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translation>每个事件显示一条连线</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translation>以固定宽度绘制连线</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translation>按次数绘制连线宽度</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translation>按金额绘制连线宽度</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translation>重新显示被替换的实体</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>此案件中没有实体 %1。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translation>
            <numerusform>添加 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>展开 %1</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translation>
            <numerusform>展开 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translation>
            <numerusform>以所有者代替 %n 个实体显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translation>
            <numerusform>添加 %n 个事件的参与方</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translation>扩展已停止；图表保持原样。</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translation>已停止添加到图表；图表保持原样。</translation>
    </message>
</context>
<context>
    <name>sg::ChartLegend</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Collapsed group: double-click to open</source>
        <translation>折叠的组：双击打开</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translation>组框：拖动边框即可移动</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translation>%1：两者之间的事件，箭头指向接收方；标签为事件数</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translation>枢纽：案件中的相邻实体多于图表的枢纽上限（%1）</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translation>+N：尚未在图表上的相邻实体；双击添加下一批</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translation>图钉：布局时该实体保持原位</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translation>彩色圆环：分析员选择的颜色</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translation>电话和账户以其所有者显示</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translation>%1：声明的链接（由来源或分析员陈述）</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translation>很可能：虚线</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translation>可能：点线</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translation>无法打开输出以进行打印。</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>关联图</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>打印于 %1（%2）</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>检验人：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translation>图表为空。</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translation>正在读取链接背后的事件</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translation>由分析员录入（无文件）</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translation>SHA-256 %1 · %2 字节</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translation>%1：%3 个事件中的前 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>格式 / 导入器</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>检验员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>时长 / 金额</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translation>%1：图表可保存为 .pdf、.svg 或 .png 文件。</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>证物 %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translation>无法完成 %1 的 PDF（文档结构异常）。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>无法将 PDF 写入 %1：%2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translation>输出无法添加第 %1 页。</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translation>由 Seagull %1 打印</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translation>无法将 SVG 写入 %1。</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translation>无法将 PNG 写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translation>分页 %1%2，共 %3 × %4（列 × 行）</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translation>附录：本图表背后的来源</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translation>附录：每条链接背后的事件</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translation>本图表中的实体没有来源。</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translation>本图表中没有带事件的链接。</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translation>%1（续）：第 %2–%3 个事件，共 %4 个</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translation>无法创建用于未保存图表的文件夹 %1。</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translation>无法将图表未保存的更改保存在 %1 中。</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>使用</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translation>
            <numerusform>%1 → %2：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>总时长：%1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translation>转移总额：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translation>请参阅 seagull-cli --help</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translation>seagull-cli：%1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translation>用法：seagull-cli 命令 [选项] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translation>案件名称。</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translation>无国家代码号码所属的地区（ISO 国家代码）。</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translation>本地时间的 IANA 时区。</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translation>检验人姓名。</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translation>导入格式。</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translation>最多结果数，或每个实体的新相邻实体数。</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translation>向外展开的步数。</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translation>要保留的实体类型，以逗号分隔。</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translation>仅限自此日期或时间起的事件。</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translation>仅限截至此日期或时间的事件。</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translation>仅限事件数不少于此值的关联。</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translation>作为图表起点的实体（可重复）。</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translation>要打印的已保存图表（编号）。</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translation>布局引擎。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translation>纸张尺寸。</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation>图表标题。</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translation>纵向。</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translation>选项 --%1 不适用于 %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translation>无法读取日期“%1”。</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>请使用 YYYY-MM-DD 或 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translation>create 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translation>create 需要 --name</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translation>已在 %2 中创建案件“%1”。</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translation>import 需要一个案件文件以及至少一个文件或文件夹</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translation>%1：已作为来源 %2 导入（SHA-256 相同）；未添加任何内容。</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translation>跳过了 %1 行前言和 %2 行尾注</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n 行无法读取：</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……以及另外 %1 个</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translation>stats 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translation>实体（%1）：%2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translation>事件（%1）：%2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>关联：%1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translation>sources 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translation>%1  %2  %3  %4 个事件  %5 条被拒  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translation>search 需要一个案件文件和一个查询（含空格时请加引号）</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要正数</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translation>show 需要一个案件文件和一个实体</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translation>按原样保留：该号码不符合其来源地区的规则</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translation>%1 个事件，%2 个关联实体</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translation>来源 %1（%2）：首次出现于 %3</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translation>expand 需要一个案件文件和至少一个实体</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translation>--hops、--limit 和 --min-count 需要整数（hops 和 min-count 至少为 1）</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translation>未知实体类型“%1”；已知类型：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>%n 个相邻实体</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translation>另有 %1 个因 --limit %2 被略去</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translation>verify 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translation>案件验证通过：完整性检查、审计链和来源哈希均正常。</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translation>
            <numerusform>案件验证未通过：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translation>demo 需要且仅需要一个输出案件文件</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translation>园区概览</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translation>演示案件已写入 %1（%2 条记录；证据在 %3）。</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translation>园区协调人：%1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translation>chart 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translation>chart 需要 --seed 实体（可重复）或 --chart 编号 之一</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translation>未知布局“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>关联图</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translation>--hops 至少为 1，--limit 至少为 0</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1：已跳过，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translation>文件的文本编码（未指定时自动检测）。</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translation>无法读取映射文件 %1。</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translation>映射文件 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation>映射文件 %1 不可用：%2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translation>未知的文本编码 &quot;%1&quot;；已知：%2。</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translation>转账表或通话记录表的列映射（JSON），会保存在案件中。</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translation>只计算这些连线，用逗号分隔：call、sms、transfer、uses……</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translation>只包括转移金额至少为此数的配对，例如&quot;500 USD&quot;。</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translation>--min-amount 需要金额和货币代码，例如&quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translation>path 需要一个案件文件和两个实体</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translation>--max-hops 需要一个整数</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translation>--k 需要至少为 1 的整数</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translation>--weight 只能是 hops、count 或 amount</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translation>--window 需要一个时长，例如 90s、30m、2h 或 3d</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translation>--window、--money、--from 和 --to 需与 --time-ordered 一起使用</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translation>--time-ordered 只查找一条路径：不能与 --k、--all 或 --weight 同时使用</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translation>两端都必须属于 --types 保留的类型。</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>%1 与 %2 之间没有路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translation>
            <numerusform>%n 跳：</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translation>analyze 需要一个案件文件和一个度量：%1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translation>未知度量“%1”；可用：%2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translation>common 后面至少需要两个实体</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translation>%1 不接受实体</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translation>--top、--samples 和 --at-least 需要整数</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translation>--by 只能是 links、events 或 amount</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translation>--direction 只能是 total、in、out 或 net</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translation>--by、--direction 和 --currency 仅用于 degree</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translation>
            <numerusform>%n 条桥</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translation>%1 个社群，模块度 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translation>hints 后面需要一个已知窝点成员</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translation>--top 和 --at-least 需要整数，--min-share 需要 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translation>流入 %1 %2，窗口内转出 %3（%4%），持有时间中位数 %5 小时；来自 %6；转至 %7</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translation>%2 至 %3 之间有 %1 个对方</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>与 %1</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translation>窝点成员必须属于 --types 保留的类型。</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translation>得分 %1：设备 %2；联系人 %3；地点 %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translation>trace 需要一个案件文件和一笔转账的 ID（--event）</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translation>trace 需要带有转账 ID 的 --event</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translation>案件中没有事件 ID 为 %1 的转账。</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translation>停在 %1：%2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translation>最长路径（跳数）。</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translation>每一步的代价：hops、count（联系紧密则距离短）或 amount。</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translation>要使用的金额币种。</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translation>列出多少条代价最低的路径。</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translation>路径中两步之间的最长等待，例如 2h。</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translation>列出多少个结果（0 表示全部）。</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translation>统计关系、事件或金额。</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translation>统计流入、流出、两者或流入减流出。</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translation>由这么多实体估算中介中心性。</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translation>至少与所给实体中这么多个相连的实体。</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translation>骡子账户转出资金的比例，0 到 1。</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translation>要追踪的转账 ID。</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation>%1  见于 %2</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translation>export 只需要一个案件文件</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translation>已写入 %1：%2 个实体，%3 条关系。</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translation>export 需要 --out FILE（csv 需要一个文件夹）</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translation>csv 导出整个案件：--chart 和 --types 仅用于 graphml</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translation>已在 %1 中写入 entities.csv、links.csv 和 events.csv。</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translation>export 支持 --format graphml、anx 或 csv</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translation>已写入 %1：%2 个实体，%3 个事件，%4 个声明链接。</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translation>bundle 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translation>bundle 需要 --out FILE.sgbundle</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translation>bundle 需要 --chart ID 或 --seed ENTITY（可重复）</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translation>--hops 必须在 0 到 10 之间</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translation>已写入 %1（SHA-256 %2）：%3 个实体，%4 个事件，%5 个声明链接。</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translation>页边距（毫米）。</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translation>分多页打印，如 3x2（列 x 行）。</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translation>分页重叠宽度（毫米）。</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translation>标题栏中的证物编号。</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translation>每页打印的密级标识。</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translation>标题栏中的打印时间（带时差的 ISO 8601）；默认为当前时间。</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translation>附录页：sources、events 或两者，以逗号分隔。</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translation>PNG 输出的分辨率。</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translation>发送数据包的机构。</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translation>报告所涉及的实体。</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translation>案件摘要报告。</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translation>未知纸张“%1”；请使用 %2</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translation>--margin 取 0 到 100 毫米</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translation>--overlap 取 0 到 100 毫米</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translation>--dpi 取 36 到 1200 的分辨率</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translation>--printed-at 取 ISO 8601 时间，如 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translation>请为 --out 指定 .pdf、.svg 或 .png 文件</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translation>未知附录“%1”；请使用 sources、events 或两者</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>含 %1 个实体的图表已写入 %2（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translation>report 需要且仅需要一个案件文件</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translation>report 需要 --entity ENTITY 或 --summary</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>实体档案：%1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translation>关于 %1 的报告已写入 %2。</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translation>--tiles 取 列 x 行，如 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translation>报告不分页拼接：--tiles 用于 chart</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translation>备注：随数据包附带，或作为录入的依据（“证人 3 的询问”）。</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translation>实体的号码或标识。</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translation>实体的名称。</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translation>关于实体的事实，格式为 名称=值（可重复）。</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translation>链接类型。</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translation>确定程度：confirmed（确认）、probable（很可能）或 possible（可能）。</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translation>为何这些实体是同一个。</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translation>标签颜色，格式 #rrggbb。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translation>add-entity 需要一个案件文件和一个实体类型（%1）</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translation>未知实体类型“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translation>--attr 需要 名称=值，而不是“%1”</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translation>无法读回刚添加的实体。</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>已添加 %1（id %2）。</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translation>add-link 需要一个案件文件和两个实体</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translation>add-link 需要 --type</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translation>未知链接类型“%1”（已知：owns, uses, member_of, located_at, associate, same_as, family_of, employed_by）</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translation>--confidence 为 confirmed、probable 或 possible</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translation>已连接 %1 和 %2：%3（%4）。</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translation>merge 需要一个案件文件、要保留的实体，以及至少一个要合并进去的实体</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translation>merge 需要 --reason</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translation>无法读回合并后的实体。</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translation>
            <numerusform>已将 %n 个实体合并到 %1（合并 %2；拆分命令：seagull-cli split CASE %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translation>split 需要一个案件文件和被合并进的实体</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translation>没有实体被合并到 %1。</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translation>已拆分合并 %1：%2 已在 %3 旁恢复。</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translation>tag 需要一个案件文件、至少一个实体和标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translation>
            <numerusform>标签“%1”：%n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translation>只按关联的方向追踪（主叫到被叫，付款人到收款人）。</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translation>列出不超过 --max-hops 的所有路径，而不只是代价最低的。</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translation>只列出各步骤按时间先后相接的行程。</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translation>只追踪资金转账。</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translation>移除标签，而不是添加。</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translation>创建一个空的案件文件。地区和时区用于本身未注明地区或时区的号码和时间。</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translation>导入证据文件或文件夹：通话记录、银行和电子钱包表格、手机提取数据、UFDR 和 XRY 报告、基站。每个文件都计算哈希值并记录为来源；错误记录会连同其行号报告，案件保留原有的全部内容。</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translation>统计案件的来源、按类型的实体、按类型的事件和关联。</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translation>列出已导入的来源：格式、文件、事件、被拒记录和 SHA-256。</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translation>按任意常见格式的号码、姓名、别名或标识符查找实体。</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translation>显示一个实体：其事件、关联实体以及提到它的来源。</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translation>列出与给定实体关联的实体（不超过指定跳数），可按类型、关联、日期、次数和金额筛选。</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translation>查找两个实体之间最短或代价最低的路径，或按时间顺序的行程（资金在时间窗口内继续流动）。</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translation>按指标（度、介数、接近度、特征向量、PageRank）对实体排序，查找群组（连通分量、社区、k 核）、薄弱点、共同联系人或诈骗模式（钱骡、汇入、分散、SIM 卡池、共用设备）。</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translation>从一笔转账开始，在时间窗口内逐跳追踪资金。</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translation>将案件或一个图表写成 GraphML、i2 ANX 或 CSV 文件，供其他工具使用。</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translation>将图表连同其事件和来源写成签名数据包，交给其他机构。</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translation>将实体档案或案件摘要打印为 PDF，每页都有标题栏。</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translation>手动添加实体（人员、窝点、车辆、文件……），并注明依据。</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translation>手动声明两个实体之间的关联，并注明可信度、日期和依据。</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translation>将相同的实体合并到第一个实体中；原因会被记录，合并可以拆分。</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translation>撤销最近一次合并到某实体的操作，恢复被移动的内容。</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translation>给实体加上标签（或移除），并为图表指定颜色。</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translation>检查案件文件：SQLite 完整性、审计链以及每个来源文件的哈希值。发现任何问题时以非零状态退出。</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translation>写出演示案件（两个园区、三家运营商的通话记录）及其证据文件。</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translation>布局并将关联图打印为 PDF、SVG 或 PNG：从起始实体或已保存的图表开始，单页或分块打印到多页。</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translation>用法：seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translation>以此名称将图表保存在案件中（窗口中的 图表 → 图表列表）。</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translation>chart 需要 --out FILE.pdf、--save NAME 或两者</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translation>含 %2 个实体的图表“%1”已作为图表 %3 保存在案件中。</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translation>%1：来源 %2，%4中得到 %3，%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可能</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translation>正在写入事件</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translation>%1：从第 %2 行开始的记录大于 %3 MB 或超过 %4 个字段；可能有引号从未闭合，或该文件不是表格。</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translation>没有事件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1：%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translation>演示：金沙园区与河畔园区</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translation>窝点：%1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translation>电话、SIM 卡和通讯账号</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translation>%1 个实体关联到该窝点；%2 个事件 %3，下方按天显示（各记录的当地时间）。</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translation>放到图表上</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translation>%1 不是 %2 数据库。</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>表：%1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translation>数据库中没有记录。</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translation>新建实体</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translation>其他名称或拼写，每行一个</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translation>依据：“证人 3 的询问”“监视日志 14”</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>其他名称：</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>事实：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translation>IMEI：</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translation>IMSI 或 ICCID：</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translation>银行和账号：</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translation>通讯账号 ID：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation>标识（可选）：</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translation>来源中的名称保持来源给出的原样</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translation>再次按“确定”按原样添加。</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>仍然添加</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translation>
            <numerusform>另有 %n 个相邻实体未显示：双击以添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translation>
            <numerusform>案件中有 %n 个相邻实体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translation>即时通讯账户</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translation>基站登记</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>彩信</translation>
    </message>
</context>
<context>
    <name>sg::Evidence</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>%1 无法作为数据库打开。</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translation>%1 已加密或不是 SQLite 数据库；Seagull 无法读取。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translation>无法写入 i2 ANX 文件。</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>无法写入数据包：%1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translation>案件中没有实体 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translation>按条件展开</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>任意金额</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>彩信</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>位于</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translation>同伙</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translation>只计算这些连线；全部不选即为全部。</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translation>只添加这些类型的实体；全部不选即为全部。</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translation>向外步数：</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translation>每个实体新增的实体数：</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translation>事件数至少：</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translation>转移金额至少：</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translation>连线类型：</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>实体类型：</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>时间（UTC）：</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translation>最低金额需要一个数字和一个货币代码，例如 500 和 USD。</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translation>
            <numerusform>正在为 %n 个实体布局</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>无法启动 Graphviz。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translation>Graphviz 无法用 %1 为图表布局。</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translation>
            <numerusform>某个实体有 %n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translation>%1 布局在此图表上耗时过长（%2）；已改用 sfdp 布局。</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translation>无法读取布局任务。</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translation>布局辅助程序返回的结果无法读取。</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translation>无法写入 GraphML 文件。</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translation>GraphML 图</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>%1 的导入已取消。</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translation>%1 不是 GraphML：没有 &lt;graphml&gt; 元素。</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translation>边 %1 连接了图中不存在的节点（%2，%3）</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translation>已读取 %1 个节点和 %2 条边；GraphML 不含事件，因此每条边作为声明的关联。</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translation>
            <numerusform>组&quot;%1&quot;，含 %n 个实体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translation>
            <numerusform>组&quot;%1&quot;，含 %n 个实体：双击展开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00：%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translation>导入证据</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translation>不带国家代码的号码按此国家的号码读取。</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translation>号码所属地区：</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translation>文件中不带时差的时间按此时区的本地时间处理。</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translation>记录的时区：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 无法读取：权限不足。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>未知地区“%1”。</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translation>请使用两个字母的国家代码，例如 KH</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>请使用 IANA 名称，例如 Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>正在计算 %1 的哈希值</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translation>无法为导入创建工作文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translation>无法将 %1 复制到工作文件夹。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translation>%1 的格式不是 Seagull 可导入的格式。</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translation>尝试过的格式：%1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>未知格式“%1”。</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translation>已知格式：%1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translation>%1 在导入过程中发生了变化；未添加任何内容。</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translation>之前的 SHA-256 为 %1，之后为 %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>正在建立 %1 的关联</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translation>%1 是 Seagull 不知道如何读取的数据库。</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>表：%1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translation>%1 无法导入：它是二进制数据，既不是已知格式，也不是可读取的 SQLite 数据库（加密的数据库就是这样）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translation>Seagull 不知道如何读取的数据库</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translation>不是 Seagull 可导入的格式</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n 个超过 %1 个字符的名称或号码在案件中被截断；证据文件在每条记录的位置保留其完整内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n 条超过 %1 个字符的消息在案件中被截断；证据文件在每条记录的位置保留其完整内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translation>
            <numerusform>此文件中提到的 %n 个实体此前已被合并到其他实体：此文件关于它们的记录已归入其所合并到的实体，并随各次合并记录在案，拆分时会还原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translation>
            <numerusform>此文件中提到的 %n 个实体此前已从案件中删除，仍保持删除状态；恢复某个实体时，会连同此文件关于它的记录一并恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translation>在图表上选择一个实体，查看案件中关于它的信息。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translation>
            <numerusform>已选择 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translation>按原样保留：该号码不符合其来源地区的规则。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>关联实体</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>来源 %1：%2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位角</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translation>%1（来源 %2）</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>无法读取案件文件。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>总时长</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translation>转移总额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translation>按来源列出的名称</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translation>来源 %1：%2，%3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translation>%1 字节，%2，由 %3 添加</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translation>合并到此实体</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translation>“%1”，%2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地区 %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translation>检验员 %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>已保存的图表</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案件备注</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translation>最近导入：%1（%2 UTC）</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translation>尚未导入任何内容：使用“导入”添加通话记录、账户流水或设备提取数据。</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation>打开或新建一个案件即可开始。</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translation>类型按前 %1 个统计。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>还有 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translation>iOS 通讯录（AddressBook.sqlitedb）</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translation>iOS 通话记录（CallHistory.storedata）</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translation>iOS 信息（sms.db）</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translation>连接两个实体</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translation>以实线、虚线或点线绘制</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translation>依据：“证人 3 的询问”</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translation>反转链接方向</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>确定程度：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translation>链接的日期顺序颠倒。</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>拥有</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>位于</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translation>受雇于</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translation>添加到图表</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translation>关于 Seagull</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;用于电信诈骗调查的离线关联分析。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>保存图表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>从图表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translation>展开所选(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translation>图表适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translation>关于 Seagull(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translation>网络(&amp;N)（sfdp）</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translation>弹簧(&amp;S)（neato）</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translation>力导向(&amp;F)（fdp）</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translation>层次(&amp;H)（dot）</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translation>圆形(&amp;C)（circo）</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translation>放射状(&amp;R)（twopi）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>未打开案件</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translation>图表 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translation>未保存的图表</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translation>图表“%1”有尚未保存到案件中的更改。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>打开图表</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translation>Seagull 案件 (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translation>Seagull 案件 (*.seagull);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>导入证据</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translation>%1 以前已导入（来源 %2）；未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translation>
            <numerusform>%1：已导入 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translation>
            <numerusform>%1：%n 行无法读取（见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>已添加 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>正在布局图表</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translation>图表已保存到案件中。</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translation>导入提取文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translation>导入提取文件夹</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1：已跳过，%2。</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translation>按列映射导入表格(&amp;M)…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translation>按列映射导入表格</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translation>按类型网格(&amp;G)</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translation>重命名图表</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translation>图表名称：</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translation>要从案件中删除图表&quot;%1&quot;吗？案件的记录会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translation>
            <numerusform>取消 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translation>
            <numerusform>重置 %n 个实体的样式</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translation>显示所有者</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>选择(&amp;L)</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translation>按类型选择(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>图标(&amp;I)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>连线(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translation>新建图表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>重命名图表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translation>删除图表(&amp;D)…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translation>按条件展开(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translation>选择相邻实体(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translation>反向选择(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translation>在图表中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translation>隐藏所选(&amp;H)</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translation>显示所有隐藏项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translation>固定所选(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translation>取消固定所选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translation>将所选编组(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>取消编组(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translation>折叠组(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation>展开组(&amp;X)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>颜色(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translation>重置颜色和图标</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translation>以所有者代替电话和账户显示(&amp;O)</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translation>重新显示电话和账户(&amp;A)</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translation>每对一条线(&amp;P)</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translation>每个方向一条线(&amp;D)</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translation>每个事件一条线(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translation>固定宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translation>按次数定宽度(&amp;C)</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translation>按金额定宽度(&amp;A)</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>图表 %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translation>图表尚未保存到案件中。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translation>
            <numerusform>%n 个实体现以其所有者显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translation>案件中没有记录这些实体的所有者。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>编组</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translation>组名（窝点、家族、团伙）：</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>组 %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translation>
            <numerusform>折叠 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translation>
            <numerusform>展开 %n 个组</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translation>在图表中查找</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation>名称或号码：</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translation>图表中没有与&quot;%1&quot;匹配的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translation>
            <numerusform>在图表中找到 %n 个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translation>在此添加备注…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translation>添加事件的参与方</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translation>添加其事件的参与方(&amp;P)</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translation>请先在图表上选择一条连线。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translation>实体档案报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translation>案件摘要报告(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translation>导出图表数据（i2 ANX、GraphML、数据包）(&amp;X)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translation>证据 (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translation>SVG 图形，每页一个文件 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translation>PNG 图像，每页一个文件 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>打印图表</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translation>正在准备打印</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>实体档案</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translation>案件摘要报告</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translation>实体档案报告</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>正在准备报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>实体档案：%1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation>i2 Analyst&apos;s Notebook 图表 (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translation>用于 Gephi、yEd、networkx 的 GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translation>给合作机构的案件数据包 (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translation>案件数据包</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translation>发送数据包的机构：</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translation>%1：图表数据可保存为 .anx、.graphml 或 .sgbundle。</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translation>正在导出图表数据</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translation>图表数据已写入 %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translation>时间筛选(&amp;T)</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 已写入 %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translation>以泰国佛历显示年份（佛历）(&amp;B)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translation>日期、时间轴和打印中的年份以佛历显示（佛历 = 公历 + 543）；案件数据不变</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translation>打开演示案件(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translation>一个虚构的案件：两个园区及其拨号人员和受害人，用于试用 Seagull</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translation>正在写入演示案件</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translation>演示案件</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translation>四个步骤：搜索、展开、布局、打印</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translation>帮助 → 导览 会在本案件上展示主要步骤。</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translation>输入任意格式的电话号码、姓名、账户或 IMEI。双击结果或拖动它，即可放到图表上。</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translation>在图表上选择实体并展开（Ctrl+E），即可引入它们通话、发消息或付款的对象。Ctrl+Shift+E 可按类型、日期、次数、金额筛选展开。</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translation>排列图表（Ctrl+L）。图表 → 布局 中有其他排列方式：用于资金流的层级、圆形、放射状、网格。固定的实体保持在您放置的位置。</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translation>打印供法庭使用的图表（Ctrl+P）：纸张大小、标题栏、证物编号、密级、拼成墙面的多页，以及列出每个来源和事件的附录。打印前可预览，或写成 PDF、SVG 或 PNG。</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translation>发现未保存的图表</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translation>Seagull 关闭时未保存本案件的图表“%1”。其更改已于 %2 保留。要恢复吗？</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translation>恢复更改</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translation>已恢复于 %1 保留的图表更改；请保存图表，将其保存在案件中。</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>没有打开的案件。</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translation>案件上有其他工作正在进行；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translation>工作已完成，但案件的审计日志未能记录它。</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>正在扩展</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translation>
            <numerusform>扩展将向图表添加 %n 个实体。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translation>
            <numerusform>图表现有 %n 个实体。超过 10,000 个实体的图表需要数分钟来布局，绘制也很慢；若要先带入联系最多的实体，请按每个实体设定上限进行扩展（按条件展开…）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translation>全部添加</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>未添加任何内容。</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translation>正在绘制链接：%L1 / %L2</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translation>在左侧搜索号码、IMEI、账户或姓名，然后双击结果或将其拖到这里，即可放到图表上。</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translation>打开一个案件或新建一个案件即可开始。帮助 → 打开演示案件 会在一个虚构的案件上展示 Seagull。</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translation>
            <numerusform>添加会把 %n 个实体放到图表上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translation>
            <numerusform>图表现在有 %n 个实体。超过 10,000 个实体的图表需要几分钟来布局，绘制也较慢。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translation>
            <numerusform>添加前 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translation>正在添加到图表</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>正在保存图表</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translation>图表“%1”未打开；可在 图表 → 图表 中打开。</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translation>已取消打开图表。</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>正在打开图表</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translation>付款银行或钱包</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translation>收款银行或钱包</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>付款人姓名</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translation>收款人姓名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>借方（支出）</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>贷方（收入）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation>借贷标志</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>对方银行</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translation>每一行都从一个账户的角度记录（对账单）</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>映射 %1 的列</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translation>Seagull 不认识这种格式。请指明哪一行是列名，以及每一列的内容；预览会显示前几行的导入结果。</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation>列名所在行：</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translation>此格式的名称：</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translation>例如 ABA、KBank、Vietcombank、TrueMoney、Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translation>银行或钱包：</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translation>例如 USD、THB、VND、KHR、CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translation>没有币种列时的币种：</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>根据日期判断</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix 秒</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Unix 毫秒</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translation>根据金额判断</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>小数点 (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>小数逗号 (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translation>对账单本身的账号</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translation>对账单账户：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— 不使用 —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translation>请至少选择日期列、金额列（或借方和贷方）以及账户列。</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translation>无法预览：临时文件夹无法写入。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translation>前几行无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translation>
            <numerusform>前 %n 行得到 %2 个账户之间的 %1 笔转账。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translation>
            <numerusform>%n 行无法读取；第一处在第 %1 行：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translation>表头行中有些列没有名称。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射 (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>无法将映射保存到 %1：%2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translation>主叫号码（A 方）</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translation>被叫号码（B 方）</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>目标号码</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>通话类型</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Money: bank, wallet or payment records</source>
        <translation>资金：银行、钱包或支付记录</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation>表格内容：</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translation>请至少选择日期和双方（主叫和被叫号码，或目标号码和对方号码）。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translation>
            <numerusform>前 %n 行得到 %2 个号码之间的 %1 条通话和短信。</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translation>其他实体的事件、名称、来源、链接、标签、备注和附件将转到保留的实体。编辑 → 撤销可撤回合并；之后也可对保留的实体使用“拆分”。</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translation>它们为何相同（必填）：“两份提取中 IMEI 相同”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translation>请说明它们为何相同：原因将随合并一起保存。</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translation>对账单未注明账号，记为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translation>账户 %1 的对账单。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>无法读取日期 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translation>无法读取金额 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>没有金额</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>没有账户</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translation>银行、电子钱包和支付表格（CSV、XLSX）</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translation>%1：按 &quot;%2&quot; 读取（表头在第 %3 行）。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translation>%1：模拟时间，以 %2 为步长，从来源时区的 %3 起算。</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translation>%1：日期按 %2 读取。</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>年-月-日</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translation>
            <numerusform>%1：%n 个金额的小数位多于其货币的最小单位，已四舍五入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translation>%1：其中没有与已知映射相符的表格。</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translation>请用 --mapping 指定映射，或使用导入向导导入</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translation>未读取的工作表（无已知格式）：%1。</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translation>%1 中没有任何一行可以读取。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>%1：没有任何日期能说明日和月哪个在前（每个日期两种读法都可以）；日期按 日/月/年 读取。如果不对，请用 &quot;time&quot; 为 &quot;mdy&quot; 的映射导入该文件。</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translation>没有转账。</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translation>
            <numerusform>%1：转入 %2，转出 %3，余额 %4（%n 笔转账）</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translation>另有币种：%1。</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间为 %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translation>%1 · %2 %3 · 余额 %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>转入资金</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>转出资金</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translation>累计余额（转入减转出）</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translation>
            <numerusform>其间转账 %n 笔：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translation>所示实体之间的转账（无资金流入或流出）</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translation>裁切标记</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translation>图表背后的来源（文件、格式、SHA-256、导入器、导入时间、检验员）</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translation>每条链接背后的事件</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>打印图表</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>非密</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <source>across ×</source>
        <translation>横 ×</translation>
    </message>
    <message>
        <source>down</source>
        <translation>纵</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>重叠：</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>标题栏</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>图表标题：</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>案件名称：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation>证物：</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>检验员：</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translation>将页面写为 PDF、SVG 或 PNG</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translation>还剩几秒</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation>大约还剩 %1 秒</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>大约还剩 %1 分钟</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>大约还剩 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>格式 / 导入器</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>检验员</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>实体档案：%1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键值</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translation>（按原样保留：未通过校验）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>相邻实体</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translation>名称和别名（按来源）</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translation>没有来源给出名称。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translation>设备、账户及其他声明链接</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translation>案件中无声明。</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translation>声明链接</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translation>联系人（按活跃度）</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation>%1 呼出，%2 呼入</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translation>与其他实体没有事件。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>首次（UTC）</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>最后（UTC）</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translation>按星期和小时的活动（各记录的当地时间）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translation>%2 个事件中的前 %1 个。</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>时长 / 金额</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translation>案件摘要：%1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>默认地区</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>默认时区</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>来源（%1）</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translation>实体与事件</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation>图表（%1）</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translation>没有保存的图表。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>实体档案</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translation>无法打开报告进行写入。</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>证物 %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>打印于 %1（%2）</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>检验人：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translation>分析员添加的内容</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translation>已合并实体（id）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>%1 的备注，%2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案件备注</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translation>列出：%2 个联系人中最活跃的 %1 个。与其余联系人的事件：%3。</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translation>Seagull CSV 导出（实体、链接或事件）</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translation>未知实体类型“%1”或键值为空</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>%1 的导入已取消。</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation>未知链接类别“%1”</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>未知事件类型“%1”</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translation>无法读取的时间“%1”</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translation>无法读取的金额“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translation>
            <numerusform>已跳过 %n 条链接汇总：它们将根据事件重新生成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translation>打开案件后即可搜索。</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translation>
            <numerusform>找到 %n 个：拖到图表上或双击。</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translation>号码、IMEI、账户或姓名</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translation>输入任意常见格式的号码（012 345 678、+855 12 345 678、本地数字）或姓名。</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translation>以泰国佛历显示年份（佛历 = 公历 + 543）</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translation>欢迎使用 Seagull</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translation>您的姓名和职衔，将显示在审计记录和打印件中</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translation>新案件中，没有国家代码的号码所属的国家代码</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translation>新案件中当地时间的时区（IANA 名称）</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translation>Seagull 将每个案件保存为本机上的一个文件，从不连接网络。请选择语言并填写您的身份；这里的所有内容以后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>检验员：</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translation>新案件的地区：</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translation>新案件的时区：</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translation>%1 不是地区代码（例如 KH、TH、VN、CN、LA、MM）。</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translation>%1 不是时区（例如 Asia/Phnom_Penh）。</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translation>不常用：从菜单使用</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translation>一项设置，只需选择一次：从菜单使用</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translation>列表中的一项：从菜单使用</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translation>会更改案件且先询问：不设快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translation>（每一项）</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translation>无法在案件中记录来源。</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translation>无法存储实体。</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>无法存储别名。</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translation>无法存储事件。</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translation>无法存储关联。</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translation>无法为导入的记录建立关联。</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>无法保存属性。</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>无法读取案件文件。</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translation>一条记录引用了实体 %1，但该实体不在案件中；未添加任何内容。</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>从实体 %1 到实体 %2 的事件时长合计超出可存储的范围；有记录的时长有误</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>来源 %1 的一条关联未能写入</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translation>导入已停止；%1 中的内容均未添加。</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation>正在为 %1 建立索引</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 不是 XLSX 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1：工作簿中缺少工作表 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation>%1 是 zip 压缩包，但不是 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translation>%1 既不是文本表格也不是 XLSX 工作簿（含有二进制数据）。</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>未知的文本编码 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translation>映射没有名称。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translation>映射 &quot;%1&quot;：未知类型 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translation>映射 &quot;%1&quot;：未知的列角色 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translation>已知角色：%1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translation>映射 &quot;%1&quot; 未指定金额列（amount，或 debit 和 credit）。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translation>映射 &quot;%1&quot; 未指定日期列（datetime 或 date）。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translation>映射 &quot;%1&quot;：未知的时间格式 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translation>已知：auto、dmy、mdy、ymd、unix、unix-ms、step:day:YYYY-MM-DD、step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translation>银行或电子钱包对账单</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translation>表格缺少映射 &quot;%1&quot; 所需的列：%2。</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translation>已知类型：transfers、calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translation>映射 &quot;%1&quot; 未指定通话双方（caller 和 callee，或 subscriber 和 other）。</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translation>映射 &quot;%1&quot;：方向代码 &quot;%2&quot; 必须表示 &quot;in&quot; 或 &quot;out&quot;。</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translation>将范围终点逐日向前推进，观察网络的增长</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translation>%1 至 %2 的事件（%3）</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translation>本图表中没有事件。</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translation>隐藏范围外</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translation>隐藏范围内没有事件的链接和实体，而不是淡化显示</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>在图表中选择实体以按时间查看其事件。</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>%2 个实体之间的前 %1 个事件；滚轮缩放，拖动移动，双击查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>
            <numerusform>%1 个实体之间的 %n 个事件；滚轮缩放，拖动移动，双击查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translation>主题线</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>资金随时间变化</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation>案件时区</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translation>各记录的当地时间</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translation>时间轴的时钟：案件时区，或各来源记录的当地时间</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translation>跟随选择</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translation>资金时间视图正显示固定的一组；改为再次显示所选实体的资金</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translation>打印当前视图（含标题栏和图例），或预览</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translation>将当前视图连同标题栏写为 PDF、SVG 或 PNG</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translation>
            <numerusform>所选 %n 个实体合计</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>时间为 %1（%2）</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>在图表中选择实体以按时间查看其事件。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translation>%1：从主叫方或付款方的线出发，箭头指向另一方</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translation>已缩小：竖条表示每条线上的事件数；放大可查看每个事件</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translation>时间为各记录自身的当地时间，与来源所写一致</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translation>标记旁：显示较少时为其时间；×N 表示在此比例下同一时刻有 N 个事件</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translation>模型嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translation>报告列出 %1 个 IMEI（%2），以第一个标识手机。</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translation>项目 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translation>报告版本 %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translation>%1 提取</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translation>Cellebrite 报告：%1。</translation>
    </message>
    <message>
        <source>no project details</source>
        <translation>没有项目详情</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translation>报告中的案件信息：%1。</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translation>手机 IMEI %1，本机号码 %2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translation>没有可读取的时间戳（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translation>发送者未知</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translation>
            <numerusform>提取恢复了设备已删除的 %n 条记录，它们被标记为已删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translation>
            <numerusform>报告中有 %n 个联系人被标记为已删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translation>此版本不导入的模型：%1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translation>Cellebrite UFDR 报告（.ufdr 或 report.xml）</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translation>%1 中没有 report.xml，它不是 Cellebrite UFDR。</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translation>%1 不是 Cellebrite 报告：根元素是 &lt;%2&gt;，而不是 &lt;project&gt;。</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translation>%1 不是 Cellebrite 报告：其中没有 &lt;project&gt; 元素。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translation>
            <numerusform>已从报告中删除 %n 个 XML 不允许的字符（控制字符，原样出现或以 &amp;#x1; 等引用形式出现）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translation>报告中没有联系人、通话或消息。</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translation>Seagull 用户指南</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translation>本章尚未翻译，以英文显示。</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translation>Android 版 WhatsApp 联系人（wa.db）</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translation>Android 版 WhatsApp 消息（msgstore.db）</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translation>按当前的 WhatsApp 结构读取（message、jid、chat）。</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translation>按旧版 WhatsApp 结构读取（messages）。</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translation>iOS 版 WhatsApp 通话（CallHistory.sqlite）</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translation>iOS 版 WhatsApp 聊天（ChatStorage.sqlite）</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translation>机主的 WhatsApp 账户是 %1。</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translation>iOS 版 WhatsApp 联系人（ContactsV2.sqlite）</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translation>文档在第 %1 行提前结束（文件被截断）</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translation>已拒绝 %1：它声明了 DTD，可无限展开实体；取证报告从不需要 DTD。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translation>它引用了未声明的实体 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translation>文档在元素内部结束</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translation>无法读取 %1：第 %2 行附近的一个元素超过 %3 MB；该文档已损坏或不是报告。</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translation>%1 不是 XRY 文本导出：它不以 &quot;XRY Export&quot; 开头。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translation>%2 的第 %1 条记录超过 %3 MB。</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>记录 %1：%2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translation>该通话没有时间；号码已保留，但不生成事件</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>无法读取时间 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translation>该消息没有时间；号码已保留，但不生成事件</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translation>手机的 IMEI 为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translation>
            <numerusform>多段短信（参考号 %1）不完整，其 %n 段分别导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translation>
            <numerusform>%n 条记录被标记为已删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translation>此版本不导入 XRY 类别 &quot;%2&quot; 的 %1 条记录。</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translation>XRY 文本导出（通话、消息、联系人、设备）</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translation>XRY 导出：%1。</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation>日期按 %1 读取。</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>文件中没有记录。</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>文件太短</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translation>没有中央目录结束记录（压缩包被截断或不是 zip）</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translation>%1 是分卷 zip 压缩包，请先合并各分卷。</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translation>缺少 ZIP64 定位记录</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translation>ZIP64 结束记录位于文件之外</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translation>ZIP64 结束记录已损坏</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translation>中央目录位于文件之外（压缩包被截断）</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translation>中央目录大于 %1 MB</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>中央目录第 %1 项已损坏</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translation>已拒绝 %1：其中有成员的名称指向压缩包之外（&quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translation>取证工具从不写入绝对路径或 &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translation>已拒绝 %1：成员 &quot;%2&quot; 将从 %3 字节展开到 %4 字节。</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translation>展开超过 %1 倍是压缩炸弹，而不是证据</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translation>成员 &quot;%1&quot; 位于文件之外（压缩包被截断）</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translation>无法读取 %2 中的成员 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>它已加密</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>不支持压缩方法 %1（仅支持存储和 deflate）</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translation>其本地文件头位于文件之外</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translation>其本地文件头已损坏</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translation>其数据位于文件之外（压缩包被截断）</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>解压程序无法启动</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translation>数据提前结束（压缩包被截断）</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translation>压缩数据提前结束（压缩包被截断）</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translation>展开后超过压缩包声明的 %1 字节（压缩炸弹或压缩包已损坏）</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translation>实际为 %1 字节，而压缩包声明为 %2 字节</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translation>校验和不匹配（数据已损坏）</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translation>，年份为佛历（佛历 = 公历 + 543）</translation>
    </message>
</context>
</TS>
