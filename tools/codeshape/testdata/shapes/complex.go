package shapes

// Each if below adds 1 plus its nesting depth: 1 + 2 + 3 + 4 = 10 for a
// chain of four, so four chains are 40, at the limit.

// complexityForty is at the limit: not reported.
func complexityForty(a, b, c, d bool) int {
	n := 0
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	return n
}

// complexityFortyOne is one over the limit.
func complexityFortyOne(a, b, c, d bool) int {
	n := complexityForty(a, b, c, d)
	if d { // +1
		n++
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	for range 1 { // +1
		if a { // +2
			if b { // +3
				if c { // +4
					n++
				}
			}
		}
	}
	return n
}
