#!/bin/sh
# Goldens from the REAL kubectl: each *.json input is read with `kubectl label --local`
# (which adds the label x=y), printed as yaml, json and name. The json output is what our
# printers get as input in yaml.test.ts; the yaml/json outputs are the expected results.
cd "$(dirname "$0")"
for f in configmap keys pod; do
  kubectl label --local -f $f.json x=y -o json > $f.out.json
  kubectl label --local -f $f.json x=y -o yaml > $f.out.yaml
done
