package serve

import (
	"embed"
	"html/template"
	"net/http"
	"path"
	"strings"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets/*
var assetFS embed.FS

// parseTemplates parses the embedded page templates.
func parseTemplates() (*template.Template, error) {
	return template.New("pages").Funcs(template.FuncMap{
		"add":         func(a, b int) int { return a + b },
		"hasPrefix":   strings.HasPrefix,
		"describedBy": describedBy,
	}).ParseFS(templateFS, "templates/*.html")
}

// describedBy is the aria-describedby of a question: its hint and its
// error, when it has them.
func describedBy(q *question) string {
	var ids []string
	if q.Hint != "" {
		ids = append(ids, q.ID+"-hint")
	}
	if q.Error != "" {
		ids = append(ids, q.ID+"-error")
	}
	return strings.Join(ids, " ")
}

// assetTypes are the media types of the embedded assets.
var assetTypes = map[string]string{".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}

// serveAsset sends an embedded style sheet or script.
func serveAsset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	data, err := assetFS.ReadFile("assets/" + name)
	ct, ok := assetTypes[path.Ext(name)]
	if err != nil || !ok {
		refuse(w, http.StatusNotFound, "There is no such file in the workbench.")
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(data)
}
