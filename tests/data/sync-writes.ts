// Every write path of src/data, each with the changes it must log (tests/data/sync-hook*.test.ts).
import {
  deleteActivity,
  logActivity,
  restoreActivity,
  updateActivity,
} from '../../src/data/activities';
import { applyRestore } from '../../src/data/backup/restore';
import {
  deleteCertification,
  restoreCertification,
  saveCertification,
} from '../../src/data/certifications';
import { deleteCustomRole, saveCustomSkill } from '../../src/data/custom-content';
import { deleteGoal, type GoalInput, pauseGoal, restoreGoal, saveGoal } from '../../src/data/goals';
import {
  deleteReminder,
  type ReminderInput,
  saveReminder,
  setReminderEnabled,
} from '../../src/data/reminders';
import {
  addCustomResource,
  changeResourceMark,
  deleteCustomResource,
} from '../../src/data/resources';
import { updateSettings } from '../../src/data/settings';
import { buildSkillPack, importSkillPack } from '../../src/data/skill-pack';
import { addEvidence, rateSkill, reconfirmLevel, setChecklistStep } from '../../src/data/skills';
import { type Change, markSent, pendingChanges } from '../../src/data/sync/changes';
import {
  type Activity,
  type Certification,
  type CustomRole,
  type CustomSkill,
  type Goal,
  type Reminder,
  reminderGoalId,
} from '../../src/domain/types';
import { sampleData, sampleDoc } from '../fixtures/backup-sample';

export const data = sampleData();
export const ac1 = data.activities[0] as Activity;
export const g1 = data.goals[0] as Goal;
export const r1 = data.reminders[0] as Reminder;
export const skill = data.customSkills[0] as CustomSkill;
export const strip = <T extends { id: string; createdAt: string; updatedAt: string }>(r: T) => {
  const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};
/** What a change says, without its clock: store, id, kind, the fields it carries. */
export const gist = (c: Change) =>
  `${c.store}/${c.id.length === 36 ? 'new' : c.id} ${
    c.deleted
      ? 'deleted'
      : `${c.base && !('*' in c.base) ? 'edit' : 'whole'} ${Object.keys(c.fields ?? {})
          .sort()
          .join(',')}${c.unset ? ` -${c.unset.join(',')}` : ''}`
  }`;

export const writes: Record<string, { run: () => Promise<unknown>; expect: string[] }> = {
  'log an activity': {
    run: () => logActivity(strip(ac1)),
    expect: [
      `activities/new whole ${Object.keys(strip(ac1)).concat('createdAt', 'updatedAt').sort().join(',')}`,
    ],
  },
  'edit an activity': {
    run: () => updateActivity(ac1.id, { ...strip(ac1), minutes: 50, note: '' }, ac1.updatedAt),
    expect: [`activities/${ac1.id} edit minutes,updatedAt -note`],
  },
  'delete an activity': {
    run: () => deleteActivity(ac1.id),
    expect: [`activities/${ac1.id} deleted`],
  },
  'put back a deleted activity': {
    run: async () => restoreActivity((await deleteActivity(ac1.id)) as Activity),
    expect: [
      `activities/${ac1.id} deleted`,
      `activities/${ac1.id} whole ${Object.keys(strip(ac1)).concat('createdAt', 'updatedAt').sort().join(',')}`,
    ],
  },
  'save a new goal': {
    run: () => saveGoal(strip(g1) as GoalInput),
    expect: [
      `goals/new whole ${Object.keys(strip(g1)).concat('createdAt', 'updatedAt').sort().join(',')}`,
    ],
  },
  'pause a goal': {
    run: () => pauseGoal(g1.id, '2026-11-30'),
    expect: [`goals/${g1.id} edit pauses,updatedAt`],
  },
  'delete a goal with its reminders': {
    run: () => deleteGoal(g1.id),
    expect: [
      `goals/${g1.id} deleted`,
      ...data.reminders
        .filter((r) => reminderGoalId(r) === g1.id)
        .map((r) =>
          r.kind === 'weekly'
            ? `reminders/${r.id} edit updatedAt -goalId`
            : `reminders/${r.id} deleted`,
        ),
    ],
  },
  'undo a goal deletion': {
    run: async () => {
      const removed = await deleteGoal(g1.id);
      await markSent((await pendingChanges()).upTo);
      if (removed) await restoreGoal(removed);
    },
    expect: [
      `goals/${g1.id} whole ${Object.keys(strip(g1)).concat('createdAt', 'updatedAt').sort().join(',')}`,
      ...data.reminders
        .filter((r) => reminderGoalId(r) === g1.id)
        .map((r) =>
          r.kind === 'weekly'
            ? `reminders/${r.id} edit goalId,updatedAt`
            : `reminders/${r.id} whole ${Object.keys(strip(r)).concat('createdAt', 'updatedAt').sort().join(',')}`,
        ),
    ],
  },
  'save a new reminder': {
    run: () => saveReminder(strip(r1) as ReminderInput),
    expect: [
      `reminders/new whole ${Object.keys(strip(r1)).concat('createdAt', 'updatedAt').sort().join(',')}`,
    ],
  },
  'turn a reminder off': {
    run: () => setReminderEnabled(r1.id, false),
    expect: [`reminders/${r1.id} edit enabled,updatedAt`],
  },
  'delete a reminder': { run: () => deleteReminder(r1.id), expect: [`reminders/${r1.id} deleted`] },
  'change the theme (this device only)': {
    run: () => updateSettings({ theme: 'light' }),
    expect: [],
  },
  'record the last backup (this device only)': {
    run: () => updateSettings({ lastBackupAt: '2026-12-01T10:00:00.000Z' }),
    expect: [],
  },
  'follow a role': {
    run: () => updateSettings((s) => ({ followedRoleIds: [...s.followedRoleIds, 'sh'] })),
    expect: ['settings/app edit followedRoleIds'],
  },
  'rate a skill (state and history)': {
    run: () => rateSkill('cm.moderation', 3, '2026-11-30'),
    expect: [
      'assessments/new whole createdAt,day,rating,skillId,updatedAt',
      'skillStates/cm.moderation edit rating,updatedAt',
    ],
  },
  'confirm a level is still true': {
    run: () => {
      const state = data.skillStates[0];
      return reconfirmLevel(
        state?.id ?? '',
        state?.rating ?? 0,
        '2026-11-30',
        state?.updatedAt ?? '',
      );
    },
    expect: [
      'assessments/new whole createdAt,day,rating,skillId,updatedAt',
      `skillStates/${data.skillStates[0]?.id} edit updatedAt`,
    ],
  },
  'tick a step': {
    run: () => setChecklistStep('cm.moderation', 'tone', true),
    expect: ['skillStates/cm.moderation edit checked,updatedAt'],
  },
  'add evidence': {
    run: () => addEvidence('smm.analytics', { note: 'Report', day: '2026-11-30' }),
    expect: ['skillStates/smm.analytics edit evidence,updatedAt'],
  },
  'save a custom skill': {
    run: () => saveCustomSkill({ ...skill, name: 'Renamed' }, skill.updatedAt),
    expect: [`customSkills/${skill.id} edit name`],
  },
  'delete a custom role': {
    run: () => deleteCustomRole('custom.role.agency'),
    expect: ['customRoles/custom.role.agency deleted'],
  },
  'import a skill pack': {
    run: () =>
      importSkillPack(
        buildSkillPack(
          [{ ...(data.customRoles[0] as CustomRole), id: 'team-role' }],
          [{ ...skill, id: 'team-skill' }],
        ),
      ),
    expect: [
      `customSkills/team-skill whole ${Object.keys(skill)
        .filter((k) => k !== 'id')
        .sort()
        .join(',')}`,
      `customRoles/team-role whole ${Object.keys(data.customRoles[0] as CustomRole)
        .filter((k) => k !== 'id')
        .sort()
        .join(',')}`,
    ],
  },
  'save a certification with its renewal reminder': {
    run: () => {
      const {
        id: _i,
        createdAt: _c,
        updatedAt: _u,
        ...cert
      } = data.certifications[0] as Certification;
      return saveCertification(
        { ...cert, name: 'Renamed cert' },
        { daysBefore: 30, time: '09:00' },
      );
    },
    expect: [
      `certifications/new whole ${Object.keys(data.certifications[0] ?? {})
        .filter((k) => k !== 'id')
        .sort()
        .join(',')}`,
      'reminders/new whole certificationId,createdAt,daysBefore,enabled,kind,label,time,updatedAt',
    ],
  },
  'delete a certification and put it back': {
    run: async () => {
      const removed = await deleteCertification('cert-1');
      if (removed) await restoreCertification(removed);
    },
    expect: [
      'certifications/cert-1 deleted',
      ...data.reminders
        .filter((r) => r.kind === 'renewal' && r.certificationId === 'cert-1')
        .map((r) => `reminders/${r.id} deleted`),
      `certifications/cert-1 whole ${Object.keys(data.certifications[0] ?? {})
        .filter((k) => k !== 'id')
        .sort()
        .join(',')}`,
      ...data.reminders
        .filter((r) => r.kind === 'renewal' && r.certificationId === 'cert-1')
        .map(
          (r) =>
            `reminders/${r.id} whole ${Object.keys(r)
              .filter((k) => k !== 'id')
              .sort()
              .join(',')}`,
        ),
    ],
  },
  'add your own resource': {
    run: () => addCustomResource({ skillId: 'cm.moderation', name: 'My guide', kind: 'guide' }),
    expect: ['customResources/new whole createdAt,kind,name,skillId,updatedAt'],
  },
  'delete your own resource with its mark': {
    run: () => deleteCustomResource('res-1'),
    expect: ['customResources/res-1 deleted', 'resourceMarks/res-1 deleted'],
  },
  'mark a resource done': {
    run: () => changeResourceMark('res-1', { doneOn: '2026-11-30' }),
    expect: ['resourceMarks/res-1 edit doneOn,updatedAt'],
  },
  'restore a backup (replace)': {
    run: () =>
      applyRestore(
        sampleDoc({
          ...data,
          activities: [{ ...ac1, title: 'From the file', updatedAt: '2026-04-01T00:00:00.000Z' }],
        }),
        'replace',
      ),
    expect: [
      `activities/${ac1.id} edit title,updatedAt`,
      `activities/${data.activities[1]?.id} deleted`,
    ],
  },
};
