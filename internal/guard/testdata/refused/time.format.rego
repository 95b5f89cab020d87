# time.format: the host's own zone.
package t

x := time.format([0, "Local", "15:04"])
