# bits.lsh: a shift of 200,000 bits makes 60,207 digits.
package t

x := bits.lsh(1, 200000)
