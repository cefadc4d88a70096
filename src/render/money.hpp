#pragma once
// The forms of amounts, probabilities and owners the pipeline renderers share.

#include <string>

#include "plan/figures/pipeline.hpp"

namespace plan::render {

/// "Ana Ruiz (Salesperson)", the assignee or role alone, or "unowned".
std::string owner_label(const DealFigures& deal);

/// An amount for people: grouped digits, with two decimals when `with_cents`
/// (123456789 cents -> "1,234,567.89", or "1,234,568" without cents).
std::string money(Cents cents, bool with_cents);

/// An amount for programs: "1234567.89", always two decimals.
std::string plain_money(Cents cents);

/// A probability as a percentage to at most two decimals: 0.125 -> "12.5%".
std::string probability_percent(double probability);

}  // namespace plan::render
