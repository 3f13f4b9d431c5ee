// Edge cases of Go templates + Sprig + Helm's engine, rendered by the Go oracle (main.go) into
// src/helm/testdata/edge-cases.json. Each case: a template `t` (templates/t.yaml), optional
// values YAML `v`, optional extra files. Run through generate.sh only.
const V = `replicaCount: 1
big: 1000000
small: 0.00001
half: 1.5
three: 3.0
str: abc
flag: false
yes: yes
octal: 0755
list: [a, b, c]
empty: []
emptyMap: {}
nested:
  a:
    b: deep
map:
  zeta: 1
  alpha: 2
  Beta: 3
nullish: ~
`;

export const cases = [
  ['trim-markers', 'a  \n  {{- 3 -}}  \n  b {{-3}} c{{- /* x */ -}}  d'],
  ['comment-multiline', 'x{{/* a\ncomment */}}y\n{{- /* trimmed */ -}}\nz'],
  ['range-map-byte-order', '{{ range $k, $v := .Values.map }}{{ $k }}={{ $v }} {{ end }}'],
  ['range-list-index', '{{ range $i, $e := .Values.list }}{{ $i }}:{{ $e }},{{ end }}'],
  ['range-else-empty', '{{ range .Values.empty }}x{{ else }}none{{ end }}|{{ range .Values.missing }}x{{ else }}nil{{ end }}'],
  ['range-int', '{{ range 3 }}{{ . }}{{ end }}'],
  ['range-break-continue', '{{ range .Values.list }}{{ if eq . "b" }}{{ continue }}{{ end }}{{ if eq . "c" }}{{ break }}{{ end }}{{ . }}{{ end }}'],
  ['float-printing', '{{ .Values.big }} {{ .Values.small }} {{ .Values.half }} {{ .Values.three }} {{ 1234567.0 }} {{ 2147483648.0 }} {{ 0.0001 }} {{ 999999.0 }}'],
  ['int-literals', '{{ 1000000 }} {{ 0x1F }} {{ 0o17 }} {{ 1_000 }} {{ -3 }} {{ \'a\' }}'],
  ['int-vs-float-eq-error', '{{ if eq .Values.replicaCount 1 }}one{{ end }}'],
  ['float-eq-float', '{{ eq .Values.replicaCount 1.0 }} {{ eq (int .Values.replicaCount) 1 }}'],
  ['eq-multi-and-nil', '{{ eq "b" "a" "b" }} {{ eq .Values.missing "x" }} {{ ne 1 2 }}'],
  ['lt-nil-error', '{{ lt .Values.missing 1 }}'],
  ['lt-gt-strings', '{{ lt "a" "b" }} {{ gt 2 1 }} {{ le 1.5 .Values.half }} {{ ge "b" "a" }}'],
  ['no-value-removed', 'a:{{ .Values.missing }}:b {{ .Values.nullish }}|{{ index .Values.map "nope" }}|'],
  ['nil-pointer', 'x: {{ .Values.missing.bar }}'],
  ['field-on-string', '{{ .Values.str.foo }}'],
  ['field-on-var-novalue', '{{ $x := .Values.missing }}[{{ $x.foo }}]'],
  ['and-or-short-circuit', '{{ if and .Values.a .Values.a.b }}y{{ else }}n{{ end }} {{ or .Values.missing "def" }} {{ and 1 0 2 }} {{ or 0 "" }}'],
  ['not-and-truthiness', '{{ not .Values.flag }} {{ not .Values.emptyMap }} {{ not .Values.list }} {{ if .Values.yes }}yes-is-true{{ end }} {{ .Values.octal }}'],
  ['variables-scope-assign', '{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ $y }}{{ end }}{{ $x }}'],
  ['undefined-variable', '{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}'],
  ['with-else', '{{ with .Values.missing }}has{{ else }}none{{ end }} {{ with .Values.nested.a }}{{ .b }}{{ end }}'],
  ['else-with', '{{ with .Values.missing }}a{{ else with .Values.str }}{{ . }}{{ end }}'],
  ['root-dollar-in-range', '{{ range .Values.list }}{{ . }}-{{ $.Values.str }} {{ end }}'],
  ['define-include-nindent', '{{- define "x.lbl" -}}\na: {{ .a }}\nb: 2\n{{- end }}\nlabels:\n  {{- include "x.lbl" (dict "a" "one") | nindent 2 }}'],
  ['template-action', '{{ define "t1" }}[{{ . }}]{{ end }}{{ template "t1" "arg" }}{{ template "t1" }}'],
  ['template-not-defined', 'hello {{ template "x" . }}'],
  ['include-missing', '{{ include "nope" . }}'],
  ['include-nested-error', '{{ include "x.boom" . }}', { 'templates/_x.tpl': '{{ define "x.boom" }}\n  {{ .Values.nope.deeper }}{{ end }}' }],
  ['tpl-basic', '{{ tpl "{{ .Values.str | upper }}-{{ include \\"h\\" . }}" . }}', { 'templates/_h.tpl': '{{ define "h" }}H{{ end }}' }],
  ['tpl-error', '{{ tpl "{{ .Values.nope.x }}" . }}'],
  ['required-missing', 'a: {{ required "value x is required" .Values.x }}'],
  ['required-present', 'a: {{ required "need" .Values.str }} {{ required "z" 0 }}'],
  ['fail', '{{ if true }}{{ fail "custom failure" }}{{ end }}'],
  ['required-percent', '{{ required "100% needed" .Values.x }}'],
  ['fail-percent', '{{ fail "100% failed" }}'],
  ['function-not-defined', '{{ nosuchfn 1 }}'],
  ['unclosed-action', 'a\n{{ if true }\nb'],
  ['unexpected-end', 'x{{ end }}'],
  ['missing-end', '{{ if true }}x'],
  ['printf-verbs', '{{ printf "%s|%d|%v|%q|%5.2f|%-6s|%x|%t|%%|%03d" "s" 7 .Values.list "q" 3.14159 "ab" 255 true 7 }}'],
  ['printf-bad-verbs', '{{ printf "%d %s %d" 1.5 1 }} {{ printf "%s" "a" "extra" }}'],
  ['print-println', '{{ print 1 2 "a" "b" 3 }}|{{ println "x" 1 }}|{{ print .Values.missing }}'],
  ['typed-arg-novalue', '{{ .Values.missing | upper }}'],
  ['typed-arg-iface-nil', '{{ upper .Values.missing }}'],
  ['wrong-arg-type', '{{ upper 1 }}'],
  ['wrong-arg-count', '{{ upper "a" "b" }}'],
  ['index-and-len', '{{ index .Values.list 1 }} {{ len .Values.list }} {{ len .Values.str }} {{ index .Values.nested "a" "b" }}'],
  ['index-out-of-range', '{{ index .Values.list 5 }}'],
  ['len-nil', '{{ len .Values.missing }}'],
  ['range-string-error', '{{ range .Values.str }}{{ end }}'],
  ['nil-command', '{{ nil }}'],
  ['toyaml-quoting', '{{ toYaml (list "true" "1" "yes" "on" "0755" "null" "2001-12-14" "n" "*x" "foo: bar" " lead" "#c" "plain" "1:20" "~" "") }}'],
  ['toyaml-values', '{{ toYaml .Values }}'],
  ['toyaml-block-scalars', '{{ toYaml (dict "lit" "a\\nb\\n" "strip" "a\\nb" "keep" "a\\n\\n" "trail" "x \\ny" "lead" "  x\\ny") }}'],
  ['toyaml-long-fold', 'k:\n  {{- toYaml (dict "long" "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr" "nospace" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") | nindent 2 }}'],
  ['toyaml-natural-sort', '{{ toYaml (dict "s10" 1 "s9" 2 "s1" 3 "a" 4 "B" 5 "b" 6 "a1b" 7 "a01" 8) }}'],
  ['toyaml-scalars', '{{ toYaml "hello" }}|{{ toYaml "" }}|{{ toYaml 1.5 }}|{{ toYaml .Values.big }}|{{ toYaml .Values.missing }}|{{ toYaml .Values.emptyMap }}|{{ toYaml true }}'],
  ['tojson', '{{ toJson .Values.nested }} {{ toJson (dict "h" "<a&b>" "n" 1.5 "i" 3 "l" (list 1 "x" nil)) }}'],
  ['fromyaml-fromjson', '{{ $m := fromYaml "a: 1\\nb: [x]" }}{{ $m.a }} {{ index $m.b 0 }} {{ (fromJson "{\\"k\\": 2}").k }} {{ hasKey (fromYaml "a: [") "Error" }} {{ (fromYaml "- a").Error }}'],
  ['sprig-strings', '{{ trunc 3 "abcdef" }} {{ trunc -2 "abcdef" }} {{ trimSuffix "-" "ab-" }} {{ trimPrefix "a" "abc" }} {{ trim "  x " }} {{ upper "a" }} {{ title "hello world" }} {{ replace "+" "_" "a+b+c" }} {{ contains "b" "abc" }} {{ hasPrefix "a" "abc" }} {{ repeat 3 "ab" }} {{ substr 1 3 "abcdef" }} {{ nospace "a b c" }}'],
  ['sprig-quote', '{{ quote "a\\"b" }} {{ quote 1 }} {{ quote true }} {{ quote .Values.missing }} {{ quote .Values.list }} {{ squote "x" 2 }} {{ quote "a" "b" }}'],
  ['sprig-indent', '{{ indent 2 "a\\nb\\n\\nc" }}|{{ nindent 4 "x" }}'],
  ['sprig-default-empty', '{{ .Values.flag | default true }} {{ 0 | default 3 }} {{ "" | default "d" }} {{ .Values.missing | default "d" }} {{ empty .Values.emptyMap }} {{ empty 0 }} {{ empty "x" }} {{ coalesce .Values.missing "" "c" }} {{ ternary "y" "n" true }}'],
  ['sprig-lists', '{{ list 1 "a" 2.5 }} {{ first .Values.list }} {{ last .Values.list }} {{ rest .Values.list }} {{ initial .Values.list }} {{ append .Values.list "d" }} {{ prepend .Values.list "z" }} {{ uniq (list 1 1 2) }} {{ without .Values.list "b" }} {{ has "a" .Values.list }} {{ concat .Values.list (list "x") }} {{ reverse .Values.list }} {{ join "," .Values.list }} {{ splitList "," "a,b" }} {{ sortAlpha (list "b" "C" "a") }} {{ until 3 }} {{ compact (list "" "a" 0) }}'],
  ['sprig-first-error', '{{ first .Values.str }}'],
  ['sprig-dicts', '{{ $d := dict "a" 1 "b" 2 }}{{ $_ := set $d "c" 3 }}{{ $d }} {{ get $d "a" }} [{{ get $d "z" }}] {{ hasKey $d "b" }} {{ keys $d | sortAlpha }} {{ pick $d "a" }} {{ omit $d "a" }} {{ unset $d "c" }} {{ dig "nested" "a" "b" "def" .Values }} {{ dig "x" "y" "def" .Values }}'],
  ['sprig-merge', '{{ $a := dict "x" 1 "m" (dict "p" 1) }}{{ $b := dict "x" 2 "y" 3 "m" (dict "p" 2 "q" 3) }}{{ merge (deepCopy $a) $b }} {{ mergeOverwrite (deepCopy $a) $b }}'],
  ['sprig-math', '{{ add 1 2 3 }} {{ add1 1.5 }} {{ sub 5 2 }} {{ mul 2 3 4 }} {{ div 7 2 }} {{ mod 7 3 }} {{ max 1 5 3 }} {{ min 4 2 }} {{ add .Values.half 1 }} {{ int 1.9 }} {{ int "12" }} {{ int64 "0x1F" }} {{ float64 "1.5" }} {{ atoi "x" }} {{ addf 1.5 2 }} {{ floor 1.7 }} {{ ceil 1.2 }} {{ round 1.2345 2 }}'],
  ['sprig-conversions', '{{ toString 1.0 }} {{ toString .Values.big }} {{ typeOf 1 }} {{ typeOf .Values.big }} {{ typeOf "s" }} {{ typeOf .Values.list }} {{ typeOf .Values.map }} {{ kindOf .Values.map }} {{ kindIs "slice" .Values.list }} {{ typeOf .Values.missing }}'],
  ['sprig-encoding', '{{ b64enc "hello" }} {{ b64dec "aGVsbG8=" }} {{ sha256sum "hello" }} {{ sha1sum "a" }} {{ b32enc "hi" }} {{ adler32sum "abc" }}'],
  ['sprig-semver', '{{ semverCompare ">=1.19-0" "v1.20.0" }} {{ semverCompare ">=1.19" "v1.20.0-gke.1" }} {{ semverCompare "^1.2.3" "1.9.0" }} {{ semverCompare "~1.2" "1.3.0" }} {{ semverCompare "1.2.x" "1.2.9" }} {{ semverCompare ">1.0 <2.0 || >3" "3.1.0" }} {{ semverCompare "1.0.0 - 2.0.0" "1.5.0" }} {{ (semver "1.2.3-beta").Prerelease }}'],
  ['sprig-semver-error', '{{ semverCompare ">=1.x.y.z" "1.0.0" }}'],
  ['sprig-regex', '{{ regexMatch "^[a-z]+$" "abc" }} {{ regexFind "[0-9]+" "ab12cd34" }} {{ regexFindAll "[0-9]" "a1b2c3" 2 }} {{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }} {{ regexReplaceAllLiteral "a" "aba" "$1" }} {{ regexSplit "," "a,b,c" -1 }}'],
  ['sprig-misc', '{{ cat "a" 1 .Values.missing "b" }} {{ plural "one" "many" 2 }} {{ base "a/b.txt" }} {{ dir "a/b/c" }} {{ ext "x.tar.gz" }} {{ clean "a//b/../c" }} {{ splitn "-" 2 "a-b-c" }} {{ wrap 5 "aaa bbb ccc" | quote }}'],
  ['dict-list-values-print', '{{ dict "b" 1 "a" (list 1 2) }} {{ .Values.nested }} {{ list }} {{ dict }}'],
  ['html-js-urlquery', '{{ html "<a href=\'x\'>&</a>" }} {{ js "it\'s \\"q\\" <x>" }} {{ urlquery "a b&c=d" }}'],
  ['parens-chain', '{{ (first (list (dict "name" "n1"))).name }} {{ (dict "a" (dict "b" "c")).a.b }}'],
  ['lookup-empty', '{{ $x := lookup "v1" "Secret" "default" "s" }}{{ len $x }} {{ if $x }}found{{ else }}none{{ end }}'],
  ['chart-release-fields', '{{ .Chart.Name }} {{ .Chart.Version }} {{ .Chart.AppVersion }} {{ .Release.Name }} {{ .Release.Namespace }} {{ .Release.Service }} {{ .Release.IsInstall }} {{ .Release.Revision }} {{ .Template.Name }} {{ .Template.BasePath }}'],
  ['multiline-action', '{{- if and\n  .Values.str\n  .Values.list }}\nmulti\n{{- end }}'],
  ['string-with-braces', '{{ "{{ range . }}{{.}}{{ end }}" }}'],
  // --- second batch ---
  ['toyaml-nested-lists', '{{ toYaml (dict "a" (list (list 1 2) (dict "x" (list)) (dict))) }}'],
  ['toyaml-special-strings', '{{ toYaml (list "a: b" "- x" "? q" "x #y" "x#y" "[a]" "{b}" "@at" "`bt" "%p" "!bang" "&amp" "|pipe" ">gt" "---" "..." "a,b" "0x1F" "1e3" ".5" "+1" "-1" "1_000" "0b101" "Yes" "NO" "Off" "y" "Null" "<<" "=" ".inf" "1.0e+3" "08" "0o17" "tab\tin" "trailing " "é ü" "2001-12-14T21:59:43.10-05:00") }}'],
  ['toyaml-keys', '{{ toYaml (dict "yes" 1 "1" 2 "" 3 "a b" 4 "x:y" 5 "- k" 6 "null" 7) }}'],
  ['toyaml-floats', '{{ toYaml (list 1.0 1.5 100000000.0 1e21 1e20 0.000001 0.0000001 -0.5 123456789.123) }}'],
  ['toyaml-ints', '{{ toYaml (list 0 -1 1000000 9007199254740993 (int64 "123")) }}'],
  ['toyaml-long-list-item', '{{ toYaml (list "the quick brown fox jumps over the lazy dog and keeps running across the wide open field until night falls") }}'],
  ['toyaml-long-single-quoted', '{{ toYaml (dict "k" "#the quick brown fox jumps over the lazy dog and keeps running across the wide open field until night falls") }}'],
  ['toyaml-long-double-quoted', '{{ toYaml (dict "k" "tab\tthe quick brown fox jumps over the lazy dog and keeps running across the wide open field until night") }}'],
  ['toyaml-multiline-in-list', '{{ toYaml (list (dict "script" "echo a\necho b\n" "name" "x")) }}'],
  ['toyaml-yaml-values', '{{ toYaml .Values.nested }}{{ "\n" }}{{ .Values.map | toYaml | indent 4 }}'],
  ['tojson-more', '{{ toJson .Values.list }} {{ toJson "a\"b\\c\n" }} {{ toJson 1.0 }} {{ toJson .Values.big }} {{ toJson .Values.small }} {{ toJson nil }} {{ toPrettyJson (dict "a" (list 1 2) "b" (dict)) }} {{ toRawJson (dict "h" "<&>") }}'],
  ['include-in-range-with-dollar', '{{ define "item" }}{{ .name }}@{{ .ns }}{{ end }}{{ range .Values.list }}{{ include "item" (dict "name" . "ns" $.Release.Namespace) }};{{ end }}'],
  ['define-overrides-earlier', '{{ define "d" }}second{{ end }}{{ include "d" . }}', { 'templates/_a.tpl': '{{ define "d" }}first{{ end }}' }],
  ['tpl-with-define', '{{ tpl "{{ define \"inner\" }}I{{ end }}{{ include \"inner\" . }}{{ .Values.str }}" . }}'],
  ['tpl-values-template', '{{ $v := dict "x" "{{ .Release.Name }}-suffix" }}{{ tpl $v.x $ }}'],
  ['printf-more', '{{ printf "%v %v %v %v" .Values.map .Values.list .Values.missing .Values.half }} {{ printf "%T %T %T %T" 1 1.5 "s" .Values.list }} {{ printf "%5d|%-5d|%05.1f|%+d|%x|%X|%o|%c" 42 42 3.14159 5 "hi" 255 8 65 }}'],
  ['printf-q-and-s-types', '{{ printf "%q %s %s %v" 1 true .Values.list (dict "k" "v") }}'],
  ['print-types', '{{ print .Values.half " " .Values.big " " .Values.flag " " .Values.nullish }}|{{ print 1 2 }}|{{ print "a" 1 2 "b" }}'],
  ['quote-floats', '{{ quote .Values.big }} {{ quote .Values.half }} {{ squote .Values.big }} {{ toString .Values.small }}'],
  ['default-chains', '{{ default "a" .Values.missing | upper }} {{ .Values.str | default "x" | quote }} {{ default (list 1) .Values.empty }} {{ default 5 .Values.replicaCount }}'],
  ['ternary-and-coalesce', '{{ ternary "on" "off" .Values.flag }} {{ coalesce .Values.missing .Values.empty .Values.str }} {{ coalesce nil }}'],
  ['hasKey-missing-map-error', '{{ hasKey .Values.missing "x" }}'],
  ['set-on-values', '{{ $_ := set .Values "added" "yes" }}{{ .Values.added }} {{ $_ := unset .Values "added" }}[{{ .Values.added }}]'],
  ['merge-values-copy', '{{ $m := merge (dict "a" 1) .Values.nested }}{{ toYaml $m }}'],
  ['len-variants', '{{ len .Values.map }} {{ len (dict) }} {{ len "héllo" }} {{ len .Values.empty }}'],
  ['index-maps-missing', '[{{ index .Values.map "nope" }}] {{ index (list 1 2) 0 }} {{ index .Values "nested" "a" "b" }}'],
  ['slice-builtin', '{{ slice .Values.list 1 }} {{ slice .Values.list 0 2 }}'],
  ['nested-ifs-else-if', '{{ if eq .Values.str "x" }}x{{ else if eq .Values.str "abc" }}abc{{ else }}other{{ end }} {{ if not .Values.flag }}{{ if .Values.list }}nested{{ end }}{{ end }}'],
  ['range-over-nil-and-map-vars', '{{ range $k, $v := .Values.nested }}{{ $k }}:{{ $v.b }}{{ end }} {{ range $i, $e := .Values.missing }}x{{ else }}empty{{ end }}'],
  ['range-elem-field-error', '{{ range .Values.list }}{{ .name }}{{ end }}'],
  ['with-dot-field-error', '{{ with .Values.str }}{{ .x }}{{ end }}'],
  ['variable-field-chain', '{{ $n := .Values.nested }}{{ $n.a.b }} {{ $.Values.nested.a.b }}'],
  ['comparison-errors', '{{ lt "a" 1 }}'],
  ['eq-map-error', '{{ eq .Values.map .Values.map }}'],
  ['ge-le-floats', '{{ ge .Values.half 1.5 }} {{ le .Values.replicaCount 2.0 }} {{ gt (len .Values.list) 2 }}'],
  ['number-literal-forms', '{{ 1e3 }} {{ 1.5e-7 }} {{ 0x10 }} {{ 010 }} {{ 1_000_000 }} {{ .5 }}'],
  ['bad-number', '{{ 1.2.3 }}'],
  ['unterminated-string', '{{ "abc }}'],
  ['bad-character', '{{ .Values.str ! }}'],
  ['empty-action', 'a{{ }}b'],
  ['pipe-to-literal', '{{ "a" | "b" }}'],
  ['assign-undefined', '{{ $x = 1 }}'],
  ['too-many-decls', '{{ with $a, $b := .Values.list }}x{{ end }}'],
  ['sprig-strings-2', '{{ abbrev 5 "hello world" }} {{ initials "First Try" }} {{ snakecase "FirstName" }} {{ camelcase "http_server" }} {{ kebabcase "FirstName" }} {{ swapcase "Hello" }} {{ untitle "Hello" }} {{ trimAll "$" "$5.00$" }} {{ trunc 0 "abc" }} {{ trunc 10 "abc" }} {{ substr 0 -1 "abc" }} {{ hasSuffix "c" "abc" }}'],
  ['sprig-lists-2', '{{ slice (list 1 2 3 4) 1 3 }} {{ chunk 2 (list 1 2 3) }} {{ has 1 (list 1 2) }} {{ has "1" (list 1 2) }} {{ without (list 1 2 1) 1 }} {{ first (list) }} {{ last (list) }} {{ rest (list) }} {{ untilStep 0 10 3 }} {{ seq 3 }} {{ seq 2 -1 }}'],
  ['sprig-math-2', '{{ add "3" 2.9 }} {{ sub 1.9 "0x10" }} {{ div 1 0 }}'],
  ['sprig-math-3', '{{ mulf 1.1 3 }} {{ subf 10 0.3 }} {{ divf 1 3 }} {{ maxf 1 2.5 }} {{ minf 1 2.5 }} {{ round 2.5 0 }} {{ toDecimal "0777" }} {{ float64 "x" }} {{ int true }} {{ int nil }}'],
  ['sprig-dicts-2', '{{ values (dict "a" 1) }} {{ pluck "a" (dict "a" 1) (dict "b" 2) (dict "a" 3) }} {{ dict "k" }} {{ dig "a" "x" (dict "a" (dict "x" 0)) }}'],
  ['sprig-regex-2', '{{ regexReplaceAll "(?P<first>[a-z]+)-(?P<second>[a-z]+)" "foo-bar" "${second}_${first}" }} {{ regexFind "x+" "abc" }} {{ regexQuoteMeta "1.2+3" }} {{ regexMatch "^\\d+$" "123" }}'],
  ['sprig-semver-2', '{{ semverCompare ">= 1.2, < 2.0" "1.5.0" }} {{ semverCompare "^0.2.3" "0.2.9" }} {{ semverCompare "^0.2.3" "0.3.0" }} {{ semverCompare "~1.2.3" "1.2.9" }} {{ semverCompare "!=1.2.3" "1.2.3" }} {{ semverCompare "*" "1.0.0" }} {{ semverCompare ">=1.23.0-0" .Capabilities.KubeVersion.Version }} {{ (semver "v2.3.4").Major }}'],
  ['sprig-semver-invalid-version', '{{ semverCompare ">=1.0" "not-a-version" }}'],
  ['sprig-encoding-2', '{{ b64dec "!!!" }} {{ b32dec "NBUQ====" }} {{ b64enc "" }}'],
  ['sprig-typeof-2', '{{ typeOf (dict) }} {{ typeOf (list) }} {{ typeOf 1.5 }} {{ typeOf true }} {{ typeOf (int 1) }} {{ typeOf (int64 1) }} {{ typeOf (add 1 1) }} {{ typeOf (len .Values.list) }} {{ kindOf 1 }} {{ kindOf "x" }} {{ kindIs "map" .Values.map }} {{ typeIs "string" "x" }} {{ deepEqual (list 1) (list 1) }}'],
  ['fromyaml-types', '{{ $m := fromYaml "n: 1\\non: yes\\nd: 2001-12-14\\ns: \\"1\\"" }}{{ typeOf $m.n }} {{ $m.true }} {{ typeOf $m.d }} {{ typeOf $m.s }} {{ toJson $m }}'],
  ['fromyamlarray-fromjsonarray', '{{ fromYamlArray "- a\\n- 1" }} {{ fromJsonArray "[1,\\"x\\"]" }} {{ fromYamlArray "a: 1" }}'],
  ['whitespace-trim-newlines', 'a:\n  {{- if true }}\n  b: 1\n  {{- end }}\n  c: 2\n{{- /* end */}}\n'],
  ['text-only', 'plain text\nwith lines\n'],
  ['empty-template', ''],
  ['comment-errors', '{{/* unclosed comment'],
  ['comment-trailing-space', '{{/* ok */ }}'],
  ['block-action', '{{ block "blk" . }}default {{ .Values.str }}{{ end }}'],
  ['template-with-vars', '{{ define "v" }}{{ $x := "in" }}{{ $x }}{{ end }}{{ $x := "out" }}{{ template "v" }}{{ $x }}'],
  ['include-recursion-ok', '{{ define "count" }}{{ if gt (len .) 0 }}{{ first . }}{{ include "count" (rest .) }}{{ end }}{{ end }}{{ include "count" (list 1 2 3) }}'],
  ['chart-unknown-field', '{{ .Chart.name }}'],
  ['chart-field-on-string', '{{ .Chart.Name.x }}'],
  ['negative-indent', '{{ indent -1 "x" }}'],
  ['raw-string-and-escapes', '{{ `a\\nb` }}|{{ "tab\\there" }}|{{ "\\u00e9" }}'],
];

export function buildInput() {
  return {
    cases: cases.map(([name, t, extra]) => ({
      name,
      files: { 'templates/t.yaml': t, 'values.yaml': V, ...(extra ?? {}) },
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(buildInput()));
}
