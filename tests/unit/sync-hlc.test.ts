// The hybrid logical clock: a total order all devices agree on, that never goes back, and that
// survives a device whose clock is wrong (behind, ahead, or jumping).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  contentStampDevice,
  decodeHlc,
  encodeHlc,
  type Hlc,
  isContentStamp,
  MAX_SKEW_MS,
  newDeviceId,
  receive,
  stampFromTime,
  tick,
} from '../../src/domain/sync/hlc';

const device = fc.stringMatching(/^[a-z0-9]{4,12}$/);
const clock = fc.record({
  wall: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: 99_999 }),
  device,
});
const tupleOrder = (a: Hlc, b: Hlc) =>
  a.wall - b.wall ||
  a.counter - b.counter ||
  (a.device < b.device ? -1 : a.device > b.device ? 1 : 0);

describe('hybrid logical clock', () => {
  it('encodes to strings whose order is (wall, counter, device), and back', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
        expect(Math.sign(compareHlc(encodeHlc(a), encodeHlc(b)))).toBe(Math.sign(tupleOrder(a, b)));
      }),
    );
  });

  it('never goes back, whatever the wall clock does (set back, frozen, jumping)', () => {
    fc.assert(
      fc.property(
        device,
        fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { maxLength: 60 }),
        (d, walls) => {
          let last: Hlc | null = null;
          for (const now of walls) {
            const next = tick(last, now, d);
            if (last) expect(compareHlc(encodeHlc(next), encodeHlc(last))).toBe(1);
            expect(next.wall).toBeGreaterThanOrEqual(Math.min(now, 10 ** 15 - 1));
            last = next;
          }
        },
      ),
    );
  });

  it('after seeing a remote clock, the next local change sorts after it (even from a late clock)', () => {
    fc.assert(
      fc.property(
        fc.option(clock, { nil: null }),
        clock,
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        device,
        (last, remote, now, d) => {
          const { clock: seen } = receive(last, remote, now, d);
          const next = tick(seen, now, d);
          expect(compareHlc(encodeHlc(next), encodeHlc(remote))).toBe(1);
          if (last) expect(compareHlc(encodeHlc(next), encodeHlc(last))).toBe(1);
        },
      ),
    );
  });

  it('adopts a clock 2 hours ahead with its counter and reports the skew; 1 minute is not reported', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const ahead = { wall: now + 2 * 3600_000, counter: 7, device: 'laptop1' };
    const r = receive(null, ahead, now, 'phone1');
    expect(r.clock).toEqual({ wall: ahead.wall, counter: 8, device: 'phone1' });
    expect(r.skewMs).toBe(2 * 3600_000);
    expect(receive(null, { ...ahead, wall: now + 60_000 }, now, 'phone1').skewMs).toBeNull();
    expect(MAX_SKEW_MS).toBe(5 * 60_000);
    // A device whose clock is behind ours is not a skew we need to warn about.
    expect(receive(null, { ...ahead, wall: now - 3600_000 }, now, 'phone1').skewMs).toBeNull();
  });

  it('a record from before sync gets its own updatedAt as its clock, never a future one', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(stampFromTime('2026-03-01T08:00:00.000Z', now, 'abcd').wall).toBe(
      Date.parse('2026-03-01T08:00:00.000Z'),
    );
    expect(stampFromTime('2099-01-01T00:00:00.000Z', now, 'abcd').wall).toBe(now);
    expect(stampFromTime('not a date', now, 'abcd').wall).toBe(now);
  });

  it('stamps the same content alike on every device, other content differently, never as a device', () => {
    const a = contentStampDevice('{"id":"ac1","minutes":45}');
    expect(contentStampDevice('{"id":"ac1","minutes":45}')).toBe(a);
    expect(contentStampDevice('{"id":"ac1","minutes":46}')).not.toBe(a);
    expect(isContentStamp(a)).toBe(true);
    // A valid clock's device part, and never a device's own id.
    expect(decodeHlc(encodeHlc({ wall: 1, counter: 0, device: a }))?.device).toBe(a);
    const ids = Array.from({ length: 50 }, () =>
      newDeviceId((n) => crypto.getRandomValues(new Uint8Array(n))),
    );
    expect(ids.filter(isContentStamp)).toEqual([]);
  });

  it('rejects strings that are not clocks, and makes device ids of the allowed shape', () => {
    expect(decodeHlc('001764583200000.00000.ab.cd')).toBeNull();
    expect(decodeHlc('1764583200000.0.abcd')).toBeNull();
    const id = newDeviceId((n) => crypto.getRandomValues(new Uint8Array(n)));
    expect(id).toMatch(/^[a-z0-9]{10}$/);
  });
});
