# units.parse: a text of 50,000 digits.
package t

k := concat("", ["1" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 50)])
x := units.parse(s)
