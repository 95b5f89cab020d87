# mul: a product of 40,001 digits.
package t

x := 1e20000 * 1e20000
