/** describeVolumes for the volume sources a course uses; others print `<unknown>` as upstream's default branch does. */
import type { PrefixWriter } from './writer.js';

type VolumePrinter = (w: PrefixWriter, src: any) => void;

/** One printer per volume source, in describe.go's switch order. */
const SOURCES: [string, VolumePrinter][] = [
  ['hostPath', (w, s) => w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${s.path}\n    HostPathType:\t${s.type ?? '<none>'}\n`)],
  ['emptyDir', (w, s) => w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${s.medium ?? ''}\n    SizeLimit:\t${s.sizeLimit ?? '<unset>'}\n`)],
  ['secret', (w, s) => w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${s.secretName ?? ''}\n    Optional:\t${s.optional === true}\n`)],
  ['configMap', (w, s) => w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${s.name ?? ''}\n    Optional:\t${s.optional === true}\n`)],
  ['persistentVolumeClaim', (w, s) => w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${s.claimName}\n    ReadOnly:\t${s.readOnly === true}\n`)],
  ['downwardAPI', (w, s) => {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const m of s.items ?? []) {
      if (m.fieldRef) w.write(3, `${m.fieldRef.fieldPath} -> ${m.path}\n`);
      if (m.resourceFieldRef) w.write(3, `${m.resourceFieldRef.resource} -> ${m.path}\n`);
    }
  }],
  ['projected', (w, s) => {
    w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const src of s.sources ?? []) {
      if (src.secret) w.write(2, `SecretName:\t${src.secret.name}\n    Optional:\t${src.secret.optional === true}\n`);
      else if (src.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
      else if (src.configMap) w.write(2, `ConfigMapName:\t${src.configMap.name}\n    Optional:\t${src.configMap.optional === true}\n`);
      else if (src.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds}\n`);
    }
  }],
];

export function describeVolumes(w: PrefixWriter, volumes: any[] | undefined, space: string): void {
  if (!volumes?.length) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    const hit = SOURCES.find(([key]) => v[key]);
    if (hit) hit[1](w, v[hit[0]]);
    else w.write(1, '<unknown>\n');
  }
}
