# A pack that puts a helper in the namespace of another loaded pack (the
# Kenya pack's kenya_dpa), redefining one of its helpers.
package dria.rules.kenya_dpa.lib

deployed_in_kenya := false
