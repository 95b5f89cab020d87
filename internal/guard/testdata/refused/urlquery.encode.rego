# urlquery.encode: a megabyte may triple.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 1000)])
x := urlquery.encode(s)
