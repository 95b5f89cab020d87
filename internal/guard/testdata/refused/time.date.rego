# time.date: a named zone from the host's database.
package t

x := time.date([0, "Europe/Paris"])
