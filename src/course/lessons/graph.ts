/**
 * Course-wide checks across lessons: duplicate ids and orders, unknown prerequisites and
 * prerequisite cycles.
 */
import type { Lesson, LessonProblem } from './types.js';

/** Problems that involve more than one lesson. */
export function checkLessonGraph(lessons: readonly Lesson[]): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const byId = new Map<string, Lesson>();
  const byOrder = new Map<number, Lesson>();
  for (const l of lessons) {
    const seen = byId.get(l.id);
    if (seen) problems.push({ file: l.file, key: 'id', message: `duplicate lesson id "${l.id}" (also in ${seen.file})` });
    else byId.set(l.id, l);
    const sameOrder = byOrder.get(l.order);
    if (sameOrder) {
      problems.push({ file: l.file, key: 'order', message: `duplicate order ${l.order} (also in ${sameOrder.file})` });
    } else byOrder.set(l.order, l);
  }
  for (const l of lessons) {
    l.prerequisites.forEach((p, i) => {
      const key = `prerequisites[${i}]`;
      if (p === l.id) problems.push({ file: l.file, key, message: 'a lesson cannot be its own prerequisite' });
      else if (!byId.has(p)) problems.push({ file: l.file, key, message: `unknown lesson "${p}"` });
    });
  }
  for (const cycle of findCycles(byId)) {
    const first = byId.get(cycle[0] ?? '');
    if (first) problems.push({ file: first.file, key: 'prerequisites', message: `prerequisite cycle: ${cycle.join(' -> ')}` });
  }
  return problems;
}

/** Each cycle once, as a path that starts and ends with the same id (smallest id first). */
function findCycles(byId: ReadonlyMap<string, Lesson>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of byId.get(id)?.prerequisites ?? []) {
      if (!byId.has(next) || next === id) continue;
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
