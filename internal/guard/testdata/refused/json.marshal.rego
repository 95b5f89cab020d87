# json.marshal: 2,000 references to one string of 1,000 characters.
package t

s := concat("", ["a" | some _ in numbers.range(1, 1000)])
x := json.marshal([s | some _ in numbers.range(1, 2000)])
