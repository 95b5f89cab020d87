# time.clock: the host's own zone.
package t

x := time.clock([0, "Local"])
