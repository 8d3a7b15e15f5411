<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="31"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="32"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="33"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="34"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="35"/>
        <source>Per-class metrics</source>
        <translation>各类别指标</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="42"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="43"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="44"/>
        <source>Tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="45"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="46"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="50"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="54"/>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="64"/>
        <source>Cannot draw the chart into %1.</source>
        <translation>无法将图表绘制到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="74"/>
        <source>Cannot encode the chart as PNG for %1.</source>
        <translation>无法将图表编码为 PNG 以保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="98"/>
        <source>Save chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="98"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="100"/>
        <source>SVG vector images (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="100"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="105"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="110"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="112"/>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="114"/>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="40"/>
        <source>%n value(s) ≤ 0 not shown on the log %1 axis</source>
        <translation>
            <numerusform>%n 个 ≤ 0 的值未显示在对数 %1 轴上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="41"/>
        <source>%n NaN/infinite value(s) not shown</source>
        <translation>
            <numerusform>%n 个 NaN/无穷大值未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="136"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="27"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="137"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="138"/>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/common/FileWrite.cpp" line="23"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="88"/>
        <source>No recent data sets</source>
        <translation>没有最近使用的数据集</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="90"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="48"/>
        <source>%1, #%2</source>
        <translation>%1，#%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="49"/>
        <source>%1 split; line or file %2 of the data; %n word(s)</source>
        <translation>
            <numerusform>%1 划分；数据中的第 %2 行或文件；%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="73"/>
        <source>&lt;b&gt;Samples per class&lt;/b&gt; (the first %1 of each; hover a text to read its start)</source>
        <translation>&lt;b&gt;各类别样本&lt;/b&gt;（每类前 %1 个；将鼠标悬停在文本上可阅读其开头）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="96"/>
        <source>Words per text (mean %1, median %2, longest %3)</source>
        <translation>每条文本的词数（均值 %1，中位数 %2，最长 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="105"/>
        <source>words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="118"/>
        <source>How many texts have how many words; the last bin also holds every longer text.</source>
        <translation>有多少条文本含有多少个词；最后一个区间也包含所有更长的文本。</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="86"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="87"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="88"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="89"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="90"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="62"/>
        <source>Choose a data set (open one in the main window)</source>
        <translation>请选择数据集（在主窗口中打开一个）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="63"/>
        <source>Choose an output folder for the sweep</source>
        <translation>请为扫描选择输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="64"/>
        <source>Add at least one parameter to sweep</source>
        <translation>请至少添加一个要扫描的参数</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="69"/>
        <source>Parameter %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="38"/>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML 报告 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="39"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="40"/>
        <source>CSV metric history (*.csv)</source>
        <translation>CSV 指标历史 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="41"/>
        <source>JSON metric history (*.json)</source>
        <translation>JSON 指标历史 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="56"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="vanished">第 %1 页</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation type="vanished">训练曲线</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation type="vanished">最终指标</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="vanished">混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation type="vanished">各类别指标</translation>
    </message>
    <message>
        <source>Calibration and confidence</source>
        <translation type="vanished">校准与置信度</translation>
    </message>
    <message>
        <source>Training health</source>
        <translation type="vanished">训练健康状况</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="vanished">警报</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="vanished">系统</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="vanished">样本</translation>
    </message>
    <message>
        <source>Prompt: (empty)</source>
        <translation type="vanished">提示：（空）</translation>
    </message>
    <message>
        <source>Prompt: “%1”</source>
        <translation type="vanished">提示：“%1”</translation>
    </message>
    <message>
        <source>  (1 watch-list hit in %1 evaluations)</source>
        <translation type="vanished">  （%1 次评估中有 1 次监视列表命中）</translation>
    </message>
    <message>
        <source>  (%1 watch-list hits in %2 evaluations)</source>
        <translation type="vanished">  （%2 次评估中共有 %1 次监视列表命中）</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="vanished">第 %1 步</translation>
    </message>
    <message>
        <source>Class distribution</source>
        <translation type="vanished">类别分布</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="vanished">统计检验</translation>
    </message>
    <message>
        <source>No evaluation finished.</source>
        <translation type="vanished">没有完成的评估。</translation>
    </message>
    <message>
        <source>No epoch finished.</source>
        <translation type="vanished">没有完成的轮次。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="vanished">配置</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="vanished">数据集</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation type="vanished">分词器</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="vanished">环境</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Made by TrainScope on %1.</source>
        <translation type="vanished">由 TrainScope 于 %1 生成。</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="35"/>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="38"/>
        <source>Open a data set folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="39"/>
        <source>Open a folder with IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>打开包含 IDX 文件的文件夹（MNIST、Fashion-MNIST、…）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="41"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="45"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="48"/>
        <source>Start training with this configuration</source>
        <translation>按此配置开始训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="49"/>
        <source>Start training with the configuration on the left</source>
        <translation>按左侧的配置开始训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="54"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="56"/>
        <source>Stop training (the test set is still evaluated)</source>
        <translation>停止训练（仍会评估测试集）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="57"/>
        <source>Stop training after the current batch</source>
        <translation>在当前批次结束后停止训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="59"/>
        <source>&amp;About TrainScope</source>
        <translation>关于 TrainScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="62"/>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="64"/>
        <source>Save the run as an HTML or PDF report, or its metric history as CSV or JSON</source>
        <translation>将运行保存为 HTML 或 PDF 报告，或将其指标历史保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="67"/>
        <source>&amp;Runs Folder…</source>
        <translation>运行文件夹(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="69"/>
        <source>Choose the folder where runs are saved and listed (remembered; --runs-dir overrides it)</source>
        <translation>选择保存和列出运行的文件夹（会被记住；--runs-dir 可覆盖它）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="71"/>
        <source>&amp;Generate Text</source>
        <translation>生成文本(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="73"/>
        <source>Continue a prompt with a language model: the current run&apos;s checkpoint, or any run or checkpoint</source>
        <translation>用语言模型续写提示：使用当前运行的检查点，或任意运行或检查点</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="76"/>
        <source>Show the Generate panel and put the cursor in its prompt</source>
        <translation>显示“生成”面板，并将光标置于其提示框中</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="79"/>
        <source>E&amp;valuate Model…</source>
        <translation>评估模型(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="81"/>
        <source>Evaluate a saved model (a run&apos;s checkpoint or a TorchScript file) on new labelled data</source>
        <translation>在新的带标签数据上评估已保存的模型（运行的检查点或 TorchScript 文件）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="84"/>
        <source>Open the Evaluate window: accuracy against the run&apos;s test results, confusion matrix, calibration and drift</source>
        <translation>打开评估窗口：与运行的测试结果对比的准确率、混淆矩阵、校准和漂移</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="86"/>
        <source>E&amp;xperiments…</source>
        <translation>实验(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="88"/>
        <source>Hyperparameter sweeps: define, queue and compare trials</source>
        <translation>超参数扫描：定义、排队并比较试验</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="90"/>
        <source>Open S&amp;weep…</source>
        <translation>打开扫描(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="91"/>
        <source>Show a sweep folder (trainscope-cli sweep --out) in the Experiments window</source>
        <translation>在实验窗口中显示一个扫描文件夹（trainscope-cli sweep --out）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="104"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="104"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="106"/>
        <source>Resume training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="106"/>
        <source>Pause training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="108"/>
        <source>Continue the paused run</source>
        <translation>继续已暂停的运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="108"/>
        <source>Pause after the current batch</source>
        <translation>在当前批次结束后暂停</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="113"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="115"/>
        <source>Recent &amp;Datasets</source>
        <translation>最近的数据集(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="125"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="131"/>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="147"/>
        <source>&amp;Configuration panel</source>
        <translation>配置面板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="150"/>
        <source>R&amp;uns</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="152"/>
        <source>Show or hide the list of saved runs</source>
        <translation>显示或隐藏已保存运行的列表</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="157"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="159"/>
        <source>Put every panel back where it started</source>
        <translation>将所有面板放回初始位置</translation>
    </message>
</context>
<context>
    <name>ts::AlertsTable</name>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>What was seen</source>
        <translation>观察到的情况</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>What to try</source>
        <translation>建议尝试</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="33"/>
        <source>Alerts of the run: double-click one to show its step in the Health panel and on the loss chart</source>
        <translation>本次运行的警报：双击某条警报，可在“健康状况”面板和损失图上显示其所在的步</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="44"/>
        <source>loss spike</source>
        <translation>损失尖峰</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="45"/>
        <source>gradient spike</source>
        <translation>梯度尖峰</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="46"/>
        <source>exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="47"/>
        <source>vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="48"/>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="49"/>
        <source>plateau</source>
        <translation>平台期</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="50"/>
        <source>dead layer</source>
        <translation>死层</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="51"/>
        <source>NaN or Inf</source>
        <translation>NaN 或 Inf</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="75"/>
        <source>%1

What to try: %2</source>
        <translation>%1

建议尝试：%2</translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="117"/>
        <source>No alerts. Loss and gradient spikes, exploding or vanishing updates, dead layers, overfitting and plateaus are listed here when they happen.</source>
        <translation>暂无警报。出现损失尖峰、梯度尖峰、更新量爆炸或消失、死层、过拟合和平台期时，会在此列出。</translation>
    </message>
</context>
<context>
    <name>ts::ChartPanel</name>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="31"/>
        <source>EMA</source>
        <translation>EMA</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="32"/>
        <source>time-weighted EMA</source>
        <translation>时间加权 EMA</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="33"/>
        <source>EMA: debiased per-point moving average (like TensorBoard, without the bias).
Time-weighted: averages over x with a time constant of -1/ln(weight) steps,
so it does not depend on how often values are logged.</source>
        <translation>EMA：逐点去偏的指数移动平均（与 TensorBoard 类似，但没有偏差）。
时间加权：沿 x 轴取平均，时间常数为 -1/ln(权重) 步，
因此与记录数值的频率无关。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="39"/>
        <source>x:</source>
        <translation>x：</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="42"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="43"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="44"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="45"/>
        <source>What the x axis counts: global step, epoch, or wall-clock time since the start (pauses excluded)</source>
        <translation>x 轴的计量方式：全局步数、轮次，或自开始以来的实际时间（不含暂停）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="59"/>
        <source>log x</source>
        <translation>对数 x</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="59"/>
        <source>Logarithmic x axis (values ≤ 0 are hidden and counted)</source>
        <translation>对数 x 轴（≤ 0 的值会被隐藏并计数）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="60"/>
        <source>log y</source>
        <translation>对数 y</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="60"/>
        <source>Logarithmic y axis (values ≤ 0 are hidden and counted)</source>
        <translation>对数 y 轴（≤ 0 的值会被隐藏并计数）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="62"/>
        <source>y:</source>
        <translation>y：</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="65"/>
        <source>fit to data</source>
        <translation>适配全部数据</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="66"/>
        <source>ignore outliers</source>
        <translation>忽略离群值</translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="67"/>
        <source>Fit every visible value, or the 1st–99th percentile (the chart says how many values it leaves out)</source>
        <translation>适配所有可见值，或仅适配第 1–99 百分位（图表会说明省略了多少个值）</translation>
    </message>
</context>
<context>
    <name>ts::ClassDistributionChart</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="578"/>
        <source>Class distribution</source>
        <translation>类别分布</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="578"/>
        <source>The class distribution appears after an evaluation</source>
        <translation>评估完成后将显示类别分布</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="599"/>
        <source>Class distribution · PSI %1</source>
        <translation>类别分布 · PSI %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="600"/>
        <source>Class distribution of the evaluated data</source>
        <translation>被评估数据的类别分布</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="649"/>
        <source>%1 of the evaluated data (%2)</source>
        <translation>占被评估数据的 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="650"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="651"/>
        <source>the reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="654"/>
        <source>%1: %2 of %3 (%4)
→ %5, %6%7 points</source>
        <translation>%1：占%3的 %2（%4）
→ %5，%6%7 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="664"/>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="665"/>
        <source>evaluated data</source>
        <translation>被评估数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="665"/>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="730"/>
        <source>share of samples</source>
        <translation>样本占比</translation>
    </message>
</context>
<context>
    <name>ts::ClassMetricsModel</name>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="61"/>
        <source>macro avg</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="62"/>
        <source>weighted avg</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="66"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="108"/>
        <source>Unweighted mean over all classes</source>
        <translation>所有类别的不加权平均</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="109"/>
        <source>Mean over classes weighted by their support</source>
        <translation>按各类别支持数加权的平均</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="112"/>
        <source>Precision of %1 is undefined: the class was never predicted (reported as 0)</source>
        <translation>%1 的精确率无定义：该类别从未被预测到（记为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="114"/>
        <source>Recall of %1 is undefined: the class does not occur in this set (reported as 0)</source>
        <translation>%1 的召回率无定义：该类别未出现在此数据集中（记为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="116"/>
        <source>F1 of %1 uses an undefined precision or recall (reported as 0)</source>
        <translation>%1 的 F1 分数用到了无定义的精确率或召回率（记为 0）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="117"/>
        <source>%n sample(s) of %1</source>
        <translation>
            <numerusform>%n 个 %1 样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="129"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="130"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="131"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="132"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="133"/>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="139"/>
        <source>Of the samples predicted as this class, the fraction that really are (TP / (TP + FP))</source>
        <translation>在预测为该类别的样本中，真正属于该类别的比例（TP / (TP + FP)）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="140"/>
        <source>Of the samples of this class, the fraction found (TP / (TP + FN))</source>
        <translation>在该类别的样本中，被找出的比例（TP / (TP + FN)）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="141"/>
        <source>Harmonic mean of precision and recall</source>
        <translation>精确率与召回率的调和平均</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="142"/>
        <source>Number of samples whose true class is this one</source>
        <translation>真实类别为该类别的样本数</translation>
    </message>
</context>
<context>
    <name>ts::CompareView</name>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="76"/>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="81"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="83"/>
        <location filename="../../ui/runs/CompareView.cpp" line="87"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="83"/>
        <location filename="../../ui/runs/CompareView.cpp" line="189"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="85"/>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="87"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="99"/>
        <source>Rows where the runs differ are highlighted</source>
        <translation>各运行不同的行会被高亮</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="107"/>
        <source>Runs are numbered by column. Highlighted rows differ between the runs. Loss: line = training loss (smoothed), dots = validation loss.</source>
        <translation>运行按列编号。高亮的行表示各运行之间存在差异。损失：线 = 训练损失（已平滑），点 = 验证损失。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="135"/>
        <source>Compare Runs — %1</source>
        <translation>比较运行 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="177"/>
        <location filename="../../ui/runs/CompareView.cpp" line="210"/>
        <source>%1 · train</source>
        <translation>%1 · 训练</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="178"/>
        <location filename="../../ui/runs/CompareView.cpp" line="211"/>
        <source>%1 · val</source>
        <translation>%1 · 验证</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="189"/>
        <location filename="../../ui/runs/CompareView.cpp" line="192"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="191"/>
        <source>Validation bits per byte</source>
        <translation>验证每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="192"/>
        <source>bits per byte</source>
        <translation>每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="241"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="242"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="243"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="247"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="248"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="249"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="250"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="251"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="252"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="253"/>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="255"/>
        <source>step ×%1 every %2</source>
        <translation>阶梯：每 %2 轮 ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="258"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="258"/>
        <location filename="../../ui/runs/CompareView.cpp" line="260"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="259"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="262"/>
        <source>Model shape</source>
        <translation>模型结构</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="263"/>
        <source>%1 layer(s), %2 heads, %3 wide, context %4</source>
        <translation>
            <numerusform>%1 层，%2 个注意力头，宽度 %3，上下文 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="266"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="268"/>
        <source>%1, %n token(s)</source>
        <translation>
            <numerusform>%1，%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="270"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="273"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="274"/>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="275"/>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="276"/>
        <source>patience %1</source>
        <translation>耐心值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="276"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="278"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="279"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="280"/>
        <source>Best val accuracy</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="283"/>
        <source>Final val loss</source>
        <translation>最终验证损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="287"/>
        <source>Final train loss</source>
        <translation>最终训练损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="290"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="291"/>
        <source>Test macro F1</source>
        <translation>测试宏平均 F1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="294"/>
        <source>Best val loss</source>
        <translation>最佳验证损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="298"/>
        <source>Final val bits/byte</source>
        <translation>最终验证每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="302"/>
        <source>Test perplexity</source>
        <translation>测试困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="305"/>
        <source>Test bits/byte</source>
        <translation>测试每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="308"/>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
</context>
<context>
    <name>ts::ConfidenceHistogramChart</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="401"/>
        <source>Confidence histogram</source>
        <translation>置信度直方图</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="401"/>
        <source>The confidence histogram appears after an evaluation</source>
        <translation>评估完成后将显示置信度直方图</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="421"/>
        <source>Confidence histogram · %1 of %2 prediction(s) wrong</source>
        <translation>
            <numerusform>置信度直方图 · %2 个预测中 %1 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="535"/>
        <source>Confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="536"/>
        <source>%1: no predictions</source>
        <translation>%1：没有预测</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="537"/>
        <source>%1: %2 correct, %3 wrong (%4 wrong)</source>
        <translation>%1：%2 个正确，%3 个错误（错误率 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="546"/>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="546"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="570"/>
        <source>confidence (top-1 probability)</source>
        <translation>置信度（top-1 概率）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="571"/>
        <source>predictions (log scale)</source>
        <translation>预测数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="571"/>
        <source>predictions</source>
        <translation>预测数</translation>
    </message>
</context>
<context>
    <name>ts::ConfigDock</name>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="30"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="65"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="69"/>
        <source>No data set loaded</source>
        <translation>未加载数据集</translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="79"/>
        <source>Choose a folder with train/test IDX files, or drop it on the window.</source>
        <translation>选择包含训练/测试 IDX 文件的文件夹，或将其拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="81"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="127"/>
        <source>train %1 · val %2 · test %3</source>
        <translation>训练 %1 · 验证 %2 · 测试 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/ConfigDock.cpp" line="130"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="39"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="243"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="247"/>
        <source>No evaluation yet</source>
        <translation>尚未评估</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="275"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="279"/>
        <source>%1 of predicted %2</source>
        <translation>占预测为 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="280"/>
        <source>%1 never predicted</source>
        <translation>从未预测为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="283"/>
        <source>%1 of %2</source>
        <translation>占 %2 的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="283"/>
        <source>no %1 samples</source>
        <translation>没有 %1 样本</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="285"/>
        <source>True: %1, predicted: %2 — %3 (%4)</source>
        <translation>真实：%1，预测：%2 — %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="288"/>
        <source>
Previous epoch: %1 · change %2</source>
        <translation>
上一轮次：%1 · 变化 %2</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="290"/>
        <source> (%1 percentage points)</source>
        <translation>（%1 个百分点）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="372"/>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="110"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="389"/>
        <source>Recall of %1: undefined (no samples)</source>
        <translation>%1 的召回率：无定义（没有样本）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="390"/>
        <source>Recall of %1: %2 (%3 of %4 sample(s) found)</source>
        <translation>
            <numerusform>%1 的召回率：%2（%4 个样本中找出 %3 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="397"/>
        <source>Precision of %1: undefined (never predicted)</source>
        <translation>%1 的精确率：无定义（从未被预测）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="398"/>
        <source>Precision of %1: %2 (%3 of %4 prediction(s) right)</source>
        <translation>
            <numerusform>%1 的精确率：%2（%4 个预测中 %3 个正确）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="405"/>
        <source>Accuracy: %1</source>
        <translation>准确率：%1</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="417"/>
        <source>
Click to list these samples</source>
        <translation>
点击列出这些样本</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="36"/>
        <source>Too small to draw</source>
        <translation>太小，无法绘制</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="104"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="187"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="192"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>ts::ConfusionPanel</name>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="32"/>
        <source>Normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="34"/>
        <source>Show percentages instead of counts</source>
        <translation>显示百分比而非计数</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="37"/>
        <source>rows (recall)</source>
        <translation>按行（召回率）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="38"/>
        <source>columns (precision)</source>
        <translation>按列（精确率）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="39"/>
        <source>Rows: each true class sums to 100%, the diagonal is the recall.
Columns: each predicted class sums to 100%, the diagonal is the precision.</source>
        <translation>按行：每个真实类别合计为 100%，对角线即召回率。
按列：每个预测类别合计为 100%，对角线即精确率。</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="45"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="46"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="47"/>
        <source>recall (worst first)</source>
        <translation>召回率（最差在前）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="48"/>
        <source>confusion clusters</source>
        <translation>混淆聚类</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="49"/>
        <source>Order of the classes; &quot;confusion clusters&quot; puts classes that are mistaken for each other next to each other</source>
        <translation>类别的排列顺序；“混淆聚类”会把相互混淆的类别排在一起</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="52"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="54"/>
        <source>Change since the previous epoch: blue cells grew, red cells shrank</source>
        <translation>与上一轮次相比的变化：蓝色单元格增加，红色单元格减少</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="64"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="65"/>
        <source>Fit</source>
        <translation>适应面板</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="65"/>
        <source>Fit the whole matrix in the panel</source>
        <translation>使整个矩阵适应面板大小</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="66"/>
        <source>Zoom in (Ctrl+wheel); scroll to move around</source>
        <translation>放大（Ctrl+滚轮）；滚动以移动视图</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="72"/>
        <source>Scrub through the evaluation of every epoch</source>
        <translation>拖动以浏览每个轮次的评估结果</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="73"/>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="144"/>
        <source>No evaluation yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="91"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="101"/>
        <source>Epoch:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="134"/>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="188"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>ts::CurveChart</name>
    <message>
        <location filename="../../ui/charts/CurveAxes.cpp" line="120"/>
        <location filename="../../ui/charts/CurveAxes.cpp" line="187"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="348"/>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="32"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="349"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/CurveChart.cpp" line="353"/>
        <source>%n outlier value(s) outside the y range (right-click ▸ Fit y to data)</source>
        <translation>
            <numerusform>%n 个离群值超出 y 轴范围（右键 ▸ 使 y 轴适配数据）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="657"/>
        <source>Waiting for data…</source>
        <translation>正在等待数据…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="16"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="18"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="24"/>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="28"/>
        <source>Drag: zoom · Shift+drag: pan · wheel: zoom · double-click: reset · click: pin tooltip · click a legend entry to hide it</source>
        <translation>拖动：缩放 · Shift+拖动：平移 · 滚轮：缩放 · 双击：重置 · 单击：固定提示 · 单击图例项可将其隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="35"/>
        <source>Fit y to data</source>
        <translation>使 y 轴适配数据</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="39"/>
        <source>Ignore outliers in the y range</source>
        <translation>y 轴范围忽略离群值</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="43"/>
        <source>Logarithmic y axis</source>
        <translation>对数 y 轴</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="46"/>
        <source>Logarithmic x axis</source>
        <translation>对数 x 轴</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="52"/>
        <source>X axis</source>
        <translation>X 轴</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="56"/>
        <source>Relative time</source>
        <translation>相对时间</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="65"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="67"/>
        <source>Debiased EMA (per point)</source>
        <translation>去偏 EMA（逐点）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="68"/>
        <source>Time-weighted EMA (independent of the logging interval)</source>
        <translation>时间加权 EMA（与记录间隔无关）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="99"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="101"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="104"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="104"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="46"/>
        <source>epoch end</source>
        <translation>轮次结束</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="47"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="48"/>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="49"/>
        <source>learning rate changed</source>
        <translation>学习率已更改</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="50"/>
        <source>checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="51"/>
        <source>early stop</source>
        <translation>早停</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="52"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="53"/>
        <source>alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="28"/>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="72"/>
        <source>step %L1</source>
        <translation>第 %L1 步</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="29"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="30"/>
        <source>time %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="74"/>
        <source> (at %1)</source>
        <translation>（于 %1）</translation>
    </message>
</context>
<context>
    <name>ts::DatasetFileDialog</name>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="21"/>
        <source>Open data set</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="25"/>
        <source>Data sets (*.csv *.tsv *.txt *.jsonl *.md *-ubyte *-ubyte.gz *idx* *.gz)</source>
        <translation>数据集 (*.csv *.tsv *.txt *.jsonl *.md *-ubyte *-ubyte.gz *idx* *.gz)</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="26"/>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation>表格 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="26"/>
        <source>IDX files (*-ubyte *-ubyte.gz *idx*)</source>
        <translation>IDX 文件 (*-ubyte *-ubyte.gz *idx*)</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="27"/>
        <source>Text (*.txt *.jsonl *.md)</source>
        <translation>文本 (*.txt *.jsonl *.md)</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="27"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="28"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ts::DatasetPreviewDialog</name>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="97"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="451"/>
        <source>Data set preview — %1</source>
        <translation>数据集预览 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="119"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="121"/>
        <source>Keep the data set in use now and close this preview</source>
        <translation>保留当前使用的数据集并关闭此预览</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="122"/>
        <source>Use This Data Set</source>
        <translation>使用此数据集</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="139"/>
        <source>Validation (%1 %) and test (%2 %) take %3 % together; they must stay below 100 % to leave samples for training.</source>
        <translation>验证集（%1 %）与测试集（%2 %）合计占 %3 %；二者之和必须低于 100 %，才能为训练留下样本。</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="146"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="182"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="184"/>
        <source>How the data set is loaded. Change an option, then press Reload to see the data with it.</source>
        <translation>数据集的加载方式。更改选项后，按“重新加载”即可查看按新选项加载的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="212"/>
        <source>Loading the data set again with the new options</source>
        <translation>正在按新选项重新加载数据集</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="214"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="217"/>
        <source>Load the data set again with these options and update the preview</source>
        <translation>按这些选项重新加载数据集并更新预览</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="245"/>
        <source>The column that holds the class of each row; every other column must be numeric and becomes a feature (like --label-column)</source>
        <translation>存放每行类别的列；其余各列必须为数值，并作为特征（同 --label-column）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="250"/>
        <source>Label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="256"/>
        <source>Resize to</source>
        <translation>缩放到</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="259"/>
        <source>Resize every image to the size on the right; unchecked, every image is resized to the first image&apos;s size (like --image-size WxH)</source>
        <translation>将每张图像缩放到右侧的尺寸；不勾选时，所有图像都缩放到第一张图像的尺寸（同 --image-size WxH）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="271"/>
        <source>Width in pixels every image is resized to</source>
        <translation>所有图像缩放后的宽度（像素）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="273"/>
        <source>Height in pixels every image is resized to</source>
        <translation>所有图像缩放后的高度（像素）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="281"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="283"/>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="287"/>
        <source>Auto (as the first image)</source>
        <translation>自动（同第一张图像）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="288"/>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="289"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="570"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="291"/>
        <source>Convert every image to grayscale (1 channel) or RGB (3 channels); Auto follows the first image (like --grayscale / --rgb)</source>
        <translation>将每张图像转换为灰度（1 个通道）或 RGB（3 个通道）；“自动”与第一张图像一致（同 --grayscale / --rgb）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="294"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="299"/>
        <source>Accept sparse labels</source>
        <translation>接受稀疏标签</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="302"/>
        <source>Most label values between 0 and the largest label have no samples (see the warnings). Tick this to train on one class per label value anyway (like --accept-sparse-labels); better, fix the label file.</source>
        <translation>在 0 到最大标签值之间，大多数标签值没有样本（见警告）。勾选此项后，仍按每个标签值一个类别进行训练（同 --accept-sparse-labels）；更好的做法是修正标签文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="306"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="324"/>
        <source>Share of each class held out for validation (checked after every epoch); the split is stratified and seeded (like --split)</source>
        <translation>每个类别中留作验证的比例（每个轮次结束后检查）；按类别分层并使用随机种子划分（同 --split）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="327"/>
        <source>Share of each class held out for the final test; never used for training or early stopping (like --split)</source>
        <translation>每个类别中留作最终测试的比例；从不用于训练或早停（同 --split）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="331"/>
        <source>What is left for training</source>
        <translation>剩余用于训练的部分</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="334"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="383"/>
        <source>train %1 %</source>
        <translation>训练 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="337"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="623"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="339"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="624"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="343"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="602"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="388"/>
        <source>Reloading with the new options…</source>
        <translation>正在按新选项重新加载…</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="393"/>
        <source>Reload failed: %1</source>
        <translation>重新加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="396"/>
        <source>Options changed: press Reload to see the data with them.</source>
        <translation>选项已更改：按“重新加载”查看按新选项加载的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="417"/>
        <source>Wait until the preview has been reloaded</source>
        <translation>请等待预览重新加载完成</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="418"/>
        <source>The options differ from the preview: press Reload first, or change them back</source>
        <translation>选项与预览不一致：请先按“重新加载”，或将选项改回原样</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="419"/>
        <source>Train on this data set, loaded with these options</source>
        <translation>按这些选项加载此数据集并进行训练</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="559"/>
        <source>labelled texts, %1 words each on average (median %2, longest %3)</source>
        <translation>带标签的文本，平均每条 %1 个词（中位数 %2，最长 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="564"/>
        <source>%n numeric feature(s) per row</source>
        <translation>
            <numerusform>每行 %n 个数值特征</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="565"/>
        <source>, label column “%1”</source>
        <translation>，标签列“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="567"/>
        <source>%1×%2 pixels, %3</source>
        <translation>%1×%2 像素，%3</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="570"/>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="571"/>
        <source> · %n class(es)</source>
        <translation>
            <numerusform> · %n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="572"/>
        <source>Shape:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="574"/>
        <source>train %1 · validation %2 · test %3</source>
        <translation>训练 %1 · 验证 %2 · 测试 %3</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="577"/>
        <source>  (validation is held out of the training set when training starts)</source>
        <translation>  （开始训练时会从训练集中留出验证集）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="580"/>
        <source>Samples:</source>
        <translation>样本：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="591"/>
        <source>Data set:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="594"/>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="595"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="598"/>
        <source>train %1 · validation %2 · test %3 bytes  (the end of the corpus, as the language-model presets split it)</source>
        <translation>训练 %1 · 验证 %2 · 测试 %3 字节（取语料末尾，与语言模型预设的划分方式相同）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="609"/>
        <source>loaded in %1 s</source>
        <translation>加载用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="610"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="622"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="642"/>
        <source>Samples per class</source>
        <translation>各类别样本</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="686"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="700"/>
        <source>&lt;b&gt;Samples per class&lt;/b&gt; (the first %1 of each)</source>
        <translation>&lt;b&gt;各类别样本&lt;/b&gt;（每类前 %1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="742"/>
        <source>&lt;b&gt;First %n row(s)&lt;/b&gt; (raw values; the label column in bold)</source>
        <translation>
            <numerusform>&lt;b&gt;前 %n 行&lt;/b&gt;（原始值；标签列以粗体显示）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="744"/>
        <source>&lt;b&gt;Per-column ranges&lt;/b&gt; (all rows, before standardization)</source>
        <translation>&lt;b&gt;各列取值范围&lt;/b&gt;（全部行，标准化之前）</translation>
    </message>
</context>
<context>
    <name>ts::DatasetPreviewFlow</name>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="26"/>
        <source>Preview of %1 reloaded</source>
        <translation>已重新加载 %1 的预览</translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="35"/>
        <source>Reloading %1…</source>
        <translation>正在重新加载 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="41"/>
        <source>Data set not used</source>
        <translation>未使用该数据集</translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="44"/>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="52"/>
        <source>Could not reload the data set</source>
        <translation>无法重新加载数据集</translation>
    </message>
</context>
<context>
    <name>ts::Duration</name>
    <message>
        <location filename="../../ui/common/TextFormat.h" line="41"/>
        <location filename="../../ui/common/TextFormat.h" line="44"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/common/TextFormat.h" line="45"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../ui/common/TextFormat.h" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>ts::EvalPlot</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="210"/>
        <source>Too small to draw</source>
        <translation>太小，无法绘制</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateCalibrationTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="29"/>
        <source>Logarithmic counts</source>
        <translation>对数计数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="31"/>
        <source>Show small bins next to the large top bin (bars side by side)</source>
        <translation>使较小的区间在最大的顶部区间旁也能看清（柱形并排显示）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="51"/>
        <source>next-token predictions</source>
        <translation>下一个词元的预测</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="64"/>
        <source>No predictions to calibrate.</source>
        <translation>没有可校准的预测。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="70"/>
        <source>on average confidence matches accuracy, but not bin by bin: over- and underconfident bins cancel out</source>
        <translation>平均而言置信度与准确率一致，但并非每个区间都一致：过度自信和信心不足的区间相互抵消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="72"/>
        <source>confidence matches accuracy: well calibrated</source>
        <translation>置信度与准确率一致：校准良好</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="73"/>
        <source>the model is &lt;b&gt;overconfident&lt;/b&gt; by %1 points on average</source>
        <translation>模型平均&lt;b&gt;过度自信&lt;/b&gt; %1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="74"/>
        <source>the model is &lt;b&gt;underconfident&lt;/b&gt; by %1 points on average</source>
        <translation>模型平均&lt;b&gt;信心不足&lt;/b&gt; %1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="75"/>
        <source>Of the %1: </source>
        <translation>在%1中：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="76"/>
        <source>&lt;b&gt;ECE %1&lt;/b&gt; · MCE %2 (worst bin) · mean confidence %3 vs accuracy %4: %5. Bars below the diagonal are bins where the model claims more than it delivers.</source>
        <translation>&lt;b&gt;ECE %1&lt;/b&gt; · MCE %2（最差区间）· 平均置信度 %3，准确率 %4：%5。柱形低于对角线的区间，模型自称的把握高于它的实际表现。</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateConfusionTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="17"/>
        <source>Normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="19"/>
        <source>Show percentages instead of counts</source>
        <translation>显示百分比而非计数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="21"/>
        <source>rows (recall)</source>
        <translation>按行（召回率）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="22"/>
        <source>columns (precision)</source>
        <translation>按列（精确率）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="25"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="26"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="27"/>
        <source>recall (worst first)</source>
        <translation>召回率（最差在前）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="28"/>
        <source>confusion clusters</source>
        <translation>混淆聚类</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="29"/>
        <source>Change vs the run&apos;s test</source>
        <translation>与该运行的测试结果比较变化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="31"/>
        <source>Difference to the run&apos;s test-set matrix (use Normalize: the sets differ in size)</source>
        <translation>与该运行测试集矩阵的差异（请使用“归一化”：两个数据集的大小不同）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="33"/>
        <source>Click a cell (or press Enter on it) to see its samples</source>
        <translation>单击单元格（或在其上按 Enter）查看其样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="40"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateDocumentsTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="43"/>
        <source>%1 — loss %2 nats (probability %3 %)</source>
        <translation>%1 — 损失 %2 奈特（概率 %3 %）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="46"/>
        <source>Unknown token: the tokenizer cannot represent it</source>
        <translation>未知词元：分词器无法表示它</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Bits/byte</source>
        <translation>比特/字节</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="62"/>
        <source>The documents the model found hardest to predict, highest perplexity first</source>
        <translation>模型最难预测的文档，困惑度最高的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="72"/>
        <source>Choose a document to see its tokens shaded by how surprised the model was</source>
        <translation>选择一个文档，查看按模型“意外程度”着色的词元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="115"/>
        <source>&lt;b&gt;%1 document(s)&lt;/b&gt;, %2 tokens scored. The most surprising are listed first; choose one to see its tokens shaded by their loss (hover a token for its loss).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 个文档&lt;/b&gt;，共评分 %2 个词元。最出人意料的排在前面；选择一个文档，可查看按损失着色的词元（将鼠标悬停在词元上可查看其损失）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="119"/>
        <source> Documents with fewer than %n scored token(s) are not ranked.</source>
        <translation>
            <numerusform> 评分词元少于 %n 个的文档不参与排名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="122"/>
        <source>Token loss</source>
        <translation>词元损失</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="122"/>
        <source>0 nats (expected)</source>
        <translation>0 奈特（符合预期）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="123"/>
        <source>%1 nats or more (lost)</source>
        <translation>%1 奈特或更多（完全没猜中）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="124"/>
        <source>unknown token</source>
        <translation>未知词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="130"/>
        <source>No document was ranked</source>
        <translation>没有文档参与排名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="172"/>
        <source>%1 · perplexity %2 · %3 token(s) · %4 bits per byte</source>
        <translation>
            <numerusform>%1 · 困惑度 %2 · %3 个词元 · 每字节 %4 比特</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="182"/>
        <source>… (only the start of the document is kept)</source>
        <translation>…（只保留了文档的开头部分）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="183"/>
        <source>The text of this document was not kept.</source>
        <translation>未保留此文档的文本。</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateDriftTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Evaluated</source>
        <translation>被评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="53"/>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>KS</source>
        <translation>KS</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>KS p-value</source>
        <translation>KS p 值</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Reference mean</source>
        <translation>参考均值</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Evaluated mean</source>
        <translation>被评估均值</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Reference std</source>
        <translation>参考标准差</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Evaluated std</source>
        <translation>被评估标准差</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="59"/>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the two cumulative distributions (0 to 1)</source>
        <translation>Kolmogorov–Smirnov 统计量：两个累积分布之间的最大差距（0 到 1）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="61"/>
        <source>Population stability index: &lt; 0.1 stable, 0.1–0.25 moderate shift, &gt; 0.25 large shift</source>
        <translation>群体稳定性指数（PSI）：&lt; 0.1 稳定，0.1–0.25 中等偏移，&gt; 0.25 严重偏移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="99"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="100"/>
        <source>moderate shift</source>
        <translation>中等偏移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="101"/>
        <source>large shift</source>
        <translation>严重偏移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="129"/>
        <source>&lt;b&gt;No reference data:&lt;/b&gt; the data this model was trained on is not known, so drift cannot be measured. A checkpoint from a TrainScope run is compared with its run&apos;s training split; for a TorchScript model, choose &lt;i&gt;Reference data&lt;/i&gt; above and evaluate again. Only the evaluated data&apos;s class counts are shown.</source>
        <translation>&lt;b&gt;没有参考数据：&lt;/b&gt;不知道该模型是用哪些数据训练的，因此无法衡量漂移。来自 TrainScope 运行的检查点会与其运行的训练集划分进行比较；对于 TorchScript 模型，请在上方选择&lt;i&gt;参考数据&lt;/i&gt;并重新评估。此处仅显示被评估数据的各类别计数。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="137"/>
        <source>the reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="141"/>
        <source>&lt;b&gt;Class distribution: %1&lt;/b&gt; (PSI %2) against %3. Chi-square %4 with %5 degrees of freedom, %6: </source>
        <translation>&lt;b&gt;类别分布：%1&lt;/b&gt;（PSI %2），对比%3。卡方值 %4，自由度 %5，%6：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="147"/>
        <source>no significant difference in the class mix.</source>
        <translation>类别构成没有显著差异。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="148"/>
        <source>a statistically significant but small difference.</source>
        <translation>存在统计上显著但较小的差异。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="149"/>
        <source>the class mix differs significantly.</source>
        <translation>类别构成存在显著差异。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="159"/>
        <source>&lt;br&gt;&lt;b&gt;Features&lt;/b&gt;%1: %2 of %3 shifted a lot (PSI &amp;gt; 0.25), %4 moderately; the largest KS is %5 (%6).</source>
        <translation>&lt;br&gt;&lt;b&gt;特征&lt;/b&gt;%1：%3 个中有 %2 个严重偏移（PSI &amp;gt; 0.25），%4 个中等偏移；最大的 KS 为 %5（%6）。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="196"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="213"/>
        <source>Features: no reference data to compare with</source>
        <translation>特征：没有可供比较的参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="214"/>
        <source>Features: none compared</source>
        <translation>特征：未比较任何特征</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="215"/>
        <source>Features, largest shift (KS) first</source>
        <translation>特征，偏移（KS）最大的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="216"/>
        <source>Features (%1), largest shift (KS) first</source>
        <translation>特征（%1），偏移（KS）最大的在前</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateInputsPanel</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="41"/>
        <source>Models (*.pt *.pth *.ptc *.torchscript *.zip);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.ptc *.torchscript *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="42"/>
        <source>Data sets (*.csv *.tsv *.txt *.jsonl *-ubyte *-ubyte.gz *.gz);;All files (*)</source>
        <translation>数据集 (*.csv *.tsv *.txt *.jsonl *-ubyte *-ubyte.gz *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="45"/>
        <source>SentencePiece models (*.model);;All files (*)</source>
        <translation>SentencePiece 模型 (*.model);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="77"/>
        <source>Model and data</source>
        <translation>模型与数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="110"/>
        <source>checkpoint-best.pt, a run folder, or a TorchScript file</source>
        <translation>checkpoint-best.pt、运行文件夹或 TorchScript 文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="111"/>
        <source>A TrainScope checkpoint (checkpoint-best.pt or checkpoint-last.pt in a run folder), the run folder itself, or a TorchScript module saved with torch.jit.save</source>
        <translation>TrainScope 检查点（运行文件夹中的 checkpoint-best.pt 或 checkpoint-last.pt）、运行文件夹本身，或用 torch.jit.save 保存的 TorchScript 模块</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="113"/>
        <source>IDX folder or file, CSV/TSV table, or image folder</source>
        <translation>IDX 文件夹或文件、CSV/TSV 表格，或图像文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="114"/>
        <source>Labelled data in any format TrainScope reads</source>
        <translation>TrainScope 可读取的任意格式的带标签数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="116"/>
        <source>The run whose test results and training data the evaluation is compared with.
Empty: the run the checkpoint belongs to.</source>
        <translation>评估结果将与其测试结果和训练数据进行比较的运行。
留空：检查点所属的运行。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="118"/>
        <source>training data, for drift (optional)</source>
        <translation>训练数据，用于衡量漂移（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="119"/>
        <source>The data the model was trained on, to measure drift when the model has no run</source>
        <translation>模型训练所用的数据，用于在模型没有对应运行时衡量漂移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="120"/>
        <source>C,H,W or F (empty: the data&apos;s)</source>
        <translation>C,H,W 或 F（留空：取自数据）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="121"/>
        <source>The module&apos;s input shape without the batch dimension: C,H,W for images (e.g. 1,28,28) or F for a feature vector (e.g. 784)</source>
        <translation>模块的输入形状（不含批维度）：图像为 C,H,W（例如 1,28,28），特征向量为 F（例如 784）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="123"/>
        <source>comma-separated, in output order</source>
        <translation>以逗号分隔，按输出顺序</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="124"/>
        <source>Names of the module&apos;s outputs, in order; empty: the data set&apos;s class names</source>
        <translation>模块各输出的名称，按顺序；留空：使用数据集的类别名称</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="125"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="133"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="126"/>
        <source>Tables: the label column&apos;s name or 1-based number (default: label, class or target, else the last)</source>
        <translation>表格：标签列的名称或从 1 开始的列号（默认：label、class 或 target，否则取最后一列）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="134"/>
        <source>Labelled text tables: the text column&apos;s name or 1-based number (default: text, sentence, review, content or document, else the column of prose)</source>
        <translation>带标签的文本表格：文本列的名称或从 1 开始的列号（默认：text、sentence、review、content 或 document，否则取正文所在的列）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="137"/>
        <source>FILE.model (empty: the module&apos;s vocab)</source>
        <translation>FILE.model（留空：使用模块自带的词表）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="138"/>
        <source>A TorchScript language model&apos;s or text classifier&apos;s SentencePiece tokenizer (.model). Empty: the module&apos;s own vocab attribute (character models)</source>
        <translation>TorchScript 语言模型或文本分类器的 SentencePiece 分词器（.model）。留空：使用模块自身的 vocab 属性（字符级模型）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="143"/>
        <source>the model&apos;s block_size</source>
        <translation>模型的 block_size</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="144"/>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="145"/>
        <source>The window a TorchScript language model reads, or the most tokens a TorchScript text classifier reads of each text; needed when the module has no block_size attribute</source>
        <translation>TorchScript 语言模型读取的窗口大小，或 TorchScript 文本分类器对每条文本最多读取的词元数；模块没有 block_size 属性时需要填写</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="152"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="161"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="153"/>
        <source>Test split</source>
        <translation>测试集划分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="154"/>
        <source>All samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="155"/>
        <source>The data&apos;s test split when it has one, else every sample</source>
        <translation>数据有测试集划分时使用它，否则使用全部样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="156"/>
        <source>Only the test split (IDX t10k files, a test/ folder, or the seeded split)</source>
        <translation>仅测试集划分（IDX t10k 文件、test/ 文件夹，或按随机种子的划分）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="157"/>
        <source>Every sample of the data</source>
        <translation>数据的全部样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="158"/>
        <source>Which part of the data to evaluate</source>
        <translation>要评估数据的哪一部分</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="162"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="163"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="164"/>
        <source>Where the model runs; Auto uses a GPU when there is one</source>
        <translation>模型在何处运行；“自动”在有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="171"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="250"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="174"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="180"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="181"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="184"/>
        <source>Choose a file (the arrow: a folder)</source>
        <translation>选择文件（箭头：选择文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="191"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="193"/>
        <source>Choose labelled data</source>
        <translation>选择带标签的数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="195"/>
        <source>Choose a run folder</source>
        <translation>选择运行文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="200"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="203"/>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="206"/>
        <source>Compare with &amp;run:</source>
        <translation>与运行比较(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="214"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="217"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="220"/>
        <source>Label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="225"/>
        <source>Text column:</source>
        <translation>文本列：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="235"/>
        <source>Choose the training data</source>
        <translation>选择训练数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="236"/>
        <source>TorchScript models only</source>
        <translation>仅适用于 TorchScript 模型</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="241"/>
        <source>Input shape:</source>
        <translation>输入形状：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="243"/>
        <source>Class names:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="245"/>
        <source>Reference data:</source>
        <translation>参考数据：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="251"/>
        <source>Choose a SentencePiece .model file</source>
        <translation>选择 SentencePiece .model 文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="253"/>
        <source>Choose the tokenizer</source>
        <translation>选择分词器</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="254"/>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="255"/>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="267"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="270"/>
        <source>Evaluate the model on the data (Ctrl+Return)</source>
        <translation>在数据上评估模型（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="274"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="276"/>
        <source>Stop the evaluation (Esc)</source>
        <translation>停止评估（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="282"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="283"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="285"/>
        <source>Save this evaluation as a report (HTML, PDF, CSV or JSON) or as an evaluation folder (evaluation.json and predictions.csv) (Ctrl+S)</source>
        <translation>将此次评估保存为报告（HTML、PDF、CSV 或 JSON）或评估文件夹（evaluation.json 和 predictions.csv）（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="347"/>
        <source>Choose a model: a checkpoint, a run folder or a TorchScript file.</source>
        <translation>请选择模型：检查点、运行文件夹或 TorchScript 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="348"/>
        <source>The model %1 does not exist.</source>
        <translation>模型 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="349"/>
        <source>Choose the labelled data to evaluate on.</source>
        <translation>请选择用于评估的带标签数据。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="350"/>
        <source>The data %1 does not exist.</source>
        <translation>数据 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="353"/>
        <source>The run folder %1 does not exist.</source>
        <translation>运行文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="356"/>
        <source>The reference data %1 does not exist.</source>
        <translation>参考数据 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="359"/>
        <source>The tokenizer %1 does not exist.</source>
        <translation>分词器 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="364"/>
        <source>The input shape “%1” is not C,H,W (e.g. 1,28,28) or F (e.g. 784): positive whole numbers separated by commas.</source>
        <translation>输入形状“%1”既不是 C,H,W（例如 1,28,28），也不是 F（例如 784）：应为以逗号分隔的正整数。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="373"/>
        <source>auto: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="374"/>
        <source>auto: the model&apos;s run (none for TorchScript)</source>
        <translation>自动：模型所属的运行（TorchScript 模型没有）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="377"/>
        <source>Not needed: the checkpoint&apos;s run knows its input shape, classes and training data</source>
        <translation>不需要：检查点所属的运行已知其输入形状、类别和训练数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="379"/>
        <source>Only for TorchScript modules, which do not record these</source>
        <translation>仅用于 TorchScript 模块，它们不记录这些信息</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="484"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="485"/>
        <source>Evaluating</source>
        <translation>正在评估</translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSamplesTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Prompt and continuation</source>
        <translation>提示与续写</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>D-2</source>
        <translation>D-2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Rep.</source>
        <translation>重复度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="31"/>
        <source>The prompt (grey, taken from the evaluated text) and the model&apos;s continuation; watch-list hits highlighted</source>
        <translation>提示（灰色，取自被评估的文本）及模型的续写；命中监视列表的词语会高亮显示</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="33"/>
        <source>Watch-list hits in the continuation</source>
        <translation>续写中命中监视列表的次数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="34"/>
        <source>Distinct-2: unique word pairs ÷ word pairs</source>
        <translation>Distinct-2：不同的词对数 ÷ 词对总数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="35"/>
        <source>Repetition: share of repeated word 4-grams</source>
        <translation>重复度：重复出现的词 4-gram 所占比例</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="53"/>
        <source>%1 watch-list hit(s)</source>
        <translation>
            <numerusform>%1 次监视列表命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 sample(s) generated from prompts of the evaluated text (listed first, highlighted).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，分布在由被评估文本的提示生成的 %3 个样本中的 %2 个里（这些样本排在前面并高亮显示）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="58"/>
        <source>No watch-list hits in %1 sample(s) generated from prompts of the evaluated text.</source>
        <translation>
            <numerusform>在由被评估文本的提示生成的 %1 个样本中，没有命中监视列表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSummaryTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="84"/>
        <source>Unweighted mean over classes</source>
        <translation>所有类别的不加权平均</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="85"/>
        <source>Mean weighted by support</source>
        <translation>按支持数加权的平均</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="87"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="88"/>
        <source>Correct predictions / all</source>
        <translation>正确预测数 / 总数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="89"/>
        <source>Macro precision</source>
        <translation>宏平均精确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="91"/>
        <source>Macro recall</source>
        <translation>宏平均召回率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="93"/>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="94"/>
        <source>Weighted precision</source>
        <translation>加权精确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="96"/>
        <source>Weighted recall</source>
        <translation>加权召回率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="98"/>
        <source>Weighted F1</source>
        <translation>加权 F1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="100"/>
        <source>Loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="101"/>
        <source>Mean cross-entropy; lower is better</source>
        <translation>平均交叉熵；越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="102"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="149"/>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="103"/>
        <source>Expected calibration error: how far confidence is from accuracy, averaged over confidence bins</source>
        <translation>期望校准误差：置信度与准确率之间的差距，在各置信度区间上取平均</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="105"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="151"/>
        <source>Mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="106"/>
        <source>Mean top-1 probability</source>
        <translation>平均 top-1 概率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="107"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="108"/>
        <source>Samples evaluated</source>
        <translation>已评估的样本数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="114"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="121"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="128"/>
        <source>Evaluated in %1 s</source>
        <translation>评估用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="129"/>
        <source> on %1</source>
        <translation>，在 %1 上</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="139"/>
        <source>Loss (nats per token)</source>
        <translation>损失（每词元奈特）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="140"/>
        <source>Mean next-token cross-entropy; lower is better</source>
        <translation>下一个词元的平均交叉熵；越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="141"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="142"/>
        <source>exp(loss): how many tokens the model hesitates between, on average; lower is better</source>
        <translation>exp(损失)：平均而言模型在多少个词元之间犹豫不决；越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="143"/>
        <source>Bits per byte</source>
        <translation>每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="144"/>
        <source>Loss in bits per UTF-8 byte of text: comparable across tokenizers; lower is better</source>
        <translation>以每个 UTF-8 文本字节的比特数计的损失：可在不同分词器之间比较；越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="145"/>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="146"/>
        <source>Share of tokens the model ranked first</source>
        <translation>真实的下一个词元被模型排在第一位的比例</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="147"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5 准确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="148"/>
        <source>Share of tokens among the model&apos;s five most probable</source>
        <translation>真实的下一个词元落在模型最可能的五个词元之内的比例</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="150"/>
        <source>Expected calibration error of the next-token probability</source>
        <translation>下一个词元概率的期望校准误差</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="152"/>
        <source>Mean probability of the most probable next token</source>
        <translation>最可能的下一个词元的平均概率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="153"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="154"/>
        <source>Predicted tokens</source>
        <translation>预测的词元数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="155"/>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="156"/>
        <source>Documents scored</source>
        <translation>参与评分的文档数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>This data</source>
        <translation>本数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Run&apos;s test</source>
        <translation>运行的测试</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="179"/>
        <source>Metrics on this data next to the same metrics on the run&apos;s own test set</source>
        <translation>本数据上的指标，与运行自身测试集上的相同指标并列显示</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Run&apos;s F1</source>
        <translation>运行的 F1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="192"/>
        <source>Δ F1</source>
        <translation>Δ F1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="192"/>
        <source>Δ recall</source>
        <translation>Δ 召回率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="195"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="397"/>
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="247"/>
        <source>Accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="250"/>
        <source>  (run&apos;s test %1, %2 points)</source>
        <translation>  （运行的测试 %1，%2 个百分点）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="257"/>
        <source>, %1 split</source>
        <translation>，%1 划分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="258"/>
        <source>: %1 samples, %n class(es)</source>
        <translation>
            <numerusform>：%1 个样本，%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="261"/>
        <source>Compared with run “%1” (%2)</source>
        <translation>与运行“%1”（%2）比较</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="263"/>
        <source>No run to compare with: only this data&apos;s numbers are shown.</source>
        <translation>没有可比较的运行：仅显示本数据的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="270"/>
        <source>Perplexity %1</source>
        <translation>困惑度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="272"/>
        <source>  (run&apos;s test %1, %2)</source>
        <translation>  （运行的测试 %1，%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="280"/>
        <source>: %1 document(s), %2 tokens</source>
        <translation>
            <numerusform>：%1 个文档，%2 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="282"/>
        <source>Tokenizer: %1</source>
        <translation>分词器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="282"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="283"/>
        <source>, %1 tokens</source>
        <translation>，%1 个词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="284"/>
        <source> · context %1 tokens</source>
        <translation> · 上下文 %1 个词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="285"/>
        <source>, stride %1</source>
        <translation>，步幅 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="289"/>
        <source>Compared with the test figures of run “%1”</source>
        <translation>与运行“%1”的测试数值比较</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="291"/>
        <source>No run test figures to compare with: only this text&apos;s numbers are shown.</source>
        <translation>没有可比较的运行测试数值：仅显示本文本的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="310"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="369"/>
        <source>%1: F1 %2 → %3 (%4), recall %5 → %6 (%7)</source>
        <translation>%1：F1 %2 → %3（%4），召回率 %5 → %6（%7）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="373"/>
        <source>
Changed by at least %1 since the run&apos;s test.</source>
        <translation>
自运行的测试以来变化至少 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="375"/>
        <source>%1 was not in the run&apos;s test set</source>
        <translation>%1 不在运行的测试集中</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="379"/>
        <source>Never predicted: precision is undefined (shown as 0)</source>
        <translation>从未被预测：精确率无定义（显示为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="380"/>
        <source>No samples of this class: recall is undefined (shown as 0)</source>
        <translation>该类别没有样本：召回率无定义（显示为 0）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="399"/>
        <source>Per class — no class moved by %1 or more in F1 or recall</source>
        <translation>各类别 — 没有类别的 F1 或召回率变化达到 %1 或以上</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="401"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="403"/>
        <source>Per class — %n class(es) moved by %1 or more in F1 or recall (red)</source>
        <translation>
            <numerusform>各类别 — %n 个类别的 F1 或召回率变化达到 %1 或以上（红色）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateWindow</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="49"/>
        <source>Evaluate Model — TrainScope</source>
        <translation>评估模型 — TrainScope</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="74"/>
        <source>Pick a model and data to evaluate</source>
        <translation>选择要评估的模型和数据</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="100"/>
        <source>Choose a saved model and labelled data, then press Evaluate (Ctrl+Return).

You will see accuracy and per-class metrics next to the run&apos;s own test results, the confusion matrix (click a cell to see its samples), calibration, and drift against the training data.</source>
        <translation>选择一个已保存的模型和带标签的数据，然后按“评估”（Ctrl+Return）。

你将看到准确率和各类别指标（与运行自身的测试结果并列）、混淆矩阵（单击单元格可查看其样本）、校准情况，以及相对于训练数据的漂移。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="116"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="117"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="118"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="119"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="120"/>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="121"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="135"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="187"/>
        <source>Not started: %1</source>
        <translation>未开始：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="194"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="195"/>
        <source>Evaluating %1 on %2…</source>
        <translation>正在 %2 上评估 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="203"/>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="204"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="236"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="237"/>
        <source>Evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="240"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="241"/>
        <source>&lt;b&gt;The evaluation failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;评估失败。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="242"/>
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="264"/>
        <source>Done: %1 tokens in %2 document(s) in %3 s</source>
        <translation>
            <numerusform>完成：%2 个文档中的 %1 个词元，用时 %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="267"/>
        <source>Evaluated %1 tokens: perplexity %2</source>
        <translation>已评估 %1 个词元：困惑度 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="272"/>
        <source>Done: %1 sample(s) in %2 s</source>
        <translation>
            <numerusform>完成：%1 个样本，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="273"/>
        <source>Evaluated %1 sample(s): accuracy %2</source>
        <translation>
            <numerusform>已评估 %1 个样本：准确率 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="298"/>
        <source>There is no evaluation to export yet.</source>
        <translation>目前还没有可导出的评估。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="306"/>
        <source>%1: choose a file ending in .html, .pdf, .csv or .json</source>
        <translation>%1：请选择以 .html、.pdf、.csv 或 .json 结尾的文件</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="325"/>
        <source>Evaluation folder (*)</source>
        <translation>评估文件夹 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="327"/>
        <source>Export Evaluation</source>
        <translation>导出评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="328"/>
        <source>HTML report (*.html);;PDF report (*.pdf);;Per-class CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf);;各类别 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="334"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="338"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="346"/>
        <source>This evaluation kept no per-sample predictions to list</source>
        <translation>此次评估没有保存可列出的逐样本预测</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="363"/>
        <source>, %1 split</source>
        <translation>，%1 划分</translation>
    </message>
</context>
<context>
    <name>ts::EvaluationPanels</name>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="28"/>
        <source>The set the confusion matrix and the table below were computed on</source>
        <translation>计算混淆矩阵和下表所用的数据集</translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="29"/>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="86"/>
        <source>No evaluation yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="48"/>
        <source>Per-class precision, recall, F1 and support</source>
        <translation>各类别的精确率、召回率、F1 分数和支持数</translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="52"/>
        <source>Accuracy, macro-averaged F1 and support-weighted F1 of the set shown</source>
        <translation>所显示数据集的准确率、宏平均 F1 和按支持数加权的 F1</translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="75"/>
        <source>Accuracy %1 % · macro F1 %2 · weighted F1 %3 · loss %4</source>
        <translation>准确率 %1 % · 宏平均 F1 %2 · 加权 F1 %3 · 损失 %4</translation>
    </message>
</context>
<context>
    <name>ts::ExperimentsWindow</name>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="41"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="53"/>
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="54"/>
        <source>Objective per parameter</source>
        <translation>各参数的目标值</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="55"/>
        <source>Validation curves</source>
        <translation>验证曲线</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="58"/>
        <source>New sweep</source>
        <translation>新建扫描</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="59"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="65"/>
        <source>Open a sweep folder (a trainscope-cli sweep --out folder)</source>
        <translation>打开扫描文件夹（trainscope-cli sweep --out 生成的文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="88"/>
        <source>Double-click a trial to show its run in the main window</source>
        <translation>双击某个试验，在主窗口中显示其运行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="94"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="96"/>
        <source>Open Sweep…</source>
        <translation>打开扫描…</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="98"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="102"/>
        <source>Train the Best Configuration</source>
        <translation>训练最佳配置</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="104"/>
        <source>Put the best trial&apos;s values into the main window&apos;s form</source>
        <translation>将最佳试验的取值填入主窗口的表单</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="105"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="107"/>
        <source>Save the table&apos;s trials (as filtered) as CSV</source>
        <translation>将表格中的试验（按当前筛选）保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="108"/>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="110"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="112"/>
        <source>Continue this paused or interrupted sweep (trainscope-cli sweep --resume)</source>
        <translation>继续这个已暂停或被中断的扫描（trainscope-cli sweep --resume）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="122"/>
        <source>Experiments — %1</source>
        <translation>实验 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="184"/>
        <source>Starting trainscope-cli…</source>
        <translation>正在启动 trainscope-cli…</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="185"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="189"/>
        <source>%1 sweep of %2 — %3 — %4/%n trial(s) done</source>
        <translation>
            <numerusform>%2 的 %1 扫描 — %3 — 已完成 %4/%n 个试验</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="195"/>
        <source> — about %1 left</source>
        <translation> — 约剩 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="199"/>
        <source> — best: trial %1, %2 = %3</source>
        <translation> — 最佳：试验 %1，%2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="205"/>
        <source> — %1 of %n trial(s) in the brushed ranges</source>
        <translation>
            <numerusform> — %n 个试验中有 %1 个位于刷选范围内</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="207"/>
        <source> — a trial was interrupted: Resume continues the sweep</source>
        <translation> — 有试验被中断：按“继续”可继续扫描</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="227"/>
        <source>Trial %1 has no run yet</source>
        <translation>试验 %1 还没有运行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="238"/>
        <source>The best trial&apos;s configuration is in the main window&apos;s form</source>
        <translation>最佳试验的配置已填入主窗口的表单</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="252"/>
        <source>Export Trials</source>
        <translation>导出试验</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="253"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="256"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="289"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="293"/>
        <source>%1 sweep of %2</source>
        <translation>%2 的 %1 扫描</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="303"/>
        <source>resume %1</source>
        <translation>继续 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="312"/>
        <source>Open a data set in the main window before queueing a run</source>
        <translation>请先在主窗口中打开数据集，再将运行加入队列</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="331"/>
        <source>%1 run on %2</source>
        <translation>在 %2 上的 %1 运行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="366"/>
        <source>Started: %1</source>
        <translation>已开始：%1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="378"/>
        <source>Queued run ended: %1</source>
        <translation>队列中的运行已结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="382"/>
        <source>trainscope-cli (%1):
%2</source>
        <translation>trainscope-cli（%1）：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="396"/>
        <source>Stopping the run; it keeps its last checkpoint, and Resume in the main window continues it</source>
        <translation>正在停止运行；它会保留最近的检查点，可在主窗口中用“继续训练”接着训练</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="398"/>
        <source>Stopping the sweep after its current trial&apos;s batch; Resume continues it</source>
        <translation>当前这批试验完成后停止扫描；按“继续”可接着进行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="405"/>
        <source>Open Sweep Folder</source>
        <translation>打开扫描文件夹</translation>
    </message>
</context>
<context>
    <name>ts::HealthPanel</name>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="61"/>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="62"/>
        <location filename="../../ui/health/HealthPanel.cpp" line="83"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="63"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="64"/>
        <location filename="../../ui/health/HealthPanel.cpp" line="215"/>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="65"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="66"/>
        <source>Update ratio of each layer over the steps</source>
        <translation>各层更新比随步数的变化</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="67"/>
        <source>The global gradient norm before clipping, every step, with the clip threshold</source>
        <translation>每一步裁剪前的全局梯度范数，以及裁剪阈值</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="68"/>
        <source>Weights or gradients of one layer over the steps, and dead units</source>
        <translation>某一层的权重或梯度随步数的变化，以及死单元</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="69"/>
        <source>Spikes, exploding or vanishing updates, dead layers, overfitting, plateaus</source>
        <translation>尖峰、更新量爆炸或消失、死层、过拟合、平台期</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="70"/>
        <source>Throughput, data loading, CPU and memory per epoch</source>
        <translation>每个轮次的吞吐量、数据加载、CPU 和内存</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="85"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="85"/>
        <source>norm before clipping</source>
        <translation>裁剪前的范数</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="87"/>
        <source>grad norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="88"/>
        <source>clip threshold</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="92"/>
        <source>Show biases</source>
        <translation>显示偏置</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="94"/>
        <source>Also show the bias vectors (and other parameters whose name ends in “bias”)</source>
        <translation>同时显示偏置向量（以及名称以“bias”结尾的其他参数）</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="97"/>
        <source>How much each step changes a layer&apos;s weights: about 1e-3 is healthy.</source>
        <translation>每一步对某层权重的改变幅度：约 1e-3 为健康。</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="113"/>
        <source>The parameter whose distributions are shown</source>
        <translation>显示其分布的参数</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="118"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="119"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="120"/>
        <source>Distribution of the weights, or of their gradients, at each sample</source>
        <translation>每次采样时权重或其梯度的分布</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="125"/>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="128"/>
        <source>darker = more values; orange line = mean</source>
        <translation>颜色越深 = 值越多；橙线 = 均值</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="156"/>
        <source>Diagnostics are off for this run: only the NaN/Inf guard watches it.</source>
        <translation>此运行已关闭诊断：只有 NaN/Inf 防护在监视它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/HealthPanel.cpp" line="157"/>
        <source>Per-layer diagnostics appear after the first %n step(s).</source>
        <translation>
            <numerusform>各层诊断将在前 %n 步之后出现。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="158"/>
        <source>Per-layer diagnostics appear after the first health sample (every few dozen steps).</source>
        <translation>各层诊断将在第一次健康采样（每隔几十步一次）之后出现。</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="161"/>
        <source>Weight and gradient distributions of the chosen layer appear with the per-layer diagnostics.</source>
        <translation>所选层的权重和梯度分布将与各层诊断一同出现。</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="164"/>
        <source>Dead and saturated unit shares appear with the per-layer diagnostics.</source>
        <translation>死单元和饱和单元的占比将与各层诊断一同出现。</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="208"/>
        <source>%1 at step %2: %3</source>
        <translation>第 %2 步出现%1：%3</translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="215"/>
        <source>Alerts (%1)</source>
        <translation>警报（%1）</translation>
    </message>
</context>
<context>
    <name>ts::HealthPlot</name>
    <message>
        <location filename="../../ui/health/HealthPlot.cpp" line="82"/>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>ts::HistogramHeatmap</name>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="58"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="132"/>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="132"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="133"/>
        <source>%1 %2 · step %3 · %4 of the values in %5 … %6</source>
        <translation>%1 %2 · 第 %3 步 · %4 的值位于 %5 … %6</translation>
    </message>
</context>
<context>
    <name>ts::LanguageMenu</name>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="14"/>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="35"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="36"/>
        <source>The interface will use the new language the next time TrainScope starts.</source>
        <translation>下次启动 TrainScope 时，界面将使用新的语言。</translation>
    </message>
</context>
<context>
    <name>ts::LanguageModelCharts</name>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="42"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="42"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="43"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="44"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="47"/>
        <source>Loss in nats per token; perplexity = e^loss; bits per byte compares tokenizers</source>
        <translation>损失以每词元奈特计；困惑度 = e^损失；每字节比特数可用于比较不同的分词器</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="48"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="49"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="50"/>
        <source>Bits per byte</source>
        <translation>每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="59"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="59"/>
        <source>norm before clipping</source>
        <translation>裁剪前的范数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="61"/>
        <source>grad norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="62"/>
        <source>clip threshold</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="68"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="68"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="69"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>bits per byte</source>
        <translation>每字节比特数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="132"/>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>ts::LanguageModelOptions</name>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="79"/>
        <source>Steps and evaluation</source>
        <translation>步数与评估</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="81"/>
        <source>Optimizer steps in all (a language model is trained in steps, not epochs)</source>
        <translation>优化器的总步数（语言模型按步而不是按轮次训练）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="83"/>
        <source>Estimate the losses and write samples every this many steps</source>
        <translation>每隔这么多步估计一次损失并写出样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="85"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="86"/>
        <source>Batches per split for the train and validation loss estimates</source>
        <translation>估计训练损失和验证损失时，每个划分所用的批数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="88"/>
        <source>Linear learning-rate warm-up over this many steps (0 = none)</source>
        <translation>在这么多步内线性预热学习率（0 = 不预热）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="90"/>
        <source>Cosine schedule: the learning rate it decays to</source>
        <translation>余弦调度：学习率最终衰减到的值</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="92"/>
        <source>Clip the total gradient norm to this (0 = off); the gradient-norm chart draws it</source>
        <translation>将总梯度范数裁剪到此值（0 = 关闭）；梯度范数图会画出它</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="94"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="95"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="96"/>
        <source>Evaluate every:</source>
        <translation>评估间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="97"/>
        <source>Eval batches:</source>
        <translation>评估批数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="98"/>
        <source>Warm-up steps:</source>
        <translation>预热步数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="99"/>
        <source>Min learning rate:</source>
        <translation>最小学习率：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="100"/>
        <source>Gradient clip:</source>
        <translation>梯度裁剪：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="105"/>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="107"/>
        <source>Tokens the model sees at once (the training windows&apos; length)</source>
        <translation>模型一次看到的词元数（训练窗口的长度）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="109"/>
        <source>Transformer blocks</source>
        <translation>Transformer 块数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="110"/>
        <source>Attention heads per block (must divide the width)</source>
        <translation>每个块的注意力头数（必须能整除宽度）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="112"/>
        <source>Embedding width of the model</source>
        <translation>模型的嵌入宽度</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="114"/>
        <source>Dropout in attention, MLP and embeddings (0 = none)</source>
        <translation>注意力、MLP 和嵌入中的 Dropout（0 = 不使用）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="116"/>
        <source>Bias in linear layers and LayerNorms</source>
        <translation>线性层和 LayerNorm 中使用偏置</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="118"/>
        <source>GPT-2 has biases; nanoGPT&apos;s small models train slightly better without</source>
        <translation>GPT-2 使用偏置；nanoGPT 的小模型不用偏置时训练效果略好</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="119"/>
        <source>Context length:</source>
        <translation>上下文长度：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="120"/>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="121"/>
        <source>Heads:</source>
        <translation>注意力头数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="122"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="123"/>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="129"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="131"/>
        <source>How the text is cut into tokens; trained on the training split and saved with the run</source>
        <translation>文本如何切分为词元；在训练集划分上训练，并随运行一起保存</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="133"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="134"/>
        <source>BPE (SentencePiece)</source>
        <translation>BPE（SentencePiece）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="135"/>
        <source>Unigram (SentencePiece)</source>
        <translation>Unigram（SentencePiece）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="136"/>
        <source>SentencePiece model file</source>
        <translation>SentencePiece 模型文件</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="139"/>
        <source>An existing SentencePiece .model file</source>
        <translation>现有的 SentencePiece .model 文件</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="140"/>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="188"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="144"/>
        <source>Vocabulary size of a trained BPE or unigram tokenizer</source>
        <translation>训练得到的 BPE 或 Unigram 分词器的词表大小</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="146"/>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="147"/>
        <source>Model file:</source>
        <translation>模型文件：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="148"/>
        <source>Vocabulary:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="153"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="157"/>
        <source>Prompts continued at every evaluation, one per line (an empty line is the empty prompt). Leave the box empty for the default: the empty prompt and two openings from the validation text.</source>
        <translation>每次评估时续写的提示，每行一个（空行即空提示）。留空则使用默认值：空提示和验证文本中的两个开头。</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="160"/>
        <source>(default prompts)</source>
        <translation>（默认提示）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="164"/>
        <source>Tokens generated per prompt at each evaluation</source>
        <translation>每次评估时每个提示生成的词元数</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="166"/>
        <source>Sampling temperature: lower is more predictable, higher more varied</source>
        <translation>采样温度：越低越可预测，越高越多样</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="168"/>
        <source>Sample among the k most likely tokens (0 = all)</source>
        <translation>在概率最高的 k 个词元中采样（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="170"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="171"/>
        <source>Seed of the samples: the same at every evaluation, so only the model changes</source>
        <translation>样本的随机种子：每次评估都相同，因此只有模型在变化</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="173"/>
        <source>Prompts:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="174"/>
        <source>Watch list:</source>
        <translation>监视列表：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="175"/>
        <source>Sample tokens:</source>
        <translation>样本词元数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="176"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="177"/>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="178"/>
        <source>Sample seed:</source>
        <translation>样本随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="185"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="186"/>
        <source>A word-list file, one entry per line: every whole-word, case-insensitive match in a sample is highlighted, counted and raises an alert</source>
        <translation>词语列表文件，每行一个条目：样本中每个整词匹配（不区分大小写）都会被高亮、计数并触发警报</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="202"/>
        <source>SentencePiece Model</source>
        <translation>SentencePiece 模型</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="203"/>
        <source>SentencePiece models (*.model);;All files (*)</source>
        <translation>SentencePiece 模型 (*.model);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="210"/>
        <source>Watch List</source>
        <translation>监视列表</translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="211"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>词语列表 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ts::LrFinderController</name>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="36"/>
        <source>Open a data set first: the range test trains on it.</source>
        <translation>请先打开数据集：范围测试要在它上面训练。</translation>
    </message>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="64"/>
        <source>The record was not written: %1</source>
        <translation>未写入记录：%1</translation>
    </message>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="101"/>
        <source>no data set</source>
        <translation>没有数据集</translation>
    </message>
</context>
<context>
    <name>ts::LrFinderDialog</name>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="49"/>
        <source>Find a Learning Rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="55"/>
        <source>Training loss over the learning rate</source>
        <translation>训练损失随学习率的变化</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="59"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="59"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="61"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="62"/>
        <source>smoothed loss</source>
        <translation>平滑后的损失</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="82"/>
        <source>Run Again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="84"/>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="87"/>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="172"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="89"/>
        <source>Put the suggested learning rate (the steepest descent) into the configuration</source>
        <translation>将建议的学习率（下降最陡处）填入配置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="105"/>
        <source>Trains %1 on %2 from fresh initial weights for up to %3 step(s) while the learning rate grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is touched. The form&apos;s learning rate is %6.</source>
        <translation>
            <numerusform>从全新的初始权重开始，在 %2 上训练 %1 最多 %3 步，同时学习率从 %4 增长到 %5，损失爆炸时停止。不会改动任何运行或检查点。表单中的学习率为 %6。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="119"/>
        <source>Running the range test…</source>
        <translation>正在运行范围测试…</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="144"/>
        <source>steepest descent: %1</source>
        <translation>下降最陡处：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="146"/>
        <source>minimum ÷ 10: %1</source>
        <translation>最小值 ÷ 10：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="147"/>
        <source>minimum: %1</source>
        <translation>最小值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="158"/>
        <source>Steepest descent: %1 (suggested)</source>
        <translation>下降最陡处：%1（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="159"/>
        <source>Steepest descent: –</source>
        <translation>下降最陡处：–</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="160"/>
        <source>Minimum ÷ 10: –</source>
        <translation>最小值 ÷ 10：–</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="161"/>
        <source>Minimum ÷ 10: %1</source>
        <translation>最小值 ÷ 10：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="162"/>
        <source>Minimum ÷ 10: %1 (suggested)</source>
        <translation>最小值 ÷ 10：%1（建议）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="165"/>
        <source>%n step(s) in %1</source>
        <translation>
            <numerusform>%n 步，用时 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="166"/>
        <source>, stopped: %1</source>
        <translation>，已停止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="167"/>
        <source>No suggestion: the loss did not fall over the range.</source>
        <translation>无建议：在此范围内损失没有下降。</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="168"/>
        <source>Record: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="172"/>
        <source>Apply %1</source>
        <translation>应用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="178"/>
        <source>The range test failed: %1</source>
        <translation>范围测试失败：%1</translation>
    </message>
</context>
<context>
    <name>ts::MainWindow</name>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="71"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="83"/>
        <source>Show or hide the Health panel: update ratios, gradient norm, distributions, alerts</source>
        <translation>显示或隐藏“健康状况”面板：更新比、梯度范数、分布、警报</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="103"/>
        <source>Open a data set folder to begin (Ctrl+O)</source>
        <translation>打开一个数据集文件夹以开始（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="123"/>
        <source>Open Sweep Folder</source>
        <translation>打开扫描文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="166"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation>
            <numerusform>⚠ 监视列表：第 %1 步的样本中有 %n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="207"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="211"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="212"/>
        <location filename="../../ui/training/MainWindow.cpp" line="638"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="212"/>
        <source>The report was not saved.

%1</source>
        <translation>报告未保存。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="262"/>
        <source>About TrainScope</source>
        <translation>关于 TrainScope</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="263"/>
        <source>&lt;h3&gt;TrainScope %1&lt;/h3&gt;&lt;p&gt;Train small image classifiers and watch them learn, live.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrainScope %1&lt;/h3&gt;&lt;p&gt;训练小型图像分类器，并实时观察它们如何学习。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 LibTorch 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="285"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="297"/>
        <source>Invalid configuration: %1</source>
        <translation>配置无效：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="298"/>
        <source>Invalid configuration</source>
        <translation>配置无效</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="302"/>
        <source>Starting training…</source>
        <translation>正在开始训练…</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="310"/>
        <source>Paused by the user at step %1</source>
        <translation>用户在第 %1 步暂停</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="311"/>
        <source>Paused — press Space or Ctrl+P to resume</source>
        <translation>已暂停 — 按空格键或 Ctrl+P 继续</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="315"/>
        <source>Resumed at step %1</source>
        <translation>在第 %1 步恢复</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="316"/>
        <source>Resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="325"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="345"/>
        <source>%1 — TrainScope</source>
        <translation>%1 — TrainScope</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="347"/>
        <source>Loaded %1 — press F5 or Ctrl+Return to train</source>
        <translation>已加载 %1 — 按 F5 或 Ctrl+Return 开始训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="352"/>
        <source>Could not load the data set: %1</source>
        <translation>无法加载数据集：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="353"/>
        <source>Could not load the data set</source>
        <translation>无法加载数据集</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="380"/>
        <location filename="../../ui/training/MainWindow.cpp" line="705"/>
        <source> · %n thread(s)</source>
        <translation>
            <numerusform> · %n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="387"/>
        <source>Training on %1</source>
        <translation>正在 %1 上训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="421"/>
        <source>Evaluation %1/%2 at step %3: train loss %4 · val loss %5 · perplexity %6 · %7 bits per byte</source>
        <translation>第 %1/%2 次评估（第 %3 步）：训练损失 %4 · 验证损失 %5 · 困惑度 %6 · 每字节 %7 比特</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="440"/>
        <source>Test set, epoch %1</source>
        <translation>测试集，第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="441"/>
        <source>Validation, epoch %1</source>
        <translation>验证集，第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="445"/>
        <source>Epoch %1/%2 done in %3: train loss %4</source>
        <translation>第 %1/%2 轮完成，用时 %3：训练损失 %4</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="448"/>
        <source> · %1 loss %2 · %1 accuracy %3 %</source>
        <translation> · %1损失 %2 · %1准确率 %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="449"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="449"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="475"/>
        <source>%1 at step %2: %3</source>
        <translation>第 %2 步出现%1：%3</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="476"/>
        <source>
What to try: %1</source>
        <translation>
建议尝试：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="478"/>
        <source>⚠ %1 at step %2 (see Health ▸ Alerts, Ctrl+Shift+H)</source>
        <translation>⚠ 第 %2 步出现%1（见“健康状况 ▸ 警报”，Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="490"/>
        <source>Training diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="490"/>
        <source>The loss became NaN or infinite.</source>
        <translation>损失变成了 NaN 或无穷大。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="492"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="494"/>
        <source>Training interrupted</source>
        <translation>训练被中断</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="498"/>
        <location filename="../../ui/training/MainWindow.cpp" line="701"/>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="504"/>
        <source>test loss %1 · perplexity %2 · %3 bits per byte</source>
        <translation>测试损失 %1 · 困惑度 %2 · 每字节 %3 比特</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="510"/>
        <source>Finished: test accuracy %1 %</source>
        <translation>完成：测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="511"/>
        <source>Finished: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="512"/>
        <source>Finished in %1</source>
        <translation>完成，用时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="515"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="515"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="516"/>
        <location filename="../../ui/training/MainWindow.cpp" line="712"/>
        <source> · test accuracy %1 %</source>
        <translation> · 测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="520"/>
        <source>Diverged: %1</source>
        <translation>已发散：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="523"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="526"/>
        <source>Interrupted: %1</source>
        <translation>已中断：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="535"/>
        <source>

The run is kept in the Runs panel. Once the cause is fixed, select it there and press Resume to continue from its last checkpoint.</source>
        <translation>

该运行保留在“运行”面板中。排除原因后，在那里选中它并按“继续训练”，即可从其最后一个检查点继续。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="537"/>
        <source>

The run is kept in the Runs panel; it ended before its first checkpoint, so train it again once the cause is fixed.</source>
        <translation>

该运行保留在“运行”面板中；它在第一个检查点之前就结束了，因此排除原因后请重新训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="576"/>
        <source>Your settings could not be saved to %1 (is the disk full, or the folder read-only?); training goes on with them.</source>
        <translation>无法将你的设置保存到 %1（磁盘是否已满，或文件夹是否只读？）；训练将继续使用这些设置。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="595"/>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="596"/>
        <source>A run is still training. Stop it and quit?</source>
        <translation>仍有运行在训练。停止它并退出吗？</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="597"/>
        <source>The run is saved as stopped and can be resumed later from the Runs panel.</source>
        <translation>该运行将以“已停止”状态保存，之后可在“运行”面板中继续训练。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="598"/>
        <source>Stop and Quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="638"/>
        <source>There is no run to export yet: train a model first.</source>
        <translation>还没有可导出的运行：请先训练一个模型。</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="648"/>
        <source>Another report is still being exported</source>
        <translation>另一份报告仍在导出中</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="652"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="665"/>
        <source>Runs Folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="669"/>
        <source>New runs are saved in %1</source>
        <translation>新的运行将保存在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="674"/>
        <location filename="../../ui/training/MainWindow.cpp" line="742"/>
        <source>A run is training: stop it before opening another one</source>
        <translation>有运行正在训练：请先停止它，再打开另一个</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="709"/>
        <source>Showing run “%1” (%2)</source>
        <translation>正在显示运行“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="711"/>
        <source>Following a run in progress (written by another process): “%1”</source>
        <translation>正在跟踪一个进行中的运行（由另一个进程写入）：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="713"/>
        <source> · best val loss %1</source>
        <translation> · 最佳验证损失 %1</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="714"/>
        <source> · best val accuracy %1 %</source>
        <translation> · 最佳验证准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="745"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="751"/>
        <source>Select two or more runs to compare</source>
        <translation>请选择两个或更多运行进行比较</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="754"/>
        <source>Loading %n run(s) to compare…</source>
        <translation>
            <numerusform>正在加载 %n 个运行以进行比较…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="760"/>
        <source>A run is training: stop it before resuming another one</source>
        <translation>有运行正在训练：请先停止它，再继续训练另一个</translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="766"/>
        <source>Resuming “%1”…</source>
        <translation>正在继续训练“%1”…</translation>
    </message>
</context>
<context>
    <name>ts::MistakesGallery</name>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="99"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="100"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="101"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="102"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="103"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="141"/>
        <source>feature %1</source>
        <translation>特征 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="178"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="389"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="227"/>
        <source>Most confident first</source>
        <translation>置信度最高的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="228"/>
        <source>Least confident first</source>
        <translation>置信度最低的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="229"/>
        <source>Confident mistakes often are label errors or truly ambiguous samples;
barely-right predictions show where the model is unsure</source>
        <translation>高置信度的错误往往是标注错误或确实有歧义的样本；
勉强正确的预测则显示出模型没有把握的地方</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="231"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="233"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="563"/>
        <source>Save the selected sample&apos;s image, enlarged as shown</source>
        <translation>保存所选样本的图像（按显示时的放大尺寸）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="234"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="236"/>
        <source>Save every sample of this cell (index, classes, confidence, raw features) as CSV</source>
        <translation>将此单元格的每个样本（索引、类别、置信度、原始特征）保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="237"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="246"/>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="376"/>
        <source>No cell chosen</source>
        <translation>未选择单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="377"/>
        <source>%1 sample(s)</source>
        <translation>
            <numerusform>%1 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="379"/>
        <source>%1 predicted as %1 (correct): %2</source>
        <translation>%1 被预测为 %1（正确）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="380"/>
        <source>%1 predicted as %2: %3</source>
        <translation>%1 被预测为 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="389"/>
        <source>Samples — %1</source>
        <translation>样本 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="394"/>
        <source>most confident first</source>
        <translation>置信度最高的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="394"/>
        <source>least confident first</source>
        <translation>置信度最低的在前</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="396"/>
        <source>showing the first %1 of %2 (Export CSV writes all of them)</source>
        <translation>显示 %2 个中的前 %1 个（“导出 CSV”会写出全部）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="399"/>
        <source>no samples in this cell</source>
        <translation>此单元格中没有样本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="416"/>
        <source>The samples themselves are not available: only the predictions are listed.</source>
        <translation>样本本身不可用：只列出了预测。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="417"/>
        <source>%n sample(s) are beyond the end of the data set shown.</source>
        <translation>
            <numerusform>有 %n 个样本超出了所显示数据集的末尾。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="419"/>
        <source>%n sample(s) have a different label in the data set: it may not be the data these predictions were made on.</source>
        <translation>
            <numerusform>有 %n 个样本在数据集中的标签不同：这些预测所依据的可能不是这份数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="506"/>
        <source>true %1
pred %2
%3 · #%4</source>
        <translation>真实 %1
预测 %2
%3 · #%4</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="531"/>
        <source>Sample %1 of %2
True class: %3
Predicted: %4 (confidence %5)</source>
        <translation>%2 的样本 %1
真实类别：%3
预测：%4（置信度 %5）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="533"/>
        <source>the evaluated set</source>
        <translation>被评估的数据集</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="564"/>
        <source>Only image data sets have images to save</source>
        <translation>只有图像数据集才有可保存的图像</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="595"/>
        <source>Select an image first.</source>
        <translation>请先选择一张图像。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="601"/>
        <source>Sample %1 is not in the data set shown.</source>
        <translation>样本 %1 不在所显示的数据集中。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="608"/>
        <source>Cannot encode sample %1 as PNG.</source>
        <translation>无法将样本 %1 编码为 PNG。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="618"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="622"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="618"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="630"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="634"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="630"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>ts::MistakesGalleryOpener</name>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="36"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="36"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="38"/>
        <source>The %1 samples are not loaded, so they cannot be listed</source>
        <translation>未加载%1样本，因此无法列出</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="43"/>
        <source>The loaded data set is not the one this run was trained on: open %1 to see the samples behind its predictions</source>
        <translation>当前加载的数据集不是该运行训练所用的数据集：请打开 %1 以查看其预测背后的样本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="51"/>
        <source>The loaded data set&apos;s %1 split has %n sample(s), but %2&apos;s predictions refer to sample %3: it is not the data they were made on</source>
        <translation>
            <numerusform>当前加载的数据集的%1划分只有 %n 个样本，但 %2 的预测引用了第 %3 个样本：这些预测所依据的不是这份数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="77"/>
        <source>the test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="77"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="79"/>
        <source>No per-sample predictions are kept for %1, so its samples cannot be listed</source>
        <translation>%1 没有保存逐样本预测，因此无法列出其样本</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="100"/>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="100"/>
        <source>Test set, epoch %1</source>
        <translation>测试集，第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="101"/>
        <source>Validation set, epoch %1</source>
        <translation>验证集，第 %1 轮</translation>
    </message>
</context>
<context>
    <name>ts::ObjectiveScatterView</name>
    <message>
        <location filename="../../ui/experiments/ObjectiveScatterView.cpp" line="67"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ObjectiveScatterView.cpp" line="93"/>
        <source>No sweep</source>
        <translation>没有扫描</translation>
    </message>
</context>
<context>
    <name>ts::ParallelCoordinatesView</name>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="29"/>
        <source>Drag along an axis to keep only the trials in that range; click an axis to clear its range, double-click to clear every range</source>
        <translation>沿坐标轴拖动，只保留该范围内的试验；单击坐标轴清除其范围，双击清除所有范围</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="115"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="138"/>
        <source>Open a sweep folder (File ▸ Open Sweep…)</source>
        <translation>打开一个扫描文件夹（文件 ▸ 打开扫描…）</translation>
    </message>
</context>
<context>
    <name>ts::PeerProcesses</name>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="154"/>
        <source>stopped before the processes joined</source>
        <translation>在各进程汇合之前已停止</translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="158"/>
        <source>rank %1 ended before the processes joined</source>
        <translation>进程 %1 在各进程汇合之前就已结束</translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="197"/>
        <source>rank %1 was still running %2 s after the run ended, so it was ended</source>
        <translation>运行结束 %2 秒后进程 %1 仍在运行，因此已将其结束</translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="222"/>
        <source>rank %1 was killed by signal %2 (%3)</source>
        <translation>进程 %1 被信号 %2（%3）终止</translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="227"/>
        <source>rank %1 exited with status %2</source>
        <translation>进程 %1 以状态 %2 退出</translation>
    </message>
</context>
<context>
    <name>ts::PerplexityHistogram</name>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="54"/>
        <source>Perplexity per document</source>
        <translation>各文档的困惑度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="54"/>
        <source>The perplexity of each document appears after an evaluation</source>
        <translation>评估完成后将显示各文档的困惑度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="83"/>
        <source>Perplexity per document · %1 document(s)</source>
        <translation>
            <numerusform>各文档的困惑度 · %1 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="84"/>
        <source> (%n without a perplexity)</source>
        <translation>
            <numerusform>（%n 个没有困惑度）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="150"/>
        <source>Perplexity %1–%2: %3 (%4)</source>
        <translation>困惑度 %1–%2：%3（%4）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="151"/>
        <source>%1 document(s)</source>
        <translation>
            <numerusform>%1 个文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="160"/>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="195"/>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="161"/>
        <source>selected document</source>
        <translation>所选文档</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="194"/>
        <source>perplexity (log scale)</source>
        <translation>困惑度（对数刻度）</translation>
    </message>
</context>
<context>
    <name>ts::PlaygroundPanel</name>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="43"/>
        <source>Type a prompt (or leave it empty), then press Ctrl+Return</source>
        <translation>输入提示（也可以留空），然后按 Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="82"/>
        <source>No model chosen</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="89"/>
        <source>Current run</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="90"/>
        <source>The current run&apos;s latest checkpoint (while paused or after training)</source>
        <translation>当前运行的最新检查点（暂停时或训练结束后）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="94"/>
        <source>Checkpoint…</source>
        <translation>检查点…</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="95"/>
        <source>A language model&apos;s checkpoint file (.pt)</source>
        <translation>语言模型的检查点文件（.pt）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="99"/>
        <source>Run folder…</source>
        <translation>运行文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="100"/>
        <source>A language-model run&apos;s folder (its best or last checkpoint)</source>
        <translation>语言模型运行的文件夹（使用其最佳或最后一个检查点）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="105"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="116"/>
        <source>Lower is more predictable, higher more varied</source>
        <translation>越低越可预测，越高越多样</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="121"/>
        <source>Sample among the k most likely tokens (0 = all)</source>
        <translation>在概率最高的 k 个词元中采样（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="124"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="126"/>
        <source>Tokens to generate</source>
        <translation>要生成的词元数</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="129"/>
        <source>The same seed, model and prompt give the same text</source>
        <translation>相同的随机种子、模型和提示会生成相同的文本</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="138"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="139"/>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="139"/>
        <source>Max tokens:</source>
        <translation>最大词元数：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="140"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="150"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="152"/>
        <source>Continue the prompt (Ctrl+Return)</source>
        <translation>续写提示（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="154"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="157"/>
        <source>Colour by probability</source>
        <translation>按概率着色</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="159"/>
        <source>Each token&apos;s background shows how likely it was: red unlikely, green likely</source>
        <translation>每个词元的背景色表示其可能性：红色为不太可能，绿色为很可能</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="197"/>
        <source>Current run (%1)</source>
        <translation>当前运行（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="202"/>
        <source>Language Model Checkpoint</source>
        <translation>语言模型检查点</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="203"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>检查点 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="208"/>
        <source>Language Model Run</source>
        <translation>语言模型运行</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="217"/>
        <source>The current run is training: pause it to generate</source>
        <translation>当前运行正在训练：请先暂停再生成</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="233"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="238"/>
        <source>Generating with %1</source>
        <translation>正在用 %1 生成</translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="250"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/bridge/GenerationController.cpp" line="91"/>
        <source> (%1 tokens/s)</source>
        <translation>（%1 词元/秒）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="93"/>
        <source>Stopped after %n token(s)</source>
        <translation>
            <numerusform>生成 %n 个词元后停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="94"/>
        <source>%n token(s) in %1 s</source>
        <translation>
            <numerusform>%n 个词元，用时 %1 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::PresetTexts</name>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="15"/>
        <source>The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).</source>
        <translation>完全复现参考教程：784-512-512-10 的 MLP，logits 上带 ReLU，SGD 学习率 1e-3，批大小 64，不打乱数据，每个轮次结束后在测试集上评估（5 轮后约 41%）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="19"/>
        <source>The tutorial&apos;s 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).</source>
        <translation>教程中的 784-512-512-10 MLP，但 logits 上不加 ReLU；像素标准化，批大小 256，AdamW 加余弦衰减，10% 验证集划分（5 轮内测试准确率约 89%）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="22"/>
        <source>A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW with cosine decay (&gt;90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).</source>
        <translation>小型卷积网络（两个带批归一化的 3x3 卷积块、最大池化、Dropout），AdamW 加余弦衰减（2-5 轮内测试准确率 &gt;90%；在 CPU 上每轮比 MLP 慢）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="27"/>
        <source>Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), their mean 32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs of batch 64; the fast baseline that trains in seconds.</source>
        <translation>文本分类器：对词 1-2-gram 和字符 3-5-gram 做哈希的词袋（2^16 个桶），取其 32 维嵌入的均值，再接一个线性层；AdamW 学习率 2e-2 加余弦衰减，批大小 64 训练 5 轮；几秒钟就能训练完的快速基线。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="33"/>
        <source>Text classifier: a small transformer encoder on the language models&apos; tokenizers (char by default; bpe or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm blocks, 4 heads, 64 wide, mean-pooled over the text&apos;s tokens and a linear layer; AdamW lr 1e-3 with 50 warm-up steps and cosine decay, 4 epochs of batch 32 on 1 thread.</source>
        <translation>文本分类器：基于语言模型分词器（默认 char；用 --tokenizer 可选 bpe 或 unigram）的小型 Transformer 编码器，取每条文本的前 64 个词元，2 个 pre-LayerNorm 块，4 个注意力头，宽度 64，对文本的各词元做平均池化后接一个线性层；AdamW 学习率 1e-3，50 步预热加余弦衰减，批大小 32 训练 4 轮，使用 1 个线程。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="39"/>
        <source>Language model: nanoGPT&apos;s baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, batch 12, char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 steps; validation loss ~1.88 on tiny-shakespeare).</source>
        <translation>语言模型：nanoGPT 面向 CPU 的 baby GPT（4 层，4 个注意力头，宽度 128，上下文 64，批大小 12，字符词元，AdamW 学习率 1e-3，100 步预热后余弦衰减到 1e-4，共 2,000 步；在 tiny-shakespeare 上验证损失约 1.88）。</translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="45"/>
        <source>Language model: nanoGPT&apos;s shakespeare-char model (6 layers, 6 heads, 384 wide, context 256, batch 64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.</source>
        <translation>语言模型：nanoGPT 的 shakespeare-char 模型（6 层，6 个注意力头，宽度 384，上下文 256，批大小 64，Dropout 0.2，5,000 步）；约 1070 万个参数，适用于有 GPU 的机器。</translation>
    </message>
</context>
<context>
    <name>ts::ProcessTable</name>
    <message>
        <location filename="../../ui/dist/ProcessTable.cpp" line="24"/>
        <source>The processes of a data-parallel run: each trains on its share of every batch; “In collectives” is the share of its step time spent waiting for the others and averaging gradients</source>
        <translation>数据并行运行的各个进程：每个进程训练每一批中属于自己的那一份；“集合通信中”是其每步时间中等待其他进程并对梯度求平均所占的比例</translation>
    </message>
</context>
<context>
    <name>ts::ProcessTableModel</name>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="78"/>
        <source>Rank</source>
        <translation>进程序号</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="79"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="80"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="81"/>
        <source>Tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="81"/>
        <source>Samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="82"/>
        <source>In collectives (%)</source>
        <translation>集合通信中 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="83"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ts::QueuePanel</name>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="89"/>
        <source>%v of %m trials</source>
        <translation>%v / %m 个试验</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="vanished">扫描</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="43"/>
        <source>Queue Run</source>
        <translation>运行加入队列</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="45"/>
        <source>Queue a training run of the main window&apos;s data set and configuration; it starts when the jobs before it have ended, and goes on if the app closes</source>
        <translation>将主窗口的数据集和配置作为一次训练运行加入队列；前面的任务结束后它才开始，关闭应用后也会继续</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="48"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="49"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="51"/>
        <source>Remove a waiting job, or stop the running one (a sweep&apos;s Resume, or a run&apos;s Resume in the main window, continues it later)</source>
        <translation>移除等待中的任务，或停止正在运行的任务（之后可用扫描的“继续”或主窗口中运行的“继续训练”接着进行）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="89"/>
        <source>%v of %m evaluations</source>
        <translation>%v / %m 次评估</translation>
    </message>
    <message>
        <source>Remove a waiting sweep, or stop the running one (Resume continues it later)</source>
        <translation type="vanished">移除等待中的扫描，或停止正在运行的扫描（之后可按“继续”接着进行）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="93"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
</context>
<context>
    <name>ts::ReliabilityDiagram</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="250"/>
        <source>Reliability diagram</source>
        <translation>可靠性图</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="250"/>
        <source>The reliability diagram appears after an evaluation</source>
        <translation>评估完成后将显示可靠性图</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="258"/>
        <source>Reliability diagram · ECE %1 · MCE %2</source>
        <translation>可靠性图 · ECE %1 · MCE %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="311"/>
        <source>Confidence %1: no predictions</source>
        <translation>置信度 %1：没有预测</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="313"/>
        <source>calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="314"/>
        <source>%1 points overconfident</source>
        <translation>过度自信 %1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="315"/>
        <source>%1 points underconfident</source>
        <translation>信心不足 %1 个百分点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="316"/>
        <source>Confidence %1: %2 prediction(s) (%3)
mean confidence %4 · accuracy %5 (%6)</source>
        <translation>
            <numerusform>置信度 %1：%2 个预测（%3）
平均置信度 %4 · 准确率 %5（%6）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="328"/>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="394"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="329"/>
        <source>gap to confidence</source>
        <translation>与置信度的差距</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="330"/>
        <source>mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="331"/>
        <source>perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="393"/>
        <source>confidence (top-1 probability)</source>
        <translation>置信度（top-1 概率）</translation>
    </message>
</context>
<context>
    <name>ts::RunStatusBar</name>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="53"/>
        <source>Device and CPU threads of the current run</source>
        <translation>当前运行的设备和 CPU 线程数</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="54"/>
        <source>Current epoch and global step</source>
        <translation>当前轮次和全局步数</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="55"/>
        <source>Training throughput</source>
        <translation>训练吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="57"/>
        <source>This process: CPU use (100% = one core), resident memory and, on CUDA, GPU memory held by tensors / reserved by the allocator</source>
        <translation>本进程：CPU 占用（100% = 一个核心）、常驻内存，以及在 CUDA 上由张量占用 / 由分配器保留的 GPU 显存</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="59"/>
        <source>Estimated time left, from the recent throughput</source>
        <translation>根据最近的吞吐量估计的剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="66"/>
        <source>Progress over all epochs</source>
        <translation>所有轮次的总进度</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="72"/>
        <source>No run yet</source>
        <translation>尚无运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="85"/>
        <source>Epoch 1/%1 · step 0/%2</source>
        <translation>第 1/%1 轮 · 第 0/%2 步</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="88"/>
        <location filename="../../ui/training/RunStatusBar.cpp" line="106"/>
        <source>ETA –</source>
        <translation>预计剩余 –</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="103"/>
        <source>Step 0 / %1</source>
        <translation>第 0 / %1 步</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="161"/>
        <source>Step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="162"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="166"/>
        <source>Epoch %1/%2 · step %3/%4</source>
        <translation>第 %1/%2 轮 · 第 %3/%4 步</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="167"/>
        <source>%1 samples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="170"/>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
</context>
<context>
    <name>ts::RunsController</name>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="17"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="34"/>
        <source>The run could not be opened</source>
        <translation>无法打开该运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="35"/>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="35"/>
        <source>The run could not be opened.

%1</source>
        <translation>无法打开该运行。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="47"/>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="48"/>
        <source>Some runs could not be read and are left out.

%1</source>
        <translation>部分运行无法读取，已略去。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="52"/>
        <source>Fewer than two runs could be read: nothing to compare</source>
        <translation>可读取的运行少于两个：没有可比较的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/RunsController.cpp" line="59"/>
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>正在比较 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="68"/>
        <location filename="../../ui/training/RunsController.cpp" line="72"/>
        <source>Resume Run</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="68"/>
        <source>The run could not be read.

%1</source>
        <translation>无法读取该运行。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="73"/>
        <source>“%1” cannot be resumed: only stopped or interrupted runs that saved a checkpoint (at the end of their first epoch) can continue.</source>
        <translation>无法继续训练“%1”：只有已停止或被中断、并且已保存检查点（在第一个轮次结束时）的运行才能继续。</translation>
    </message>
</context>
<context>
    <name>ts::RunsModel</name>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="138"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="142"/>
        <source>%1 language model, %2, lr %3, %4 of %5 step(s)</source>
        <translation>
            <numerusform>%1 语言模型，%2，学习率 %3，%5 步中的 %4 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="148"/>
        <source>Last validation: loss %1, perplexity %2, %3 bits/byte</source>
        <translation>最近一次验证：损失 %1，困惑度 %2，每字节 %3 比特</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="153"/>
        <source>Test: perplexity %1, %2 bits/byte, token accuracy %3 %</source>
        <translation>测试：困惑度 %1，每字节 %2 比特，词元准确率 %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="162"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="162"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="163"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="163"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="164"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="164"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="186"/>
        <source>%1 (language model)</source>
        <translation>%1（语言模型）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="209"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="213"/>
        <source>%1, %2, lr %3, %4 of %5 epoch(s)</source>
        <translation>
            <numerusform>%1，%2，学习率 %3，%5 轮中的 %4 轮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="219"/>
        <source>Test accuracy %1 %</source>
        <translation>测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="220"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="221"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="231"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="232"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="233"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="234"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="235"/>
        <source>Best val</source>
        <translation>最佳验证值</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="235"/>
        <source>Best val acc</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="236"/>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="237"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="242"/>
        <source>Highest validation accuracy over a classifier&apos;s epochs; lowest validation loss over a language model&apos;s evaluations</source>
        <translation>分类器各轮次中的最高验证准确率；语言模型各次评估中的最低验证损失</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="244"/>
        <source>Highest validation accuracy over the run&apos;s epochs</source>
        <translation>该运行各轮次中的最高验证准确率</translation>
    </message>
</context>
<context>
    <name>ts::RunsPanel</name>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="287"/>
        <source>Filter by name, tag or status…</source>
        <translation>按名称、标签或状态筛选…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="289"/>
        <source>Shows the runs whose name, folder, tags, status or preset contain every word</source>
        <translation>显示名称、文件夹、标签、状态或预设中包含每个词的运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="359"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="360"/>
        <source>Show the run&apos;s charts, confusion matrix and table (double-click)</source>
        <translation>显示该运行的图表、混淆矩阵和表格（双击）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="364"/>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="366"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="367"/>
        <source>Overlay the curves of the selected runs and compare their settings (select 2 or more)</source>
        <translation>叠加所选运行的曲线并比较其设置（选择 2 个或更多）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="370"/>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="372"/>
        <source>Resume</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="373"/>
        <source>Continue a stopped or interrupted run from its last checkpoint</source>
        <translation>从最后一个检查点继续已停止或被中断的运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="375"/>
        <source>Resume Run</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="378"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="378"/>
        <source>Give the run a name</source>
        <translation>为该运行命名</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="381"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="381"/>
        <source>Edit the run&apos;s tags</source>
        <translation>编辑该运行的标签</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="383"/>
        <source>Notes…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="383"/>
        <source>Write notes on the run</source>
        <translation>为该运行写备注</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="385"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="386"/>
        <source>Delete the selected runs&apos; folders (asks first)</source>
        <translation>删除所选运行的文件夹（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="389"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="390"/>
        <source>Read the runs folder again (Ctrl+R)</source>
        <translation>重新读取运行文件夹（Ctrl+R）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="414"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="415"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 / %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="525"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="602"/>
        <source>“%1” is still training. Stop it first, then delete it.</source>
        <translation>“%1”仍在训练。请先停止它，再删除。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="550"/>
        <source>These run folders no longer exist: they were deleted or moved outside TrainScope. The list has been read again.

%1</source>
        <translation>这些运行文件夹已不存在：它们已在 TrainScope 之外被删除或移动。列表已重新读取。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="556"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="561"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="564"/>
        <source>Rename Run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="561"/>
        <source>Name of the run (empty = folder name):</source>
        <translation>运行名称（留空 = 文件夹名）：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="564"/>
        <source>The name was not saved.

%1</source>
        <translation>名称未保存。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="568"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="573"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="577"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="573"/>
        <source>Tags, separated by commas or spaces:</source>
        <translation>标签，用逗号或空格分隔：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="577"/>
        <source>The tags were not saved.

%1</source>
        <translation>标签未保存。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="581"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="586"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="590"/>
        <source>Run Notes</source>
        <translation>运行备注</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="586"/>
        <source>Notes on “%1”:</source>
        <translation>关于“%1”的备注：</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="590"/>
        <source>The notes were not saved.

%1</source>
        <translation>备注未保存。

%1</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="602"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="611"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="619"/>
        <source>Delete Runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="608"/>
        <source>Delete the run “%1” and everything in its folder?</source>
        <translation>删除运行“%1”及其文件夹中的所有内容吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="609"/>
        <source>Delete these %n run(s) and everything in their folders?

%1</source>
        <translation>
            <numerusform>删除这 %n 个运行及其文件夹中的所有内容吗？

%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="611"/>
        <source>

This cannot be undone.</source>
        <translation>

此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="619"/>
        <source>Some runs were not deleted.

%1</source>
        <translation>部分运行未被删除。

%1</translation>
    </message>
</context>
<context>
    <name>ts::SamplesPanel</name>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="30"/>
        <source>(empty prompt)</source>
        <translation>（空提示）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="59"/>
        <source>The prompt whose continuations are listed, one row per evaluation</source>
        <translation>列出其续写的提示，每次评估一行</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>D-1</source>
        <translation>D-1</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>D-2</source>
        <translation>D-2</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Rep.</source>
        <translation>重复度</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Mem.</source>
        <translation>记忆度</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="66"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="67"/>
        <source>Training step of the model that wrote the sample</source>
        <translation>写出该样本的模型所处的训练步</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="68"/>
        <source>The continuation (the prompt in grey); watch-list hits highlighted</source>
        <translation>续写内容（提示为灰色）；命中监视列表的词语会高亮显示</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="69"/>
        <source>Distinct-1: unique words ÷ words</source>
        <translation>Distinct-1：不同的词数 ÷ 总词数</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="69"/>
        <source>Distinct-2: unique word pairs ÷ word pairs</source>
        <translation>Distinct-2：不同的词对数 ÷ 词对总数</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="70"/>
        <source>Repetition: share of repeated word 4-grams in the sample</source>
        <translation>重复度：样本中重复出现的词 4-gram 所占比例</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="71"/>
        <source>Memorized: share of the sample&apos;s word 8-grams found verbatim in the training text</source>
        <translation>记忆度：样本的词 8-gram 中在训练文本里原样出现的比例</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="72"/>
        <source>Watch-list hits in the sample</source>
        <translation>样本中命中监视列表的次数</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="84"/>
        <source>Select two steps (Ctrl+click) to see them side by side below</source>
        <translation>选择两个步（Ctrl+单击），在下方并排查看</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="111"/>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="123"/>
        <source>Sample metrics</source>
        <translation>样本指标</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="125"/>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="132"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="125"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>repetition</source>
        <translation>重复度</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>memorized</source>
        <translation>记忆度</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="130"/>
        <source>Watch-list hits</source>
        <translation>监视列表命中</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="132"/>
        <source>hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="134"/>
        <source>hits (all prompts)</source>
        <translation>命中（所有提示）</translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="154"/>
        <source>No samples yet: a language model writes them at each evaluation.</source>
        <translation>暂无样本：语言模型会在每次评估时写出样本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lm/SamplesPanel.cpp" line="192"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation>
            <numerusform>⚠ 监视列表：第 %1 步的样本中有 %n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="265"/>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>ts::SweepEditor</name>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="79"/>
        <source>Base configuration</source>
        <translation>基础配置</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="83"/>
        <source>From Main Window</source>
        <translation>取自主窗口</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="84"/>
        <source>The main window&apos;s data set and form</source>
        <translation>主窗口的数据集和表单</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="89"/>
        <source>Data set:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="93"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="95"/>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="98"/>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="103"/>
        <source>preset&apos;s</source>
        <translation>预设值</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="96"/>
        <source>Epochs per trial:</source>
        <translation>每个试验的轮数：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="99"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="104"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="107"/>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="110"/>
        <source>Classifiers: validate this many times per epoch. With successive halving, the first rungs can then end inside an epoch (e.g. 4: a quarter epoch).</source>
        <translation>分类器：每轮验证的次数。配合逐次减半（halving），前几个梯级可以在一轮之内结束（例如 4：四分之一轮）。</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="112"/>
        <source>Evaluations per epoch:</source>
        <translation>每轮评估次数：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="117"/>
        <source>Strategy, objective and budget</source>
        <translation>策略、目标与预算</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="122"/>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="124"/>
        <source>Trials (random, halving):</source>
        <translation>试验数（random、halving）：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="126"/>
        <source>Grid points per range:</source>
        <translation>每个范围的网格点数：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="131"/>
        <source>final value</source>
        <translation>最终值</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="135"/>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="137"/>
        <source>Halving eta (keep 1/eta):</source>
        <translation>减半 eta（保留 1/eta）：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="139"/>
        <source>Evaluations every trial trains before the first cut: epochs, or parts of an epoch with several evaluations per epoch (language models: evaluations)</source>
        <translation>每个试验在第一次淘汰前训练的评估次数：轮次，或在每轮多次评估时的一轮中的若干部分（语言模型：评估次数）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="141"/>
        <source>Halving min rounds:</source>
        <translation>减半最少回合数：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="144"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="145"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="146"/>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="148"/>
        <source>Seed of the draws:</source>
        <translation>抽样随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="151"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="156"/>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="161"/>
        <source>Parameters (run.json names; values: 64,128 or adam,sgd for a list, LOW:HIGH for a range)</source>
        <translation>参数（run.json 中的名称；取值：列表写作 64,128 或 adam,sgd，范围写作 LOW:HIGH）</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="165"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="165"/>
        <source>Space</source>
        <translation>取值空间</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="165"/>
        <source>Values or LOW:HIGH</source>
        <translation>取值或 LOW:HIGH</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="170"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="172"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="193"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="195"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="197"/>
        <source>Queue this sweep; it starts when no other sweep runs, and goes on if the window closes</source>
        <translation>将此扫描加入队列；没有其他扫描运行时它才开始，关闭窗口后也会继续</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="199"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="310"/>
        <source>Sweep Output Folder</source>
        <translation>扫描输出文件夹</translation>
    </message>
</context>
<context>
    <name>ts::SweepLauncher</name>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="28"/>
        <source>Another sweep is running</source>
        <translation>另一个扫描正在运行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="32"/>
        <source>%1 was not found or cannot run</source>
        <translation>未找到 %1 或无法运行</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="36"/>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="49"/>
        <source>Cannot start %1</source>
        <translation>无法启动 %1</translation>
    </message>
</context>
<context>
    <name>ts::SystemSparklines</name>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="31"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="31"/>
        <source>Throughput, CPU and memory appear after the first epoch (a language model: the first evaluation).</source>
        <translation>吞吐量、CPU 和内存将在第一个轮次（语言模型：第一次评估）之后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="35"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="37"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="37"/>
        <source>%1 samples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="39"/>
        <source>Data loading</source>
        <translation>数据加载</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="40"/>
        <source>%1 of step time</source>
        <translation>占每步时间的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="41"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="43"/>
        <source>Resident memory</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="44"/>
        <source>GPU allocated</source>
        <translation>GPU 已分配</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="45"/>
        <source>GPU reserved</source>
        <translation>GPU 已保留</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="97"/>
        <source>%1 · epoch %2 · %3</source>
        <translation>%1 · 第 %2 轮 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="98"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="140"/>
        <source>Epochs %1 to %2 (hover a line for its values); on the right, the latest</source>
        <translation>第 %1 到第 %2 轮（将鼠标悬停在线上可查看数值）；右侧为最新值</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="142"/>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
</context>
<context>
    <name>ts::SystemText</name>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="22"/>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="23"/>
        <source>RSS %1</source>
        <translation>RSS %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="25"/>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
</context>
<context>
    <name>ts::TextDriftView</name>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Evaluated</source>
        <translation>被评估</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Unknown tokens</source>
        <translation>未知词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Mean length (tokens)</source>
        <translation>平均长度（词元）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="64"/>
        <source>Share of tokens the model cannot represent</source>
        <translation>模型无法表示的词元所占比例</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="74"/>
        <source>Change of the token&apos;s share, in percentage points</source>
        <translation>词元占比的变化，以百分点计</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="76"/>
        <source>More frequent now</source>
        <translation>现在更常见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="81"/>
        <source>Less frequent now</source>
        <translation>现在更少见</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="96"/>
        <source>close</source>
        <translation>接近</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="97"/>
        <source>moderate shift</source>
        <translation>中等偏移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="98"/>
        <source>large shift</source>
        <translation>严重偏移</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="111"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="113"/>
        <source>&lt;b&gt;No reference text:&lt;/b&gt; the text this model was trained on is not known, so drift cannot be measured. Only the evaluated text&apos;s figures (%1) are shown; for a TorchScript model, choose &lt;i&gt;Reference data&lt;/i&gt; above and evaluate again.</source>
        <translation>&lt;b&gt;没有参考文本：&lt;/b&gt;不知道该模型是用哪些文本训练的，因此无法衡量漂移。此处仅显示被评估文本的数值（%1）；对于 TorchScript 模型，请在上方选择&lt;i&gt;参考数据&lt;/i&gt;并重新评估。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="119"/>
        <source>the reference text</source>
        <translation>参考文本</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="120"/>
        <source>&lt;b&gt;Token distribution: %1&lt;/b&gt; (Jensen–Shannon divergence %2 bits, %3) against %4.</source>
        <translation>&lt;b&gt;词元分布：%1&lt;/b&gt;（Jensen–Shannon 散度 %2 比特，%3），对比%4。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="123"/>
        <source>Unknown tokens: %1 now, %2 in the reference.</source>
        <translation>未知词元：现在 %1，参考中 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="125"/>
        <source>Length: %1 tokens per document on average, %2 in the reference (KS %3, %4): %5.</source>
        <translation>长度：平均每个文档 %1 个词元，参考中为 %2（KS %3，%4）：%5。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="128"/>
        <source>the lengths differ significantly</source>
        <translation>长度存在显著差异</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="129"/>
        <source>no significant difference</source>
        <translation>没有显著差异</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="163"/>
        <source>%1: %2 of the reference&apos;s tokens, %3 of the evaluated text&apos;s</source>
        <translation>%1：占参考词元的 %2，占被评估文本词元的 %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="169"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="171"/>
        <source>More frequent now (%1)</source>
        <translation>现在更常见（%1）</translation>
    </message>
</context>
<context>
    <name>ts::TextExplanationView</name>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="32"/>
        <source>%1: %2 towards %3</source>
        <translation>%1：%2，支持 %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="33"/>
        <source>%1: %2, against %3</source>
        <translation>%1：%2，反对 %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="48"/>
        <source>The class whose token weights colour the text: the prediction, the true class or any other</source>
        <translation>用哪个类别的词元权重为文本着色：预测类别、真实类别或其他任意类别</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="58"/>
        <source>Select a document to read it whole</source>
        <translation>选择一个文档以阅读全文</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="62"/>
        <source>Weights for:</source>
        <translation>权重对应的类别：</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="89"/>
        <source>No document selected</source>
        <translation>未选择文档</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="99"/>
        <source>Sample %1 · true %2 · predicted %3 (%4)</source>
        <translation>样本 %1 · 真实 %2 · 预测 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="106"/>
        <source> (predicted)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="107"/>
        <source> (true class)</source>
        <translation>（真实类别）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="136"/>
        <source>Token weights need the model&apos;s checkpoint: they are shown when the gallery is opened from a run or an evaluated checkpoint of a text classifier.</source>
        <translation>词元权重需要模型的检查点：从运行或文本分类器的已评估检查点打开样本库时才会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="148"/>
        <source>Weighing the tokens towards %1…</source>
        <translation>正在计算各词元对 %1 的权重…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="186"/>
        <source>No token weights: %1</source>
        <translation>没有词元权重：%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="197"/>
        <source>token weights</source>
        <translation>词元权重</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="198"/>
        <source>Token weights (%1)</source>
        <translation>词元权重（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="198"/>
        <source>against %1</source>
        <translation>反对 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="199"/>
        <source>towards %1</source>
        <translation>支持 %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="201"/>
        <source>The explainer found no spans in this text.</source>
        <translation>解释器在此文本中没有找到片段。</translation>
    </message>
</context>
<context>
    <name>ts::TextPreviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="34"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="35"/>
        <source>%1 character(s)</source>
        <translation>
            <numerusform>%1 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="36"/>
        <source>%1 document(s)</source>
        <translation>
            <numerusform>%1 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="37"/>
        <source>about %1 token(s)</source>
        <translation>
            <numerusform>约 %1 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="38"/>
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 个词元</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="39"/>
        <source>vocabulary %1 (%2 tokenizer)</source>
        <translation>词表大小 %1（%2 分词器）</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="45"/>
        <source>Scripts: %1</source>
        <translation>文字系统：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="57"/>
        <source>Lines spread through the corpus</source>
        <translation>分布在整个语料中的若干行</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="73"/>
        <source>Sample lines</source>
        <translation>示例行</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="89"/>
        <source>occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="106"/>
        <source>Most frequent tokens</source>
        <translation>最常见的词元</translation>
    </message>
</context>
<context>
    <name>ts::TokenStreamView</name>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="46"/>
        <source>The continuation appears here, token by token. Hover a token for its probability.</source>
        <translation>续写内容会逐个词元显示在这里。将鼠标悬停在词元上可查看其概率。</translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="63"/>
        <source>%1 — %2 %</source>
        <translation>%1 — %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="75"/>
        <source>Probability %1 %</source>
        <translation>概率 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="78"/>
        <source>Alternatives:</source>
        <translation>备选：</translation>
    </message>
</context>
<context>
    <name>ts::TrainingCharts</name>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="39"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="41"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="97"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="41"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="44"/>
        <source>train loss (batch)</source>
        <translation>训练损失（批次）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="45"/>
        <source>train loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="46"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="142"/>
        <source>val loss (epoch)</source>
        <translation>验证损失（轮次）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="54"/>
        <source>Exponential moving average of the batch loss (debiased); 0 = raw</source>
        <translation>批次损失的指数移动平均（已去偏）；0 = 原始值</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="70"/>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="82"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="84"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="84"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="89"/>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="90"/>
        <source>val accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="95"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="97"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="100"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="142"/>
        <source>val loss (evaluation)</source>
        <translation>验证损失（评估）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="148"/>
        <source>Learning rate %1 → %2</source>
        <translation>学习率 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="170"/>
        <source>Epoch %1 ended: train loss %2</source>
        <translation>第 %1 轮结束：训练损失 %2</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="171"/>
        <source>Evaluation %1 (epoch %2): train loss %3</source>
        <translation>第 %1 次评估（第 %2 轮）：训练损失 %3</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="176"/>
        <source>, %1 accuracy %2 %</source>
        <translation>，%1准确率 %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="176"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="176"/>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="185"/>
        <source>Evaluation %1 at step %2: train loss %3, val loss %4, %5 bits per byte</source>
        <translation>第 %1 次评估（第 %2 步）：训练损失 %3，验证损失 %4，每字节 %5 比特</translation>
    </message>
</context>
<context>
    <name>ts::TrainingConfigForm</name>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="65"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="76"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="82"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="85"/>
        <source>SGD (with optional momentum), Adam, or AdamW (decoupled weight decay)</source>
        <translation>SGD（可选动量）、Adam 或 AdamW（解耦权重衰减）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="86"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="87"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="88"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="89"/>
        <source>Base learning rate (e.g. 0.001 for Adam, 0.01–0.1 for SGD)</source>
        <translation>基础学习率（例如 Adam 用 0.001，SGD 用 0.01–0.1）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="92"/>
        <source>SGD momentum (0 = plain SGD); ignored by Adam and AdamW</source>
        <translation>SGD 动量（0 = 普通 SGD）；Adam 和 AdamW 忽略此项</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="94"/>
        <source>L2 penalty (SGD, Adam) or decoupled weight decay (AdamW)</source>
        <translation>L2 惩罚（SGD、Adam）或解耦权重衰减（AdamW）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="95"/>
        <source>How the learning rate changes during training</source>
        <translation>训练过程中学习率如何变化</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="96"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="97"/>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="98"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="100"/>
        <source>Step schedule: multiply the learning rate by gamma this often</source>
        <translation>阶梯调度：每隔多少轮将学习率乘以 gamma</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="102"/>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="181"/>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="272"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="104"/>
        <source>Step schedule: factor applied at every step</source>
        <translation>阶梯调度：每次衰减时乘上的系数</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="105"/>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="106"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="107"/>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="108"/>
        <source>Weight decay:</source>
        <translation>权重衰减：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="109"/>
        <source>LR schedule:</source>
        <translation>学习率调度：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="110"/>
        <source>Decay every:</source>
        <translation>衰减间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="111"/>
        <source>Decay gamma:</source>
        <translation>衰减 gamma：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="122"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="123"/>
        <source>Find a learning rate with a range test: train this configuration from fresh weights for a few steps while the rate grows, and suggest one (no run is touched)</source>
        <translation>用范围测试寻找学习率：从全新的权重开始，用此配置训练几步，同时逐渐增大学习率，然后给出建议值（不会改动任何运行）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="136"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="137"/>
        <source>The batch size of %1 does not split evenly across %2 process(es): choose a batch size that is a multiple of %2 (e.g. %3), or another number of processes.</source>
        <translation>
            <numerusform>批大小 %1 无法平均分配给 %2 个进程：请选择 %2 的倍数作为批大小（例如 %3），或改用其他进程数。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="145"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="148"/>
        <source>Number of passes over the training set</source>
        <translation>遍历训练集的次数</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="151"/>
        <source>Validate (and checkpoint) this many times per epoch, at equal parts of it: curves and early stopping see the model sooner on large data sets</source>
        <translation>每轮在等分的位置验证（并保存检查点）这么多次：在大数据集上，曲线和早停能更早看到模型的表现</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="154"/>
        <source>× per epoch</source>
        <translation> 次/轮</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="155"/>
        <source>Samples per optimizer step</source>
        <translation>每个优化器步的样本数</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="158"/>
        <source>Fraction of the training set held out for validation (0 = none)</source>
        <translation>从训练集中留作验证的比例（0 = 不留）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="160"/>
        <source>Auto uses CUDA when available, else the CPU</source>
        <translation>“自动”在 CUDA 可用时使用 CUDA，否则使用 CPU</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="161"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="162"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="163"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="165"/>
        <source>CPU threads for tensor operations (auto = pick automatically)</source>
        <translation>张量运算使用的 CPU 线程数（自动 = 自动选择）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="167"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="170"/>
        <source>Data-parallel: N processes of this machine each train on 1/N of every batch (PyTorch c10d, Gloo). The batch size must be a multiple of N.</source>
        <translation>数据并行：本机的 N 个进程各自训练每一批的 1/N（PyTorch c10d，Gloo）。批大小必须是 N 的倍数。</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="174"/>
        <source>Random seed for weight initialization, shuffling and the validation split</source>
        <translation>用于权重初始化、数据打乱和验证集划分的随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="177"/>
        <source>Early stopping: stop after this many epochs without a lower validation loss, and keep the best weights (off = train every epoch)</source>
        <translation>早停：连续这么多个轮次验证损失没有降低时停止，并保留最佳权重（关 = 训练所有轮次）</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="180"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="182"/>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="183"/>
        <source>Validate:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="184"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="185"/>
        <source>Validation split:</source>
        <translation>验证集比例：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="186"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="187"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="188"/>
        <source>Processes:</source>
        <translation>进程数：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="189"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="190"/>
        <source>Early stop:</source>
        <translation>早停：</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="248"/>
        <source>Unknown preset: %1</source>
        <translation>未知预设：%1</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="257"/>
        <source>Preset “%1” loaded</source>
        <translation>已加载预设“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="272"/>
        <source> evaluations</source>
        <translation> 次评估</translation>
    </message>
</context>
<context>
    <name>ts::TrainingWorker</name>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="167"/>
        <source>No data set is loaded: open one with File &gt; Open Dataset.</source>
        <translation>未加载数据集：请用“文件 &gt; 打开数据集”打开一个。</translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="196"/>
        <source>The run will not be saved: %1</source>
        <translation>该运行将不会被保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/TrainingWorker.cpp" line="208"/>
        <source>Starting %n process(es) × %1 threads…</source>
        <translation>
            <numerusform>正在启动 %n 个进程 × %1 个线程…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="217"/>
        <source>data-parallel training could not start: %1</source>
        <translation>无法启动数据并行训练：%1</translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="257"/>
        <source>Note: %1.</source>
        <translation>注意：%1。</translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="271"/>
        <source>Cannot resume %1: %2</source>
        <translation>无法继续训练 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="287"/>
        <source>No TensorBoard events for this run: %1</source>
        <translation>此运行没有 TensorBoard 事件：%1</translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="300"/>
        <source>Saving the run failed: %1</source>
        <translation>保存运行失败：%1</translation>
    </message>
</context>
<context>
    <name>ts::TrialCurvesPanel</name>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="21"/>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="30"/>
        <source>Validation curves of every trial</source>
        <translation>每个试验的验证曲线</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="41"/>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="47"/>
        <source>best: trial %1</source>
        <translation>最佳：试验 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="57"/>
        <source>evaluation</source>
        <translation>评估次数</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="57"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>round (epoch)</source>
        <translation type="vanished">回合（轮次）</translation>
    </message>
</context>
<context>
    <name>ts::TrialTableModel</name>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="65"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="65"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="66"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="66"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="67"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="67"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="68"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="68"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="69"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="69"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="77"/>
        <source>final %1</source>
        <translation>最终 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="77"/>
        <source>best %1</source>
        <translation>最佳 %1</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="147"/>
        <source>Rung</source>
        <translation>梯级</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="148"/>
        <source>Rounds</source>
        <translation>回合数</translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="152"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ts::UnitSharesChart</name>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="32"/>
        <source>Dead and saturated units</source>
        <translation>死单元与饱和单元</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="32"/>
        <source>Dead and saturated unit shares appear with the first per-layer diagnostics.</source>
        <translation>死单元和饱和单元的占比将与第一次各层诊断一同出现。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/UnitSharesChart.cpp" line="98"/>
        <source>%1 (%n unit(s)) · step %2</source>
        <translation>
            <numerusform>%1（%n 个单元）· 第 %2 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="99"/>
        <source> · %1 dead</source>
        <translation> · 死单元 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="100"/>
        <source> · %1 saturated</source>
        <translation> · 饱和单元 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="101"/>
        <source> · mean %1 · std %2</source>
        <translation> · 均值 %1 · 标准差 %2</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="102"/>
        <source> · more than %1 dead</source>
        <translation> · 死单元超过 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="122"/>
        <source>Units at step %1</source>
        <translation>第 %1 步的单元</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="125"/>
        <source>dead</source>
        <translation>死单元</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="126"/>
        <source>more than %1 dead</source>
        <translation>死单元超过 %1</translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="127"/>
        <source>saturated</source>
        <translation>饱和单元</translation>
    </message>
</context>
<context>
    <name>ts::UpdateRatioHeatmap</name>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="49"/>
        <source>Update ratios</source>
        <translation>更新比</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="118"/>
        <source>%1 · step %2 · not measured</source>
        <translation>%1 · 第 %2 步 · 未测量</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="119"/>
        <source>%1 · step %2 · update ratio %3 · grad norm %4 · weight norm %5</source>
        <translation>%1 · 第 %2 步 · 更新比 %3 · 梯度范数 %4 · 权重范数 %5</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="122"/>
        <source> · above %1: exploding</source>
        <translation> · 高于 %1：爆炸</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="124"/>
        <source> · below %1: vanishing</source>
        <translation> · 低于 %1：消失</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="129"/>
        <source>log10 update ratio: %1 … %2, target %3</source>
        <translation>log10 更新比：%1 … %2，目标 %3</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="271"/>
        <source>update ratio ‖Δw‖/‖w‖</source>
        <translation>更新比 ‖Δw‖/‖w‖</translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="280"/>
        <source>outside %1 … %2</source>
        <translation>超出 %1 … %2</translation>
    </message>
</context>
</TS>
