# urlquery.encode_object: a value of 400 KB may triple.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 400)])
x := urlquery.encode_object({"a": s})
