// Keeps the memory that tensors free inside the process for the next allocation of the same size, instead of
// handing it back to the kernel. Torch-free, no Qt.
//
// A training step allocates and frees the same few-megabyte activations and gradients every step. With glibc's
// defaults each of those lands in fresh pages: blocks above the mmap threshold are mapped and unmapped each time,
// and the heap is trimmed whenever its free top passes 128 KiB. Every page is then faulted in and zeroed again, which
// on a virtual machine costs as much as the arithmetic: gpt-tiny's step took 87 ms with the defaults and 60 ms with
// the thresholds raised (bench/RESULTS.md, 2026-12-02 (afternoon)). The resident size stays the step's peak.
#pragma once

namespace ts {

/// Raises glibc's mmap and trim thresholds for this process, once: blocks up to 32 MiB come from the heap, and the
/// heap keeps up to 64 MiB of free memory. Does nothing where the C library is not glibc, or where the user has set
/// the allocator's thresholds (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_ or malloc tunables in GLIBC_TUNABLES).
void keepFreedMemoryForReuse();

}  // namespace ts
