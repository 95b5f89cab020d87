# glob.quote_meta: a megabyte may double.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 1000)])
x := glob.quote_meta(s)
