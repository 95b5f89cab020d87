# time.weekday: a named zone from the host's database.
package t

x := time.weekday([0, "America/New_York"])
