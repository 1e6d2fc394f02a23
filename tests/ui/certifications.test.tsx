import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { loadCatalogState } from '../../src/state/catalog';
import {
  certificationSummary,
  certifications,
  loadCertifications,
  removeCertification,
  submitCertification,
} from '../../src/state/certifications';
import { loadReminders, reminders } from '../../src/state/reminders';
import { toast } from '../../src/state/toast';
import { CertificationForm } from '../../src/ui/screens/certifications/form';

// The form suggests the usual validity as a default to confirm; deleting takes the renewal
// reminder along and Undo brings both back, in the models screens read.

describe('the certification form', () => {
  it('fills name, issuer and a suggested expiry from a known certification, said to be one', async () => {
    await Promise.all([loadCatalogState(), loadCertifications(), loadReminders()]);
    render(
      <LocationProvider>
        <CertificationForm />
      </LocationProvider>,
    );
    fireEvent.change(screen.getByLabelText('Start from a known certification'), {
      target: { value: 'meta.community-manager' },
    });
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe(
      'Meta Certified Community Manager',
    );
    expect((screen.getByLabelText('Issued by') as HTMLInputElement).value).toBe('Meta');
    await screen.findByText(/Its usual validity is 24 months from the day earned/);
    fireEvent.input(screen.getByLabelText(/^Earned on/), { target: { value: '2025-03-15' } });
    expect((screen.getByLabelText(/^Expires on/) as HTMLInputElement).value).toBe('2027-03-15');
    await screen.findByText(
      /Filled in from its usual validity, 24 months.*check the date with Meta/,
    );
    // A date the user types is theirs: changing the day earned no longer moves it.
    fireEvent.input(screen.getByLabelText(/^Expires on/), { target: { value: '2027-06-30' } });
    fireEvent.input(screen.getByLabelText(/^Earned on/), { target: { value: '2025-04-01' } });
    expect((screen.getByLabelText(/^Expires on/) as HTMLInputElement).value).toBe('2027-06-30');
  });

  it('suggests no expiry where the usual validity is unknown', async () => {
    await Promise.all([loadCatalogState(), loadCertifications(), loadReminders()]);
    render(
      <LocationProvider>
        <CertificationForm />
      </LocationProvider>,
    );
    fireEvent.change(screen.getByLabelText('Start from a known certification'), {
      target: { value: 'hubspot.social-media' },
    });
    fireEvent.input(screen.getByLabelText(/^Earned on/), { target: { value: '2025-03-15' } });
    expect((screen.getByLabelText(/^Expires on/) as HTMLInputElement).value).toBe('');
    await screen.findByText(/usual validity is not known: copy the expiry date from HubSpot/);
  });

  it('refuses a certification with no name or issuer, saving nothing', async () => {
    await Promise.all([loadCatalogState(), loadCertifications(), loadReminders()]);
    render(
      <LocationProvider>
        <CertificationForm />
      </LocationProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save certification' }));
    await screen.findByText('Enter its name.');
    await screen.findByText('Enter who issued it.');
    expect(certifications.value).toEqual([]);
  });
});

describe('a certification deleted with its renewal reminder', () => {
  it('leaves both models at once, and Undo puts both back', async () => {
    await loadReminders();
    const soon = new Date();
    soon.setDate(soon.getDate() + 20);
    const day = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}`;
    const cert = await submitCertification(
      {
        name: 'TikTok Media Buying Professional',
        issuer: 'TikTok Academy',
        expiresOn: day,
        skillIds: [],
      },
      { daysBefore: 30, time: '09:00' },
    );
    expect(reminders.value.map((r) => r.kind)).toEqual(['renewal']);
    expect(certificationSummary().expiring.map((c) => c.id)).toEqual([cert.id]);

    await removeCertification(cert.id);
    expect(certifications.value).toEqual([]);
    await expect.poll(() => reminders.value.length).toBe(0);
    expect(toast.value?.message).toBe('Certification deleted, with its renewal reminder');

    await toast.value?.action?.run();
    expect(certifications.value.map((c) => c.id)).toEqual([cert.id]);
    await expect.poll(() => reminders.value.map((r) => r.kind)).toEqual(['renewal']);
  });
});
