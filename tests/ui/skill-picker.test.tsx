import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/index';
import { invalidateCatalogState, loadCatalogState } from '../../src/state/catalog';
import { changeSettings, initSettings } from '../../src/state/settings';
import { filterGroups } from '../../src/ui/components/skill-groups';
import { SkillPicker } from '../../src/ui/components/skill-picker';

async function follow(ids: string[]) {
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ids, onboarded: true });
  await loadCatalogState();
}

let lastValue: string[] = [];
function Picker({ start = [], single = false }: { start?: string[]; single?: boolean }) {
  const [value, setValue] = useState<string[]>(start);
  return (
    <SkillPicker
      legend="Skills touched"
      single={single}
      value={value}
      onChange={(next) => {
        lastValue = next;
        setValue(next);
      }}
    />
  );
}

/** The role headings shown, in order (each group of skills is a fieldset named by its legend). */
const groupNames = () =>
  [...document.querySelectorAll('.skill-picker__group > legend')].map((l) => l.textContent);

beforeEach(() => {
  invalidateCatalogState();
  lastValue = [];
});

describe('Skill picker', () => {
  it("lists the followed roles' skills under their names; the other roles' only on request", async () => {
    await follow(['cm']);
    render(<Picker />);
    fireEvent.click(screen.getByText('Choose from your roles’ skills'));
    expect(groupNames()).toEqual(['Community Manager']);
    const cm = screen.getByRole('group', { name: 'Community Manager' });
    expect(within(cm).getByLabelText('Onboarding')).toBeTruthy();
    // A Strategist-only skill is not offered until asked for.
    expect(screen.queryByLabelText('Audit and competitor analysis')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the other roles’ skills' }));
    expect(groupNames()).toContain('Social Media Strategist');
    expect(screen.getByLabelText('Audit and competitor analysis')).toBeTruthy();
  });

  it('lists each skill once, even one shared by two followed roles', async () => {
    await follow(['cm', 'smm']);
    render(<Picker />);
    fireEvent.click(screen.getByText('Choose from your roles’ skills'));
    const boxes = screen.getAllByRole('checkbox').map((b) => b.closest('label')?.textContent);
    expect(new Set(boxes).size).toBe(boxes.length);
    expect(groupNames()).toEqual(['Community Manager', 'Social Media Manager']);
  });

  it('finds any skill by search, accent- and case-blind, and says how many', async () => {
    await follow(['cm']);
    render(<Picker />);
    fireEvent.input(screen.getByLabelText('Search skills'), { target: { value: 'COMPETITOR' } });
    expect(screen.getByRole('status').textContent).toBe('1 skill found');
    fireEvent.click(screen.getByLabelText('Audit and competitor analysis'));
    expect(lastValue).toEqual(['str.audit']);
    fireEvent.input(screen.getByLabelText('Search skills'), { target: { value: 'zzz' } });
    expect(screen.getByRole('status').textContent).toBe('No skill matches.');
  });

  it('matches Italian names without their accents ("identita" finds "identità")', () => {
    const group = { id: 'sh', name: '', skills: [{ id: 'a', name: 'Tone of voice e identità' }] };
    expect(filterGroups([group], 'IDENTITA')[0]?.skills).toHaveLength(1);
    expect(filterGroups([group], 'audit')).toEqual([]);
  });

  it('shows a chosen skill by name, removable in one tap, with no "1 selected" hiding it', async () => {
    await follow(['cm']);
    render(<Picker start={['cm.onboarding']} />);
    const chip = screen.getByRole('button', { name: 'Remove Onboarding' });
    expect(chip.textContent).toContain('Onboarding');
    expect(screen.queryByText(/selected/)).toBeNull();
    fireEvent.click(chip);
    expect(lastValue).toEqual([]);
  });

  it('as a choice of one, shows the chosen skill by name and swaps it on a new pick', async () => {
    await follow(['cm']);
    render(<Picker single start={['cm.onboarding']} />);
    expect(screen.getByText('Chosen:').textContent).toBe('Chosen: Onboarding');
    fireEvent.click(screen.getByText('Choose from your roles’ skills'));
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(5);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});
