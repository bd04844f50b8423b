#pragma once

// Internal to core/graph: the analyses' messages, kept out of the files that include Boost
// (lupdate would read every Boost header; see widgets/CMakeLists.txt).

#include "core/model/result.h"

namespace sg::analysis {

enum class Stage { Betweenness, Closeness, Eigenvector, PageRank, Communities };
QString stageText(Stage stage, int entities);
Error cancelledError();

} // namespace sg::analysis
