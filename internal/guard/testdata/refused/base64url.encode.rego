# base64url.encode: a megabyte grows by a third.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 1000)])
x := base64url.encode(s)
