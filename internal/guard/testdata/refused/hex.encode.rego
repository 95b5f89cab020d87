# hex.encode: a megabyte doubles.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 1000)])
x := hex.encode(s)
