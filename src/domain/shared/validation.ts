/** One message per top-level JSON field name (the first issue wins); issues on the whole object are left out. */
export function zodIssuesToFields(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  // A Map, not a plain object: a client-chosen key such as "__proto__" or "constructor" must stay an ordinary key.
  const fields = new Map<string, string>();
  for (const issue of issues) {
    const head = issue.path[0];
    // A symbol key can never come from JSON, and a root issue has no field to sit beside in the form.
    if (typeof head !== 'string' && typeof head !== 'number') continue;
    const key = String(head);
    if (!fields.has(key)) fields.set(key, issue.message);
  }
  return Object.fromEntries(fields);
}
