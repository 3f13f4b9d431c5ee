#!/bin/sh
# Regenerates the table goldens with the REAL kubectl against a fake API server that serves
# the Tables in ../fake-tables.json (see fake-server.py). Never run our code to make goldens.
#   python3 fake-server.py 18099 ../fake-tables.json &   (kubeconfig: fake-kubeconfig)
set -e
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
