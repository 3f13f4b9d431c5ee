/**
 * HorizontalPodAutoscaler metrics between autoscaling/v2 and the autoscaling/v1 shapes the
 * v1 conversion keeps in round-trip annotations (k8s.io/api/autoscaling/v1 MetricSpec and
 * MetricStatus, whose fields are the old v2beta1 ones: targetAverageUtilization, metricName, ...).
 * Keys are written in the Go structs' field order, as encoding/json writes them; fields the
 * Go types mark omitempty are left out when unset, the others written as Go would.
 */
type Obj = Record<string, any>;

/** Drops undefined values, keeping key order. */
function compact(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** One v2 MetricSpec → v1 MetricSpec. */
export function specToV1(m: Obj): Obj {
  const t = m.resource?.target ?? m.containerResource?.target ?? m.pods?.target ?? m.object?.target ?? m.external?.target ?? {};
  switch (m.type) {
    case 'Resource':
      return { type: m.type, resource: compact({ name: m.resource?.name, targetAverageUtilization: t.averageUtilization, targetAverageValue: t.averageValue }) };
    case 'ContainerResource':
      return { type: m.type, containerResource: compact({ name: m.containerResource?.name, targetAverageUtilization: t.averageUtilization, targetAverageValue: t.averageValue, container: m.containerResource?.container }) };
    case 'Pods':
      return { type: m.type, pods: compact({ metricName: m.pods?.metric?.name, targetAverageValue: t.averageValue ?? '0', selector: m.pods?.metric?.selector }) };
    case 'Object':
      return { type: m.type, object: compact({ target: m.object?.describedObject, metricName: m.object?.metric?.name, targetValue: t.value ?? '0', selector: m.object?.metric?.selector, averageValue: t.averageValue }) };
    case 'External':
      return { type: m.type, external: compact({ metricName: m.external?.metric?.name, metricSelector: m.external?.metric?.selector, targetValue: t.value, targetAverageValue: t.averageValue }) };
    default:
      return { type: m.type };
  }
}

/** A v2 MetricTarget from v1's value fields (Utilization wins, then AverageValue, then Value). */
function target(utilization: unknown, averageValue: unknown, value?: unknown): Obj {
  if (utilization !== undefined) return { type: 'Utilization', averageUtilization: utilization };
  if (averageValue !== undefined) return { type: 'AverageValue', averageValue };
  return compact({ type: 'Value', value });
}

/** One v1 MetricSpec (from the annotation) → v2 MetricSpec. */
export function specFromV1(m: Obj): Obj {
  switch (m.type) {
    case 'Resource':
      return { type: m.type, resource: { name: m.resource?.name, target: target(m.resource?.targetAverageUtilization, m.resource?.targetAverageValue) } };
    case 'ContainerResource': {
      const c = m.containerResource ?? {};
      return { type: m.type, containerResource: { name: c.name, target: target(c.targetAverageUtilization, c.targetAverageValue), container: c.container } };
    }
    case 'Pods':
      return { type: m.type, pods: { metric: compact({ name: m.pods?.metricName, selector: m.pods?.selector }), target: target(undefined, m.pods?.targetAverageValue) } };
    case 'Object': {
      const o = m.object ?? {};
      return { type: m.type, object: { describedObject: o.target, metric: compact({ name: o.metricName, selector: o.selector }), target: o.averageValue !== undefined ? target(undefined, o.averageValue) : target(undefined, undefined, o.targetValue) } };
    }
    case 'External': {
      const e = m.external ?? {};
      return { type: m.type, external: { metric: compact({ name: e.metricName, selector: e.metricSelector }), target: target(undefined, e.targetAverageValue, e.targetValue) } };
    }
    default:
      return { type: m.type };
  }
}

/** One v2 MetricStatus → v1 MetricStatus. */
export function statusToV1(m: Obj): Obj {
  const c = m.resource?.current ?? m.containerResource?.current ?? m.pods?.current ?? m.object?.current ?? m.external?.current ?? {};
  switch (m.type) {
    case 'Resource':
      return { type: m.type, resource: compact({ name: m.resource?.name, currentAverageUtilization: c.averageUtilization, currentAverageValue: c.averageValue ?? '0' }) };
    case 'ContainerResource':
      return { type: m.type, containerResource: compact({ name: m.containerResource?.name, currentAverageUtilization: c.averageUtilization, currentAverageValue: c.averageValue ?? '0', container: m.containerResource?.container }) };
    case 'Pods':
      return { type: m.type, pods: compact({ metricName: m.pods?.metric?.name, currentAverageValue: c.averageValue ?? '0', selector: m.pods?.metric?.selector }) };
    case 'Object':
      return { type: m.type, object: compact({ target: m.object?.describedObject, metricName: m.object?.metric?.name, currentValue: c.value ?? '0', selector: m.object?.metric?.selector, averageValue: c.averageValue }) };
    case 'External':
      return { type: m.type, external: compact({ metricName: m.external?.metric?.name, metricSelector: m.external?.metric?.selector, currentValue: c.value ?? '0', currentAverageValue: c.averageValue }) };
    default:
      return { type: m.type };
  }
}

/** One v1 MetricStatus (from the annotation) → v2 MetricStatus. */
export function statusFromV1(m: Obj): Obj {
  switch (m.type) {
    case 'Resource':
      return { type: m.type, resource: { name: m.resource?.name, current: compact({ averageUtilization: m.resource?.currentAverageUtilization, averageValue: m.resource?.currentAverageValue }) } };
    case 'ContainerResource': {
      const c = m.containerResource ?? {};
      return { type: m.type, containerResource: { name: c.name, current: compact({ averageUtilization: c.currentAverageUtilization, averageValue: c.currentAverageValue }), container: c.container } };
    }
    case 'Pods':
      return { type: m.type, pods: { metric: compact({ name: m.pods?.metricName, selector: m.pods?.selector }), current: { averageValue: m.pods?.currentAverageValue } } };
    case 'Object': {
      const o = m.object ?? {};
      return { type: m.type, object: { describedObject: o.target, metric: compact({ name: o.metricName, selector: o.selector }), current: compact({ value: o.currentValue, averageValue: o.averageValue }) } };
    }
    case 'External': {
      const e = m.external ?? {};
      return { type: m.type, external: { metric: compact({ name: e.metricName, selector: e.metricSelector }), current: compact({ value: e.currentValue, averageValue: e.currentAverageValue }) } };
    }
    default:
      return { type: m.type };
  }
}

/**
 * The behavior annotation holds the *internal* type marshaled without JSON tags (a TODO in
 * pkg/apis/autoscaling/v1/conversion.go): Go field names, nil pointers as null.
 */
export function behaviorToAnnotation(b: Obj): string {
  const rules = (r: Obj | undefined) => (r ? {
    StabilizationWindowSeconds: r.stabilizationWindowSeconds ?? null,
    SelectPolicy: r.selectPolicy ?? null,
    Policies: r.policies ? r.policies.map((p: Obj) => ({ Type: p.type, Value: p.value, PeriodSeconds: p.periodSeconds })) : null,
  } : null);
  return JSON.stringify({ ScaleUp: rules(b.scaleUp), ScaleDown: rules(b.scaleDown) });
}

/** Reads the behavior annotation back (encoding/json matches keys case-insensitively). */
export function behaviorFromAnnotation(text: string): Obj | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const get = (o: Obj, key: string) => Object.entries(o).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const rules = (r: unknown): Obj | undefined => {
    if (!r || typeof r !== 'object') return undefined;
    const policies = get(r as Obj, 'policies');
    return compact({
      stabilizationWindowSeconds: get(r as Obj, 'stabilizationWindowSeconds') ?? undefined,
      selectPolicy: get(r as Obj, 'selectPolicy') ?? undefined,
      policies: Array.isArray(policies) ? policies.map((p: Obj) => ({ type: get(p, 'type'), value: get(p, 'value'), periodSeconds: get(p, 'periodSeconds') })) : undefined,
    });
  };
  return compact({ scaleUp: rules(get(raw as Obj, 'scaleUp')), scaleDown: rules(get(raw as Obj, 'scaleDown')) });
}
