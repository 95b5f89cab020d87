# concat: 2,000 copies of a 1,000-character string.
package t

s := concat("", ["a" | some _ in numbers.range(1, 1000)])
x := concat("", [s | some _ in numbers.range(1, 2000)])
