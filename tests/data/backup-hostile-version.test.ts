import { expect, it } from 'vitest';
import { parseBackup } from '../../src/data/backup/parse';
import { sampleDoc } from '../fixtures/backup-sample';

// Found by restore-fuzz.test.ts (seed 764602488): a formatVersion that cannot be turned into a
// string made the parser throw instead of refusing the file.
it('refuses a file whose formatVersion is a hostile object, without throwing', () => {
  const text = JSON.stringify({ ...sampleDoc(), formatVersion: { toString: [] } });
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
});
