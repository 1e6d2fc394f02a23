import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// The certifications' parts of Today and Progress, loaded just after those screens: their code
// (and its storage and dates) stays out of the screens' chunks and out of the list of files the
// app's entry preloads with them, so a first visit carries none of it. Each part shows nothing
// until it has read the certifications anyway, so loading it later moves nothing on screen.

function later(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null;
  return function Later() {
    const [Part, setPart] = useState<ComponentType | null>(() => loaded);
    useEffect(() => {
      if (Part) return;
      let live = true;
      load()
        .then((part) => {
          loaded = part;
          if (live) setPart(() => part);
        })
        .catch(() => {});
      return () => {
        live = false;
      };
    }, [Part]);
    return Part ? <Part /> : null;
  };
}

/** Today: one line when a certification expires soon or expired (nothing otherwise). */
export const CertificationsOnToday = later(() =>
  import('./today-card').then((m) => m.TodayCertifications),
);

/** Progress: how many certifications, valid, expiring soon, expired; the way to the list. */
export const CertificationsOnProgress = later(() =>
  import('./progress-card').then((m) => m.ProgressCertifications),
);
