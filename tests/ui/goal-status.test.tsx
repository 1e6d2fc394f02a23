import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/index';
import { GoalStatus } from '../../src/ui/components/goal-status';

describe('GoalStatus', () => {
  it('says "Met" in a word with an icon, and styles it apart from "In progress"', () => {
    render(
      <>
        <GoalStatus state="met" />
        <GoalStatus state="current" />
      </>,
    );
    const met = screen.getByText('Met');
    const running = screen.getByText('In progress');
    expect(met.querySelector('svg')).toBeTruthy();
    expect(met.className).toContain('goal-status--met');
    expect(running.className).not.toContain('goal-status--met');
  });

  it('speaks the user’s language', async () => {
    await loadLanguage('it');
    render(<GoalStatus state="met" />);
    expect(screen.getByText('Raggiunto')).toBeTruthy();
  });
});
