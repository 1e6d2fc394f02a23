// What comes from other devices is checked before it touches anything: the shape of each change
// (a damaged or hostile file, a newer app's store) and, once merged, each record against the
// backup's own schema (what the app can store and restore).
import type * as V from 'valibot';
import { ANY_FIELD, type Change } from '../../domain/sync/change';
import { decodeHlc, isHlc } from '../../domain/sync/hlc';
import { DEVICE_SETTINGS, isLocalField } from '../../domain/sync/policy';
import { DEFAULT_SETTINGS } from '../../domain/types';
import { USER_STORES } from '../db';
import { syncedValues } from './hook';

const STORE_SET: ReadonlySet<string> = new Set(USER_STORES);
/** Field names as records have them: never '__proto__' or anything odd. */
const FIELD_RE = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A change as it must look to be applied (the engine decrypted it: still outside data). */
type Values = Record<string, unknown>;

export function isValidChange(c: unknown): c is Change {
  if (!isPlain(c)) return false;
  const { store, id, device, hlc, fields, unset, deleted, base, resolves, elements } = c;
  if (typeof store !== 'string' || !STORE_SET.has(store)) return false;
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return false;
  if (!isHlc(hlc) || decodeHlc(hlc)?.device !== device) return false;
  if (
    fields !== undefined &&
    !(isPlain(fields) && Object.keys(fields).every((f) => FIELD_RE.test(f)))
  ) {
    return false;
  }
  if (
    unset !== undefined &&
    !(Array.isArray(unset) && unset.every((f) => typeof f === 'string' && FIELD_RE.test(f)))
  ) {
    return false;
  }
  if (deleted !== undefined && deleted !== true) return false;
  if (base !== undefined) {
    if (!isPlain(base)) return false;
    for (const [k, v] of Object.entries(base)) {
      if ((k !== ANY_FIELD && !FIELD_RE.test(k)) || (v !== '' && !isHlc(v))) return false;
    }
  }
  if (elements !== undefined && !validElements(elements, fields)) return false;
  return (
    resolves === undefined ||
    (Array.isArray(resolves) && resolves.every((r) => typeof r === 'string'))
  );
}

const isKeyList = (x: unknown) =>
  x === undefined ||
  (Array.isArray(x) && x.every((k) => typeof k === 'string' && k.length <= MAX_KEY));
const MAX_KEY = 200;

/** Set edits: per field that travels in `fields`, lists of element keys (sets.ts). */
function validElements(elements: unknown, fields: unknown): boolean {
  if (!isPlain(elements) || !isPlain(fields)) return false;
  return Object.entries(elements).every(
    ([f, ops]) =>
      FIELD_RE.test(f) &&
      Object.hasOwn(fields, f) &&
      isPlain(ops) &&
      isKeyList(ops.add) &&
      isKeyList(ops.remove) &&
      isKeyList(ops.order),
  );
}

export type Schemas = { v: typeof V; check: (store: string, record: unknown) => boolean };

export async function loadSchemas(): Promise<Schemas> {
  const [v, { RECORD_SCHEMAS, SettingsSchema }] = await Promise.all([
    import('valibot'),
    import('../backup/schema'),
  ]);
  const all: Record<string, V.GenericSchema> = { ...RECORD_SCHEMAS, settings: SettingsSchema };
  return {
    v,
    check: (store, record) => {
      const schema = all[store];
      return schema !== undefined && v.safeParse(schema, record, { abortEarly: true }).success;
    },
  };
}

/** A change never touches this device's own fields (a theme from another device, say). */
export function withoutLocalFields(c: Change): Change {
  const local = (f: string) => isLocalField(c.store, f);
  const names = [...Object.keys(c.fields ?? {}), ...(c.unset ?? [])];
  if (!names.some(local)) return c;
  const fields = Object.fromEntries(Object.entries(c.fields ?? {}).filter(([f]) => !local(f)));
  const unset = (c.unset ?? []).filter((f) => !local(f));
  const elements = c.elements
    ? { elements: Object.fromEntries(Object.entries(c.elements).filter(([f]) => !local(f))) }
    : {};
  return { ...c, fields, ...(c.unset ? { unset } : {}), ...elements };
}

/** This device's own settings as a new install has them (the rest comes from the change). */
export function deviceDefaults(): Values {
  const defaults = DEFAULT_SETTINGS as unknown as Values;
  return Object.fromEntries(
    DEVICE_SETTINGS.flatMap((k) => (k in defaults ? [[k, defaults[k]]] : [])),
  );
}

/** This device's own settings fields, which no other device's change touches. */
export function localSettings(stored: Values | undefined): Values {
  if (!stored) return {};
  const out: Values = {};
  for (const [k, v] of Object.entries(stored))
    if (!(k in syncedValues('settings', { [k]: v }))) out[k] = v;
  return out;
}
