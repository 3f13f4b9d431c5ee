/** Loads every converter file; each registers its resources in the converter table. */
import './pod.js';
import './workloads.js';
import './batch.js';
import './network.js';
import './core.js';
import './events.js';
import './rbac.js';
import './autoscaling.js';
import './cluster-misc.js';
import './core-extra.js';
import './control-plane.js';
import './infra.js';
