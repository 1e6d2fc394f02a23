import { describe, expect, it } from 'vitest';
import { logFormHref, readLogPrefill } from '../../src/domain/log-prefill';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

describe('prefilling the log form from its address', () => {
  it('takes a resource’s title, link, type and skill', () => {
    expect(
      readLogPrefill({
        skill: 'cm.moderation',
        type: 'course',
        title: ' Discord Moderator Academy ',
        link: 'https://discord.com/moderation',
      }),
    ).toEqual({
      skill: 'cm.moderation',
      type: 'course',
      title: 'Discord Moderator Academy',
      link: 'https://discord.com/moderation',
    });
  });

  it('drops a link that is not http(s), a type it does not know and an unsafe skill id', () => {
    expect(
      readLogPrefill({
        link: 'javascript:alert(1)',
        type: 'hack',
        skill: 'cm.x"><script>',
        title: 'ok',
      }),
    ).toEqual({ title: 'ok' });
    expect(readLogPrefill({ link: 'data:text/html,<b>x</b>' })).toEqual({});
    expect(readLogPrefill({ link: ' ' })).toEqual({});
  });

  it('drops a title longer than the form takes or with line breaks, rather than cutting it', () => {
    expect(readLogPrefill({ title: 'x'.repeat(201) })).toEqual({});
    expect(readLogPrefill({ title: 'a\nb' })).toEqual({});
    expect(readLogPrefill({ title: 'x'.repeat(200) }).title).toHaveLength(200);
  });

  it('keeps hostile-looking text as plain text for the form (rendered as text, never markup)', () => {
    for (const payload of XSS_PAYLOADS) {
      const { link } = readLogPrefill({ link: payload });
      if (link) expect(new URL(link).protocol).toMatch(/^https?:$/);
    }
  });

  it('builds the address the form reads back', () => {
    const prefill = {
      skill: 'sh.ethics',
      type: 'reading' as const,
      title: 'Delibera 197/25/CONS & codice',
      link: 'https://www.agcom.it/?a=1&b=2',
    };
    const href = logFormHref(prefill, '/roles/skill/sh.ethics');
    const url = new URL(href, 'https://app.invalid');
    expect(url.pathname).toBe('/log/new');
    expect(readLogPrefill(Object.fromEntries(url.searchParams))).toEqual(prefill);
    expect(url.searchParams.get('from')).toBe('/roles/skill/sh.ethics');
    expect(logFormHref({})).toBe('/log/new');
  });
});
