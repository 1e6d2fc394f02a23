import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WeekBars } from '../../src/ui/charts/week-bars';

describe('charts have a text equivalent', () => {
  it('weekly minutes: the picture is hidden from screen readers, the table has every week', () => {
    const { container } = render(
      <WeekBars
        label="Minutes per week"
        weeks={[
          { start: '2026-11-09', end: '2026-11-15', minutes: 1250, sessions: 3 },
          { start: '2026-11-16', end: '2026-11-22', minutes: 45, sessions: 1 },
        ]}
      />,
    );
    expect(container.querySelector('.wbars')?.getAttribute('aria-hidden')).toBe('true');
    const table = screen.getByRole('table', { name: 'Minutes per week' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Week ofMinutesSessions',
      '9 Nov 20261,2503',
      '16 Nov 2026451',
    ]);
  });
});
