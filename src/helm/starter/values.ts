/** Chart.yaml, values.yaml and .helmignore of the `helm create` starter (`%s` = chart name). */

export const CHART_YAML = `apiVersion: v2
name: %s
description: A Helm chart for Kubernetes

# A chart can be either an 'application' or a 'library' chart.
#
# Application charts are a collection of templates that can be packaged into versioned archives
# to be deployed.
#
# Library charts provide useful utilities or functions for the chart developer. They're included as
# a dependency of application charts to inject those utilities and functions into the rendering
# pipeline. Library charts do not define any templates and therefore cannot be deployed.
type: application

# This is the chart version. This version number should be incremented each time you make changes
# to the chart and its templates, including the app version.
# Versions are expected to follow Semantic Versioning (https://semver.org/)
version: 0.1.0

# This is the version number of the application being deployed. This version number should be
# incremented each time you make changes to the application. Versions are not expected to
# follow Semantic Versioning. They should reflect the version the application is using.
# It is recommended to use it with quotes.
appVersion: "1.16.0"
`;

export const VALUES_YAML = `# Default values for %s.
# This is a YAML-formatted file.
# Declare variables to be passed into your templates.

# Number of Pods the Deployment runs (ignored when autoscaling is enabled).
# https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
replicaCount: 1

# Container image; the tag defaults to the chart's appVersion.
# https://kubernetes.io/docs/concepts/containers/images/
image:
  repository: nginx
  # https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
  pullPolicy: IfNotPresent
  # Overrides the image tag whose default is the chart appVersion.
  tag: ""

# Secrets for pulling images from a private registry.
# https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/
imagePullSecrets: []
# Override the chart name used in resource names.
nameOverride: ""
fullnameOverride: ""

# ServiceAccount for the Pods.
# https://kubernetes.io/docs/concepts/security/service-accounts/
serviceAccount:
  # Specifies whether a service account should be created
  create: true
  # Automatically mount a ServiceAccount's API credentials?
  automount: true
  # Annotations to add to the service account
  annotations: {}
  # The name of the service account to use.
  # If not set and create is true, a name is generated using the fullname template
  name: ""

# Extra annotations and labels for the Pods.
# https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
podAnnotations: {}
# https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
podLabels: {}

podSecurityContext: {}
  # fsGroup: 2000

securityContext: {}
  # capabilities:
  #   drop:
  #   - ALL
  # readOnlyRootFilesystem: true
  # runAsNonRoot: true
  # runAsUser: 1000

# The Service in front of the Pods.
# https://kubernetes.io/docs/concepts/services-networking/service/
service:
  # https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
  type: ClusterIP
  # https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports
  port: 80

# Ingress for outside traffic.
# https://kubernetes.io/docs/concepts/services-networking/ingress/
ingress:
  enabled: false
  className: ""
  annotations: {}
    # kubernetes.io/ingress.class: nginx
    # kubernetes.io/tls-acme: "true"
  hosts:
    - host: chart-example.local
      paths:
        - path: /
          pathType: ImplementationSpecific
  tls: []
  #  - secretName: chart-example-tls
  #    hosts:
  #      - chart-example.local

# HTTPRoute (Gateway API) for outside traffic; needs Gateway API CRDs and a Gateway.
# https://gateway-api.sigs.k8s.io/guides/http-routing/
httpRoute:
  enabled: false
  annotations: {}
  # Gateways the route attaches to.
  parentRefs:
    - name: gateway
      sectionName: http
      # namespace: default
  # Hostnames matched against the HTTP Host header.
  hostnames:
    - chart-example.local
  # Rules with matches, filters and backends.
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /headers
      # filters:
      #   - type: RequestHeaderModifier
      #     requestHeaderModifier:
      #       set:
      #         - name: My-Overwrite-Header
      #           value: this-is-the-only-value
      #       remove:
      #         - User-Agent

resources: {}
  # Leaving resources unset lets the chart run on small clusters such as Minikube.
  # To set them, remove the curly braces after 'resources:' and uncomment these lines.
  # limits:
  #   cpu: 100m
  #   memory: 128Mi
  # requests:
  #   cpu: 100m
  #   memory: 128Mi

# Probes that decide restarts and readiness.
# https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
livenessProbe:
  httpGet:
    path: /
    port: http
readinessProbe:
  httpGet:
    path: /
    port: http

# HorizontalPodAutoscaler settings.
# https://kubernetes.io/docs/concepts/workloads/autoscaling/
autoscaling:
  enabled: false
  minReplicas: 1
  maxReplicas: 100
  targetCPUUtilizationPercentage: 80
  # targetMemoryUtilizationPercentage: 80

# Additional volumes on the output Deployment definition.
volumes: []
  # - name: foo
  #   secret:
  #     secretName: mysecret
  #     optional: false

# Additional volumeMounts on the output Deployment definition.
volumeMounts: []
  # - name: foo
  #   mountPath: "/etc/foo"
  #   readOnly: true

nodeSelector: {}

tolerations: []

affinity: {}
`;

export const HELMIGNORE = `# Patterns to ignore when building packages.
# This supports shell glob matching, relative path matching, and
# negation (prefixed with !). Only one pattern per line.
.DS_Store
# Common VCS dirs
.git/
.gitignore
.bzr/
.bzrignore
.hg/
.hgignore
.svn/
# Common backup files
*.swp
*.bak
*.tmp
*.orig
*~
# Various IDEs
.project
.idea/
*.tmproj
.vscode/
`;
