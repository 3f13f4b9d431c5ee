/**
 * Help texts and flags of `kubectl create job|cronjob|secret ...` as kubectl prints them
 * (`kubectl create job --help` …), kept as data in the write verbs' HelpData shape and
 * merged into their table so `helpOf('create job')` works like the other generators.
 */
import { HELP, type HelpData } from '../../apply/help-data.js';

export const BATCH_SECRET_HELP: Record<string, HelpData> = {
 "create job": {
  "short": "Create a job with the specified name.",
  "long": "Create a job with the specified name.",
  "examples": "  # Create a job\n  kubectl create job my-job --image=busybox\n  \n  # Create a job with a command\n  kubectl create job my-job --image=busybox -- date\n  \n  # Create a job from a cron job named \"a-cronjob\"\n  kubectl create job test-job --from=cronjob/a-cronjob",
  "usage": "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]",
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
    "n": "from",
    "d": "''",
    "u": "The name of the resource to create a Job from (only cronjob is supported)."
   },
   {
    "n": "image",
    "d": "''",
    "u": "Image name to run."
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
 "create cronjob": {
  "short": "Create a cron job with the specified name.",
  "long": "Create a cron job with the specified name.\n\nAliases:\ncronjob, cj",
  "examples": "  # Create a cron job\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\"\n  \n  # Create a cron job with a command\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\" -- date",
  "usage": "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
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
    "d": "''",
    "u": "Image name to run."
   },
   {
    "n": "output",
    "d": "''",
    "u": "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
    "s": "o"
   },
   {
    "n": "restart",
    "d": "''",
    "u": "job's restart policy. supported values: OnFailure, Never"
   },
   {
    "n": "save-config",
    "d": "false",
    "u": "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."
   },
   {
    "n": "schedule",
    "d": "''",
    "u": "A schedule in the Cron format the job should be run with."
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
 "create secret": {
  "short": "Create a secret with specified type.",
  "long": "Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.",
  "usage": "kubectl create secret (docker-registry | generic | tls) [options]",
  "flags": []
 },
 "create secret generic": {
  "short": "Create a secret based on a file, directory, or specified literal value.",
  "long": "Create a secret based on a file, directory, or specified literal value.\n\n A single secret may package one or more key/value pairs.\n\n When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.\n\n When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).",
  "examples": "  # Create a new secret named my-secret with keys for each file in folder bar\n  kubectl create secret generic my-secret --from-file=path/to/bar\n  \n  # Create a new secret named my-secret with specified keys instead of names on disk\n  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub\n  \n  # Create a new secret named my-secret with key1=supersecret and key2=topsecret\n  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret\n  \n  # Create a new secret named my-secret using a combination of a file and a literal\n  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret\n  \n  # Create a new secret named my-secret from env files\n  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env",
  "usage": "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "append-hash",
    "d": "false",
    "u": "Append a hash of the secret to its name."
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
    "u": "Specify the path to a file to read lines of key=val pairs to create a secret."
   },
   {
    "n": "from-file",
    "d": "[]",
    "u": "Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key."
   },
   {
    "n": "from-literal",
    "d": "[]",
    "u": "Specify a key and literal value to insert in secret (i.e. mykey=somevalue)"
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
    "n": "type",
    "d": "''",
    "u": "The type of secret to create"
   },
   {
    "n": "validate",
    "d": "'strict'",
    "u": "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."
   }
  ]
 },
 "create secret tls": {
  "short": "Create a TLS secret from the given public/private key pair.",
  "long": "Create a TLS secret from the given public/private key pair.\n\n The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.",
  "examples": "  # Create a new TLS secret named tls-secret with the given key pair\n  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key",
  "usage": "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "append-hash",
    "d": "false",
    "u": "Append a hash of the secret to its name."
   },
   {
    "n": "cert",
    "d": "''",
    "u": "Path to PEM encoded public key certificate."
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
    "n": "key",
    "d": "''",
    "u": "Path to private key associated with given certificate."
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
 "create secret docker-registry": {
  "short": "Create a new secret for use with Docker registries.",
  "long": "Create a new secret for use with Docker registries.\n        \n        Dockercfg secrets are used to authenticate against Docker registries.\n        \n        When using the Docker command line to push images, you can authenticate to a given registry by running:\n        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.\n        \n That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.\n\n        When creating applications, you may have a Docker registry that requires authentication.  In order for the\n        nodes to pull images on your behalf, they must have the credentials.  You can provide this information\n        by creating a dockercfg secret and attaching it to your service account.",
  "examples": "  # If you do not already have a .dockercfg file, create a dockercfg secret directly\n  kubectl create secret docker-registry my-secret --docker-server=DOCKER_REGISTRY_SERVER --docker-username=DOCKER_USER --docker-password=DOCKER_PASSWORD --docker-email=DOCKER_EMAIL\n  \n  # Create a new secret named my-secret from ~/.docker/config.json\n  kubectl create secret docker-registry my-secret --from-file=path/to/.docker/config.json",
  "usage": "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]",
  "flags": [
   {
    "n": "allow-missing-template-keys",
    "d": "true",
    "u": "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."
   },
   {
    "n": "append-hash",
    "d": "false",
    "u": "Append a hash of the secret to its name."
   },
   {
    "n": "docker-email",
    "d": "''",
    "u": "Email for Docker registry"
   },
   {
    "n": "docker-password",
    "d": "''",
    "u": "Password for Docker registry authentication"
   },
   {
    "n": "docker-server",
    "d": "'https://index.docker.io/v1/'",
    "u": "Server location for Docker registry"
   },
   {
    "n": "docker-username",
    "d": "''",
    "u": "Username for Docker registry authentication"
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
    "n": "from-file",
    "d": "[]",
    "u": "Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used. Specifying a directory will iterate each named file in the directory that is a valid secret key. For this command, the key should always be .dockerconfigjson."
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
 }
};

// The write verbs' table is the one helpOf() reads; these commands join it.
Object.assign(HELP, BATCH_SECRET_HELP);
