// Reference renderer for kubedojo's Helm tests: Go text/template + Sprig + sigs.k8s.io/yaml,
// glued together the way Helm's engine behaves (missingkey=zero, "<no value>" stripping,
// include/tpl/required/fail/toYaml, error clean-up). Written for this project; it is run only
// by generate.sh to produce checked-in expected outputs, never by the test suite.
//
// Input (stdin, JSON): {"cases":[{"name","chart","files":{path:content},"values":yamlText,"release":{...}}]}
// Output (stdout, JSON): [{"name","rendered":{path:content},"error":string}]
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	yamlv3 "gopkg.in/yaml.v3"
	"sigs.k8s.io/yaml"
)

type caseIn struct {
	Name    string            `json:"name"`
	Chart   string            `json:"chart"`
	Files   map[string]string `json:"files"`
	Values  string            `json:"values"`
	Release map[string]interface{} `json:"release"`
}

type caseOut struct {
	Name     string            `json:"name"`
	Rendered map[string]string `json:"rendered,omitempty"`
	Error    string            `json:"error,omitempty"`
}

type chartMeta struct {
	Name       string
	Version    string
	AppVersion string
	Description string
	Type       string
	APIVersion string
}

const errStart = "HELM_ERR_START"
const errEnd = "HELM_ERR_END"

var errRe = regexp.MustCompile(errStart + `(.*)` + errEnd)

func toYAML(v interface{}) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(b), "\n")
}

func toJSON(v interface{}) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

func fromYAML(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func fromJSON(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func render(c caseIn) caseOut {
	out := caseOut{Name: c.Name}
	chartName := c.Chart
	if chartName == "" {
		chartName = "mychart"
	}
	meta := chartMeta{Name: chartName, Version: "0.1.0", AppVersion: "1.16.0", APIVersion: "v2", Type: "application", Description: "A Helm chart for Kubernetes"}
	if cy, ok := c.Files["Chart.yaml"]; ok {
		if err := yaml.Unmarshal([]byte(cy), &meta); err != nil {
			out.Error = "Chart.yaml: " + err.Error()
			return out
		}
	}
	values := map[string]interface{}{}
	if vy, ok := c.Files["values.yaml"]; ok {
		if err := yaml.Unmarshal([]byte(vy), &values); err != nil {
			out.Error = "values.yaml: " + err.Error()
			return out
		}
	}
	if c.Values != "" {
		over := map[string]interface{}{}
		if err := yaml.Unmarshal([]byte(c.Values), &over); err != nil {
			out.Error = "values: " + err.Error()
			return out
		}
		values = mergeMaps(values, over)
	}
	release := map[string]interface{}{"Name": "myrel", "Namespace": "default", "IsUpgrade": false, "IsInstall": true, "Revision": 1, "Service": "Helm"}
	for k, v := range c.Release {
		release[k] = v
	}
	top := map[string]interface{}{
		"Values":  values,
		"Chart":   &meta,
		"Release": release,
		"Capabilities": map[string]interface{}{
			"KubeVersion": map[string]interface{}{"Version": "v1.33.0", "Major": "1", "Minor": "33", "GitVersion": "v1.33.0"},
		},
	}
	var names []string
	for p := range c.Files {
		if strings.HasPrefix(p, "templates/") {
			names = append(names, chartName+"/"+p)
		}
	}
	// deeper paths first, then reverse lexical (as Helm's sortTemplates does)
	sort.Slice(names, func(i, j int) bool {
		ci, cj := strings.Count(names[i], "/"), strings.Count(names[j], "/")
		if ci == cj {
			return names[i] > names[j]
		}
		return ci > cj
	})
	files := map[string]string{}
	for _, n := range names {
		files[n] = c.Files[strings.TrimPrefix(n, chartName+"/")]
	}
	var newSet func(first string, firstText string) (*template.Template, error)
	newSet = func(first string, firstText string) (*template.Template, error) {
		t := template.New("gotpl").Option("missingkey=zero")
		fm := sprig.TxtFuncMap()
		delete(fm, "env")
		delete(fm, "expandenv")
		fm["toYaml"] = toYAML
		fm["toYamlPretty"] = func(v interface{}) string {
			var b bytes.Buffer
			enc := yamlv3.NewEncoder(&b)
			enc.SetIndent(2)
			if err := enc.Encode(v); err != nil {
				return ""
			}
			return strings.TrimSuffix(b.String(), "\n")
		}
		fm["toJson"] = toJSON
		fm["fromYaml"] = fromYAML
		fm["fromJson"] = fromJSON
		fm["fromYamlArray"] = func(s string) []interface{} {
			a := []interface{}{}
			if err := yaml.Unmarshal([]byte(s), &a); err != nil {
				a = []interface{}{err.Error()}
			}
			return a
		}
		fm["fromJsonArray"] = func(s string) []interface{} {
			a := []interface{}{}
			if err := json.Unmarshal([]byte(s), &a); err != nil {
				a = []interface{}{err.Error()}
			}
			return a
		}
		fm["lookup"] = func(string, string, string, string) (map[string]interface{}, error) { return map[string]interface{}{}, nil }
		fm["fail"] = func(msg string) (string, error) { return "", errors.New(errStart + msg + errEnd) }
		fm["required"] = func(msg string, v interface{}) (interface{}, error) {
			if v == nil {
				return v, errors.New(errStart + msg + errEnd)
			}
			if s, ok := v.(string); ok && s == "" {
				return v, errors.New(errStart + msg + errEnd)
			}
			return v, nil
		}
		depth := map[string]int{}
		fm["include"] = includeFun(t, depth)
		fm["tpl"] = tplFun(t, depth)
		t.Funcs(fm)
		if first != "" {
			if _, err := t.New(first).Parse(firstText); err != nil {
				return nil, cleanParse(first, err)
			}
		}
		for _, n := range names {
			if t.Lookup(n) != nil {
				continue
			}
			if _, err := t.New(n).Parse(files[n]); err != nil {
				return nil, cleanParse(n, err)
			}
		}
		return t, nil
	}
	t, err := newSet("", "")
	if err != nil {
		out.Error = err.Error()
		return out
	}
	out.Rendered = map[string]string{}
	for _, n := range names {
		if strings.HasPrefix(path.Base(n), "_") {
			continue
		}
		top["Template"] = map[string]interface{}{"Name": n, "BasePath": chartName + "/templates"}
		var b strings.Builder
		if err := t.ExecuteTemplate(&b, n, top); err != nil {
			out.Rendered = nil
			out.Error = cleanExec(err).Error()
			return out
		}
		out.Rendered[n] = strings.ReplaceAll(b.String(), "<no value>", "")
	}
	return out
}

// includeFun and tplFun behave like Helm v3.21's engine: include keeps a per-name recursion
// count; tpl clones the template set, rebinds include/tpl to the clone, parses the text under
// the parent's name and executes it.
func includeFun(t *template.Template, depth map[string]int) func(string, interface{}) (string, error) {
	return func(name string, data interface{}) (string, error) {
		if v, ok := depth[name]; ok {
			if v > 1000 {
				return "", fmt.Errorf("rendering template has a nested reference name: %s: unable to execute template", name)
			}
			depth[name]++
		} else {
			depth[name] = 1
		}
		var b strings.Builder
		err := t.ExecuteTemplate(&b, name, data)
		depth[name]--
		return b.String(), err
	}
}

func tplFun(parent *template.Template, depth map[string]int) func(string, interface{}) (string, error) {
	return func(text string, vals interface{}) (string, error) {
		t, err := parent.Clone()
		if err != nil {
			return "", fmt.Errorf("cannot clone template: %s", err)
		}
		t.Option("missingkey=zero")
		t.Funcs(template.FuncMap{"include": includeFun(t, depth), "tpl": tplFun(t, depth)})
		t, err = t.New(parent.Name()).Parse(text)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %s", text, err)
		}
		var b strings.Builder
		if err := t.Execute(&b, vals); err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %s", text, err)
		}
		return strings.ReplaceAll(b.String(), "<no value>", ""), nil
	}
}

// mergeMaps merges b over a (maps recursively, anything else replaced), like helm's -f merging.
func mergeMaps(a, b map[string]interface{}) map[string]interface{} {
	out := map[string]interface{}{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if bm, ok := v.(map[string]interface{}); ok {
			if am, ok := out[k].(map[string]interface{}); ok {
				out[k] = mergeMaps(am, bm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

func cleanParse(name string, err error) error {
	tokens := strings.Split(err.Error(), ": ")
	if len(tokens) == 1 {
		return fmt.Errorf("parse error in (%s): %s", name, err)
	}
	return fmt.Errorf("parse error at (%s): %s", tokens[1], tokens[len(tokens)-1])
}

func cleanExec(err error) error {
	var ee template.ExecError
	if !errors.As(err, &ee) {
		return err
	}
	tokens := strings.SplitN(err.Error(), ": ", 3)
	if len(tokens) != 3 {
		return err
	}
	if parts := errRe.FindStringSubmatch(tokens[2]); len(parts) >= 2 {
		return fmt.Errorf("execution error at (%s): %s", tokens[1], parts[1])
	}
	return err
}

func main() {
	var in struct {
		Cases []caseIn `json:"cases"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var outs []caseOut
	for _, c := range in.Cases {
		outs = append(outs, render(c))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(outs)
}
