# regex.replace: a hundred copies of one long match.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := regex.replace(s, "(a*)", concat("", ["$1" | some _ in numbers.range(1, 100)]))
