# object.union: merging two objects of 10,000 entries.
package t

o := {sprintf("%d", [i]): i | some i in numbers.range(1, 10000)}
p := {sprintf("%d", [i]): (i + 1) | some i in numbers.range(1, 10000)}
x := object.union(o, p)
