# numbers.range: 100,000 new numbers.
package t

x := numbers.range(1, 100000)
