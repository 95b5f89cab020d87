# json.marshal_with_options: an indent of 1,000 characters on 3,000 lines.
package t

indent := concat("", [" " | some _ in numbers.range(1, 1000)])
x := json.marshal_with_options([[i] | some i in numbers.range(1, 1000)], {"indent": indent})
