# A helper in a built-in family that redefines another rule's partial rule.
package dria.rules.decisions

solely_automated.effective_review if true
