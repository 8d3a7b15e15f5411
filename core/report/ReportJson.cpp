// The JSON exports: a run's facts, configuration, data set, environment, epochs and steps (one per line),
// and an evaluation's document with the environment it was reported on.
#include "core/common/Json.h"
#include "core/eval/EvaluationIO.h"
#include "core/health/HealthLog.h"
#include "core/report/Report.h"
#include "core/report/ReportText.h"
#include "core/runs/RunStore.h"

namespace ts {

using namespace report;

namespace report {

Json environmentJson(const ReportEnvironment& env) {
    Json e;
    e.set("trainscope_version", env.trainscopeVersion);
    e.set("libtorch_version", env.torchVersion);
    e.set("cpu", env.cpuName);
    e.set("logical_cpus", env.cpuCores);
    e.set("host", env.hostName);
    e.set("os", env.os);
    return e;
}

}  // namespace report

namespace {

/// Each health sample: its step and epoch, the parameters' norms and update ratios, the layers' activations.
Json healthJson(const std::vector<HealthSample>& health) {
    Json out = Json(Json::Array{});
    for (const HealthSample& h : health) {
        Json sample;
        sample.set("step", Json(long(h.step)));
        sample.set("epoch", h.epoch);
        if (h.gradNorm >= 0.0) sample.set("grad_norm", h.gradNorm);
        Json parameters = Json(Json::Array{});
        for (const ParameterHealth& p : h.parameters) {
            Json j;
            j.set("name", p.name);
            j.set("grad_norm", p.gradNorm);
            j.set("weight_norm", p.weightNorm);
            j.set("update_ratio", p.updateRatio >= 0.0 ? Json(p.updateRatio) : Json());
            parameters.push(std::move(j));
        }
        sample.set("parameters", std::move(parameters));
        Json activations = Json(Json::Array{});
        for (const ActivationHealth& a : h.activations) {
            Json j;
            j.set("name", a.name);
            j.set("mean", a.mean);
            j.set("std", a.stddev);
            j.set("dead_fraction", a.rectified ? Json(a.deadFraction) : Json());
            j.set("saturated_fraction", a.saturatedFraction);
            activations.push(std::move(j));
        }
        sample.set("activations", std::move(activations));
        out.push(std::move(sample));
    }
    return out;
}

/// The alerts as alerts.jsonl writes them, one object each.
Json alertsJson(const std::vector<Alert>& alerts) {
    Json out = Json(Json::Array{});
    for (const Alert& a : alerts) out.push(Json::parse(alertJsonLine(a)));
    return out;
}

}  // namespace

std::string reportJson(const RunRecord& run, const ReportEnvironment& env) {
    Json doc;
    doc.set("format", "trainscope-report");
    doc.set("format_version", 1);
    doc.set("generated_at", localTimeNow());
    Json r;
    r.set("id", run.id);
    r.set("name", run.displayName());
    const Json tags = jsonArray(run.meta.tags);
    r.set("tags", tags);
    r.set("notes", run.meta.notes);
    r.set("status", run.status);
    r.set("message", run.message);
    r.set("started_at", run.startedAt);
    r.set("total_seconds", run.totalSeconds);
    r.set("device", run.device);
    r.set("threads", run.threads);
    r.set("dir", run.dir);
    doc.set("run", r);
    doc.set("config", toJson(run.config));
    doc.set("dataset", toJson(run.dataset));
    doc.set("environment", environmentJson(env));
    Json epochs = Json(Json::Array{});
    for (const EpochMetrics& m : run.epochs) epochs.push(toJson(m));
    doc.set("epochs", epochs);
    doc.set("test", run.hasTest ? toJson(run.test) : Json());
    if (run.isLanguageModel()) {
        doc.set("task", run.task);
        doc.set("tokenizer", toJson(run.tokenizer));
        doc.set("parameters", run.parameters);
        doc.set("test", run.hasLmTest ? toJson(run.lmTest) : Json());
        Json samples = Json(Json::Array{});
        for (const TextSample& sample : run.samples) samples.push(toJson(sample));
        doc.set("samples", samples);
    }
    if (!run.alerts.empty()) doc.set("alerts", alertsJson(run.alerts));
    if (!run.health.empty()) doc.set("health", healthJson(run.health));

    // The document pretty-printed, with `steps` last and one step per line (a long run has 100k of them).
    std::string out = doc.dump(2);
    const size_t close = out.rfind('}');
    out.erase(close);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    out += ",\n  \"steps\": [";
    for (size_t i = 0; i < run.batches.size(); ++i) {
        const BatchMetrics& b = run.batches[i];
        Json s;
        s.set("step", b.step);
        s.set("epoch", b.epoch);
        s.set("elapsed_s", b.elapsedSec);
        s.set("loss", b.loss);
        s.set("lr", b.lr);
        s.set("samples_per_sec", b.samplesPerSec);
        if (b.gradNorm >= 0.0) s.set("grad_norm", b.gradNorm);
        out += (i ? ",\n    " : "\n    ") + s.dump();
    }
    out += run.batches.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string evaluationReportJson(const EvaluationResult& r, const ReportEnvironment& env) {
    Json doc = toJson(r);
    doc.set("report_generated_at", localTimeNow());
    doc.set("environment", environmentJson(env));
    return doc.dump(2) + "\n";
}
}  // namespace ts
