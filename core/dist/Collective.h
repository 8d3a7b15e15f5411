// The collectives a data-parallel run needs, behind one interface: PyTorch's c10d process groups (Gloo on CPUs,
// NCCL for CUDA when the LibTorch has it) underneath. Torch-free header: tensors are only named.
//
// A failed collective (a peer exited, was killed or did not answer within the timeout) throws PeerFailure with
// a message naming the silent ranks: each process that sees a failure says so in the store, and the ranks that
// never say so are the ones that died or hung.
#pragma once

#include "core/dist/DistEnv.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace at {
class Tensor;
}

namespace ts {

/// A collective could not complete because of another process.
class PeerFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Collective {
public:
    virtual ~Collective() = default;
    virtual int rank() const = 0;
    virtual int size() const = 0;
    /// "gloo" or "nccl" (the backend that carries the gradients).
    virtual std::string backend() const = 0;
    /// Every rank's host name, exchanged when the group formed.
    virtual const std::vector<std::string>& hosts() const = 0;

    /// Sums small control vectors across processes, in place (double precision, on the CPU).
    virtual void allReduceSum(std::vector<double>& values) = 0;
    /// Rank `root`'s tensors replace everyone's, in place (coalesced; callers hold no autograd).
    virtual void broadcast(std::vector<at::Tensor>& tensors, int root) = 0;
    /// Averages the tensors across processes in place, flattened into buckets per device and dtype.
    virtual void allReduceMean(std::vector<at::Tensor>& tensors) = 0;
    /// True on every process when all processes hold the same values (rank 0's checksums compared everywhere).
    virtual bool sameEverywhere(const std::vector<at::Tensor>& tensors) = 0;
    /// Says, through the store, that this process is leaving because of `why` (its peers name it).
    virtual void announceExit(const std::string& why) = 0;

    /// Seconds spent in collectives (waiting for peers and transferring) since the previous call.
    double takeSeconds() {
        const double s = m_seconds;
        m_seconds = 0.0;
        return s;
    }

protected:
    double m_seconds = 0.0;
};

/// Joins the process group `env` describes: connects to the TCP store (rank 0 hosts it unless a launcher does)
/// and forms Gloo, or NCCL for CUDA tensors when this LibTorch has it. A peer that does not answer a collective
/// for `timeoutSec` makes it throw PeerFailure. Throws std::runtime_error, saying what to check, when the group
/// cannot form within that time.
std::unique_ptr<Collective> joinProcessGroup(const DistEnv& env, double timeoutSec, bool cuda);

/// True when this build can form NCCL groups (a CUDA LibTorch with c10d's NCCL backend).
bool ncclAvailable();

}  // namespace ts
