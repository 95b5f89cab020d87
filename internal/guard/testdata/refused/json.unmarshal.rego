# json.unmarshal: 10,000 empty arrays.
package t

x := json.unmarshal(concat("", ["[", concat(",", ["[]" | some _ in numbers.range(1, 10000)]), "]"]))
