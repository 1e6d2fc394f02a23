// CSV export of activities for spreadsheets (Excel, LibreOffice, Google Sheets).
// RFC 4180: CRLF line ends, a field is quoted when it holds a comma, a quote, CR or LF, and a
// quote inside is doubled. A UTF-8 byte order mark comes first, or Excel reads "è" as "Ã¨".
// Formula injection: a cell starting with = + - @ (or a tab / CR, which some apps skip before
// reading a formula) would run as a formula when opened, e.g. a title "=HYPERLINK(...)" pasted
// from a web page. Such cells get a leading apostrophe, which spreadsheets show as plain text.
// Numbers we write ourselves (minutes) never start with those characters.
import type { Activity, ActivityType, Certification } from '../../domain/types';

export const CSV_HEADER = ['date', 'time', 'minutes', 'type', 'title', 'skills', 'note', 'link'];

/** Apostrophe before anything a spreadsheet would read as a formula. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field. */
export function csvField(raw: string): string {
  const cell = neutraliseFormula(raw);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Activities oldest first (by day, time, creation), one row each; skills as their names joined
 * by '; '. `header` lets the UI pass translated column names (same order as CSV_HEADER), and
 * `typeLabel` the type as the app shows it ("Webinar", "Lettura"): the file is for people
 * reading a spreadsheet, in the language of the export. No code column: the CSV is never read
 * back (the JSON backup is what restores), and a second, untranslated type column would only
 * be one more thing to explain.
 */
export function activitiesCsv(
  activities: readonly Activity[],
  skillName: (id: string) => string,
  header: readonly string[] = CSV_HEADER,
  typeLabel: (type: ActivityType) => string = (type) => type,
): string {
  const sorted = [...activities].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  const rows = sorted.map((a) => [
    a.day,
    a.time ?? '',
    String(a.minutes),
    typeLabel(a.type),
    a.title,
    a.skillIds.map(skillName).join('; '),
    a.note ?? '',
    a.link ?? '',
  ]);
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** self-training-tracker-activities-2026-11-26.csv, for the given local day key. */
export function activitiesCsvFileName(today: string): string {
  return `self-training-tracker-activities-${today}.csv`;
}

export const CERTIFICATIONS_CSV_HEADER = [
  'name',
  'issuer',
  'earned on',
  'expires on',
  'status',
  'credential',
  'skills',
  'note',
];

/**
 * Certifications, soonest expiry first (those with none last), one row each, with their status
 * as of the export's day in words (`statusLabel`), skills by name: a file of its own beside the
 * activities', since one spreadsheet cannot hold two tables with different columns.
 */
export function certificationsCsv(
  certs: readonly Certification[],
  skillName: (id: string) => string,
  statusLabel: (cert: Certification) => string,
  header: readonly string[] = CERTIFICATIONS_CSV_HEADER,
): string {
  const sorted = [...certs].sort(
    (a, b) =>
      (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999') || a.name.localeCompare(b.name),
  );
  const rows = sorted.map((c) => [
    c.name,
    c.issuer,
    c.earnedOn ?? '',
    c.expiresOn ?? '',
    statusLabel(c),
    c.credential ?? '',
    c.skillIds.map(skillName).join('; '),
    c.note ?? '',
  ]);
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function certificationsCsvFileName(today: string): string {
  return `self-training-tracker-certifications-${today}.csv`;
}
