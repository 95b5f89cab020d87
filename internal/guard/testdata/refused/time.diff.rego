# time.diff: the host's own zone, second operand.
package t

x := time.diff(0, [0, "Local"])
