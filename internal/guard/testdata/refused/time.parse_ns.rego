# time.parse_ns: a zone abbreviation read as the host's zone.
package t

x := time.parse_ns("2006-01-02 15:04 MST", "2026-01-01 10:00 CET")
