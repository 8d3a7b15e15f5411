<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="31"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="32"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="33"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="34"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="35"/>
        <source>Per-class metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="42"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="43"/>
        <source>Gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="44"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="45"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="46"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="50"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DockLayout.cpp" line="54"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="64"/>
        <source>Cannot draw the chart into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="74"/>
        <source>Cannot encode the chart as PNG for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="98"/>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="98"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="100"/>
        <source>SVG vector images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="100"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="105"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="110"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="112"/>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartImage.cpp" line="114"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="40"/>
        <source>%n value(s) ≤ 0 not shown on the log %1 axis</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/ChartMath.cpp" line="41"/>
        <source>%n NaN/infinite value(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="136"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="27"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="137"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartMath.cpp" line="138"/>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/FileWrite.cpp" line="23"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="88"/>
        <source>No recent data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="90"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="35"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="48"/>
        <source>%1, #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="49"/>
        <source>%1 split; line or file %2 of the data; %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="73"/>
        <source>&lt;b&gt;Samples per class&lt;/b&gt; (the first %1 of each; hover a text to read its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="96"/>
        <source>Words per text (mean %1, median %2, longest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="105"/>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/LabelledTextSamples.cpp" line="118"/>
        <source>How many texts have how many words; the last bin also holds every longer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="81"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="82"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="83"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="84"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepQueue.cpp" line="85"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="56"/>
        <source>Choose a data set (open one in the main window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="57"/>
        <source>Choose an output folder for the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="58"/>
        <source>Add at least one parameter to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepRequest.cpp" line="63"/>
        <source>Parameter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="37"/>
        <source>HTML report (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="38"/>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="39"/>
        <source>CSV metric history (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="40"/>
        <source>JSON metric history (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportExporter.cpp" line="55"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="328"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="372"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="377"/>
        <source>Final metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="383"/>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="387"/>
        <source>Per-class metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="393"/>
        <source>Calibration and confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="412"/>
        <source>Training health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="414"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="417"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="433"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="436"/>
        <source>Prompt: (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="436"/>
        <source>Prompt: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="438"/>
        <source>  (1 watch-list hit in %1 evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="439"/>
        <source>  (%1 watch-list hits in %2 evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="441"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="456"/>
        <source>Class distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="457"/>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="467"/>
        <source>No evaluation finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="467"/>
        <source>No epoch finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="472"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="476"/>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="481"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="487"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="495"/>
        <location filename="../../ui/report/ReportPdf.cpp" line="499"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report/ReportPdf.cpp" line="503"/>
        <source>Made by TrainScope on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="35"/>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="38"/>
        <source>Open a data set folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="39"/>
        <source>Open a folder with IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="45"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="48"/>
        <source>Start training with this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="49"/>
        <source>Start training with the configuration on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="54"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="56"/>
        <source>Stop training (the test set is still evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="57"/>
        <source>Stop training after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="59"/>
        <source>&amp;About TrainScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="62"/>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="64"/>
        <source>Save the run as an HTML or PDF report, or its metric history as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="67"/>
        <source>&amp;Runs Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="69"/>
        <source>Choose the folder where runs are saved and listed (remembered; --runs-dir overrides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="71"/>
        <source>&amp;Generate Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="73"/>
        <source>Continue a prompt with a language model: the current run&apos;s checkpoint, or any run or checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="76"/>
        <source>Show the Generate panel and put the cursor in its prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="79"/>
        <source>E&amp;valuate Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="81"/>
        <source>Evaluate a saved model (a run&apos;s checkpoint or a TorchScript file) on new labelled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="84"/>
        <source>Open the Evaluate window: accuracy against the run&apos;s test results, confusion matrix, calibration and drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="86"/>
        <source>E&amp;xperiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="88"/>
        <source>Hyperparameter sweeps: define, queue and compare trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="90"/>
        <source>Open S&amp;weep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="91"/>
        <source>Show a sweep folder (trainscope-cli sweep --out) in the Experiments window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="104"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="104"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="106"/>
        <source>Resume training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="106"/>
        <source>Pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="108"/>
        <source>Continue the paused run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="108"/>
        <source>Pause after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="115"/>
        <source>Recent &amp;Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="125"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="131"/>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="147"/>
        <source>&amp;Configuration panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="150"/>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="152"/>
        <source>Show or hide the list of saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="157"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingActions.cpp" line="159"/>
        <source>Put every panel back where it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::AlertsTable</name>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="17"/>
        <source>What to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="33"/>
        <source>Alerts of the run: double-click one to show its step in the Health panel and on the loss chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="44"/>
        <source>loss spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="45"/>
        <source>gradient spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="46"/>
        <source>exploding gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="47"/>
        <source>vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="48"/>
        <source>overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="49"/>
        <source>plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="50"/>
        <source>dead layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="51"/>
        <source>NaN or Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="75"/>
        <source>%1

What to try: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/AlertsTable.cpp" line="117"/>
        <source>No alerts. Loss and gradient spikes, exploding or vanishing updates, dead layers, overfitting and plateaus are listed here when they happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ChartPanel</name>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="31"/>
        <source>EMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="32"/>
        <source>time-weighted EMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="33"/>
        <source>EMA: debiased per-point moving average (like TensorBoard, without the bias).
Time-weighted: averages over x with a time constant of -1/ln(weight) steps,
so it does not depend on how often values are logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="39"/>
        <source>x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="42"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="43"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="44"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="45"/>
        <source>What the x axis counts: global step, epoch, or wall-clock time since the start (pauses excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="59"/>
        <source>log x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="59"/>
        <source>Logarithmic x axis (values ≤ 0 are hidden and counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="60"/>
        <source>log y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="60"/>
        <source>Logarithmic y axis (values ≤ 0 are hidden and counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="62"/>
        <source>y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="65"/>
        <source>fit to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="66"/>
        <source>ignore outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/ChartPanel.cpp" line="67"/>
        <source>Fit every visible value, or the 1st–99th percentile (the chart says how many values it leaves out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ClassDistributionChart</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="578"/>
        <source>Class distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="578"/>
        <source>The class distribution appears after an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="599"/>
        <source>Class distribution · PSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="600"/>
        <source>Class distribution of the evaluated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="649"/>
        <source>%1 of the evaluated data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="650"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="651"/>
        <source>the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="654"/>
        <source>%1: %2 of %3 (%4)
→ %5, %6%7 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="664"/>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="665"/>
        <source>evaluated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="665"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="730"/>
        <source>share of samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ClassMetricsModel</name>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="61"/>
        <source>macro avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="62"/>
        <source>weighted avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="66"/>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="108"/>
        <source>Unweighted mean over all classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="109"/>
        <source>Mean over classes weighted by their support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="112"/>
        <source>Precision of %1 is undefined: the class was never predicted (reported as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="114"/>
        <source>Recall of %1 is undefined: the class does not occur in this set (reported as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="116"/>
        <source>F1 of %1 uses an undefined precision or recall (reported as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="117"/>
        <source>%n sample(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="129"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="130"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="131"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="132"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="133"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="139"/>
        <source>Of the samples predicted as this class, the fraction that really are (TP / (TP + FP))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="140"/>
        <source>Of the samples of this class, the fraction found (TP / (TP + FN))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="141"/>
        <source>Harmonic mean of precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ClassMetricsModel.cpp" line="142"/>
        <source>Number of samples whose true class is this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::CompareView</name>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="76"/>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="81"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="83"/>
        <location filename="../../ui/runs/CompareView.cpp" line="87"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="83"/>
        <location filename="../../ui/runs/CompareView.cpp" line="189"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="85"/>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="87"/>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="99"/>
        <source>Rows where the runs differ are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="107"/>
        <source>Runs are numbered by column. Highlighted rows differ between the runs. Loss: line = training loss (smoothed), dots = validation loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="135"/>
        <source>Compare Runs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="177"/>
        <location filename="../../ui/runs/CompareView.cpp" line="210"/>
        <source>%1 · train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="178"/>
        <location filename="../../ui/runs/CompareView.cpp" line="211"/>
        <source>%1 · val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="189"/>
        <location filename="../../ui/runs/CompareView.cpp" line="192"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="191"/>
        <source>Validation bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="192"/>
        <source>bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="241"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="242"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="243"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="247"/>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="248"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="249"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="250"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="251"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="252"/>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="253"/>
        <source>LR schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="255"/>
        <source>step ×%1 every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="258"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="258"/>
        <location filename="../../ui/runs/CompareView.cpp" line="260"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="259"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="262"/>
        <source>Model shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="263"/>
        <source>%1 layer(s), %2 heads, %3 wide, context %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="266"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/CompareView.cpp" line="268"/>
        <source>%1, %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="270"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="273"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="274"/>
        <source>Validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="275"/>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="276"/>
        <source>patience %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="276"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="278"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="279"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="280"/>
        <source>Best val accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="283"/>
        <source>Final val loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="287"/>
        <source>Final train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="290"/>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="291"/>
        <source>Test macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="294"/>
        <source>Best val loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="298"/>
        <source>Final val bits/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="302"/>
        <source>Test perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="305"/>
        <source>Test bits/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/CompareView.cpp" line="308"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ConfidenceHistogramChart</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="401"/>
        <source>Confidence histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="401"/>
        <source>The confidence histogram appears after an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="421"/>
        <source>Confidence histogram · %1 of %2 prediction(s) wrong</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="535"/>
        <source>Confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="536"/>
        <source>%1: no predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="537"/>
        <source>%1: %2 correct, %3 wrong (%4 wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="546"/>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="546"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="570"/>
        <source>confidence (top-1 probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="571"/>
        <source>predictions (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="571"/>
        <source>predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ConfigDock</name>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="30"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="65"/>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="69"/>
        <source>No data set loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="79"/>
        <source>Choose a folder with train/test IDX files, or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="81"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/ConfigDock.cpp" line="127"/>
        <source>train %1 · val %2 · test %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/ConfigDock.cpp" line="130"/>
        <source>%n classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="39"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="243"/>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="247"/>
        <source>No evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="275"/>
        <source>%n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="279"/>
        <source>%1 of predicted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="280"/>
        <source>%1 never predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="283"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="283"/>
        <source>no %1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="285"/>
        <source>True: %1, predicted: %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="288"/>
        <source>
Previous epoch: %1 · change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="290"/>
        <source> (%1 percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="372"/>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="110"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="389"/>
        <source>Recall of %1: undefined (no samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="390"/>
        <source>Recall of %1: %2 (%3 of %4 sample(s) found)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="397"/>
        <source>Precision of %1: undefined (never predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="398"/>
        <source>Precision of %1: %2 (%3 of %4 prediction(s) right)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="405"/>
        <source>Accuracy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionMatrixView.cpp" line="417"/>
        <source>
Click to list these samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="36"/>
        <source>Too small to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="104"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="187"/>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPainter.cpp" line="192"/>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ConfusionPanel</name>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="32"/>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="34"/>
        <source>Show percentages instead of counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="37"/>
        <source>rows (recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="38"/>
        <source>columns (precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="39"/>
        <source>Rows: each true class sums to 100%, the diagonal is the recall.
Columns: each predicted class sums to 100%, the diagonal is the precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="45"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="46"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="47"/>
        <source>recall (worst first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="48"/>
        <source>confusion clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="49"/>
        <source>Order of the classes; &quot;confusion clusters&quot; puts classes that are mistaken for each other next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="54"/>
        <source>Change since the previous epoch: blue cells grew, red cells shrank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="64"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="65"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="65"/>
        <source>Fit the whole matrix in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="66"/>
        <source>Zoom in (Ctrl+wheel); scroll to move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="72"/>
        <source>Scrub through the evaluation of every epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="73"/>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="144"/>
        <source>No evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="91"/>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="101"/>
        <source>Epoch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="134"/>
        <location filename="../../ui/confusion/ConfusionPanel.cpp" line="188"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::CurveChart</name>
    <message>
        <location filename="../../ui/charts/CurveAxes.cpp" line="120"/>
        <location filename="../../ui/charts/CurveAxes.cpp" line="187"/>
        <source> (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="346"/>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="32"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="347"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts/CurveChart.cpp" line="351"/>
        <source>%n outlier value(s) outside the y range (right-click ▸ Fit y to data)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChart.cpp" line="655"/>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="16"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="18"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="24"/>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="28"/>
        <source>Drag: zoom · Shift+drag: pan · wheel: zoom · double-click: reset · click: pin tooltip · click a legend entry to hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="35"/>
        <source>Fit y to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="39"/>
        <source>Ignore outliers in the y range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="43"/>
        <source>Logarithmic y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="46"/>
        <source>Logarithmic x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="52"/>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="56"/>
        <source>Relative time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="65"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="67"/>
        <source>Debiased EMA (per point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="68"/>
        <source>Time-weighted EMA (independent of the logging interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="99"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="101"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="104"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveChartMenu.cpp" line="104"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="46"/>
        <source>epoch end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="47"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="48"/>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="49"/>
        <source>learning rate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="50"/>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="51"/>
        <source>early stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="52"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveEventMarkers.cpp" line="53"/>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="28"/>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="72"/>
        <source>step %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="29"/>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="30"/>
        <source>time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/CurveHoverTip.cpp" line="74"/>
        <source> (at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::DatasetFileDialog</name>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="21"/>
        <source>Open data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="25"/>
        <source>Data sets (*.csv *.tsv *.txt *.jsonl *.md *-ubyte *-ubyte.gz *idx* *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="26"/>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="26"/>
        <source>IDX files (*-ubyte *-ubyte.gz *idx*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="27"/>
        <source>Text (*.txt *.jsonl *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="27"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetChooser.cpp" line="28"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::DatasetPreviewDialog</name>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="97"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="451"/>
        <source>Data set preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="119"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="121"/>
        <source>Keep the data set in use now and close this preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="122"/>
        <source>Use This Data Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="139"/>
        <source>Validation (%1 %) and test (%2 %) take %3 % together; they must stay below 100 % to leave samples for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="146"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="182"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="184"/>
        <source>How the data set is loaded. Change an option, then press Reload to see the data with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="212"/>
        <source>Loading the data set again with the new options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="214"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="217"/>
        <source>Load the data set again with these options and update the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="245"/>
        <source>The column that holds the class of each row; every other column must be numeric and becomes a feature (like --label-column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="250"/>
        <source>Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="256"/>
        <source>Resize to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="259"/>
        <source>Resize every image to the size on the right; unchecked, every image is resized to the first image&apos;s size (like --image-size WxH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="271"/>
        <source>Width in pixels every image is resized to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="273"/>
        <source>Height in pixels every image is resized to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="281"/>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="283"/>
        <source>Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="287"/>
        <source>Auto (as the first image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="288"/>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="289"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="570"/>
        <source>RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="291"/>
        <source>Convert every image to grayscale (1 channel) or RGB (3 channels); Auto follows the first image (like --grayscale / --rgb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="294"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="299"/>
        <source>Accept sparse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="302"/>
        <source>Most label values between 0 and the largest label have no samples (see the warnings). Tick this to train on one class per label value anyway (like --accept-sparse-labels); better, fix the label file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="306"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="324"/>
        <source>Share of each class held out for validation (checked after every epoch); the split is stratified and seeded (like --split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="327"/>
        <source>Share of each class held out for the final test; never used for training or early stopping (like --split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="331"/>
        <source>What is left for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="334"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="383"/>
        <source>train %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="337"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="623"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="339"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="624"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="343"/>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="602"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="388"/>
        <source>Reloading with the new options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="393"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="396"/>
        <source>Options changed: press Reload to see the data with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="417"/>
        <source>Wait until the preview has been reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="418"/>
        <source>The options differ from the preview: press Reload first, or change them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="419"/>
        <source>Train on this data set, loaded with these options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="559"/>
        <source>labelled texts, %1 words each on average (median %2, longest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="564"/>
        <source>%n numeric feature(s) per row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="565"/>
        <source>, label column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="567"/>
        <source>%1×%2 pixels, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="570"/>
        <source>grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="571"/>
        <source> · %n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="572"/>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="574"/>
        <source>train %1 · validation %2 · test %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="577"/>
        <source>  (validation is held out of the training set when training starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="580"/>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="591"/>
        <source>Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="594"/>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="595"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="598"/>
        <source>train %1 · validation %2 · test %3 bytes  (the end of the corpus, as the language-model presets split it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="609"/>
        <source>loaded in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="610"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="622"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="642"/>
        <source>Samples per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="686"/>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="700"/>
        <source>&lt;b&gt;Samples per class&lt;/b&gt; (the first %1 of each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="724"/>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="742"/>
        <source>&lt;b&gt;First %n row(s)&lt;/b&gt; (raw values; the label column in bold)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/DatasetPreviewDialog.cpp" line="744"/>
        <source>&lt;b&gt;Per-column ranges&lt;/b&gt; (all rows, before standardization)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::DatasetPreviewFlow</name>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="26"/>
        <source>Preview of %1 reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="35"/>
        <source>Reloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="41"/>
        <source>Data set not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="44"/>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/DatasetPreviewFlow.cpp" line="52"/>
        <source>Could not reload the data set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvalPlot</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="210"/>
        <source>Too small to draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateCalibrationTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="29"/>
        <source>Logarithmic counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="31"/>
        <source>Show small bins next to the large top bin (bars side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="51"/>
        <source>next-token predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="64"/>
        <source>No predictions to calibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="70"/>
        <source>on average confidence matches accuracy, but not bin by bin: over- and underconfident bins cancel out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="72"/>
        <source>confidence matches accuracy: well calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="73"/>
        <source>the model is &lt;b&gt;overconfident&lt;/b&gt; by %1 points on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="74"/>
        <source>the model is &lt;b&gt;underconfident&lt;/b&gt; by %1 points on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="75"/>
        <source>Of the %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateCalibrationTab.cpp" line="76"/>
        <source>&lt;b&gt;ECE %1&lt;/b&gt; · MCE %2 (worst bin) · mean confidence %3 vs accuracy %4: %5. Bars below the diagonal are bins where the model claims more than it delivers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateConfusionTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="17"/>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="19"/>
        <source>Show percentages instead of counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="21"/>
        <source>rows (recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="22"/>
        <source>columns (precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="25"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="26"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="27"/>
        <source>recall (worst first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="28"/>
        <source>confusion clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="29"/>
        <source>Change vs the run&apos;s test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="31"/>
        <source>Difference to the run&apos;s test-set matrix (use Normalize: the sets differ in size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="33"/>
        <source>Click a cell (or press Enter on it) to see its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateConfusionTab.cpp" line="40"/>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateDocumentsTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="43"/>
        <source>%1 — loss %2 nats (probability %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="46"/>
        <source>Unknown token: the tokenizer cannot represent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="59"/>
        <source>Bits/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="62"/>
        <source>The documents the model found hardest to predict, highest perplexity first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="72"/>
        <source>Choose a document to see its tokens shaded by how surprised the model was</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="115"/>
        <source>&lt;b&gt;%1 document(s)&lt;/b&gt;, %2 tokens scored. The most surprising are listed first; choose one to see its tokens shaded by their loss (hover a token for its loss).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="119"/>
        <source> Documents with fewer than %n scored token(s) are not ranked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="122"/>
        <source>Token loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="122"/>
        <source>0 nats (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="123"/>
        <source>%1 nats or more (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="124"/>
        <source>unknown token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="130"/>
        <source>No document was ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="172"/>
        <source>%1 · perplexity %2 · %3 token(s) · %4 bits per byte</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="182"/>
        <source>… (only the start of the document is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDocumentsTab.cpp" line="183"/>
        <source>The text of this document was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateDriftTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="51"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="53"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>KS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>KS p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="55"/>
        <source>Reference mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Evaluated mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Reference std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="56"/>
        <source>Evaluated std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="59"/>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the two cumulative distributions (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="61"/>
        <source>Population stability index: &lt; 0.1 stable, 0.1–0.25 moderate shift, &gt; 0.25 large shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="99"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="100"/>
        <source>moderate shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="101"/>
        <source>large shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="129"/>
        <source>&lt;b&gt;No reference data:&lt;/b&gt; the data this model was trained on is not known, so drift cannot be measured. A checkpoint from a TrainScope run is compared with its run&apos;s training split; for a TorchScript model, choose &lt;i&gt;Reference data&lt;/i&gt; above and evaluate again. Only the evaluated data&apos;s class counts are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="137"/>
        <source>the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="141"/>
        <source>&lt;b&gt;Class distribution: %1&lt;/b&gt; (PSI %2) against %3. Chi-square %4 with %5 degrees of freedom, %6: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="147"/>
        <source>no significant difference in the class mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="148"/>
        <source>a statistically significant but small difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="149"/>
        <source>the class mix differs significantly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="159"/>
        <source>&lt;br&gt;&lt;b&gt;Features&lt;/b&gt;%1: %2 of %3 shifted a lot (PSI &amp;gt; 0.25), %4 moderately; the largest KS is %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="196"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="213"/>
        <source>Features: no reference data to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="214"/>
        <source>Features: none compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="215"/>
        <source>Features, largest shift (KS) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateDriftTab.cpp" line="216"/>
        <source>Features (%1), largest shift (KS) first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateInputsPanel</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="41"/>
        <source>Models (*.pt *.pth *.ptc *.torchscript *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="42"/>
        <source>Data sets (*.csv *.tsv *.txt *.jsonl *-ubyte *-ubyte.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="45"/>
        <source>SentencePiece models (*.model);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="77"/>
        <source>Model and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="110"/>
        <source>checkpoint-best.pt, a run folder, or a TorchScript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="111"/>
        <source>A TrainScope checkpoint (checkpoint-best.pt or checkpoint-last.pt in a run folder), the run folder itself, or a TorchScript module saved with torch.jit.save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="113"/>
        <source>IDX folder or file, CSV/TSV table, or image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="114"/>
        <source>Labelled data in any format TrainScope reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="116"/>
        <source>The run whose test results and training data the evaluation is compared with.
Empty: the run the checkpoint belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="118"/>
        <source>training data, for drift (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="119"/>
        <source>The data the model was trained on, to measure drift when the model has no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="120"/>
        <source>C,H,W or F (empty: the data&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="121"/>
        <source>The module&apos;s input shape without the batch dimension: C,H,W for images (e.g. 1,28,28) or F for a feature vector (e.g. 784)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="123"/>
        <source>comma-separated, in output order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="124"/>
        <source>Names of the module&apos;s outputs, in order; empty: the data set&apos;s class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="125"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="133"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="126"/>
        <source>Tables: the label column&apos;s name or 1-based number (default: label, class or target, else the last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="134"/>
        <source>Labelled text tables: the text column&apos;s name or 1-based number (default: text, sentence, review, content or document, else the column of prose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="137"/>
        <source>FILE.model (empty: the module&apos;s vocab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="138"/>
        <source>A TorchScript language model&apos;s or text classifier&apos;s SentencePiece tokenizer (.model). Empty: the module&apos;s own vocab attribute (character models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="143"/>
        <source>the model&apos;s block_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="144"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="145"/>
        <source>The window a TorchScript language model reads, or the most tokens a TorchScript text classifier reads of each text; needed when the module has no block_size attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="152"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="161"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="153"/>
        <source>Test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="154"/>
        <source>All samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="155"/>
        <source>The data&apos;s test split when it has one, else every sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="156"/>
        <source>Only the test split (IDX t10k files, a test/ folder, or the seeded split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="157"/>
        <source>Every sample of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="158"/>
        <source>Which part of the data to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="162"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="163"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="164"/>
        <source>Where the model runs; Auto uses a GPU when there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="171"/>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="250"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="174"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="180"/>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="181"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="184"/>
        <source>Choose a file (the arrow: a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="191"/>
        <source>Choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="193"/>
        <source>Choose labelled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="195"/>
        <source>Choose a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="200"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="203"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="206"/>
        <source>Compare with &amp;run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="214"/>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="217"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="220"/>
        <source>Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="225"/>
        <source>Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="235"/>
        <source>Choose the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="236"/>
        <source>TorchScript models only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="241"/>
        <source>Input shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="243"/>
        <source>Class names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="245"/>
        <source>Reference data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="251"/>
        <source>Choose a SentencePiece .model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="253"/>
        <source>Choose the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="254"/>
        <source>Tokenizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="255"/>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="267"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="270"/>
        <source>Evaluate the model on the data (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="274"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="276"/>
        <source>Stop the evaluation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="282"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="283"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="285"/>
        <source>Save this evaluation as a report (HTML, PDF, CSV or JSON) or as an evaluation folder (evaluation.json and predictions.csv) (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="347"/>
        <source>Choose a model: a checkpoint, a run folder or a TorchScript file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="348"/>
        <source>The model %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="349"/>
        <source>Choose the labelled data to evaluate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="350"/>
        <source>The data %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="353"/>
        <source>The run folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="356"/>
        <source>The reference data %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="359"/>
        <source>The tokenizer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="364"/>
        <source>The input shape “%1” is not C,H,W (e.g. 1,28,28) or F (e.g. 784): positive whole numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="373"/>
        <source>auto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="374"/>
        <source>auto: the model&apos;s run (none for TorchScript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="377"/>
        <source>Not needed: the checkpoint&apos;s run knows its input shape, classes and training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="379"/>
        <source>Only for TorchScript modules, which do not record these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="484"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateInputsPanel.cpp" line="485"/>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSamplesTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Prompt and continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>D-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="29"/>
        <source>Rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="31"/>
        <source>The prompt (grey, taken from the evaluated text) and the model&apos;s continuation; watch-list hits highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="33"/>
        <source>Watch-list hits in the continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="34"/>
        <source>Distinct-2: unique word pairs ÷ word pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="35"/>
        <source>Repetition: share of repeated word 4-grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="53"/>
        <source>%1 watch-list hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 of %3 sample(s) generated from prompts of the evaluated text (listed first, highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSamplesTab.cpp" line="58"/>
        <source>No watch-list hits in %1 sample(s) generated from prompts of the evaluated text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateSummaryTab</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="84"/>
        <source>Unweighted mean over classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="85"/>
        <source>Mean weighted by support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="87"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="88"/>
        <source>Correct predictions / all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="89"/>
        <source>Macro precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="91"/>
        <source>Macro recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="93"/>
        <source>Macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="94"/>
        <source>Weighted precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="96"/>
        <source>Weighted recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="98"/>
        <source>Weighted F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="100"/>
        <source>Loss (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="101"/>
        <source>Mean cross-entropy; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="102"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="149"/>
        <source>ECE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="103"/>
        <source>Expected calibration error: how far confidence is from accuracy, averaged over confidence bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="105"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="151"/>
        <source>Mean confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="106"/>
        <source>Mean top-1 probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="107"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="108"/>
        <source>Samples evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="114"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="121"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="128"/>
        <source>Evaluated in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="129"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="139"/>
        <source>Loss (nats per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="140"/>
        <source>Mean next-token cross-entropy; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="141"/>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="142"/>
        <source>exp(loss): how many tokens the model hesitates between, on average; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="143"/>
        <source>Bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="144"/>
        <source>Loss in bits per UTF-8 byte of text: comparable across tokenizers; lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="145"/>
        <source>Top-1 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="146"/>
        <source>Share of tokens the model ranked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="147"/>
        <source>Top-5 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="148"/>
        <source>Share of tokens among the model&apos;s five most probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="150"/>
        <source>Expected calibration error of the next-token probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="152"/>
        <source>Mean probability of the most probable next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="153"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="154"/>
        <source>Predicted tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="155"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="156"/>
        <source>Documents scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>This data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Run&apos;s test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="176"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="179"/>
        <source>Metrics on this data next to the same metrics on the run&apos;s own test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="191"/>
        <source>Run&apos;s F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="192"/>
        <source>Δ F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="192"/>
        <source>Δ recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="195"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="397"/>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="247"/>
        <source>Accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="250"/>
        <source>  (run&apos;s test %1, %2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="257"/>
        <source>, %1 split</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="258"/>
        <source>: %1 samples, %n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="261"/>
        <source>Compared with run “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="263"/>
        <source>No run to compare with: only this data&apos;s numbers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="270"/>
        <source>Perplexity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="272"/>
        <source>  (run&apos;s test %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="280"/>
        <source>: %1 document(s), %2 tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="282"/>
        <source>Tokenizer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="282"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="283"/>
        <source>, %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="284"/>
        <source> · context %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="285"/>
        <source>, stride %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="289"/>
        <source>Compared with the test figures of run “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="291"/>
        <source>No run test figures to compare with: only this text&apos;s numbers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="310"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="369"/>
        <source>%1: F1 %2 → %3 (%4), recall %5 → %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="373"/>
        <source>
Changed by at least %1 since the run&apos;s test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="375"/>
        <source>%1 was not in the run&apos;s test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="379"/>
        <source>Never predicted: precision is undefined (shown as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="380"/>
        <source>No samples of this class: recall is undefined (shown as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="399"/>
        <source>Per class — no class moved by %1 or more in F1 or recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="401"/>
        <location filename="../../ui/evaluate/EvaluateSummaryTab.cpp" line="403"/>
        <source>Per class — %n class(es) moved by %1 or more in F1 or recall (red)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::EvaluateWindow</name>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="48"/>
        <source>Evaluate Model — TrainScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="73"/>
        <source>Pick a model and data to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="99"/>
        <source>Choose a saved model and labelled data, then press Evaluate (Ctrl+Return).

You will see accuracy and per-class metrics next to the run&apos;s own test results, the confusion matrix (click a cell to see its samples), calibration, and drift against the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="115"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="116"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="117"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="118"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="119"/>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="120"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="134"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="186"/>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="193"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="194"/>
        <source>Evaluating %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="202"/>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="203"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="235"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="236"/>
        <source>Evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="239"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="240"/>
        <source>&lt;b&gt;The evaluation failed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="241"/>
        <source>Evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="263"/>
        <source>Done: %1 tokens in %2 document(s) in %3 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="266"/>
        <source>Evaluated %1 tokens: perplexity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="271"/>
        <source>Done: %1 sample(s) in %2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="272"/>
        <source>Evaluated %1 sample(s): accuracy %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="297"/>
        <source>There is no evaluation to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="305"/>
        <source>%1: choose a file ending in .html, .pdf, .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="324"/>
        <source>Evaluation folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="326"/>
        <source>Export Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="327"/>
        <source>HTML report (*.html);;PDF report (*.pdf);;Per-class CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="333"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="337"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="345"/>
        <source>This evaluation kept no per-sample predictions to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvaluateWindow.cpp" line="362"/>
        <source>, %1 split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::EvaluationPanels</name>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="28"/>
        <source>The set the confusion matrix and the table below were computed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="29"/>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="86"/>
        <source>No evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="48"/>
        <source>Per-class precision, recall, F1 and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="52"/>
        <source>Accuracy, macro-averaged F1 and support-weighted F1 of the set shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/EvaluationPanels.cpp" line="75"/>
        <source>Accuracy %1 % · macro F1 %2 · weighted F1 %3 · loss %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ExperimentsWindow</name>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="36"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="48"/>
        <source>Parallel coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="49"/>
        <source>Objective per parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="50"/>
        <source>Validation curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="53"/>
        <source>New sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="54"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="60"/>
        <source>Open a sweep folder (a trainscope-cli sweep --out folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="83"/>
        <source>Double-click a trial to show its run in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="89"/>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="91"/>
        <source>Open Sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="93"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="97"/>
        <source>Train the Best Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="99"/>
        <source>Put the best trial&apos;s values into the main window&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="100"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="102"/>
        <source>Save the table&apos;s trials (as filtered) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="103"/>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="105"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="107"/>
        <source>Continue this paused or interrupted sweep (trainscope-cli sweep --resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="117"/>
        <source>Experiments — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="178"/>
        <source>Starting trainscope-cli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="179"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="183"/>
        <source>%1 sweep of %2 — %3 — %4/%n trial(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="189"/>
        <source> — about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="193"/>
        <source> — best: trial %1, %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="199"/>
        <source> — %1 of %n trial(s) in the brushed ranges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="201"/>
        <source> — a trial was interrupted: Resume continues the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="221"/>
        <source>Trial %1 has no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="232"/>
        <source>The best trial&apos;s configuration is in the main window&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="246"/>
        <source>Export Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="247"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="250"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="275"/>
        <source>%1 sweep of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="285"/>
        <source>resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="305"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="316"/>
        <source>trainscope-cli (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="329"/>
        <source>Stopping the sweep after its current trial&apos;s batch; Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ExperimentsWindow.cpp" line="335"/>
        <source>Open Sweep Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::HealthPanel</name>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="61"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="62"/>
        <location filename="../../ui/health/HealthPanel.cpp" line="83"/>
        <source>Gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="63"/>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="64"/>
        <location filename="../../ui/health/HealthPanel.cpp" line="215"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="65"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="66"/>
        <source>Update ratio of each layer over the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="67"/>
        <source>The global gradient norm before clipping, every step, with the clip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="68"/>
        <source>Weights or gradients of one layer over the steps, and dead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="69"/>
        <source>Spikes, exploding or vanishing updates, dead layers, overfitting, plateaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="70"/>
        <source>Throughput, data loading, CPU and memory per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="85"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="85"/>
        <source>norm before clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="87"/>
        <source>grad norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="88"/>
        <source>clip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="92"/>
        <source>Show biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="94"/>
        <source>Also show the bias vectors (and other parameters whose name ends in “bias”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="97"/>
        <source>How much each step changes a layer&apos;s weights: about 1e-3 is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="113"/>
        <source>The parameter whose distributions are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="118"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="119"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="120"/>
        <source>Distribution of the weights, or of their gradients, at each sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="125"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="128"/>
        <source>darker = more values; orange line = mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="156"/>
        <source>Diagnostics are off for this run: only the NaN/Inf guard watches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/HealthPanel.cpp" line="157"/>
        <source>Per-layer diagnostics appear after the first %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="158"/>
        <source>Per-layer diagnostics appear after the first health sample (every few dozen steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="161"/>
        <source>Weight and gradient distributions of the chosen layer appear with the per-layer diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="164"/>
        <source>Dead and saturated unit shares appear with the per-layer diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="208"/>
        <source>%1 at step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HealthPanel.cpp" line="215"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::HealthPlot</name>
    <message>
        <location filename="../../ui/health/HealthPlot.cpp" line="82"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::HistogramHeatmap</name>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="58"/>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="132"/>
        <source>gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="132"/>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/HistogramHeatmap.cpp" line="133"/>
        <source>%1 %2 · step %3 · %4 of the values in %5 … %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LanguageMenu</name>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="11"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="14"/>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="33"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="34"/>
        <source>The interface will use the new language the next time TrainScope starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LanguageModelCharts</name>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="42"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="42"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="43"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="44"/>
        <source>val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="47"/>
        <source>Loss in nats per token; perplexity = e^loss; bits per byte compares tokenizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="48"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="49"/>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="50"/>
        <source>Bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="59"/>
        <source>Gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="59"/>
        <source>norm before clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="61"/>
        <source>grad norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="62"/>
        <source>clip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="68"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="68"/>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="69"/>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="131"/>
        <source>bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelCharts.cpp" line="132"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LanguageModelOptions</name>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="79"/>
        <source>Steps and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="81"/>
        <source>Optimizer steps in all (a language model is trained in steps, not epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="83"/>
        <source>Estimate the losses and write samples every this many steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="85"/>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="86"/>
        <source>Batches per split for the train and validation loss estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="88"/>
        <source>Linear learning-rate warm-up over this many steps (0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="90"/>
        <source>Cosine schedule: the learning rate it decays to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="92"/>
        <source>Clip the total gradient norm to this (0 = off); the gradient-norm chart draws it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="94"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="95"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="96"/>
        <source>Evaluate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="97"/>
        <source>Eval batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="98"/>
        <source>Warm-up steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="99"/>
        <source>Min learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="100"/>
        <source>Gradient clip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="105"/>
        <source>Transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="107"/>
        <source>Tokens the model sees at once (the training windows&apos; length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="109"/>
        <source>Transformer blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="110"/>
        <source>Attention heads per block (must divide the width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="112"/>
        <source>Embedding width of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="114"/>
        <source>Dropout in attention, MLP and embeddings (0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="116"/>
        <source>Bias in linear layers and LayerNorms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="118"/>
        <source>GPT-2 has biases; nanoGPT&apos;s small models train slightly better without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="119"/>
        <source>Context length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="120"/>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="121"/>
        <source>Heads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="122"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="123"/>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="129"/>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="131"/>
        <source>How the text is cut into tokens; trained on the training split and saved with the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="133"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="134"/>
        <source>BPE (SentencePiece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="135"/>
        <source>Unigram (SentencePiece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="136"/>
        <source>SentencePiece model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="139"/>
        <source>An existing SentencePiece .model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="140"/>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="188"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="144"/>
        <source>Vocabulary size of a trained BPE or unigram tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="146"/>
        <source>Tokenizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="147"/>
        <source>Model file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="148"/>
        <source>Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="153"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="157"/>
        <source>Prompts continued at every evaluation, one per line (an empty line is the empty prompt). Leave the box empty for the default: the empty prompt and two openings from the validation text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="160"/>
        <source>(default prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="164"/>
        <source>Tokens generated per prompt at each evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="166"/>
        <source>Sampling temperature: lower is more predictable, higher more varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="168"/>
        <source>Sample among the k most likely tokens (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="170"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="171"/>
        <source>Seed of the samples: the same at every evaluation, so only the model changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="173"/>
        <source>Prompts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="174"/>
        <source>Watch list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="175"/>
        <source>Sample tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="176"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="177"/>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="178"/>
        <source>Sample seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="185"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="186"/>
        <source>A word-list file, one entry per line: every whole-word, case-insensitive match in a sample is highlighted, counted and raises an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="202"/>
        <source>SentencePiece Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="203"/>
        <source>SentencePiece models (*.model);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="210"/>
        <source>Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/LanguageModelOptions.cpp" line="211"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LrFinderController</name>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="36"/>
        <source>Open a data set first: the range test trains on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="64"/>
        <source>The record was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/LrFinderController.cpp" line="101"/>
        <source>no data set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LrFinderDialog</name>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="48"/>
        <source>Find a Learning Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="54"/>
        <source>Training loss over the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="58"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="58"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="60"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="61"/>
        <source>smoothed loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="81"/>
        <source>Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="83"/>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="86"/>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="171"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="88"/>
        <source>Put the suggested learning rate (the steepest descent) into the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="104"/>
        <source>Trains %1 on %2 from fresh initial weights for up to %3 step(s) while the learning rate grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is touched. The form&apos;s learning rate is %6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="118"/>
        <source>Running the range test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="143"/>
        <source>steepest descent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="145"/>
        <source>minimum ÷ 10: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="146"/>
        <source>minimum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="157"/>
        <source>Steepest descent: %1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="158"/>
        <source>Steepest descent: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="159"/>
        <source>Minimum ÷ 10: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="160"/>
        <source>Minimum ÷ 10: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="161"/>
        <source>Minimum ÷ 10: %1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/LrFinderDialog.cpp" line="164"/>
        <source>%n step(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="165"/>
        <source>, stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="166"/>
        <source>No suggestion: the loss did not fall over the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="167"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="171"/>
        <source>Apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/LrFinderDialog.cpp" line="177"/>
        <source>The range test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::MainWindow</name>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="71"/>
        <source>TrainScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="83"/>
        <source>Show or hide the Health panel: update ratios, gradient norm, distributions, alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="103"/>
        <source>Open a data set folder to begin (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="123"/>
        <source>Open Sweep Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="166"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="207"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="211"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="212"/>
        <location filename="../../ui/training/MainWindow.cpp" line="638"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="212"/>
        <source>The report was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="262"/>
        <source>About TrainScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="263"/>
        <source>&lt;h3&gt;TrainScope %1&lt;/h3&gt;&lt;p&gt;Train small image classifiers and watch them learn, live.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="285"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="297"/>
        <source>Invalid configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="298"/>
        <source>Invalid configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="302"/>
        <source>Starting training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="310"/>
        <source>Paused by the user at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="311"/>
        <source>Paused — press Space or Ctrl+P to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="315"/>
        <source>Resumed at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="316"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="325"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="345"/>
        <source>%1 — TrainScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="347"/>
        <source>Loaded %1 — press F5 or Ctrl+Return to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="352"/>
        <source>Could not load the data set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="353"/>
        <source>Could not load the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="379"/>
        <location filename="../../ui/training/MainWindow.cpp" line="703"/>
        <source> · %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="387"/>
        <source>Training on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="421"/>
        <source>Evaluation %1/%2 at step %3: train loss %4 · val loss %5 · perplexity %6 · %7 bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="440"/>
        <source>Test set, epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="441"/>
        <source>Validation, epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="445"/>
        <source>Epoch %1/%2 done in %3: train loss %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="448"/>
        <source> · %1 loss %2 · %1 accuracy %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="449"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="449"/>
        <source>val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="475"/>
        <source>%1 at step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="476"/>
        <source>
What to try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="478"/>
        <source>⚠ %1 at step %2 (see Health ▸ Alerts, Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="490"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="490"/>
        <source>The loss became NaN or infinite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="492"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="494"/>
        <source>Training interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="498"/>
        <location filename="../../ui/training/MainWindow.cpp" line="699"/>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="504"/>
        <source>test loss %1 · perplexity %2 · %3 bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="510"/>
        <source>Finished: test accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="511"/>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="512"/>
        <source>Finished in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="515"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="515"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="516"/>
        <location filename="../../ui/training/MainWindow.cpp" line="710"/>
        <source> · test accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="520"/>
        <source>Diverged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="523"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="526"/>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="535"/>
        <source>

The run is kept in the Runs panel. Once the cause is fixed, select it there and press Resume to continue from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="537"/>
        <source>

The run is kept in the Runs panel; it ended before its first checkpoint, so train it again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="576"/>
        <source>Your settings could not be saved to %1 (is the disk full, or the folder read-only?); training goes on with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="595"/>
        <source>Training in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="596"/>
        <source>A run is still training. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="597"/>
        <source>The run is saved as stopped and can be resumed later from the Runs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="598"/>
        <source>Stop and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="638"/>
        <source>There is no run to export yet: train a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="648"/>
        <source>Another report is still being exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="652"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="665"/>
        <source>Runs Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="669"/>
        <source>New runs are saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="674"/>
        <location filename="../../ui/training/MainWindow.cpp" line="740"/>
        <source>A run is training: stop it before opening another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="707"/>
        <source>Showing run “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="709"/>
        <source>Following a run in progress (written by another process): “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="711"/>
        <source> · best val loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="712"/>
        <source> · best val accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="743"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="749"/>
        <source>Select two or more runs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MainWindow.cpp" line="752"/>
        <source>Loading %n run(s) to compare…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="758"/>
        <source>A run is training: stop it before resuming another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MainWindow.cpp" line="764"/>
        <source>Resuming “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::MistakesGallery</name>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="99"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="100"/>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="101"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="102"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="103"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="141"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="178"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="389"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="227"/>
        <source>Most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="228"/>
        <source>Least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="229"/>
        <source>Confident mistakes often are label errors or truly ambiguous samples;
barely-right predictions show where the model is unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="231"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="233"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="563"/>
        <source>Save the selected sample&apos;s image, enlarged as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="234"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="236"/>
        <source>Save every sample of this cell (index, classes, confidence, raw features) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="237"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="246"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="376"/>
        <source>No cell chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="377"/>
        <source>%1 sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="379"/>
        <source>%1 predicted as %1 (correct): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="380"/>
        <source>%1 predicted as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="389"/>
        <source>Samples — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="394"/>
        <source>most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="394"/>
        <source>least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="396"/>
        <source>showing the first %1 of %2 (Export CSV writes all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="399"/>
        <source>no samples in this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="416"/>
        <source>The samples themselves are not available: only the predictions are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="417"/>
        <source>%n sample(s) are beyond the end of the data set shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="419"/>
        <source>%n sample(s) have a different label in the data set: it may not be the data these predictions were made on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="506"/>
        <source>true %1
pred %2
%3 · #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="531"/>
        <source>Sample %1 of %2
True class: %3
Predicted: %4 (confidence %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="533"/>
        <source>the evaluated set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="564"/>
        <source>Only image data sets have images to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="595"/>
        <source>Select an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="601"/>
        <source>Sample %1 is not in the data set shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="608"/>
        <source>Cannot encode sample %1 as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="618"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="622"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="618"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="630"/>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="634"/>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/MistakesGallery.cpp" line="630"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::MistakesGalleryOpener</name>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="36"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="36"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="38"/>
        <source>The %1 samples are not loaded, so they cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="43"/>
        <source>The loaded data set is not the one this run was trained on: open %1 to see the samples behind its predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="51"/>
        <source>The loaded data set&apos;s %1 split has %n sample(s), but %2&apos;s predictions refer to sample %3: it is not the data they were made on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="77"/>
        <source>the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="77"/>
        <source>epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="79"/>
        <source>No per-sample predictions are kept for %1, so its samples cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="100"/>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="100"/>
        <source>Test set, epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/MistakesGalleryOpener.cpp" line="101"/>
        <source>Validation set, epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ObjectiveScatterView</name>
    <message>
        <location filename="../../ui/experiments/ObjectiveScatterView.cpp" line="67"/>
        <source> (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ObjectiveScatterView.cpp" line="93"/>
        <source>No sweep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ParallelCoordinatesView</name>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="29"/>
        <source>Drag along an axis to keep only the trials in that range; click an axis to clear its range, double-click to clear every range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="115"/>
        <source> (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/ParallelCoordinatesView.cpp" line="138"/>
        <source>Open a sweep folder (File ▸ Open Sweep…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::PeerProcesses</name>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="154"/>
        <source>stopped before the processes joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="158"/>
        <source>rank %1 ended before the processes joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="197"/>
        <source>rank %1 was still running %2 s after the run ended, so it was ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="222"/>
        <source>rank %1 was killed by signal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/PeerProcesses.cpp" line="227"/>
        <source>rank %1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::PerplexityHistogram</name>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="54"/>
        <source>Perplexity per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="54"/>
        <source>The perplexity of each document appears after an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="83"/>
        <source>Perplexity per document · %1 document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="84"/>
        <source> (%n without a perplexity)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="150"/>
        <source>Perplexity %1–%2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="151"/>
        <source>%1 document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="160"/>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="195"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="161"/>
        <source>selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/PerplexityHistogram.cpp" line="194"/>
        <source>perplexity (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::PlaygroundPanel</name>
    <message>
        <location filename="../../app/bridge/GenerationController.cpp" line="91"/>
        <source> (%1 tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="93"/>
        <source>Stopped after %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/GenerationController.cpp" line="94"/>
        <source>%n token(s) in %1 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="43"/>
        <source>Type a prompt (or leave it empty), then press Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="82"/>
        <source>No model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="89"/>
        <source>Current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="90"/>
        <source>The current run&apos;s latest checkpoint (while paused or after training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="94"/>
        <source>Checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="95"/>
        <source>A language model&apos;s checkpoint file (.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="99"/>
        <source>Run folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="100"/>
        <source>A language-model run&apos;s folder (its best or last checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="105"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="116"/>
        <source>Lower is more predictable, higher more varied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="121"/>
        <source>Sample among the k most likely tokens (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="124"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="126"/>
        <source>Tokens to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="129"/>
        <source>The same seed, model and prompt give the same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="138"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="139"/>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="139"/>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="140"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="150"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="152"/>
        <source>Continue the prompt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="154"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="157"/>
        <source>Colour by probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="159"/>
        <source>Each token&apos;s background shows how likely it was: red unlikely, green likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="197"/>
        <source>Current run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="202"/>
        <source>Language Model Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="203"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="208"/>
        <source>Language Model Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="217"/>
        <source>The current run is training: pause it to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="233"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="238"/>
        <source>Generating with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/PlaygroundPanel.cpp" line="250"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::PresetTexts</name>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="15"/>
        <source>The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="19"/>
        <source>The tutorial&apos;s 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="22"/>
        <source>A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW with cosine decay (&gt;90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="27"/>
        <source>Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), their mean 32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs of batch 64; the fast baseline that trains in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="33"/>
        <source>Text classifier: a small transformer encoder on the language models&apos; tokenizers (char by default; bpe or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm blocks, 4 heads, 64 wide, mean-pooled over the text&apos;s tokens and a linear layer; AdamW lr 1e-3 with 50 warm-up steps and cosine decay, 4 epochs of batch 32 on 1 thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="39"/>
        <source>Language model: nanoGPT&apos;s baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, batch 12, char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 steps; validation loss ~1.88 on tiny-shakespeare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/PresetTexts.cpp" line="45"/>
        <source>Language model: nanoGPT&apos;s shakespeare-char model (6 layers, 6 heads, 384 wide, context 256, batch 64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ProcessTable</name>
    <message>
        <location filename="../../ui/dist/ProcessTable.cpp" line="24"/>
        <source>The processes of a data-parallel run: each trains on its share of every batch; “In collectives” is the share of its step time spent waiting for the others and averaging gradients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ProcessTableModel</name>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="78"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="79"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="80"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="81"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="81"/>
        <source>Samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="82"/>
        <source>In collectives (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dist/ProcessTableModel.cpp" line="83"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::QueuePanel</name>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="26"/>
        <source>%v of %m trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="35"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="43"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="44"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="46"/>
        <source>Remove a waiting sweep, or stop the running one (Resume continues it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/QueuePanel.cpp" line="84"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ReliabilityDiagram</name>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="250"/>
        <source>Reliability diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="250"/>
        <source>The reliability diagram appears after an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="258"/>
        <source>Reliability diagram · ECE %1 · MCE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="311"/>
        <source>Confidence %1: no predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="313"/>
        <source>calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="314"/>
        <source>%1 points overconfident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="315"/>
        <source>%1 points underconfident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="316"/>
        <source>Confidence %1: %2 prediction(s) (%3)
mean confidence %4 · accuracy %5 (%6)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="328"/>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="394"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="329"/>
        <source>gap to confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="330"/>
        <source>mean confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="331"/>
        <source>perfect calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/EvalCharts.cpp" line="393"/>
        <source>confidence (top-1 probability)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RunStatusBar</name>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="53"/>
        <source>Device and CPU threads of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="54"/>
        <source>Current epoch and global step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="55"/>
        <source>Training throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="57"/>
        <source>This process: CPU use (100% = one core), resident memory and, on CUDA, GPU memory held by tensors / reserved by the allocator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="59"/>
        <source>Estimated time left, from the recent throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="66"/>
        <source>Progress over all epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="72"/>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="85"/>
        <source>Epoch 1/%1 · step 0/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="88"/>
        <location filename="../../ui/training/RunStatusBar.cpp" line="104"/>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="101"/>
        <source>Step 0 / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="159"/>
        <source>Step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="160"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="163"/>
        <source>Epoch %1/%2 · step %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="164"/>
        <source>%1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunStatusBar.cpp" line="167"/>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RunsController</name>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="17"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="34"/>
        <source>The run could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="35"/>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="35"/>
        <source>The run could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="47"/>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="48"/>
        <source>Some runs could not be read and are left out.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="52"/>
        <source>Fewer than two runs could be read: nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/RunsController.cpp" line="59"/>
        <source>Comparing %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="68"/>
        <location filename="../../ui/training/RunsController.cpp" line="72"/>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="68"/>
        <source>The run could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/RunsController.cpp" line="73"/>
        <source>“%1” cannot be resumed: only stopped or interrupted runs that saved a checkpoint (at the end of their first epoch) can continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RunsModel</name>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="138"/>
        <source>loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="142"/>
        <source>%1 language model, %2, lr %3, %4 of %5 step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="148"/>
        <source>Last validation: loss %1, perplexity %2, %3 bits/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="153"/>
        <source>Test: perplexity %1, %2 bits/byte, token accuracy %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="176"/>
        <source>%1 (language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="199"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="203"/>
        <source>%1, %2, lr %3, %4 of %5 epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="209"/>
        <source>Test accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="210"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="211"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="221"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="222"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="223"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="224"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="225"/>
        <source>Best val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="225"/>
        <source>Best val acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="226"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="227"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="232"/>
        <source>Highest validation accuracy over a classifier&apos;s epochs; lowest validation loss over a language model&apos;s evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="234"/>
        <source>Highest validation accuracy over the run&apos;s epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RunsPanel</name>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="276"/>
        <source>Filter by name, tag or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="278"/>
        <source>Shows the runs whose name, folder, tags, status or preset contain every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="348"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="349"/>
        <source>Show the run&apos;s charts, confusion matrix and table (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="353"/>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="355"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="356"/>
        <source>Overlay the curves of the selected runs and compare their settings (select 2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="359"/>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="361"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="362"/>
        <source>Continue a stopped or interrupted run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="364"/>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="367"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="367"/>
        <source>Give the run a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="370"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="370"/>
        <source>Edit the run&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="372"/>
        <source>Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="372"/>
        <source>Write notes on the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="374"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="375"/>
        <source>Delete the selected runs&apos; folders (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="378"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="379"/>
        <source>Read the runs folder again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="403"/>
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="404"/>
        <source>%1 of %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="514"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="591"/>
        <source>“%1” is still training. Stop it first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="539"/>
        <source>These run folders no longer exist: they were deleted or moved outside TrainScope. The list has been read again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="545"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="550"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="553"/>
        <source>Rename Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="550"/>
        <source>Name of the run (empty = folder name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="553"/>
        <source>The name was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="557"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="562"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="566"/>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="562"/>
        <source>Tags, separated by commas or spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="566"/>
        <source>The tags were not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="570"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="575"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="579"/>
        <source>Run Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="575"/>
        <source>Notes on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="579"/>
        <source>The notes were not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="591"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="600"/>
        <location filename="../../ui/runs/RunsPanel.cpp" line="608"/>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="597"/>
        <source>Delete the run “%1” and everything in its folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/runs/RunsPanel.cpp" line="598"/>
        <source>Delete these %n run(s) and everything in their folders?

%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="600"/>
        <source>

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/runs/RunsPanel.cpp" line="608"/>
        <source>Some runs were not deleted.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SamplesPanel</name>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="30"/>
        <source>(empty prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="59"/>
        <source>The prompt whose continuations are listed, one row per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>D-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>D-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="65"/>
        <source>Mem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="66"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="67"/>
        <source>Training step of the model that wrote the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="68"/>
        <source>The continuation (the prompt in grey); watch-list hits highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="69"/>
        <source>Distinct-1: unique words ÷ words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="69"/>
        <source>Distinct-2: unique word pairs ÷ word pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="70"/>
        <source>Repetition: share of repeated word 4-grams in the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="71"/>
        <source>Memorized: share of the sample&apos;s word 8-grams found verbatim in the training text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="72"/>
        <source>Watch-list hits in the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="84"/>
        <source>Select two steps (Ctrl+click) to see them side by side below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="111"/>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="123"/>
        <source>Sample metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="125"/>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="132"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="125"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="128"/>
        <source>memorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="130"/>
        <source>Watch-list hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="132"/>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="134"/>
        <source>hits (all prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="154"/>
        <source>No samples yet: a language model writes them at each evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lm/SamplesPanel.cpp" line="192"/>
        <source>⚠ Watch list: %n hit(s) in the samples at step %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lm/SamplesPanel.cpp" line="265"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SweepEditor</name>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="79"/>
        <source>Base configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="83"/>
        <source>From Main Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="84"/>
        <source>The main window&apos;s data set and form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="89"/>
        <source>Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="93"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="95"/>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="98"/>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="103"/>
        <source>preset&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="96"/>
        <source>Epochs per trial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="99"/>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="104"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="107"/>
        <source>Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="112"/>
        <source>Strategy, objective and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="117"/>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="119"/>
        <source>Trials (random, halving):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="121"/>
        <source>Grid points per range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="126"/>
        <source>final value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="130"/>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="132"/>
        <source>Halving eta (keep 1/eta):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="134"/>
        <source>Halving min rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="137"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="138"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="139"/>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="141"/>
        <source>Seed of the draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="144"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="149"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="154"/>
        <source>Parameters (run.json names; values: 64,128 or adam,sgd for a list, LOW:HIGH for a range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="158"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="158"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="158"/>
        <source>Values or LOW:HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="163"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="165"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="186"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="188"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="190"/>
        <source>Queue this sweep; it starts when no other sweep runs, and goes on if the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="192"/>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepEditor.cpp" line="295"/>
        <source>Sweep Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SweepLauncher</name>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="28"/>
        <source>Another sweep is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="32"/>
        <source>%1 was not found or cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="36"/>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/SweepLauncher.cpp" line="49"/>
        <source>Cannot start %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SystemSparklines</name>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="31"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="31"/>
        <source>Throughput, CPU and memory appear after the first epoch (a language model: the first evaluation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="35"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="37"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="37"/>
        <source>%1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="39"/>
        <source>Data loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="40"/>
        <source>%1 of step time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="41"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="43"/>
        <source>Resident memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="44"/>
        <source>GPU allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="45"/>
        <source>GPU reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="97"/>
        <source>%1 · epoch %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="98"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="140"/>
        <source>Epochs %1 to %2 (hover a line for its values); on the right, the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemSparklines.cpp" line="142"/>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SystemText</name>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="22"/>
        <source>CPU %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="23"/>
        <source>RSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/SystemText.cpp" line="25"/>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TextDriftView</name>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="58"/>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Unknown tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="62"/>
        <source>Mean length (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="64"/>
        <source>Share of tokens the model cannot represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="69"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="74"/>
        <source>Change of the token&apos;s share, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="76"/>
        <source>More frequent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="81"/>
        <source>Less frequent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="96"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="97"/>
        <source>moderate shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="98"/>
        <source>large shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="111"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="113"/>
        <source>&lt;b&gt;No reference text:&lt;/b&gt; the text this model was trained on is not known, so drift cannot be measured. Only the evaluated text&apos;s figures (%1) are shown; for a TorchScript model, choose &lt;i&gt;Reference data&lt;/i&gt; above and evaluate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="119"/>
        <source>the reference text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="120"/>
        <source>&lt;b&gt;Token distribution: %1&lt;/b&gt; (Jensen–Shannon divergence %2 bits, %3) against %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="123"/>
        <source>Unknown tokens: %1 now, %2 in the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="125"/>
        <source>Length: %1 tokens per document on average, %2 in the reference (KS %3, %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="128"/>
        <source>the lengths differ significantly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="129"/>
        <source>no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="163"/>
        <source>%1: %2 of the reference&apos;s tokens, %3 of the evaluated text&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="169"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextDriftView.cpp" line="171"/>
        <source>More frequent now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TextExplanationView</name>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="32"/>
        <source>%1: %2 towards %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="33"/>
        <source>%1: %2, against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="48"/>
        <source>The class whose token weights colour the text: the prediction, the true class or any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="58"/>
        <source>Select a document to read it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="62"/>
        <source>Weights for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="89"/>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="99"/>
        <source>Sample %1 · true %2 · predicted %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="106"/>
        <source> (predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="107"/>
        <source> (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="136"/>
        <source>Token weights need the model&apos;s checkpoint: they are shown when the gallery is opened from a run or an evaluated checkpoint of a text classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="148"/>
        <source>Weighing the tokens towards %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="186"/>
        <source>No token weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="197"/>
        <source>token weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="198"/>
        <source>Token weights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="198"/>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="199"/>
        <source>towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evaluate/TextExplanationView.cpp" line="201"/>
        <source>The explainer found no spans in this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TextPreviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="34"/>
        <source>%1 byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="35"/>
        <source>%1 character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="36"/>
        <source>%1 document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="37"/>
        <source>about %1 token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="38"/>
        <source>%1 token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="39"/>
        <source>vocabulary %1 (%2 tokenizer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="45"/>
        <source>Scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="57"/>
        <source>Lines spread through the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="73"/>
        <source>Sample lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="89"/>
        <source>occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dataset/TextPreviewPanel.cpp" line="106"/>
        <source>Most frequent tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TokenStreamView</name>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="46"/>
        <source>The continuation appears here, token by token. Hover a token for its probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="63"/>
        <source>%1 — %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="75"/>
        <source>Probability %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lm/TokenStreamView.cpp" line="78"/>
        <source>Alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TrainingCharts</name>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="39"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="41"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="97"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="41"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="44"/>
        <source>train loss (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="45"/>
        <source>train loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="46"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="142"/>
        <source>val loss (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="54"/>
        <source>Exponential moving average of the batch loss (debiased); 0 = raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="70"/>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="82"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="84"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="84"/>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="89"/>
        <source>train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="90"/>
        <source>val accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="95"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="97"/>
        <location filename="../../ui/training/TrainingCharts.cpp" line="100"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="142"/>
        <source>val loss (evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="148"/>
        <source>Learning rate %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="169"/>
        <source>Epoch %1 ended: train loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="171"/>
        <source>, %1 accuracy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="171"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="171"/>
        <source>val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingCharts.cpp" line="180"/>
        <source>Evaluation %1 at step %2: train loss %3, val loss %4, %5 bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TrainingConfigForm</name>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="65"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="76"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="82"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="85"/>
        <source>SGD (with optional momentum), Adam, or AdamW (decoupled weight decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="86"/>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="87"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="88"/>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="89"/>
        <source>Base learning rate (e.g. 0.001 for Adam, 0.01–0.1 for SGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="92"/>
        <source>SGD momentum (0 = plain SGD); ignored by Adam and AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="94"/>
        <source>L2 penalty (SGD, Adam) or decoupled weight decay (AdamW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="95"/>
        <source>How the learning rate changes during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="96"/>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="97"/>
        <source>Step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="98"/>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="100"/>
        <source>Step schedule: multiply the learning rate by gamma this often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="102"/>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="176"/>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="263"/>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="104"/>
        <source>Step schedule: factor applied at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="105"/>
        <source>Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="106"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="107"/>
        <source>Momentum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="108"/>
        <source>Weight decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="109"/>
        <source>LR schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="110"/>
        <source>Decay every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="111"/>
        <source>Decay gamma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="122"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="123"/>
        <source>Find a learning rate with a range test: train this configuration from fresh weights for a few steps while the rate grows, and suggest one (no run is touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="136"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="137"/>
        <source>The batch size of %1 does not split evenly across %2 process(es): choose a batch size that is a multiple of %2 (e.g. %3), or another number of processes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="145"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="148"/>
        <source>Number of passes over the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="150"/>
        <source>Samples per optimizer step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="153"/>
        <source>Fraction of the training set held out for validation (0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="155"/>
        <source>Auto uses CUDA when available, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="156"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="157"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="158"/>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="160"/>
        <source>CPU threads for tensor operations (auto = pick automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="162"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="165"/>
        <source>Data-parallel: N processes of this machine each train on 1/N of every batch (PyTorch c10d, Gloo). The batch size must be a multiple of N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="169"/>
        <source>Random seed for weight initialization, shuffling and the validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="172"/>
        <source>Early stopping: stop after this many epochs without a lower validation loss, and keep the best weights (off = train every epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="175"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="177"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="178"/>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="179"/>
        <source>Validation split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="180"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="181"/>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="182"/>
        <source>Processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="183"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="184"/>
        <source>Early stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="240"/>
        <source>Unknown preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="249"/>
        <source>Preset “%1” loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/training/TrainingConfigForm.cpp" line="263"/>
        <source> evaluations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TrainingWorker</name>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="167"/>
        <source>No data set is loaded: open one with File &gt; Open Dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="196"/>
        <source>The run will not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/bridge/TrainingWorker.cpp" line="208"/>
        <source>Starting %n process(es) × %1 threads…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="217"/>
        <source>data-parallel training could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="257"/>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="271"/>
        <source>Cannot resume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="287"/>
        <source>No TensorBoard events for this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/bridge/TrainingWorker.cpp" line="300"/>
        <source>Saving the run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TrialCurvesPanel</name>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="19"/>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="28"/>
        <source>Validation curves of every trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="39"/>
        <source>trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="45"/>
        <source>best: trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialCurvesPanel.cpp" line="52"/>
        <source>round (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::TrialTableModel</name>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="64"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="64"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="65"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="65"/>
        <source>pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="66"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="66"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="67"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="67"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="68"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="68"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="76"/>
        <source>final %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="76"/>
        <source>best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="144"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="146"/>
        <source>Rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="147"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/experiments/TrialTableModel.cpp" line="151"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::UnitSharesChart</name>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="32"/>
        <source>Dead and saturated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="32"/>
        <source>Dead and saturated unit shares appear with the first per-layer diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/health/UnitSharesChart.cpp" line="98"/>
        <source>%1 (%n unit(s)) · step %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="99"/>
        <source> · %1 dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="100"/>
        <source> · %1 saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="101"/>
        <source> · mean %1 · std %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="102"/>
        <source> · more than %1 dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="122"/>
        <source>Units at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="125"/>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="126"/>
        <source>more than %1 dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UnitSharesChart.cpp" line="127"/>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::UpdateRatioHeatmap</name>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="49"/>
        <source>Update ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="118"/>
        <source>%1 · step %2 · not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="119"/>
        <source>%1 · step %2 · update ratio %3 · grad norm %4 · weight norm %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="122"/>
        <source> · above %1: exploding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="124"/>
        <source> · below %1: vanishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="129"/>
        <source>log10 update ratio: %1 … %2, target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="271"/>
        <source>update ratio ‖Δw‖/‖w‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/UpdateRatioHeatmap.cpp" line="280"/>
        <source>outside %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
