import { describe, expect, it } from 'vitest';
import { isWebLink, sameAppPath, webLink } from '../../src/domain/links';

describe('user links', () => {
  it('keeps http and https addresses, normalised', () => {
    expect(webLink(' https://example.com/course?id=1 ')).toBe('https://example.com/course?id=1');
    expect(webLink('http://EXAMPLE.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme and anything that is not an address', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      '//evil.example',
      'example.com',
      '',
    ]) {
      expect(webLink(bad), bad).toBeNull();
      expect(isWebLink(bad), bad).toBe(false);
    }
  });
});

describe('return paths (?from=) stay in the app', () => {
  it('keeps same-app paths, with their query and hash', () => {
    expect(sameAppPath('/', '/log')).toBe('/');
    expect(sameAppPath('/roles/skill/cm.moderation', '/log')).toBe('/roles/skill/cm.moderation');
    expect(sameAppPath('/log?week=2026-11-30#top', '/log')).toBe('/log?week=2026-11-30#top');
  });

  it('refuses everything that would leave the app, in every spelling', () => {
    for (const bad of [
      '/\\evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      '//evil.example',
      '///evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      ' /evil',
      'https://evil.example/',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//user:pw@evil.example',
      'evil.example',
      '',
      undefined,
    ]) {
      expect(sameAppPath(bad, '/log'), JSON.stringify(bad)).toBe('/log');
    }
  });

  it('an encoded backslash decoded by the router (?from=/%5Cevil.example) is refused', () => {
    const from = new URLSearchParams('from=/%5Cevil.example').get('from') ?? '';
    expect(from).toBe('/\\evil.example');
    expect(sameAppPath(from, '/log')).toBe('/log');
    // Encoded twice, it stays an odd but same-app path.
    const twice = new URLSearchParams('from=/%255Cevil.example').get('from') ?? '';
    expect(sameAppPath(twice, '/log')).toBe('/%5Cevil.example');
  });
});
