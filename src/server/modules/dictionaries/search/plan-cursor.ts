import { AndCursor, OrCursor, type Cursor } from './cursors';
import type { Postings } from './postings';
import type { Plan } from './query';

/** Opens a plan on a segment's postings; null when it selects nothing there. */
export function openPlan(plan: Plan, postings: Postings): Cursor | null {
  if ('gram' in plan) return postings.cursor(plan.gram);
  if ('and' in plan) {
    const children: Cursor[] = [];
    for (const child of plan.and) {
      const cursor = openPlan(child, postings);
      if (!cursor) return null;
      children.push(cursor);
    }
    return children.length === 1 ? children[0]! : new AndCursor(children);
  }
  const children = plan.or.map((child) => openPlan(child, postings)).filter((c): c is Cursor => c !== null);
  if (children.length === 0) return null;
  return children.length === 1 ? children[0]! : new OrCursor(children);
}
