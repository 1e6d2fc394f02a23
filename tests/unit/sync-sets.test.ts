// Set fields (ticked steps, followed roles, skill ids, evidence) merge element by element: any
// order of arrival, any change twice, gives the same set, the same order and the same clocks
// on every device, and each element is what the latest change that spoke of it said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/sync/hlc';
import { mergeChange } from '../../src/domain/sync/merge';
import {
  applySetOps,
  assignSet,
  diffSet,
  type SetField,
  type SetOps,
  setOpsByClock,
} from '../../src/domain/sync/sets';

const KEYS = ['a', 'b', 'c', 'd', 'e'];
const EMPTY: SetField = { value: [], floor: '', clock: undefined };

type Event =
  | { kind: 'whole'; hlc: string; value: string[] | undefined }
  | { kind: 'ops'; hlc: string; value: string[]; ops: SetOps };

const hlcOf = (wall: number, device: string) => encodeHlc({ wall, counter: 0, device });

/** A change someone could have made: a whole value, or a writer's adds and removals. */
const eventAt = (hlc: string): fc.Arbitrary<Event> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('whole' as const),
      hlc: fc.constant(hlc),
      value: fc.option(fc.shuffledSubarray(KEYS), { nil: undefined, freq: 8 }),
    }),
    fc
      .tuple(fc.shuffledSubarray(KEYS), fc.subarray(KEYS), fc.subarray(KEYS))
      .map(([value, adds, removes]): Event => {
        const add = adds.filter((k) => value.includes(k));
        const remove = removes.filter((k) => !value.includes(k));
        return { kind: 'ops', hlc, value, ops: { add, remove } };
      }),
  );

/** A few changes with distinct clocks (a clock names one change of one device). */
const events = fc
  .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 })
  .chain((walls) =>
    fc.tuple(...walls.map((w, i) => eventAt(hlcOf(w, i % 2 ? 'laptop1' : 'phone01')))),
  );

function apply(f: SetField, e: Event): SetField {
  return e.kind === 'whole'
    ? assignSet('value', f, e.value, e.hlc)
    : applySetOps('value', f, e.ops, e.value, e.hlc);
}
const applyAll = (list: readonly Event[], from = EMPTY) => list.reduce(apply, from);

/** The reference: per element, the latest change that spoke of it decides whether it is in. */
function expectedMembers(list: readonly Event[]): string[] {
  return KEYS.filter((k) => {
    let latest = '';
    let present = false;
    for (const e of list) {
      const speaks =
        e.kind === 'whole' || e.ops.add?.includes(k) === true || e.ops.remove?.includes(k);
      if (!speaks || e.hlc < latest) continue;
      latest = e.hlc;
      present = e.kind === 'whole' ? (e.value ?? []).includes(k) : e.ops.add?.includes(k) === true;
    }
    return present;
  });
}

const members = (f: SetField) => [...((f.value as string[] | undefined) ?? [])].sort();

describe('set fields merge element by element', () => {
  it('in any order of arrival: the same value, order and clocks (commutative, associative)', () => {
    fc.assert(
      fc.property(events, fc.nat(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) =>
            ((a.hlc.charCodeAt(14) * (seed + 7)) % 11) -
              ((b.hlc.charCodeAt(14) * (seed + 7)) % 11) || (a.hlc < b.hlc ? -1 : 1),
        );
        expect(applyAll(shuffled)).toEqual(applyAll(list));
        expect(applyAll([...list].reverse())).toEqual(applyAll(list));
        // Grouping does not matter: the first half merged on one device, then the rest.
        const half = Math.floor(list.length / 2);
        expect(applyAll(list.slice(half), applyAll(list.slice(0, half)))).toEqual(applyAll(list));
      }),
    );
  });

  it('a change arriving twice, late or early, changes nothing more (idempotent)', () => {
    fc.assert(
      fc.property(events, fc.nat(), (list, pick) => {
        const again = list[pick % list.length] as Event;
        const once = applyAll(list);
        expect(apply(once, again)).toEqual(once);
        expect(applyAll([again, ...list, again])).toEqual(once);
      }),
    );
  });

  it('each element is what the latest change that named it said: adds on both sides both stay', () => {
    fc.assert(
      fc.property(events, (list) => {
        expect(members(applyAll(list))).toEqual(expectedMembers(list));
      }),
    );
  });

  it('a snapshot of the merged state rebuilds the same state on a device that joins', () => {
    fc.assert(
      fc.property(events, events, (list, later) => {
        const state = applyAll(list);
        // The floor's whole value travels as a field (none when nothing whole ever arrived).
        const floorValue = state.clock?.unset ? undefined : state.value;
        const start = state.floor ? assignSet('value', EMPTY, floorValue, state.floor) : EMPTY;
        const rebuilt = [...setOpsByClock(state)].reduce(
          (f, [hlc, ops]) => applySetOps('value', f, ops, state.value, hlc),
          start,
        );
        expect(rebuilt.value ?? []).toEqual(state.value ?? []);
        expect(rebuilt.clock).toEqual(state.clock);
        // And it keeps merging the same as the original does.
        expect(applyAll(later, rebuilt)).toEqual(applyAll(later, state));
      }),
    );
  });

  it('a tick on the phone and another on the laptop, from the same start: both stay', () => {
    const start = assignSet('value', EMPTY, ['s1'], hlcOf(100, 'phone01'));
    const phone = applySetOps('value', start, { add: ['s2'] }, ['s1', 's2'], hlcOf(200, 'phone01'));
    const laptop = applySetOps(
      'value',
      start,
      { add: ['s3'] },
      ['s1', 's3'],
      hlcOf(201, 'laptop1'),
    );
    const onPhone = applySetOps(
      'value',
      phone,
      { add: ['s3'] },
      ['s1', 's3'],
      hlcOf(201, 'laptop1'),
    );
    const onLaptop = applySetOps(
      'value',
      laptop,
      { add: ['s2'] },
      ['s1', 's2'],
      hlcOf(200, 'phone01'),
    );
    expect(onPhone.value).toEqual(['s1', 's2', 's3']);
    expect(onLaptop).toEqual(onPhone);
  });

  it('an add on one device and a removal of the same element on the other: the later one wins', () => {
    const start = assignSet('value', EMPTY, ['cm'], hlcOf(100, 'phone01'));
    const removeLater = [
      { hlc: hlcOf(200, 'phone01'), ops: { add: ['smm'] }, value: ['cm', 'smm'] },
      { hlc: hlcOf(300, 'laptop1'), ops: { remove: ['smm'] }, value: ['cm'] },
    ];
    const [first, second] = removeLater as [(typeof removeLater)[0], (typeof removeLater)[0]];
    const a = applySetOps(
      'value',
      applySetOps('value', start, first.ops, first.value, first.hlc),
      second.ops,
      second.value,
      second.hlc,
    );
    const b = applySetOps(
      'value',
      applySetOps('value', start, second.ops, second.value, second.hlc),
      first.ops,
      first.value,
      first.hlc,
    );
    expect(a.value).toEqual(['cm']);
    expect(b).toEqual(a);
  });

  it('a whole value from an older app still means "set it to this", at its clock', () => {
    const ticked = applySetOps(
      'value',
      assignSet('value', EMPTY, ['a'], hlcOf(100, 'phone01')),
      { add: ['b'] },
      ['a', 'b'],
      hlcOf(200, 'phone01'),
    );
    // Older than the tick: the tick stays. Newer: the whole value is what applies.
    expect(assignSet('value', ticked, ['c'], hlcOf(150, 'laptop1')).value).toEqual(['c', 'b']);
    expect(assignSet('value', ticked, ['c'], hlcOf(250, 'laptop1')).value).toEqual(['c']);
  });

  it('evidence merges as entries by id, each with its own content', () => {
    const one = { id: 'e1', note: 'Moderated a live', day: '2026-11-30' };
    const two = { id: 'e2', note: 'Wrote the guidelines', day: '2026-12-01' };
    const start = assignSet('byId', EMPTY, [], hlcOf(100, 'phone01'));
    const phone = applySetOps('byId', start, { add: ['e1'] }, [one], hlcOf(200, 'phone01'));
    const both = applySetOps('byId', phone, { add: ['e2'] }, [two], hlcOf(201, 'laptop1'));
    expect(both.value).toEqual([one, two]);
    expect(diffSet('byId', [one, two], [two])).toEqual({ remove: ['e1'] });
  });
});

describe('a set field in a record change', () => {
  const state = (checked: string[]) => ({
    rating: 2,
    checked,
    evidence: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const created = hlcOf(100, 'phone01');
  const tick = (step: string, wall: number, device: string) => ({
    store: 'skillStates',
    id: 'cm.moderation',
    device,
    hlc: hlcOf(wall, device),
    fields: { checked: ['s1', step] },
    base: { checked: created },
    elements: { checked: { add: [step] } },
  });

  it('two concurrent ticks: both stay and no conflict is found', () => {
    const base = mergeChange('skillStates', undefined, undefined, {
      store: 'skillStates',
      id: 'cm.moderation',
      device: 'phone01',
      hlc: created,
      fields: state(['s1']),
    });
    const phone = mergeChange('skillStates', base.values, base.clock, tick('s2', 200, 'phone01'));
    const both = mergeChange('skillStates', phone.values, phone.clock, tick('s3', 201, 'laptop1'));
    expect(both.conflicts).toEqual([]);
    expect(both.values?.checked).toEqual(['s1', 's2', 's3']);
    const again = mergeChange('skillStates', both.values, both.clock, tick('s2', 200, 'phone01'));
    expect(again.changed || again.clockChanged).toBe(false);
  });

  it('the same change without `elements` (an older app) still applies, as a whole value', () => {
    const base = mergeChange('skillStates', undefined, undefined, {
      store: 'skillStates',
      id: 'cm.moderation',
      device: 'phone01',
      hlc: created,
      fields: state(['s1']),
    });
    const { elements: _e, ...old } = tick('s2', 200, 'phone01');
    const out = mergeChange('skillStates', base.values, base.clock, old);
    expect(out.values?.checked).toEqual(['s1', 's2']);
    expect(out.conflicts).toEqual([]);
  });
});
