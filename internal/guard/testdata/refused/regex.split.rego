# regex.split: a piece for each of 20,000 matches.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := regex.split("a", s)
