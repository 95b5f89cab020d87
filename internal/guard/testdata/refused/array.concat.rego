# array.concat: doubling an array until one call asks for 80,000 slots.
package t

a := [1 | some _ in numbers.range(1, 10000)]
b := array.concat(a, a)
c := array.concat(b, b)
x := array.concat(c, c)
