// JSON conversions of the run store's values (config, data set, metrics, epochs, samples, tokenizer, language-model
// test) shared by the writer, the reader and the report exporters.
#include "core/runs/RunJson.h"

namespace ts {

namespace {

ClassMetrics classFromJson(const Json& j) {
    ClassMetrics m;
    m.precision = j["precision"].number();
    m.recall = j["recall"].number();
    m.f1 = j["f1"].number();
    m.support = j["support"].integer();
    m.precisionUndefined = j["precision_undefined"].boolean();
    m.recallUndefined = j["recall_undefined"].boolean();
    return m;
}

Json healthToJson(const HealthSettings& h) {
    Json j;
    j.set("enabled", h.enabled);
    j.set("interval", h.interval);
    j.set("histogram_buckets", h.histogramBuckets);
    j.set("spike_window", h.spikeWindow);
    j.set("spike_min_history", h.spikeMinHistory);
    j.set("spike_sigmas", h.spikeSigmas);
    j.set("exploding_ratio", h.explodingRatio);
    j.set("vanishing_ratio", h.vanishingRatio);
    j.set("sustained_samples", h.sustainedSamples);
    j.set("overfit_evaluations", h.overfitEvaluations);
    j.set("plateau_evaluations", h.plateauEvaluations);
    j.set("plateau_min_delta", h.plateauMinDelta);
    j.set("dead_share", h.deadShare);
    j.set("stop_on", jsonArray(h.stopOn));
    return j;
}

HealthSettings healthFromJson(const Json& j) {
    HealthSettings h;
    if (!j.isObject()) return h;
    h.enabled = j["enabled"].boolean(h.enabled);
    h.interval = int(j["interval"].integer(h.interval));
    h.histogramBuckets = int(j["histogram_buckets"].integer(h.histogramBuckets));
    h.spikeWindow = int(j["spike_window"].integer(h.spikeWindow));
    h.spikeMinHistory = int(j["spike_min_history"].integer(h.spikeMinHistory));
    h.spikeSigmas = j["spike_sigmas"].number(h.spikeSigmas);
    h.explodingRatio = j["exploding_ratio"].number(h.explodingRatio);
    h.vanishingRatio = j["vanishing_ratio"].number(h.vanishingRatio);
    h.sustainedSamples = int(j["sustained_samples"].integer(h.sustainedSamples));
    h.overfitEvaluations = int(j["overfit_evaluations"].integer(h.overfitEvaluations));
    h.plateauEvaluations = int(j["plateau_evaluations"].integer(h.plateauEvaluations));
    h.plateauMinDelta = j["plateau_min_delta"].number(h.plateauMinDelta);
    h.deadShare = j["dead_share"].number(h.deadShare);
    if (j["stop_on"].isArray()) h.stopOn = stringsOf(j["stop_on"]);
    return h;
}

Json systemToJson(const SystemMetrics& s) {
    Json j;
    j.set("samples_per_sec", s.samplesPerSec);
    j.set("data_share", s.dataShare);
    j.set("cpu_percent", s.cpuPercent);
    j.set("rss_mb", s.rssMb);
    j.set("gpu_allocated_mb", s.gpuAllocatedMb);
    j.set("gpu_reserved_mb", s.gpuReservedMb);
    return j;
}

SystemMetrics systemFromJson(const Json& j, double samplesPerSec) {
    SystemMetrics s;
    s.samplesPerSec = samplesPerSec;
    if (!j.isObject()) return s;
    s.samplesPerSec = j["samples_per_sec"].number(samplesPerSec);
    s.dataShare = j["data_share"].number(s.dataShare);
    s.cpuPercent = j["cpu_percent"].number(s.cpuPercent);
    s.rssMb = j["rss_mb"].number(s.rssMb);
    s.gpuAllocatedMb = j["gpu_allocated_mb"].number(s.gpuAllocatedMb);
    s.gpuReservedMb = j["gpu_reserved_mb"].number(s.gpuReservedMb);
    return s;
}

}  // namespace

Json toJson(const TrainConfig& c) {
    Json j;
    j.set("preset", c.preset);
    j.set("optimizer", c.optimizer);
    j.set("lr", c.lr);
    j.set("momentum", c.momentum);
    j.set("weight_decay", c.weightDecay);
    j.set("schedule", c.schedule);
    j.set("step_epochs", c.stepEpochs);
    j.set("step_gamma", c.stepGamma);
    j.set("epochs", c.epochs);
    if (c.evalsPerEpoch != 1) j.set("evals_per_epoch", c.evalsPerEpoch);
    j.set("batch_size", c.batchSize);
    j.set("seed", c.seed);
    j.set("device", c.device);
    j.set("threads", c.threads);
    j.set("val_fraction", c.valFraction);
    j.set("shuffle", c.shuffle);
    j.set("normalize", c.normalize);
    j.set("eval_on_test_each_epoch", c.evalOnTestEachEpoch);
    j.set("log_every", c.logEvery);
    if (!c.fusedStep) j.set("fused_step", false);
    j.set("early_stop_patience", c.earlyStopPatience);
    j.set("early_stop_min_delta", c.earlyStopMinDelta);
    j.set("warmup_steps", c.warmupSteps);
    j.set("min_lr", c.minLr);
    j.set("grad_clip", c.gradClip);
    j.set("beta1", c.beta1);
    j.set("beta2", c.beta2);
    j.set("health", healthToJson(c.health));
    j.set("processes", c.processes);
    j.set("dist_timeout", c.distTimeoutSec);
    if (c.isTextClassifier()) {
        j.set("hash_buckets", c.hashBuckets);
        j.set("text_embedding", c.textEmbedding);
    }
    const bool transformer = c.preset == "text-transformer";  // a text encoder: the language models' shape and tokenizer
    if (!c.isLanguageModel() && !transformer) return j;
    if (c.isLanguageModel()) {
        j.set("steps", c.steps);
        j.set("eval_every", c.evalEvery);
        j.set("eval_batches", c.evalBatches);
        j.set("test_fraction", c.testFraction);
    }
    j.set("context_length", c.contextLength);
    j.set("layers", c.layers);
    j.set("heads", c.heads);
    j.set("embedding", c.embedding);
    j.set("dropout", c.dropout);
    j.set("bias", c.bias);
    j.set("tokenizer", c.tokenizer);
    j.set("vocab_size", c.vocabSize);
    if (transformer) return j;
    j.set("prompts", jsonArray(c.prompts));
    j.set("watch_list", c.watchList);
    j.set("sample_tokens", c.sampleTokens);
    j.set("sample_temperature", c.sampleTemperature);
    j.set("sample_top_k", c.sampleTopK);
    j.set("sample_seed", c.sampleSeed);
    return j;
}

TrainConfig configFromJson(const Json& j) {
    TrainConfig c;
    try {
        c = presetConfig(j["preset"].string("mlp"));
    } catch (const std::exception&) {
        c.preset = j["preset"].string("mlp");
    }
    c.optimizer = j["optimizer"].string(c.optimizer);
    c.lr = j["lr"].number(c.lr);
    c.momentum = j["momentum"].number(c.momentum);
    c.weightDecay = j["weight_decay"].number(c.weightDecay);
    c.schedule = j["schedule"].string(c.schedule);
    c.stepEpochs = int(j["step_epochs"].integer(c.stepEpochs));
    c.stepGamma = j["step_gamma"].number(c.stepGamma);
    c.epochs = int(j["epochs"].integer(c.epochs));
    c.evalsPerEpoch = int(j["evals_per_epoch"].integer(c.evalsPerEpoch));
    c.batchSize = int(j["batch_size"].integer(c.batchSize));
    c.seed = j["seed"].unsignedInteger(c.seed);
    c.device = j["device"].string(c.device);
    c.threads = int(j["threads"].integer(c.threads));
    c.valFraction = j["val_fraction"].number(c.valFraction);
    c.shuffle = j["shuffle"].boolean(c.shuffle);
    c.normalize = j["normalize"].boolean(c.normalize);
    c.evalOnTestEachEpoch = j["eval_on_test_each_epoch"].boolean(c.evalOnTestEachEpoch);
    c.logEvery = int(j["log_every"].integer(c.logEvery));
    c.fusedStep = j["fused_step"].boolean(c.fusedStep);
    c.earlyStopPatience = int(j["early_stop_patience"].integer(c.earlyStopPatience));
    c.earlyStopMinDelta = j["early_stop_min_delta"].number(c.earlyStopMinDelta);
    c.warmupSteps = int(j["warmup_steps"].integer(c.warmupSteps));
    c.minLr = j["min_lr"].number(c.minLr);
    c.gradClip = j["grad_clip"].number(c.gradClip);
    c.beta1 = j["beta1"].number(c.beta1);
    c.beta2 = j["beta2"].number(c.beta2);
    c.health = healthFromJson(j["health"]);
    c.processes = int(j["processes"].integer(c.processes));
    c.distTimeoutSec = j["dist_timeout"].number(c.distTimeoutSec);
    c.steps = j["steps"].integer(c.steps);
    c.evalEvery = int(j["eval_every"].integer(c.evalEvery));
    c.evalBatches = int(j["eval_batches"].integer(c.evalBatches));
    c.testFraction = j["test_fraction"].number(c.testFraction);
    c.contextLength = int(j["context_length"].integer(c.contextLength));
    c.layers = int(j["layers"].integer(c.layers));
    c.heads = int(j["heads"].integer(c.heads));
    c.embedding = int(j["embedding"].integer(c.embedding));
    c.dropout = j["dropout"].number(c.dropout);
    c.bias = j["bias"].boolean(c.bias);
    c.tokenizer = j["tokenizer"].string(c.tokenizer);
    c.vocabSize = int(j["vocab_size"].integer(c.vocabSize));
    c.hashBuckets = j["hash_buckets"].integer(c.hashBuckets);
    c.textEmbedding = int(j["text_embedding"].integer(c.textEmbedding));
    if (j["prompts"].isArray()) c.prompts = stringsOf(j["prompts"]);
    c.watchList = j["watch_list"].string(c.watchList);
    c.sampleTokens = int(j["sample_tokens"].integer(c.sampleTokens));
    c.sampleTemperature = j["sample_temperature"].number(c.sampleTemperature);
    c.sampleTopK = int(j["sample_top_k"].integer(c.sampleTopK));
    c.sampleSeed = j["sample_seed"].unsignedInteger(c.sampleSeed);
    return c;
}

Json toJson(const DatasetInfo& d) {
    Json j;
    j.set("name", d.name);
    j.set("path", d.path);
    j.set("format", d.format);
    j.set("content_hash", d.contentHash);
    j.set("train", d.trainCount);
    j.set("validation", d.valCount);
    j.set("test", d.testCount);
    j.set("shape", jsonArray(std::vector<int64_t>{d.channels, d.height, d.width}));
    j.set("class_names", jsonArray(d.classNames));
    j.set("train_histogram", jsonArray(d.trainHistogram));
    if (d.text) {  // a text corpus: the counts are UTF-8 bytes
        j.set("text", true);
        j.set("documents", d.documents);
    }
    if (!d.loadOptions.empty()) {
        try {
            j.set("load_options", Json::parse(d.loadOptions));
        } catch (const std::exception&) {
            // not JSON: leave it out rather than lose the run
        }
    }
    return j;
}

DatasetInfo datasetFromJson(const Json& j) {
    DatasetInfo d;
    d.name = j["name"].string();
    d.path = j["path"].string();
    d.format = j["format"].string();
    d.contentHash = j["content_hash"].string();
    d.trainCount = j["train"].integer();
    d.valCount = j["validation"].integer();
    d.testCount = j["test"].integer();
    d.channels = j["shape"][0].integer();
    d.height = j["shape"][1].integer();
    d.width = j["shape"][2].integer();
    d.classNames = stringsOf(j["class_names"]);
    for (const Json& v : j["train_histogram"].array()) d.trainHistogram.push_back(v.integer());
    if (j["load_options"].isObject()) d.loadOptions = j["load_options"].dump();
    d.text = j["text"].boolean(false);
    d.documents = j["documents"].integer();
    return d;
}

Json toJson(const ClassMetrics& m) {
    Json j;
    j.set("precision", m.precision);
    j.set("recall", m.recall);
    j.set("f1", m.f1);
    j.set("support", m.support);
    j.set("precision_undefined", m.precisionUndefined);
    j.set("recall_undefined", m.recallUndefined);
    return j;
}

Json toJson(const EvalMetrics& m) {
    Json j;
    j.set("accuracy", m.accuracy);
    j.set("loss", m.loss);
    j.set("macro_precision", m.macro.precision);
    j.set("macro_recall", m.macro.recall);
    j.set("macro_f1", m.macro.f1);
    j.set("weighted_precision", m.weighted.precision);
    j.set("weighted_recall", m.weighted.recall);
    j.set("weighted_f1", m.weighted.f1);
    j.set("class_names", jsonArray(m.confusion.classNames));
    Json perClass = Json(Json::Array{});
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        Json c = toJson(m.perClass[i]);
        c.set("class", i < m.confusion.classNames.size() ? m.confusion.classNames[i] : std::to_string(i));
        perClass.push(c);
    }
    j.set("per_class", perClass);
    Json rows = Json(Json::Array{});
    const int k = m.confusion.classCount();
    for (int t = 0; t < k; ++t) {
        Json::Array row;
        for (int p = 0; p < k; ++p) row.emplace_back(m.confusion.at(t, p));
        rows.push(Json(std::move(row)));
    }
    j.set("confusion_matrix", rows);
    return j;
}

EvalMetrics evalFromJson(const Json& j) {
    EvalMetrics m;
    m.accuracy = j["accuracy"].number();
    m.loss = j["loss"].number();
    m.macro.precision = j["macro_precision"].number();
    m.macro.recall = j["macro_recall"].number();
    m.macro.f1 = j["macro_f1"].number();
    m.weighted.precision = j["weighted_precision"].number();
    m.weighted.recall = j["weighted_recall"].number();
    m.weighted.f1 = j["weighted_f1"].number();
    m.confusion.reset(stringsOf(j["class_names"]));
    const int k = m.confusion.classCount();
    for (int t = 0; t < k; ++t)
        for (int p = 0; p < k; ++p) m.confusion.at(t, p) = j["confusion_matrix"][size_t(t)][size_t(p)].integer();
    for (const Json& c : j["per_class"].array()) m.perClass.push_back(classFromJson(c));
    m.macro.support = m.weighted.support = m.confusion.total();
    return m;
}

Json toJson(const EpochMetrics& e) {
    Json j;
    j.set("epoch", e.epoch);
    j.set("epochs", e.epochs);
    j.set("step", e.step);
    j.set("train_loss", e.trainLoss);
    j.set("train_accuracy", e.trainAccuracy);
    j.set("val_loss", e.val.loss);
    j.set("val_accuracy", e.val.accuracy);
    j.set("val_macro_f1", e.val.macro.f1);
    j.set("val_set", e.valSetName);
    if (!e.valSplit.empty()) j.set("val_split", e.valSplit);
    j.set("lr", e.lr);
    j.set("seconds", e.seconds);
    j.set("eval_seconds", e.evalSeconds);
    j.set("elapsed_seconds", e.elapsedSec);
    j.set("samples_per_sec", e.samplesPerSec);
    j.set("system", systemToJson(e.system));
    if (e.languageModel) {  // the samples live in samples.jsonl
        j.set("task", "language-model");
        j.set("val_perplexity", e.lm.valPerplexity);
        j.set("val_bits_per_byte", e.lm.valBitsPerByte);
        j.set("train_bits_per_byte", e.lm.trainBitsPerByte);
        j.set("val_token_accuracy", e.lm.valTokenAccuracy);
        j.set("watch_hits", e.lm.watchHits);
        return j;
    }
    j.set("val", toJson(e.val));
    return j;
}

EpochMetrics epochFromJson(const Json& j) {
    EpochMetrics e;
    e.epoch = int(j["epoch"].integer());
    e.epochs = int(j["epochs"].integer());
    e.step = j["step"].integer();
    e.trainLoss = j["train_loss"].number();
    e.trainAccuracy = j["train_accuracy"].number();
    e.valSetName = j["val_set"].string();
    e.valSplit = j["val_split"].string();
    e.lr = j["lr"].number();
    e.seconds = j["seconds"].number();
    e.evalSeconds = j["eval_seconds"].number();
    e.elapsedSec = j["elapsed_seconds"].number();
    e.samplesPerSec = j["samples_per_sec"].number();
    e.system = systemFromJson(j["system"], e.samplesPerSec);
    if (j["task"].string() == "language-model") {
        e.languageModel = true;
        e.val.loss = j["val_loss"].number();
        e.val.accuracy = j["val_accuracy"].number();
        e.lm.valPerplexity = j["val_perplexity"].number();
        e.lm.valBitsPerByte = j["val_bits_per_byte"].number();
        e.lm.trainBitsPerByte = j["train_bits_per_byte"].number();
        e.lm.valTokenAccuracy = j["val_token_accuracy"].number();
        e.lm.watchHits = j["watch_hits"].integer();
    } else if (j.contains("val")) {
        e.val = evalFromJson(j["val"]);
    } else {
        e.val.loss = j["val_loss"].number();
        e.val.accuracy = j["val_accuracy"].number();
        e.val.macro.f1 = j["val_macro_f1"].number();
    }
    return e;
}
Json toJson(const TextSample& s) {
    Json j;
    j.set("step", s.step);
    j.set("prompt", s.prompt);
    j.set("text", s.text);
    j.set("temperature", s.temperature);
    j.set("top_k", s.topK);
    j.set("seed", s.seed);
    j.set("distinct_1", s.distinct1);
    j.set("distinct_2", s.distinct2);
    j.set("repetition", s.repetition);
    j.set("memorization", s.memorization);
    Json hits = Json(Json::Array{});
    for (const WatchMatch& h : s.watchHits) {
        Json hit;
        hit.set("begin", h.begin);
        hit.set("end", h.end);
        hit.set("entry", h.entry);
        hits.push(hit);
    }
    j.set("watch_hits", hits);
    return j;
}

TextSample sampleFromJson(const Json& j) {
    TextSample s;
    s.step = j["step"].integer();
    s.prompt = j["prompt"].string();
    s.text = j["text"].string();
    s.temperature = j["temperature"].number();
    s.topK = int(j["top_k"].integer());
    s.seed = j["seed"].unsignedInteger();
    s.distinct1 = j["distinct_1"].number();
    s.distinct2 = j["distinct_2"].number();
    s.repetition = j["repetition"].number();
    s.memorization = j["memorization"].number();
    for (const Json& h : j["watch_hits"].array()) {
        WatchMatch m;
        m.begin = h["begin"].integer();
        m.end = h["end"].integer();
        m.entry = h["entry"].string();
        s.watchHits.push_back(m);
    }
    return s;
}

Json toJson(const TokenizerSummary& t) {
    Json j;
    j.set("kind", t.kind);
    j.set("vocab_size", t.vocabSize);
    j.set("train_tokens", t.trainTokens);
    j.set("val_tokens", t.valTokens);
    j.set("test_tokens", t.testTokens);
    j.set("val_unknown_rate", t.valUnknownRate);
    j.set("test_unknown_rate", t.testUnknownRate);
    return j;
}

TokenizerSummary tokenizerFromJson(const Json& j) {
    TokenizerSummary t;
    t.kind = j["kind"].string();
    t.vocabSize = j["vocab_size"].integer();
    t.trainTokens = j["train_tokens"].integer();
    t.valTokens = j["val_tokens"].integer();
    t.testTokens = j["test_tokens"].integer();
    t.valUnknownRate = j["val_unknown_rate"].number();
    t.testUnknownRate = j["test_unknown_rate"].number();
    return t;
}

Json toJson(const LanguageModelTest& t) {
    Json j;
    j.set("loss", t.loss);
    j.set("perplexity", t.perplexity);
    j.set("bits_per_byte", t.bitsPerByte);
    j.set("token_accuracy", t.tokenAccuracy);
    j.set("top5_accuracy", t.top5Accuracy);
    j.set("tokens", t.tokens);
    return j;
}

LanguageModelTest lmTestFromJson(const Json& j) {
    LanguageModelTest t;
    t.loss = j["loss"].number();
    t.perplexity = j["perplexity"].number();
    t.bitsPerByte = j["bits_per_byte"].number();
    t.tokenAccuracy = j["token_accuracy"].number();
    t.top5Accuracy = j["top5_accuracy"].number();
    t.tokens = j["tokens"].integer();
    return t;
}

}  // namespace ts
