/**
 * Help texts and flags of the identity and RBAC commands exactly as kubectl 1.33 prints
 * them (`kubectl create role --help`, `kubectl auth can-i --help`, ...), kept as data.
 */
import { parseDuration, type FlagSpec, type FlagType } from '../../flags.js';
import type { VerbDef } from '../../types.js';

interface HelpData { short: string; long: string; examples?: string; usage: string; flags: { s?: string; n: string; d: string; u: string }[] }

/** Flags declared with StringArrayVar upstream (repeatable, not split on commas). */
const STRING_ARRAYS = new Set(['resource-name', 'user', 'group', 'serviceaccount', 'audience']);
/** pflag NoOptDefVal. */
const NO_OPT_DEFAULTS: Record<string, string> = { 'dry-run': 'unchanged', validate: 'strict' };

const HELP: Record<string, HelpData> = {
 "create role": {
  "short": "Create a role with single rule.",
  "long": "Create a role with single rule.",
  "examples": "  # Create a role named \"pod-reader\" that allows user to perform \"get\", \"watch\" and \"list\" on pods\n  kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods\n  \n  # Create a role named \"pod-reader\" with ResourceName specified\n  kubectl create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod\n  \n  # Create a role named \"foo\" with API Group specified\n  kubectl create role foo --verb=get,list,watch --resource=rs.apps\n  \n  # Create a role named \"foo\" with SubResource specified\n  kubectl create role foo --verb=get,list,watch --resource=pods,pods/status",
  "usage": "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "resource",
    "d": "[]",
    "u": "Resource that the rule applies to"
   },
   {
    "n": "resource-name",
    "d": "[]",
    "u": "Resource in the white list that the rule applies to, repeat this flag for multiple items"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   },
   {
    "n": "verb",
    "d": "[]",
    "u": "Verb that applies to the resources contained in the rule"
   }
  ]
 },
 "create clusterrole": {
  "short": "Create a cluster role.",
  "long": "Create a cluster role.",
  "examples": "  # Create a cluster role named \"pod-reader\" that allows user to perform \"get\", \"watch\" and \"list\" on pods\n  kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods\n  \n  # Create a cluster role named \"pod-reader\" with ResourceName specified\n  kubectl create clusterrole pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod\n  \n  # Create a cluster role named \"foo\" with API Group specified\n  kubectl create clusterrole foo --verb=get,list,watch --resource=rs.apps\n  \n  # Create a cluster role named \"foo\" with SubResource specified\n  kubectl create clusterrole foo --verb=get,list,watch --resource=pods,pods/status\n  \n  # Create a cluster role name \"foo\" with NonResourceURL specified\n  kubectl create clusterrole \"foo\" --verb=get --non-resource-url=/logs/*\n  \n  # Create a cluster role name \"monitoring\" with AggregationRule specified\n  kubectl create clusterrole monitoring --aggregation-rule=\"rbac.example.com/aggregate-to-monitoring=true\"",
  "usage": "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "aggregation-rule",
    "d": "",
    "u": "An aggregation label selector for combining ClusterRoles."
   },
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "non-resource-url",
    "d": "[]",
    "u": "A partial url that user should have access to."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "resource",
    "d": "[]",
    "u": "Resource that the rule applies to"
   },
   {
    "n": "resource-name",
    "d": "[]",
    "u": "Resource in the white list that the rule applies to, repeat this flag for multiple items"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   },
   {
    "n": "verb",
    "d": "[]",
    "u": "Verb that applies to the resources contained in the rule"
   }
  ]
 },
 "create rolebinding": {
  "short": "Create a role binding for a particular role or cluster role.",
  "long": "Create a role binding for a particular role or cluster role.",
  "examples": "  # Create a role binding for user1, user2, and group1 using the admin cluster role\n  kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1\n  \n  # Create a role binding for service account monitoring:sa-dev using the admin role\n  kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev",
  "usage": "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "clusterrole",
    "d": "''",
    "u": "ClusterRole this RoleBinding should reference"
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "group",
    "d": "[]",
    "u": "Groups to bind to the role. The flag can be repeated to add multiple groups."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "role",
    "d": "''",
    "u": "Role this RoleBinding should reference"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "serviceaccount",
    "d": "[]",
    "u": "Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "user",
    "d": "[]",
    "u": "Usernames to bind to the role. The flag can be repeated to add multiple users."
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   }
  ]
 },
 "create clusterrolebinding": {
  "short": "Create a cluster role binding for a particular cluster role.",
  "long": "Create a cluster role binding for a particular cluster role.",
  "examples": "  # Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role\n  kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1",
  "usage": "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "clusterrole",
    "d": "''",
    "u": "ClusterRole this ClusterRoleBinding should reference"
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "group",
    "d": "[]",
    "u": "Groups to bind to the clusterrole. The flag can be repeated to add multiple groups."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "serviceaccount",
    "d": "[]",
    "u": "Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "user",
    "d": "[]",
    "u": "Usernames to bind to the clusterrole. The flag can be repeated to add multiple users."
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   }
  ]
 },
 "create serviceaccount": {
  "short": "Create a service account with the specified name.",
  "long": "Create a service account with the specified name.\n\nAliases:\nserviceaccount, sa",
  "examples": "  # Create a new service account named my-service-account\n  kubectl create serviceaccount my-service-account",
  "usage": "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   }
  ]
 },
 "create token": {
  "short": "Request a service account token.",
  "long": "Request a service account token.",
  "examples": "  # Request a token to authenticate to the kube-apiserver as the service account \"myapp\" in the current namespace\n  kubectl create token myapp\n  \n  # Request a token for a service account in a custom namespace\n  kubectl create token myapp --namespace myns\n  \n  # Request a token with a custom expiration\n  kubectl create token myapp --duration 10m\n  \n  # Request a token with a custom audience\n  kubectl create token myapp --audience https://example.com\n  \n  # Request a token bound to an instance of a Secret object\n  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret\n  \n  # Request a token bound to an instance of a Secret object with a specific UID\n  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret --bound-object-uid 0d4691ed-659b-4935-a832-355f77ee47cc",
  "usage": "kubectl create token SERVICE_ACCOUNT_NAME [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "audience",
    "d": "[]",
    "u": "Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences."
   },
   {
    "n": "bound-object-kind",
    "d": "''",
    "u": "Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided."
   },
   {
    "n": "bound-object-name",
    "d": "''",
    "u": "Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind."
   },
   {
    "n": "bound-object-uid",
    "d": "''",
    "u": "UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used."
   },
   {
    "n": "duration",
    "d": "0s",
    "u": "Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   }
  ]
 },
 "auth": {
  "short": "Inspect authorization.",
  "long": "Inspect authorization.\n\nAvailable Commands:\n  can-i         Check whether an action is allowed\n  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects\n  whoami        Experimental: Check self subject attributes",
  "examples": "",
  "usage": "kubectl auth [flags] [options]",
  "flags": []
 },
 "auth can-i": {
  "short": "Check whether an action is allowed.",
  "long": "Check whether an action is allowed.\n\n VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with \"/\". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.",
  "examples": "  # Check to see if I can create pods in any namespace\n  kubectl auth can-i create pods --all-namespaces\n  \n  # Check to see if I can list deployments in my current namespace\n  kubectl auth can-i list deployments.apps\n  \n  # Check to see if service account \"foo\" of namespace \"dev\" can list pods in the namespace \"prod\"\n  # You must be allowed to use impersonation for the global option \"--as\"\n  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod\n  \n  # Check to see if I can do everything in my current namespace (\"*\" means all)\n  kubectl auth can-i '*' '*'\n  \n  # Check to see if I can get the job named \"bar\" in namespace \"foo\"\n  kubectl auth can-i list jobs.batch/bar -n foo\n  \n  # Check to see if I can read pod logs\n  kubectl auth can-i get pods --subresource=log\n  \n  # Check to see if I can access the URL /logs/\n  kubectl auth can-i get /logs/\n  \n  # Check to see if I can approve certificates.k8s.io\n  kubectl auth can-i approve certificates.k8s.io\n  \n  # List all allowed actions in namespace \"foo\"\n  kubectl auth can-i --list --namespace=foo",
  "usage": "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]",
  "flags": [
   {
    "n": "all-namespaces",
    "d": "false",
    "u": "If true, check the specified action in all namespaces.",
    "s": "A"
   },
   {
    "n": "list",
    "d": "false",
    "u": "If true, prints all allowed actions."
   },
   {
    "n": "no-headers",
    "d": "false",
    "u": "If true, prints allowed actions without headers"
   },
   {
    "n": "quiet",
    "d": "false",
    "u": "If true, suppress output and just return the exit code.",
    "s": "q"
   },
   {
    "n": "subresource",
    "d": "''",
    "u": "SubResource such as pod/log or deployment/scale"
   }
  ]
 },
 "auth whoami": {
  "short": "Experimental: Check who you are and your attributes (groups, extra).",
  "long": "Experimental: Check who you are and your attributes (groups, extra).\n\n        This command is helpful to get yourself aware of the current user attributes,\n        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,\n        is enabled in the Kubernetes cluster.",
  "examples": "  # Get your subject attributes\n  kubectl auth whoami\n  \n  # Get your subject attributes in JSON format\n  kubectl auth whoami -o json",
  "usage": "kubectl auth whoami [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   }
  ]
 },
 "auth reconcile": {
  "short": "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects.",
  "long": "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects.\n\n Missing objects are created, and the containing namespace is created for namespaced objects, if required.\n\n Existing roles are updated to include the permissions in the input objects, and remove extra permissions if --remove-extra-permissions is specified.\n\n Existing bindings are updated to include the subjects in the input objects, and remove extra subjects if --remove-extra-subjects is specified.\n\n This is preferred to 'apply' for RBAC resources so that semantically-aware merging of rules and subjects is done.",
  "examples": "  # Reconcile RBAC resources from a file\n  kubectl auth reconcile -f my-rbac-rules.yaml",
  "usage": "kubectl auth reconcile -f FILENAME [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to reconcile.",
    "s": "f"
   },
   {
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R.",
    "s": "k"
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.",
    "s": "R"
   },
   {
    "n": "remove-extra-permissions",
    "d": "false",
    "u": "If true, removes extra permissions added to roles"
   },
   {
    "n": "remove-extra-subjects",
    "d": "false",
    "u": "If true, removes extra subjects added to rolebindings"
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   }
  ]
 }
};

function typeOf(name: string, def: string): FlagType {
  if (def === 'true' || def === 'false') return 'bool';
  if (def.startsWith('[')) return STRING_ARRAYS.has(name) ? 'stringArray' : 'stringSlice';
  if (/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(def)) return 'duration';
  return 'string';
}

function spec(f: HelpData['flags'][number]): FlagSpec {
  const type = typeOf(f.n, f.d);
  let def: FlagSpec['default'];
  if (type === 'bool') def = f.d === 'true';
  else if (type === 'stringArray' || type === 'stringSlice') def = [];
  else if (type === 'duration') def = parseDuration(f.d) || undefined;
  else def = f.d.replace(/^'|'$/g, '');
  const s: FlagSpec = { name: f.n, type, default: def, usage: f.u };
  if (f.s) s.shorthand = f.s;
  if (NO_OPT_DEFAULTS[f.n] !== undefined) s.noOptDefault = NO_OPT_DEFAULTS[f.n];
  return s;
}

/** The help fields and flags of `command` (e.g. `create role`, `auth can-i`). */
export function rbacHelp(command: string): Pick<VerbDef, 'short' | 'long' | 'examples' | 'usage' | 'flags'> {
  const data = HELP[command];
  if (!data) throw new Error(`no help data for ${command}`);
  const long = data.long.split('\n\nAvailable Commands:')[0];
  return { short: data.short.replace(/\.$/, ''), long, examples: data.examples || undefined, usage: data.usage, flags: data.flags.map(spec) };
}
