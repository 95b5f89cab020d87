# upper: a string of a megabyte may grow by half.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 1000)])
x := upper(s)
