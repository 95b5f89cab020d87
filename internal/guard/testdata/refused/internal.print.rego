# internal.print: one line that writes a string of 600 KB twice.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])

s := concat("", [k | some _ in numbers.range(1, 600)])

x if {
	print(s, s)
}
