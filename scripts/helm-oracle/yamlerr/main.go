// Prints, for each YAML document in the JSON array on stdin, the error sigs.k8s.io/yaml gives
// when unmarshalling it into map[string]interface{} (as Helm reads values and manifests), or "".
// Used only by ../generate.sh.
package main

import (
	"encoding/json"
	"os"

	"sigs.k8s.io/yaml"
)

func main() {
	var docs []string
	if err := json.NewDecoder(os.Stdin).Decode(&docs); err != nil {
		os.Exit(2)
	}
	out := make([]map[string]string, 0, len(docs))
	for _, d := range docs {
		m := map[string]interface{}{}
		e := ""
		if err := yaml.Unmarshal([]byte(d), &m); err != nil {
			e = err.Error()
		}
		out = append(out, map[string]string{"doc": d, "error": e})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	_ = enc.Encode(out)
}
