# urlquery.decode_object: 10,000 parameters.
package t

x := urlquery.decode_object(concat("&", ["a=b" | some _ in numbers.range(1, 10000)]))
