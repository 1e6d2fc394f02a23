import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '../../src/data/settings';
import { addDays, todayKey } from '../../src/domain/days';
import { notificationPermission } from '../../src/state/reminder-device';
import { invalidateReminders } from '../../src/state/reminders';
import { ReminderDeviceSection } from '../../src/ui/screens/reminders/device-section';
import { RemindersScreen } from '../../src/ui/screens/reminders/index';

afterEach(() => vi.unstubAllGlobals());

function stubNotification(permission: NotificationPermission, answer: NotificationPermission) {
  const stub = { permission, requestPermission: async () => answer };
  const requestPermission = vi.fn(async () => {
    stub.permission = answer;
    return answer;
  });
  stub.requestPermission = requestPermission;
  vi.stubGlobal('Notification', stub);
  notificationPermission.value = permission;
  return requestPermission;
}

describe('Reminders on this device', () => {
  it('asks for notifications only when the button is tapped, after saying why', async () => {
    const ask = stubNotification('default', 'granted');
    render(<ReminderDeviceSection />);
    expect(screen.getByText(/Notifications let a reminder reach you/)).toBeTruthy();
    expect(ask).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Allow notifications' }));
    await waitFor(() => expect(screen.getByTestId('notif-state').textContent).toBe('Allowed'));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
  });

  it('after a refusal, says what still works instead of asking again', () => {
    stubNotification('denied', 'denied');
    render(<ReminderDeviceSection />);
    expect(screen.getByTestId('notif-state').textContent).toBe('Blocked');
    expect(
      screen.getByText(/Reminders still show in the app and your calendar rings/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
  });
});

describe('Vacation', () => {
  it('pauses every reminder until a day, and resumes', async () => {
    invalidateReminders();
    window.history.replaceState(null, '', '/reminders');
    render(
      <LocationProvider>
        <Router>
          <Route path="/reminders/*" component={RemindersScreen} />
          <Route path="/reminders" component={RemindersScreen} />
        </Router>
      </LocationProvider>,
    );
    const until = addDays(todayKey(new Date()), 10);
    fireEvent.input(await screen.findByLabelText('Pause all reminders until'), {
      target: { value: until },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(async () => expect((await loadSettings()).remindersPausedUntil).toBe(until));
    expect(await screen.findByText(/All reminders are paused until/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(async () => expect((await loadSettings()).remindersPausedUntil).toBeUndefined());
  });
});
