// Collective and StoreHost on c10d: a TCP store (or torchrun's agent store, under its prefix), ProcessGroupGloo for the control
// figures and the CPU tensors, ProcessGroupNCCL for CUDA tensors when the LibTorch has it.
#include "core/dist/Collective.h"
#include "core/dist/Launcher.h"

#include <torch/torch.h>

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <map>
#include <thread>

namespace ts {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kBucketBytes = int64_t(25) << 20;  // DDP's default bucket size
constexpr auto kReportWindow = std::chrono::milliseconds(2000);  // how long survivors wait for peers to speak up
constexpr auto kReportPoll = std::chrono::milliseconds(50);

std::chrono::milliseconds millis(double seconds) {
    return std::chrono::milliseconds(int64_t(std::max(seconds, 0.001) * 1000.0));
}

bool loopback(const std::string& addr) {
    return addr == "localhost" || addr.rfind("127.", 0) == 0 || addr == "::1";
}

std::shared_ptr<::gloo::transport::Device> glooDevice(const DistEnv& env) {
    if (const char* iface = std::getenv("GLOO_SOCKET_IFNAME"); iface && *iface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(iface);
    if (loopback(env.masterAddr)) return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

std::string shortWhat(const std::exception& e) {
    if (const auto* c = dynamic_cast<const c10::Error*>(&e)) return c->what_without_backtrace();
    std::string s = e.what();
    if (const auto nl = s.find('\n'); nl != std::string::npos) s.resize(nl);
    return s;
}

bool looksLikeTimeout(const std::string& what) {
    std::string lower = what;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lower.find("timed out") != std::string::npos || lower.find("timeout") != std::string::npos;
}

class GlooCollective final : public Collective {
public:
    GlooCollective(const DistEnv& env, double timeoutSec, bool cuda) : m_env(env), m_timeoutSec(timeoutSec) {
        const auto timeout = millis(timeoutSec);
        c10::intrusive_ptr<c10d::Store> base;
        try {
            c10d::TCPStoreOptions o;
            o.port = uint16_t(env.masterPort);
            o.isServer = env.rank == 0 && !env.agentStore;
            o.numWorkers = env.agentStore ? c10::nullopt : c10::optional<std::size_t>(std::size_t(env.worldSize));
            o.waitWorkers = false;
            o.timeout = timeout;
            base = c10::make_intrusive<c10d::TCPStore>(env.masterAddr, o);
        } catch (const std::exception& e) {
            throw std::runtime_error("rank " + std::to_string(env.rank) + " could not reach the rendezvous store at " +
                                     env.masterAddr + ":" + std::to_string(env.masterPort) + " (" + shortWhat(e) +
                                     "); check MASTER_ADDR/MASTER_PORT and that rank 0 or the launcher is running");
        }
        m_store = base;
        if (env.agentStore) m_store = c10::make_intrusive<c10d::PrefixStore>(env.storePrefix(), base);
        m_store->setTimeout(timeout);
        try {
            auto options = c10d::ProcessGroupGloo::Options::create(timeout);
            options->devices.push_back(glooDevice(env));
            m_gloo = c10::make_intrusive<c10d::ProcessGroupGloo>(
                c10::make_intrusive<c10d::PrefixStore>("gloo", m_store), env.rank, env.worldSize, options);
#ifdef USE_C10D_NCCL
            if (cuda) {
                auto ncclOptions = c10d::ProcessGroupNCCL::Options::create();
                ncclOptions->timeout = timeout;
                m_nccl = c10::make_intrusive<c10d::ProcessGroupNCCL>(
                    c10::make_intrusive<c10d::PrefixStore>("nccl", m_store), env.rank, env.worldSize, ncclOptions);
            }
#else
            (void)cuda;
#endif
            // Host names, for the window's per-process table.
            m_store->set("host/" + std::to_string(env.rank), bytes(hostName()));
            for (int r = 0; r < env.worldSize; ++r) {
                const std::vector<uint8_t> v = m_store->get("host/" + std::to_string(r));
                m_hosts.emplace_back(v.begin(), v.end());
            }
        } catch (const std::exception& e) {
            throw std::runtime_error("rank " + std::to_string(env.rank) + " could not form the process group of " +
                                     std::to_string(env.worldSize) + " processes within " +
                                     std::to_string(int(timeoutSec)) + " s (" + shortWhat(e) +
                                     "); check that every process started and that the machines reach each other "
                                     "(GLOO_SOCKET_IFNAME names the network interface)");
        }
    }

    int rank() const override { return m_env.rank; }
    int size() const override { return m_env.worldSize; }
    std::string backend() const override { return m_nccl ? "nccl" : "gloo"; }
    const std::vector<std::string>& hosts() const override { return m_hosts; }

    void allReduceSum(std::vector<double>& values) override {
        torch::Tensor t = torch::tensor(values, torch::kDouble);
        std::vector<torch::Tensor> list{t};
        run("an all-reduce of the step figures", [&] { return m_gloo->allreduce(list); });
        std::copy(t.data_ptr<double>(), t.data_ptr<double>() + t.numel(), values.begin());
    }

    void broadcast(std::vector<at::Tensor>& tensors, int root) override {
        for (auto& bucket : buckets(tensors)) {
            torch::Tensor flat = flatten(bucket);
            std::vector<torch::Tensor> list{flat};
            c10d::BroadcastOptions o;
            o.rootRank = root;
            run("the broadcast of the parameters", [&] { return group(flat)->broadcast(list, o); });
            unflatten(flat, bucket);
        }
    }

    void allReduceMean(std::vector<at::Tensor>& tensors) override {
        for (auto& bucket : buckets(tensors)) {
            torch::Tensor flat = flatten(bucket);
            std::vector<torch::Tensor> list{flat};
            run("the gradient all-reduce", [&] { return group(flat)->allreduce(list); });
            flat.div_(double(m_env.worldSize));
            unflatten(flat, bucket);
        }
    }

    bool sameEverywhere(const std::vector<at::Tensor>& tensors) override {
        // Two checksums per tensor (the sum and a position-weighted sum), rank 0's compared on every rank.
        std::vector<double> sums;
        for (const torch::Tensor& t : tensors) {
            const torch::Tensor v = t.detach().reshape({-1}).to(torch::kCPU, torch::kDouble);
            const torch::Tensor w = torch::arange(1, v.numel() + 1, torch::kDouble).remainder_(97.0).add_(1.0);
            sums.push_back(v.sum().item<double>());
            sums.push_back(v.mul(w).sum().item<double>());
        }
        torch::Tensor mine = torch::tensor(sums, torch::kDouble);
        torch::Tensor root = mine.clone();
        std::vector<torch::Tensor> list{root};
        run("the parameter check", [&] { return m_gloo->broadcast(list); });
        std::vector<double> differ{root.equal(mine) ? 0.0 : 1.0};
        allReduceSum(differ);
        return differ[0] == 0.0;
    }

    void announceExit(const std::string& why) override {
        try {
            m_store->set("failed/" + std::to_string(m_env.rank), bytes(why));
        } catch (const std::exception&) {
            // the store went with the process that hosted it; the peers will see the silence instead
        }
    }

private:
    static std::vector<uint8_t> bytes(const std::string& s) { return std::vector<uint8_t>(s.begin(), s.end()); }

    c10::intrusive_ptr<c10d::ProcessGroup> group(const torch::Tensor& t) const {
        if (t.is_cuda() && m_nccl) return m_nccl;
        return m_gloo;
    }

    /// Tensors grouped by device and dtype, cut into buckets of about kBucketBytes.
    static std::vector<std::vector<torch::Tensor>> buckets(std::vector<torch::Tensor>& tensors) {
        std::map<std::pair<std::string, int>, std::vector<std::vector<torch::Tensor>>> byKind;
        std::map<std::pair<std::string, int>, int64_t> filled;
        for (torch::Tensor& t : tensors) {
            if (!t.defined()) continue;
            const auto key = std::make_pair(t.device().str(), int(t.scalar_type()));
            auto& list = byKind[key];
            const int64_t size = t.numel() * int64_t(t.element_size());
            if (list.empty() || filled[key] + size > kBucketBytes) {
                list.emplace_back();
                filled[key] = 0;
            }
            list.back().push_back(t);
            filled[key] += size;
        }
        std::vector<std::vector<torch::Tensor>> out;
        for (auto& [key, list] : byKind)
            for (auto& b : list) out.push_back(std::move(b));
        return out;
    }

    static torch::Tensor flatten(const std::vector<torch::Tensor>& bucket) {
        std::vector<torch::Tensor> flat;
        flat.reserve(bucket.size());
        for (const torch::Tensor& t : bucket) flat.push_back(t.detach().reshape({-1}));
        return torch::cat(flat);
    }

    static void unflatten(const torch::Tensor& flat, std::vector<torch::Tensor>& bucket) {
        torch::NoGradGuard guard;
        int64_t offset = 0;
        for (torch::Tensor& t : bucket) {
            t.detach().copy_(flat.slice(0, offset, offset + t.numel()).view(t.sizes()));
            offset += t.numel();
        }
    }

    template <typename Start>
    void run(const char* what, Start start) {
        const auto t0 = Clock::now();
        try {
            start()->wait();
        } catch (const std::exception& e) {
            m_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
            throw PeerFailure(diagnose(what, shortWhat(e)));
        }
        m_seconds += std::chrono::duration<double>(Clock::now() - t0).count();
    }

    /// Which ranks went silent: every survivor says so in the store; those that do not within a moment are named.
    std::string diagnose(const char* what, const std::string& error) {
        announceExit(error);
        std::vector<int> silent;
        const auto deadline = Clock::now() + kReportWindow;
        try {
            do {
                silent.clear();
                for (int r = 0; r < m_env.worldSize; ++r)
                    if (r != m_env.rank && !m_store->check({"failed/" + std::to_string(r)})) silent.push_back(r);
                if (silent.empty()) break;
                std::this_thread::sleep_for(kReportPoll);
            } while (Clock::now() < deadline);
        } catch (const std::exception&) {
            silent.assign(1, 0);  // the store is gone: whoever hosted it (rank 0, or the launcher) is gone too
        }
        std::string names;
        for (size_t i = 0; i < silent.size(); ++i) names += (i ? (i + 1 == silent.size() ? " and " : ", ") : "") + std::to_string(silent[i]);
        const bool timedOut = looksLikeTimeout(error);
        std::string text;
        if (silent.empty())
            text = std::string(what) + " failed on every process";
        else if (timedOut)
            text = std::string(silent.size() == 1 ? "rank " : "ranks ") + names + " did not answer " + what + " within " +
                   std::to_string(int(std::lround(m_timeoutSec))) + " s (hung or stopped; --dist-timeout sets the limit)";
        else
            text = std::string(silent.size() == 1 ? "rank " : "ranks ") + names + " left the run during " + what +
                   " (the process exited or was killed)";
        return text + " [rank " + std::to_string(m_env.rank) + ": " + error + "]";
    }

    DistEnv m_env;
    double m_timeoutSec;
    c10::intrusive_ptr<c10d::Store> m_store;
    c10::intrusive_ptr<c10d::ProcessGroup> m_gloo;
    c10::intrusive_ptr<c10d::ProcessGroup> m_nccl;
    std::vector<std::string> m_hosts;
};

}  // namespace

struct StoreHost::Impl {
    c10::intrusive_ptr<c10d::TCPStore> store;
};

StoreHost::StoreHost() : m_impl(std::make_unique<Impl>()) {
    c10d::TCPStoreOptions o;
    o.port = 0;  // any free port
    o.isServer = true;
    o.waitWorkers = false;
    m_impl->store = c10::make_intrusive<c10d::TCPStore>("127.0.0.1", o);
}

StoreHost::~StoreHost() = default;

int StoreHost::port() const { return m_impl->store->getPort(); }

std::unique_ptr<Collective> joinProcessGroup(const DistEnv& env, double timeoutSec, bool cuda) {
    return std::make_unique<GlooCollective>(env, timeoutSec, cuda);
}

bool ncclAvailable() {
#ifdef USE_C10D_NCCL
    return true;
#else
    return false;
#endif
}

}  // namespace ts
