# replace: every character replaced by the whole string.
package t

s := concat("", ["a" | some _ in numbers.range(1, 2000)])
x := replace(s, "a", s)
