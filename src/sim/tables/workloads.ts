/**
 * Deployments, ReplicaSets, ReplicationControllers, StatefulSets, DaemonSets
 * (printDeployment, printReplicaSet, printReplicationController, printStatefulSet,
 * printDaemonSet in kubernetes/kubernetes pkg/printers/internalversion/printers.go).
 */
import { containerCells, formatMap, formatSelector, selectorString, since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

const templateCols = () => [
  col('Containers', 'string', 1, '', 'Names of each container in the template.'),
  col('Images', 'string', 1, '', 'Images referenced by each container in the template.'),
];

registerTable('deployments.apps', {
  columns: [nameCol(), col('Ready'), col('Up-to-date'), col('Available'), col('Age'), ...templateCols(), col('Selector', 'string', 1)],
  row(d, ctx) {
    const st = d.status ?? {};
    const [names, images] = containerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata.name, `${st.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0,
      since(d.metadata.creationTimestamp, ctx), names, images, selectorString(d.spec?.selector),
    ];
  },
});

const replicaColumns = () => [nameCol(), col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Age'), ...templateCols(), col('Selector', 'string', 1)];

registerTable('replicasets.apps', {
  columns: replicaColumns(),
  row(rs, ctx) {
    const [names, images] = containerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata.name, rs.spec?.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0,
      since(rs.metadata.creationTimestamp, ctx), names, images, formatSelector(rs.spec?.selector),
    ];
  },
});

registerTable('replicationcontrollers', {
  columns: replicaColumns(),
  row(rc, ctx) {
    const [names, images] = containerCells(rc.spec?.template?.spec?.containers);
    return [
      rc.metadata.name, rc.spec?.replicas ?? 0, rc.status?.replicas ?? 0, rc.status?.readyReplicas ?? 0,
      since(rc.metadata.creationTimestamp, ctx), names, images, formatMap(rc.spec?.selector),
    ];
  },
});

registerTable('statefulsets.apps', {
  columns: [nameCol(), col('Ready'), col('Age'), ...templateCols()],
  row(s, ctx) {
    const [names, images] = containerCells(s.spec?.template?.spec?.containers);
    return [s.metadata.name, `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 0}`, since(s.metadata.creationTimestamp, ctx), names, images];
  },
});

registerTable('daemonsets.apps', {
  columns: [
    nameCol(), col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Up-to-date', 'integer'),
    col('Available', 'integer'), col('Node Selector'), col('Age'), ...templateCols(), col('Selector', 'string', 1),
  ],
  row(ds, ctx) {
    const st = ds.status ?? {};
    const [names, images] = containerCells(ds.spec?.template?.spec?.containers);
    return [
      ds.metadata.name, st.desiredNumberScheduled ?? 0, st.currentNumberScheduled ?? 0, st.numberReady ?? 0,
      st.updatedNumberScheduled ?? 0, st.numberAvailable ?? 0, formatMap(ds.spec?.template?.spec?.nodeSelector),
      since(ds.metadata.creationTimestamp, ctx), names, images, formatSelector(ds.spec?.selector),
    ];
  },
});
