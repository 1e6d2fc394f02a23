import { describe, expect, it } from 'vitest';
import { isWebLink, webLink } from '../../src/domain/links';

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
