# numbers.range_step: 500,000 new numbers.
package t

x := numbers.range_step(1, 1000000, 2)
