# indexof_n: a number for each of 20,000 occurrences.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := indexof_n(s, "a")
