/**
 * Message table: core/v1 containers (ports, env, resources, probes, lifecycle, security context).
 * Field numbers: k8s.io/api v0.33.0 core/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const coreContainers: MessageTable = {
  AppArmorProfile: '1:type:string! 2:localhostProfile:string?',
  Capabilities: '1:add:[string] 2:drop:[string]',
  ConfigMapEnvSource: '1::LocalObjectReference 2:optional:bool?',
  ConfigMapKeySelector: '1::LocalObjectReference 2:key:string! 3:optional:bool?',
  Container: [
    '1:name:string! 2:image:string 3:command:[string] 4:args:[string] 5:workingDir:string',
    '6:ports:[ContainerPort] 19:envFrom:[EnvFromSource] 7:env:[EnvVar]',
    '8:resources:ResourceRequirements 23:resizePolicy:[ContainerResizePolicy]',
    '24:restartPolicy:string? 9:volumeMounts:[VolumeMount]',
    '21:volumeDevices:[VolumeDevice] 10:livenessProbe:Probe? 11:readinessProbe:Probe?',
    '22:startupProbe:Probe? 12:lifecycle:Lifecycle? 13:terminationMessagePath:string',
    '20:terminationMessagePolicy:string 14:imagePullPolicy:string',
    '15:securityContext:SecurityContext? 16:stdin:bool 17:stdinOnce:bool 18:tty:bool',
  ],
  ContainerImage: '1:names:[string]! 2:sizeBytes:int64',
  ContainerPort: [
    '1:name:string 2:hostPort:int32 3:containerPort:int32! 4:protocol:string',
    '5:hostIP:string',
  ],
  ContainerResizePolicy: '1:resourceName:string! 2:restartPolicy:string!',
  ContainerState: [
    '1:waiting:ContainerStateWaiting? 2:running:ContainerStateRunning?',
    '3:terminated:ContainerStateTerminated?',
  ],
  ContainerStateRunning: '1:startedAt:Time',
  ContainerStateTerminated: [
    '1:exitCode:int32! 2:signal:int32 3:reason:string 4:message:string 5:startedAt:Time',
    '6:finishedAt:Time 7:containerID:string',
  ],
  ContainerStateWaiting: '1:reason:string 2:message:string',
  ContainerStatus: [
    '1:name:string! 2:state:ContainerState 3:lastState:ContainerState 4:ready:bool!',
    '5:restartCount:int32! 6:image:string! 7:imageID:string! 8:containerID:string',
    '9:started:bool? 10:allocatedResources:{Quantity} 11:resources:ResourceRequirements?',
    '12:volumeMounts:[VolumeMountStatus] 13:user:ContainerUser?',
    '14:allocatedResourcesStatus:[ResourceStatus] 15:stopSignal:string?',
  ],
  ContainerUser: '1:linux:LinuxContainerUser?',
  EnvFromSource: [
    '1:prefix:string 2:configMapRef:ConfigMapEnvSource? 3:secretRef:SecretEnvSource?',
  ],
  EnvVar: '1:name:string! 2:value:string 3:valueFrom:EnvVarSource?',
  EnvVarSource: [
    '1:fieldRef:ObjectFieldSelector? 2:resourceFieldRef:ResourceFieldSelector?',
    '3:configMapKeyRef:ConfigMapKeySelector? 4:secretKeyRef:SecretKeySelector?',
  ],
  EphemeralContainer: '1::EphemeralContainerCommon 2:targetContainerName:string',
  EphemeralContainerCommon: [
    '1:name:string! 2:image:string 3:command:[string] 4:args:[string] 5:workingDir:string',
    '6:ports:[ContainerPort] 19:envFrom:[EnvFromSource] 7:env:[EnvVar]',
    '8:resources:ResourceRequirements 23:resizePolicy:[ContainerResizePolicy]',
    '24:restartPolicy:string? 9:volumeMounts:[VolumeMount]',
    '21:volumeDevices:[VolumeDevice] 10:livenessProbe:Probe? 11:readinessProbe:Probe?',
    '22:startupProbe:Probe? 12:lifecycle:Lifecycle? 13:terminationMessagePath:string',
    '20:terminationMessagePolicy:string 14:imagePullPolicy:string',
    '15:securityContext:SecurityContext? 16:stdin:bool 17:stdinOnce:bool 18:tty:bool',
  ],
  ExecAction: '1:command:[string]',
  GRPCAction: '1:port:int32! 2:service:string?!',
  HTTPGetAction: [
    '1:path:string 2:port:IntOrString! 3:host:string 4:scheme:string',
    '5:httpHeaders:[HTTPHeader]',
  ],
  HTTPHeader: '1:name:string! 2:value:string!',
  Lifecycle: '1:postStart:LifecycleHandler? 2:preStop:LifecycleHandler? 3:stopSignal:string?',
  LifecycleHandler: [
    '1:exec:ExecAction? 2:httpGet:HTTPGetAction? 3:tcpSocket:TCPSocketAction?',
    '4:sleep:SleepAction?',
  ],
  LinuxContainerUser: '1:uid:int64! 2:gid:int64! 3:supplementalGroups:[int64]',
  NodeRuntimeHandler: '1:name:string! 2:features:NodeRuntimeHandlerFeatures?',
  NodeRuntimeHandlerFeatures: '1:recursiveReadOnlyMounts:bool? 2:userNamespaces:bool?',
  PodSecurityContext: [
    '1:seLinuxOptions:SELinuxOptions? 8:windowsOptions:WindowsSecurityContextOptions?',
    '2:runAsUser:int64? 6:runAsGroup:int64? 3:runAsNonRoot:bool?',
    '4:supplementalGroups:[int64] 12:supplementalGroupsPolicy:string? 5:fsGroup:int64?',
    '7:sysctls:[Sysctl] 9:fsGroupChangePolicy:string? 10:seccompProfile:SeccompProfile?',
    '11:appArmorProfile:AppArmorProfile? 13:seLinuxChangePolicy:string?',
  ],
  Probe: [
    '1::ProbeHandler 2:initialDelaySeconds:int32 3:timeoutSeconds:int32',
    '4:periodSeconds:int32 5:successThreshold:int32 6:failureThreshold:int32',
    '7:terminationGracePeriodSeconds:int64?',
  ],
  ProbeHandler: [
    '1:exec:ExecAction? 2:httpGet:HTTPGetAction? 3:tcpSocket:TCPSocketAction?',
    '4:grpc:GRPCAction?',
  ],
  ResourceClaim: '1:name:string! 2:request:string',
  ResourceRequirements: '1:limits:{Quantity} 2:requests:{Quantity} 3:claims:[ResourceClaim]',
  SeccompProfile: '1:type:string! 2:localhostProfile:string?',
  SecretEnvSource: '1::LocalObjectReference 2:optional:bool?',
  SecretKeySelector: '1::LocalObjectReference 2:key:string! 3:optional:bool?',
  SecurityContext: [
    '1:capabilities:Capabilities? 2:privileged:bool? 3:seLinuxOptions:SELinuxOptions?',
    '10:windowsOptions:WindowsSecurityContextOptions? 4:runAsUser:int64?',
    '8:runAsGroup:int64? 5:runAsNonRoot:bool? 6:readOnlyRootFilesystem:bool?',
    '7:allowPrivilegeEscalation:bool? 9:procMount:string?',
    '11:seccompProfile:SeccompProfile? 12:appArmorProfile:AppArmorProfile?',
  ],
  SELinuxOptions: '1:user:string 2:role:string 3:type:string 4:level:string',
  SleepAction: '1:seconds:int64!',
  Sysctl: '1:name:string! 2:value:string!',
  TCPSocketAction: '1:port:IntOrString! 2:host:string',
  WindowsSecurityContextOptions: [
    '1:gmsaCredentialSpecName:string? 2:gmsaCredentialSpec:string?',
    '3:runAsUserName:string? 4:hostProcess:bool?',
  ],
};
