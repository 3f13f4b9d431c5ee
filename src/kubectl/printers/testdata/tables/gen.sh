#!/bin/sh
# Regenerates the table goldens with the REAL kubectl against a fake API server that serves
# the Tables in ../fake-tables.json (see fake-server.py). Never run our code to make goldens.
#   python3 fake-server.py 18099 ../fake-tables.json &   (kubeconfig: fake-kubeconfig)

cd "$(dirname "$0")"
K="kubectl --kubeconfig fake-kubeconfig --cache-dir /tmp/kubedojo-fake-cache"
g() { name=$1; shift; { printf '# kubectl %s\n' "$*"; $K "$@" 2>&1; } > "$name.txt"; }
g pods get pods
g pods-wide get pods -o wide
g pods-no-headers get pods --no-headers
g pods-deploy get pods,deploy
g pods-deploy-no-headers get pods,deploy --no-headers
g pods-all-ns-labels get pods -A --show-labels
g pods-label-cols-sorted get pods -L app,app.kubernetes.io/name --sort-by=.metadata.name
g pods-sort-created get pods --sort-by=.metadata.creationTimestamp
g pods-wide-all-ns get pods -o wide -A
g nodes-all-ns get nodes -A
g nodes-wide get nodes -o wide
g deploy-pods-nodes-all-ns get deploy,pods,nodes -A
g configmaps get cm
g sort-missing get pods --sort-by=.spec.nope
g pods-wide-labels-all get pods -o wide -L app,tier --show-labels -A
g pods-no-headers-all-ns get pods -A --no-headers --show-labels
g nodes-deploy-wide-kind get nodes,deploy -o wide
# Output formats other than tables (same fake server), in ../output/.
mkdir -p ../output
o() { name=$1; shift; { printf '# kubectl %s\n' "$*"; $K "$@" 2>&1; echo "# rc=$?"; } > "../output/$name.txt"; }
o pod-yaml get pods a9 -o yaml
o pods-yaml get pods -o yaml
o deploy-json get deploy -o json
o pod-json get pods a9 -o json
o pods-deploy-name get pods,deploy -o name
o cc-basic get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,LABELS:.metadata.labels,MISSING:.foo,NS:{.metadata.namespace}
o cc-map get pods -o custom-columns=N:metadata.name,C:.spec.containers[0]
o cc-no-headers get pods -o custom-columns=NAME:.metadata.name --no-headers
o cc-file get pods -o custom-columns-file=cols.txt
o cc-bad get pods -o custom-columns=BAD
o cc-empty get pods -o custom-columns=
o cc-multi-type get pods,deploy -o custom-columns=NAME:.metadata.name,KIND:.kind
o jsonpath-list get pods -o jsonpath={.items[*].metadata.name}
o jsonpath-single get pods a9 -o jsonpath={.metadata.name}
