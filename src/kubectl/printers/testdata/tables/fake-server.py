import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

def res(name, kind, namespaced, short=[], cats=[]):
    return {"name": name, "singularName": kind.lower(), "namespaced": namespaced, "kind": kind,
            "verbs": ["get", "list", "watch", "create", "delete", "patch", "update"], "shortNames": short, "categories": cats}

DISC = {
 "/api": {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]},
 "/apis": {"kind": "APIGroupList", "apiVersion": "v1", "groups": [{"name": "apps", "versions": [{"groupVersion": "apps/v1", "version": "v1"}], "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}}]},
 "/api/v1": {"kind": "APIResourceList", "groupVersion": "v1", "resources": [res("pods", "Pod", True, ["po"], ["all"]), res("nodes", "Node", False, ["no"]), res("configmaps", "ConfigMap", True, ["cm"])]},
 "/apis/apps/v1": {"kind": "APIResourceList", "groupVersion": "apps/v1", "resources": [res("deployments", "Deployment", True, ["deploy"], ["all"])]},
}
DATA = json.load(open(sys.argv[2]))

class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        u = urlparse(self.path)
        body = None
        if u.path in DISC: body = DISC[u.path]
        else:
            parts = u.path.strip('/').split('/')
            resource = parts[-1]
            if len(parts) >= 2 and parts[-2] in DATA:
                for r in DATA[parts[-2]]["rows"]:
                    if r["object"]["metadata"]["name"] == parts[-1]:
                        body = r["object"]
            elif resource in DATA:
                d = DATA[resource]
                if 'as=Table' in self.headers.get('Accept', ''):
                    body = {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": "1"},
                            "columnDefinitions": d["columns"], "rows": [{"cells": r["cells"], "object": r["object"]} for r in d["rows"]]}
                else:
                    body = {"kind": d["listKind"], "apiVersion": d["apiVersion"], "metadata": {"resourceVersion": "1"}, "items": [r["object"] for r in d["rows"]]}
        if body is None:
            self.send_response(404); self.send_header('Content-Type', 'application/json'); self.end_headers()
            self.wfile.write(json.dumps({"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound", "code": 404, "message": "not found"}).encode()); return
        b = json.dumps(body).encode()
        self.send_response(200); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(len(b))); self.end_headers(); self.wfile.write(b)

HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
