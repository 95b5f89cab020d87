# regex.template_match: a template of 1,000 characters on 1,000.
package t

t := concat("", ["a" | some _ in numbers.range(1, 1000)])
x := regex.template_match(t, t, "{", "}")
