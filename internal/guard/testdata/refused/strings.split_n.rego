# strings.split_n: a term for each of 20,000 characters.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := strings.split_n(s, "", -1)
