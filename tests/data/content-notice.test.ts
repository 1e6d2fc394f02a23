import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markNoticeSeen, noticeSeenVersion } from '../../src/data/content-notice';
import { CONTENT_VERSION } from '../../src/domain/catalog/version';
import { createDbFromFixture, type DbFixture } from './fixture-db';

const v1Device = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/db-v1.json'), 'utf8'),
) as DbFixture;

describe('which content news was seen', () => {
  it('is the current version on a new install: nothing older to announce', async () => {
    expect(CONTENT_VERSION).toBeGreaterThan(1);
    expect(await noticeSeenVersion()).toBe(CONTENT_VERSION);
  });

  it('is version 1 on a device an older app left, until the notice is dismissed', async () => {
    await createDbFromFixture(v1Device);
    expect(await noticeSeenVersion()).toBe(1);
    await markNoticeSeen(CONTENT_VERSION);
    expect(await noticeSeenVersion()).toBe(CONTENT_VERSION);
  });

  it('is never lowered by an older tab', async () => {
    await createDbFromFixture(v1Device);
    await markNoticeSeen(3);
    await markNoticeSeen(2);
    expect(await noticeSeenVersion()).toBe(3);
  });
});
