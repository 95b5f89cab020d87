# object.union_n: merging three objects of 10,000 entries.
package t

o := {sprintf("%d", [i]): i | some i in numbers.range(1, 10000)}
x := object.union_n([o, o, o])
