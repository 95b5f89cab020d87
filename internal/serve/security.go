package serve

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
)

// pageCSP is the Content-Security-Policy of the workbench's own pages:
// nothing but its own style sheet and script, no inline script, forms
// posting only to itself, framed by nobody.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// reportCSP is that of a report shown in the page: the report's own policy
// (report/html.go), framed only by the workbench.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

// tokenCookie keeps the access token once the address with it was opened.
const tokenCookie = "dria_token"

// guard is the security middleware: Host check, access token, same-origin
// check and CSRF token for changes, body size limit and headers.
type guard struct {
	hosts    map[string]bool
	token    string
	csrf     string
	maxBody  int64
	next     http.Handler
	sameSite *http.CrossOriginProtection
}

// allowedHosts are the Host headers that name this server: the address it
// is bound to and, on loopback, localhost; bound to every address, every
// address of the machine and its name. Any other name could be a DNS
// rebinding attack.
func allowedHosts(addr string) (map[string]bool, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("serve: address %q: %w", addr, err)
	}
	hosts := map[string]bool{net.JoinHostPort(host, port): true}
	ip := net.ParseIP(host)
	if host == "localhost" || ip != nil && ip.IsLoopback() {
		for _, h := range []string{"localhost", "127.0.0.1", "::1"} {
			hosts[net.JoinHostPort(h, port)] = true
		}
	}
	if ip != nil && ip.IsUnspecified() {
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					hosts[net.JoinHostPort(n.IP.String(), port)] = true
				}
			}
		}
		if name, err := os.Hostname(); err == nil {
			hosts[net.JoinHostPort(name, port)] = true
		}
	}
	return hosts, nil
}

// IsLoopback says whether an address (host:port) is bound to this machine
// only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return host == "localhost" || ip != nil && ip.IsLoopback()
}

// refuse writes a plain-text refusal.
func refuse(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintln(w, msg)
}

// ServeHTTP applies the checks in order, then the handler.
func (g *guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	if !g.hosts[strings.ToLower(r.Host)] {
		refuse(w, http.StatusMisdirectedRequest, fmt.Sprintf("This workbench does not answer to the host %q: open it at the address dria serve printed.", r.Host))
		return
	}
	if g.token != "" && !g.authorised(w, r) {
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
		refuse(w, http.StatusMethodNotAllowed, "The workbench takes only GET and POST requests.")
		return
	}
	if r.Method == http.MethodPost {
		if err := g.sameSite.Check(r); err != nil {
			refuse(w, http.StatusForbidden, "Refused: the form was sent from another site. Changes are accepted only from the workbench's own pages.")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, g.maxBody)
		if err := r.ParseForm(); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				refuse(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("Refused: the request is larger than the workbench accepts (%d bytes).", g.maxBody))
				return
			}
			refuse(w, http.StatusBadRequest, "Refused: the form could not be read.")
			return
		}
		if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("csrf")), []byte(g.csrf)) != 1 {
			refuse(w, http.StatusForbidden, "Refused: the form has no valid security token. Reload the page and send it again.")
			return
		}
	}
	g.next.ServeHTTP(w, r)
}

// authorised checks the access token of a server bound beyond loopback:
// in the address (?token=, then kept in a cookie), the cookie or an
// Authorization: Bearer header.
func (g *guard) authorised(w http.ResponseWriter, r *http.Request) bool {
	same := func(s string) bool { return s != "" && subtle.ConstantTimeCompare([]byte(s), []byte(g.token)) == 1 }
	if t := r.URL.Query().Get("token"); same(t) {
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: g.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		q := r.URL.Query()
		q.Del("token")
		u := *r.URL
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
		return false
	}
	if c, err := r.Cookie(tokenCookie); err == nil && same(c.Value) {
		return true
	}
	if b, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && same(b) {
		return true
	}
	refuse(w, http.StatusUnauthorized, "This workbench needs its access token: open the address with ?token= that dria serve printed when it started.")
	return false
}
