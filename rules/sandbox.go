package rules

import (
	"fmt"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/internal/guard"
	"github.com/dria-project/dria/schema"
)

// The sandbox is an allowlist: every builtin of the OPA version dria is
// built with has a decision below, made by reading its implementation, and
// a rule may call only the builtins allowed or guarded. A builtin that a
// new OPA version adds is refused until someone reviews it (the golden
// test in sandbox_allowlist_test.go fails until then).
//
//   - allowed: deterministic, and its result is no larger than its
//     operands (or a small constant), computed in time about linear in
//     them;
//   - guarded: allowed, but a single call can build far more than its
//     operands, take far longer than linear time or read the host's time
//     zone, so internal/guard bounds every call by the evaluation's memory
//     limit and deadline (the reasoning is at each estimator there);
//   - refused: it reaches the network, the environment, the wall clock or
//     randomness, or a single call can run for exponential time or build an
//     unbounded value that guard cannot estimate, and rules have no need of
//     it. A rule that calls it does not load; the load error gives the
//     reason.
type verdict int

const (
	allowed verdict = iota + 1
	guarded
	refused
)

func (v verdict) String() string {
	switch v {
	case allowed:
		return "allowed"
	case guarded:
		return "guarded"
	}
	return "refused"
}

type decision struct {
	verdict verdict
	// reason says why a builtin is refused, in words for the rule's
	// author; for the others, what the review found.
	reason string
}

// Reasons shared by several builtins.
const (
	linear        = "linear in its operands; its result is no larger than them"
	compares      = "compares or tests values; time about linear in them"
	digestNote    = "a fixed-size digest or check, linear in its operands"
	verifies      = "checks a signature: deterministic, linear in the token and keys"
	clockReason   = "it reads the clock; use data.dria.lib.today, the assessment date the host sets"
	randomReason  = "it returns random values, so the same description would give different findings"
	x509Clock     = "it checks certificates against the wall clock, so the same input gives other results once a certificate expires"
	certReason    = "certificates have no place in a system description, and parsing them was not reviewed for bounded cost"
	keyReason     = "private keys have no place in a rule, and checking a key takes time that grows steeply with its size"
	signReason    = "it signs with a random nonce for ECDSA and RSA-PSS keys, so its result differs on every run"
	schemaReason  = "a schema's $ref can read a local file (file://) or fetch a URL"
	graphqlReason = "GraphQL is not part of a system description, and parsing and validating it was not reviewed for bounded cost"
	deprecated    = "OPA deprecated it, and Rego v1 rules cannot call it"
	yamlParse     = "it builds a YAML node tree many times the size of the text in one call, which the memory limit cannot stop; descriptions reach rules already parsed, as input"
)

var decisions = map[string]decision{
	// Comparison, logic and types.
	"eq": allow(compares), "equal": allow(compares), "neq": allow(compares),
	"lt": allow(compares), "lte": allow(compares), "gt": allow(compares), "gte": allow(compares),
	"assign": allow("binds a variable"), "internal.member_2": allow(compares), "internal.member_3": allow(compares),
	"is_array": allow(compares), "is_boolean": allow(compares), "is_null": allow(compares), "is_number": allow(compares),
	"is_object": allow(compares), "is_set": allow(compares), "is_string": allow(compares), "type_name": allow(compares),
	"count": allow(compares), "max": allow(compares), "min": allow(compares),
	"sort": allow("n log n comparisons; the result has the operand's elements"),
	"walk": allow("yields one path and value at a time; OPA checks the deadline between them"),

	// Collections.
	"and": allow(linear), "or": allow("the union of two sets: no more than both"), "intersection": allow(linear),
	"union":         allow("no more elements than the sets it joins hold"),
	"array.reverse": allow(linear), "array.slice": allow(linear),
	"object.filter": allow(linear), "object.get": allow(linear), "object.keys": allow(linear), "object.remove": allow(linear),
	"json.filter": allow(linear), "json.remove": allow(linear), "json.is_valid": allow("scans the text without building a value"),

	// Strings.
	"contains": allow(compares), "startswith": allow(compares), "endswith": allow(compares), "indexof": allow(compares),
	"strings.count": allow(compares), "strings.any_prefix_match": allow(compares), "strings.any_suffix_match": allow(compares),
	"substring": allow(linear), "strings.reverse": allow(linear), "trim": allow(linear), "trim_left": allow(linear),
	"trim_prefix": allow(linear), "trim_right": allow(linear), "trim_suffix": allow(linear), "trim_space": allow(linear),
	"base64.decode": allow(linear), "base64url.decode": allow(linear), "base64.is_valid": allow(compares),
	"hex.decode": allow(linear), "urlquery.decode": allow(linear), "uuid.parse": allow("a fixed-size result"),
	"uri.parse": allow(linear), "uri.is_valid": allow(compares), "semver.compare": allow(compares), "semver.is_valid": allow(compares),
	"regex.is_valid":         allow("compiles a pattern; Go bounds a pattern's size"),
	"time.parse_rfc3339_ns":  allow("reads numeric offsets only, the same on every machine"),
	"time.parse_duration_ns": allow(linear),
	"time.add_date":          allow("takes nanoseconds only, in UTC"),

	// Digests, signatures, networks as values.
	"crypto.md5": allow(digestNote), "crypto.sha1": allow(digestNote), "crypto.sha256": allow(digestNote),
	"crypto.hmac.md5": allow(digestNote), "crypto.hmac.sha1": allow(digestNote), "crypto.hmac.sha256": allow(digestNote),
	"crypto.hmac.sha512": allow(digestNote), "crypto.hmac.equal": allow(digestNote),
	"io.jwt.decode":       allow(linear),
	"io.jwt.verify_eddsa": allow(verifies), "io.jwt.verify_es256": allow(verifies), "io.jwt.verify_es384": allow(verifies),
	"io.jwt.verify_es512": allow(verifies), "io.jwt.verify_hs256": allow(verifies), "io.jwt.verify_hs384": allow(verifies),
	"io.jwt.verify_hs512": allow(verifies), "io.jwt.verify_ps256": allow(verifies), "io.jwt.verify_ps384": allow(verifies),
	"io.jwt.verify_ps512": allow(verifies), "io.jwt.verify_rs256": allow(verifies), "io.jwt.verify_rs384": allow(verifies),
	"io.jwt.verify_rs512": allow(verifies),
	"net.cidr_contains":   allow(compares), "net.cidr_intersects": allow(compares), "net.cidr_is_valid": allow(compares),
	"net.cidr_merge": allow("sorts and merges the networks it is given"),

	// Rego itself.
	"print": allow("prints only in rule tests; guarded there as internal.print"), "trace": allow("emits an event; no result"),
	"internal.test_case":  allow("marks a test case for tracers; no result"),
	"rego.metadata.chain": allow("reads the rule's own annotations"), "rego.metadata.rule": allow("reads the rule's own annotations"),

	// Refused: outside the input.
	"http.send":              refuse("it reaches the network; rules see only the description"),
	"net.lookup_ip_addr":     refuse("it asks the network's name service (DNS); rules see only the description"),
	"opa.runtime":            refuse("it reads the process's environment and configuration"),
	"providers.aws.sign_req": refuse("it signs requests to AWS, which rules cannot reach without the network"),
	"rand.intn":              refuse(randomReason),
	"uuid.rfc4122":           refuse(randomReason),
	"time.now_ns":            refuse(clockReason),
	"io.jwt.decode_verify":   refuse("it checks the token's expiry against the clock; use data.dria.lib.today"),
	"io.jwt.encode_sign":     refuse(signReason),
	"io.jwt.encode_sign_raw": refuse(signReason),
	"json.match_schema":      refuse(schemaReason),
	"json.verify_schema":     refuse(schemaReason),
	"crypto.x509.parse_and_verify_certificates":              refuse(x509Clock),
	"crypto.x509.parse_and_verify_certificates_with_options": refuse(x509Clock),
	"crypto.x509.parse_certificates":                         refuse(certReason),
	"crypto.x509.parse_certificate_request":                  refuse(certReason),
	"crypto.x509.parse_keypair":                              refuse(keyReason),
	"crypto.x509.parse_rsa_private_key":                      refuse(keyReason),
	"crypto.parse_private_keys":                              refuse(keyReason),

	// Refused: deprecated; the Rego v1 compiler rejects a call anyway.
	"all": refuse(deprecated + "; use every"), "any": refuse(deprecated + "; use some … in"),
	"set_diff": refuse(deprecated + "; use s1 - s2"), "re_match": refuse(deprecated + "; use regex.match"),
	"net.cidr_overlap": refuse(deprecated + "; use net.cidr_contains"),
	"cast_array":       refuse(deprecated), "cast_set": refuse(deprecated), "cast_boolean": refuse(deprecated),
	"cast_null": refuse(deprecated), "cast_object": refuse(deprecated), "cast_string": refuse(deprecated),

	// Refused: one call can run or grow without bound.
	"graph.reachable":           refuse("it queues a node once for every edge that reaches it, so its time can grow with the cube of the graph, and it does not stop at the deadline"),
	"graph.reachable_paths":     refuse("it lists every path through a graph, exponentially many, and does not stop at the deadline"),
	"regex.globs_match":         refuse("intersecting two patterns can take time exponential in their length, and it does not stop at the deadline"),
	"strings.render_template":   refuse("a Go template can nest loops, so the text it writes can grow exponentially with the template, and it does not stop at the deadline"),
	"net.cidr_expand":           refuse("it lists every address of a network, up to 2^128 of them"),
	"net.cidr_contains_matches": refuse("its result can hold an entry for every pair of its operands' elements, the product of their sizes"),
	"rego.parse_module":         refuse("parsing Rego is not needed to judge a description, and its result is many times the size of the text"),
	"yaml.unmarshal":            refuse(yamlParse),
	"yaml.is_valid":             refuse(yamlParse),
	"yaml.marshal":              refuse("it writes a value with each shared part repeated and an indent per level, in one call the memory limit cannot stop"),
	"graphql.is_valid":          refuse(graphqlReason),
	"graphql.parse":             refuse(graphqlReason),
	"graphql.parse_and_verify":  refuse(graphqlReason),
	"graphql.parse_query":       refuse(graphqlReason),
	"graphql.parse_schema":      refuse(graphqlReason),
	"graphql.schema_is_valid":   refuse(graphqlReason),
}

func allow(note string) decision    { return decision{verdict: allowed, reason: note} }
func refuse(reason string) decision { return decision{verdict: refused, reason: reason} }

func init() {
	// The guarded builtins are the ones internal/guard wraps.
	for _, name := range guard.Guarded() {
		decisions[name] = decision{verdict: guarded, reason: "each call bounded by the memory limit and the deadline (internal/guard)"}
	}
}

// decisionFor returns the decision on a builtin; a builtin without one is
// refused until reviewed.
func decisionFor(name string) decision {
	if d, ok := decisions[name]; ok {
		return d
	}
	return refuse("it is new in this version of OPA and dria has not reviewed it for the sandbox yet")
}

// clockBuiltin is kept in the engine's capabilities: the trusted library
// reads the assessment date from the evaluation clock, which the host sets.
const clockBuiltin = "time.now_ns"

var (
	sandboxOnce  sync.Once
	refusedSet   map[string]bool
	capabilities *ast.Capabilities
)

// sandbox returns the builtins rules may not call and the capabilities
// the policy is compiled with: every allowed and guarded builtin, and the
// clock for the trusted library.
func sandbox() (map[string]bool, *ast.Capabilities) {
	sandboxOnce.Do(func() {
		caps := ast.CapabilitiesForThisVersion()
		refusedSet = map[string]bool{}
		var kept []*ast.Builtin
		for _, b := range caps.Builtins {
			if decisionFor(b.Name).verdict == refused {
				refusedSet[b.Name] = true
				if b.Name != clockBuiltin {
					continue
				}
			}
			kept = append(kept, b)
		}
		caps.Builtins = kept
		caps.AllowNet = []string{}
		capabilities = caps
	})
	return refusedSet, capabilities
}

// checkSandbox reports every call in a rule module to a refused builtin,
// with the reason.
func checkSandbox(m *ast.Module) []schema.Problem {
	var out []schema.Problem
	report := func(op ast.Ref, loc *ast.Location) {
		name := op.String()
		if _, isBuiltin := ast.BuiltinMap[name]; !isBuiltin {
			return
		}
		d := decisionFor(name)
		if d.verdict != refused {
			return
		}
		p := schema.Problem{Message: fmt.Sprintf("calls %s, which dria refuses: %s", name, d.reason)}
		if loc != nil {
			p.File, p.Line, p.Column = loc.File, loc.Row, loc.Col
		}
		out = append(out, p)
	}
	// Every mention of a builtin is a term holding its name as a ref: the
	// operator of a call, a call nested in a term, or the value of a with
	// statement that swaps one function for another. The target of a with
	// (`with time.now_ns as 0` in a test) replaces the builtin with a
	// value and calls nothing, so it is allowed.
	mocked := map[*ast.Term]bool{}
	ast.WalkWiths(m, func(w *ast.With) bool {
		mocked[w.Target] = true
		return false
	})
	ast.WalkTerms(m, func(t *ast.Term) bool {
		if ref, ok := t.Value.(ast.Ref); ok && !mocked[t] {
			report(ref, t.Location)
		}
		return false
	})
	return out
}
