<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report/CalibrationChartSvg.cpp" line="+68"/>
        <location line="+82"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>gap to confidence</source>
        <translation>与置信度的差距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Reliability diagram</source>
        <translation>可靠性图</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>confidence (top-1 probability)</source>
        <translation>置信度（top-1 概率）</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>calibrated</source>
        <translation>已校准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points overconfident</source>
        <translation>过度自信 %1 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points underconfident</source>
        <translation>信心不足 %1 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence %1: %2 predictions, mean confidence %3, accuracy %4 (%5)</source>
        <translation>置信度 %1：%2 个预测，平均置信度 %3，准确率 %4（%5）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 predictions wrong</source>
        <translation>%2 个预测中有 %1 错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidence histogram</source>
        <translation>置信度直方图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predictions</source>
        <translation>预测数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence %1: %2 correct, %3 wrong (%4 wrong)</source>
        <translation>置信度 %1：%2 个正确，%3 个错误（错误率 %4）</translation>
    </message>
    <message>
        <location filename="../../core/report/EvaluationReportContent.cpp" line="+49"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+95"/>
        <source>TrainScope evaluation: %1 on %2</source>
        <translation>TrainScope 评估：%1 在 %2 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+1"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="+133"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+1"/>
        <location filename="../../core/report/ReportHtml.cpp" line="+336"/>
        <location filename="../../core/report/ReportSections.cpp" line="+114"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+482"/>
        <source>Per-epoch history</source>
        <translation>逐轮次历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+7"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+1"/>
        <source>Time: %1</source>
        <translation>用时：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the test metrics of run %1</source>
        <translation>与运行 %1 的测试集指标对比</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+3"/>
        <source>run&apos;s test: %1 (%2)</source>
        <translation>运行的测试集：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <location filename="../../core/report/LineChartSvg.cpp" line="+253"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+68"/>
        <location line="+23"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+48"/>
        <location filename="../../core/report/RunReportContent.cpp" line="-21"/>
        <location line="+25"/>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+50"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+3"/>
        <source>Weighted F1</source>
        <translation>加权 F1</translation>
    </message>
    <message>
        <location line="-48"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+2"/>
        <location filename="../../core/report/LineChartSvg.cpp" line="-13"/>
        <location filename="../../core/report/RunReportContent.cpp" line="-29"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location filename="../../core/report/ReportHtml.cpp" line="-66"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="-35"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>run&apos;s test: %1</source>
        <translation>运行的测试集：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data name</source>
        <translation>数据名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data format</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test metrics of run %1</source>
        <translation>运行 %1 的测试集指标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluated data of %1 (%2 samples)</source>
        <translation>%1 的评估数据（%2 个样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split &quot;%1&quot; of %2 (%3 samples)</source>
        <translation>%2 的“%1”划分（%3 个样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+15"/>
        <location line="+3"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-64"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+18"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+118"/>
        <location line="+76"/>
        <location filename="../../core/report/HealthReportContent.cpp" line="+116"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="-3"/>
        <location line="+141"/>
        <location line="+10"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="+0"/>
        <location line="+97"/>
        <location filename="../../core/report/ReportHtml.cpp" line="-117"/>
        <location filename="../../core/report/ReportSections.cpp" line="-66"/>
        <location line="+79"/>
        <location line="+9"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+0"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="+117"/>
        <location line="+57"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="-96"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>This evaluation</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run&apos;s test</source>
        <translation>运行的测试集</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="-147"/>
        <location line="+72"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-90"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+5"/>
        <source>Loss (mean cross-entropy)</source>
        <translation>损失（平均交叉熵）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Macro precision</source>
        <translation>宏平均精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Macro recall</source>
        <translation>宏平均召回率</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+2"/>
        <source>Weighted precision</source>
        <translation>加权精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Weighted recall</source>
        <translation>加权召回率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Change: this evaluation minus the run&apos;s test metrics (pp: percentage points).</source>
        <translation>变化：本次评估减去运行的测试集指标（pp：百分点）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run&apos;s F1</source>
        <translation>运行的 F1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+14"/>
        <source>Macro avg</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Weighted avg</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Highlighted: classes whose F1 or recall moved by %1 or more from the run&apos;s test metrics.</source>
        <translation>高亮：F1 分数或召回率与运行的测试集指标相差 %1 或以上的类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No class&apos;s F1 or recall moved by %1 or more from the run&apos;s test metrics.</source>
        <translation>没有类别的 F1 分数或召回率与运行的测试集指标相差 %1 或以上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new: the class was not in the run&apos;s test metrics.</source>
        <translation>新增：该类别不在运行的测试集指标中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference: %1 (%2 samples) against the evaluated data (%3 samples). Class shares are compared with a chi-square test and the population stability index (PSI); features with a two-sample Kolmogorov-Smirnov (KS) test and PSI.</source>
        <translation>参考数据：%1（%2 个样本），对比被评估数据（%3 个样本）。类别占比用卡方检验和群体稳定性指数（PSI）比较；特征用双样本 Kolmogorov-Smirnov（KS）检验和 PSI 比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s training data</source>
        <translation>模型的训练数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class distribution: PSI %1, %2</source>
        <translation>类别分布：PSI %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <location filename="../../core/report/ReportSections.cpp" line="-75"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-58"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+19"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref. share</source>
        <translation>参考占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cur. share</source>
        <translation>当前占比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class distribution test</source>
        <translation>类别分布检验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chi-square statistic</source>
        <translation>卡方统计量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees of freedom</source>
        <translation>自由度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PSI below 0.1: no significant shift; 0.1 to 0.25: moderate; above 0.25: large. A small p-value says the class shares differ, however slightly, on large samples.</source>
        <translation>PSI 低于 0.1：无显著偏移；0.1 至 0.25：中等；高于 0.25：严重。在大样本上，较小的 p 值表示类别占比存在差异，哪怕差异很小。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feature shift</source>
        <translation>特征偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature shift (%1)</source>
        <translation>特征偏移（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference mean</source>
        <translation>参考均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current mean</source>
        <translation>当前均值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sorted by the KS statistic, largest first.</source>
        <translation>按 KS 统计量从大到小排序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Highlighted: PSI above 0.25 (large shift).</source>
        <translation>高亮：PSI 高于 0.25（严重偏移）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The %1 of %2 features that moved most; the JSON export has them all.</source>
        <translation>列出 %2 个特征中变化最大的 %1 个；JSON 导出包含全部特征。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reference data was known for this model (the data it was trained on could not be found), so drift was not measured.</source>
        <translation>此模型没有已知的参考数据（找不到其训练数据），因此未测量漂移。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Class counts of the evaluated data:</source>
        <translation>被评估数据的类别计数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown shift</source>
        <translation>偏移未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no significant shift</source>
        <translation>无显著偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+17"/>
        <source>moderate shift</source>
        <translation>中等偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+1"/>
        <source>large shift</source>
        <translation>严重偏移</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected calibration error (ECE): %1, the mean gap between confidence and accuracy over the %2 bins, weighted by their predictions; maximum calibration error (MCE): %3. Bars below the diagonal mean overconfidence.</source>
        <translation>期望校准误差（ECE）：%1，即 %2 个区间上置信度与准确率之差按预测数加权的平均值；最大校准误差（MCE）：%3。低于对角线的柱表示过度自信。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown %1 (reference → evaluated)</source>
        <translation>未知 %1（参考 → 被评估）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean length in %1</source>
        <translation>平均长度（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jensen-Shannon divergence of the %1 (bits)</source>
        <translation>%1 的 Jensen-Shannon 散度（比特）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="-7"/>
        <source>Length KS statistic (p-value)</source>
        <translation>长度 KS 统计量（p 值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text drift: the %1 whose share moved most</source>
        <translation>文本漂移：占比变化最大的 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data drift</source>
        <translation>数据漂移</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="+69"/>
        <source>Evaluation device</source>
        <translation>评估设备</translation>
    </message>
    <message>
        <location filename="../../core/report/HealthReportContent.cpp" line="-87"/>
        <source>Loss spike</source>
        <translation>损失尖峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient spike</source>
        <translation>梯度尖峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plateau</source>
        <translation>平台期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead layer</source>
        <translation>死层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NaN / Inf</source>
        <translation>NaN / Inf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-65"/>
        <location filename="../../core/report/ReportHtml.cpp" line="+128"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+10"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="+68"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was seen</source>
        <translation>观察到的情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try</source>
        <translation>建议尝试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first %1 of %2 alerts; alerts.jsonl in the run folder holds them all.</source>
        <translation>%2 条警报中的前 %1 条；运行文件夹中的 alerts.jsonl 包含全部警报。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grad norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight norm</source>
        <translation>权重范数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update ratio</source>
        <translation>更新比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead units</source>
        <translation>死单元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (output)</source>
        <translation>%1（输出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update ratio: the size of one optimizer step relative to the weights, |dw| / |w|; about %1 is healthy. Marked: a ratio outside [%2, %3], or more than %4% of a layer&apos;s units dead (zero for every sample of the batch).</source>
        <translation>更新比：一次优化器步相对于权重的大小，即 |dw| / |w|；约 %1 为健康。标记：比值超出 [%2, %3]，或某层超过 %4% 的单元为死单元（对批次中每个样本输出均为零）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 samples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput (mean)</source>
        <translation>吞吐量（平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time preparing batches (mean)</source>
        <translation>准备批次的时间占比（平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process CPU (mean, 100% = one core)</source>
        <translation>进程 CPU（平均，100% = 一个核心）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident memory (peak)</source>
        <translation>常驻内存（峰值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU memory allocated (peak)</source>
        <translation>已分配 GPU 显存（峰值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU memory reserved (peak)</source>
        <translation>已保留 GPU 显存（峰值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per epoch or evaluation, over its training steps.</source>
        <translation>按每个轮次或每次评估统计其训练步。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No alerts were raised</source>
        <translation>未触发警报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alert was raised</source>
        <translation>触发了 %1 条警报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alerts were raised</source>
        <translation>触发了 %1 条警报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; no per-layer figures were recorded.</source>
        <translation>；未记录逐层数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; per-layer figures at %1 health sample</source>
        <translation>；在 %1 个健康采样点记录了逐层数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; per-layer figures at %1 health samples</source>
        <translation>；在 %1 个健康采样点记录了逐层数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, every %1 steps</source>
        <translation>，每 %1 步一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="-148"/>
        <location filename="../../core/report/ParallelCoordinatesSvg.cpp" line="+166"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Layers at step %1</source>
        <translation>第 %1 步的各层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers at step %1 (evaluation round %2)</source>
        <translation>第 %1 步的各层（第 %2 次评估）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers at step %1 (epoch %2)</source>
        <translation>第 %1 步的各层（第 %2 轮）</translation>
    </message>
    <message>
        <location filename="../../core/report/LanguageModelEvaluationReportContent.cpp" line="-95"/>
        <source>Per-document perplexity</source>
        <translation>逐文档困惑度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents of %2+ predicted tokens</source>
        <translation>%1 篇文档（预测词元数 ≥ %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>loss %1-%2 (perplexity %3-%4): %5 documents</source>
        <translation>损失 %1-%2（困惑度 %3-%4）：%5 篇文档</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document loss, nats per token (perplexity)</source>
        <translation>文档损失，每词元奈特（困惑度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents</source>
        <translation>%1 篇文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 predicted tokens</source>
        <translation>%1 个预测词元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with the test split of run %1</source>
        <translation>与运行 %1 的测试集划分对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <location line="+37"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-93"/>
        <location line="+17"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+30"/>
        <location line="+37"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-16"/>
        <location line="+17"/>
        <source>Bits per byte</source>
        <translation>每字节比特数</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5 准确率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next-token prediction over %1 tokens of %2</source>
        <translation>在 %2 的 %1 个词元上预测下一个词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+92"/>
        <source>This text</source>
        <translation>本文本</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Run&apos;s test split</source>
        <translation>运行的测试集划分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loss (nats per token)</source>
        <translation>损失（每词元奈特）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top-1 next-token accuracy</source>
        <translation>Top-1 下一词元准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-5 next-token accuracy</source>
        <translation>Top-5 下一词元准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted tokens</source>
        <translation>预测词元数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every token after a text&apos;s first is predicted once, in windows of %1 tokens advancing by %2</source>
        <translation>文本首个词元之后的每个词元都被预测一次，窗口长 %1 个词元，每次前移 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the run&apos;s test split was scored in non-overlapping windows.</source>
        <translation>；运行的测试集划分以不重叠的窗口评分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>perplexity %1</source>
        <translation>困惑度 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Most surprising documents</source>
        <translation>最出乎模型意料的文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-14"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Highest perplexity first, among documents of at least %1 predicted tokens.</source>
        <translation>在预测词元数不少于 %1 的文档中，按困惑度从高到低排列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 most surprising documents; the redder a token, the higher its loss (hover for nats).</source>
        <translation>最出乎模型意料的 %1 篇文档；词元越红，损失越高（悬停可查看奈特值）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference share</source>
        <translation>参考占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share here</source>
        <translation>此处占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>␣ (space)</source>
        <translation>␣（空格）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more frequent</source>
        <translation>更常见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less frequent</source>
        <translation>更少见</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text drift</source>
        <translation>文本漂移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the %1, in %2.</source>
        <translation>对比 %1，以 %2 计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training text is not known (no run, no --reference): only this text&apos;s figures.</source>
        <translation>训练文本未知（没有运行，也没有 --reference）：仅显示本文本的数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="+73"/>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Unknown tokens</source>
        <translation>未知词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean tokens per document</source>
        <translation>每篇文档的平均词元数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jensen-Shannon divergence (bits)</source>
        <translation>Jensen-Shannon 散度（比特）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token distribution: JS divergence %1 bits (%2); unknown tokens %3 → %4; document length %5 (KS %6)</source>
        <translation>词元分布：JS 散度 %1 比特（%2）；未知词元 %3 → %4；文档长度%5（KS %6）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close</source>
        <translation>接近</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>differs</source>
        <translation>有差异</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>similar</source>
        <translation>相近</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens whose share moved most</source>
        <translation>占比变化最大的词元</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continuations of prompts taken from the text (temperature %1, top-k %2, seed %3); %4 watch-list hits, marked.</source>
        <translation>取自文本的提示的续写（温度 %1，top-k %2，种子 %3）；%4 处监视列表命中，已标出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/report/ReportSections.cpp" line="+66"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/ReportHtml.cpp" line="+69"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+148"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 tokens)</source>
        <translation>%1（%2 个词元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked documents</source>
        <translation>参与排名的文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1 predicted tokens</source>
        <translation>至少 %1 个预测词元</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="+13"/>
        <location filename="../../core/report/ReportHtml.cpp" line="-197"/>
        <location filename="../../core/report/ReportSections.cpp" line="-79"/>
        <location line="+88"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="-57"/>
        <location line="+57"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="-148"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/ReportSections.cpp" line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportSections.cpp" line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportSections.cpp" line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 bytes</source>
        <translation>UTF-8 字节数</translation>
    </message>
    <message>
        <location filename="../../core/report/LanguageModelReportContent.cpp" line="-124"/>
        <location filename="../../core/report/RunReportContent.cpp" line="-53"/>
        <location line="+54"/>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test perplexity</source>
        <translation>测试困惑度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test bits/byte</source>
        <translation>测试比特/字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token accuracy</source>
        <translation>词元准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-5 %1</source>
        <translation>top-5 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Val. loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. perplexity</source>
        <translation>验证困惑度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val. bits/byte</source>
        <translation>验证比特/字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best val. loss (step %1)</source>
        <translation>最佳验证损失（第 %1 步）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Tokens/s (mean)</source>
        <translation>词元/秒（平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch-list hits</source>
        <translation>监视列表命中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportHtml.cpp" line="+20"/>
        <location filename="../../core/report/ReportSections.cpp" line="-52"/>
        <location filename="../../core/report/RunReportContent.cpp" line="-45"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+14"/>
        <source>Total time</source>
        <translation>总用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/ReportHtml.cpp" line="+0"/>
        <location filename="../../core/report/ReportSections.cpp" line="-4"/>
        <location line="+16"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+3"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+0"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss (mean next-token cross-entropy, nats)</source>
        <translation>损失（下一词元平均交叉熵，奈特）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test split (%1 predicted tokens)</source>
        <translation>测试集划分（%1 个预测词元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Token accuracy (top-1)</source>
        <translation>词元准确率（top-1）</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Token accuracy (top-5)</source>
        <translation>词元准确率（top-5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bits per byte = total nats / ln 2 / UTF-8 bytes of the predicted text: it compares models with different tokenizers.</source>
        <translation>每字节比特数 = 总奈特数 / ln 2 / 被预测文本的 UTF-8 字节数：可用于比较使用不同分词器的模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/report/RunReportContent.cpp" line="-23"/>
        <source>No evaluation was recorded for this run.</source>
        <translation>此运行没有记录任何评估。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation, evaluation %1 at step %2 (the test split was not scored)</source>
        <translation>验证集，第 %1 次评估，第 %2 步（测试集划分未评分）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per-evaluation history</source>
        <translation>逐次评估历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+64"/>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Val loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val perplexity</source>
        <translation>验证困惑度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val bits/byte</source>
        <translation>验证比特/字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val token acc.</source>
        <translation>验证词元准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch hits</source>
        <translation>监视命中</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+2"/>
        <source>LR</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Eval time</source>
        <translation>评估用时</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lowest validation loss is in bold. Train loss is estimated on %1 batches at each evaluation.</source>
        <translation>最低的验证损失以粗体显示。训练损失在每次评估时用 %1 个批次估算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+85"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Shape</source>
        <translation>结构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers, %2 heads, %3 wide, context %4</source>
        <translation>%1 层，%2 个注意力头，宽度 %3，上下文 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropout / bias</source>
        <translation>Dropout / 偏置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+20"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (betas %2, %3), weight decay %4</source>
        <translation>%1（betas %2, %3），权重衰减 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/LineChartSvg.cpp" line="+48"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 warm-up steps, %3 to %4</source>
        <translation>%1，%2 步预热，%3 衰减至 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of batch %2</source>
        <translation>%1 步，批大小 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 steps on %2 batches</source>
        <translation>每 %1 步一次，使用 %2 个批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer requested</source>
        <translation>请求的分词器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, vocabulary %2</source>
        <translation>%1，词表大小 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens, temperature %2, top-k %3, seed %4</source>
        <translation>%1 个词元，温度 %2，top-k %3，种子 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch list</source>
        <translation>监视列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="-46"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+14"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+2"/>
        <source>Threads requested</source>
        <translation>请求的线程数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+0"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training bytes</source>
        <translation>训练集字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation bytes</source>
        <translation>验证集字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test bytes</source>
        <translation>测试集字节数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/RunReportContent.cpp" line="+17"/>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training tokens</source>
        <translation>训练集词元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation tokens</source>
        <translation>验证集词元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test tokens</source>
        <translation>测试集词元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tokens (validation / test)</source>
        <translation>未知词元（验证集 / 测试集）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each prompt&apos;s continuation at %1 of %2 evaluations, first to last (temperature %3, top-k %4, seed %5; the same for every evaluation, so only the model changes). </source>
        <translation>每个提示在 %2 次评估中的 %1 次的续写，从第一次到最后一次（温度 %3，top-k %4，种子 %5；每次评估都相同，因此只有模型在变化）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No watch list was set.</source>
        <translation>未设置监视列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch-list hits are highlighted; %1 in all the run&apos;s samples.</source>
        <translation>监视列表命中已高亮；此运行的全部样本中共 %1 处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Every sample is in samples.jsonl.</source>
        <translation>所有样本都在 samples.jsonl 中。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../../core/report/LineChartSvg.cpp" line="-91"/>
        <source>No data recorded</source>
        <translation>没有记录数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>train loss (batch)</source>
        <translation>训练损失（批次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test loss (evaluation)</source>
        <translation>测试损失（评估）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation loss (evaluation)</source>
        <translation>验证损失（评估）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss (epoch)</source>
        <translation>测试损失（轮次）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation loss (epoch)</source>
        <translation>验证损失（轮次）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>train loss (epoch)</source>
        <translation>训练损失（轮次）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clip threshold</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L2 norm before clipping</source>
        <translation>裁剪前的 L2 范数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../core/report/MatrixChartSvg.cpp" line="+148"/>
        <source>True: %1, predicted: %2 - %3 samples (%4% of %1)</source>
        <translation>真实：%1，预测：%2 - %3 个样本（占 %1 的 %4%）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training samples per class</source>
        <translation>各类别的训练样本数</translation>
    </message>
    <message>
        <location filename="../../core/report/ParallelCoordinatesSvg.cpp" line="-70"/>
        <location line="+29"/>
        <source>trial %1: %2</source>
        <translation>试验 %1：%2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 vs %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Parallel coordinates of the sweep&apos;s trials</source>
        <translation>扫描各试验的平行坐标图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel coordinates: %1 trials, coloured by %2 (darker is better)</source>
        <translation>平行坐标：%1 个试验，按 %2 着色（颜色越深越好）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thick orange line: the best trial (%1)</source>
        <translation>粗橙线：最佳试验（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thick orange line: the best trial</source>
        <translation>粗橙线：最佳试验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; dashed: pruned trials (their objective at the rung they reached)</source>
        <translation>；虚线：被剪枝的试验（目标值取其到达的梯级）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The objective against each parameter</source>
        <translation>目标值与各参数的关系</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportHtml.cpp" line="-30"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="+214"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+155"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by TrainScope on %1. This file is self-contained: it loads no scripts, fonts or images.</source>
        <translation>由 TrainScope 于 %1 生成。本文件自成一体：不加载任何脚本、字体或图片。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../core/report/ReportSections.cpp" line="-17"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="-155"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+16"/>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+5"/>
        <source>Final metrics</source>
        <translation>最终指标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confusion matrix and per-class metrics</source>
        <translation>混淆矩阵与各类别指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+6"/>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+4"/>
        <source>Per-class metrics</source>
        <translation>各类别指标</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+6"/>
        <source>Calibration and confidence</source>
        <translation>校准与置信度</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+20"/>
        <source>Training health</source>
        <translation>训练健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+2"/>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+3"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prompt: </source>
        <translation>提示：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 watch-list hit in %2 evaluations</source>
        <translation>%2 次评估中有 %1 处监视列表命中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 watch-list hits in %2 evaluations</source>
        <translation>%2 次评估中有 %1 处监视列表命中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt and continuation</source>
        <translation>提示与续写</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Where the model is surprised</source>
        <translation>模型感到意外之处</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 nats</source>
        <translation>%1 奈特</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+55"/>
        <source>No evaluation finished.</source>
        <translation>没有完成的评估。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+0"/>
        <source>No epoch finished.</source>
        <translation>没有完成的轮次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+5"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="-7"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+4"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/report/SweepReportHtml.cpp" line="+39"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="-2"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+11"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+3"/>
        <source>Tags: </source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+5"/>
        <location line="+4"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportSections.cpp" line="-73"/>
        <source>Macro: unweighted mean over the classes that occur in the true or predicted labels (as scikit-learn averages). Weighted: mean weighted by each class&apos;s support.</source>
        <translation>宏平均：对真实或预测标签中出现的类别取不加权平均（与 scikit-learn 的平均方式相同）。加权平均：按各类别的支持数加权平均。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>* undefined (the class was never predicted, or never occurs), reported as 0.</source>
        <translation>* 未定义（该类别从未被预测，或从未出现），记为 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Macro averages run over all %1 classes, each of which occurs in the true or predicted labels (as scikit-learn does).</source>
        <translation>宏平均覆盖全部 %1 个类别，每个类别都出现在真实或预测标签中（与 scikit-learn 相同）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Macro averages run over the %1 of %2 classes that occurs in the true or predicted labels (as scikit-learn does).</source>
        <translation>宏平均覆盖 %2 个类别中出现在真实或预测标签里的 %1 个（与 scikit-learn 相同）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+19"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+31"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="+9"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical CPUs</source>
        <translation>逻辑 CPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions, CPU, host and operating system are those of the machine that made this report.</source>
        <translation>版本、CPU、主机和操作系统均为生成本报告的机器的信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>支持数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+14"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="+8"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="-73"/>
        <location line="+75"/>
        <source>Training time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Evaluation time</source>
        <translation>评估用时</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model kind</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>none (the model&apos;s run is not known)</source>
        <translation>无（模型所属的运行未知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run device</source>
        <translation>运行设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run threads</source>
        <translation>运行线程数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TrainScope report: %1</source>
        <translation>TrainScope 报告：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="-58"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../core/report/RunReportContent.cpp" line="-132"/>
        <source>Test set (%1 samples)</source>
        <translation>测试集（%1 个样本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test set, epoch %1 (%2 samples)</source>
        <translation>测试集，第 %1 轮（%2 个样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation set, epoch %1 (%2 samples)</source>
        <translation>验证集，第 %1 轮（%2 个样本）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best test acc. (epoch %1)</source>
        <translation>最佳测试准确率（第 %1 轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best val. acc. (epoch %1)</source>
        <translation>最佳验证准确率（第 %1 轮）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <location filename="../../core/report/SweepReportContent.cpp" line="+17"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Samples/s (mean)</source>
        <translation>样本/秒（平均）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test macro F1</source>
        <translation>测试宏平均 F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Val macro F1</source>
        <translation>验证宏平均 F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train time</source>
        <translation>训练用时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The best test accuracy is in bold.</source>
        <translation>最佳测试准确率以粗体显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best validation accuracy is in bold.</source>
        <translation>最佳验证准确率以粗体显示。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (x%1 every %2 epochs)</source>
        <translation>（每 %2 轮乘以 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle each epoch</source>
        <translation>每轮打乱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardize pixels</source>
        <translation>像素标准化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test set each epoch</source>
        <translation>每轮在测试集上评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device requested</source>
        <translation>请求的设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch metrics logged every</source>
        <translation>批次指标记录间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 batch(es)</source>
        <translation>%1 个批次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample shape</source>
        <translation>样本形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training samples</source>
        <translation>训练集样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation samples</source>
        <translation>验证集样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test samples</source>
        <translation>测试集样本数</translation>
    </message>
    <message>
        <location filename="../../core/report/SweepReportContent.cpp" line="-114"/>
        <source>%1 evaluations</source>
        <translation>%1 次评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 epochs</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grid (%1 points per range)</source>
        <translation>网格（每个范围 %1 个点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random (seed %1)</source>
        <translation>随机（种子 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>successive halving (eta %1, seed %2)</source>
        <translation>连续减半（eta %1，种子 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none: every trial trains its full budget of %1</source>
        <translation>无：每个试验都训练满 %1 的预算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every trial trains to the first rung&apos;s budget; the best 1/%1 of a rung continue to %1 times the budget, the others are pruned. Rung budgets: %2</source>
        <translation>每个试验先训练到第一个梯级的预算；每个梯级中最好的 1/%1 继续训练到 %1 倍预算，其余被剪枝。各梯级预算：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluations</source>
        <translation>次评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-uniform</source>
        <translation>对数均匀分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integers</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trials planned</source>
        <translation>计划试验数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best objective</source>
        <translation>最佳目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early termination</source>
        <translation>提前终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (minimized)</source>
        <translation>%1（最小化）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (maximized)</source>
        <translation>%1（最大化）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trials</source>
        <translation>试验数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (every combination)</source>
        <translation>%1（所有组合）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget per trial</source>
        <translation>每个试验的预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rung</source>
        <translation>梯级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations</source>
        <translation>评估次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ranked by %1, trials of a higher rung first. The best trial is in bold; pruned trials are shaded amber (stopped by the early-termination rule).</source>
        <translation>按 %1 排名，梯级更高的试验在前。最佳试验以粗体显示；被剪枝的试验以琥珀色底纹标出（被提前终止规则停止）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked by %1. The best trial is in bold; pruned trials are shaded amber (stopped by the early-termination rule).</source>
        <translation>按 %1 排名。最佳试验以粗体显示；被剪枝的试验以琥珀色底纹标出（被提前终止规则停止）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Best trial: %1 (%2)</source>
        <translation>最佳试验：%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rounds</source>
        <translation>回合数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the best trial&apos;s curves are missing: %1</source>
        <translation>最佳试验的曲线缺失：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TrainScope sweep: %1</source>
        <translation>TrainScope 超参数扫描：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../core/report/SweepReportHtml.cpp" line="-16"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="-17"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="+2"/>
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="+2"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trial was planned.</source>
        <translation>没有计划任何试验。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="+3"/>
        <source>Parameters and objective</source>
        <translation>参数与目标</translation>
    </message>
    <message>
        <location filename="../../core/report/SweepReportPdfBlocks.cpp" line="+13"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+4"/>
        <source>Made by TrainScope on %1.</source>
        <translation>由 TrainScope 于 %1 生成。</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="-157"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportHtml.cpp" line="-173"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+12"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="+74"/>
        <source>Prompt: (empty)</source>
        <translation>提示：（空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: “%1”</source>
        <translation>提示：“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (1 watch-list hit in %1 evaluations)</source>
        <translation>（%1 次评估中有 1 处监视列表命中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (%1 watch-list hits in %2 evaluations)</source>
        <translation>（%2 次评估中有 %1 处监视列表命中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportHtml.cpp" line="+106"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="-67"/>
        <source>Class distribution</source>
        <translation>类别分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="+1"/>
        <source>Tests</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../core/report/ReportMessages.h" line="+21"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ts::Alerts</name>
    <message>
        <location filename="../../core/common/MessageCatalogue.cpp" line="+23"/>
        <source>step %1 (epoch %2)</source>
        <translation>第 %1 步（第 %2 轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss %1 at %2 is %3 standard deviations above the mean of the previous %4 steps (mean %5, std %6).</source>
        <translation>%2的损失 %1 比前 %4 步的均值高出 %3 个标准差（均值 %5，标准差 %6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss %1 at %2 is far above the mean of the previous %3 steps (mean %4, std %5).</source>
        <translation>%2的损失 %1 远高于前 %3 步的均值（均值 %4，标准差 %5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient norm %1 at %2 is %3 standard deviations above the mean of the previous %4 steps (mean %5, std %6).</source>
        <translation>%2的梯度范数 %1 比前 %4 步的均值高出 %3 个标准差（均值 %5，标准差 %6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient norm %1 at %2 is far above the mean of the previous %3 steps (mean %4, std %5).</source>
        <translation>%2的梯度范数 %1 远高于前 %3 步的均值（均值 %4，标准差 %5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If spikes repeat, lower the learning rate or clip gradients (--grad-clip); a single spike can also come from a batch with bad samples or labels.</source>
        <translation>若尖峰反复出现，请降低学习率或裁剪梯度（--grad-clip）；单个尖峰也可能来自含有错误样本或标签的批次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clip gradients (--grad-clip) or lower the learning rate; use a warm-up if it happens early.</source>
        <translation>请裁剪梯度（--grad-clip）或降低学习率；若在训练早期出现，请使用预热。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update ratio of %1 has been above %2 for %3 health samples in a row, now %4 at %5; about 1e-3 is healthy.</source>
        <translation>%1 的更新比已连续 %3 次健康采样高于 %2，%5时为 %4；约 1e-3 为健康水平。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update ratio of %1 has been below %2 for %3 health samples in a row, now %4 at %5; about 1e-3 is healthy.</source>
        <translation>%1 的更新比已连续 %3 次健康采样低于 %2，%5时为 %4；约 1e-3 为健康水平。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower the learning rate or clip gradients (--grad-clip); check this layer&apos;s initialization.</source>
        <translation>请降低学习率或裁剪梯度（--grad-clip）；检查该层的初始化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise the learning rate or use a schedule with warm-up; check the initialization, and for deep stacks normalization or residual connections.</source>
        <translation>请提高学习率或使用带预热的学习率调度；检查初始化，较深的堆叠可使用归一化或残差连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation loss rose at %1 evaluations in a row (%2 -&gt; %3) while training loss fell (%4 -&gt; %5); the best validation loss was %6 at %7.</source>
        <translation>验证损失连续 %1 次评估上升（%2 -&gt; %3），而训练损失下降（%4 -&gt; %5）；最佳验证损失为 %6，出现在%7。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the weights of the best evaluation and stop there (--early-stop), or regularize: add weight decay (--weight-decay), dropout or more data.</source>
        <translation>保留最佳评估时的权重并在该处停止（--early-stop），或进行正则化：添加权重衰减（--weight-decay）、Dropout 或更多数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation loss has not improved by more than %1% for %2 evaluations at a constant learning rate of %3 (best %4 at %5, now %6).</source>
        <translation>在恒定学习率 %3 下，验证损失已连续 %2 次评估未改善超过 %1%（最佳 %4，出现在%5；当前 %6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower the learning rate or use a schedule (--schedule cosine or step); if training loss is still high, try a larger model.</source>
        <translation>请降低学习率或使用学习率调度（--schedule cosine 或 step）；若训练损失仍然很高，请尝试更大的模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1% of the %2 units of layer %3 are dead (zero for every sample of the batch) at %4.</source>
        <translation>%4时，层 %3 的 %2 个单元中有 %1% 是死单元（对批次中的每个样本都输出零）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, change the initialization (He/Kaiming) or use LeakyReLU/GELU instead of ReLU.</source>
        <translation>请降低学习率、更换初始化方法（He/Kaiming），或用 LeakyReLU/GELU 代替 ReLU。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 became %2 at %3 with a learning rate of %4; the run diverged.</source>
        <translation>%1在%3变为 %2，当时学习率为 %4；运行已发散。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate (try 10x lower), clip gradients (--grad-clip) or use a warm-up; check the data for NaN or extreme values.</source>
        <translation>请降低学习率（可先降到 1/10）、裁剪梯度（--grad-clip）或使用预热；并检查数据中是否有 NaN 或极端值。</translation>
    </message>
</context>
<context>
    <name>ts::DatasetErrors</name>
    <message>
        <location line="+207"/>
        <source>No data set given. %1</source>
        <translation>未指定数据集。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: does not exist.</source>
        <translation>%1：不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: is an empty folder. %2</source>
        <translation>%1：是一个空文件夹。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is a folder with neither IDX files nor class sub-folders of PNG/JPEG images. %2</source>
        <translation>%1：该文件夹中既没有 IDX 文件，也没有按类别存放 PNG/JPEG 图像的子文件夹。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is a single image. Choose the folder that holds one sub-folder of images per class.</source>
        <translation>%1：是单个图像。请选择每个类别各有一个图像子文件夹的那个文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a format TrainScope recognises. %2</source>
        <translation>%1：不是 TrainScope 能识别的格式。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrainScope opens a folder with the four IDX files (train-images-idx3-ubyte, ...; raw or .gz), one IDX images file with its labels file, a CSV/TSV table (.csv, .tsv, .txt), a folder with one sub-folder of PNG/JPEG images per class, or a UTF-8 text corpus for language models (.txt, a folder of .txt files, or .jsonl with a &quot;text&quot; field), or labelled texts for text classification (a CSV/TSV/JSONL table with a text and a label column, or a folder with one sub-folder of .txt files per class).</source>
        <translation>TrainScope 可以打开：含有四个 IDX 文件（train-images-idx3-ubyte 等；原始或 .gz）的文件夹、一个 IDX 图像文件及其标签文件、CSV/TSV 表格（.csv、.tsv、.txt）、每个类别一个 PNG/JPEG 图像子文件夹的文件夹、供语言模型使用的 UTF-8 文本语料库（.txt、含 .txt 文件的文件夹，或带 &quot;text&quot; 字段的 .jsonl），以及供文本分类使用的带标签文本（含文本列和标签列的 CSV/TSV/JSONL 表格，或每个类别一个 .txt 文件子文件夹的文件夹）。</translation>
    </message>
</context>
<context>
    <name>ts::DatasetFacts</name>
    <message>
        <location line="+8"/>
        <source>label column: %1 (integer labels, %2 classes)</source>
        <translation>标签列：%1（整数标签，%2 个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label column: %1 (text labels, %2 classes)</source>
        <translation>标签列：%1（文本标签，%2 个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first line is a header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no header line; columns are numbered</source>
        <translation>没有表头行；各列按编号命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened the whole folder: it holds the four standard IDX files with their own train/test split</source>
        <translation>已打开整个文件夹：其中有四个标准 IDX 文件及其自带的训练/测试划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images: %1; labels: %2</source>
        <translation>图像：%1；标签：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split taken from the folder&apos;s train/val/test sub-folders</source>
        <translation>划分取自文件夹的 train/val/test 子文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train/test split taken from the IDX files</source>
        <translation>训练/测试划分取自 IDX 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stratified split %1/%2/%3 (train/validation/test), seed %4</source>
        <translation>分层划分 %1/%2/%3（训练/验证/测试），随机种子 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 document, %2 of UTF-8 text</source>
        <translation>%1 个文档，%2 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents, %2 of UTF-8 text</source>
        <translation>%1 个文档，%2 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text column: %1</source>
        <translation>文本列：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classes from the sub-folder names (%1 classes)</source>
        <translation>类别取自子文件夹名称（%1 个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label column: %1 (%2 classes)</source>
        <translation>标签列：%1（%2 个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 numeric features</source>
        <translation>%1，%2 个数值特征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (semicolon)</source>
        <translation>CSV（分号分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder, %1x%2 RGB</source>
        <translation>图像文件夹，%1x%2 RGB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder, %1x%2 grayscale</source>
        <translation>图像文件夹，%1x%2 灰度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX pair</source>
        <translation>IDX 文件对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX pair (gzip)</source>
        <translation>IDX 文件对（gzip）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX (partly gzip)</source>
        <translation>IDX（部分 gzip）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSV text table</source>
        <translation>TSV 文本表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV text table</source>
        <translation>CSV 文本表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL text table</source>
        <translation>JSONL 文本表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text folder (one sub-folder per class)</source>
        <translation>文本文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text (folder of .txt files)</source>
        <translation>文本（.txt 文件的文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text (JSONL)</source>
        <translation>文本（JSONL）</translation>
    </message>
</context>
<context>
    <name>ts::DatasetWarnings</name>
    <message>
        <location line="-127"/>
        <source>%1 column is constant and carry no information: %2.</source>
        <translation>%1 列为常量，不含任何信息：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns are constant and carry no information: %2.</source>
        <translation>%1 列为常量，不含任何信息：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row is an exact duplicate of an earlier row (e.g. line %2 repeats line %3); duplicates can leak between the training and test splits.</source>
        <translation>%1 行与前面某一行完全重复（例如第 %2 行重复了第 %3 行）；重复项可能在训练集和测试集划分之间泄漏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows are exact duplicates of an earlier row (e.g. line %2 repeats line %3); duplicates can leak between the training and test splits.</source>
        <translation>%1 行与前面的行完全重复（例如第 %2 行重复了第 %3 行）；重复项可能在训练集和测试集划分之间泄漏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1 file that is not an image or failed to decode: %2.</source>
        <translation>跳过了 %1 个不是图像或无法解码的文件：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 files that are not an image or failed to decode: %2.</source>
        <translation>跳过了 %1 个不是图像或无法解码的文件：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels %1 (%2 of %3 label values) have no samples; the labels that occur are %4.</source>
        <translation>标签 %1（%3 个标签值中的 %2 个）没有样本；出现的标签为 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Training would treat this as %2 classes. Fix the label file, or load it anyway (trainscope-cli --accept-sparse-labels, or &apos;Accept sparse labels&apos; in the data-set preview).</source>
        <translation>%1训练会将其视为 %2 个类别。请修正标签文件，或仍然加载它（trainscope-cli --accept-sparse-labels，或数据集预览中的“接受稀疏标签”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data set has only one class (&apos;%1&apos;): a classifier needs at least two. For a table, check the label column; for an image folder, make one sub-folder per class.</source>
        <translation>数据集只有一个类别（“%1”）：分类器至少需要两个类别。表格请检查标签列；图像文件夹请为每个类别建一个子文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data set has only one class: a classifier needs at least two. For a table, check the label column; for an image folder, make one sub-folder per class.</source>
        <translation>数据集只有一个类别：分类器至少需要两个类别。表格请检查标签列；图像文件夹请为每个类别建一个子文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 class has fewer than 2 samples and cannot be both trained and evaluated: %2.</source>
        <translation>%1 个类别的样本少于 2 个，无法既用于训练又用于评估：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 classes have fewer than 2 samples and cannot be both trained and evaluated: %2.</source>
        <translation>%1 个类别的样本少于 2 个，无法既用于训练又用于评估：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes are imbalanced: &apos;%1&apos; has %2 samples, &apos;%3&apos; only %4; accuracy alone will flatter the model.</source>
        <translation>类别不平衡：“%1”有 %2 个样本，“%3”只有 %4 个；只看准确率会高估模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 image is an exact duplicate of another one with the same label (after resizing).</source>
        <translation>%1 个图像与另一个同标签的图像完全相同（缩放后）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 images are exact duplicates of another one with the same label (after resizing).</source>
        <translation>%1 个图像与另一个同标签的图像完全相同（缩放后）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 empty text (or empty labels): %2.</source>
        <translation>跳过了 %1 个空文本（或空标签）：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped %1 empty texts (or empty labels): %2.</source>
        <translation>跳过了 %1 个空文本（或空标签）：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 empty text (or empty labels), at line %2.</source>
        <translation>跳过了 %1 个空文本（或空标签），位于第 %2 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 empty texts (or empty labels), at lines %2.</source>
        <translation>跳过了 %1 个空文本（或空标签），位于以下行：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 text occurs in more than one split (train/validation/test): the held-out figures flatter the model.</source>
        <translation>%1 个文本出现在不止一个划分中（训练/验证/测试）：留出集上的指标会高估模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 texts occur in more than one split (train/validation/test): the held-out figures flatter the model.</source>
        <translation>%1 个文本出现在不止一个划分中（训练/验证/测试）：留出集上的指标会高估模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 texts (%2%) have fewer than %3 words.</source>
        <translation>%1 个文本（%2%）少于 %3 个词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label column &apos;%1&apos; holds one class (&apos;%2&apos;) in all %3 texts: a classifier needs at least two.</source>
        <translation>标签列“%1”在全部 %3 个文本中只有一个类别（“%2”）：分类器至少需要两个类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder holds one class (&apos;%1&apos;) in all %2 texts: a classifier needs at least two.</source>
        <translation>该文件夹在全部 %2 个文本中只有一个类别（“%1”）：分类器至少需要两个类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very small corpus (%1 bytes): a model will soon learn it by heart; 1 MB of text or more is a better start.</source>
        <translation>语料库非常小（%1 字节）：模型很快就会把它背下来；1 MB 或更多文本是更好的起点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mostly non-text: only %1% of the characters (white space aside) are letters; is this prose or a data file?</source>
        <translation>大部分不是文本：字符（空白除外）中只有 %1% 是字母；这是正文还是数据文件？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mixed scripts: %1 of the letters.</source>
        <translation>混合文字：%1（占字母的比例）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 个</translation>
    </message>
</context>
<context>
    <name>ts::PresetTexts</name>
    <message>
        <location line="-108"/>
        <source>The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).</source>
        <translation>完全复现参考教程：784-512-512-10 的 MLP，logits 上带 ReLU，SGD 学习率 1e-3，批大小 64，不打乱数据，每个轮次结束后在测试集上评估（5 轮后约 41%）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tutorial&apos;s 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).</source>
        <translation>教程中的 784-512-512-10 MLP，但 logits 上不加 ReLU；像素标准化，批大小 256，AdamW 加余弦衰减，10% 验证集划分（5 轮内测试准确率约 89%）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW with cosine decay (&gt;90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).</source>
        <translation>小型卷积网络（两个带批归一化的 3x3 卷积块、最大池化、Dropout），AdamW 加余弦衰减（2-5 轮内测试准确率 &gt;90%；在 CPU 上每轮比 MLP 慢）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), their mean 32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs of batch 64; the fast baseline that trains in seconds.</source>
        <translation>文本分类器：对词 1-2-gram 和字符 3-5-gram 做哈希的词袋（2^16 个桶），取其 32 维嵌入的均值，再接一个线性层；AdamW 学习率 2e-2 加余弦衰减，批大小 64 训练 5 轮；几秒钟就能训练完的快速基线。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text classifier: a small transformer encoder on the language models&apos; tokenizers (char by default; bpe or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm blocks, 4 heads, 64 wide, mean-pooled over the text&apos;s tokens and a linear layer; AdamW lr 1e-3 with 50 warm-up steps and cosine decay, 4 epochs of batch 32 on 1 thread.</source>
        <translation>文本分类器：基于语言模型分词器（默认 char；用 --tokenizer 可选 bpe 或 unigram）的小型 Transformer 编码器，取每条文本的前 64 个词元，2 个 pre-LayerNorm 块，4 个注意力头，宽度 64，对文本的各词元做平均池化后接一个线性层；AdamW 学习率 1e-3，50 步预热加余弦衰减，批大小 32 训练 4 轮，使用 1 个线程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language model: nanoGPT&apos;s baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, batch 12, char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 steps; validation loss ~1.88 on tiny-shakespeare).</source>
        <translation>语言模型：nanoGPT 面向 CPU 的 baby GPT（4 层，4 个注意力头，宽度 128，上下文 64，批大小 12，字符词元，AdamW 学习率 1e-3，100 步预热后余弦衰减到 1e-4，共 2,000 步；在 tiny-shakespeare 上验证损失约 1.88）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language model: nanoGPT&apos;s shakespeare-char model (6 layers, 6 heads, 384 wide, context 256, batch 64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.</source>
        <translation>语言模型：nanoGPT 的 shakespeare-char 模型（6 层，6 个注意力头，宽度 384，上下文 256，批大小 64，Dropout 0.2，5,000 步）；约 1070 万个参数，适用于有 GPU 的机器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown preset</source>
        <translation>未知预设</translation>
    </message>
</context>
<context>
    <name>ts::TrainConfig</name>
    <message>
        <location line="-99"/>
        <source>Layers, heads and width must be at least 1.</source>
        <translation>层数、注意力头数和宽度都必须至少为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The width (%1) must be a multiple of the heads (%2).</source>
        <translation>宽度（%1）必须是注意力头数（%2）的倍数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout must be in [0, 1).</source>
        <translation>Dropout 必须在 [0, 1) 范围内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a tokenizer: char, bpe, unigram or a SentencePiece .model file.</source>
        <translation>请选择分词器：char、bpe、unigram 或 SentencePiece .model 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vocabulary size must be between %1 and %2.</source>
        <translation>词表大小必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context length must be between %1 and %2 tokens.</source>
        <translation>上下文长度必须在 %1 到 %2 个词元之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnostics interval must be 0 (automatic) or a positive number of steps.</source>
        <translation>诊断间隔必须为 0（自动）或正的步数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histograms need at least 1 bucket.</source>
        <translation>直方图至少需要 1 个分桶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spike detection needs a window of at least 2 steps.</source>
        <translation>尖峰检测的窗口至少需要 2 步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spike threshold must be a positive number of standard deviations.</source>
        <translation>尖峰阈值必须是正数个标准差。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vanishing update ratio must be positive and below the exploding one.</source>
        <translation>梯度消失的更新比阈值必须为正，且低于梯度爆炸的阈值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert stretches must be at least 1 sample or evaluation long.</source>
        <translation>警报的持续长度必须至少为 1 次采样或评估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plateau&apos;s minimum improvement must not be negative.</source>
        <translation>平台期的最小改善量不能为负数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dead-layer share must be in (0, 1].</source>
        <translation>死层比例必须在 (0, 1] 范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown alert kind &apos;%1&apos; to stop on.</source>
        <translation>未知的停止条件警报类型“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown preset &apos;%1&apos;: choose seed, mlp, cnn, text-bow, text-transformer, gpt-tiny or gpt-small.</source>
        <translation>未知预设“%1”：请选择 seed、mlp、cnn、text-bow、text-transformer、gpt-tiny 或 gpt-small。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown optimizer &apos;%1&apos;: choose sgd, adam or adamw.</source>
        <translation>未知优化器“%1”：请选择 sgd、adam 或 adamw。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown LR schedule &apos;%1&apos;: choose constant, step or cosine.</source>
        <translation>未知学习率调度“%1”：请选择 constant、step 或 cosine。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown device &apos;%1&apos;: choose auto, cpu or cuda.</source>
        <translation>未知设备“%1”：请选择 auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The learning rate must be greater than 0 and at most %1.</source>
        <translation>学习率必须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum must be in [0, 1).</source>
        <translation>动量必须在 [0, 1) 范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay must not be negative.</source>
        <translation>权重衰减不能为负数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs must be between 1 and %1.</source>
        <translation>轮数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations per epoch must be between 1 and %1.</source>
        <translation>每轮评估次数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language models evaluate every N steps (eval every), not a number of times per epoch.</source>
        <translation>语言模型每 N 步评估一次（评估间隔），而不是每轮评估若干次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch size must be between 1 and %1.</source>
        <translation>批大小必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads must be 0 (automatic) or a positive count.</source>
        <translation>线程数必须为 0（自动）或正整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes must be a positive count (1 = a single process).</source>
        <translation>进程数必须为正整数（1 = 单个进程）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data-parallel timeout must be at least 1 second.</source>
        <translation>数据并行的超时时间必须至少为 1 秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation fraction must be in [0, 1).</source>
        <translation>验证集比例必须在 [0, 1) 范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step schedule needs a step of at least 1 epoch.</source>
        <translation>阶梯式学习率调度的步长至少需要 1 轮。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step schedule&apos;s factor must be in (0, 1].</source>
        <translation>阶梯式学习率调度的衰减因子必须在 (0, 1] 范围内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early-stopping patience must be 0 (off) or a positive number of epochs.</source>
        <translation>早停耐心值必须为 0（关闭）或正的轮数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early stopping&apos;s minimum improvement must not be negative.</source>
        <translation>早停的最小改善量不能为负数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch metrics must be logged at least every 1 batch.</source>
        <translation>批次指标至少每 1 个批次记录一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm-up steps must not be negative.</source>
        <translation>预热步数不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum learning rate must be between 0 and the learning rate.</source>
        <translation>最小学习率必须在 0 与学习率之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping must be 0 (off) or a positive norm.</source>
        <translation>梯度裁剪必须为 0（关闭）或正的范数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s betas must be in [0, 1).</source>
        <translation>Adam 的 beta 参数必须在 [0, 1) 范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash buckets must be between 1 and %1.</source>
        <translation>哈希桶数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text embedding width must be between 1 and %1.</source>
        <translation>文本嵌入宽度必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps must be between 1 and %1.</source>
        <translation>步数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every at least 1 step.</source>
        <translation>评估间隔至少为 1 步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss estimates need at least 1 batch (eval batches).</source>
        <translation>损失估计至少需要 1 个批次（评估批次数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The validation and test shares must leave text to train on (they add up to less than 1).</source>
        <translation>验证集和测试集比例必须为训练留下文本（两者之和小于 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample length must be between 0 and %1 tokens.</source>
        <translation>样本长度必须在 0 到 %1 个词元之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sampling temperature must be greater than 0.</source>
        <translation>采样温度必须大于 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-k must be 0 (all tokens) or positive.</source>
        <translation>Top-k 必须为 0（所有词元）或正数。</translation>
    </message>
</context>
<context>
    <name>ts::Training</name>
    <message>
        <location line="-90"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gradient</source>
        <translation>某个梯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by the user at step %1 (epoch %2)</source>
        <translation>已由用户在第 %1 步（第 %2 轮）停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by the user at step %1 (evaluation %2)</source>
        <translation>已由用户在第 %1 步（第 %2 次评估）停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by another process at step %1</source>
        <translation>已由另一个进程在第 %1 步停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by rank 0 after epoch %1</source>
        <translation>已由进程 0 在第 %1 轮之后停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by rank 0 after evaluation %1</source>
        <translation>已由进程 0 在第 %1 次评估之后停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped at step %1 on a %2 alert (--stop-on): %3</source>
        <translation>第 %1 步出现 %2 警报，按 --stop-on 停止：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed from %1 after epoch %2 (step %3)</source>
        <translation>从 %1 继续，接在第 %2 轮之后（第 %3 步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed from %1 after evaluation %2 (step %3)</source>
        <translation>从 %1 继续，接在第 %2 次评估之后（第 %3 步）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>early stopping: the validation loss did not improve for %1 epochs; restored the best weights (epoch %2, validation loss %3)</source>
        <translation>早停：验证损失已连续 %1 轮未改善；已恢复最佳权重（第 %2 轮，验证损失 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>early stopping: the validation loss did not improve for %1 evaluations; restored the best weights (step %2, validation loss %3)</source>
        <translation>早停：验证损失已连续 %1 次评估未改善；已恢复最佳权重（第 %2 步，验证损失 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 became %2 at step %3 (epoch %4, lr %5): lower the learning rate</source>
        <translation>%1在第 %3 步（第 %4 轮，学习率 %5）变为 %2：请降低学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 became %2 at step %3 (evaluation %4, lr %5): lower the learning rate</source>
        <translation>%1在第 %3 步（第 %4 次评估，学习率 %5）变为 %2：请降低学习率</translation>
    </message>
</context>
</TS>
