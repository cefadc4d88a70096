#pragma once
// The rules the loader reports (load_rules.cpp); the loader's findings point
// at these entries, and the rule table lists them.

#include "plan/model/rule.hpp"

namespace plan::load {

extern const Rule kYamlSyntax;
extern const Rule kInvalidDocument;
extern const Rule kUnknownKey;
extern const Rule kMissingField;
extern const Rule kInvalidValue;
extern const Rule kInvalidDate;
extern const Rule kDuplicateKey;

}  // namespace plan::load
