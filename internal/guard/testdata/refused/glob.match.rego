# glob.match: a glob of 1,000 characters on 2,000.
package t

p := concat("", ["*a" | some _ in numbers.range(1, 500)])
s := concat("", ["a" | some _ in numbers.range(1, 2000)])
x := glob.match(p, [], s)
