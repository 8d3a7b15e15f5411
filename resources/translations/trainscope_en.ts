<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="40"/>
        <source>%n value(s) ≤ 0 not shown on the log %1 axis</source>
        <translation>
            <numerusform>%n value(s) ≤ 0 not shown on the log %1 axis</numerusform>
            <numerusform>%n value(s) ≤ 0 not shown on the log %1 axis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="41"/>
        <source>%n NaN/infinite value(s) not shown</source>
        <translation>
            <numerusform>%n NaN/infinite value(s) not shown</numerusform>
            <numerusform>%n NaN/infinite value(s) not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="49"/>
        <source>%1 split; line or file %2 of the data; %n word(s)</source>
        <translation>
            <numerusform>%1 split; line or file %2 of the data; %n word</numerusform>
            <numerusform>%1 split; line or file %2 of the data; %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ClassMetricsModel</name>
    <message numerus="yes">
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="117"/>
        <source>%n sample(s) of %1</source>
        <translation>
            <numerusform>%n sample of %1</numerusform>
            <numerusform>%n samples of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::CompareView</name>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="263"/>
        <source>%1 layer(s), %2 heads, %3 wide, context %4</source>
        <translation>
            <numerusform>%1 layer, %2 heads, %3 wide, context %4</numerusform>
            <numerusform>%1 layers, %2 heads, %3 wide, context %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="268"/>
        <source>%1, %n token(s)</source>
        <translation>
            <numerusform>%1, %n token</numerusform>
            <numerusform>%1, %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ConfidenceHistogramChart</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="421"/>
        <source>Confidence histogram · %1 of %2 prediction(s) wrong</source>
        <translation>
            <numerusform>Confidence histogram · %1 of %2 prediction wrong</numerusform>
            <numerusform>Confidence histogram · %1 of %2 predictions wrong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ConfigDock</name>
    <message numerus="yes">
        <location filename="../../ui/training/ConfigDock.cpp" line="130"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ConfusionMatrixView</name>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="275"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="390"/>
        <source>Recall of %1: %2 (%3 of %4 sample(s) found)</source>
        <translation>
            <numerusform>Recall of %1: %2 (%3 of %4 sample found)</numerusform>
            <numerusform>Recall of %1: %2 (%3 of %4 samples found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="398"/>
        <source>Precision of %1: %2 (%3 of %4 prediction(s) right)</source>
        <translation>
            <numerusform>Precision of %1: %2 (%3 of %4 prediction right)</numerusform>
            <numerusform>Precision of %1: %2 (%3 of %4 predictions right)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::CurveChart</name>
    <message numerus="yes">
        <location filename="../../ui/charts/CurveChart.cpp" line="353"/>
        <source>%n outlier value(s) outside the y range (right-click ▸ Fit y to data)</source>
        <translation>
            <numerusform>%n outlier value(s) outside the y range (right-click ▸ Fit y to data)</numerusform>
            <numerusform>%n outlier value(s) outside the y range (right-click ▸ Fit y to data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::DatasetPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="564"/>
        <source>%n numeric feature(s) per row</source>
        <translation>
            <numerusform>%n numeric feature per row</numerusform>
            <numerusform>%n numeric features per row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="571"/>
        <source> · %n class(es)</source>
        <translation>
            <numerusform> · %n class</numerusform>
            <numerusform> · %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="742"/>
        <source>&lt;b&gt;First %n row(s)&lt;/b&gt; (raw values; the label column in bold)</source>
        <translation>
            <numerusform>&lt;b&gt;First %n row&lt;/b&gt; (raw values; the label column in bold)</numerusform>
            <numerusform>&lt;b&gt;First %n rows&lt;/b&gt; (raw values; the label column in bold)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateDocumentsTab</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="115"/>
        <source>&lt;b&gt;%1 document(s)&lt;/b&gt;, %2 tokens scored. The most surprising are listed first; choose one to see its tokens shaded by their loss (hover a token for its loss).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 document&lt;/b&gt;, %2 tokens scored. The most surprising are listed first; choose one to see its tokens shaded by their loss (hover a token for its loss).</numerusform>
            <numerusform>&lt;b&gt;%1 documents&lt;/b&gt;, %2 tokens scored. The most surprising are listed first; choose one to see its tokens shaded by their loss (hover a token for its loss).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="119"/>
        <source> Documents with fewer than %n scored token(s) are not ranked.</source>
        <translation>
            <numerusform> Documents with fewer than %n scored token are not ranked.</numerusform>
            <numerusform> Documents with fewer than %n scored tokens are not ranked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="172"/>
        <source>%1 · perplexity %2 · %3 token(s) · %4 bits per byte</source>
        <translation>
            <numerusform>%1 · perplexity %2 · %3 token · %4 bits per byte</numerusform>
            <numerusform>%1 · perplexity %2 · %3 tokens · %4 bits per byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSamplesTab</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="53"/>
        <source>%1 watch-list hit(s)</source>
        <translation>
            <numerusform>%1 watch-list hit</numerusform>
            <numerusform>%1 watch-list hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 sample(s) generated from prompts of the evaluated text (listed first, highlighted).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 sample generated from prompts of the evaluated text (listed first, highlighted).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 samples generated from prompts of the evaluated text (listed first, highlighted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="58"/>
        <source>No watch-list hits in %1 sample(s) generated from prompts of the evaluated text.</source>
        <translation>
            <numerusform>No watch-list hits in %1 sample generated from prompts of the evaluated text.</numerusform>
            <numerusform>No watch-list hits in %1 samples generated from prompts of the evaluated text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSummaryTab</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="258"/>
        <source>: %1 samples, %n class(es)</source>
        <translation>
            <numerusform>: %1 samples, %n class</numerusform>
            <numerusform>: %1 samples, %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="280"/>
        <source>: %1 document(s), %2 tokens</source>
        <translation>
            <numerusform>: %1 document, %2 tokens</numerusform>
            <numerusform>: %1 documents, %2 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="401"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="403"/>
        <source>Per class — %n class(es) moved by %1 or more in F1 or recall (red)</source>
        <translation>
            <numerusform>Per class — %n class moved by %1 or more in F1 or recall (red)</numerusform>
            <numerusform>Per class — %n classes moved by %1 or more in F1 or recall (red)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateWindow</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="264"/>
        <source>Done: %1 tokens in %2 document(s) in %3 s</source>
        <translation>
            <numerusform>Done: %1 tokens in %2 document in %3 s</numerusform>
            <numerusform>Done: %1 tokens in %2 documents in %3 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="272"/>
        <source>Done: %1 sample(s) in %2 s</source>
        <translation>
            <numerusform>Done: %1 sample in %2 s</numerusform>
            <numerusform>Done: %1 samples in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="273"/>
        <source>Evaluated %1 sample(s): accuracy %2</source>
        <translation>
            <numerusform>Evaluated %1 sample: accuracy %2</numerusform>
            <numerusform>Evaluated %1 samples: accuracy %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ExperimentsWindow</name>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="189"/>
        <source>%1 sweep of %2 — %3 — %4/%n trial(s) done</source>
        <translation>
            <numerusform>%1 sweep of %2 — %3 — %4/%n trial done</numerusform>
            <numerusform>%1 sweep of %2 — %3 — %4/%n trials done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="205"/>
        <source> — %1 of %n trial(s) in the brushed ranges</source>
        <translation>
            <numerusform> — %1 of %n trial in the brushed ranges</numerusform>
            <numerusform> — %1 of %n trials in the brushed ranges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::HealthPanel</name>
    <message numerus="yes">
        <location filename="../../ui/health/HealthPanel.cpp" line="157"/>
        <source>Per-layer diagnostics appear after the first %n step(s).</source>
        <translation>
            <numerusform>Per-layer diagnostics appear after the first %n step.</numerusform>
            <numerusform>Per-layer diagnostics appear after the first %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::LrFinderDialog</name>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="105"/>
        <source>Trains %1 on %2 from fresh initial weights for up to %3 step(s) while the learning rate grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is touched. The form&apos;s learning rate is %6.</source>
        <translation>
            <numerusform>Trains %1 on %2 from fresh initial weights for up to %3 step while the learning rate grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is touched. The form&apos;s learning rate is %6.</numerusform>
            <numerusform>Trains %1 on %2 from fresh initial weights for up to %3 steps while the learning rate grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is touched. The form&apos;s learning rate is %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="165"/>
        <source>%n step(s) in %1</source>
        <translation>
            <numerusform>%n step in %1</numerusform>
            <numerusform>%n steps in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="166"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation>
            <numerusform>⚠ Watch list: %n hit in the samples at step %1</numerusform>
            <numerusform>⚠ Watch list: %n hits in the samples at step %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="380"/>
        <location filename="../../ui/training/MainWindow.cpp" line="705"/>
        <source> · %n thread(s)</source>
        <translation>
            <numerusform> · %n thread</numerusform>
            <numerusform> · %n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="754"/>
        <source>Loading %n run(s) to compare…</source>
        <translation>
            <numerusform>Loading %n run to compare…</numerusform>
            <numerusform>Loading %n runs to compare…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::MistakesGallery</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="377"/>
        <source>%1 sample(s)</source>
        <translation>
            <numerusform>%1 sample</numerusform>
            <numerusform>%1 samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="417"/>
        <source>%n sample(s) are beyond the end of the data set shown.</source>
        <translation>
            <numerusform>%n sample is beyond the end of the data set shown.</numerusform>
            <numerusform>%n samples are beyond the end of the data set shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="419"/>
        <source>%n sample(s) have a different label in the data set: it may not be the data these predictions were made on.</source>
        <translation>
            <numerusform>%n sample has a different label in the data set: it may not be the data these predictions were made on.</numerusform>
            <numerusform>%n samples have a different label in the data set: it may not be the data these predictions were made on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::MistakesGalleryOpener</name>
    <message numerus="yes">
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="51"/>
        <source>The loaded data set&apos;s %1 split has %n sample(s), but %2&apos;s predictions refer to sample %3: it is not the data they were made on</source>
        <translation>
            <numerusform>The loaded data set&apos;s %1 split has %n sample, but %2&apos;s predictions refer to sample %3: it is not the data they were made on</numerusform>
            <numerusform>The loaded data set&apos;s %1 split has %n samples, but %2&apos;s predictions refer to sample %3: it is not the data they were made on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::PerplexityHistogram</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="83"/>
        <source>Perplexity per document · %1 document(s)</source>
        <translation>
            <numerusform>Perplexity per document · %1 document</numerusform>
            <numerusform>Perplexity per document · %1 documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="84"/>
        <source> (%n without a perplexity)</source>
        <translation>
            <numerusform> (%n without a perplexity)</numerusform>
            <numerusform> (%n without a perplexity)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="151"/>
        <source>%1 document(s)</source>
        <translation>
            <numerusform>%1 document</numerusform>
            <numerusform>%1 documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::PlaygroundPanel</name>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="93"/>
        <source>Stopped after %n token(s)</source>
        <translation>
            <numerusform>Stopped after %n token</numerusform>
            <numerusform>Stopped after %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="94"/>
        <source>%n token(s) in %1 s</source>
        <translation>
            <numerusform>%n token in %1 s</numerusform>
            <numerusform>%n tokens in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ReliabilityDiagram</name>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="316"/>
        <source>Confidence %1: %2 prediction(s) (%3)
mean confidence %4 · accuracy %5 (%6)</source>
        <translation>
            <numerusform>Confidence %1: %2 prediction (%3)
mean confidence %4 · accuracy %5 (%6)</numerusform>
            <numerusform>Confidence %1: %2 predictions (%3)
mean confidence %4 · accuracy %5 (%6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::RunsController</name>
    <message numerus="yes">
        <location filename="../../ui/training/RunsController.cpp" line="59"/>
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Comparing %n run</numerusform>
            <numerusform>Comparing %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::RunsModel</name>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="142"/>
        <source>%1 language model, %2, lr %3, %4 of %5 step(s)</source>
        <translation>
            <numerusform>%1 language model, %2, lr %3, %4 of %5 step</numerusform>
            <numerusform>%1 language model, %2, lr %3, %4 of %5 steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="213"/>
        <source>%1, %2, lr %3, %4 of %5 epoch(s)</source>
        <translation>
            <numerusform>%1, %2, lr %3, %4 of %5 epoch</numerusform>
            <numerusform>%1, %2, lr %3, %4 of %5 epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::RunsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="414"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="415"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="609"/>
        <source>Delete these %n run(s) and everything in their folders?

%1</source>
        <translation>
            <numerusform>Delete these %n run and everything in their folders?

%1</numerusform>
            <numerusform>Delete these %n runs and everything in their folders?

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::SamplesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/lm/SamplesPanel.cpp" line="192"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation>
            <numerusform>⚠ Watch list: %n hit in the samples at step %1</numerusform>
            <numerusform>⚠ Watch list: %n hits in the samples at step %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::TextPreviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="34"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="35"/>
        <source>%1 character(s)</source>
        <translation>
            <numerusform>%1 character</numerusform>
            <numerusform>%1 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="36"/>
        <source>%1 document(s)</source>
        <translation>
            <numerusform>%1 document</numerusform>
            <numerusform>%1 documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="37"/>
        <source>about %1 token(s)</source>
        <translation>
            <numerusform>about %1 token</numerusform>
            <numerusform>about %1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="38"/>
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 token</numerusform>
            <numerusform>%1 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::TrainingConfigForm</name>
    <message numerus="yes">
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="137"/>
        <source>The batch size of %1 does not split evenly across %2 process(es): choose a batch size that is a multiple of %2 (e.g. %3), or another number of processes.</source>
        <translation>
            <numerusform>The batch size of %1 does not split evenly across %2 process: choose a batch size that is a multiple of %2 (e.g. %3), or another number of processes.</numerusform>
            <numerusform>The batch size of %1 does not split evenly across %2 processes: choose a batch size that is a multiple of %2 (e.g. %3), or another number of processes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::TrainingWorker</name>
    <message numerus="yes">
        <location filename="../../app/bridge/TrainingWorker.cpp" line="208"/>
        <source>Starting %n process(es) × %1 threads…</source>
        <translation>
            <numerusform>Starting %n process × %1 threads…</numerusform>
            <numerusform>Starting %n processes × %1 threads…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::UnitSharesChart</name>
    <message numerus="yes">
        <location filename="../../ui/health/UnitSharesChart.cpp" line="98"/>
        <source>%1 (%n unit(s)) · step %2</source>
        <translation>
            <numerusform>%1 (%n unit) · step %2</numerusform>
            <numerusform>%1 (%n units) · step %2</numerusform>
        </translation>
    </message>
</context>
</TS>
