# internal.template_string: a template that writes a 600 KB string twice.
package t

k := concat("", ["a" | some _ in numbers.range(1, 1000)])
s := concat("", [k | some _ in numbers.range(1, 600)])
x := $"{s}{s}"
