#!/bin/sh
# Goldens from the REAL kubectl: each *.json input is read with `kubectl label --local`
# (which adds the label x=y), printed as yaml, json and name. The json output is what our
# printers get as input in yaml.test.ts; the yaml/json outputs are the expected results.
cd "$(dirname "$0")"
for f in configmap keys pod edge numbers; do
  kubectl label --local -f $f.json x=y -o json > $f.out.json
  kubectl label --local -f $f.json x=y -o yaml > $f.out.yaml
done
# Objects built by kubectl itself (typed, client-side dry run).
kubectl create deployment web --image=nginx:1.27 --replicas=3 --dry-run=client -o json > create-deploy.out.json
kubectl create deployment web --image=nginx:1.27 --replicas=3 --dry-run=client -o yaml > create-deploy.out.yaml
kubectl create configmap c --from-literal=a=1 --from-literal=b=true --from-literal=c='two words' --from-literal=d='multi
line' --dry-run=client -o json > create-cm.out.json
kubectl create configmap c --from-literal=a=1 --from-literal=b=true --from-literal=c='two words' --from-literal=d='multi
line' --dry-run=client -o yaml > create-cm.out.yaml
kubectl create secret generic s --from-literal=password='p@ss: w0rd' --dry-run=client -o json > create-secret.out.json
kubectl create secret generic s --from-literal=password='p@ss: w0rd' --dry-run=client -o yaml > create-secret.out.yaml
kubectl create job pi --image=perl -- perl -Mbignum=bpi -wle 'print bpi(2000)' --dry-run=client -o json > create-job.out.json 2>/dev/null || true
kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' --dry-run=client -o json -- /bin/sh -c 'date; echo Hello' > create-cronjob.out.json
kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- /bin/sh -c 'date; echo Hello' > create-cronjob.out.yaml
