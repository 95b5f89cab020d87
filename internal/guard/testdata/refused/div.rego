# div: dividing by a tiny number makes a huge one.
package t

x := 1e20000 / 1e-20000
