#!/bin/sh
# Expected outputs of the REAL kubectl for each template in templates.txt, on ../jsonpath/pod.yaml
# after `kubectl label --local x=y` (the object is ../jsonpath/object.json). Writes expected.json.
cd "$(dirname "$0")"
python3 - <<'PY'
import json, subprocess
out = []
for line in open('templates.txt').read().split('\n'):
    if not line: continue
    p = subprocess.run(['kubectl', 'label', '--local', '-f', '../jsonpath/pod.yaml', 'x=y', '-o', f'go-template={line}'], capture_output=True, text=True)
    out.append({'template': line, 'stdout': p.stdout, 'stderr': p.stderr, 'rc': p.returncode})
json.dump(out, open('expected.json', 'w'), indent=1, ensure_ascii=False)
PY
