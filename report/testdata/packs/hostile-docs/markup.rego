# METADATA
# title: "Looks <img src=x onerror=alert(1)> harmless, see www.evil.example | col"
# description: >-
#   A third-party rule whose texts try to add live markup to `dria rules doc`:
#   raw HTML <img src=x onerror=alert(2)> and <script>alert(3)</script>,
#   a [link](javascript:alert(4)), an image ![i](https://evil.example/t.png),
#   bare links https://evil.example/login and www.evil.example, an e-mail
#   address phish@evil.example, an autolink <https://evil.example>, a table
#   pipe | and an entity &lt;b&gt;.
# custom:
#   id: HOSTILE-DOCS-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile-docs
#   references:
#     - {framework: HOSTILE, ref: "<a href=javascript:alert(5)>Art 1</a> https://evil.example/ref"}
#   remediation: >-
#     Write to security@evil.example or visit www.evil.example/fix, and
#     [click here](javascript:alert(6)).
package dria.rules.hostile_docs.markup

findings contains {"msg": "never", "paths": ["/spec/affected/people"]} if {
	input.spec.affected.people < 0
}
