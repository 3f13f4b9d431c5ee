#!/bin/sh
# Regenerates src/helm/testdata/oracle.json with the Go reference renderer (main.go: Go
# text/template + Masterminds/sprig + sigs.k8s.io/yaml from Debian packages, GOPATH mode).
# Needs: apt-get install golang-go golang-github-masterminds-sprig-dev golang-k8s-sigs-yaml-dev
# Not part of CI or `npm test`; commit the regenerated JSON.
set -eu
cd "$(dirname "$0")/../.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
GO111MODULE=off GOPATH=/usr/share/gocode go build -o "$TMP/oracle" ./scripts/helm-oracle
npx tsc --outDir "$TMP/js" --module nodenext --moduleResolution nodenext --target es2022 \
  --skipLibCheck --types node src/helm/starter/index.ts
node scripts/helm-oracle/build-input.mjs "$TMP/js/index.js" > "$TMP/in.json"
"$TMP/oracle" < "$TMP/in.json" > "$TMP/out.json"
node -e '
const fs = require("fs");
const input = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).cases;
const out = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cases = input.map((c, i) => {
  const o = out[i];
  const whole = c.chart !== undefined;
  const rec = { name: c.name, chart: c.chart ?? "mychart" };
  if (!whole) rec.files = c.files;
  if (c.values) rec.values = c.values;
  if (c.release) rec.release = c.release;
  if (o.error) rec.error = o.error; else rec.rendered = o.rendered;
  return rec;
});
process.stdout.write(JSON.stringify({ generator: "scripts/helm-oracle/generate.sh (go1.19 text/template, sprig 3.2.3, sigs.k8s.io/yaml 1.3.0)", cases }, null, 1) + "\n");
' "$TMP/in.json" "$TMP/out.json" > src/helm/testdata/oracle.json
GO111MODULE=off GOPATH=/usr/share/gocode go build -o "$TMP/yamlerr" ./scripts/helm-oracle/yamlerr
"$TMP/yamlerr" < scripts/helm-oracle/yaml-docs.json > src/helm/testdata/yaml-errors.json
echo "wrote src/helm/testdata/oracle.json and yaml-errors.json"
