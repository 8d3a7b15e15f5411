// Where a run's files go: the default runs folder, a fresh folder for each new run, and the guard that keeps
// a new run from writing over an old one (a folder that holds a run is refused, or moved aside on request,
// never deleted). Torch-free.
#pragma once

#include <string>

namespace ts {

/// Where runs are kept by default: $XDG_DATA_HOME/trainscope/runs (~/.local/share/trainscope/runs).
std::string defaultRunsRoot();

/// Creates and returns a new, unused run folder under `root`: <root>/<YYYYmmdd-HHMMSS>-<preset>[-N]. The
/// folder is made here, so two processes starting in the same second never share it. Throws FileWriteError.
std::string newRunDir(const std::string& root, const std::string& preset);

/// True when `dir` holds a run or what is left of one: run.json, status.json, metrics.csv, summary.json, a
/// checkpoint or a TensorBoard event file. A missing or empty folder, or one with other files only, holds none.
bool holdsRun(const std::string& dir);

/// True when a process holds the run folder's lock, i.e. the run is being written right now.
bool runLockHeld(const std::string& dir);

/// The dated sibling an old run in `dir` is moved to: <dir>.replaced-<YYYYmmdd-HHMMSS>[-N].
std::string replacedRunDir(const std::string& dir);

/// Renames the run in `dir` to replacedRunDir(dir) and returns the new path; refuses (std::runtime_error) a
/// run that is still training. Nothing is deleted.
std::string moveRunAside(const std::string& dir);

}  // namespace ts
