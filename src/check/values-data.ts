// What the rules need from content/values.yaml, read once per run: the valid values by id, and
// every id the file gives. Each entry is judged on its own, so one bad entry (reported by the
// schema rules in its file) does not make every <Value> that names a good one fail too.
import { valueSchema, type DataValue } from '../schemas/value.ts';

export interface ValuesData {
  /** The valid entries by id; of two with the same id, the first. */
  values: ReadonlyMap<string, DataValue>;
  /** Every id the file gives, valid entry or not, so a `<Value>` naming a broken entry is not also reported. */
  ids: ReadonlySet<string>;
}

export const NO_VALUES: ValuesData = { values: new Map(), ids: new Set() };

/** The values in the parsed YAML of content/values.yaml (anything else gives none). */
export function valuesData(yaml: unknown): ValuesData {
  if (!Array.isArray(yaml)) return NO_VALUES;
  const schema = valueSchema();
  const values = new Map<string, DataValue>();
  const ids = new Set<string>();
  for (const raw of yaml as unknown[]) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
    if (typeof id === 'string') ids.add(id);
    const entry = schema.safeParse(raw);
    if (entry.success && !values.has(entry.data.id)) values.set(entry.data.id, entry.data);
  }
  return { values, ids };
}
