/**
 * What a new cluster is made of, in install order. Adding a controller family or a
 * subsystem is adding a row here.
 */
import type { ClusterPlugin } from './cluster.js';
import { authPlugin } from './auth/index.js';
import { bootstrapPlugin } from './bootstrap.js';
import { kubeSystemPlugin } from './bootstrap-kube-system.js';
import { controllersPlugin } from './controllers/index.js';
import { nodeModelPlugin } from './node/index.js';
import { scaleSubresourcePlugin } from './scale-subresource.js';
import { computedResourcesPlugin } from './component-statuses.js';
import { apiServicesPlugin } from './bootstrap-apiservices.js';
import { subjectReviewsPlugin } from './auth/subject-reviews.js';
import { csiNodesPlugin } from './bootstrap-csinodes.js';

export const PLUGINS: ClusterPlugin[] = [bootstrapPlugin, authPlugin, nodeModelPlugin, controllersPlugin, scaleSubresourcePlugin, kubeSystemPlugin, computedResourcesPlugin, apiServicesPlugin, subjectReviewsPlugin, csiNodesPlugin];
