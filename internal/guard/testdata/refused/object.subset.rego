# object.subset: looking for 200 elements at each of 10,000 positions.
package t

sup := [i | some i in numbers.range(1, 10000)]
sub := [i | some i in numbers.range(1, 200)]
x := object.subset(sup, sub)
