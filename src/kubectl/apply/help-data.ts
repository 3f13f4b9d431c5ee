/**
 * Flags, usage and help texts of the write verbs exactly as kubectl 1.33 prints them
 * (`kubectl <verb> --help`), kept as data. Types are inferred from the defaults by
 * flag-specs.ts.
 */
export interface HelpData { short: string; long: string; examples?: string; usage: string; flags: { s?: string; n: string; d: string; u: string }[] }

export const HELP: Record<string, HelpData> = {
 "create": {
  "short": "Create a resource from a file or from stdin.",
  "long": "Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.",
  "examples": "  # Create a pod using the data in pod.json\n  kubectl create -f ./pod.json\n  \n  # Create a pod based on the JSON passed into stdin\n  cat pod.json | kubectl create -f -\n  \n  # Edit the data in registry.yaml in JSON then create the resource using the edited data\n  kubectl create -f registry.yaml --edit -o json\n\nAvailable Commands:\n  clusterrole           Create a cluster role\n  clusterrolebinding    Create a cluster role binding for a particular cluster role\n  configmap             Create a config map from a local file, directory or literal value\n  cronjob               Create a cron job with the specified name\n  deployment            Create a deployment with the specified name\n  ingress               Create an ingress with the specified name\n  job                   Create a job with the specified name\n  namespace             Create a namespace with the specified name\n  poddisruptionbudget   Create a pod disruption budget with the specified name\n  priorityclass         Create a priority class with the specified name\n  quota                 Create a quota with the specified name\n  role                  Create a role with single rule\n  rolebinding           Create a role binding for a particular role or cluster role\n  secret                Create a secret using a specified subcommand\n  service               Create a service using a specified subcommand\n  serviceaccount        Create a service account with the specified name\n  token                 Request a service account token",
  "usage": "kubectl create -f FILENAME [options]",
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
    "n": "edit",
    "d": "false",
    "u": "Edit the API resource before creating"
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files to use to create the resource"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "raw",
    "d": "''",
    "u": "Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
    "n": "windows-line-endings",
    "d": "false",
    "u": "Only relevant if --edit=true. Defaults to the line ending native to your platform."
   }
  ]
 },
 "apply": {
  "short": "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.",
  "long": "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.\n\n JSON and YAML formats are accepted.\n\n Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.",
  "examples": "  # Apply the configuration in pod.json to a pod\n  kubectl apply -f ./pod.json\n  \n  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl apply -k dir/\n  \n  # Apply the JSON passed into stdin to a pod\n  cat pod.json | kubectl apply -f -\n  \n  # Apply the configuration from all files that end with '.json'\n  kubectl apply -f '*.json'\n  \n  # Note: --prune is still in Alpha\n  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx\n  kubectl apply --prune -f manifest.yaml -l app=nginx\n  \n  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file\n  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap\n\nAvailable Commands:\n  edit-last-applied   Edit latest last-applied-configuration annotations of a resource/object\n  set-last-applied    Set the last-applied-configuration annotation on a live object to match the contents of a file\n  view-last-applied   View the latest last-applied-configuration annotations of a resource/object",
  "usage": "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources in the namespace of the specified resource types."
   },
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "cascade",
    "d": "'background'",
    "u": "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-client-side-apply'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "The files that contain the configurations to apply."
   },
   {
    "n": "force",
    "d": "false",
    "u": "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."
   },
   {
    "n": "force-conflicts",
    "d": "false",
    "u": "If true, server-side apply will force the changes against conflicts."
   },
   {
    "n": "grace-period",
    "d": "-1",
    "u": "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process a kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "openapi-patch",
    "d": "true",
    "u": "If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "overwrite",
    "d": "true",
    "u": "Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration"
   },
   {
    "n": "prune",
    "d": "false",
    "u": "Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all."
   },
   {
    "n": "prune-allowlist",
    "d": "[]",
    "u": "Overwrite the default allowlist with <group/version/kind> for --prune"
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
   },
   {
    "n": "server-side",
    "d": "false",
    "u": "If true, apply runs in the server instead of the client."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "subresource",
    "d": "''",
    "u": "If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "timeout",
    "d": "0s",
    "u": "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   },
   {
    "n": "wait",
    "d": "false",
    "u": "If true, wait for resources to be gone before returning. This waits for finalizers."
   }
  ]
 },
 "delete": {
  "short": "Delete resources by file names, stdin, resources and names, or by resources and label selector.",
  "long": "Delete resources by file names, stdin, resources and names, or by resources and label selector.\n\n JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.\n\n Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.\n\n IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.\n\n Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.\n\n After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run \"kubectl api-resources\" to refresh the discovery cache.",
  "examples": "  # Delete a pod using the type and name specified in pod.json\n  kubectl delete -f ./pod.json\n  \n  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl delete -k dir\n  \n  # Delete resources from all files that end with '.json'\n  kubectl delete -f '*.json'\n  \n  # Delete a pod based on the type and name in the JSON passed into stdin\n  cat pod.json | kubectl delete -f -\n  \n  # Delete pods and services with same names \"baz\" and \"foo\"\n  kubectl delete pod,service baz foo\n  \n  # Delete pods and services with label name=myLabel\n  kubectl delete pods,services -l name=myLabel\n  \n  # Delete a pod with minimal delay\n  kubectl delete pod foo --now\n  \n  # Force delete a pod on a dead node\n  kubectl delete pod foo --force\n  \n  # Delete all pods\n  kubectl delete pods --all\n  \n  # Delete all pods only if the user confirms the deletion\n  kubectl delete pods --all --interactive",
  "usage": "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Delete all resources, in the namespace of the specified resource types."
   },
   {
    "s": "A",
    "n": "all-namespaces",
    "d": "false",
    "u": "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace."
   },
   {
    "n": "cascade",
    "d": "'background'",
    "u": "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-selector",
    "d": "''",
    "u": "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "containing the resource to delete."
   },
   {
    "n": "force",
    "d": "false",
    "u": "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."
   },
   {
    "n": "grace-period",
    "d": "-1",
    "u": "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."
   },
   {
    "n": "ignore-not-found",
    "d": "false",
    "u": "Treat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified."
   },
   {
    "s": "i",
    "n": "interactive",
    "d": "false",
    "u": "If true, delete resource only when user confirms."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process a kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "now",
    "d": "false",
    "u": "If true, resources are signaled for immediate shutdown (same as --grace-period=1)."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output mode. Use \"-o name\" for shorter output (resource/name)."
   },
   {
    "n": "raw",
    "d": "''",
    "u": "Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
   },
   {
    "n": "timeout",
    "d": "0s",
    "u": "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"
   },
   {
    "n": "wait",
    "d": "true",
    "u": "If true, wait for resources to be gone before returning. This waits for finalizers."
   }
  ]
 },
 "replace": {
  "short": "Replace a resource by file name or stdin.",
  "long": "Replace a resource by file name or stdin.\n\n JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by\n\n        $ kubectl get TYPE NAME -o yaml",
  "examples": "  # Replace a pod using the data in pod.json\n  kubectl replace -f ./pod.json\n  \n  # Replace a pod based on the JSON passed into stdin\n  cat pod.json | kubectl replace -f -\n  \n  # Update a single-container pod's image version (tag) to v4\n  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -\n  \n  # Force replace, delete and then re-create the resource\n  kubectl replace --force -f ./pod.json",
  "usage": "kubectl replace -f FILENAME [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "cascade",
    "d": "'background'",
    "u": "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-replace'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "The files that contain the configurations to replace."
   },
   {
    "n": "force",
    "d": "false",
    "u": "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."
   },
   {
    "n": "grace-period",
    "d": "-1",
    "u": "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process a kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "raw",
    "d": "''",
    "u": "Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
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
    "n": "subresource",
    "d": "''",
    "u": "If specified, replace will operate on the subresource of the requested object. This flag is beta and may change in the future."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "timeout",
    "d": "0s",
    "u": "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   },
   {
    "n": "wait",
    "d": "false",
    "u": "If true, wait for resources to be gone before returning. This waits for finalizers."
   }
  ]
 },
 "scale": {
  "short": "Set a new size for a deployment, replica set, replication controller, or stateful set.",
  "long": "Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.",
  "examples": "  # Scale a replica set named 'foo' to 3\n  kubectl scale --replicas=3 rs/foo\n  \n  # Scale a resource identified by type and name specified in \"foo.yaml\" to 3\n  kubectl scale --replicas=3 -f foo.yaml\n  \n  # If the deployment named mysql's current size is 2, scale mysql to 3\n  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql\n  \n  # Scale multiple replication controllers\n  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3\n  \n  # Scale stateful set named 'web' to 3\n  kubectl scale --replicas=3 statefulset/web",
  "usage": "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources in the namespace of the specified resource types"
   },
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "current-replicas",
    "d": "-1",
    "u": "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to set a new size"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "replicas",
    "d": "0",
    "u": "The new desired number of replicas. Required."
   },
   {
    "n": "resource-version",
    "d": "''",
    "u": "Precondition for resource version. Requires that the current resource version match this value in order to scale."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
    "n": "timeout",
    "d": "0s",
    "u": "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."
   }
  ]
 },
 "patch": {
  "short": "Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.",
  "long": "Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.\n\n JSON and YAML formats are accepted.\n\n Note: Strategic merge patch is not supported for custom resources.",
  "examples": "  # Partially update a node using a strategic merge patch, specifying the patch as JSON\n  kubectl patch node k8s-node-1 -p '{\"spec\":{\"unschedulable\":true}}'\n  \n  # Partially update a node using a strategic merge patch, specifying the patch as YAML\n  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'\n  \n  # Partially update a node identified by the type and name specified in \"node.json\" using strategic merge patch\n  kubectl patch -f node.json -p '{\"spec\":{\"unschedulable\":true}}'\n  \n  # Update a container's image; spec.containers[*].name is required because it's a merge key\n  kubectl patch pod valid-pod -p '{\"spec\":{\"containers\":[{\"name\":\"kubernetes-serve-hostname\",\"image\":\"new image\"}]}}'\n  \n  # Update a container's image using a JSON patch with positional arrays\n  kubectl patch pod valid-pod --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/containers/0/image\", \"value\":\"new image\"}]'\n  \n  # Update a deployment's replicas through the 'scale' subresource using a merge patch\n  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{\"spec\":{\"replicas\":2}}'",
  "usage": "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
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
    "d": "'kubectl-patch'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to update"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, patch will operate on the content of the file, not the server-side resource."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "s": "p",
    "n": "patch",
    "d": "''",
    "u": "The patch to be applied to the resource JSON file."
   },
   {
    "n": "patch-file",
    "d": "''",
    "u": "A file containing a patch to be applied to the resource."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "subresource",
    "d": "''",
    "u": "If specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "type",
    "d": "'strategic'",
    "u": "The type of patch being provided; one of [json merge strategic]"
   }
  ]
 },
 "label": {
  "short": "Update the labels on a resource.",
  "long": "Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.\n  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.",
  "examples": "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'\n  kubectl label pods foo unhealthy=true\n  \n  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\n  kubectl label --overwrite pods foo status=unhealthy\n  \n  # Update all pods in the namespace\n  kubectl label pods --all status=unhealthy\n  \n  # Update a pod identified by the type and name in \"pod.json\"\n  kubectl label -f pod.json status=unhealthy\n  \n  # Update pod 'foo' only if the resource is unchanged from version 1\n  kubectl label pods foo status=unhealthy --resource-version=1\n  \n  # Update pod 'foo' by removing a label named 'bar' if it exists\n  # Does not require the --overwrite flag\n  kubectl label pods foo bar-",
  "usage": "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources, in the namespace of the specified resource types"
   },
   {
    "s": "A",
    "n": "all-namespaces",
    "d": "false",
    "u": "If true, check the specified action in all namespaces."
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
    "d": "'kubectl-label'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "field-selector",
    "d": "''",
    "u": "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to update the labels"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "list",
    "d": "false",
    "u": "If true, display the labels for a given resource."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, label will NOT contact api-server but run locally."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "overwrite",
    "d": "false",
    "u": "If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "resource-version",
    "d": "''",
    "u": "If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
 "annotate": {
  "short": "Update the annotations on one or more resources.",
  "long": "Update the annotations on one or more resources.\n\n All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.\n\n Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
  "examples": "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n  # If the same annotation is set multiple times, only the last value will be applied\n  kubectl annotate pods foo description='my frontend'\n  \n  # Update a pod identified by type and name in \"pod.json\"\n  kubectl annotate -f pod.json description='my frontend'\n  \n  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value\n  kubectl annotate --overwrite pods foo description='my frontend running nginx'\n  \n  # Update all pods in the namespace\n  kubectl annotate pods --all description='my frontend running nginx'\n  \n  # Update pod 'foo' only if the resource is unchanged from version 1\n  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1\n  \n  # Update pod 'foo' by removing an annotation named 'description' if it exists\n  # Does not require the --overwrite flag\n  kubectl annotate pods foo description-",
  "usage": "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources, in the namespace of the specified resource types."
   },
   {
    "s": "A",
    "n": "all-namespaces",
    "d": "false",
    "u": "If true, check the specified action in all namespaces."
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
    "d": "'kubectl-annotate'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "n": "field-selector",
    "d": "''",
    "u": "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to update the annotation"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "list",
    "d": "false",
    "u": "If true, display the annotations for a given resource."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, annotation will NOT contact api-server but run locally."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "overwrite",
    "d": "false",
    "u": "If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "resource-version",
    "d": "''",
    "u": "If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
 "expose": {
  "short": "Expose a resource as a new Kubernetes service.",
  "long": "Expose a resource as a new Kubernetes service.\n\n Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n\n Possible resources include (case insensitive):\n\n pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)",
  "examples": "  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rc nginx --port=80 --target-port=8000\n  \n  # Create a service for a replication controller identified by type and name specified in \"nginx-controller.yaml\", which serves on port 80 and connects to the containers on port 8000\n  kubectl expose -f nginx-controller.yaml --port=80 --target-port=8000\n  \n  # Create a service for a pod valid-pod, which serves on port 444 with the name \"frontend\"\n  kubectl expose pod valid-pod --port=444 --name=frontend\n  \n  # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name \"nginx-https\"\n  kubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https\n  \n  # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.\n  kubectl expose rc streamer --port=4100 --protocol=UDP --name=video-stream\n  \n  # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rs nginx --port=80 --target-port=8000\n  \n  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose deployment nginx --port=80 --target-port=8000",
  "usage": "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "cluster-ip",
    "d": "''",
    "u": "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "external-ip",
    "d": "''",
    "u": "Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-expose'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to expose a service"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "l",
    "n": "labels",
    "d": "''",
    "u": "Labels to apply to the service created by this call."
   },
   {
    "n": "load-balancer-ip",
    "d": "''",
    "u": "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific)."
   },
   {
    "n": "name",
    "d": "''",
    "u": "The name for the newly created object."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "override-type",
    "d": "'merge'",
    "u": "The method used to override the generated object: json, merge, or strategic."
   },
   {
    "n": "overrides",
    "d": "''",
    "u": "An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field."
   },
   {
    "n": "port",
    "d": "''",
    "u": "The port that the service should serve on. Copied from the resource being exposed, if unspecified"
   },
   {
    "n": "protocol",
    "d": "''",
    "u": "The network protocol for the service to be created. Default is 'TCP'."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "selector",
    "d": "''",
    "u": "A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)"
   },
   {
    "n": "session-affinity",
    "d": "''",
    "u": "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'"
   },
   {
    "n": "show-managed-fields",
    "d": "false",
    "u": "If true, keep the managedFields when printing objects in JSON or YAML format."
   },
   {
    "n": "target-port",
    "d": "''",
    "u": "Name or number for the port on the container that the service should direct traffic to. Optional."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "type",
    "d": "''",
    "u": "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'."
   }
  ]
 },
 "run": {
  "short": "Create and run a particular image in a pod.",
  "long": "Create and run a particular image in a pod.",
  "examples": "  # Start a nginx pod\n  kubectl run nginx --image=nginx\n  \n  # Start a hazelcast pod and let the container expose port 5701\n  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701\n  \n  # Start a hazelcast pod and set environment variables \"DNS_DOMAIN=cluster\" and \"POD_NAMESPACE=default\" in the container\n  kubectl run hazelcast --image=hazelcast/hazelcast --env=\"DNS_DOMAIN=cluster\" --env=\"POD_NAMESPACE=default\"\n  \n  # Start a hazelcast pod and set labels \"app=hazelcast\" and \"env=prod\" in the container\n  kubectl run hazelcast --image=hazelcast/hazelcast --labels=\"app=hazelcast,env=prod\"\n  \n  # Dry run; print the corresponding API objects without creating them\n  kubectl run nginx --image=nginx --dry-run=client\n  \n  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON\n  kubectl run nginx --image=nginx --overrides='{ \"apiVersion\": \"v1\", \"spec\": { ... } }'\n  \n  # Start a busybox pod and keep it in the foreground, don't restart it if it exits\n  kubectl run -i -t busybox --image=busybox --restart=Never\n  \n  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command\n  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>\n  \n  # Start the nginx pod using a different command and custom arguments\n  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>",
  "usage": "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "annotations",
    "d": "[]",
    "u": "Annotations to apply to the pod."
   },
   {
    "n": "attach",
    "d": "false",
    "u": "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned."
   },
   {
    "n": "cascade",
    "d": "'background'",
    "u": "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."
   },
   {
    "n": "command",
    "d": "false",
    "u": "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default."
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "env",
    "d": "[]",
    "u": "Environment variables to set in the container."
   },
   {
    "n": "expose",
    "d": "false",
    "u": "If true, create a ClusterIP service associated with the pod.  Requires `--port`."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-run'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "to use to replace the resource."
   },
   {
    "n": "force",
    "d": "false",
    "u": "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."
   },
   {
    "n": "grace-period",
    "d": "-1",
    "u": "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."
   },
   {
    "n": "image",
    "d": "''",
    "u": "The image for the container to run."
   },
   {
    "n": "image-pull-policy",
    "d": "''",
    "u": "The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process a kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "l",
    "n": "labels",
    "d": "''",
    "u": "Comma separated labels to apply to the pod. Will override previous values."
   },
   {
    "n": "leave-stdin-open",
    "d": "false",
    "u": "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "override-type",
    "d": "'merge'",
    "u": "The method used to override the generated object: json, merge, or strategic."
   },
   {
    "n": "overrides",
    "d": "''",
    "u": "An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field."
   },
   {
    "n": "pod-running-timeout",
    "d": "1m0s",
    "u": "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"
   },
   {
    "n": "port",
    "d": "''",
    "u": "The port that this container exposes."
   },
   {
    "n": "privileged",
    "d": "false",
    "u": "If true, run the container in privileged mode."
   },
   {
    "s": "q",
    "n": "quiet",
    "d": "false",
    "u": "If true, suppress prompt messages."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "restart",
    "d": "'Always'",
    "u": "The restart policy for this Pod.  Legal values [Always, OnFailure, Never]."
   },
   {
    "n": "rm",
    "d": "false",
    "u": "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'."
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
    "s": "i",
    "n": "stdin",
    "d": "false",
    "u": "Keep stdin open on the container in the pod, even if nothing is attached."
   },
   {
    "n": "template",
    "d": "''",
    "u": "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."
   },
   {
    "n": "timeout",
    "d": "0s",
    "u": "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"
   },
   {
    "s": "t",
    "n": "tty",
    "d": "false",
    "u": "Allocate a TTY for the container in the pod."
   },
   {
    "n": "wait",
    "d": "false",
    "u": "If true, wait for resources to be gone before returning. This waits for finalizers."
   }
  ]
 },
 "edit": {
  "short": "Edit a resource from the default editor.",
  "long": "Edit a resource from the default editor.\n\n The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.\n\n You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.\n\n Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.\n\n The default format is YAML. To edit in JSON, specify \"-o json\".\n\n The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.\n\n In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.",
  "examples": "  # Edit the service named 'registry'\n  kubectl edit svc/registry\n  \n  # Use an alternative editor\n  KUBE_EDITOR=\"nano\" kubectl edit svc/registry\n  \n  # Edit the job 'myjob' in JSON using the v1 API format\n  kubectl edit job.v1.batch/myjob -o json\n  \n  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation\n  kubectl edit deployment/mydeployment -o yaml --save-config\n  \n  # Edit the 'status' subresource for the 'mydeployment' deployment\n  kubectl edit deployment mydeployment --subresource='status'",
  "usage": "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-edit'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files to use to edit the resource"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "output-patch",
    "d": "false",
    "u": "Output the patch if the resource is edited."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
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
    "n": "subresource",
    "d": "''",
    "u": "If specified, edit will operate on the subresource of the requested object. This flag is beta and may change in the future."
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
    "n": "windows-line-endings",
    "d": "false",
    "u": "Defaults to the line ending native to your platform."
   }
  ]
 },
 "set image": {
  "short": "Update existing container image(s) of resources.",
  "long": "Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)",
  "examples": "  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'\n  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1\n  \n  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'\n  kubectl set image deployments,rc nginx=nginx:1.9.1 --all\n  \n  # Update image of all containers of daemonset abc to 'nginx:1.9.1'\n  kubectl set image daemonset abc *=nginx:1.9.1\n  \n  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server\n  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml",
  "usage": "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources, in the namespace of the specified resource types"
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
    "d": "'kubectl-set'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to get from a server."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, set image will NOT contact api-server but run locally."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
 "set resources": {
  "short": "Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.",
  "long": "Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.\n\n For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.\n\n Possible resources include (case insensitive): Use \"kubectl api-resources\" for a complete list of supported resources..",
  "examples": "  # Set a deployments nginx container cpu limits to \"200m\" and memory to \"512Mi\"\n  kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi\n  \n  # Set the resource request and limits for all containers in nginx\n  kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi\n  \n  # Remove the resource requests for resources on containers in nginx\n  kubectl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0\n  \n  # Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server\n  kubectl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml",
  "usage": "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "Select all resources, in the namespace of the specified resource types"
   },
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "s": "c",
    "n": "containers",
    "d": "'*'",
    "u": "The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards"
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-set'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files identifying the resource to get from a server."
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "limits",
    "d": "''",
    "u": "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, set resources will NOT contact api-server but run locally."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "requests",
    "d": "''",
    "u": "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges."
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints."
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
 "set env": {
  "short": "Update environment variables on a pod template.",
  "long": "Update environment variables on a pod template.\n\n List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.\n\n If \"--env -\" is passed, environment variables can be read from STDIN using the standard env syntax.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)",
  "examples": "  # Update deployment 'registry' with a new environment variable\n  kubectl set env deployment/registry STORAGE_DIR=/local\n  \n  # List the environment variables defined on a deployments 'sample-build'\n  kubectl set env deployment/sample-build --list\n  \n  # List the environment variables defined on all pods\n  kubectl set env pods --all --list\n  \n  # Output modified deployment in YAML, and does not alter the object on the server\n  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml\n  \n  # Update all containers in all replication controllers in the project to have ENV=prod\n  kubectl set env rc --all ENV=prod\n  \n  # Import environment from a secret\n  kubectl set env --from=secret/mysecret deployment/myapp\n  \n  # Import environment from a config map with a prefix\n  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp\n  \n  # Import specific keys from a config map\n  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp\n  \n  # Remove the environment variable ENV from container 'c1' in all deployment configs\n  kubectl set env deployments --all --containers=\"c1\" ENV-\n  \n  # Remove the environment variable ENV from a deployment definition on disk and\n  # update the deployment config on the server\n  kubectl set env -f deploy.json ENV-\n  \n  # Set some of the local shell environment into a deployment config on the server\n  env | grep RAILS_ | kubectl set env -e - deployment/registry",
  "usage": "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
  "flags": [
   {
    "n": "all",
    "d": "false",
    "u": "If true, select all resources in the namespace of the specified resource types"
   },
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "s": "c",
    "n": "containers",
    "d": "'*'",
    "u": "The names of containers in the selected pod templates to change - may use wildcards"
   },
   {
    "n": "dry-run",
    "d": "'none'",
    "u": "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."
   },
   {
    "s": "e",
    "n": "env",
    "d": "[]",
    "u": "Specify a key-value pair for an environment variable to set into each container."
   },
   {
    "n": "field-manager",
    "d": "'kubectl-set'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "f",
    "n": "filename",
    "d": "[]",
    "u": "Filename, directory, or URL to files the resource to update the env"
   },
   {
    "n": "from",
    "d": "''",
    "u": "The name of a resource from which to inject environment variables"
   },
   {
    "n": "keys",
    "d": "[]",
    "u": "Comma-separated list of keys to import from specified resource"
   },
   {
    "s": "k",
    "n": "kustomize",
    "d": "''",
    "u": "Process the kustomization directory. This flag can't be used together with -f or -R."
   },
   {
    "n": "list",
    "d": "false",
    "u": "If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env."
   },
   {
    "n": "local",
    "d": "false",
    "u": "If true, set env will NOT contact api-server but run locally."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "overwrite",
    "d": "true",
    "u": "If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment."
   },
   {
    "n": "prefix",
    "d": "''",
    "u": "Prefix to append to variable names"
   },
   {
    "s": "R",
    "n": "recursive",
    "d": "false",
    "u": "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."
   },
   {
    "n": "resolve",
    "d": "false",
    "u": "If true, show secret or configmap references when listing variables"
   },
   {
    "s": "l",
    "n": "selector",
    "d": "''",
    "u": "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
 "create deployment": {
  "short": "Create a deployment with the specified name.",
  "long": "Create a deployment with the specified name.\n\nAliases:\ndeployment, deploy",
  "examples": "  # Create a deployment named my-dep that runs the busybox image\n  kubectl create deployment my-dep --image=busybox\n  \n  # Create a deployment with a command\n  kubectl create deployment my-dep --image=busybox -- date\n  \n  # Create a deployment named my-dep that runs the nginx image with 3 replicas\n  kubectl create deployment my-dep --image=nginx --replicas=3\n  \n  # Create a deployment named my-dep that runs the busybox image and expose port 5701\n  kubectl create deployment my-dep --image=busybox --port=5701\n  \n  # Create a deployment named my-dep that runs multiple containers\n  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx",
  "usage": "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
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
    "n": "image",
    "d": "[]",
    "u": "Image names to run. A deployment can have multiple images set for multi-container pod."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
   },
   {
    "n": "port",
    "d": "-1",
    "u": "The containerPort that this deployment exposes."
   },
   {
    "s": "r",
    "n": "replicas",
    "d": "1",
    "u": "Number of replicas to create. Default is 1."
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
 "create service clusterip": {
  "short": "Create a ClusterIP service with the specified name.",
  "long": "Create a ClusterIP service with the specified name.",
  "examples": "  # Create a new ClusterIP service named my-cs\n  kubectl create service clusterip my-cs --tcp=5678:8080\n  \n  # Create a new ClusterIP service named my-cs (in headless mode)\n  kubectl create service clusterip my-cs --clusterip=\"None\"",
  "usage": "kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "clusterip",
    "d": "''",
    "u": "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing)."
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
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
    "n": "tcp",
    "d": "[]",
    "u": "Port pairs can be specified as '<port>:<targetPort>'."
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
 "create service nodeport": {
  "short": "Create a NodePort service with the specified name.",
  "long": "Create a NodePort service with the specified name.",
  "examples": "  # Create a new NodePort service named my-ns\n  kubectl create service nodeport my-ns --tcp=5678:8080",
  "usage": "kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
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
    "n": "node-port",
    "d": "0",
    "u": "Port used to expose the service on each node in a cluster."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
    "n": "tcp",
    "d": "[]",
    "u": "Port pairs can be specified as '<port>:<targetPort>'."
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
 "create service loadbalancer": {
  "short": "Create a LoadBalancer service with the specified name.",
  "long": "Create a LoadBalancer service with the specified name.",
  "examples": "  # Create a new LoadBalancer service named my-lbs\n  kubectl create service loadbalancer my-lbs --tcp=5678:8080",
  "usage": "kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
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
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
    "n": "tcp",
    "d": "[]",
    "u": "Port pairs can be specified as '<port>:<targetPort>'."
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
 "create service externalname": {
  "short": "Create an ExternalName service with the specified name.",
  "long": "Create an ExternalName service with the specified name.\n\n ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.",
  "examples": "  # Create a new ExternalName service named my-ns\n  kubectl create service externalname my-ns --external-name bar.com",
  "usage": "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]",
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
    "n": "external-name",
    "d": "''",
    "u": "External name of service"
   },
   {
    "n": "field-manager",
    "d": "'kubectl-create'",
    "u": "Name of the manager used to track field ownership."
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
    "n": "tcp",
    "d": "[]",
    "u": "Port pairs can be specified as '<port>:<targetPort>'."
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
 "create namespace": {
  "short": "Create a namespace with the specified name.",
  "long": "Create a namespace with the specified name.\n\nAliases:\nnamespace, ns",
  "examples": "  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace",
  "usage": "kubectl create namespace NAME [--dry-run=server|client|none] [options]",
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
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
 "create configmap": {
  "short": "Create a config map based on a file, directory, or specified literal value.",
  "long": "Create a config map based on a file, directory, or specified literal value.\n\n A single config map may package one or more key/value pairs.\n\n When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.\n\n When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).\n\nAliases:\nconfigmap, cm",
  "examples": "  # Create a new config map named my-config based on folder bar\n  kubectl create configmap my-config --from-file=path/to/bar\n  \n  # Create a new config map named my-config with specified keys instead of file basenames on disk\n  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt\n  \n  # Create a new config map named my-config with key1=config1 and key2=config2\n  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2\n  \n  # Create a new config map named my-config from the key=value pairs in the file\n  kubectl create configmap my-config --from-file=path/to/bar\n  \n  # Create a new config map named my-config from an env file\n  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env",
  "usage": "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "append-hash",
    "d": "false",
    "u": "Append a hash of the configmap to its name."
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
    "n": "from-env-file",
    "d": "[]",
    "u": "Specify the path to a file to read lines of key=val pairs to create a configmap."
   },
   {
    "n": "from-file",
    "d": "[]",
    "u": "Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key."
   },
   {
    "n": "from-literal",
    "d": "[]",
    "u": "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)"
   },
   {
    "s": "o",
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."
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
 "create service": {
  "short": "Create a service using a specified subcommand.",
  "long": "Create a service using a specified subcommand.\n\nAliases:\nservice, svc\n\nAvailable Commands:\n  clusterip      Create a ClusterIP service\n  externalname   Create an ExternalName service\n  loadbalancer   Create a LoadBalancer service\n  nodeport       Create a NodePort service",
  "usage": "kubectl create service [flags] [options]",
  "flags": []
 },
 "set": {
  "short": "Configure application resources.",
  "long": "Configure application resources.\n\n These commands help you make changes to existing application resources.\n\nAvailable Commands:\n  env              Update environment variables on a pod template\n  image            Update the image of a pod template\n  resources        Update resource requests/limits on objects with pod templates\n  selector         Set the selector on a resource\n  serviceaccount   Update the service account of a resource\n  subject          Update the user, group, or service account in a role binding or cluster role binding",
  "usage": "kubectl set SUBCOMMAND [options]",
  "flags": []
 }
};
