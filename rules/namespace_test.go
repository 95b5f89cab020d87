package rules

// anyNamespace ends the message for a module of a pack that has no
// namespace it may use.
const anyNamespace = "a pack's packages (rules, helpers and tests) must be under a namespace of its own, dria.rules.<namespace>, that no built-in family or other pack uses"
