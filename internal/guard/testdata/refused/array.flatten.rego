# array.flatten: ten references to one array of 10,000.
package t

a := [1 | some _ in numbers.range(1, 10000)]
x := array.flatten([a | some _ in numbers.range(1, 10)])
