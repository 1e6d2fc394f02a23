// The shared fields (src/ui/components/form-fields.tsx). The web-address field of the log,
// "add your own resource" and evidence forms: labelled, its hint read with it, a refused
// address said in words tied to the field, the focus on it where the form moves the focus to
// its first problem, and nothing saved. The text and date fields of the certification form: the
// same wiring, their hints kept beside an error.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { activitiesBetween } from '../../src/data/activities';
import { allCertifications } from '../../src/data/certifications';
import { allCustomResources } from '../../src/data/resources';
import { allSkillStates } from '../../src/data/skills';
import { addDays, todayKey } from '../../src/domain/days';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState, skillStates } from '../../src/state/catalog';
import { loadCertifications } from '../../src/state/certifications';
import { loadReminders } from '../../src/state/reminders';
import { invalidateResources } from '../../src/state/resources';
import { changeSettings, initSettings } from '../../src/state/settings';
import { CertificationForm } from '../../src/ui/screens/certifications/form';
import { LogForm } from '../../src/ui/screens/log/form';
import { SkillScreen } from '../../src/ui/screens/roles/skill-screen';

const today = todayKey(new Date());

beforeEach(async () => {
  invalidateCatalogState();
  invalidateResources();
  skillStates.value = new Map();
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm'], onboarded: true });
  await loadCatalogState();
});

/** The text of the elements an input's aria-describedby names, in order. */
function description(input: HTMLElement): string[] {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`);
}

function openLog() {
  render(
    <LocationProvider>
      <LogForm />
    </LocationProvider>,
  );
}

function openSkill() {
  render(
    <LocationProvider>
      <SkillScreen params={{ skillId: 'cm.moderation' }} />
    </LocationProvider>,
  );
}

/** Types `value` and presses `save`: the field is marked, says `message`, and has the focus. */
async function expectRefused(link: HTMLElement, value: string, save: string, message: string) {
  fireEvent.input(link, { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: save }));
  await waitFor(() => expect(description(link)).toEqual([message]));
  expect(link.getAttribute('aria-invalid')).toBe('true');
  await waitFor(() => expect(document.activeElement).toBe(link));
}

describe('the link field', () => {
  it('on the log form: labelled, hinted, and a refused address named, focused, not saved', async () => {
    openLog();
    fireEvent.click(await screen.findByLabelText('Course'));
    const link = screen.getByLabelText('Link (optional)');
    expect(link.getAttribute('type')).toBe('url');
    expect(link.getAttribute('maxlength')).toBe('2048');
    expect(description(link)).toEqual(['A web address starting with https://']);

    const refused = 'Only web links starting with http:// or https:// can be saved.';
    await expectRefused(link, 'javascript:alert(1)', 'Save', refused);
    expect(screen.queryByText('A web address starting with https://')).toBeNull();
    const tooLong = 'At most 2,048 characters: this has 2,068. Shorten it to save.';
    await expectRefused(link, `https://example.org/${'a'.repeat(2048)}`, 'Save', tooLong);
    expect(await activitiesBetween(addDays(today, -30), today)).toEqual([]);
  });

  it('on "Add your own resource": the same, with the Learn words', async () => {
    openSkill();
    fireEvent.click(await screen.findByRole('button', { name: 'Add your own resource' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Team playbook' } });
    // The skill screen's evidence form has a link field too.
    const link = screen.getByLabelText('Link (optional)', { selector: '#res-link' });
    expect(link.getAttribute('type')).toBe('url');
    expect(description(link)).toEqual(['A web address starting with https:// or http://']);

    const refused = 'Only web links starting with https:// or http:// can be saved.';
    await expectRefused(link, 'ftp://example.org/p', 'Add resource', refused);
    expect(await allCustomResources()).toEqual([]);
  });

  it('on evidence: the form’s one message is named together with the hint, which stays', async () => {
    openSkill();
    fireEvent.input(await screen.findByLabelText('What shows it'), {
      target: { value: 'My moderation guide' },
    });
    const link = screen.getByLabelText('Link (optional)', { selector: '#ev-link' });
    const hint = 'A web address starting with https:// or http://';
    expect(description(link)).toEqual([hint]);
    expect(link.getAttribute('aria-invalid') ?? 'false').toBe('false');

    fireEvent.input(link, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    const refused = 'Only web links starting with https:// or http:// can be saved.';
    await waitFor(() => expect(description(link)).toEqual([refused, hint]));
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(await allSkillStates()).toEqual([]);
  });
});

describe('the text and date fields', () => {
  it('on the certification form: labelled, hinted, an error named with the hint and focused', async () => {
    await Promise.all([loadCertifications(), loadReminders()]);
    render(
      <LocationProvider>
        <CertificationForm />
      </LocationProvider>,
    );
    const name = screen.getByLabelText('Name');
    const credential = screen.getByLabelText('Credential ID or link (optional)');
    const earned = screen.getByLabelText('Earned on (optional)');
    const expires = screen.getByLabelText('Expires on (optional)');
    expect(name.getAttribute('aria-describedby')).toBeNull();
    expect(credential.getAttribute('type')).toBe('text');
    expect(description(credential)).toEqual([
      'An ID, or the link that verifies it (starting with https://).',
    ]);
    expect(expires.getAttribute('type')).toBe('date');
    expect(description(expires)).toEqual(['Leave it empty if it does not expire.']);

    fireEvent.input(name, { target: { value: 'Meta Certified Community Manager' } });
    fireEvent.input(screen.getByLabelText('Issued by'), { target: { value: 'Meta' } });
    fireEvent.input(earned, { target: { value: '2026-03-15' } });
    fireEvent.input(expires, { target: { value: '2025-03-15' } });
    expect(screen.getByText('Saturday 15 March 2025')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save certification' }));
    const early = 'The expiry date comes before the day it was earned.';
    await waitFor(() => expect(description(expires)).toEqual([early]));
    expect(expires.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Leave it empty if it does not expire.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(expires));
    expect(await allCertifications()).toEqual([]);
  });
});
