# json.patch: copying the document into itself sixty times.
package t

x := json.patch({"a": 1}, [{"op": "copy", "from": "", "path": "/x"} | some _ in numbers.range(1, 60)])
