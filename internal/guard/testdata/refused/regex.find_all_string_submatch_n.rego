# regex.find_all_string_submatch_n: three terms for each of 20,000 matches.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := regex.find_all_string_submatch_n("(a)", s, -1)
