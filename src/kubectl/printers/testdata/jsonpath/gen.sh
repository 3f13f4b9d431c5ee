#!/bin/sh
# Expected outputs of the REAL kubectl for each template in templates.txt, applied to
# pod.yaml after `kubectl label --local x=y`. Writes expected.json (template → stdout, stderr, rc).
cd "$(dirname "$0")"
kubectl label --local -f pod.yaml x=y -o json > object.json
python3 - <<'PY'
import json, subprocess
out = []
for line in open('templates.txt').read().split('\n'):
    if not line: continue
    for fmt in ('jsonpath', 'jsonpath-as-json'):
        p = subprocess.run(['kubectl', 'label', '--local', '-f', 'pod.yaml', 'x=y', '-o', f'{fmt}={line}'], capture_output=True, text=True)
        out.append({'format': fmt, 'template': line, 'stdout': p.stdout, 'stderr': p.stderr, 'rc': p.returncode})
json.dump(out, open('expected.json', 'w'), indent=1, ensure_ascii=False)
PY
