# regex.match: 40,000 characters against 303 instructions.
package t

k := concat("", ["ab" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 20)])
x := regex.match("(a|b|c|d|e){100}x", s)
