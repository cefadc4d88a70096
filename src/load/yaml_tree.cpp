#include "load/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

#include <fmt/format.h>

#include "load/load_rules.hpp"
#include "load/yaml_messages.hpp"
#include "support/utf8.hpp"

namespace plan::load {
namespace {

/// An input stream over a string, without copying it.
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_break(char c) {
  return c == '\n' || c == '\r';
}

Offset line_end(std::string_view s, Offset at) {
  while (at < s.size() && !is_break(s[at]))
    ++at;
  return at;
}

/// Skips anchors (`&a`) and tags (`!t`) and what separates them from the
/// content: blanks, line breaks and comments (`key: &a` with the value on the
/// next line).
Offset skip_properties(std::string_view s, Offset at) {
  while (at < s.size() && (s[at] == '&' || s[at] == '!')) {
    while (at < s.size() && !is_blank(s[at]) && !is_break(s[at]))
      ++at;
    while (at < s.size() && (is_blank(s[at]) || is_break(s[at]) || s[at] == '#')) {
      if (s[at] == '#') {
        while (at < s.size() && !is_break(s[at]))
          ++at;
      } else {
        ++at;
      }
    }
  }
  return at;
}

Offset trim_back(std::string_view s, Offset begin, Offset end) {
  while (end > begin && is_blank(s[end - 1]))
    --end;
  return end;
}

/// The first line of a token that does not match its text: up to a comment or the line's end.
Offset first_line_end(std::string_view s, Offset begin) {
  Offset end = line_end(s, begin);
  for (Offset i = begin + 1; i < end; ++i) {
    if (s[i] == '#' && is_blank(s[i - 1])) {
      end = i;
      break;
    }
  }
  return trim_back(s, begin, end);
}

Offset offset_of(const YAML::Mark& mark, std::string_view source) {
  if (mark.pos < 0) return 0;
  return std::min<Offset>(static_cast<Offset>(mark.pos), static_cast<Offset>(source.size()));
}

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t sum = a + b;
  return sum < a ? UINT64_MAX : sum;
}

/// Checks the encoding; returns the offset of the first byte that is not UTF-8.
std::optional<Offset> first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Decoded d = utf8::decode(s, i);
    if (!d.valid) return static_cast<Offset>(i);
    i += d.length;
  }
  return std::nullopt;
}

/// The end of a quoted scalar that starts at `begin` (just past its closing
/// quote), or nothing when the quote is never closed.
std::optional<Offset> closing_quote_end(std::string_view s, Offset begin) {
  const char c = s[begin];
  for (Offset i = begin + 1; i < s.size(); ++i) {
    if (c == '"' && s[i] == '\\') {
      ++i;
    } else if (s[i] == c) {
      if (c == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return std::nullopt;
}

bool is_quote(char c) {
  return c == '"' || c == '\'';
}

}  // namespace

Offset scalar_token_end(std::string_view s, Offset begin, std::string_view value) {
  if (begin >= s.size()) return begin;
  const char c = s[begin];
  if (is_quote(c)) return closing_quote_end(s, begin).value_or(first_line_end(s, begin));
  if (c == '|' || c == '>') return first_line_end(s, begin);
  if (s.compare(begin, value.size(), value) == 0 && !value.empty()) {
    return begin + static_cast<Offset>(value.size());
  }
  return std::max<Offset>(first_line_end(s, begin), begin + (value.empty() ? 0 : 1));
}

/// Receives yaml-cpp's events and builds the tree with an explicit stack.
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(YamlTree& tree) : tree_(tree), source_(tree.source_) {
    // A plan holds about one node per ten bytes; reserving (untouched pages
    // cost no memory) spares copying the whole tree as it grows.
    tree_.nodes_.reserve(source_.size() / 8 + 16);
  }

  std::optional<Finding> error;  ///< invalid-document (or yaml-syntax) found while building
  int documents = 0;
  Offset second_document = 0;

  /// Where the parser stopped moving on: yaml-cpp leaves a token it cannot
  /// start a node with (a `,` at the top level) in place and starts one empty
  /// document after another there.
  std::optional<Offset> stuck;

  void OnDocumentStart(const YAML::Mark& mark) override {
    const Offset at = offset_of(mark, source_);
    if (documents > 0 && at == last_document_start_) stuck = at;
    last_document_start_ = at;
    if (++documents == 2) second_document = at;
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (!building()) return;
    Offset at = offset_of(mark, source_);
    // An empty node has no token of its own, and yaml-cpp then marks the next
    // token, on a later line: place it just after the `-`, `:` or `?` that
    // introduced it, back over blanks, line breaks and comments. (`~` and
    // `null` are tokens, marked where they are.)
    Offset back = at;
    bool crossed_line = false;
    while (back > 0) {
      const char c = source_[back - 1];
      if (is_blank(c)) {
        --back;
        continue;
      }
      if (!is_break(c)) break;
      crossed_line = true;
      --back;
      Offset line_start = back;
      while (line_start > 0 && !is_break(source_[line_start - 1]))
        --line_start;
      for (Offset i = line_start; i < back; ++i) {
        if (source_[i] == '#' && (i == line_start || is_blank(source_[i - 1]))) {
          back = i;
          break;
        }
      }
    }
    if (crossed_line && back > 0 &&
        std::string_view("-:?").find(source_[back - 1]) != std::string_view::npos) {
      at = back;
    }
    Node node;
    node.kind = NodeKind::null;
    node.span = {at, at};
    add_leaf(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (!building()) return;
    const Offset at = offset_of(mark, source_);
    Offset end = at + 1;
    while (end < source_.size() && !is_blank(source_[end]) && !is_break(source_[end]) &&
           std::string_view(",[]{}").find(source_[end]) == std::string_view::npos) {
      ++end;
    }
    const Span span{at, end};
    if (anchor >= anchors_.size() || anchors_[anchor].node == kNoNode) {
      fail(span, "this alias names no anchor");
      return;
    }
    AnchorInfo& target = anchors_[anchor];
    if (target.open) {
      fail(span, fmt::format("the anchor `{}` contains itself through this alias", target.name));
      return;
    }
    expansion_ = saturating_add(expansion_, target.size);
    if (expansion_ > kMaxAliasExpansion) {
      fail(span, fmt::format("aliases expand this document past {} nodes; this alias goes over "
                             "the limit",
                             kMaxAliasExpansion));
      return;
    }
    Node node;
    node.kind = NodeKind::alias;
    node.span = span;
    node.a = target.node;
    attach(push(node), target.size);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (!building()) return;
    const Offset begin = skip_properties(source_, offset_of(mark, source_));
    if (begin < source_.size() && is_quote(source_[begin]) && !closing_quote_end(source_, begin)) {
      // yaml-cpp takes a quote left open up to the end of the file as closed there.
      fail(kYamlSyntax, {begin, begin + 1},
           "this quoted text has no closing quote; add one where the text ends");
      return;
    }
    Node node;
    node.kind = NodeKind::scalar;
    node.plain = tag == "?";
    node.span = {begin, scalar_token_end(source_, begin, value)};
    const auto size = static_cast<std::uint32_t>(value.size());
    const bool quoted = begin < source_.size() && (source_[begin] == '"' || source_[begin] == '\'');
    const Offset text_at = quoted ? begin + 1 : begin;
    if (source_.compare(text_at, value.size(), value) == 0 &&
        (!quoted ||
         (text_at + size < source_.size() && source_[text_at + size] == source_[begin]))) {
      node.text_in_source = true;
      node.a = text_at;
    } else {
      node.a = static_cast<std::uint32_t>(tree_.arena_.size());
      tree_.arena_ += value;
    }
    node.b = size;
    // `!x` is the writer's own tag (yaml-cpp spells `!!str` out in full, and
    // gives `!` for quoted text): in a plan it is text that lost its start.
    node.local_tag = tag.size() > 1 && tag[0] == '!' && tag[1] != '!';
    if (node.local_tag) node.span.begin = offset_of(mark, source_);
    add_leaf(node, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(NodeKind::mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

  /// The innermost collection still open: where nesting went too deep.
  std::optional<Span> innermost_open() const {
    if (stack_.empty()) return std::nullopt;
    return tree_.nodes_[stack_.back().node].span;
  }

  /// Where the innermost collection still open began, when it is a flow
  /// collection (`[` or `{`): the bracket an unclosed flow forgot to close.
  std::optional<Offset> open_flow() const {
    if (stack_.empty()) return std::nullopt;
    const Offset at = tree_.nodes_[stack_.back().node].span.begin;
    if (at >= source_.size() || (source_[at] != '[' && source_[at] != '{')) return std::nullopt;
    return at;
  }

 private:
  struct Open {
    std::uint32_t node;
    std::uint32_t last_child = kNoNode;
    std::uint64_t size = 1;  // nodes in the subtree with aliases expanded
    YAML::anchor_t anchor = 0;
  };
  struct AnchorInfo {
    std::uint32_t node = kNoNode;
    std::uint64_t size = 0;
    bool open = false;
    std::string name;
  };

  bool building() const { return documents == 1 && !error; }

  void fail(Span span, std::string message) { fail(kInvalidDocument, span, std::move(message)); }
  void fail(const Rule& rule, Span span, std::string message) {
    error = Finding{&rule, Severity::error, span, std::move(message), {}};
  }

  std::uint32_t push(const Node& node) {
    tree_.nodes_.push_back(node);
    return static_cast<std::uint32_t>(tree_.nodes_.size() - 1);
  }

  /// Links a finished node into its parent (or makes it the root).
  void attach(std::uint32_t index, std::uint64_t size) {
    if (stack_.empty()) {
      tree_.root_ = index;
      return;
    }
    Open& parent = stack_.back();
    Node& parent_node = tree_.nodes_[parent.node];
    if (parent.last_child == kNoNode) {
      parent_node.a = index;
    } else {
      tree_.nodes_[parent.last_child].next = index;
    }
    parent.last_child = index;
    ++parent_node.b;
    parent.size = saturating_add(parent.size, size);
  }

  void register_anchor(YAML::anchor_t anchor, std::uint32_t node, bool open) {
    if (anchor == 0) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
    anchors_[anchor] = AnchorInfo{node, 1, open, std::move(anchor_name_)};
    anchor_name_.clear();
  }

  void add_leaf(const Node& node, YAML::anchor_t anchor) {
    const std::uint32_t index = push(node);
    register_anchor(anchor, index, false);
    attach(index, 1);
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (!building()) return;
    const Offset at = skip_properties(source_, offset_of(mark, source_));
    Node node;
    node.kind = kind;
    node.span = {at, std::min<Offset>(at + 1, static_cast<Offset>(source_.size()))};
    node.a = kNoNode;  // no child yet: an empty collection stays so
    const std::uint32_t index = push(node);
    register_anchor(anchor, index, true);
    stack_.push_back(Open{index, kNoNode, 1, anchor});
  }

  void close() {
    if (!building() || stack_.empty()) return;
    const Open done = stack_.back();
    stack_.pop_back();
    if (done.anchor != 0 && done.anchor < anchors_.size()) {
      anchors_[done.anchor].open = false;
      anchors_[done.anchor].size = done.size;
    }
    attach(done.node, done.size);
  }

  YamlTree& tree_;
  std::string_view source_;
  std::vector<Open> stack_;
  std::vector<AnchorInfo> anchors_;
  std::string anchor_name_;
  std::uint64_t expansion_ = 0;
  Offset last_document_start_ = 0;
};

ParsedYaml parse_yaml(std::string_view source) {
  ParsedYaml result{YamlTree(source), std::nullopt};
  const auto document_error = [&](Span span, std::string message) {
    result.error = Finding{&kInvalidDocument, Severity::error, span, std::move(message), {}};
    return std::move(result);
  };
  if (source.size() >= 2 && ((source[0] == '\xFE' && source[1] == '\xFF') ||
                             (source[0] == '\xFF' && source[1] == '\xFE'))) {
    return document_error({0, 0}, "the file is UTF-16 encoded; save it as UTF-8");
  }
  // UTF-16 without a byte order mark: text in it has a NUL beside nearly
  // every character, and a plan starts with a letter, a `#` or a `-`.
  if (source.size() >= 2 && (source[0] == '\0') != (source[1] == '\0')) {
    return document_error({0, 0},
                          "the file looks UTF-16 encoded (a NUL byte beside every letter); "
                          "save it as UTF-8");
  }
  // Lines that end with a carriage return alone (old Mac OS): the parser
  // would read the whole file as one line.
  if (const auto cr = source.find('\r');
      cr != std::string_view::npos && source.find('\n') == std::string_view::npos) {
    const auto at = static_cast<Offset>(cr);
    return document_error({at, at + 1},
                          "the file's lines end with a carriage return alone (old Mac OS line "
                          "endings); save it with LF or CRLF line endings");
  }
  if (const auto bad = first_invalid_utf8(source)) {
    return document_error({*bad, *bad + 1}, "the file is not valid UTF-8 text; save it as UTF-8");
  }
  if (source.find('\0') != std::string_view::npos) {
    const auto at = static_cast<Offset>(source.find('\0'));
    return document_error({at, at + 1}, "the file holds a NUL character; a plan is text");
  }

  ViewStreamBuf buffer(source);
  std::istream in(&buffer);
  TreeBuilder builder(result.tree);
  try {
    YAML::Parser parser(in);
    while (!builder.stuck && parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::DeepRecursion& e) {
    // The parser's mark can lie far ahead (a flow collection is scanned to its
    // end first); the innermost collection built so far is where it went too deep.
    const Offset at = offset_of(e.mark, source);
    const Span span = builder.innermost_open().value_or(
        Span{at, std::min<Offset>(at + 1, static_cast<Offset>(source.size()))});
    result.error = Finding{&kYamlSyntax,
                           Severity::error,
                           span,
                           "collections nest too deeply for a plan; a plan needs only a few "
                           "levels",
                           {}};
    return result;
  } catch (const YAML::Exception& e) {
    // yaml-cpp's words are a parser's, and its mark is where it noticed: say
    // what is wrong in plain words, at the line that is wrong.
    YamlDiagnosis d =
        diagnose_yaml_error(source, e.msg, offset_of(e.mark, source), builder.open_flow());
    result.error = Finding{&kYamlSyntax, Severity::error, d.span, std::move(d.message), {}};
    return result;
  }
  if (builder.stuck) {
    YamlDiagnosis d = diagnose_stuck_parser(source, *builder.stuck);
    result.error = Finding{&kYamlSyntax, Severity::error, d.span, std::move(d.message), {}};
    return result;
  }
  if (builder.error) {
    result.error = std::move(builder.error);
    return result;
  }
  if (builder.documents > 1) {
    const Offset at = builder.second_document;
    return document_error({at, std::min<Offset>(at + 3, static_cast<Offset>(source.size()))},
                          "the file holds more than one YAML document; a plan is one document");
  }
  const YamlTree& tree = result.tree;
  if (tree.root() == kNoNode || tree[tree.root()].kind == NodeKind::null) {
    return document_error({0, 0},
                          "the file is empty; a plan is a mapping with name, strategy, "
                          "process, roles and tactical_plan");
  }
  const Node& root = tree[tree.root()];
  if (root.kind != NodeKind::mapping) {
    const char* what = root.kind == NodeKind::sequence ? "a list" : "a single value";
    return document_error(
        root.span, fmt::format("the top of a plan must be a mapping of keys (name, strategy, "
                               "...), not {}",
                               what));
  }
  return result;
}

}  // namespace plan::load
