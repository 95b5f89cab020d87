# product: a product of 40,002 digits.
package t

x := product([1e20000, 1e20000])
