// A hybrid logical clock (Kulkarni et al., 2014): wall time in ms, a counter for events within
// the same ms (or while a clock ahead of ours is being caught up with), and the device id as the
// last tie-break. Encoded as a fixed-width string, so plain string comparison is the total order
// every device agrees on. Pure: the caller passes the time in.

export interface Hlc {
  /** Milliseconds since the epoch: the wall clock, or a clock ahead of ours that we adopted. */
  readonly wall: number;
  readonly counter: number;
  readonly device: string;
}

/** Remote clocks further ahead of ours than this are reported, so the UI can warn. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const COUNTER_MAX = 10 ** COUNTER_DIGITS - 1;
const WALL_MAX = 10 ** WALL_DIGITS - 1;
/** Device ids are short and plain: they end every clock string, so they must not hold a '.'. */
export const DEVICE_ID_PATTERN = /^[a-z0-9]{4,32}$/;
const HLC_PATTERN = /^(\d{15})\.(\d{5})\.([a-z0-9]{4,32})$/;

/** The smallest clock: older than any clock a device can make. */
export const ZERO_HLC = '';

export function encodeHlc(clock: Hlc): string {
  return `${String(clock.wall).padStart(WALL_DIGITS, '0')}.${String(clock.counter).padStart(
    COUNTER_DIGITS,
    '0',
  )}.${clock.device}`;
}

/** The clock a string holds, or null when it is not one (a file from elsewhere may lie). */
export function decodeHlc(text: string): Hlc | null {
  const m = HLC_PATTERN.exec(text);
  if (!m) return null;
  return { wall: Number(m[1]), counter: Number(m[2]), device: m[3] ?? '' };
}

export function isHlc(text: unknown): text is string {
  return typeof text === 'string' && HLC_PATTERN.test(text);
}

/** Total order: wall, then counter, then device id. Same as comparing the encoded strings. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: string, b: string): string {
  return a < b ? b : a;
}

/** The device part of an encoded clock ('' when it is not a clock). */
export function deviceOf(text: string): string {
  return decodeHlc(text)?.device ?? '';
}

/** The wall time of an encoded clock as an ISO timestamp (for "changed on … at …"). */
export function timeOf(text: string): string | null {
  const clock = decodeHlc(text);
  return clock ? new Date(Math.min(clock.wall, 8.64e15)).toISOString() : null;
}

function clampWall(ms: number): number {
  return Math.max(0, Math.min(WALL_MAX, Math.floor(ms)));
}

/** A counter that would overflow moves the clock one ms on instead (still monotonic). */
function settle(wall: number, counter: number, device: string): Hlc {
  return counter > COUNTER_MAX
    ? { wall: clampWall(wall + 1), counter: 0, device }
    : { wall, counter, device };
}

/**
 * The clock of a new local event: never behind the last one this device made or adopted, even
 * when the wall clock went back (a corrected clock, a time-zone change).
 */
export function tick(last: Hlc | null, nowMs: number, device: string): Hlc {
  const now = clampWall(nowMs);
  if (!last || now > last.wall) return { wall: now, counter: 0, device };
  return settle(last.wall, last.counter + 1, device);
}

export interface Received {
  /** This device's clock after seeing the remote one: ahead of both. */
  readonly clock: Hlc;
  /** How far the remote clock is ahead of our wall clock, when more than MAX_SKEW_MS. */
  readonly skewMs: number | null;
}

/**
 * Merges a clock seen in a remote change. A remote clock ahead of ours is adopted, counter and
 * all (so our next change still sorts after it: a device whose clock runs late never loses its
 * edits to older ones); a lead beyond MAX_SKEW_MS is reported, never refused (refusing would
 * drop the other device's data).
 */
export function receive(last: Hlc | null, remote: Hlc, nowMs: number, device: string): Received {
  const now = clampWall(nowMs);
  const lastWall = last?.wall ?? -1;
  const lastCounter = last?.counter ?? -1;
  const wall = Math.max(now, lastWall, remote.wall);
  let counter: number;
  if (wall === lastWall && wall === remote.wall)
    counter = Math.max(lastCounter, remote.counter) + 1;
  else if (wall === lastWall) counter = lastCounter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  const lead = remote.wall - now;
  return { clock: settle(wall, counter, device), skewMs: lead > MAX_SKEW_MS ? lead : null };
}

/**
 * The clock given to a record that existed before it had one (a record from before sync, first
 * touched or stamped when sync is turned on): its own updatedAt, never later than now, so a
 * record edited long ago does not beat a newer edit elsewhere. Counter 0: several records with
 * one updatedAt share a clock, which is fine (clocks order changes of the same field).
 */
export function stampFromTime(updatedAt: string | undefined, nowMs: number, device: string): Hlc {
  const parsed = updatedAt === undefined ? Number.NaN : Date.parse(updatedAt);
  const wall = Number.isFinite(parsed) ? Math.min(parsed, nowMs) : nowMs;
  return { wall: clampWall(wall), counter: 0, device };
}

/**
 * The device part of the clock given to a record from before sync: made from the record's
 * content, not from this device, so two devices holding the same record (both restored from the
 * same backup) stamp it alike and have nothing to merge, while different contents still differ.
 * 's' and 8 hex digits (FNV-1a): never a device's own id (10 characters, newDeviceId). Short,
 * as every record of a snapshot carries one: two contents of one record with the same updatedAt
 * share a stamp once in 4 billion.
 */
export function contentStampDevice(content: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) h = Math.imul(h ^ content.charCodeAt(i), 0x01000193);
  return `s${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** Whether a clock's device part is a record's content stamp (see contentStampDevice). */
export const isContentStamp = (device: string) => /^s[0-9a-f]{8}$/.test(device);

/** A new random device id (10 characters of [a-z0-9]: 36^10 ids, no collision in practice). */
export function newDeviceId(random: (n: number) => Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...random(10)].map((b) => alphabet[b % 36]).join('');
}
