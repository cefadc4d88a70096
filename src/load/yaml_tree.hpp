#pragma once
// A compact YAML document tree built from yaml-cpp's event parser. Nodes keep
// their byte span; scalars keep their text (most often a view of the source,
// so the tree costs a few bytes per node, not a copy of the file). Aliases stay
// shared: an alias node names its anchored node and is expanded by the reader.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model/finding.hpp"
#include "plan/model/source.hpp"

namespace plan::load {

inline constexpr std::uint32_t kNoNode = UINT32_MAX;

/// Aliases may add at most this many nodes to a document (docs/format.md, "Value forms").
inline constexpr std::uint64_t kMaxAliasExpansion = 1'000'000;

enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping, alias };

struct Node {
  Span span;  ///< scalar and alias: the token; collection: its first character
  /// scalar: text offset; collection: first child (kNoNode when empty); alias: anchored node
  std::uint32_t a = 0;
  std::uint32_t b = 0;           ///< scalar: text size; collection: number of children
  std::uint32_t next = kNoNode;  ///< next sibling
  NodeKind kind = NodeKind::null;
  bool plain = false;           ///< scalar: plain (unquoted) and untagged
  bool text_in_source = false;  ///< scalar: text is a view of the source, else of the arena
  /// scalar: a tag of the writer's own (`!important call first`), which a plan
  /// never means; `span` then starts at the tag.
  bool local_tag = false;
};

class YamlTree {
 public:
  explicit YamlTree(std::string_view source) : source_(source) {}

  const Node& operator[](std::uint32_t index) const { return nodes_[index]; }
  std::uint32_t root() const { return root_; }
  std::size_t size() const { return nodes_.size(); }
  /// The source's bytes in `span`.
  std::string_view source_text(Span span) const {
    return source_.substr(span.begin, span.end - span.begin);
  }
  /// A scalar's text, as the YAML parser read it.
  std::string_view text(const Node& node) const {
    const std::string_view from = node.text_in_source ? source_ : std::string_view(arena_);
    return from.substr(node.a, node.b);
  }

 private:
  friend class TreeBuilder;
  std::string_view source_;
  std::vector<Node> nodes_;
  std::string arena_;  // scalar text that differs from the source (escapes, folding)
  std::uint32_t root_ = kNoNode;
};

/// The tree of the file's one document, or the file's only finding
/// (`yaml-syntax` or `invalid-document`) when there is no such tree.
struct ParsedYaml {
  YamlTree tree;
  std::optional<Finding> error;
};

/// Parses YAML text. Never throws for bad input and never recurses on it.
ParsedYaml parse_yaml(std::string_view source);

/// The end of the scalar token that starts at `begin` (after any anchor or
/// tag), given the text the parser read for it. Exposed for tests.
Offset scalar_token_end(std::string_view source, Offset begin, std::string_view value);

}  // namespace plan::load
