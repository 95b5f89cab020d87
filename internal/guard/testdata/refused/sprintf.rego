# sprintf: two verbs padded to a million characters.
package t

x := sprintf("%0999999d%0999999d", [1, 1])
